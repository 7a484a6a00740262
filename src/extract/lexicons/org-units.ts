/**
 * Names of a body's research or response units, written after the body's name in every language
 * ("Microsoft Threat Intelligence", "Check Point Research"): the body is the one that speaks.
 */
export const ORG_UNIT_SUFFIXES = [
  'Threat Intelligence Center', 'Threat Intelligence', 'Threat Research', 'Threat Analysis Group', 'Threat Hunter Team',
  'Security Response Center', 'Security Research', 'Research', 'Labs', 'Intelligence Group', 'Research Group', 'Incident Response', 'Global Research and Analysis Team',
];

/**
 * Words that may stand between a body's name and its unit's ("Velmora Threat Labs", "Velmora Cyber
 * Research", "Velmora Threat Intelligence Group"): part of the unit's name, not of the body's.
 */
export const ORG_UNIT_DESCRIPTORS = ['Threat', 'Cyber', 'Security', 'Intelligence', 'Advanced'];

/**
 * Last words of a unit's name written after its owner's possessive ("Velmora's Adversary Research Team",
 * "Velmora's Cyber Threat Intelligence", "Velmora's Digital Crimes Unit"): the owner is the body that speaks.
 */
export const ORG_UNIT_HEADS = ['Team', 'Unit', 'Group', 'Lab', 'Labs', 'Division', 'Research', 'Intelligence', 'Center', 'Centre'];
