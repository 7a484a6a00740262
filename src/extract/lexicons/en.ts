import type { CueLexicon } from './types.ts';

/** Threat predicates: their subject is the threat warned of (threatPredicate below); also warning cues. */
/**
 * A threat noun heading a compound that names a kind of actor or trade ("is probably an Iranian threat actor",
 * "was a threat cluster", "is an advanced persistent threat group", "is a threat intelligence firm") describes
 * the group, it warns of nothing: `THREAT_COMPOUND` is the look-ahead/look-behind that keeps such a noun out.
 */
const THREAT_COMPOUND = '(?! (?:actors?|groups?|clusters?|intelligence|hunt\\p{L}*|researchers?|analysts?|landscape)(?!\\p{L}))(?<!persistent threats?)';
// Threatening a party with a consequence: "threatened X with sanctions" (profile `threatensParty`).
const THREATENS_PARTY = ['threaten(?:s|ed|ing)? (?:[\\p{L}\\p{N}.’\'-]+ ){1,4}?with (?:\\p{L}+ ){0,2}?(?:sanctions|retaliation|reprisals?|consequences|countermeasures|counter-measures|punishment|measures|response|action)(?!\\p{L})'];
const THREAT_PREDICATE = [`(?:is|are|was|were|remains?|remained|poses?|posed|represents?|represented|constitutes?|constituted) (?:\\p{L}+ ){0,3}?(?:threats?|danger|menace)(?!\\p{L})${THREAT_COMPOUND}`, '(?:is|are|was|were|remains?) (?:\\p{L}+ ){0,2}?(?:source|origin) of (?:\\p{L}+ ){0,1}?threats'];

/** Condemned objects that are no act of the accused: a decision, a policy, a law, sanctions or measures (the condemnation cues' negative lookahead). */
const NON_ACTS = 'decisions?|polic(?:y|ies)|laws?|legislation|bills?|bans?|sanctions|measures|expulsions?|rulings?|verdicts?';
const NOT_NON_ACT = `(?![»"”]? (?:[\\p{L}’'-]+ ){0,3}?(?:${NON_ACTS})(?!\\p{L}))`;

/** What is traced to the accused: the act, its traffic, its infrastructure or tools (pointsTo). */
const TRACED = 'attacks?|cyber-?attacks?|hacks?|hacking|intrusions?|breach(?:es)?|operations?|campaigns?|activity|activities|traffic|infrastructure|servers?|IP addresses|domains?|malware|spyware|ransomware';

/** Not ruling out that ...: a hedged finding whose negation is the hedge's own (profile `notRuledOut`). */
const NOT_RULED_OUT = ['(?:did|does|do|could|can|would|will) not rule out', "(?:didn|doesn|don|couldn|wouldn|won)[’']t rule out", '(?:cannot|can[’\']t) rule out', 'not ruling out'];

/** Source markers naming an investigation's finding, not who made it (`findingSources`). */
const FINDING_SOURCES = ['according to (?:the )?(?:(?:initial|preliminary|current|latest) )?(?:findings|results)(?: (?:so far|to date))?(?: of the (?:investigation|inquiry|probe))?', 'according to (?:the )?(?:investigators|investigation|inquiry|probe)'];

/** Source markers pointing back to the clause before (`sourceBack`). */
const SOURCE_BACK = ['according to which', 'under which'];

/**
 * Verbs of stopping an act (thwarting, repelling, neutralising), active: as with a discovery verb, the one who
 * stopped the act tells of it. Whose hit it was, claims/rules/reported-hit.ts decides from the words after it
 * (its own systems: a confirmation; another's: none). The passive ("was thwarted") names no defender.
 */
const DEFENCE_VERBS = ['(?<!(?:was|were|be|been|being|is|are) )(?:thwarted|foiled|repelled|repulsed|neutrali[sz]ed)', 'fended off'];

/** Qualifiers naming a report a sham: denials that carry the report they rebut. */
const SHAM_REPORTS = ['(?:pseudo|sham)[- ](?:investigations?|reports?|inquir(?:y|ies)|probes?)'];

// Threats of a response to a hostile party (profile `responseThreat`): a consequence, a price, accountability or a
// response promised, "those responsible will be held accountable", "they will pay a price", "the response will be inevitable". Warning cues whose party is the one threatened.
const RESPONSE_THREAT = [
    'pay (?:a|the) (?:\\p{L}+ )?price(?!\\p{L})', 'consequences', 'serious consequences', 'held to account', 'hold (?:\\w+ )?(?:to account|accountable)', 'will hold (?:\\w+ )?(?:responsible|accountable)', '(?:a|its|the) response (?:\\w+ ){0,4}?(?:is|was|will be|would be) inevitable',
    // Accountability promised: "those responsible will be held accountable", "will hold these malicious actors accountable".
    '(?:will|would|must|shall) (?:\\p{L}+ )?be held (?:fully )?(?:accountable|responsible|to account)(?!\\p{L})', 'hold (?:[\\p{L}\\p{N}\x27’-]+ ){2,4}?(?:to account|accountable)(?!\\p{L})',
];

export const en: CueLexicon = {
  lang: 'en',
  functionWords: ['the', 'of', 'and', 'to', 'its', 'is', 'was', 'that', 'with', 'for', 'said', 'has', 'have'],
  closedClass: ['as', 'when', 'while', 'since', 'but', 'also', 'then', 'however', 'although', 'though', 'after', 'before', 'meanwhile', 'moreover', 'furthermore', 'thus', 'yet', 'like', 'unlike', 'per', 'yesterday', 'earlier', 'later', 'because', 'if'],
  distinctLetters: [],
  complementizers: ['that'],
  factRelatives: ['which', 'something that'],
  notRuledOut: NOT_RULED_OUT,
  say: [...NOT_RULED_OUT, ...DEFENCE_VERBS, 'detected',
    // Counting attacks received: "the ministry recorded 300 attacks on its portals" (the one who counts speaks).
    '(?:recorded|registered|logged)(?= (?:[\\p{L}\\p{N},.-]+ ){0,4}?(?:cyber-?)?(?:attacks?|attempts?|intrusions?|incidents?)(?!\\p{L}))', '(?:is|are) aware of', '(?:has|have) (?:received )?reports of', 'reiterated', 'reiterates', 'recall(?:s|ed)(?= that)', 'inform(?:s|ed)(?= (?:(?:the|its|his|her|their) )?(?:[\\p{L}-]+ ){0,2}?that\\b)', 'repeated(?= that)', 'repeats(?= that)', 'assess', 'estimate[sd]?', 'believe', 'judge[sd]?', 'concluded?', 'announce[sd]?', 'reveal(?:s|ed)?', 'observed', 'identified', 'attributes', 
    'said', 'says', 'say', 'told', 'tells', 'stated', '(?<!United )states', 'claimed', "(?<!(?:['’]s|the|these|those|its|their|his|her|such|similar|earlier|previous|new|false|unfounded) )claims", 'added', 'noted', 'argued',
    'disclosed', 'revealed', 'reported', 'announced', 'asserted', 'insisted', 'stressed', 'explained', 'wrote',
    'testified', 'alleged', 'alleges', 'maintained', 'maintains', 'contended', 'believes', 'concluded', 'assessed',
    'assesses', 'found', 'determined', 'acknowledged', 'warned', 'emphasized', 'emphasised', 'indicated', 'declared',
    'saying', 'adding', 'noting', 'point(?:ed|s)? out', 'remarked', 'commented',
    // The present tense of the wire report and the rarer verbs of a statement ("contends that", "underscored that",
    // "affirmed", "replied that"); forms that are also nouns ("notes", "stresses", "highlights") only before "that".
    'affirm(?:s|ed)', 'reaffirm(?:s|ed)', 'contends', 'argues', 'insists', 'declares', 'testifies', 'explains', 'adds', 'writes',
    '(?:emphasi[sz]es|underscor(?:es|ed)|underlin(?:es|ed)|highlight(?:s|ed)|stresses|notes|observes|clarif(?:ies|ied)|specif(?:ies|ied)|repl(?:ies|ied)|respond(?:s|ed)|answer(?:s|ed)|mention(?:s|ed)|tweet(?:s|ed))(?= that\\b)',
    'tweeted',
    // Speaking of an act rather than stating a clause: "X spoke of Russian attacks", "X pointed to Chinese hackers".
    'sp(?:oke|eaks|eak) of', 'referred to', 'pointed to', 'points to',
    // Findings: the one who discovered speaks ("X discovered that ...", "X discovered a flaw exploited by ...").
    'discover(?:s|ed)',
    // Characterising an actor: "X describes the group as linked to Y", "the cluster, which X describes as".
    'describ(?:e|es|ed)(?= (?:[\\p{L}\\p{N}’\'-]+ ){0,4}?as\\b)',
    // ... or classifying it: "X characterises the cluster as a state-backed actor", "X classified the group as".
    '(?:characteri[sz](?:e|es|ed)|classif(?:y|ies|ied))(?= (?:[\\p{L}\\p{N}’\'-]+ ){0,4}?as\\b)',
    // Characterising a statement: "X described the accusations as groundless", "X dismissed the report as".
    'described (?:(?:the|these|those|this|that|such|its|their) )?(?:accusations?|allegations?|claims?|charges?|reports?)', '(?:dismissed|denounc(?:ed|es|ing)|condemn(?:ed|s|ing)) (?:(?:the|these|those|this|that|such|its|their) )?(?:accusations?|allegations?|claims?|charges?|reports?)',
    // ... or naming it: "X called the accusations groundless", "X called such reports a smear".
    'call(?:ed|s|ing) (?:the|these|those|such|this|that|all|its|their) (?:[\\p{L}-]+ )?(?:accusations?|allegations?|claims?|charges?|reports?|assertions?)',
    // Believing and thinking a finding, in the forms the list above lacks, before the clause only ("believed the flaw"
    // holds none; "believed to be" is a hedge): "the researchers believed that ...", "the firm thinks that ...".
    '(?:believed|thinks?|thought)(?<!(?<!\\p{L})(?:is|are|was|were|been|be) \\p{L}+)(?= (?:\\p{L}+ly )?that(?!\\p{L}))',
  ],
  // Speech verbs with no subject of their own ("…, it was said"): claims/impersonal-speech.ts.
  impersonalSay: ['it (?:was|is|has been) (?:said|stated|added|reported)'],
  sourceBefore: ['according to', 'as (?:revealed|disclosed|uncovered|stated|noted|announced|explained|detailed|first reported) by', 'citing', 'in the words of', 'as reported by', 'in the (?:assessment|view|judg(?:e)?ment|opinion|estimation) of', ...FINDING_SOURCES, ...SOURCE_BACK],
  findingSources: FINDING_SOURCES,
  sourceBack: SOURCE_BACK,
  accuse: [
    // Deploring, criticising or voicing condemnation of an act (its doer named after it, as with "condemned"):
    // "deplored the intrusion by X", "criticized the attack by X", "expressed strong condemnation of the campaign by X".
    // Only with an act as the object: "criticised the lack of backups" accuses no one.
    `(?:deplor(?:e|es|ed|ing)|critici[sz](?:e|es|ed|ing)|(?:express|voic)(?:e|es|ed|ing) (?:(?:its|their|his|her|the) )?(?:[\\p{L}-]+ )?condemnation of)(?= (?:[\\p{L}’'-]+ ){0,3}?(?:${TRACED})(?!\\p{L}))`,
    // The accusation as a noun with its target: "its accusations against X", "ses accusations contre X".
    '(?:accusations?|allegations?) against',
    'accus(?:e|es|ed|ing)', 'blam(?:e|es|ed|ing)', 'attribut(?:e|es|ed|ing)(?! to)', 'ascrib(?:e|es|ed|ing)(?! to)', 'ascribed to',
    'point(?:s|ed|ing)? (?:(?:the|an?) )?(?:accusing )?fingers? at',
    // Implicating a party in the act: "implicated Russian intelligence in the attack" (an object between; not the
    // passive or the participle: "officials were implicated in", "a group implicated in").
    "(?<!(?:is|are|was|were|be|been|being) )implicat(?:e|es|ed|ing) (?:[\\p{L}\\p{N}’'-]+ ){1,6}?in(?!\\p{L})",
    // Connecting the act to a party: "connected the campaign to Russian intelligence" (the object names the act).
    `connect(?:s|ed|ing)? (?=(?:[\\p{L}\\p{N}’'-]+ ){0,3}?(?:${TRACED})(?!\\p{L}))(?:[\\p{L}\\p{N}’'-]+ ){1,8}?to`,
    `denounc(?:e|es|ed|ing)${NOT_NON_ACT}`, 'call(?:s|ing) out',
    // Naming the culprit: "designated Russia as the perpetrator", "had designated X as responsible".
    "designat(?:e|es|ed|ing) (?:[\\p{L}\\p{N}’'-]+ ){1,5}?as (?:the )?(?:culprits?|perpetrators?|responsible|authors?|party responsible)(?!\\p{L})",
    // Suspicion of a named party: "suspect Russia of being behind", "suspects that Iran ..." (not the participle "suspected of").
    'suspect(?:s|ed)? (?:[\\p{L}\\p{N}’\'-]+ ){1,4}?of', 'suspect(?:s|ed)? that',
    'held (?:[\\p{L}-]+ ){0,4}?responsible', 'holds? (?:[\\p{L}-]+ ){0,4}?responsible', 'confronted', `condemn(?:s|ed)?${NOT_NON_ACT}`,
    'called out', 'charged', 'indicted', 'sanctioned', 'offer(?:ed|s|ing) (?:a )?rewards? for information (?:on|about)', 'imposed sanctions on', 'indictment against', 'attributed to',
    // Sanctions or charges announced for an operation: "announced charges and sanctions against", "imposed a travel ban on".
    'sanctions (?:on|against)', 'charges against', 'imposed (?:[\\p{L}-]+ ){0,3}?(?:sanctions?|bans?)(?: and (?:an? )?(?:[\\p{L}-]+ ){0,2}?(?:sanctions?|bans?|freezes?))? on',
    // "linked the campaign to Russia", "tied the theft of the cryptocurrency to Lazarus" (the active verb; "linked to"
    // alone ties an actor to its sponsor). The object may be a noun phrase with its complement.
    '(?:link(?:s|ed)?|tie[sd]?) (?!to\\b|by\\b)(?:[\\p{L}\\p{N}’\'-]+ ){1,8}?to',
    // ... and the act, its traffic or its tools traced to the accused by the subject: "the agency traced the intrusion back
    // to X" (as with "linked", the one who traced it accuses). Only the act right before "to": a longer object, an insertion,
    // and the passive "was traced to" are evidence told in another's words (pointsTo).
    `(?<!(?:is|are|was|were|been|be|being) (?:\\p{L}+ )?)traced (?:\\S+ ){0,4}?(?:${TRACED})\\S* (?:back )?to(?!\\p{L})`,
    // ... with "associate ... with": "the report associates the campaign with Russia" (not the participle after an
    // auxiliary or a noun: "is associated primarily with", "an actor associated with").
    '(?<!(?:is|are|was|were|be|been|being) )associat(?:es?|ed) (?!with\\b|by\\b)(?:[\\p{L}\\p{N}’\'-]+ ){1,8}?with',
    // ... in a relative clause whose antecedent is the object: "APT40, which FireEye linked to China", "a group that X tied to Iran".
    "(?<=(?:which|that|whom) (?:[\\p{L}\\p{N}’'.-]+ ){1,5})(?:link(?:s|ed)?|tie[sd]?) to",
    // ... with a longer subject before a perfect ("which two vendors and a national CERT have tied to Y"):
    // the auxiliary marks the relative's own verb, not a participle describing the antecedent ("an actor linked to Y").
    "(?<=(?:which|that|whom) (?:[\\p{L}\\p{N}’'.-]+ ){1,9}(?:have|has|had) )(?:linked|tied) to",
    // ... in the passive with its agent: "the campaign has been linked by X to Y" (the passive rule reads X as the accuser;
    // the active form above does not run through "by"). Only after an auxiliary: a bare participle ("the tool, linked by X to Y")
    // is left as before.
    '(?<=(?<!\\p{L})(?:was|were|been|being|is|are|be) (?:\\p{L}+ )?)(?:linked|tied|connected|associated)(?= by )',
    // ... with the agent after the accused: "the intrusion was linked to Y by X", "was traced back to Y by X" (only with a
    // "by" after it: "linked to Y" alone ties an actor to its sponsor; "by 2025", "by phishing" name no agent, the speaker
    // is then the claimant, as with "was attributed to Y").
    "(?<=(?<!\\p{L})(?:was|were|been|being|is|are|be) (?:\\p{L}+ )?)(?:linked|tied|connected|traced) (?:back )?to(?=(?: [\\p{L}\\p{N}’'.-]+){1,6}? by )",
    // ... and responsibility laid in the passive: "was pinned on Y" (the accused after the victim's preposition).
    '(?<=(?<!\\p{L})(?:was|were|been|being|is|are|be) (?:\\p{L}+ )?)pinned on',
    // Responsibility laid on the accused, who follows a victim's preposition: "blamed the outage on X", "was blamed on X",
    // "pinned the theft on X" (the last "on" within reach: "blamed the attack on the ports on X"; not "blamed X for").
    "blam(?:e|es|ed|ing) (?:(?!for\\b)[\\p{L}\\p{N}'’-]+ ){0,6}on", "pin(?:s|ned|ning) (?:(?!for\\b)[\\p{L}\\p{N}'’-]+ ){1,6}on",
  ],
  anaphora: ['this', 'that', 'these', 'those', 'such (?:accusations|allegations|claims|charges|reports)', 'the (?:accusations?|allegations?|claims?|charges?|reports?|case|incident|attack|campaign|group|operation)', 'the hackers', 'it'],
  claimsOwn: ['claim(?:s|ed|ing)? (?:responsibility|credit)', 'took (?:responsibility|credit)', 'takes? (?:responsibility|credit)',
    // "the group claimed the attack on ...", "has claimed the attacks".
    'claim(?:s|ed|ing)? (?:the|these|those|this|both) (?:[\\p{L}-]+ )?(?:attacks?|hacks?|breach(?:es)?|intrusions?|operations?|outages?)',
    // "claimed to have hacked ...", "claimed it had taken control of ...".
    'claim(?:s|ed|ing)? (?:to have|(?:that )?(?:it|they) (?:had|has|have)) (?:hacked|breached|encrypted|wiped|crippled|paralys|paralyz|taken down|knocked|seized|taken control|gained control|stolen|leaked|copied|deleted|exfiltrated|defaced|compromised|shut down)',
    // Admitting one's own act: "admitted to breaching ...", "admitted having hacked ...", "acknowledged that it had wiped ...".
    '(?:admit(?:s|ted|ting)?|acknowledg(?:es|ed|ing)) (?:to |that (?:it|they) (?:had|has|have) )?(?:having )?(?:hack|breach|encrypt|wip|crippl|paralys|paralyz|deface|knock|seiz|exfiltrat)\\p{L}*',
    // The passive: "the attack was claimed by ...", "attacks claimed by a pro-Russian group".
    'claimed(?= by )'],
  claimsOwnAgent: ['by'],
  claimsOwnAgentGroup: ['by (?:(?:an?|the|one) )?(?:[\\p{L}-]+ ){0,2}?(?:group|gang|collective|crew|hackers)'],
  unknownActors: ['who', 'whoever', 'nobody', 'no one', '(?:which|what) (?:country|state|group)'],
  unnamedStateActors: ['(?:an?|one) (?:foreign )?intelligence (?:service|agency)(?!\\p{L})(?= (?:\\S+ ){0,4}?(?:behind|responsible))', '(?:an?|one) ["“]?(?:[\\p{L}-]+ ){0,2}?(?:state|nation[- ]state|state-level)(?:[- ]sponsored|[- ]backed)? (?:actor|group|hacking group|hackers|threat actor|attacker|adversary)(?!\\p{L})', '(?:an?|one) (?:[\\p{L}-]+ ){0,2}?(?:group|actor) (?:sponsored|backed|directed) by (?:an?|one) (?:foreign )?(?:state|government)', 'on behalf of (?:an?|one) (?:foreign )?(?:state|government)', 'in the interests? of (?:an?|one) foreign (?:state|power|government|country)', '(?:an?|one) (?:foreign )?(?:state|government|nation-state)(?= (?:is|was|were|could be|might be|may be|must be|stands?|stood|could stand) (?:\\p{L}+ )?behind)', '(?:originat\\p{L}*|came|comes|coming|launched) (?:from|in) (?:an?|one) (?:specific |particular |single )?foreign (?:state|country|government|power)', '(?:carried out|conducted|perpetrated|launched|orchestrated|mounted|staged|sponsored|backed|directed|ordered|committed|done) by (?:an?|one) (?:specific |particular |single )?foreign (?:state|country|government|power)(?! (?:official|minister|leader|agenc|ministr)\\p{L}*)'],
  classifyingCopulas: ['(?:is|are|was|were|remains?|to be)(?: (?:most|highly|very|almost|certainly|probably|likely|possibly))*'],
  languageActors: ['(?:an?|one|the) (?:[\\p{L}-]+ ){0,2}?\\p{L}+[- ]speaking (?:[\\p{L}-]+ ){0,2}?(?:actors?|groups?|threat actors?|operators?|attackers?|hackers?|adversar(?:y|ies)|clusters?|crews?)(?!\\p{L})', '(?:an?|one) (?:[\\p{L}-]+ ){0,3}?(?:actors?|groups?|operators?|attackers?|hackers?) whose (?:native |first |working )?(?:language|tongue) is'],
  universalQuantifiers: ['any', 'every'],
  pointsTo: [
    // Evidence that points to the accused: "the traces point to China", "the trail leads to Moscow".
    // The evidence may be told of in an insertion: "the traces, including IP addresses and malware, pointed to China".
    '(?:traces?|evidence|clues?|indicators?|indications?|trails?|footprints?|forensics?)(?:,(?: [^\\s,]+){1,8},)? (?:\\S+ ){0,4}?(?:point(?:s|ed|ing)?|leads?|led) (?:\\S+ ){0,1}?(?:to|towards?|at)(?!\\p{L})',
    // The act or its infrastructure traced to the accused: "the attack had been traced to servers in Iran", "they
    // traced some of the infrastructure, among them staging servers, to an office in Tehran".
    // Only an act, its traffic or its tools are traced so ("an email was traced to a colleague" accuses no one).
    `(?:is|are|was|were|been|be) (?:\\p{L}+ )?traced (?:back )?to(?!\\p{L})(?<=(?<!\\p{L})(?:${TRACED})\\S*(?: \\S+){0,4} (?:is|are|was|were|been|be) (?:\\p{L}+ )?traced (?:back )?to)`,
    `(?:traced|tracing) (?:\\S+ ){0,4}?(?:${TRACED})\\S* (?:(?!to\\b)\\S+ ){0,10}?(?:back )?to(?!\\p{L})`,
  ],
  blame: [
    'is (?:itself )?the (?:real|biggest|largest|world[’\']s (?:largest|biggest)) (?:\\w+ ){0,2}?(?:hacker|hacking|source|threat|attacker)s?(?: empire)?','(?:is|was|were|are|be|been|being) (?:\\w+ )?behind', 'stands? behind', 'stood behind', '(?:is|was|were|are|be|been) (?:\\w+ )?(?:responsible|to blame) for', 'bears? responsibility',
    // The act marked as the accused's work: "the intrusion bears the hallmarks of X".
    '(?:bears?|bore|carr(?:y|ies|ied)|ha[sd]) (?:all )?the (?:hallmarks|fingerprints|signature|trademarks?) of'],
  headlineBlame: ['behind(?= (?:[\\p{L}\\p{N}-]+ ){0,4}?(?:cyber-?)?(?:attacks?|hacks?|breach(?:es)?|intrusions?|campaigns?|operations?|espionage|theft)(?!\\p{L}))'],
  doneBy: ['(?:carried|conducted|perpetrated|orchestrated|organi[sz]ed|coordinated|launched|committed|staged|mounted|masterminded|executed) (?:out )?by'],
  actOrigin: ['(?:came|come|comes|coming) from', '(?:originated|originates|stemmed|stems|emanated|emanates) (?:from|with)', '(?:was|were|been|be) traced (?:back )?to'],
  agentHedges: ['(?:believed|thought|suspected|assessed|said) to (?:be|have been)(?: (?:linked|tied|connected) to| from)?', 'suspected of being'],
  passive: ['was', 'were', 'been', 'being', 'is', 'are', 'be'],
  progressive: ['\\p{L}+ing'],
  accusedPassive: ['(?:is|are|was|were|been|being) (?:\\w+ )?accused'],
  accuseNoun: ['accusations?', 'allegations?', 'assertions?', 'claims?', 'charges?', 'attribution'],
  // Withdrawing a charge (claims/withdrawn-charge.ts): before the charge, and after its noun.
  withdrawals: ['(?<!(?:refus\\p{L}*|declin\\p{L}*|not|never) (?:to )?)(?:dropp(?:ed|ing)|drops?|withdr(?:ew|awn|awing|aws?)|quash(?:ed|es|ing)?|dismiss(?:ed|es|ing)?|rescind(?:ed|s|ing)?|vacat(?:ed|es|ing))'],
  withdrawnAfter: ['(?<!not )(?:were|was|have been|has been|had been|are being|is being) (?:later |quietly |formally )?(?:dropped|withdrawn|dismissed|quashed|rescinded|vacated)'],
  conditional: ['if', 'in case', 'even if'],
  // Admitting (claims/admitted-access.ts): the verbs among `confirm`, and others' access to one's systems told after them.
  admission: ['admit(?:s|ted)', 'acknowledg(?:es|ed)'],
  admittedAccess: ['(?:accessed|(?:gained|obtained|had) (?:unauthori[sz]ed )?access to) (?:its|their|our) (?:[\\p{L}’\'-]+ ){0,2}?(?:systems?|networks?|servers?|computers?|databases?|(?:e-?mail )?accounts?)(?!\\p{L})'],
  noEvidenceThat: [
    '(?:no |not (?:\\p{L}+ ){0,3}?(?:any )?)(?:\\p{L}+ )?(?:evidence|proof|indication|sign) (?:\\p{L}+ ){0,6}?(?:that|to (?:suggest|show|prove|link|tie|connect|determine))',
    // A lack of reason to believe it: "no reason to believe that its accounts were compromised".
    '(?:no |not (?:\\p{L}+ ){0,3}?any )(?:\\p{L}+ )?reasons? to (?:believe|think|suspect|assume|conclude)(?: that)?',
  ],
  soCalled: ['so-called'],
  conditionalOpeners: ['should', 'had', 'were'],
  interrogative: ['whether'],
  deny: [
    // Blanket negation: a hostile act negated over everyone ("we do not spy on anyone", "it spies on no one").
    "(?:not|n['’]t|never) (?:spy(?: on)?|spied on|eavesdrop(?:ped)? on|snoop(?:ed)? on|hack(?:ed)?|surveil(?:led)?|wiretap(?:ped)?) (?:anyone|anybody)",
    '(?:spy|spies|spied|eavesdrops?|snoops?) on (?:no one|no-one|nobody)',
    '(?:was|is|were|are) not aware of', '(?:has|have|had) (?:\\p{L}+ )?nothing to do with', 'oppos(?:es|ed) all (?:forms of )?cyber-?attacks',
    'den(?:y|ies|ied|ying)', 'reject(?:s|ed|ing)?', 'refut(?:e|es|ed|ing)', 'dismiss(?:es|ed|ing)?', 'rebuff(?:s|ed)?',
    'pushed back', 'push(?:es)? back', 'had no knowledge', 'has no knowledge', 'have no knowledge', 'no knowledge of',
    'not (?:been )?involved', 'firmly opposes?',
    // Rejecting with a rarer verb or an idiom; verbs that are also adjectives or nouns ("disputed islands", "trade
    // disputes", "brushed off questions") only with the accusation as their object.
    'repudiat(?:e|es|ed|ing)', 'rebut(?:s|ted|ting)?', 'rebuffing',
    '(?:disput(?:e|es|ed|ing)|contest(?:s|ed|ing)?|(?:brush(?:es|ed|ing)?|shrug(?:s|ged|ging)?|wav(?:e|es|ed|ing)) (?:off|aside|away)|scoff(?:s|ed|ing)? at|ridicul(?:es|ed|ing))(?= (?:(?:the|these|those|such|its|their|all|any|this|that) )?(?:[\\p{L}-]+ )?(?:accusations?|allegations?|claims?|charges?|reports?|attributions?|findings?|suggestions?)(?!\\p{L}))',
    // Denying a share in the act: "had no involvement in", "bears no responsibility for", "was in no way involved".
    '(?:ha[sd]|have|having|bears?|bore|borne) no (?:\\p{L}+ )?(?:involvement|responsibility)',
    // ... with the speaker's own pronoun as subject: "said it was not behind the attack", "we are not responsible for".
    '(?<=(?<!\\p{L})(?:it|we|they) )(?:is|was|are|were) not (?:\\p{L}+ )?(?:responsible for|behind)(?!\\p{L})', 'in no way (?:\\p{L}+ )?(?:involved|connected|linked|responsible)',
    // Denial of any role: "played no role whatsoever in", "had no part in".
    '(?:play(?:s|ed|ing)?|ha[sd]|have|having) no (?:\\p{L}+ )?(?:role|part) (?:whatsoever |at all )?in',
    // Negated perpetration: "Russia has never conducted offensive operations", "China does not carry out cyberattacks".
    '(?:has|have|had) never (?:\\w+ )?(?:conducted|carried out|launched|engaged in|sponsored|taken part in)(?= (?:\\w+ ){0,3}?(?:cyber-?attacks?|cyber ?operations?|offensive operations?|hacking|cyber-?espionage))',
    '(?:never|does not|do not|did not) (?:conducts?|carr(?:y|ies) out|launch(?:es)?|engages? in|sponsors?)(?= (?:\\w+ ){0,3}?(?:cyber-?attacks?|cyber ?operations?|offensive operations?|hacking|cyber-?espionage))',
    // Negated interference: "Russia has never interfered in elections", "we did not meddle in the vote".
    '(?:has|have|had) (?:never|not) (?:\\w+ )?(?:interfered|meddled)(?= in )', '(?:never|does not|do not|did not) (?:interfere|interferes|interfered|meddle|meddles|meddled)(?= in )',
  ],
  denyQualifier: [...SHAM_REPORTS,
    'not credible','groundless', 'baseless', 'unfounded',
    // The accusation named a slander or an absurdity: "called the allegations slanderous", "said the claims were absurd".
    '(?<=(?:is|are|was|were) (?:(?:a|all|nothing but|pure|outright|blatant) )?)lies?(?!\\p{L})', 'slander(?:s|ous)?', 'libel(?:l?ous)?', 'defamatory', 'unsubstantiated', 'preposterous', 'ridiculous', 'absurd', 'nonsens(?:e|ical)', 'far-fetched', 'ungrounded', 'without (?:any )?(?:factual )?(?:foundation|basis)',
    // ... or a political manoeuvre, as a predicate (not "politically motivated hackers").
    '(?<=(?:is|are|was|were|be|been|as|called|calls|calling) (?:[\\p{L}-]+ ){0,3}?)politically motivated(?![\\p{L}-])(?! (?:[\\p{L}-]+ )?(?:hack|attack|actor|group|cyber|campaign|operation|threat|ransomware|DDoS)\\p{L}*)', 'smear(?:s|ed)?', 'no evidence', 'no (?:traces?|signs?|indications?|hints?) of', 'without (?:any )?evidence', 'fabricat(?:ed|ion|ing)', 'false narratives?', 'concocted', 'cooked up', 'trumped[- ]up', 'made-up', 'made up by',
    // Calling what was reported untrue, as a predicate (not "false flag", "false positives"): "said the report was false", "rejected the reporting as false".
    '(?<=(?:is|are|was|were|be|been|as) (?:(?:completely|entirely|totally|wholly|patently|simply|categorically) )?)(?:false|untrue)(?![\\p{L}-])',
    // Naming the accusation disinformation: "called the report disinformation", "dismissed the claims as propaganda".
    '(?:called|calls|described|describes|branded|brands|labell?ed|dismissed|dismisses)(?! (?:for|on|upon) ) (?:\\S+ ){0,4}?(?:as )?(?:(?:a|an|pure|outright|blatant|more) )?(?:disinformation|misinformation|propaganda)'],
  responseThreat: RESPONSE_THREAT,
  warn: [...RESPONSE_THREAT, ...THREAT_PREDICATE, ...THREATENS_PARTY, 
    // A promise to (keep) pursuing hostile actors: "would keep pursuing Iranian hackers", "will prosecute those who ...";
    // what is pursued is hostile ("will pursue its plan" warns of no one).
    "(?:will|would|shall) (?:\\p{L}+ )?(?:continue to )?(?:pursu(?:e|ing)|prosecut(?:e|ing)|punish(?:ing)?|hunt(?:ing)? down|track(?:ing)? down)(?!\\p{L})(?= (?:[\\p{L}\\p{N}'’-]+ ){0,5}?(?:[\\p{L}-]*(?:hack|cyber|malicious|attack|spy|spies|espionage|intrusion|ransomware|criminal|thie[fv]|theft|perpetrator|culprit)|those (?:who|responsible)|anyone (?:who|responsible)))",
    'threats? posed by', 'would respond', 'threaten(?:s|ed)? to', 'in preparation to', '(?:all )?(?:the )?necessary (?:measures|steps)', 'advisor(?:y|ies)', 'alert(?:s|ed)?', '(?:pose|poses|posed) (?:a|an) (?:\\w+ )?(?:threat|risk)', 'will (?:continue|persist)',
    // A forecast that the actor goes on: "we expect TA-group to keep refining its tools", "will almost certainly continue".
    '(?:expect|anticipate)s? (?:[\\p{L}\\p{N}_-]+ ){1,4}?to (?:keep|continue|persist|go on)(?!\\p{L})', 'will (?:almost |most |very )?(?:certainly|likely|probably) (?:continue|persist)(?!\\p{L})', 'remain(?:s)? a (?:\\w+ )?threat', 'will respond', 'will not hesitate', 'recommend(?:s|ed)?', 
    'warn(?:s|ed|ings?)?', 
    // Cautioning, raising the alarm, vowing a response: "cautioned that", "sounded the alarm over", "vowed to hit back".
    'cautioned', 'cautions(?= (?:that|against|of|about)(?!\\p{L}))', '(?:sound|rais)(?:s|es|ed|ing)? (?:the|an?) (?:\\p{L}+ )?alarm',
    'vow(?:s|ed|ing)? to (?:\\p{L}+ )?(?:respond(?: to)?|retaliate|(?:hit|strike) back(?: (?:at|against))?|punish)(?!\\p{L})', 'would not stand for', 'will not stand for',
    'retaliat(?:e|ion)', 'deter',
    // Readiness to cooperate is an offer (a call, callFor), no warning: "stands ready to cooperate with all countries".
    'stands? ready to(?! (?:cooperate|work (?:together|with)|engage in))',
    // Readiness to answer an attack: "we are prepared to respond", "is ready to retaliate".
    '(?:am|is|are|was|were|remains?|stands?) (?:\\p{L}+ )?(?:prepared|ready) to (?:respond|retaliate|react)(?!\\p{L})(?! to (?:\\p{L}+ )?(?:questions?|inquiries|enquiries|queries|requests?|comments?))', 'will not tolerate', 'would not tolerate',
    // A vow to keep countering a threat: "will continue to confront malicious cyber activity", "would continue to combat
    // Iranian hackers"; what is countered is hostile ("would continue to fight fraud" warns of nothing).
    '(?:will|would) (?:\\p{L}+ )?continue to (?:\\p{L}+ )?(?:confront|counter|combat|fight|disrupt)(?!\\p{L})(?= (?:[\\p{L}\\p{N}\x27’-]+ ){0,5}?[\\p{L}-]*(?:hack|cyber|malicious|threat|actor|attack|spy|espionage|intrusion|ransomware))', 'reserves? the right',
  ],
  callFor: [
    // An order to investigate ("ordered the prosecutor's office to investigate", "ordered an inquiry"): the one who orders
    // calls for the inquiry, with no other party addressed (the investigators are its own); the cue is an appeal too.
    '(?:order|instruct)(?:s|ed)(?<!(?:was|were|been|being|is|are|be) (?:order|instruct)\\p{L}*)(?= (?:[^\\s.;:!?]+ ){0,6}?(?:to (?:investigate|look into|probe)|an? (?:\\p{L}+ )?(?:investigation|inquiry|probe))(?!\\p{L}))',
    // A directive to named addressees ("ordered all ministries to replace the routers", "instructed its departments
    // to patch"): the one who orders calls on them; the addressee stands between the verb and "to" with an infinitive.
    // An order with no addressee ("ordered the release of", "ordered a ransom") or in the passive ("were ordered to")
    // calls on no one.
    '(?:order|instruct)(?:s|ed)(?<!(?:was|were|been|being|is|are|be) (?:order|instruct)\\p{L}*)(?= (?:[^\\s.;:!?]+ ){1,6}?to (?!(?:the|a|an|its|their|his|her|this|that|these|those|be)(?!\\p{L}))\\p{L}{2,}(?!\\p{L}))',
    // A summons made to demand ("summoned the Russian ambassador to demand an explanation", "... and asked for"):
    // the summoner calls on the one summoned, whose state is named after the verb. A summons alone calls for nothing.
    "summon(?:s|ed|ing)?(?<!(?:was|were|been|being|is|are|be) summon\\p{L}*)(?= (?:[^\\s.;:!?]+ ){1,12}?(?:to|and|in order to) (?:(?:has|had|have|formally|also) )?(?:demand|seek|sought|request|ask|press|urge|call on)(?!\\p{L}))",
    'expects? (?:them|it|\\w+) to(?! (?:keep|continue|persist|go on)(?!\\p{L}))', 'hope[sd]? (?:the|that)', 
    'urg(?:e|es|ed|ing)', 'call(?:s|ed|ing)? (?:on|for|upon)', 'demand(?:s|ed|ing)?',
    // Pressing, imploring, pleading with, appealing to an addressee: "pressed Beijing to rein in", "appealed to X to".
    // "pressed" only with an addressee and its infinitive ("pressed ahead with", "pressed the minister on" call on no one);
    // "appeal" not as a noun ("the appeal to the court").
    '(?<!(?:was|were|been|being|is|are|be) )press(?:es|ed|ing)(?= (?:[^\\s.;:!?]+ ){1,6}?to (?!(?:the|a|an|its|their|his|her|this|that|these|those|be)(?!\\p{L}))\\p{L}{2,}(?!\\p{L}))',
    '(?<!(?:the|an?|its|their|this|that|his|her|our) )appeal(?:s|ed|ing)? to', 'implor(?:e|es|ed|ing)', 'plead(?:s|ed|ing)? with', 'pled with',
    'ask(?:s|ed)? (?:\\w+ )?to stop',
    'dialogue', 'stop (?:its|their|the) ', 'cease(?!d)',
    // Exhorting, and an appeal as a noun: "exhorts the governments to", "made an urgent appeal to the population".
    'exhort(?:s|ed|ing)?', '(?:ma(?:de|kes?|king)|issu(?:e|es|ed|ing)|launch(?:es|ed)?) an? (?:\\p{L}+ )?appeal', 'refrain from', 'ready to work with',
    // An offer of cooperation, a call that needs no addressee (appeal): "China stands ready to cooperate with all countries".
    '(?<!not |n[’\\x27]t )(?:ready|willing|prepared) to (?:cooperate|work (?:together|with)|engage in (?:a )?dialogue)',
  ],
  negativeConcord: ['nothing', 'none', 'no', 'any', 'anything', 'anyone', 'whatsoever'],
  // "not only ... but also" adds to the verb, it negates nothing.
  negation: ['not(?! only| just| merely)', 'never', 'no', 'cannot', 'can[’\']t', 'n[’\']t', 'neither', 'nor', 'unable to',
    // Abstaining from the act: "stopped short of blaming", "refrained from accusing", "declined to name", "without blaming".
    'stop(?:ped|s)? short of', 'refrain(?:ed|s|ing)? from', 'declin(?:ed|es|ing) to',
    // Not "without doubt", "without hesitation" (an affirmation).
    'without(?! doubt| a doubt| any doubt| hesitat)'],
  confirm: [
    '(?:was|were|has been|have been|had been) the (?:object|target) of (?:a|an|several|multiple|repeated)(?!\\p{L})', '(?:came|come|comes) under (?:a |an )?(?:[\\p{L}-]+ ){0,2}?(?:cyber-?)?attacks?',
    // Become the target (a perfect or past, not "could become"): "has become the target of a cyberattack".
    '(?:(?:has|have|had) become|became) (?:the )?(?:latest )?(?:target|victim) of (?:a|an|several|multiple|repeated)(?!\\p{L})',
    // Attacks received, counted or not: "the portals have received 40 million attacks".
    '(?:has|have|had) received (?:[\\p{L}\\p{N},.-]+ ){0,4}?(?:cyber-?)?attacks', 'detecting (?:["“]?)unauthori[sz]ed', '(?:was|were|had been|has been|have been) (?:successfully )?(?:repelled|thwarted|fended off)','(?:was|were|had been|has been|have been) (?:(?!not |never )\\w+ )?(?:hacked|breached|targeted|attacked|compromised|hit|struck|infiltrated|penetrated)', 'verif(?:ies|ied)(?= that)', 'experienced (?:a|an|heavy)', 'detected (?:unauthori[sz]ed|suspicious|malicious)', 'suffered (?:a|an)', '(?:was|had been|has been) (?:the )?(?:latest )?victim of (?:a|an)(?!\\p{L})', 'f[ae]ll(?:s|en)? victim to (?:a|an)(?!\\p{L})', 'confirm(?:s|ed)?', 'acknowledg(?:e|es|ed)', 'admitted', 'admits'],
  selfJustification: [
    // Restricted to lawful use: "was only used lawfully", "used only with a judge's warrant".
    '(?:only|solely|exclusively) (?:\\p{L}+ ){0,3}?(?:lawfully|legally|in accordance with (?:the )?laws?|within the (?:law|legal framework)|with (?:a )?court (?:approval|orders?|warrants?)|against (?:criminals|terrorists|serious crime))',
    // "against criminals, not against opponents"; "not the company itself but its customers".
    'against (?:\\p{L}+ ){0,2}?(?:criminals|terrorists),? (?:and )?not against',
    'not (?:\\p{L}+ ){0,3}?(?:itself|themselves),? but',
  ],
  toolMaker: [
    '(?:spyware|surveillance(?:-technology| technology| software)?|hacking(?:-tool| tool)s?|intrusion software) (?:makers?|vendors?|firms?|company|developers?|manufacturers?|sellers?)',
    '(?:developed|made|built|created|sold|marketed) by',
  ],
  deniedBy: ['(?:rejected|denied|dismissed|refuted|disputed)(?: outright| swiftly| promptly)? by'],
  confirmedBy: ['(?:confirmed|acknowledged) by'],
  hostile: ['eavesdropp(?:ed|ing)', 'accessed', 'exploit(?:ed|ing|ation)?', 'threat actors?', 'prepositioned', 'pre-positioned', 'wiper', 
    // A cyber means deployed for a hostile purpose ("uses its cyber capabilities to obtain ...", "setzt seine Cyberfähigkeiten ein, um ... zu beschaffen"):
    // the means and the purpose together tell the act; a defensive purpose ("to protect ...") is no such verb.
    `(?:cyber[- ]?(?:capabilit(?:y|ies)|means|tools|weapons|operators|units?)|hackers|malware|spyware|(?:hacking|spying|surveillance|intrusion) (?:tools?|software|programs?)) ${'(?:\\S+\\s+){0,6}?'}(?:in order )?to (?:obtain|acquire|procure|gather|collect|harvest|siphon|exfiltrate|surveil|snoop on|eavesdrop on)(?![\\p{L}])`,
    'targets?', 'victims?',
    // Security incidents and breaches: a hit told by its kind ("a security incident is being investigated").
    '(?:(?:cyber-?|IT |information )?security|cyber) incidents?', 'security breach(?:es)?',
    'hack(?:s|ed|ing|ers?)?', 'cyber-?attacks?', 'attack(?:s|ed|ers?|ing)?', 'breach(?:es|ed)?', 'intrusions?',
    'espionage', 'cyberespionage', 'spy(?:ing)?', 'spies', 'infiltrat(?:e|ed|ion)', 'compromis(?:e|ed)', 'hijack(?:ed|ing)?',
    'seized control', 'stealing', 'stole', 'steal', 'theft', 'malware', 'ransomware', 'sabotage', 'wiretap(?:s|ping)?',
    'got inside', 'got into (?:(?:its|their|the|our) )?(?:[\\p{L}-]+ ){0,2}?(?:networks?|systems?|servers?|accounts?|computers?)', 'gained (?:unauthori[sz]ed )?access', 'unauthori[sz]ed access', 'broke into', 'break into', 'broken into', 'breaking into', 'going after', 'targeted', 'targeting', 'interfer(?:e|ed|ence)',
    'meddl(?:e|ed|ing)', 'surveillance', 'intercept(?:ed|ing)?', 'cyber activity', 'operations? against',
    '(?:hardest-)?hit', 'culprits?', 'perpetrators?', 'saboteurs?', 'involvement', 'footholds?', 'outages?', 'disrupt(?:ed|ing|ion|ive)?', 'knocked (?:\\w+ )?offline',
    'defac(?:e|ed|es|ing|ement|ements)', 'wiped', 'encrypted', 'paralys(?:e|ed|ing)', 'paralyz(?:e|ed|ing)', 'crippl(?:e|ed|ing)',
  ],
  // Joining another's attribution: co-signing an advisory, backing an assessment.
  perpetratorRemedy: ['(?:release|releases|released|provide|provides|provided|give|gives|gave|hand over|hands over|handed over|share|shares|shared|publish|publishes|published) (?:\\p{L}+ ){0,3}?(?:decryption keys?|decryptors?|keys? to (?:decrypt|unlock))'],
  unnamedGroupHeads: ['groups?', 'hackers?', 'hacktivists?', 'gangs?', 'collectives?', 'crews?'],
  ownOperatives: ['its (?:own )?(?:cyber[- ]?)?(?:specialists|experts|operatives|units?|hackers|forces)'],
  operationAgainst: ['(?:special |cyber[- ]?)?operations? against'],
  actorNouns: ['hackers?', 'threat actors?', 'actors', 'spies', 'spy agency', 'operatives', 'cyber ?criminals', 'intelligence officers', 'officers', 'agents'],
  victimNouns: ['victims?'],
  targetNouns: ['targets', '(?:people|individuals|organi[sz]ations|entities|accounts|companies) targeted'],
  victimSpread: ['includ(?:ed|es|e|ing)', '(?:were|are|was|is) (?:mostly |mainly |largely )?(?:located|based|found|spread|concentrated) in'],
  userNouns: ['(?:internet |mobile |smartphone )?users', 'subscribers'],
  hitNouns: ['systems', 'networks', 'servers', 'banks', 'hospitals', 'organi[sz]ations', 'infrastructures?'],
  hitNounModifiers: ['government', 'state', 'public', 'federal', 'municipal', 'local'],
  hostileVerbs: ['to attack', 'disrupt(?:s|ed|ing)?', '(?<!(?<!\\p{L})(?:the|a|an|this|that|its|their|of|for) )sabotag(?:e|es|ed|ing)', 'paraly[sz](?:e|es|ed|ing)', 'attack(?:ed|ing)', 'hack(?:ed|ing)', 'breach(?:ed|ing)', 'compromis(?:ed|ing)', 'infiltrat(?:ed|ing)', 'penetrat(?:ed|ing)'],
  patientPassive: ['(?:was|were|been) (?:hacked|breached|attacked|compromised|infiltrated|infected)'],
  governmentOfLeader: ['(?:the )?(?:government|administration|regime|cabinet) of(?: (?:President|Prime Minister|Premier|Chancellor))?'],
  governmentAfterLeader: ["(?:['’]s )?(?:administration|government|regime|cabinet)(?![\\p{L}])"],
  victimStates: ['(?:the|its|their|these|those|all|any|our) (?:\\p{L}+ly )?(?:compromised|hacked|breached|infected|hijacked|affected)(?! by)'],
  defendantNouns: ['nationals?', 'citizens?', 'brothers', 'men', 'women', 'individuals?', 'persons?', 'residents?', 'suspects?', 'defendants?', 'leaders?', 'members?', 'operators?', 'compan(?:y|ies)', 'firms?', 'entities', 'contractors?'],
  defendantOrigin: ['of', 'from'],
  similar: ['(?<!-)backed', 'st(?:ood|ands) behind', 'sided with', 'join(?:s|ed|ing)? (?:us|in|the|it|them)', 'issued (?:their|its) own', 'concurring', 'parallel (?:action|statements?|attributions?)', 'similar', 'likewise', 'echoe?s?d?', 'co-?signed', '(?:it|advisory|statement|declaration|report|document|alert|bulletin|guidance) (?:is |was |has been |had been |are |were )?signed(?= by )', 'co-?sealed', 'co-?authored', 'joined (?:the|in|it|them)', 'endorsed', 'supporting the', 'backing (?:the|this|that|its|their)', 'in support of', 'concurred'],
  likeness: ['similar'],
  statementNouns: ['statements?', 'assessments?', 'conclusions?', 'findings?', 'reports?', 'announcements?', 'declarations?', 'judge?ments?', 'determinations?', 'remarks?', 'comments?', 'positions?', 'views?', 'concerns?', 'warnings?', 'terms', 'vein', 'way', 'manner', 'fashion'],
  joinVerbs: ['(?<!-)backed', 'st(?:ood|ands) behind', 'sided with', 'join(?:s|ed|ing)? (?:us|in|the|it|them)', 'joined (?:the|in|it|them)', 'co-?signed', '(?:it|advisory|statement|declaration|report|document|alert|bulletin|guidance) (?:is |was |has been |had been |are |were )?signed(?= by )', 'endorsed', 'supporting the', 'in support of', 'concurred'],
  agentMarkers: ['by'],
  joint: ['together with', 'jointly with', 'alongside', 'in (?:partnership|coordination|conjunction) with', 'in (?:a )?joint (?:statement|advisory|declaration|warning) with', '(?:partner|allied) (?:agencies|governments|services) (?:from|in|of)', 'partners (?:from|in)', 'co-?signed by', 'joined by', '(?:has |have |had )?joined(?: forces with)?(?=[^.;!?]{1,160}joint (?:cybersecurity |technical )?(?:advisory|statement|declaration|alert|report|bulletin|warning))', '(?:with (?:its|their|our) )?(?:counterparts|allies) (?:from|in|of)', 'join(?:s|ed)?(?=\\s+(?:[^\\s.;!?]+\\s+){1,80}?(?:to|in) (?:publish|release|issue)(?:ing)?\\b)'],
  alsoDid: ['as (?:did|have|has|had)'],
  jointActs: ['joint (?:cybersecurity |technical )?(?:advisory|statement|declaration|warning|alert|report|bulletin|attribution)'],
  jointRefs: ['the (?:authoring|participating|co-?signing|partner|allied) (?:agencies|governments|states|partners|services|nations)', 'the (?:partners|allies|co-?signatories|signatories)', '(?:the|all) (?:two|three|four|five|six|seven|eight) (?:agencies|governments|services|countries|nations)', 'both (?:agencies|governments|services|countries|nations)', 'the agencies'],
  cooperation: [
    // Partners listed as examples ("partners such as X and Y", "nos partenaires, tels que X"): they side with the speaker.
    'partners?(?: [\\p{L}-]+){0,2},? (?:such as|including|like)', 'allies(?: [\\p{L}-]+){0,2},? (?:such as|including|like)',
    'cooperat(?:e|es|ed|ing) (?:closely |further )?with', 'in (?:close )?(?:cooperation|collaboration) with', 'collaborat(?:e|es|ed|ing) (?:closely )?with', 'work(?:s|ed|ing)? closely with'],
  modal: ['should', 'must', 'has to', 'have to', 'needs to', 'need to', 'ought to'],
  // "must assume that ...", "should expect ...": a modal before a verb of expectation warns of what is to come (claims/rules/modal-call.ts).
  expectAfterModal: ['assume', 'expect', 'anticipate', 'reckon with', 'be prepared for', 'be ready for'],
  ascribedTo: ['to'],
  victim: ['against', 'on', 'into', '(?<=(?:intrusions?|break-ins?|breach(?:es)?|attacks?|hacks?) )in', 'targeting', 'targeted', 'at', 'going after', 'inside', 'victims? (?:of|in)'],
  linkedTo: ['linked to', 'operat(?:ing|es|ed) (?:from|out of)', 'originating (?:from|in)', 'emanating from', 'overlap(?:s|ped|ping)? (?:\\p{L}+ )?with', 'tied to', 'connected to', 'backed by', 'sponsored by', 'working for', 'acting for', 'on behalf of', 'at the (?:behest|direction|instigation|orders?|request) of', '(?:on|under) (?:the )?(?:direct )?orders? (?:of|from)', 'under the direction of', 'affiliated with', 'associated with', 'run by', 'in the interests? of', '(?:serv(?:es|ing|e|ed)) the interests of'],
  // A parliamentary question's header, its authors inside it, the heading of its answer (claims/asker.ts).
  questionNouns: ['written (?:parliamentary )?questions?', 'parliamentary questions?', 'oral questions?'],
  askerRefs: ['the questioners?'],
  answerHeads: ['answer', 'reply'],
  memberRefs: ['the (?:lawmaker|legislator|MP|senator|congress(?:man|woman)|parliamentarian|deputy)'],
  appeal: ['(?<!not |n[’\\x27]t )(?:ready|willing|prepared) to (?:cooperate|work (?:together|with)|engage in (?:a )?dialogue)', '(?:order|instruct)(?:s|ed)', 'urg\\p{L}*', 'call(?:s|ed)? (?:on|for|upon)', 'appeal\\p{L}*',
    // Pressing an addressee to act (the call cue holds the addressee and its infinitive): "pressed regulators to publish".
    'press(?:es|ed)', 'exhort\\p{L}*', '(?:ma(?:de|kes?|king)|issu(?:e|es|ed|ing)|launch(?:es|ed)?) an? (?:\\p{L}+ )?appeal'],
  modifierSuffix: ['linked', 'backed', 'based', 'sponsored', 'affiliated', 'aligned', 'nexus', 'made', 'connected', 'supported', 'directed', 'controlled'],
  relativePronouns: ['whom', 'which', 'who', 'that'],
  objectRelatives: ['which', 'whom', 'who'],
  relativeClauseOpeners: ['who', 'whom', 'whose', 'which'],
  stateWords: ['(?:Member )?States?'],
  ownRefs: ["(?:its|our|their own) (?:[\\p{L}-]+ ){0,2}?(?:systems?|networks?|servers?|websites?|sites?|portals?|platforms?|infrastructure|services?|accounts?|devices|employees|staff|customers|data|communications|e-?mails?)", "the country['’]s", "the company['’]s"],
  nonFiniteHit: ['being', 'having (?:been|fallen|suffered)'],
  potential: ['could', 'might', 'may(?<!in may)(?! \\p{N})', 'would', 'can'],
  hitEffects: ['technical (?:problems?|issues?|difficulties|failures?|glitch(?:es)?)', 'outages?', '(?:went|gone|go|goes|taken|knocked) offline', '(?:production|operations) (?:(?:was|were|has been|had been|have been) )?(?:halted|stopped|suspended|shut down)', '(?:halted|stopped|suspended) (?:its |all )?(?:production|operations)'],
  affectedHits: ['(?:was|were|is|are|been|being) (?:\\p{L}+ly )?(?:affected|impacted)'],
  stateOwnRefs: ["(?:of|in|across|throughout|around) the country(?!['’])", '(?:state|government|governmental|federal|ministry|ministries|public[- ]sector)(?: [\\p{L}-]+){0,3}? (?:networks?|systems?|websites?|sites|portals?|services|servers?|infrastructure|platforms?)', '(?:networks?|systems?|websites?|portals?|servers?|infrastructure|platforms?) of (?:the )?(?:[\\p{L}\\p{N}-]+ ){0,2}?(?:ministries|government|government agencies|state agencies|federal agencies)(?!\\p{L})'],
  nationalSystems: ['national'],
  unnamedOfficials: ['(?:(?:government|state|senior) )?officials', '(?:the )?authorities', 'the government', 'investigators', 'prosecutors'],
  possessive: ['of'],
  originPlace: ['from (?:the )?(?:territory|soil) of'],
  // "(hereafter VNA)": the short form the bracket defines follows.
  shortFormLead: ['hereafter', 'hereinafter'],
  // A body taken up by its kind noun: the body named just before, not the last speaker (claims/kind-noun-ref.ts).
  bodyKindNouns: ['agency', 'ministry', 'department', 'bureau', 'regulator', 'watchdog', 'directorate'],
  organNouns: ['minister', 'ministry', 'ministries', 'agency', 'service', 'office', 'department', 'directorate', 'cent(?:re|er)', 'bureau', 'embassy', 'police', 'authority', 'administration', 'government', 'council', 'command'],
  appositionOrgans: ['services?', '(?<!news )agency', 'directorate', 'bureau', 'institute', 'unit', 'command', 'police', 'ministry', 'department', 'committee', 'intelligence', 'cent(?:re|er)'],
  portfolios: ['Interior', 'Home Affairs', 'Defen[cs]e', 'Foreign Affairs', 'External Affairs', 'Foreign Affairs and Trade', 'Justice', 'Finance', 'Economy', 'Digital Affairs', 'Communications'],
  personPronouns: ['he', 'she', 'him', 'her'],
  subjectAsides: ['for (?:its|their|his|her) part', 'in turn', 'meanwhile'],
  envoyNouns: ['ambassadors?', 'envoys?', 'charg[ée] d[’\']affaires'],
  postingMarkers: ['in', 'to', 'to the', 'in the'],
  ourPossessives: ['our'],
  roleBodyMarkers: ['at', 'of', 'from', 'with'],
  ownerPossessives: ["'s", '’s'],
  selfPossessives: ['our'],
  selfRefs: ['we'],
  bylineTeam: ['(?:[\\p{L}-]+ ){0,3}team'],
  selfAt: ['at', 'here at'],
  intervieweeBefore: ['interview with', 'interviewed', 'spoke with', 'spoke to', 'talked to', 'talked with', 'sat down with'],
  citedFindings: ['(?:the )?findings (?:by|of|from)', '(?:new )?research (?:by|from)', 'a report (?:by|from)', 'citing'],
  statementTitles: ['statement (?:by|of|from)', 'remarks (?:by|of)', 'comments? (?:by|of)', 'press release', 'declaration (?:by|of)', 'communiqu[ée] (?:by|of)'],
  titleTopics: ['on'],
  // The one named last: "the latter" (claims/latter-ref.ts); not its possessive ("the latter's network").
  latterRefs: ["the latter(?!['’])"],
  backRefs: [
    'it', 'they', 'the (?:foreign )?ministry', 'the department', 'the agency', 'the bureau', 'the director', 'the minister',
    'the spokesperson', 'the spokesman', 'the spokeswoman', 'the official', 'the diplomat', 'the (?:\\w+ )?chief',
    'the secretary', 'the ambassador', 'the government', 'the statement', 'the paper',
    // An envoy and a state's other offices by their kind ("the envoy", "the consul", "the diplomatic mission", "the
    // regulator", "the watchdog"): not "the authority" nor "the mission", as often a power or a task rather than who
    // speaks, nor "the embassy", which is the publisher or the embassy named last, not the speaker before (embassyRefs).
    'the (?:special )?envoy', 'the consul', 'the diplomatic mission', 'the regulator', 'the watchdog',
  ],
  // A news outlet by its kind, pointing back to the outlet named before (outlet-ref.ts); never the outlet's audience.
  outletRefs: ['the (?:daily |weekly )?newspaper', 'the (?:news )?magazine', 'the news agency', 'the wire service', 'the broadcaster', 'the tabloid', 'the news (?:outlet|site|website)'],
  // An embassy by its kind noun alone: its own statement's self-reference, else the embassy named last (claims/kind-noun-ref.ts).
  embassyRefs: ['the embassy'],
  embassyNouns: ['embass(?:y|ies)'],
  companyRefs: ['the company', 'the organi[sz]ation', 'the firm', 'the vendor', 'the (?:cyber)?security (?:company|firm|vendor)', 'sources (?:at|within|inside) the (?:company|firm)'],
  companyRefDeterminers: ['the'],
  companyRefComplements: ['of'],
  stateBodyRefs: ['the (?:defen[cs]e|finance|interior|justice|home|digital|economy) ministry', 'the (?:ministry|department) of (?:defen[cs]e|finance|the interior|justice|home affairs)'],
  nationalBodyKinds: ['commission on elections', 'elections? commission', 'electoral commission', 'elections? (?:board|council|authority)', 'social security', 'national police', 'privacy commission', 'data protection (?:authority|commission|office|agency)'],
  investigatingBodies: ['(?:(?:federal|state|public) )?prosecutors', '(?:the )?police', 'investigators', 'the prosecution', 'the prosecutor(?:[’\']s office)?'],
  bodyPlaceLinks: ['of', 'in', 'for'],
  reportRefs: ['the (?:report|study|analysis|white paper|investigation|inquiry|probe|forensic analysis)', 'the (?:joint )?(?:cybersecurity )?advisory', 'its (?:report|study|analysis|investigation|inquiry|probe)'],
  reportNouns: ['reports?', 'advisor(?:y|ies)', 'stud(?:y|ies)', 'analys[ie]s', 'white paper', 'investigations?', 'inquir(?:y|ies)', 'probes?'],
  reportedContent: ['information', 'reporting', 'stor(?:y|ies)', 'articles?'],
  shamReports: SHAM_REPORTS,
  findingVerbs: ['shows?', 'showed', '(?:has|have) shown', 'demonstrat(?:es|ed)', 'establishe[sd]', 'finds', 'concludes', 'uncovered', 'confirm(?:s|ed)(?= that)'],
  staffRefs: ['the researchers', 'its researchers', 'the analysts', 'its analysts', 'the investigators', 'its investigators', 'the (?:research |technical |intelligence |investigation )?team', 'its (?:research |technical |intelligence )?team'],
  accusationBy: ['of', 'by', 'from'],
  accusationAgainst: ['against', 'targeting'],
  eventRelatives: ['in which', 'during which', 'in the course of which'],
  staffNouns: ['(?:security |threat |cybersecurity )?researchers', 'analysts', 'investigators', 'experts', 'specialists'],
  quantifiers: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'several', 'some', 'many', 'most', 'few', 'both', 'dozens', 'hundreds', 'numerous', 'other', 'various'],
  companyNouns: ['(?:(?:cyber-?)?security |tech(?:nology)? |software |telecoms? |IT |intelligence )?(?:firms?|compan(?:y|ies)|vendors?|providers?|start-?ups?)', '(?:tech(?:nology)?|software|internet) giants?', '(?:(?:cyber-?)?security |threat )?researchers', '(?:(?:cyber-?)?security )?(?:analysts|experts|specialists)', '(?:news )?media', 'press', '(?:news )?outlets?', 'newspapers?', '(?:(?:human |civil |digital |privacy )?rights|civil[- ]liberties|advocacy|non-?profit|press[- ]freedom) (?:groups?|organi[sz]ations?)', 'NGOs?'],
  stateOffices: ['chancellor', '(?:foreign|home|defen[cs]e) secretary', 'secretary of state', 'attorney general'],
  roles: [
    'minister', 'secretary', 'spokes(?:person|man|woman)', 'director', 'adviser', 'advisor', 'coordinator', 'ambassador',
    'president', 'prime minister', 'chancellor', 'chief', 'head', 'deputy', 'under secretary', 'official', 'envoy',
    'commander', 'general', 'senator', 'diplomat', 'chairman', 'chair', 'attorney general', 'press secretary',
    // offices that introduce a name as a role does ("US Attorney X", "Ranking member X")
    'attorney', 'prosecutor', 'lawmaker', 'member', 'representative', 'congress(?:man|woman)', 'MP', 'leader',
    // the same offices and ranks abbreviated before a name ("Sen. X", "Rep. X", "Gov. X", "Adm. X")
    'Sen\\.', 'Rep\\.', 'Gov\\.', 'Gen\\.', 'Adm\\.', 'Col\\.',
    // people quoted for their expertise ("Kaspersky researcher X", "according to the analyst X")
    'researcher', 'analyst', 'expert', 'specialist', 'scientist', 'professor',
    // offices of diplomacy and of government the list lacked ("Uruguayan consul X", "governor X", "Commissioner X")
    'consul', 'governor', 'under-?secretary', 'commissioner', 'mayor', 'charg[ée] d[’\']affaires',
  ],
  memberRoles: ['MPs?', 'lawmakers?', 'legislators?', 'parliamentarians?', 'members? of parliament', 'senators?', 'representatives?', 'congress(?:man|woman|members?)', 'Sen\\.', 'Rep\\.', 'shadow (?:\\p{L}+ )?(?:minister|secretary|chancellor|spokes(?:person|man|woman))', 'leader of the opposition', 'opposition leader', '(?:party )?leader', 'party (?:chair(?:man|woman)?|president)', 'secretary[- ]general', 'general secretary'],
  oppositionRoles: ['shadow (?:\\p{L}+ ){0,2}(?:minister|secretary|chancellor|spokes(?:person|man|woman)|attorney general)', 'shadow cabinet'],
  partyMembership: ['members? of', 'belonging to'],
  honorifics: ['Mr\\.?', 'Mrs\\.?', 'Ms\\.?', 'Dr\\.?'],
  continuation: ['also', 'moreover', 'furthermore', 'in addition', 'additionally', 'secondly', 'second', 'third(?:ly)?', 'finally'],
  recommendHeads: ['recommendations?', 'recommended (?:actions|mitigations)', 'mitigations?', 'mitigation (?:steps|measures)', 'what (?:you|organi[sz]ations|defenders) (?:can|should) do'],
  advisoryAudience: ['organi[sz]ations?', 'compan(?:y|ies)', 'businesses', 'firms', '(?:network |system )?(?:operators|administrators|defenders|owners)', '(?:software )?developers', 'users', 'customers', 'the public', 'utilities', 'agencies'],
  adviseVerbs: ['recommend(?:s|ed)?'],
  consumers: ['users', 'customers', 'clients', 'members', 'subscribers', 'consumers'],
  harmIntent: ['(?:prepar(?:ing|ed|es?)|poised|readying|ready) (?:themselves |itself )?to (?:\\p{L}+ ){0,2}?["“]?(?:wreak|cause|inflict|disrupt|destroy|sabotage|cripple)'],
  actForecast: ['will (?:almost |most |very )?(?:certainly |likely |probably )?(?:continue|persist|go on|not stop|not cease)(?!\\p{L})'],
  forecastJoin: ['and'],
  hostilePursuit: ['(?:tr(?:y|ies|ying)|seek(?:s|ing)?|attempt(?:s|ing)|efforts?|aim(?:s|ing)|continu(?:e|es|ing)|keep(?:s|ing)?) (?:to )?(?:(?!stop|prevent|block|fend|counter|thwart|detect|defend|repel|mitigate|fight|deter)\\p{L}+ ){0,2}?(?:attack|exploit|get into|break into|penetrat|infiltrat|steal|compromis|hack|spy on|breach|target)\\p{L}*'],
  enemyNouns: ['the enemy', "the enemy's", 'enemy forces'],
  messageNouns: ['messages?', 'text messages?', 'SMS', 'display boards?', 'screens?', 'banners?', 'ransom notes?', 'pop-ups?'],
  governmentNouns: ['(?:the )?(?:federal |national |state )?(?:government|authorities|cabinet)'],
  // A demand fronted as the source of a modal (claims/rules/fronted-demand.ts): "As X has long demanded, states should".
  frontedDemand: ['as (?:[^\\s,.;:!?]+ ){1,5}?(?:(?:has|have|had) )?(?:(?:long|repeatedly|often|previously|also|rightly|consistently) )?(?:demand(?:s|ed)|urg(?:es|ed)|call(?:s|ed) for|insist(?:s|ed)|recommend(?:s|ed)|advocat(?:es|ed))(?!\\p{L})'],
  inquiryNouns: ['investigations?', 'inquir(?:y|ies)', 'enquir(?:y|ies)', 'probes?'],
  // Money as a demand's object (claims/money-demand.ts): a ransom or a price asked, no call.
  moneyDemands: ['ransoms?', 'money', 'payments?', '(?:US )?dollars', 'euros', 'bitcoins?', 'cryptocurrency'],
  statuteHeads: ['of (?:the |its |their )?(?:\\p{Lu}\\p{L}* ){0,3}(?:Constitution|Convention|Covenant|Declaration|Charter|Treaty|Act|Code|Regulation|Statute)s?(?!\\p{L})'],
  parentOfNext: ["['’]s", '-owned', '-run'],
  parentAfter: ['(?:a|an|the) (?:\\p{L}+ )?(?:subsidiary|unit|division|arm) of(?: the)?(?: \\p{L}+)?'],
  unitOf: ['(?:an? |the )?(?:unit|division|department|arm|branch|part|team|centre|center|office)s? (?:of|within|under|at)'],
  stateBodies: ['(?:military |foreign |state |secret )?intelligence', 'spy agenc(?:y|ies)', 'security services?', 'secret services?', 'army', 'armed forces', 'military', 'ministry', 'ministries', 'government'],
  threatPredicate: THREAT_PREDICATE,
  threatensParty: THREATENS_PARTY,
  threatens: ['threaten(?:s|ed|ing)? to'],
  measuresTaken: ['(?:took|taken) (?:\\p{L}+ ){0,3}?(?:measures|steps)(?: to (?:eliminate|neutrali[sz]e|remove|contain) the threat)?'],
  cannotEstablish: ['(?:could|can|was unable to|were unable to|is unable to|are unable to)(?:not|n[\'’]t| not)? ?(?:yet )?(?:determine|confirm|establish|verify|say|tell|attribute)(?!\\p{L})',
    // ... or that the evidence settles nothing yet: "did not prove who ran it", "too early to attribute".
    '(?:did|does|do)(?: not|n[\'’]t) (?:necessarily |yet )?(?:establish|prove|show|mean|determine|confirm)(?!\\p{L})', '(?:too early|premature) to (?:attribute|say|determine|conclude|blame|tell)(?!\\p{L})'],
  warnAsTime: ['followed', 'came after', 'comes after', 'after', 'following', 'in the wake of', 'since'],
  questionLabels: ['Q', 'Question'],
  answerLabels: ['A', 'Answer'],
  questionLetters: ['Q'],
  answerLetters: ['A'],
  noComment: ['declined to comment', '(?:declined|refused) to (?:respond|reply|answer|say)', 'did not (?:immediately )?(?:respond|reply|comment)', 'has not commented', 'have not commented', 'had no (?:immediate )?comment', 'could not be reached', 'no immediate response', 'not (?:yet )?commented'],
  sanctionActs: ['sanction(?:s|ed|ing)?', 'indict(?:ed|ment|ments)?', 'charges against', 'unsealed charges'],
  // Things a confirmation may be about instead of a hit (claims/technical-finding.ts).
  technicalFindings: ['vulnerabilit(?:y|ies)', 'flaws?', 'bugs?', 'exploit code', 'patch(?:es)?', '(?:AI |language )?models?', '(?:source )?code(?: overlaps?)?', 'overlaps?', 'IP address(?:es)?', 'samples?'],
  findingExploited: ['exploit(?:ed|ing|s)?', '(?:ab)?used to', 'weaponi[sz]ed'],
  withheldNames: ['(?:did|does|would|could) not (?:publicly )?(?:name|identify|disclose|reveal|specify)', "(?:didn|doesn|wouldn)['’]t (?:name|identify|disclose|reveal|specify)", '(?:has|have|had) not (?:publicly )?(?:named|identified|disclosed|revealed|specified)', 'declined to (?:name|identify|disclose|specify)', 'without (?:naming|identifying|disclosing|specifying)'],
  stateWithheld: ['(?:did|does|would) not (?:publicly )?(?:name|identify) (?:a|any|the) (?:country|state|nation)(?!\\p{L})', '(?:named|identified) no (?:country|state|nation)(?!\\p{L})'],
  groupHeads: ['(?:hacking |hacker |threat |APT |cyber[- ]?espionage |espionage |state-(?:sponsored|backed|linked) )*(?:groups?|actors?|adversar(?:y|ies)|clusters?|gangs?|crews?|hackers)', '(?:state-(?:sponsored|backed|linked)|nexus)'],
  partisanMarks: ['pro', 'anti'],
  threatNouns: ['threats?'],
  threatSources: [`threats?${THREAT_COMPOUND} (?:\\p{L}+ ){0,3}?(?:(?:posed|coming|emanating|originating) )?(?:from|posed by)`],
  counterCharges: ['(?:while|whereas|even as) (?:\\p{L}+ ){0,2}?(?:is |are )?(?:itself|themselves)', 'while (?:posing|presenting (?:itself|themselves)|portraying (?:itself|themselves)) as (?:an? |the )?victims?'],
  thiefIdioms: ['thief (?:crying|shouting|who cries|who shouts) ["“\']?stop (?:the )?thief'],
  asMarkers: ['as'],
  supportMarkers: ['with (?:the )?(?:\\p{L}+ )?(?:support|help|assistance) (?:of|from)'],
  supplierMarkers: ['(?:supplied|provided|sold) by'],
  sponsorLead: ['(?:backed|sponsored|supported|funded|financed|bankrolled|run|operated|directed|controlled|commanded|steered|tasked|orchestrated) by'],
  correspondents: ['correspondents?', 'reporters?', 'journalists?'],
  guises: ['pos(?:e|es|ed|ing) as', 'impersonat\\p{L}*', 'masquerad\\p{L}* as', 'pretend\\p{L}* to be', 'disguised as', 'in the guise of', 'spoof\\p{L}*'],
  inNameOf: ['in the name of'],
  verbJoin: ['and', 'but'],
  predicateJoin: ['and', 'but'],
  predicateOpener: ['has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'can', 'could', 'did', 'does', 'do', 'not', 'never', 'promised', 'pledged', 'vowed', 'offered', 'refused', 'declined', 'sent', 'expressed', 'reaffirmed', 'agreed', 'expelled', 'summoned', 'imposed', 'provided', 'continues', 'continued'],
  coordinators: ['and', 'as well as', 'along with', 'together with', 'the'],
  disjunctions: ['or'],
  unitNouns: ['team', 'unit', 'division', 'lab', 'labs', 'laboratory', 'department'],
  officialHeads: ['officials?', 'diplomats?', 'officers?', 'spokes(?:person|man|woman)', 'representatives?', 'envoys?'],
  clauseOpeners: ['which', 'and', 'but', 'while', 'whereas', 'though', 'although', 'a claim', 'claims', 'an allegation', 'allegations', 'an accusation', 'accusations', 'a charge', 'charges', 'something', 'a finding'],
  groupDescribers: ['an? (?:[\\p{L}-]+ ){0,3}?(?:group|gang|actor|collective|crew|unit|cluster|outfit)'],
  describedAs: ['as'],
  // First describing, exposing or reporting on a group (claims/described-group.ts): "X first described the crew last year".
  groupIntroducers: ['(?:first |later |also )?(?:described|discovered|uncovered|exposed|disclosed|documented|unmasked)',
    '(?:has|have|had) (?:first |also )?(?:described|discovered|uncovered|exposed|disclosed|documented|unmasked)',
    '(?:(?:has|have|had) )?(?:published|released|issued) (?:a|an|its|their) (?:[\\p{L}-]+ ){0,2}?(?:report|analysis|study|paper|write-?up) (?:on|about|into|detailing|describing)'],
  objectPronounsAfter: ['it', 'them'],
  attributionNouns: ['attributions?'],
  anterior: ['earlier', 'previously', 'formerly', 'in the past'],
  background: ['already', 'at the time', 'at that time', 'back then'],
  questionWords: ['what', 'how', 'why', 'who', 'which', 'when', 'will', 'would', 'do', 'does', 'did', 'is', 'are', 'can', 'could'],
  articles: ['the', 'a', 'an'],
  listPrepositions: ['to', 'by'],
  listPossessives: ['of'],
  courtSeats: ['(?:federal )?(?:grand )?jury (?:in|of)', '(?:district |federal |high |supreme )?court (?:in|at)', 'prosecutors? (?:in|of)', "(?:U\\.S\\. |US )?attorney'?s office (?:in|for)"],
  courts: ['courts?', 'tribunals?', 'judges?'],
  resemblance: ['overlaps?', 'overlapping', 'overlapped', 'similarit(?:y|ies)', 'resembl(?:es?|ed|ing|ance)', 'commonalit(?:y|ies)'],
  grounds: ['based on', 'on the basis of', 'owing to', 'because of', 'citing'],
  locative: ['in', 'at', 'to'],
  scene: ['in'],
  placeLeads: ['after', 'following', 'during', 'since', 'before', 'amid', 'in the wake of', 'at'],
  // Sector-only cues: threats, and the effects of an act on its victims (outage, infection, access).
  kinetic: ['drones?', 'missiles?', 'rockets?', 'air ?strikes?', 'jets', 'fighter jets', 'warplanes?', 'shelling', 'shelled', 'artillery', 'bombs?', 'bombing\\p{L}*', 'bombed', 'ballistic'],
  cyberMarks: ['cyber\\p{L}*', 'hack\\p{L}*', 'malware', 'ransomware', 'spyware', 'wipers?', 'DDoS', 'denial-of-service', 'phishing', 'botnets?', 'backdoors?', 'intrusions?', 'breach\\p{L}*', 'internet', 'online', 'computers?', 'servers?', 'data', 'websites?', 'IT'],
  threat: ['interfering', 'interferes', 'threats?', 'threatens', 'threatening', 'affected', 'impacted', 'infected', 'paraly[sz](?:ed|ing)', 'crippled', 'shut down', 'knocked out', 'encrypted', 'leaked', 'data leaks?', 'DDoS', 'ransom', 'pre-?positioned', 'access to', 'took down', 'taken offline', 'stolen', 'exfiltrated'],
  sectorHeads: ['sectors?', 'industry', 'industries', 'institutions', 'companies', 'firms', 'organi[sz]ations', 'entities', 'networks', 'infrastructure', 'targets'],
  reportWords: ['reports?', 'reported', 'reporting', 'wrote', 'revealed', 'cited', 'quoted'],
  addresseeBefore: ['in an interview with(?: the)? [\\p{L}-]+', 'speaking to(?: the)? [\\p{L}-]+'],
  // Adjuncts of a speech verb: when, where, on which occasion ("said on Tuesday in a statement posted on its website").
  speechAdjuncts: [
    '(?:on |last |this |late |early )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?',
    '(?:on )?\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \\d{4})?',
    '(?:on )?(?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}',
    'in (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \\d{4})?',
    'today', 'yesterday', 'tonight', 'overnight', 'earlier', 'later', 'at the time', '(?:earlier |late |later )?(?:this|last) (?:week|month|year)',
    '(?:in|at|during|on|via|through) (?:a|an|the|its|his|her|their) (?:[\\p{L}-]+ ){0,2}?(?:statement|report|interview|briefing|(?:news|press) conference|conference|blog post|post|website|speech|hearing|letter|note|advisory|address|tweet|message|bulletin|filing|video|session|summit|meeting|appearance|call)s?',
    '(?:published|posted|released|issued|broadcast|given|held)',
    'on (?:X|Twitter|Telegram|Facebook|LinkedIn|Weibo|WeChat|Mastodon|Bluesky|social media)',
    'to (?:reporters|journalists|the press|lawmakers)',
    'in \\p{Lu}[\\p{L}-]+',
  ],
  interview: ['told', 'interview(?:ed)? with', 'speaking to', 'spoke to', 'in remarks to', 'quoted by', 'cited by', 'confirmed to'],
  audienceBefore: ['before', 'in front of', 'testif\\p{L}* (?:before|to)', 'address\\p{L}*', 'briefed'],
  sourceDeterminers: ['these', 'those', 'such', 'several', 'some'],
  pairBefore: ['both', '(?:the )?two'],
  orgWords: [
    'journal', 'times', 'post', 'news', 'agency', 'department', 'ministry', 'office', 'bureau', 'center', 'centre',
    'council', 'committee', 'institute', 'university', 'company', 'inc', 'corp', 'corporation', 'group', 'technologies',
    'communications', 'service', 'services', 'command', 'force', 'corps', 'house', 'congress', 'senate', 'parliament',
    'security', 'intelligence', 'police', 'court', 'bank', 'union', 'nations', 'reuters', 'associated', 'press',
    'enterprise', 'enterprises', 'holdings', 'systems', 'networks', 'labs', 'airlines', 'motors',
    'research', 'analytics', 'science', 'sciences', 'cyber', 'technology', 'software', 'solutions', 'foundation', 'commission',
    'authority', 'authorities', 'directorate', 'administration', 'organi[sz]ation', 'association', 'alliance', 'federation',
  ],
  // A report's basis, its parties neither claimant nor accused (claims/basis-phrase.ts): "based on documents leaked by X".
  basisPhrase: ['based on (?:\\p{L}+ ){0,2}?(?:documents|files|records|papers|material|materials|leaks|cables|emails)'],
};
