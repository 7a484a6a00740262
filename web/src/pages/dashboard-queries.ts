/**
 * The dashboard's API queries. index.html starts the same GETs on a first load of `/` (so the data
 * is on its way while the code downloads); test/web/components.test.ts keeps the two lists equal.
 */
export const SECTOR_SAMPLE = 500;

export const DASHBOARD_QUERIES = {
  reports: ['/objects', { type: 'report', limit: 1000 }],
  contested: ['/claims/contested', { limit: 10 }],
  timeline: ['/claims/timeline', { interval: 'month' }],
  claims: ['/claims', { limit: SECTOR_SAMPLE }],
} as const;
