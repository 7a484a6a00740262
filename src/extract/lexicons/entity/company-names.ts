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

/**
 * Words that close a company's or a lab's own name in any language's text ("Velmora Security", "Velmora Networks",
 * "Velmora Technologies", "Velmora GmbH", "Velmora SA"): a capitalised run ending in one names a body, even where every
 * noun is capitalised (de) or Latin letters stand in another script (ru, zh). Only the words names are built from.
 */
export const ORG_NAME_WORDS: string[] = [
  'Security', 'Cybersecurity', 'Labs', 'Lab', 'Networks', 'Technologies', 'Technology', 'Tech', 'Intelligence', 'Group', 'Systems',
  'Software', 'Solutions', 'Research', 'Analytics', 'Consulting', 'Defense', 'Defence', 'Corporation', 'Company', 'Inc', 'Ltd',
  'LLC', 'Corp', 'GmbH', 'AG', 'SA', 'SAS', 'SE', 'AB', 'ASA', 'Oy', 'BV', 'NV', 'Srl', 'SpA', 'PLC', 'Pty',
];

/**
 * Capitalised words that describe a body without naming it ("National Security", "Threat Intelligence", "Cyber Defense"):
 * a run made of these and a closing word above is a phrase, no name.
 */
export const ORG_NAME_GENERIC: string[] = [
  'National', 'Homeland', 'Public', 'State', 'Federal', 'Military', 'Artificial', 'Information', 'Cyber', 'Threat', 'Network',
  'Digital', 'Global', 'International', 'Advanced', 'Data', 'Internet', 'Computer', 'Critical', 'Infrastructure', 'Open', 'Source',
  'Signals', 'Human', 'Business', 'Enterprise', 'Cloud', 'Mobile', 'Private', 'Joint', 'Strategic', 'Incident', 'Response',
  // kinds of security product or practice ("Endpoint Security", "IT Security", "Zero Trust Security")
  'Endpoint', 'Email', 'E-Mail', 'Application', 'Identity', 'Web', 'Zero', 'Trust', 'Managed', 'Operational', 'Industrial',
  'Physical', 'Control', 'IT', 'OT', 'ICS', 'Offensive', 'Defensive', 'Applied', 'Quantum',
  ...ORG_NAME_WORDS,
];
