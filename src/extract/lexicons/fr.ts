import type { CueLexicon } from './types.ts';

const PC = "(?:a(?:-t-(?:il|elle))?|ont)\\s+";

export const fr: CueLexicon = {
  lang: 'fr',
  say: [
    `${PC}(?:déclaré|dit|affirmé|estimé|souligné|ajouté|indiqué|expliqué|assuré|rappelé|précisé|annoncé|jugé|insisté|fait savoir|répondu)`,
    'déclare', 'dit', 'affirme', 'estime', 'souligne', 'ajoute', 'indique', 'explique', 'assure', 'rappelle', 'précise',
    'annonce', 'juge', 'soutient', 'affirment', 'estiment', 'déclarent', "d'ajouter", 'd’ajouter',
  ],
  sourceBefore: ['selon', "d'après", 'd’après', 'de source'],
  accuse: [
    'accus(?:e|ent|é|ée|ait|ant)', 'a accusé', 'reproch(?:e|ent|é|ait)', 'imput(?:e|é|ée)', 'condamn(?:e|ent|é|ée)',
    'tenu pour responsable', 'tient pour responsable', 'attribu(?:e|é|ée|ées)', 'blâm\\p{L}*', 'pointé du doigt',
    'inculp(?:e|é|és|ée|ent)', 'a inculpé', 'ont inculpé', 'sanctionn(?:e|é|ent)', 'accusés', 'accusées',
  ],
  anaphora: ['cela', 'ceci', 'ces accusations', 'ces allégations', 'ces affirmations', 'ces informations', 'cette accusation', 'ces', 'cette', 'ce groupe', 'cette campagne', 'cette attaque', 'ces faits'],
  blame: ['(?:est|était|sont|étaient|serait|seraient) (?:\\p{L}+ )?derrière', '(?:est|était|sont|étaient|serait|seraient) (?:\\p{L}+ )?responsables? de', 'se cach(?:e|ent|ait|aient) derrière'],
  passive: ['été', 'est', 'sont', 'était', 'étaient'],
  accuseNoun: ['accusations?', 'griefs?', 'allégations?'],
  deny: [
    'dément\\p{L}*', 'démenti', 'rejett?(?:e|ent|é|ée)', 'nie', 'a nié', 'réfute', 'conteste', 'contesté', 's[’\'](?:oppos\\p{L}*|est opposée?) (?:fermement|résolument)'
  ],
  denyQualifier: ['infondé\\p{L}*', 'sans fondement', 'aucune preuve', 'sans preuve', 'calomni\\p{L}*'],
  warn: [
    'avert(?:it|i|issent)', 'mis en garde', 'met en garde', 'conséquences', 'riposter', 'répondre', 'dissuader',
    'se tient prête?', 'prête? à (?:employer|utiliser|riposter|répondre)',
  ],
  // "a appelé Moscou à mettre fin": the verb with its addressee before "à" (bare "appelé" also means "named").
  callFor: ['appel(?:le|lent|é|ons) à', 'appelons(?=(?:\\s+[^\\s.,;]+){1,4}\\s+à\\s)', 'invit(?:e|ons|ent) (?:\\p{L}+ ){0,3}?à', '(?:a|ont|avait|avaient) appelé(?=(?:\\s+[^\\s.,;]+){1,4}\\s+à\\s)', 'appell?(?:e|ent)(?=(?:\\s+[^\\s.,;]+){1,4}\\s+à\\s)', 'exhort\\p{L}*', 'exig\\p{L}*', 'dialogue', 'cesser', 'mettre fin', 'demand(?:e|ent|é) à'],
  confirm: ['confirm\\p{L}*', 'reconn(?:aît|u|aissent)', 'admis'],
  hostile: [
    'cibles?', 'victimes?',
    'cyberattaques?', 'attaques?', 'piratage', 'piraté\\p{L}*', 'pirates?', 'intrusions?', 'espionn\\p{L}*', 'espionnage',
    'cyberespionnage', 'infiltr\\p{L}*', 'sabotage', 'déstabilisation', 'ingérence', 'intercept\\p{L}*', 'dérob\\p{L}*',
    'voler', 'coupables?', 'auteurs? de (?:l[’\']attaque|la cyberattaque|ces attaques)', "s'en prend\\p{L}*", 's’en prend\\p{L}*', 'introduits?', 'hameçonnage', 'logiciels? malveillants?',
  ],
  similar: ['similaires?', 'semblables?', 'co-?sign\\p{L}*', 'se sont associés', 's[’\']est associée?', 'se sont joints', 'soutenu\\p{L}* (?:cette|ces|l[’\'])'],
  modal: ['doi(?:t|vent)', 'devai(?:t|ent)', 'devrai(?:t|ent)'],
  victim: ['contre', 'visant', "à l'encontre de", 'sur'],
  linkedTo: ['li(?:é|ée|és|ées) à', 'li(?:é|ée|és|ées) au', 'proches? de', 'soutenus? par', 'parrainés? par', 'pour le compte de', 'travaillant pour', 'au service de'],
  possessive: ['de la', 'du', 'des', "de l'", 'de l’'],
  personPronouns: ['il', 'elle', 'lui'],
  selfRefs: ['nous'],
  backRefs: [
    'le ministère', 'le centre', 'le communiqué', 'la porte-parole', 'le porte-parole', "l'agence", 'l’agence',
    'le diplomate', 'celui-ci', 'celle-ci', 'le texte', 'ils', 'elles',
  ],
  roles: [
    'porte-parole', 'ministre', 'directeur', 'directrice', 'conseiller', 'conseillère', 'ambassadeur', 'ambassadrice',
    'président', 'présidente', 'premier ministre', 'chef', 'responsable', 'secrétaire', 'diplomate', 'coordinateur',
  ],
  honorifics: ['M\\.', 'Mme', 'Monsieur', 'Madame'],
  continuation: ['en outre', 'par ailleurs', 'de plus', 'également', 'ensuite', 'enfin'],
  noComment: ["n['’]a(?:vait)? pas (?:immédiatement |encore )?réagi", "n['’]a(?:vait)? pas (?:immédiatement |encore )?répondu", 'refusé de commenter', 'sans commentaire', "n['’]a(?:vait)? pas commenté"],
  coordinators: ['et', 'ainsi que', 'de même que', 'le', 'la', 'les', "l'", 'l’'],
  locative: ['à', 'au', 'aux', 'en'],
  // Sector-only cues: threats, and the effects of an act on its victims (outage, infection, access).
  threat: ['menaces?', 'menac\\p{L}+', 'perturb\\p{L}*', 'paralys\\p{L}*', 'pannes?', 'infect\\p{L}*', 'compromis\\p{L}*', 'touchée?s?', 'rançongiciels?', 'ransomware', 'DDoS', 'fuites?', 'vol de données', 'visée?s?', 'visant', 'ciblée?s?', 'ciblant', 'affectée?s?', 'hors service', 'accès à', 'dérobée?s?', 'volée?s?'],
  sectorHeads: ['secteurs?', 'institutions', 'établissements', 'entreprises', 'sociétés', 'organismes', 'réseaux', 'infrastructures', 'cibles'],
  reportWords: ['rapport\\p{L}*', 'révél\\p{L}*', 'écri\\p{L}*', 'cité\\p{L}*', 'font état', 'fait état', 'ont fait état', 'relay\\p{L}*'],
  interview: ['(?:a|ont) (?:déclaré|dit|confié|indiqué|assuré) (?:à|au|aux)', 'entretien (?:accordé )?(?:à|au|avec)', 'interview(?:é|ée)? (?:à|au|par)', 'interrogé\\p{L}* par'],
  pairBefore: ['(?:les )?deux'],
  pairAfter: ['des deux (?:pays|parties|côtés|États)'],
  orgWords: ['agence', 'centre', 'ministère', 'université', 'entreprise', 'société', 'conseil', 'armée', 'parti', 'ambassade'],
};
