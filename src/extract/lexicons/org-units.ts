/**
 * Names of a body's research or response units, written after the body's name in every language
 * ("Microsoft Threat Intelligence", "Check Point Research"): the body is the one that speaks.
 */
export const ORG_UNIT_SUFFIXES = [
  'Threat Intelligence Center', 'Threat Intelligence', 'Threat Research', 'Threat Analysis Group', 'Threat Hunter Team',
  'Security Response Center', 'Security Research', 'Research', 'Labs', 'Incident Response', 'Global Research and Analysis Team',
];
