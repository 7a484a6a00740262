import type { CueLexicon } from './types.ts';

const PC = "(?:a(?:-t-(?:il|elle))?|ont)\\s+";

/** Threat predicates: their subject is the threat warned of (threatPredicate below); also warning cues. */
/**
 * A threat noun in a compound naming a kind of actor ("un groupe de menace", "un acteur de la menace", "une menace
 * persistante avancée"): a description of the group, no warning (`THREAT_COMPOUND` keeps the noun out).
 */
/** Acts whose phrase may stand between "derrière" and its verb ("derrière l'attaque contre ... se trouve X"). */
const BEHIND_ACTS = '(?:cyber)?attaques?|piratages?|intrusions?|fuites?|campagnes?|opérations?|incidents?|sabotages?';

const THREAT_COMPOUND = "(?! persistante)(?<!(?:acteurs?|groupes?|groupements?|clusters?) (?:de |d['’])(?:la )?menac\\p{L}*)";
// Threatening a party with a consequence: "menace X de sanctions" (profile `threatensParty`).
const THREATENS_PARTY = ["menac(?:e|ent|é|ait|aient|era|eront) (?:\\S+ ){0,3}?\\S+ (?:de|d['’]) ?(?:\\p{L}+ ){0,2}?(?:sanctions|représailles|riposte|mesures|contre-mesures|conséquences|poursuites)(?!\\p{L})"];
const THREAT_PREDICATE = [`(?:est|sont|était|étaient|constitu\\p{L}*|représent\\p{L}*|reste|restent|demeure|demeurent) (?:\\p{L}+ ){0,3}?(?:menaces?|danger)(?!\\p{L})${THREAT_COMPOUND}`, '(?:est|sont|reste) (?:\\p{L}+ ){0,2}?source de menaces'];

/** Not ruling out that ...: a hedged finding whose negation is the hedge's own (profile `notRuledOut`). */
const NOT_RULED_OUT = ["n[’'](?:a|ont|avait|avaient) pas exclu", "n[’']exclu(?:t|ent|ait|aient) pas", "ne (?:peut|peuvent|pouvait|pouvaient|pourrait|pourraient) pas exclure"];

/** What is traced to the accused: the act, its traffic, its infrastructure or tools (pointsTo). */
/** Condemned objects that are no act of the accused: a decision, a policy, a law, sanctions or measures (the condemnation cues' negative lookahead). */
const NON_ACTS = 'décisions?|politiques?|lois?|sanctions|mesures|interdictions?|expulsions?|jugements?|verdicts?';
const NOT_NON_ACT = `(?![»"”]? (?:[\\p{L}-]+ ){0,2}?(?:l[’'])?(?:${NON_ACTS})(?!\\p{L}))`;

const TRACED = 'attaques?|cyberattaques?|intrusions?|opérations?|campagnes?|activités?|trafic|infrastructures?|serveurs?|adresses IP|domaines?|logiciels? malveillants?|maliciels?|piratages?';
/** Source markers naming an investigation's finding, not who made it (`findingSources`). */
const FINDING_SOURCES = ["(?:selon|d['’]après) (?:les (?:premiers|premières) (?:éléments|constatations|conclusions) de )?l['’](?:enquête|instruction)", "(?:selon|d['’]après) les (?:premiers )?(?:éléments|résultats) de l['’](?:enquête|instruction)", "(?:selon|d['’]après) les enquêteurs"];

/** Source markers pointing back to the clause before (`sourceBack`). */
const SOURCE_BACK = ["(?:selon|d['’]après) (?:lequel|laquelle|lesquels|lesquelles)"];

/** Verbs of ceasing among the cues of a call: what a call asks ("urged X to cesser", "X should cesser"); alone, the act of their subject (claims/own-cessation.ts). */
const CEASE_CALLS = ['cesser', 'mettre fin'];

/** Qualifiers naming a report a sham: denials that carry the report they rebut. */
const SHAM_REPORTS = ['(?:pseudo-?|simulacres? d[e\'’] ?)(?:enquêtes?|rapports?|investigations?)'];

// Threats of a response to a hostile party (profile `responseThreat`): a consequence, a price, accountability or a
// response promised, "prendra les mesures appropriées", "les responsables devront rendre des comptes", "ne restera pas sans réponse". Warning cues whose party is the one threatened.
const RESPONSE_THREAT = [
    'conséquences', 'ne rester(?:a|ait|ont|aient) pas sans réponse', 'tiendrons (?:\\p{L}+ ){0,3}?pour responsables?',
    'tiendr(?:a|ons|ont|ait|aient) (?:[^\\s.;:!?]+ ){0,3}?pour (?:\\p{L}+ )?responsables?', 'ne rester(?:a|ait|ont|aient) pas sans (?:« )?réponse', 'ne rester(?:a|ait|ont|aient) pas impuni(?:e|s|es)?(?!\\p{L})',
    // Accountability and fitting measures promised: "devront rendre des comptes", "prendra les mesures appropriées".
    '(?:devr(?:a|ont|ait|aient)|auront à) rendre des comptes', 'prendr(?:a|ons|ont|ait|aient) (?:toutes )?(?:les )?mesures (?:appropriées|adéquates|qui s[’\x27]imposent)',
    // A firm response announced: "une réponse ferme et proportionnée", "une réponse plus ferme".
    'réponse (?:plus |très )?(?:ferme|vigoureuse|résolue|forte|déterminée|proportionnée|énergique)(?!\\p{L})',
];

export const fr: CueLexicon = {
  lang: 'fr',
  functionWords: ['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'pour', 'que', 'dans', 'a', 'au', 'aux', 'sur'],
  closedClass: ['comme', 'ainsi', 'chez', 'selon', 'lorsque', 'quand', 'puis', 'mais', 'car', 'donc', 'aussi', 'alors', 'depuis', 'pendant', 'après', 'avant', 'enfin', 'toutefois', 'cependant', 'pourtant', 'parallèlement', 'également', 'hier', 'aujourd’hui', 'tel', 'telle', 'si', 'au-delà', 'outre', 'parmi', 'malgré', 'dans', 'face'],
  distinctLetters: ['è', 'ê', 'à', 'ù', 'ç', 'â', 'î', 'ô', 'û', 'ë', 'œ'],
  notRuledOut: NOT_RULED_OUT,
  say: [...NOT_RULED_OUT,
    // Informing an audience of a finding: "a informé les députés qu'un acteur étatique ..." (not the informed: "a été informé").
    '(?<!été )inform(?:é|e|ent|ait|aient)(?= (?:\\S+ ){0,3}?qu(?:e|[’\']))', 'détect(?:é|e|ent)', 'identifi(?:é|e|ent)',
    // Findings: the one who discovered speaks ("X a découvert que ...", "X découvre une faille exploitée par ...").
    'découv(?:ert|re|rent)', '(?:a|ont|avait|avaient) trouvé',
    // Counting attacks received: "le ministère a enregistré 300 attaques contre ses portails".
    '(?:a|ont|avait|avaient) (?:enregistré|recensé)',
    // Characterising an actor: "X décrit le groupe comme lié à Y", "le groupe, qu'elle décrit comme".
    'décri(?:t|vent|vait|vaient)(?= (?:\\S+ ){0,4}?comme(?!\\p{L}))',
    '(?:a|ont|avait|avaient) connaissance d(?:e|es|u|(?=[’\']))', '(?:a|ont) été informée?s? d(?:e|es|u|(?=[’\']))', '(?:a|ont|avait|avaient) fait état d(?:e|es|u|(?=[’\']))', '(?:a|ont|avait|avaient) signalé', 'a répété', 'ont répété', 'a réitéré', 'ont réitéré', 'répète', 'réitère', 'a (?:dénoncé|déclaré|annoncé|estimé|révélé|publié|précisé|conclu|qualifié)', 'ont (?:dénoncé|annoncé|estimé|révélé|publié|conclu)', 'dénonc\\p{L}*', 'estimons', 'évaluons', 'considère', 'considèrent', 'a qualifié', 'qualifie', 'publié', 'révélé', 'affirmé', 
    `${PC}(?:déclaré|dit|affirmé|estimé|souligné|ajouté|indiqué|expliqué|assuré|rappelé|précisé|annoncé|jugé|insisté|fait savoir|répondu|confié|raconté|martelé|glissé|résumé|observé|noté)`,
    'déclare', 'dit', 'affirme', 'estime', 'souligne', 'ajoute', 'indique', 'explique', 'assure', 'rappelle', 'précise',
    // The impersonal "on" after its verb, a body named after it as the source ("..., indique-t-on au ministère").
    '(?:déclare|dit|affirme|estime|souligne|ajoute|indique|explique|assure|précise)-t-on', 'dit-on', 'a-t-on (?:déclaré|dit|affirmé|estimé|souligné|ajouté|indiqué|expliqué|assuré|précisé)',
    'confie', 'raconte', 'martèle',
    // Publishing a finding, the voice of a news outlet above all: "X révèle que ...", "X et Y ont rapporté samedi que ...", "le quotidien écrit que ...".
    '(?:a|ont|avait|avaient) rapporté', '(?:rapport|révèl)(?:e|ent)(?= (?:\\S+ ){0,2}?qu(?:e|[’\']))', 'écri(?:t|vent)(?= (?:\\S+ ){0,2}?qu(?:e|[’\']))',
    // The imperfect of reported speech in a narrative of past events ("Le journal affirmait alors que ...", "Les enquêteurs estimaient que ...").
    '(?:affirm|assur|estim|déclar|indiqu|expliqu|soulign|précis)ai(?:t|ent)', 'écrivai(?:t|ent)',
    'annonce', 'juge', 'soutient', 'affirment', 'estiment', 'déclarent', "d'ajouter", 'd’ajouter',
    // Speaking of an act rather than stating a clause: "X a évoqué des attaques russes", "X parle d'une ingérence".
    // Characterising: "X a qualifié ces accusations d'infondées", "les qualifiant de".
    'qualifi(?:ant|ent|ait|aient)',
    'évoqu(?:e|ent|é|ait|aient)', 'parl(?:e|ent|é|ait|aient) (?:de|du|des|d(?=[’\']))',
    // Judging and concluding a finding in the forms the list above lacks: "X jugent que ...", "X conclut que ..." (only
    // before the clause: "juge le marché", "conclut un accord" hold no finding).
    'jug(?:ent|eait|eaient)(?= qu(?:e|[’\'])(?!\\p{L}))', 'conclu(?:t|ent|ait|aient)(?= qu(?:e|[’\'])(?!\\p{L}))',
    // Believing, thinking, suspecting and assessing a finding, and concluding it with a degree of confidence between
    // verb and clause ("X concluait avec une prudence certaine que ...", "les chercheurs croient que ...").
    `(?:cr(?:oi[st]|oient|oyait|oyaient|u)|pens(?:e|ent|ait|aient|é)|soupçonn(?:e|ent|ait|aient|é)|évalu(?:e|ent|ait|aient|é)|conclu(?:t|ent|ait|aient)?)(?= (?:avec (?:[^\\s.;:!?]+ ){1,6}?)?qu(?:e|[’\'])(?!\\p{L}))`,
  ],
  sourceBefore: ['selon', '(?:comme|ainsi que) l[’\'](?:a|ont) (?:révélé|indiqué|annoncé|déclaré|expliqué|affirmé|souligné|rapporté|précisé|signalé)', "d'après", 'd’après', 'de source', 'de l[’\']avis (?:du|des|de|d(?=[’\']))', 'aux yeux (?:du|des|de|d(?=[’\']))', 'selon l[’\'](?:évaluation|analyse) (?:du|des|de|d(?=[’\']))', ...FINDING_SOURCES, ...SOURCE_BACK],
  findingSources: FINDING_SOURCES,
  sourceBack: SOURCE_BACK,
  accuse: [
    // Fustiger, déplorer ou exprimer sa condamnation d'un acte dont l'auteur suit (comme « condamne ») : « a fustigé la
    // campagne menée par X », « exprime sa ferme condamnation de l'attaque de X ». Seulement avec un acte pour objet.
    `(?:fustig\\p{L}*|déplor\\p{L}*|exprim\\p{L}* (?:sa|leur) (?:\\p{L}+ )?condamnation d(?:e|u|es|(?=[’'])))(?=[ ’'](?:\\S+ ){0,3}?(?:l[’'])?(?:${TRACED})(?!\\p{L}))`,
    // The act traced back to the accused by the subject: "l'agence a remonté l'attaque jusqu'à X", "ont retracé l'intrusion
    // jusqu'à X", "ont pu remonter (la piste) jusqu'à X" (not the passive "a été retracée", evidence in pointsTo).
    `(?<!(?:été|est|sont|était|étaient|fut) )(?:remont|retrac)(?:é|ée|és|ées|ait|aient|e|ent|er) (?:\\S+ ){0,4}?(?:l[’'])?(?:${TRACED})\\S* jusqu[’']?(?:à|au|aux)(?!\\p{L})`,
    `(?:pu|su|réussi à|parvenu\\p{L}* à) remonter (?:la piste )?jusqu[’']?(?:à|au|aux)(?!\\p{L})`,
    // Naming the culprit: "a désigné la Russie comme coupable", "identifie X comme l'auteur".
    "(?:désign|identifi)\\p{L}* (?:[\\p{L}\\p{N}’'-]+ ){1,5}?comme (?:le |la |les |l[’'])?(?:coupables?|responsables?|auteurs?|commanditaires?)(?!\\p{L})",
    // ... or with no predicate, its object the culprit: "Paris avait désigné l’Iran", "Washington a désigné
    // nommément le groupe X" (a finite form only; not naming a group "désigné sous le nom de X", nor appointing "désigné
    // comme médiateur", "pour coordonner").
    "(?:a|ont|avait|avaient) (?:(?:déjà|alors|publiquement|officiellement|formellement|nommément) )?désigné(?:e|s|es)?(?= )(?! (?:\\S+ ){0,4}?(?:sous|comme|pour|à la tête)(?!\\p{L}))",
    // Suspicion of a named party: "soupçonnent la Russie d'être derrière" (the verb, not the participle "soupçonné de").
    'soupçonn(?:e|ent|ait|aient|ons)(?!\\p{L})', '(?:a|ont|avait|avaient) soupçonné',
    // Linking an act to its author: "X a lié le vol de la cryptomonnaie au groupe Y".
    "(?:a|ont|avait|avaient) (?:lié|relié) (?:[\\p{L}\\p{N}’'-]+ ){1,6}?(?:à|au|aux)(?!\\p{L})",
    // ... in the present of a report or a vendor: "le rapport relie la campagne au groupe Y", "X lie ces intrusions à Y".
    "(?:re)?li(?:e|ent) (?:[\\p{L}\\p{N}’'-]+ ){1,6}?(?:à|au|aux)(?!\\p{L})",
    // ... with "rattacher", a synonym: "Washington rattache le groupe au renseignement militaire", "ont rattaché X à Y".
    "(?:rattach(?:e|ent|ait|aient)|(?:a|ont|avait|avaient) rattaché) (?:[\\p{L}\\p{N}’'-]+ ){1,6}?(?:à|au|aux)(?!\\p{L})",
    // ... with "associer": "X associe la campagne au groupe Y", "ont associé X à Y" (not the reflexive "s'associe à",
    // joining a partner).
    "(?<![sS][’'])(?:associ(?:e|ent|ait|aient)|(?:a|ont|avait|avaient) associé) (?:[\\p{L}\\p{N}’'-]+ ){1,6}?(?:à|au|aux)(?!\\p{L})",
    // ... with the object as a clitic before the auxiliary: "les autorités l'ont relié à Moscou", "ils les ont rattachés au GRU".
    "(?<=(?:l[’']|les )(?:a|ont|avait|avaient) )(?:lié|relié|rattaché|associé)e?s? (?:à|au|aux)(?!\\p{L})",
    // ... in the passive with its agent: "la campagne a été associée par X au groupe Y", "reliée par X à Y" (after an
    // auxiliary only: a bare participle in apposition is left as before).
    '(?<=(?<!\\p{L})(?:été|est|sont|était|étaient) (?:\\p{L}+ )?)(?:associ|reli)(?:é|ée|és|ées)(?= par )',
    // The accusation as a noun with its target: "its accusations against X", "ses accusations contre X".
    'accusations? (?:contre|à l[’\']encontre d(?:e|u|es|(?=[’\'])))',
    'accus(?:e|ent|é|ée|ait|ant|er)', 'a accusé', 'reproch(?:e|ent|é|ait)', 'imput(?:e|é|ée)', 'imput(?:ent|ait|aient|ons)', `condamn(?:e|ent|é|ée)${NOT_NON_ACT}`,
    '(?:a|ont|avait) tenu (?:\\S+ ){0,4}?pour responsables?', 'tenu pour responsable', '(?:a|ont|avait|avaient) mis en cause', 'met(?:tent|tait|taient)? en cause', 'tien(?:t|nent) (?:\\S+ ){0,4}?pour responsables?', 'attribu(?:e|é|ée|ées)', 'blâm\\p{L}*', 'pointé du doigt',
    'inculp(?:e|é|és|ée|ent)', '(?:offr(?:e|ent|ait)|offert) (?:une |des )?récompenses? pour (?:toute |des )?(?:information|renseignement)s? sur', 'attribu(?:ons|ent|ait|aient)', 'mis en examen', 'a inculpé', 'ont inculpé', 'sanctionn(?:e|é|ent)', '(?:impos|pr|inflig|adopt)\\p{L}* (?:de nouvelles |des )sanctions (?:contre|à l[’\']encontre d(?:e|u|es)|à|aux)(?!\\p{L})', 'accusés', 'accusées',
    // The charging document with its object: "un acte d'accusation visant X" (the preposition marks the accused, not a victim).
    'acte d[’\'\\s]accusation (?:visant|contre|à l[’\']encontre d(?:e|u|es|(?=[’\'])))',
  ],
  anaphora: ['le même groupe', 'ledit groupe', 'cela', 'ceci', 'ces accusations', 'ces allégations', 'ces affirmations', 'ces informations', 'cette accusation', 'ces', 'cette', 'ce groupe', 'cette campagne', 'cette attaque', 'ces faits'],
  // "affirme avoir chiffré les serveurs": an actor saying it did a hostile act claims it.
  claimsOwn: ['revendiqu\\p{L}*', '(?:(?:affirm|assur|déclar|prétend|reconn)\\p{L}*|admet|admettent|admis|dit|disent|disait|disaient) avoir (?:piraté|chiffré|paralysé|attaqué|infiltré|pénétré|compromis|détruit|effacé|volé|dérobé|saboté|mis hors service|copié|supprimé|exfiltré|téléchargé|divulgué|bloqué|pris le contrôle)'],
  claimsOwnAgent: ['par'],
  claimsOwnAgentGroup: ['par (?:(?:un|le|des|les|ce) )?(?:[\\p{L}-]+ )?(?:groupe|collectif|pirates|hackers)'],
  pointsTo: [
    // Des indices qui désignent l'accusé : "les traces mènent à la Chine", "les indices pointent vers Moscou".
    '(?:traces?|indices|pistes?|preuves?|éléments)(?:,(?: [^\\s,]+){1,8},)? (?:\\S+ ){0,4}?(?:pointent|pointaient|pointe|mènent|menaient|mène|conduisent|conduisaient|renvoient|renvoyaient) (?:\\S+ ){0,1}?(?:vers|à|au|aux|sur)(?!\\p{L})',
    // Remonter la piste jusqu'à l'accusé : "l'attaque a été retracée jusqu'à des serveurs en Iran".
    `(?:remont|retrac)\\p{L}* (?:\\S+ ){0,3}?jusqu[’']?(?:à|au|aux)(?!\\p{L})(?<=(?<!\\p{L})(?:${TRACED})\\S*(?: \\S+){0,4} (?:remont|retrac)\\p{L}* (?:\\S+ ){0,3}?jusqu[’']?(?:à|au|aux))`,
    `(?:remont|retrac)\\p{L}* (?:\\S+ ){0,5}?(?:${TRACED})\\S* (?:\\S+ ){0,10}?jusqu[’']?(?:à|au|aux)(?!\\p{L})`,
  ],
  blame: ['(?:est|était|sont|étaient|serait|seraient) (?:\\p{L}+ )?derrière',
    // "est responsable de", "sont responsables d'opérations", "était « directement responsable »"
    '(?:est|était|sont|étaient|serait|seraient) [«"“]?\\s?(?:\\p{L}+ )?responsables?(?=\\s+(?:de|du|des|d[’\'])|\\s*[»"”,.;:!?]|$)',
    'désign(?:é|ée|és|ées) comme (?:le |la |les |l[’\'])?(?:\\p{L}+ )?responsables?', 'empire (?:des |du )?(?:pirates|hackers|piratage)', 'se cach(?:e|ent|ait|aient) derrière',
    // Fronted, the act first, its phrase long with its victim, place and date ("derrière l'attaque contre ... se trouve X"):
    // the verb alone is the cue, so the act's own cue and its victim phrase stay apart from the accused after it.
    `(?=se |il )(?<=(?<!\\p{L})derrière (?:l[’']|le |la |les |ce |cet |cette |ces )(?:\\S+ ){0,2}?(?:${BEHIND_ACTS}) (?:\\S+ ){0,11})(?:se trouv(?:e|ent|ait|aient|erait|eraient)|il y (?:a|avait|aurait)|se cach(?:e|ent|ait|aient|erait|eraient))(?!\\p{L})`,
    // "est à l'origine de l'intrusion", "pourraient être à l'origine de ces écoutes": the source of an act is its author.
    '(?:(?:peu(?:t|vent)|pouvai(?:t|ent)|pourrai(?:t|ent)|doi(?:t|vent)|devai(?:t|ent)) )?(?:est|était|sont|étaient|serait|seraient|a été|ont été|avait été|avaient été|être) à l[’\x27]origine(?= (?:de|du|des|d[’\x27]))'],
  // Only verbs of perpetration: "réalisée par", "lancée par", "conduite par" tell as often of an inquiry or a report.
  doneBy: ['men(?:é|ée|és|ées) par', 'orchestr(?:é|ée|és|ées) par', 'perpétr(?:é|ée|és|ées) par', 'commandit(?:é|ée|és|ées) par',
    "(?:l['’])?œuvre(?=\\s+(?:de|du|des|d['’]))"],
  actOrigin: ['prov(?:ient|iennent|enait|enaient|enu|enue|enus|enues)(?=\\s+(?:de|du|des|d[\'’]))', 'éman(?:e|ent|ait|aient)(?=\\s+(?:de|du|des|d[\'’]))'],
  agentHedges: ["présumée?s?(?: être)?", "soupçonnée?s? d['’]être", "supposée?s? être"],
  passive: ['été', 'est', 'sont', 'était', 'étaient'],
  accusedPassive: ['(?:est|sont|a été|ont été|était|étaient) (?:\\p{L}+ )?accusé\\p{L}*'],
  accuseNoun: ['accusations?', 'griefs?', 'allégations?'],
  unknownActors: ['personne', 'quel (?:pays|État|groupe)'],
  unnamedStateActors: ['(?:un|d[\'’]un) service (?:de renseignement|secret)s?(?: étranger)?(?!\\p{L})(?= (?:\\S+ ){0,4}?(?:derrière|responsable))', '(?:un|d[\'’]un) [«„"“]?\\s?(?:[\\p{L}-]+ )?acteur (?:[\\p{L}-]+ )?étatique', '(?:un|d[\'’]un) (?:[\\p{L}-]+ )?(?:groupe|acteur) (?:[\\p{L}-]+ ){0,2}?(?:soutenu|parrainé|commandité|piloté) par un (?:État|gouvernement)', 'pour le compte d[\'’]un (?:État|gouvernement)', 'dans l[\'’]intérêt d[\'’]une? (?:État|puissance|gouvernement|pays) étrangère?', 'un (?:État|gouvernement)(?: étranger)?(?= (?:est|était|serait|seraient|se cache|se cachait|se cacherait) (?:\\p{L}+ )?derrière)', 'derrière (?:\\S+ ){0,5}?(?:se trouve|se trouverait|il y a|il y aurait) un (?:État|gouvernement)(?: étranger)?', '(?:(?:men|conduit|perpétr|commandit|orchestr|lanc|réalis|commis|pilot|soutenu|parrain)\\p{L}{0,3} par|(?:proven|ven)(?:ant|ait|aient|u|ue|us|ues) d[\'’]|en provenance d[\'’]|de la part d[\'’]|depuis) ?une? (?:État|puissance|pays|gouvernement) étrang(?:er|ère)'],
  classifyingCopulas: ['(?:est|sont|était|étaient|serait|seraient)(?: (?:très|probablement|vraisemblablement|sans doute))*'],
  languageActors: ['(?:un|une|des|d[\'’]un|d[\'’]une) (?:groupes?|acteurs?|attaquants?|opérateurs?|pirates?|groupuscules?)(?: \\p{L}+)? (?:\\p{L}+ophones?|de langue \\p{L}+|parlant \\p{L}+|s[\'’]exprimant en \\p{L}+)(?!\\p{L})'],
  universalQuantifiers: ['toute?', 'chaque', 'n[\'’]importe quelle?'],
  // Withdrawing a charge (claims/withdrawn-charge.ts): before the charge, and after its noun.
  withdrawals: ['(?<!(?:pas|jamais) )(?:abandonn|annul|retir)(?:é|ée|és|ées|e|ent|ait|aient)'],
  withdrawnAfter: ['(?<!pas )(?:ont été|a été|sont|est|étaient|avaient été|avait été) (?:abandonn|annul|retir|classé)(?:é|ée|és|ées)?'],
  conditional: ['si', "s'il", "s'ils", 's’il', 's’ils', 'au cas où', 'dans le cas où', 'à supposer que'],
  // Admitting (claims/admitted-access.ts): the verbs among `confirm`, and others' access to one's systems told after them.
  admission: ['reconn(?:aît|u|aissent)', 'admis', 'admet(?:tent)?'],
  admittedAccess: ['(?:accéd\\p{L}*|(?:obtenu|eu|obtiennent|obtient) (?:un )?accès) à (?:ses|son|sa|leurs?|nos|notre) (?:[\\p{L}’\'-]+ ){0,2}?(?:systèmes?|réseaux?|serveurs?|ordinateurs?|bases? de données|comptes?|messageries?)(?!\\p{L})'],
  noEvidenceThat: [
    "(?:aucune? |pas (?:\\p{L}+ ){0,3}?(?:de |d['’]))(?:\\p{L}+ )?(?:preuves?|éléments?|indices?|indications?|signes?) (?:\\p{L}+ ){0,5}?(?:que|qu(?=['’])|permettant (?:de|d(?=['’])))",
    // A lack of reason to believe it: "aucune raison de penser que les comptes ont été piratés".
    "(?:aucune |pas (?:\\p{L}+ ){0,3}?(?:de |d['’]))raisons? (?:de |d['’])(?:penser|croire|supposer|soupçonner)(?: que| qu(?=['’]))?",
  ],
  soCalled: ['soi-disant'],
  deny: [
    // Blanket negation: a hostile act negated over everyone ("nous n'espionnons personne", "n'a jamais piraté personne").
    "(?:ne |n['’])(?:\\p{L}+ ){0,2}?(?:espionn|surveill|pirat)\\p{L}* personne",
    // First person plural, a statement's own voice ("nous rejetons").
    'rejetons', 'démentons', 'nions', 'réfutons', 'contestons',
    // Negated perpetration: "la Russie n'a jamais mené d'opérations offensives", "la Chine ne mène pas de cyberattaques".
    "n['’](?:a|ont) jamais (?:mené|conduit|lancé|participé|parrainé|soutenu)",
    // Negated interference: "la Russie ne s'est jamais ingérée dans", "n'a jamais interféré dans".
    "ne s['’](?:est|sont|était|étaient) jamais (?:ingér|immisc)\\p{L}*", "n['’](?:a|ont|avait|avaient) jamais interféré",
    "ne (?:mène|mènent|conduit|conduisent|lance|lancent|pratique|pratiquent) (?:jamais|pas|aucune?)(?= (?:\\p{L}+ ){0,3}?(?:d['’])?(?:opérations?|attaques?|cyberattaques?|piratage|cyberespionnage))",
    'n[’\']avons rien à voir', 'n[’\'](?:a|ont|avait|avaient) (?:\\p{L}+ )?rien à voir', "n['’]y (?:est|sont|était|étaient|sommes|être) pour rien", 'rejet(?:ons|tons)?', 'qualifi\\p{L}* (?:\\p{L}+ ){0,5}?de ["«“]?\\s*campagne de désinformation',
    // Denial of any role: "n'a joué aucun rôle dans", "n'avait eu aucun rôle".
    '(?:jou\\p{L}*|eu|avoir) aucun (?:\\p{L}+ )?rôle',
    // ... and of any part in it: "n'a eu aucune participation", "n'avoir pris aucune part".
    '(?:eu|avoir|pris) aucune (?:\\p{L}+ )?(?:participation|part)(?!\\p{L})',
    // The participle agreeing with an object clitic or a relative before the auxiliary ("les a rejetées", "qu'il a niés").
    "(?:a|ont|avait|avaient|aurait|auraient) (?:\\p{L}+ )?(?:rejet|ni|réfut|contest)(?:ée|ées|és)(?!\\p{L})",
    'dément\\p{L}*', 'démenti', 'rejett?(?:e|ent|é|ée)', 'nie', 'a nié', 'réfute', 'conteste', 'contesté', 's[’\'](?:oppos\\p{L}*|est opposée?) (?:fermement|résolument)'
  ],
  denyQualifier: [...SHAM_REPORTS, 'sans aucune preuve', 'aucun élément', 'diffamatoires?', 'mensong\\p{L}*', 'infondé\\p{L}*', 'sans fondement', 'aucune preuve', 'aucune (?:trace|indication)s?', 'aucun (?:indice|signe)s?', 'sans preuve', 'calomni\\p{L}*', '(?:inventé|monté|forgé|fabriqué)e?s? de toutes pièces', 'affabulation\\p{L}*',
    // "des accusations dénuées de tout fondement", "a qualifié ce rapport de pure invention".
    'dénué\\p{L}* de (?:tout )?fondement', '(?:pure|une) invention', 'absurdes?',
    // "a qualifié ce rapport de désinformation", "a dénoncé une fabrication".
    '(?:qualifi\\p{L}*|taxé\\p{L}*|traité\\p{L}*) (?:\\S+ ){0,4}?de (?:(?:pure|simple) )?(?:fabrication|désinformation|propagande)', 'dénonc\\p{L}* (?:une|la|cette) (?:pure )?(?:fabrication|désinformation)'],
  responseThreat: RESPONSE_THREAT,
  warn: [...RESPONSE_THREAT, ...THREAT_PREDICATE, ...THREATENS_PARTY, 
    // A promise to pursue hostile actors: "poursuivront les pirates iraniens", "punira les auteurs"; what is pursued is hostile.
    "(?:poursuivr|traquer|punir|sanctionner)(?:a|ont|ait|aient|ons)(?= (?:[^\\s.;:!?]+ ){0,4}?(?:[\\p{L}-]*(?:pirat|hacker|cyber|malveill|espion|criminel|auteurs?|responsables?)|ceux qui))",
    // Refusing to tolerate: "ne tolérera pas", "ne laissera pas passer".
    'ne tol[éè]r(?:era|eront|erait|eraient|e|ent) pas',
    // A vow to keep countering a threat: "continuera à combattre les cyberactivités malveillantes"; what is countered is hostile.
    'continuer(?:a|ont|ait|aient) (?:à|de) (?:combattre|contrer|lutter contre)(?= (?:\\S+ ){0,5}?\\S*(?:pirat|cyber|malveill|menace|attaqu|espion|hacker))',
    'se réserve(?:nt)? le droit', 'contre-mesures', 'riposte', 'déterminée?s? à', 'décourager', `menac(?:e|ent|é|ait)${THREAT_COMPOUND}`,'mesures nécessaires', 'avis (?:de sécurité|conjoint|techniques?)', 'alerte\\p{L}*', 'recommand\\p{L}*', 'mett(?:ent|ons|ez|re|ait|aient|ant) en garde(?! à vue)', 'mis\\p{L}* en garde(?! à vue)', 'représailles', 'répondra',
    'avert(?:it|i|issent|issons|issait|issaient|ir|ira|iront)',
    // A warning sent to a party: "a lancé un avertissement à X", "adresse une mise en garde à X".
    "(?:lanc|adress|envoy|émi|émett|émet)\\p{L}* (?:un|une|de|des|son|sa|ses|nouvel|nouvelle|nouveaux|nouvelles) (?:\\p{L}+ )?(?:avertissements?|mises? en garde)(?: (?:clair|ferme|sévère|sérieux)\\p{L}*)?(?: (?:à|au|aux)(?!\\p{L}))?", 'prév(?:ient|iennent|enu|enait|enaient)(?= (?:\\p{L}+ ){0,3}?(?:que|qu[’\']|contre|de ))', 'met en garde(?! à vue)', 'avertissons', 'alertons',
    // An expectation that the actor goes on: "nous nous attendons à ce que X poursuive ses attaques".
    "(?:nous )?(?:attendons|attend|attendent) à ce qu(?:e|['’]) ?(?:\\S+ ){0,5}?(?:poursuiv|continu)\\p{L}*", 'riposter', 'répondre', 'dissuader',
    'se tient prête?', 'prê(?:t|te|ts|tes) à (?:employer|utiliser|riposter|répondre|réagir)(?! (?:aux|à (?:des|leurs|vos|ses)) (?:\\p{L}+ )?(?:questions?|demandes?|sollicitations?))',
  ],
  // "a appelé Moscou à mettre fin": the verb with its addressee before "à" (bare "appelé" also means "named").
  callFor: [
    // Pressing an addressee to act, only with the infinitive it asks for ("a pressé les ministres d'ouvrir"); "est pressé
    // de" (eager to) and "pressé de questions" ask no one.
    '(?:a|ont|avait|avaient|aurait|auraient) pressé(?= (?:[^\\s.;:!?]+ ){1,6}?d(?:e |[’\\x27])\\p{L}+(?:er|ir|re)(?!\\p{L}))',
    // An offer of cooperation, a call that needs no addressee (appeal): "X est prête à coopérer avec".
    '(?:est|sont|était|étaient|reste|restent|se dit|se disent|s[’\\x27]est dite?|se sont dite?s) (?:(?!pas |plus |guère )\\p{L}+ )?(?:prête?s?|disposée?s?) à (?:coopérer|collaborer|dialoguer|travailler (?:ensemble|avec))',
    // An order to investigate ("a ordonné au parquet d'enquêter", "a ordonné une enquête"): the one who orders calls for
    // the inquiry, with no other party addressed (the investigators are its own); the cue is an appeal too.
    'ordonn(?:é|e|ent|a|èrent)(?<!(?:été|est|sont|fut) ordonn\\p{L}*)(?= (?:[^\\s.;:!?]+ ){0,6}?(?:d[’\']enquêter|une (?:\\p{L}+ )?enquête|l[’\']ouverture d[’\']une enquête)(?!\\p{L}))',
    // A demand for an inquiry ("a exigé une enquête", "réclame une enquête indépendante"): a call with no party addressed
    // (claims/inquiry-demand.ts); a demand of anything else is no cue here.
    '(?:exigé|réclam(?:e|ent|é|ait|aient|a|èrent))(?= (?:[^\\s.;:!?]+ ){0,2}?(?:enquête|investigation)s?(?!\\p{L}))',
    // A directive to named addressees ("a ordonné aux ministères de remplacer les routeurs", "enjoint aux préfectures
    // d'appliquer"): the one who orders calls on them; "à"/"aux" opens the addressee and "de" an infinitive closes it. An
    // order with no addressee ("a ordonné la libération de") or in the passive ("a été ordonné") calls on no one.
    '(?:ordonn(?:é|e|ent|a|èrent|ait|aient)|enjoin(?:t|s)|enjoign(?:ent|ait|aient|it|irent))(?<!(?:été|est|sont|fut|furent) \\p{L}+)(?= (?:à|aux) (?:[^\\s.;:!?]+ ){1,6}?d(?:e |[’\'])(?:l[’\']|les |se |s[’\'])?\\p{L}+(?:er|ir|re|oir)(?!\\p{L}))',
    // A summons made to demand ("a convoqué l'ambassadeur de X pour demander des explications", "... et a exigé"):
    // the summoner calls on the one summoned, whose state is named after the verb. A summons alone calls for nothing.
    'convoqu(?:é|ée|és|ées|e|ent|a|èrent|ait|aient)(?<!(?:été|est|sont|fut|furent|était|étaient) convoqu\\p{L}*)(?= (?:[^\\s.;:!?]+ ){1,14}?(?:pour|afin|et) (?:d(?:e |[’\']))?(?:(?:lui|leur|a|ont|avait|avaient) )?(?:demand|exig|réclam|sollicit)\\p{L}*)',
    // A summons or a formal notice: "a sommé l'ONG de fournir ses preuves", "a mis en demeure l'opérateur de".
    'somm(?:é|ée|és|ées|ent|ait|aient|èrent)(?!\\p{L})', '(?:met|mettent|mis|mise|mettait) en demeure',
    // "a demandé aux médias de ne pas ...": a request with its addressee (before the bare "demande" below).
    '(?<!(?:^|\\s)(?:se|me|nous|vous|s[’\']est|se sont|s[’\']était) )demand(?:é|e|ent|a|èrent|ait|aient) (?:à|aux)(?= )',
    // A proposal to a party that it do something ("a proposé à plusieurs reprises au Canada d'engager un dialogue"):
    // the one who proposes calls on the one addressed.
    'propos(?:é|e|ent|ait|aient|a|èrent)(?=(?: [\\p{L}’\'-]+){0,4}? (?:à|aux?) (?:[\\p{L}’\'-]+ ){1,4}?d(?:e |[’\'])\\p{L}+(?:er|ir|re|oir)(?!\\p{L}))',
    'appel(?:é|e|ent|ons|ant) (?:[\\p{L}’\']+ ){0,5}?à', 'appelant à', 'met au défi', 'mettons au défi','appelle', 'appelons', // "se demande si", "s'est demandé si": wondering whether, no appeal.
    '(?<!(?:^|\\s)(?:se|me|nous|vous|s[’\']est|se sont|s[’\']était) )(?<!s[’\'])demande\\p{L}*(?! si(?!\\p{L}))(?<!à la demande\\p{L}*)', 'exige\\p{L}*', 'invit\\p{L}*', 'appel(?:le|lent|é|ons) à', 'appelons(?=(?:\\s+[^\\s.,;]+){1,4}\\s+à\\s)', 'invit(?:e|ons|ent) (?:\\p{L}+ ){0,3}?à', '(?:a|ont|avait|avaient) appelé(?=(?:\\s+[^\\s.,;]+){1,4}\\s+à\\s)', 
    // A long addressee, with a participle or an inserted phrase between commas ("a appelé les entreprises, surtout
    // celles du secteur bancaire, à durcir ..."): "à" before an infinitive closes it.
    '(?:a|ont|avait|avaient) appelé(?=(?:\\s+[^\\s.;:!?]+){1,14}?\\s+à\\s+(?:se\\s+|s[’\x27]|l[’\x27]|les\\s+|la\\s+|le\\s+|y\\s+)?\\p{L}+(?:er|ir|re|oir)(?![\\p{L}]))', 'appell?(?:e|ent)(?=(?:\\s+[^\\s.;:!?]+){1,14}?\\s+à\\s+(?:se\\s+|s[’\x27]|l[’\x27]|les\\s+|la\\s+|le\\s+|y\\s+)?\\p{L}+(?:er|ir|re|oir)(?![\\p{L}]))', 'appell?(?:e|ent)(?=(?:\\s+[^\\s.,;]+){1,4}\\s+à\\s)', 'exhort\\p{L}*', 'exig\\p{L}*', '(?:lanc|adress)\\p{L}* un (?:\\p{L}+ )?appel', 'dialogue', ...CEASE_CALLS, 'demand(?:e|ent|é) à'],
  negativeConcord: ['rien', 'aucun\\p{L}*', 'nul(?:le)?', 'personne'],
  negation: ['ne', 'n[’\']', 'jamais', 'pas', 'ni', 'aucun\\p{L}*',
    // "sans accuser", "s'est abstenu d'accuser", "a évité de désigner".
    // Not "sans doute", "sans aucun doute" (an affirmation).
    'sans(?! doute| aucun doute)', 'abstenu\\p{L}* d(?:e|[’\'])', 'évit\\p{L}* d(?:e|[’\'])'],
  confirm: [
    '(?:a|ont|avait|avaient) été (?:la )?cibl\\p{L}*', '(?:a|ont|avait|avaient) été (?:attaqu|pirat|compromis|touch)\\p{L}*', 'déjoué\\p{L}*', 'repouss\\p{L}*','a été victime', 'ont été victimes', '(?:a|ont|avait|avaient) fait l[’\']objet (?:d[’\']\\p{L}+|de)', '(?:est|sont) devenue?s? (?:la )?cible', '(?:a|ont|avait|avaient) reçu (?:[\\p{L}\\p{N},.’\'-]+ ){0,4}?(?:d[’\'])?(?:cyber)?attaques', 'victime d[’\']une', 'a subi', 'ont subi', 'a été visé\\p{L}*', 'ont été visé\\p{L}*', 'confirm\\p{L}*', 'reconn(?:aît|u|aissent)', 'admis'],
  selfJustification: [
    // Restricted to lawful use: "utilisé uniquement dans le cadre de la loi", "seulement contre des criminels".
    '(?:seulement|uniquement|exclusivement) (?:\\p{L}+ ){0,3}?(?:légalement|conformément à la loi|dans le (?:cadre|respect) (?:de la loi|légal)|contre (?:des |les )?(?:criminels|terroristes))',
    // "contre des criminels, et non contre des opposants"; "non pas l'entreprise elle-même, mais ses clients".
    'contre (?:\\p{L}+ ){0,2}?(?:criminels|terroristes),? (?:et )?(?:non|pas) contre',
    '(?:non|pas) (?:\\p{L}+ ){0,3}?(?:elle|lui|eux|elles)-mêmes?,? mais',
  ],
  toolMaker: [
    '(?:fabricant|éditeur|concepteur|vendeur|développeur)s?', '(?:développé|conçu|fabriqué|vendu|commercialisé)e?s? par',
  ],
  deniedBy: ['(?:rejetée?s?|démentie?s?|réfutée?s?|contestée?s?)(?: \\p{L}+ment)? par'],
  confirmedBy: ['(?:confirmé|reconnu)e?s? par'],
  hostile: ['(?:mis|mise|mises) sur écoute', 'écoutes? téléphoniques?', 'accès non autorisés?', 'cyberactivité\\p{L}*', 'campagne\\p{L}*', 'acteurs? malveillants?', 'saboteurs?', "(?:les|leurs|ses) auteurs(?! (?:d[eu]s?|de la|de l['’]|d['’])(?!\\p{L}))", `auteurs? (?:d[eu]s? |de la |de l['’] ?|d['’] ?)(?:${TRACED})(?!\\p{L})`, 'compromission\\p{L}*', 'exploitations?', 
    // A cyber means deployed for a hostile purpose ("uses its cyber capabilities to obtain ...", "setzt seine Cyberfähigkeiten ein, um ... zu beschaffen"):
    // the means and the purpose together tell the act; a defensive purpose ("to protect ...") is no such verb.
    `(?:capacités? (?:cyber\\p{L}*|informatiques? offensives?)|moyens? cyber\\p{L}*|cyberacteurs|pirates|logiciels? (?:espions?|malveillants?)|outils? (?:informatiques|de piratage|d['’]espionnage|d['’]extraction de données)|programmes? informatiques?) (?:\\S+\\s+){0,6}?pour (?:\\S+\\s+){0,1}?(?:obtenir|acquérir|se procurer|collecter|recueillir|voler|dérober|surveiller|espionner|intercepter|cartographier)(?!\\p{L})`,
    'cibles?', 'victimes?',
    // Security incidents and breaches: a hit told by its kind ("un incident de sécurité informatique").
    'incidents? (?:de (?:cyber)?sécurité|cyber)', 'violations? de (?:la )?sécurité',
    'cyberattaques?', 'attaques?', 'attaqu(?:é|ée|és|ées)', 'piratage', 'piraté\\p{L}*', 'pirates?', 'intrusions?', 'espionn\\p{L}*', 'espionnage',
    'cyberespionnage', 'infiltr\\p{L}*', 'sabotage', 'déstabilisation', 'ingérence', 'intercept\\p{L}*', 'dérob\\p{L}*',
    'voler', 'coupables?', 'auteurs? de (?:l[’\']attaque|la cyberattaque|ces attaques)', "s'en prend\\p{L}*", 's’en prend\\p{L}*', 'introduits?', 'hameçonnage', 'logiciels? malveillants?',
  ],
  perpetratorRemedy: ['(?:fourni|livr|publi|remett|remis|donn|transmett|transmis)\\p{L}* (?:\\p{L}+ ){0,3}?(?:clés?|clefs?|outils?) de déchiffrement'],
  unnamedGroupHeads: ['groupes?', 'pirates?', 'hackers?', 'hacktivistes?', 'collectifs?', 'cybercriminels?'],
  ownOperatives: ['ses (?:propres )?(?:cyber)?(?:spécialistes|experts|unités|hackers)(?: cyber)?'],
  operationAgainst: ['(?:cyber)?opérations?(?: spéciales?)? contre'],
  actorNouns: ['pirates?(?: informatiques)?', 'hackers?', 'espions?', 'cybercriminels?', 'agents', 'officiers'],
  victimNouns: ['victimes?'],
  targetNouns: ['cibles', '(?:personnes|organisations|entités|entreprises) visées'],
  victimSpread: ['compren(?:aient|ait|nent|d)', 'incl(?:uaient|uait|uent|ut|uant)', '(?:se trouv|se situ|se concentr)(?:aient|ait|ent|e)'],
  userNouns: ['utilisat(?:eur|rice)s?', 'internautes', 'abonnés'],
  hitNouns: ['systèmes', 'réseaux', 'serveurs', 'banques', 'hôpitaux', 'organisations', 'infrastructures?'],
  hitNounModifiers: ['gouvernementa\\p{L}*', 'publi(?:c|cs|que|ques)', 'fédéra(?:l|ux|le|les)', 'municipa(?:l|ux|le|les)', 'locales?', 'locaux'],
  hostileVerbs: ['pénétr(?:é|ée|és|ées|ait|aient|ent|er) dans', 'perturb(?:er|é|ée|és|ées|ait|aient|ent)', 'paralys(?:er|é|ée|és|ées|ait|aient|ent)', 'sabot(?:er|é|ée|és|ées|ait|aient)', 'attaqu(?:é|ée|és|ées|ait|aient|ent|er)', 'pirat(?:é|ée|és|ées|ait|aient|ent|er)', 'infiltr(?:é|ée|és|ées|ait|aient|ent|er)', 'vis(?:é|ée|és|ées|ait|aient|ent)'],
  patientPassive: ['été (?:piraté|attaqué|compromis|ciblé|infecté|infiltré|visé)(?:e|s|es)?'],
  governmentOfLeader: ["(?:le )?(?:gouvernement|régime|cabinet)(?: de| d['’])?(?: (?:président|Premier ministre|chancelier))?"],
  victimStates: ['(?:les|le|la|des|l[’\']|ses|leurs|ces|nos) ?\\p{L}+ (?:compromis|piraté|infecté|détourné|touché)(?:e|s|es)?(?! par)'],
  defendantNouns: ['ressortissante?s?', 'citoyens?', 'frères', 'hommes', 'femmes', 'personnes?', 'individus?', 'suspects?', 'dirigeants?', 'membres?', 'opérateurs?', 'sociétés?', 'entreprises?', 'entités'],
  defendantOrigin: ['de', 'de la', "de l['’]", 'du', "d['’]"],
  similar: ['(?:se sont|s[’\']est) rangée?s? derrière', 'appor\\p{L}* (?:son|leur) soutien', 'partag\\p{L}* (?:cette|ces|l[’\']|leur|son|sa) ?(?:évaluation|analyse|conclusion|attribution)s?', '(?:a|ont) fait de même', 'font de même', 'exprimé (?:son|leur) soutien', 'similaires?', 'semblables?', 'co-?sign\\p{L}*', '(?:il|elle|avis|communiqué|déclaration|rapport|document|texte|bulletin|alerte) (?:est |a été |était |avait été )?sign(?:é|ée)(?= par )', 'se sont associés', 's[’\']est associée?', 'se sont joints', 'soutenu\\p{L}* (?:cette|ces|l[’\'])'],
  likeness: ['similaires?', 'semblables?'],
  statementNouns: ['déclarations?', 'évaluations?', 'conclusions?', 'constats?', 'communiqués?', 'rapports?', 'analyses?', 'affirmations?', 'annonces?', 'propos', 'positions?', 'avertissements?', 'inquiétudes?', 'termes', 'sens', 'manière', 'façon'],
  joinVerbs: ['(?:se sont|s[’\']est) rangée?s? derrière', 'appor\\p{L}* (?:son|leur) soutien', 'partag\\p{L}* (?:cette|ces|l[’\']|leur|son|sa) ?(?:évaluation|analyse|conclusion|attribution)s?', 'exprimé (?:son|leur) soutien', 'co-?sign\\p{L}*', '(?:il|elle|avis|communiqué|déclaration|rapport|document|texte|bulletin|alerte) (?:est |a été |était |avait été )?sign(?:é|ée)(?= par )', 'se sont associés', 's[’\']est associée?', 'se sont joints', 'soutenu\\p{L}* (?:cette|ces|l[’\'])'],
  agentMarkers: ['par'],
  joint: ['conjointement avec', 'avec (?:ses|leurs|nos) (?:partenaires|alliés) (?:de|d[’\']|du|des)', '(?:avec (?:ses|leurs|nos) )?homologues (?:de|d[’\']|du|des)', 'aux côtés de', 'de concert avec', 'en (?:partenariat|coordination) avec', 'cosign\\p{L}* par', "(?:s[’']est|se sont) joint(?:e|s|es)? (?:à|au|aux)(?=[^.;!?]{1,200}conjoint)", 'en lien avec', "(?:se join(?:t|nent)|(?:s[’']est|se sont) joint(?:e|s|es)?) (?:\\p{L}+[’'](?:\\p{L}+ )?|\\p{L}+ )?(?:à|au|aux)(?=\\s+(?:[^\\s.;!?]+\\s+){1,80}?pour (?:publier|diffuser|émettre))"],
  alsoDid: ["comme l['’]?(?:ont|a|avaient|avait) fait"],
  jointActs: ['(?:avis|déclaration|alerte|communiqué|rapport|bulletin) conjoint'],
  jointRefs: ['les (?:agences|autorités|services|États|gouvernements) (?:signataires|partenaires|participant\\p{L}*|cosignataires)', 'les (?:deux|trois|quatre|cinq|six|sept|huit) (?:agences|autorités|services|États|gouvernements|organismes|pays)', 'les (?:partenaires|alliés|signataires|cosignataires)'],
  cooperation: [
    // Partners listed as examples ("partners such as X and Y", "nos partenaires, tels que X"): they side with the speaker.
    'partenaires(?: [\\p{L}-]+){0,2},? (?:tels que|comme|dont)', 'alliés(?: [\\p{L}-]+){0,2},? (?:tels que|comme|dont)',
    'en (?:étroite )?(?:coopération|collaboration) avec', 'coop[ée]r\\p{L}* (?:étroitement )?avec', 'collabor\\p{L}* (?:étroitement )?avec', 'travaill\\p{L}* étroitement avec'],
  // The future too: "Washington devra cesser ...".
  modal: ['doi(?:t|vent)', 'devai(?:t|ent)', 'devrai(?:t|ent)', 'devr(?:a|ont)'],
  ceaseCalls: CEASE_CALLS,
  // "doivent partir du principe que ...", "doivent s'attendre à": a modal before a verb of expectation warns (claims/rules/modal-call.ts).
  expectAfterModal: ['partir du principe', 's[’\']attendre', 'supposer', 'se préparer à', 'être prêt\\p{L}* à'],
  ascribedTo: ['à', 'au', 'aux'],
  victim: ['contre', '(?<=(?:intrusions?|piratages?|attaques?|cyberattaques?|incursions?) )dans', 'visant', "à l'encontre de", 'sur'],
  linkedTo: ['(?:opérant|qui opère|qui opèrent|agissant) depuis', 'en provenance d(?:e|u|es)', 'provenant d(?:e|u|es)', 'affilié(?:e|s|es)? à', 'affilié(?:e|s|es)? au', 'aligné(?:e|s|es)? sur(?: les intérêts(?: d(?:e|u|es|(?=[’\'])))?)?', 'sur les intérêts d(?:e|u|es|(?=[’\']))', 'rattaché(?:e|s|es)? à', 'rattaché(?:e|s|es)? au', 'li(?:é|ée|és|ées) à', 'li(?:é|ée|és|ées) au', 'proches? de', 'soutenus? par', 'parrainés? par', 'pour le compte d(?:e|u|es|(?=[’\']))', 'sur (?:l[’\'] ?)?ordres? d(?:e|u|es|(?=[’\']))', 'à l[’\'] ?instigation d(?:e|u|es|(?=[’\']))', 'travaillant pour', 'au service d(?:e|u|es|(?=[’\']))', 'dans l[’\']intérêt d(?:e|u|es|(?=[’\']))', 'servant les intérêts d(?:e|u|es|(?=[’\']))'],
  // A parliamentary question's header, its authors inside it, its first person, the heading of its answer (claims/asker.ts).
  questionNouns: ['questions? écrites?', 'questions? orales?', 'questions? parlementaires?', 'question de (?:M\\.|Mme|monsieur|madame)'],
  askerRefs: ["l['’]honorable membre", "l['’]auteur de la question", 'les auteurs de la question'],
  firstSingular: ['je', "j(?=['’])"],
  answerHeads: ['réponse'],
  // A challenge is an appeal too ("met au défi ses accusateurs de produire une seule preuve"); a bare demand is not ("a exigé des explications").
  memberRefs: ["l['’]élue?", 'le député', 'la députée', 'le sénateur', 'la sénatrice', 'le parlementaire', 'la parlementaire', 'le dirigeant', 'la dirigeante'],
  // A summons or a formal notice is an appeal too ("a sommé l'ONG de fournir ses preuves", "a mis en demeure l'opérateur de").
  // Pressing an addressee to act (the call cue holds the infinitive it asks for): "a pressé les ministres d'ouvrir".
  appeal: ['(?:a|ont|avait|avaient|aurait|auraient) pressé', '(?:est|sont|était|étaient|reste|restent|se dit|se disent|s[’\\x27]est dite?|se sont dite?s) (?:(?!pas |plus |guère )\\p{L}+ )?(?:prête?s?|disposée?s?) à (?:coopérer|collaborer|dialoguer|travailler (?:ensemble|avec))', 'ordonn(?:é|e|ent|a|èrent)', 'enjoi(?:nt|gn\\p{L}*)', 'somm(?:é|ée|és|ées|ent|ait|aient|èrent)(?!\\p{L})', '(?:met|mettent|mis|mise|mettait) en demeure', 'appel\\p{L}*', '(?:ont|avait|avaient|avons|aurait|auraient) appelé', 'demand\\p{L}* (?:à|aux)', 'exhort\\p{L}*', 'invit\\p{L}*', '(?:lanc|adress)\\p{L}* un (?:\\p{L}+ )?appel', '(?:met|mettent|mettons|mettait|mis) au défi'],
  relativePronouns: ['que', 'qu[’\']', 'qui', 'dont', 'lesquels', 'lesquelles'],
  objectRelatives: ['que', 'qu[’\']', 'à laquelle', 'auquel', 'auxquels', 'auxquelles', 'à qui'],
  relativeClauseOpeners: ['qui', 'que', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles'],
  stateWords: ['États?', 'Etats?'],
  ownRefs: ["(?:ses|son|sa|leurs?|nos|notre) (?:[\\p{L}-]+ ){0,2}?(?:systèmes?|réseaux?|serveurs?|sites?|portails?|plateformes?|infrastructures?|services?|comptes?|appareils|employés|salariés|clients|données|messageries?)", 'du pays', "de l['’]entreprise", 'de la société'],
  nonFiniteHit: ['avoir (?:été|fait|subi)'],
  potential: ['pourrai(?:t|ent)', 'pourr(?:a|ont)', 'peu(?:t|vent)', 'risqu(?:e|ent|ait|aient)'],
  hitEffects: ['(?:problèmes?|difficultés|incidents?|défaillances?) techniques?', 'pannes?', 'indisponibles?', 'hors (?:service|ligne)', '(?:production|activité)s? (?:a |ont |avait |avaient )?(?:été )?(?:arrêtée|suspendue|interrompue|stoppée)s?', '(?:arrêté|suspendu|interrompu|stoppé) (?:sa |leur |la )?(?:production|activité)'],
  affectedHits: ['(?:est|sont|était|étaient|été|serait|seraient) (?:\\p{L}+ )?(?:touchée?s?|concernée?s?|affectée?s?)(?!\\p{L})'],
  // Speech verbs with no subject of their own ("…, dit-on", "…, indique-t-on"): claims/impersonal-speech.ts.
  impersonalSay: ['dit-on', '(?:déclare|affirme|estime|souligne|ajoute|indique|explique|assure|précise)-t-on', 'a-t-on (?:déclaré|dit|affirmé|estimé|souligné|ajouté|indiqué|expliqué|assuré|précisé)'],
  reportBack: ["C['’]est ce qu['’](?:a|ont|avait|avaient) (?:annoncé|indiqué|déclaré|affirmé|confirmé|précisé|fait savoir|rapporté)"],
  stateOwnRefs: ['(?:dans|à travers|partout dans) (?:tout )?le pays', '(?:sites|systèmes|réseaux|serveurs|services|portails|plateformes)(?: [\\p{L}-]+){0,2}? (?:gouvernementa\\p{L}*|de l[’\x27]État|étatiques?|des ministères|administrati(?:fs|ves))'],
  nationalSystems: ['nationa(?:l|le|ux|les)'],
  unnamedOfficials: ['les autorités', 'des responsables', 'les responsables', 'le gouvernement', 'des officiels'],
  possessive: ['de la', 'du', 'des', "de l'", 'de l’'],
  originPlace: ["(?:depuis|à partir d[eu]|en provenance d[eu]) (?:le )?(?:territoire|sol) (?:de la|de l['’]|du|des|de|d['’])"],
  // A body taken up by its kind noun: the body named just before, not the last speaker (claims/kind-noun-ref.ts).
  bodyKindNouns: ['agence', 'ministère', 'autorité', 'régulateur', 'département', 'caisse'],
  bodyGenericNouns: ["l['’]organisme"],
  organNouns: ['ministre', 'ministère', 'agence', 'service', 'office', 'direction', 'centre', 'bureau', 'ambassade', 'police', 'autorité', 'administration', 'gouvernement', 'conseil', 'parquet', 'commandement', 'secrétariat', 'état'],
  appositionOrgans: ['services?', 'agence', 'direction', 'institut', 'unité', 'ministère', 'centre', 'police', 'comité', 'renseignement', 'bureau', 'commandement'],
  personPronouns: ['il', 'elle', 'lui'],
  sayObjectWords: ['que', 'qu', 'de', 'des', 'du', 'd', 'sur', 'à', 'au', 'aux', 'contre', 'en', 'dans', 'avec', 'pour', 'si'],
  complementizers: ['que', "qu[’']"],
  factRelatives: ['ce qui', 'ce que'],
  gapAdverbials: ['catégoriquement', 'formellement', 'fermement', 'vigoureusement', 'énergiquement', 'aussitôt', 'immédiatement', 'aussi', 'également', 'déjà', 'de nouveau', 'à nouveau'],
  inversionAsides: ['notamment', 'entre autres', 'pour sa part', 'de son côté', 'par exemple'],
  subjectAsides: ['lui', 'elle', 'eux', 'elles', 'pour sa part', 'pour leur part', 'de son côté', 'de leur côté', 'quant à lui', 'quant à elle'],
  envoyNouns: ['ambassadeurs?', 'ambassadrices?', 'envoyée?s?', 'chargée? d[’\']affaires'],
  postingMarkers: ['à', 'au', 'aux', 'en', 'auprès de', 'auprès du', 'auprès des', 'à la'],
  ourPossessives: ['notre', 'nos'],
  roleBodyMarkers: ['chez', 'de', 'du', "d['’]"],
  selfPossessives: ['notre', 'nos'],
  selfRefs: ['nous'],
  bylineTeam: ["l['’]équipe(?: [\\p{L}-]+){0,3} (?:de|d['’])", '(?:[\\p{L}-]+ ){0,3}équipe'],
  selfAt: ['chez'],
  intervieweeBefore: ['entretien avec', 'interview avec', 'avons interrogé', 'avons rencontré', 'nous sommes entretenus avec'],
  citedFindings: ['(?:les )?(?:conclusions|résultats|travaux|découvertes) (?:de|du|des)', 'un rapport (?:de|du)', 'citant'],
  statementTitles: ['communiqué', 'déclaration', 'commentaire', 'réaction', 'propos'],
  titleTopics: ['sur', 'concernant'],
  // The one named last: "ce dernier", "cette dernière" (claims/latter-ref.ts); not "celui-ci", "celle-ci", as often a
  // thing named last ("l'adresse IP ... si celle-ci").
  latterRefs: ['ce dernier', 'cette dernière'],
  backRefs: [
    'le ministère', 'le centre', 'le communiqué', 'la porte-parole', 'le porte-parole', "l'agence", 'l’agence',
    'le diplomate', 'celui-ci', 'celle-ci', 'le texte', 'ils', 'elles', 'le gouvernement', 'le ministre', 'la ministre',
    // The roles and bodies of a state a wire report points back with: "la diplomate", "l'émissaire", "le département",
    // "l'organisme", "l'autorité", "le régulateur".
    'la diplomate', "l['’]ambassadeur", "l['’]ambassadrice", "l['’]émissaire",
    'le département', "l['’]organisme", "l['’]autorité", 'le régulateur', "l['’]exécutif", 'la chancellerie',
    '(?:la )?(?:représentation|mission) diplomatique',
  ],
  // A news outlet by its kind, pointing back to the outlet named before (outlet-ref.ts); never the outlet's audience.
  outletRefs: ['le quotidien', "l['’]hebdomadaire", 'le journal', 'le magazine', 'le mensuel', 'le bimensuel', "l['’]agence de presse", "le site d['’]information", 'le média'],
  // An embassy by its kind noun alone: its own statement's self-reference, else the embassy named last (claims/kind-noun-ref.ts).
  embassyRefs: ["l['’]ambassade"],
  embassyNouns: ['ambassades?'],
  companyRefs: ["l['’]entreprise", "l['’]organisation", 'la société', "l['’]éditeur", 'la firme',
    // A company by its trade: "le fournisseur", "l'opérateur", "le constructeur", "l'hébergeur", "le prestataire".
    'le fournisseur', "l['’]opérateur", 'le constructeur', 'le fabricant', "l['’]hébergeur", 'le prestataire', 'la start-?up'],
  companyRefDeterminers: ['la'],
  companyRefComplements: ['de', 'du', 'des'],
  parentAfter: ['(?:une|la) (?:filiale|branche|division) (?:de la|du|des|de|d[’\'])(?: ?\\p{L}+){0,2}'],
  stateBodyRefs: ['le ministère (?:des Armées|de la Défense|de l[\'’]Intérieur|de la Justice|des Finances|de l[\'’]Économie(?: et des Finances)?)', 'la commission(?: électorale)?', 'la CENI'],
  nationalBodyKinds: ['commission (?:nationale )?électorale', 'sécurité sociale', 'police nationale', 'gendarmerie nationale', 'protection des données'],
  investigatingBodies: ['le parquet', 'la police', 'les enquêteurs', 'les procureurs', 'la justice', 'les policiers'],
  bodyPlaceLinks: ['de', 'du'],
  reportRefs: ['le rapport', "l['’](?:étude|analyse|enquête)", 'son rapport', 'son enquête'],
  reportNouns: ['rapports?', 'études?', 'analyses?', 'enquêtes?', 'investigations?'],
  reportedContent: ['informations?', 'articles?', 'allégations?'],
  shamReports: SHAM_REPORTS,
  findingVerbs: ['montr(?:e|ent|ait|aient)', '(?:a|ont) montré', 'démontr(?:e|ent)', '(?:a|ont) démontré', '(?:a|ont) établi', 'établit', '(?:a|ont) (?:mis en évidence|permis d[\'’]établir)', 'met(?:tent)? en évidence', 'révèle(?:nt)?', '(?:a|ont) révélé', 'conclut', '(?:a|ont) conclu', '(?:a|ont) confirmé(?= que)', 'confirme(?= que)'],
  staffRefs: ['les chercheurs', 'ses chercheurs', 'les analystes', 'ses analystes', 'les enquêteurs', "l['’]équipe(?: de recherche| technique| d['’]enquête)?", 'son équipe'],
  accusationBy: ['de', 'du', 'des', "d['’]", 'de la', "de l['’]"],
  accusationAgainst: ['contre', "à l['’]encontre d(?:e|u|es|['’])", 'visant'],
  eventRelatives: ['lors (?:de laquelle|duquel|desquelles|desquels)', 'au cours (?:de laquelle|duquel)', 'dans laquelle', 'dans lequel', 'où'],
  staffNouns: ['chercheurs', 'analystes', 'enquêteurs', 'experts', 'spécialistes'],
  quantifiers: ['un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'plusieurs', 'certains', 'certaines', 'quelques', 'nombreux', 'de nombreux', 'd’autres', "d'autres", 'divers'],
  companyNouns: ['entreprises?', 'sociétés?', 'firmes?', 'éditeurs?', 'start-?ups?', 'chercheurs', 'experts', 'spécialistes', 'analystes', 'médias', 'presse', 'journaux', 'ONG', 'organisations? (?:non gouvernementales?|de défense des droits)'],
  stateOffices: ['chancelier', 'chancelière', 'secrétaire d[’\']État'],
  roles: [
    'porte-parole', 'ministre', 'directeur', 'directrice', 'conseiller', 'conseillère', 'ambassadeur', 'ambassadrice',
    'président', 'présidente', 'premier ministre', 'chef', 'responsable', 'secrétaire', 'diplomate', 'coordinateur',
    'député', 'députée', 'sénateur', 'sénatrice', 'procureur', 'procureure', '(?:haut(?:e)? )?représentant(?:e)?',
    // military ranks before a name ("le général X", "le colonel X")
    'général', 'colonel', 'amiral', 'lieutenant-colonel',
    // people quoted for their expertise ("selon le chercheur X", "l'analyste X")
    'chercheur', 'chercheuse', 'analyste', 'expert', 'experte', 'spécialiste', 'professeur', 'professeure',
    // Offices of government, diplomacy and command the list lacked ("la commissaire européenne X", "le préfet", "le
    // consul général", "le vice-ministre", "l'émissaire"), and heads of companies ("le PDG", "la patronne").
    'commissaire', 'préfet', 'préfète', 'consul', 'consule', 'émissaire', 'vice-ministre', 'vice-président', 'vice-présidente',
    'sous-secrétaire', 'gouverneur', 'gouverneure', 'maire', 'commandant', 'commandante', 'capitaine', 'chargée? d[’\']affaires',
    'envoyée? spéciale?', 'attachée? de presse', 'PDG', 'patron', 'patronne', 'dirigeant', 'dirigeante', 'fondateur', 'fondatrice',
  ],
  memberRoles: ['député(?:e)?s?', 'sénat(?:eur|rice)s?', 'parlementaires?', 'élu(?:e)?s?', 'chef du parti', '(?:président(?:e)?|secrétaire général(?:e)?) du parti', 'dirigeant(?:e)?', 'leader', 'secrétaire général(?:e)?'],
  oppositionRoles: ['ministre fantôme', 'du cabinet fantôme', 'du gouvernement fantôme'],
  partyMembership: ["membres? d(?:e|u|es|['’])", "adhérente?s? d(?:e|u|es|['’])"],
  honorifics: ['M\\.', 'Mme', 'Monsieur', 'Madame'],
  continuation: ['en outre', 'par ailleurs', 'de plus', 'également', 'ensuite', 'enfin'],
  recommendHeads: ['recommandations?', "mesures d['’]atténuation(?: recommandées)?", 'contre-mesures', 'mesures de protection'],
  advisoryAudience: ['organisations?', 'entreprises?', 'exploitants?', 'opérateurs', 'utilisateurs', 'administrateurs', 'le public', 'collectivités'],
  adviseVerbs: ['recommand\\p{L}*'],
  consumers: ['utilisateurs', 'utilisatrices', 'clients', 'clientes', 'abonnés', 'membres', 'adhérents'],
  harmIntent: ['(?:se prépar\\p{L}*|prêt(?:e|s|es)?) à (?:\\p{L}+ ){0,2}?["«“]?\\s?(?:causer|provoquer|infliger|perturber|détruire|saboter|paralyser)'],
  actForecast: ['(?:se poursuivront|continueront|vont (?:se poursuivre|continuer)|ne (?:cesseront|s[’\']arrêteront) pas)(?!\\p{L})'],
  forecastJoin: ['et'],
  hostilePursuit: ['(?:tentatives? d(?:e |\\x27|’)|efforts? pour |cherch(?:e|ent) à|tent(?:e|ent) d(?:e |\\x27|’)|essai(?:e|ent) d(?:e |\\x27|’)|s(?:\\x27|’)efforc(?:e|ent) d(?:e |\\x27|’)|continu(?:e|ent|era|eront) (?:à |d(?:e |\\x27|’))) ?(?:(?!empêch|arrêt|bloqu|contr|déjou|protég|préven|repouss|détect)\\p{L}+ ){0,2}?(?:attaqu\\p{L}*|cibl(?:er|ant)|vis(?:er|ant)|exploit\\p{L}*|pénétr\\p{L}*|infiltr\\p{L}*|dérober|voler|compromettre|pirater|espionner|obtenir (?:des informations|l(?:\\x27|’)accès|un accès))'],
  enemyNouns: ['l[’\x27]ennemi', 'les ennemis', 'forces ennemies'],
  messageNouns: ['messages?', 'SMS', 'textos?', 'écrans?', 'panneaux d[’\x27]affichage', 'bannières?', 'notes? de rançon'],
  governmentNouns: ['(?:que )?(?:le |au |du )?gouvernement', '(?:que )?les autorités', '(?:que )?le pouvoir(?! (?:politique|judiciaire|législatif|exécutif|d[’\x27]achat))'],
  // A demand fronted as the source of a modal (claims/rules/fronted-demand.ts): "Comme le réclame depuis longtemps X, les États devraient".
  frontedDemand: ['comme (?:le |l[’\\x27])?(?:[^\\s,.;:!?]+ ){0,4}?(?:réclam|exig|demand|préconis|recommand|prôn)\\p{L}*'],
  inquiryNouns: ['enquêtes?', 'investigations?'],
  // Money as a demand's object (claims/money-demand.ts): a ransom or a price asked, no call.
  moneyDemands: ['rançons?', 'argent', 'dollars', 'euros', 'bitcoins?', 'paiements?'],
  statuteHeads: ['(?:de la|du|de l[’\\x27]) ?(?:Constitution|Convention|Déclaration|Pacte|Charte|Traité|loi|Loi|Code|Règlement|Statut)(?!\\p{L})'],
  unitOf: ['(?:une |l[’\x27])?(?:unité|division|branche|service|composante|équipe|centre|département) (?:de|du|des|d[’\x27]|rattachée? à|au sein d)'],
  stateBodies: ['renseignements?', 'services? (?:de renseignement|secrets?|de sécurité)', 'armée', 'forces armées', 'ministère', 'gouvernement'],
  threatPredicate: THREAT_PREDICATE,
  threatensParty: THREATENS_PARTY,
  threatens: ['menac(?:e|ent|é|ait|aient) (?:de|d[’\'])'],
  measuresTaken: ['(?:a|ont|avait|avaient|aurait) (?:\\p{L}+ ){0,2}?(?:pris|adopté) (?:\\p{L}+ ){0,2}?mesures'],
  cannotEstablish: ['(?:n[\'’](?:a|ont|avait|avaient) pas pu|ne (?:peut|peuvent|pouvait|pouvaient) pas|n[\'’]est pas en mesure d[e\'’]) ?(?:\\p{L}+ ){0,1}?(?:déterminer|confirmer|établir|vérifier|préciser|attribuer)'],
  warnAsTime: ['(?:fait|font|faisait|faisaient|a fait|ont fait) suite à', 'suivai(?:t|ent)', '(?:a|ont) suivi', 'après', "à la suite d(?:e|u|es|['’])", 'depuis'],
  questionLabels: ['Q', 'Question'],
  answerLabels: ['R', 'Réponse'],
  questionLetters: ['Q'],
  answerLetters: ['R'],
  noComment: ["n['’]a(?:vait)? pas (?:immédiatement |encore )?réagi", "n['’]a(?:vait)? pas (?:immédiatement |encore )?répondu", 'refusé de commenter', 'refus(?:é|e|ent|ait|aient) de (?:répondre|réagir|s[’\']exprimer)', 'sans commentaire', "n['’]a(?:vait)? pas commenté"],
  sanctionActs: ['sanction(?:s|né|née|nés|nées|ne|nent|ner)?', 'inculp\\p{L}*', 'mis(?:e|es)? en examen', 'acte d[’\'\\s]accusation'],
  // Things a confirmation may be about instead of a hit (claims/technical-finding.ts).
  technicalFindings: ['vulnérabilités?', 'failles?', 'bogues?', 'correctifs?', 'modèles?', 'code', 'chevauchements?', 'adresses? IP', 'échantillons?'],
  findingExploited: ['exploité(?:e|s|es)?', 'utilisé(?:e|s|es)? (?:pour|contre)', 'a servi à', 'avait servi à'],
  withheldNames: ["n['’](?:a|ont|avait|avaient) pas (?:publiquement )?(?:nommé|identifié|précisé|révélé|dévoilé|divulgué|cité)", 'ne (?:nomme|nomment|précise|précisent|dévoile|dévoilent) pas', 'sans (?:nommer|préciser|identifier|dévoiler|citer)', 'refus[ée]s? de (?:nommer|préciser|dévoiler|divulguer)'],
  stateWithheld: ['ne (?:nomme|nomment|désigne|désignent|cite|citent) aucun (?:pays|État)', "n['’](?:a|ont|avait|avaient) (?:nommé|désigné|cité) aucun (?:pays|État)"],
  groupHeads: ['(?:groupes?|collectifs?|acteurs?)(?: de (?:pirates|hackers|cyberespionnage|cybercriminels|menace))?', 'pirates(?: informatiques)?', 'hackers'],
  partisanMarks: ['pro', 'anti'],
  threatNouns: ['menaces?'],
  threatSources: [`(?:menaces?|dangers?)${THREAT_COMPOUND} (?:\\p{L}+ ){0,3}?(?:que (?:représente|représentent|pose|posent|constitue|constituent)|(?:venant|émanant|provenant|de la part) (?:d(?=['’])|de|du|des))`],
  counterCharges: ["(?:alors|tandis) qu(?:e |['’])(?:eux|elle|lui|elles)-mêmes?", "(?:alors|tandis) qu(?:e |['’])(?:ils|elles?|il) (?:\\p{L}+ )?(?:eux|elle|lui|elles)-mêmes?", 'tout en se (?:posant|présentant) (?:en|comme) (?:une )?victimes?'],
  thiefIdioms: ['voleur qui crie (?:au|« au|"au) voleur'],
  asMarkers: ['comme', 'en tant que'],
  supportMarkers: ["avec (?:le |l['’])(?:\\p{L}+ )?(?:soutien|appui|aide|assistance|concours)(?: \\p{L}+)? d(?:e|u|es|(?=['’]))"],
  supplierMarkers: ['(?:fourni|vendu|livré)(?:e|s|es)? par'],
  sponsorLead: ['(?:soutenu|parrainé|financé|dirigé|piloté|contrôlé|commandité|téléguidé|appuyé|commandé|opéré)(?:e|s|es)? par'],
  correspondents: ['correspondante?s?', 'envoyée?s? spéciale?s?', 'journalistes?', 'reporters?'],
  guises: ['(?:se )?fai\\p{L}* passer pour', 'usurp\\p{L}* l[’\']identité (?:de|des|du|d[’\'])', 'en se présentant comme'],
  inNameOf: ['au nom (?:de|du|des|d[’\'])'],
  verbJoin: ['et', 'mais'],
  predicateJoin: ['et', 'mais'],
  predicateOpener: ['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'est', 'sont', 'va', 'vont', 'doit', 'peut', "n['’]a", "n['’]ont", 'ne', "s['’]est", 'se', 'promet', 'propose', 'refuse', 'promis', 'appelé', 'refusé', 'exigé', 'demandé', 'proposé', 'offert', 'envoyé'],
  coordinators: ['et', 'ainsi que', 'de même que', "(?:ainsi|de même) qu['’](?:à|au|aux)", 'le', 'la', 'les', "l'", 'l’'],
  disjunctions: ['ou', 'ou bien', 'soit'],
  unitNouns: ['équipe', 'unité', 'cellule', 'division', 'laboratoire', 'département', 'service'],
  officialHeads: ['responsables?', 'fonctionnaires?', 'diplomates?', 'porte-parole', 'représentant(?:e|s|es)?', 'officiels?'],
  clauseOpeners: ['ce que', 'ce qu[’\']', 'et', 'mais', 'alors que', 'tandis que', 'bien que', 'une accusation que', 'des accusations que', 'une affirmation que', 'ce dont'],
  groupDescribers: ['une? (?:[\\p{L}-]+ ){0,3}?(?:groupe|acteur|collectif|unité|groupuscule)'],
  describedAs: ['comme'],
  // First describing, exposing or reporting on a group (claims/described-group.ts): "X l'a décrit dès 2015".
  groupIntroducers: ['(?:a|ont|avait|avaient) (?:d\'abord |déjà |également )?(?:décrit|découvert|documenté|dévoilé|démasqué|mis au jour|révélé)', 'décrivait', 'dévoile',
    '(?:a|ont|avait|avaient) publié (?:\\S+ ){0,5}?(?:un|une|son|leur|sa) (?:[\\p{L}-]+ ){0,2}?(?:rapport|analyse|étude|note) (?:consacrée? à|sur)'],
  objectCliticsBefore: ['le', 'la', 'les'],
  attributionNouns: ['attributions?'],
  anterior: ['auparavant', 'précédemment', 'autrefois', 'par le passé', 'jusqu[’\']ici', 'jusqu[’\']alors'],
  background: ['déjà', 'à l[’\']époque', 'à ce moment-là'],
  questionWords: ['que', 'qu[’\']', 'quel\\p{L}*', 'comment', 'pourquoi', 'est-ce', 'quand'],
  articles: ['le', 'la', 'les', "l['’]", 'un', 'une', 'des'],
  listPrepositions: ['à', 'au', 'aux'],
  listPossessives: ['de', 'du', "d['’]", 'par'],
  courtSeats: ['tribunal(?: \\p{L}+)? (?:de|du|d[\'’])', 'cour (?:d[\'’]appel|d[\'’]assises|criminelle) (?:de|du|d[\'’])', 'parquet (?:de|du|d[\'’])', 'grand jury (?:de|à)', 'procureurs? (?:de|du|à)'],
  courts: ['tribunal(?: \\p{L}+)?', 'tribunaux', 'cour(?: d[\'’]appel| de cassation| suprême)?', 'juges?'],
  resemblance: ['recoupements?', 'similitudes?', 'ressemblances?', 'chevauchements?'],
  grounds: ['sur la base d(?:e|es|u)', 'en raison d(?:e|es|u)', 'compte tenu d(?:e|es|u)', 'au vu d(?:e|es|u)', "s[’']appuyant sur"],
  locative: ['à', 'au', 'aux', 'en', "auprès (?:de l[’']|de la|du|des)"],
  // A body an impersonal speech verb names after it as the source of the words ("..., indique-t-on au ministère").
  sourceLocatives: ['au', 'à la', "à l[’']", 'dans', "auprès (?:de l[’']|de la|du|des)", "du côté (?:de l[’']|de la|du|des)"],
  scene: ['en', 'au', 'aux'],
  placeLeads: ['après', 'à la suite (?:de l[’\']|de la|du|des)', 'lors (?:de l[’\']|de la|du|des)', 'pendant', 'depuis', 'avant', 'suite à'],
  bodyOf: ['de', 'du', 'des', "d['’]"],
  // "(ci-après l'ANV)": the short form the bracket defines follows, its article with it.
  shortFormLead: ['ci-après', 'dorénavant'],
  portfolios: ['Intérieur', 'Armées', 'Défense', 'Affaires étrangères', 'Europe et des Affaires étrangères', 'Justice', 'Économie', 'Finances', 'Numérique', 'Transition numérique', 'Outre-mer'],
  // Sector-only cues: threats, and the effects of an act on its victims (outage, infection, access).
  kinetic: ['drones?', 'missiles?', 'roquettes?', 'frappes? aériennes?', 'bombard\\p{L}*', 'bombes?', 'artillerie', 'avions de chasse', 'obus'],
  cyberMarks: ['cyber\\p{L}*', 'pirat\\p{L}*', 'hack\\p{L}*', 'logiciels? malveillants?', 'rançongiciels?', 'malware', 'DDoS', 'déni de service', 'hameçonnage', 'phishing', 'botnets?', 'portes? dérobées?', 'intrusions?', 'internet', 'en ligne', 'informatique\\p{L}*', 'serveurs?', 'réseaux', 'données', 'sites? (?:web|internet)'],
  threat: ['ingérer', 'ingéré\\p{L}*', 'interférer', 'interféré\\p{L}*', 'menaces?', 'menac\\p{L}+', 'perturb\\p{L}*', 'paralys\\p{L}*', 'pannes?', 'infect\\p{L}*', 'compromis\\p{L}*', 'touchée?s?', 'rançongiciels?', 'ransomware', 'DDoS', 'fuites?', 'vol de données', 'visée?s?', 'visant', 'ciblée?s?', 'ciblant', 'affectée?s?', 'hors service', 'accès à', 'dérobée?s?', 'volée?s?'],
  sectorHeads: ['secteurs?', 'services', 'institutions', 'établissements', 'entreprises', 'sociétés', 'organismes', 'réseaux', 'infrastructures', 'cibles'],
  reportWords: ['rapport\\p{L}*', 'révél\\p{L}*', 'écri\\p{L}*', 'cité\\p{L}*', 'font état', 'fait état', 'ont fait état', 'relay\\p{L}*'],
  addresseeBefore: ["dans un entretien (?:à|au|avec)(?: la| le)? (?:l['’])?[\\p{L}-]+", "interrogée?s? par(?: la| le)? (?:l['’])?[\\p{L}-]+"],
  // Adjuncts of a speech verb: when, where, on which occasion ("a indiqué mardi dans un communiqué publié sur son site").
  speechAdjuncts: [
    '(?:ce |le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: (?:matin|soir|après-midi|dernier))?',
    '(?:le )?\\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?: \\d{4})?',
    "aujourd['’]hui", 'hier', 'ce (?:matin|soir)', '(?:cette|la) semaine(?: dernière)?', 'à l[\'’]époque',
    "(?:dans|lors d['’]|lors de|au cours d['’]|au cours de|pendant|sur|via|à l['’]occasion d['’]|à l['’]occasion de) ?(?:un |une |le |la |l['’]|son |sa |ses |leur |leurs )(?:[\\p{L}-]+ ){0,2}?(?:communiqué|déclaration|rapport|entretien|interview|point(?: de)? presse|conférence(?: de presse)?|discours|audition|message|publication|note|site|compte|avis|bulletin|billet|vidéo|séance|réunion|allocution)s?",
    '(?:publié|publiée|diffusé|diffusée|mis en ligne)',
    'sur (?:X|Twitter|Telegram|Facebook|LinkedIn|les réseaux sociaux)',
    "à \\p{Lu}[\\p{L}-]+",
  ],
  interview: ['(?:a|ont) (?:déclaré|dit|confié|indiqué|assuré) (?:à|au|aux)', 'entretien (?:accordé )?(?:à|au|avec)', 'interview(?:é|ée)? (?:à|au|par)', 'interrogé\\p{L}* par'],
  audienceBefore: ['devant', 'face (?:à|aux?)', 'auditionné\\p{L}* par'],
  sourceDeterminers: ['ces', 'certains', 'certaines', 'plusieurs', 'des', 'les', 'la', 'le'],
  pairBefore: ['(?:les )?deux'],
  pairAfter: ['des deux (?:pays|parties|côtés|États)'],
  commonWords: ['réunion'],
  orgWords: ['agence', 'centre', 'ministère', 'université', 'entreprise', 'société', 'conseil', 'armée', 'parti', 'ambassade', 'institut', 'direction', 'office', 'service', 'systèmes', 'sécurité', 'technologies', 'laboratoires?'],
  // A report's basis, its parties neither claimant nor accused (claims/basis-phrase.ts): "based on documents leaked by X".
  basisPhrase: ['(?:bas[ée]e?s? sur|s[\'’]appuyant sur|fond[ée]e?s? sur|sur la base d(?:e|[\'’])) (?:\\p{L}+ ){0,3}?(?:documents|fichiers|archives|dossiers|pièces|fuites|câbles|courriels)'],
};
