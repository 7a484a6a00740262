/**
 * German writes a sector as the first part of a compound ("Stromnetz", "Energieversorger",
 * "Krankenhausnetzwerk", "Regierungsstellen"): these stems, starting a longer capitalised word, name
 * the sector. Only stems that do not begin unrelated words are listed (no "Schul", which begins
 * "Schuld"; no "Medien", whose compounds mostly name sources: "Medienberichte").
 */
export const SECTOR_COMPOUND_STEMS: Record<string, Record<string, string[]>> = {
  de: {
    energy: ['Energie', 'Strom', 'Kraftwerk', 'Atomkraft', 'Kernkraft', 'Windkraft', 'Windpark', 'Gasversorg', 'Ölraffinerie', 'Pipeline'],
    water: ['Wasserversorg', 'Wasserwerk', 'Trinkwasser', 'Abwasser', 'Wasserwirtschaft'],
    finance: ['Bank', 'Finanz', 'Versicherungs', 'Krypto', 'Zahlungs'],
    healthcare: ['Krankenhaus', 'Krankenhäuser', 'Klinik', 'Gesundheits', 'Pharma'],
    government: ['Regierungs', 'Behörden', 'Bundesbehörde', 'Verwaltungs', 'Ministerial'],
    defense: ['Rüstungs', 'Militär', 'Verteidigungs'],
    telecommunications: ['Telekommunikations', 'Mobilfunk', 'Telekom', 'Satelliten'],
    transportation: ['Bahn', 'Eisenbahn', 'Flughafen', 'Flughäfen', 'Hafen', 'Häfen', 'Logistik', 'Verkehrs', 'Luftfahrt', 'Schifffahrt'],
    education: ['Hochschul', 'Universitäts', 'Forschungs'],
    elections: ['Wahlbehörde', 'Wahlsystem', 'Wahlkommission', 'Wahlergebnis'],
    technology: ['Technologie', 'Software', 'IT-Dienst', 'IT-Unternehmen', 'IT-Firm', 'IT-Konzern', 'IT-Anbieter', 'IT-Branche', 'Tech-', 'Halbleiter', 'Cloud'],
    manufacturing: ['Industrie', 'Fabrik', 'Produktions'],
  },
};
