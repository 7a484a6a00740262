/**
 * Words that end a company's or an outlet's name that opens with a country's ("Vietnam Airlines", "China
 * Mobile", "Korea Hydro & Nuclear Power", "Japan Times"): a capitalised run from a country's name to one
 * of these, the run ending there, is the company, not the country. Names are written in Latin script
 * whatever the text's language, so the list serves every profile. Only the words names are built from.
 */
export const COMPANY_NAME_TAILS: string[] = [
  'Airlines', 'Airways', 'Air Lines', 'Telecom', 'Telekom', 'Telecommunications', 'Mobile', 'Unicom', 'Post',
  'Railways', 'Railway', 'Rail', 'Steel', 'Petroleum', 'Oil', 'Gas', 'Power', 'Electric', 'Electricity', 'Motors',
  'Shipping', 'Broadcasting', 'Television', 'Holdings', 'Insurance', 'Times', 'Herald', 'Daily', 'Today',
];

/** Capitalised words that may stand between the country and the tail ("Korea Hydro & Nuclear Power"). */
export const COMPANY_NAME_INNER = 3;
