/** A party the conventions name by code: a state (ISO 3166 alpha-2), the EU or NATO. */
export const isStateParty = (t: string | undefined): boolean => !!t && (/^[A-Z]{2}$/.test(t) || t === 'EU' || t === 'NATO');
