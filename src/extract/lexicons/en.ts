import type { CueLexicon } from './types.ts';

export const en: CueLexicon = {
  lang: 'en',
  say: [
    'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'claimed', 'claims', 'added', 'noted', 'argued',
    'disclosed', 'revealed', 'reported', 'announced', 'asserted', 'insisted', 'stressed', 'explained', 'wrote',
    'testified', 'alleged', 'alleges', 'maintained', 'maintains', 'contended', 'believes', 'concluded', 'assessed',
    'assesses', 'found', 'determined', 'acknowledged', 'warned', 'emphasized', 'emphasised', 'indicated', 'declared',
    'saying', 'adding', 'noting',
  ],
  sourceBefore: ['according to', 'citing', 'in the words of', 'as reported by'],
  accuse: [
    'accus(?:e|es|ed|ing)', 'blam(?:e|es|ed|ing)', 'attribut(?:e|es|ed|ing)(?! to)', 'pointed the finger at',
    'points? the finger at', 'held (?:\\w+ )?responsible', 'holds? (?:\\w+ )?responsible', 'confronted', 'condemn(?:s|ed)?',
    'called out', 'charged', 'indicted', 'sanctioned', 'imposed sanctions on', 'indictment against', 'attributed to',
  ],
  anaphora: ['this', 'that', 'these', 'those', 'such (?:accusations|allegations|claims|charges|reports)', 'the (?:accusations?|allegations?|claims?|charges?|reports?|case|incident|attack|campaign|group|operation)', 'the hackers', 'it'],
  blame: ['(?:is|was|were|are|be|been|being) (?:\\w+ )?behind', 'stands? behind', 'stood behind', '(?:is|was|were|are|be|been) (?:\\w+ )?(?:responsible|to blame) for', 'bears? responsibility'],
  passive: ['was', 'were', 'been', 'being', 'is', 'are', 'be'],
  progressive: ['\\p{L}+ing'],
  accuseNoun: ['accusations?', 'allegations?', 'assertions?', 'claims?', 'charges?', 'attribution'],
  deny: [
    'den(?:y|ies|ied|ying)', 'reject(?:s|ed|ing)?', 'refut(?:e|es|ed|ing)', 'dismiss(?:es|ed|ing)?', 'rebuff(?:s|ed)?',
    'pushed back', 'push(?:es)? back', 'had no knowledge', 'has no knowledge', 'have no knowledge', 'no knowledge of',
    'not (?:been )?involved', 'firmly opposes?'
  ],
  denyQualifier: ['groundless', 'baseless', 'unfounded', 'smear(?:s|ed)?', 'no evidence', 'without (?:any )?evidence', 'fabricat(?:ed|ion)', 'false narrative'],
  warn: [
    'warn(?:s|ed|ing)?', 'serious consequences', 'consequences', 'would not stand for', 'will not stand for',
    'held to account', 'hold (?:\\w+ )?(?:to account|accountable)', 'retaliat(?:e|ion)', 'deter',
    'stands? ready to', 'will not tolerate', 'would not tolerate', 'reserves? the right',
  ],
  callFor: [
    'urg(?:e|es|ed|ing)', 'call(?:s|ed)? (?:on|for|upon)', 'demand(?:s|ed)?', 'ask(?:s|ed)? (?:\\w+ )?to stop',
    'dialogue', 'stop (?:its|their|the) ', 'cease', 'refrain from', 'ready to work with',
  ],
  confirm: ['confirm(?:s|ed)?', 'acknowledg(?:e|es|ed)', 'admitted', 'admits'],
  hostile: [
    'targets?', 'victims?',
    'hack(?:s|ed|ing|ers?)?', 'cyber-?attacks?', 'attack(?:s|ed|ers?|ing)?', 'breach(?:es|ed)?', 'intrusions?',
    'espionage', 'cyberespionage', 'spy(?:ing)?', 'spies', 'infiltrat(?:e|ed|ion)', 'compromis(?:e|ed)', 'hijack(?:ed|ing)?',
    'seized control', 'stealing', 'stole', 'steal', 'theft', 'malware', 'ransomware', 'sabotage', 'wiretap(?:s|ping)?',
    'got inside', 'broke into', 'break into', 'broken into', 'breaking into', 'going after', 'targeted', 'targeting', 'interfer(?:e|ed|ence)',
    'meddl(?:e|ed|ing)', 'surveillance', 'intercept(?:ed|ing)?', 'cyber activity', 'operations? against',
    '(?:hardest-)?hit', 'culprits?', 'perpetrators?', 'involvement', 'footholds?', 'outages?', 'disrupt(?:ed|ing|ion|ive)?', 'knocked (?:\\w+ )?offline',
  ],
  // Joining another's attribution: co-signing an advisory, backing an assessment.
  similar: ['similar', 'likewise', 'echoe?s?d?', 'co-?signed', 'co-?sealed', 'co-?authored', 'joined (?:the|in|it|them)', 'endorsed', 'supporting the', 'backing (?:the|this|that|its|their)', 'in support of', 'concurred'],
  modal: ['should', 'must', 'has to', 'have to', 'needs to', 'need to'],
  victim: ['against', 'on', 'into', 'targeting', 'targeted', 'at', 'going after', 'inside', 'victims? (?:of|in)'],
  linkedTo: ['linked to', 'tied to', 'connected to', 'backed by', 'sponsored by', 'working for', 'acting for', 'on behalf of', 'affiliated with', 'associated with', 'run by'],
  possessive: ['of'],
  personPronouns: ['he', 'she', 'him', 'her'],
  selfRefs: ['we'],
  backRefs: [
    'it', 'they', 'the (?:foreign )?ministry', 'the department', 'the agency', 'the bureau', 'the director', 'the minister',
    'the spokesperson', 'the spokesman', 'the spokeswoman', 'the official', 'the diplomat', 'the (?:\\w+ )?chief',
    'the secretary', 'the ambassador', 'the government', 'the statement', 'the company', 'the newspaper', 'the paper',
  ],
  roles: [
    'minister', 'secretary', 'spokes(?:person|man|woman)', 'director', 'adviser', 'advisor', 'coordinator', 'ambassador',
    'president', 'prime minister', 'chancellor', 'chief', 'head', 'deputy', 'under secretary', 'official', 'envoy',
    'commander', 'general', 'senator', 'diplomat', 'chairman', 'chair', 'attorney general', 'press secretary',
  ],
  honorifics: ['Mr\\.?', 'Mrs\\.?', 'Ms\\.?', 'Dr\\.?'],
  continuation: ['also', 'moreover', 'furthermore', 'in addition', 'additionally', 'secondly', 'second', 'third(?:ly)?', 'finally'],
  noComment: ['declined to comment', 'did not (?:immediately )?(?:respond|reply|comment)', 'has not commented', 'have not commented', 'had no (?:immediate )?comment', 'could not be reached', 'no immediate response', 'not (?:yet )?commented'],
  coordinators: ['and', 'as well as', 'along with', 'together with', 'the'],
  locative: ['in', 'at', 'to'],
  // Sector-only cues: threats, and the effects of an act on its victims (outage, infection, access).
  threat: ['threats?', 'threatens', 'threatening', 'affected', 'impacted', 'infected', 'paraly[sz](?:ed|ing)', 'crippled', 'shut down', 'knocked out', 'encrypted', 'leaked', 'DDoS', 'ransom', 'pre-?positioned', 'access to', 'took down', 'taken offline', 'stolen', 'exfiltrated'],
  sectorHeads: ['sectors?', 'industry', 'industries', 'institutions', 'companies', 'firms', 'organi[sz]ations', 'entities', 'networks', 'infrastructure', 'targets'],
  reportWords: ['reports?', 'reported', 'reporting', 'wrote', 'revealed', 'cited', 'quoted'],
  interview: ['told', 'interview(?:ed)? with', 'speaking to', 'spoke to', 'in remarks to', 'quoted by', 'cited by', 'confirmed to'],
  pairBefore: ['both', '(?:the )?two'],
  orgWords: [
    'journal', 'times', 'post', 'news', 'agency', 'department', 'ministry', 'office', 'bureau', 'center', 'centre',
    'council', 'committee', 'institute', 'university', 'company', 'inc', 'corp', 'corporation', 'group', 'technologies',
    'communications', 'service', 'services', 'command', 'force', 'corps', 'house', 'congress', 'senate', 'parliament',
    'security', 'intelligence', 'police', 'court', 'bank', 'union', 'nations', 'reuters', 'associated', 'press',
    'enterprise', 'enterprises', 'holdings', 'systems', 'networks', 'labs', 'airlines', 'motors',
  ],
};
