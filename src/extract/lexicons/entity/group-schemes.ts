/**
 * How vendors and agencies name threat groups: a prefix and a number ("UNC3886", "TA456",
 * "Storm-0558", "DEV-0537", "APT-C-23", "CL-STA-0043", "UAC-0050"), or a free word and the
 * vendor's family word ("... Typhoon", "... Blizzard", "... Panda", "... Ursa", "Earth ..."). A
 * name built this way is a group even when the knowledge base does not know it yet. The same in
 * every language: the names stay in their Latin form.
 * Regular-expression sources, case-sensitive, matched as whole words.
 */
export const GROUP_CODE_SCHEMES: string[] = [
  'UNC\\d{3,5}', // Mandiant, uncategorised clusters
  'TEMP\\.[A-Z][a-z]+', // Mandiant, temporary names
  'APT\\d{1,3}', 'FIN\\d{1,2}', // Mandiant
  'TA\\d{3,4}', // Proofpoint
  'Storm-\\d{4}', 'DEV-\\d{4}', // Microsoft, developing clusters
  'APT-C-\\d{2,3}', 'APT-Q-\\d{1,3}', // Qihoo 360, QiAnXin
  'TAG-\\d{2,3}', // Recorded Future
  'UAT-?\\d{3,4}', // Cisco Talos
  '(?:CL|TGR)-(?:STA|CRI|UNK)-\\d{4}', // Palo Alto Unit 42 clusters
  'UAC-\\d{4}', // CERT-UA
];

/** Family words that follow a free word ("Volt Typhoon", "Fancy Bear", "Stately Taurus"). */
export const GROUP_FAMILY_AFTER: string[] = [
  // Microsoft (weather)
  'Typhoon', 'Blizzard', 'Sandstorm', 'Sleet', 'Tempest', 'Cyclone', 'Hail', 'Dust',
  // CrowdStrike (animals)
  'Panda', 'Bear', 'Kitten', 'Chollima', 'Spider', 'Jackal',
  // Palo Alto Unit 42 (constellations)
  'Taurus', 'Ursa', 'Serpens', 'Libra', 'Pisces',
  // Check Point (Iran)
  'Manticore',
];

/** Family words that precede the free word ("Earth Lusca"). */
export const GROUP_FAMILY_BEFORE: string[] = ['Earth'];

/**
 * Free words that do not make a group name with a family word: determiners and words of ordinary
 * phrases ("The Bear", "Super Typhoon", "Earth Day", "Earth Observation").
 */
export const GROUP_FREE_WORD_STOP: string[] = [
  'The', 'A', 'An', 'This', 'That', 'Der', 'Die', 'Das', 'Le', 'La', 'Les', 'El', 'Los', 'Las', 'Un', 'Una', 'Ein', 'Eine',
  'Super', 'Tropical', 'Polar', 'Brown', 'Black', 'Grizzly', 'Teddy', 'Giant', 'Red', 'Snow', 'Dust', 'Great',
  'Day', 'Hour', 'Observation', 'Science', 'Sciences', 'System', 'Systems', 'Orbit', 'Summit', 'Station',
];

/**
 * Words that tell a free-word name is a group's ("the Lapis Typhoon group", "tracked as ...",
 * "la campagne du groupe ..."): a name of a family word needs one of them in its sentence, a few
 * words away; a code name ("UNC5812") does not.
 */
export const GROUP_CONTEXT_WORDS: Record<string, string[]> = {
  en: ['groups?', 'hackers?', 'hacking', '(?:threat )?actors?', 'clusters?', 'gangs?', 'crews?', 'APT', 'tracks?', 'tracked', 'dubbed', 'known as', 'called', 'nexus', 'state-sponsored', 'espionage', 'intrusions?', 'campaigns?', 'operators?', 'adversary'],
  fr: ['groupes?', 'pirates?', 'hackers?', 'acteurs?', 'cluster', 'baptisé', 'surnommé', 'appelé', 'connu sous le nom', 'espionnage', 'campagnes?', 'intrusions?', 'APT'],
  de: ['Gruppen?', 'Gruppierung(?:en)?', 'Hackergruppen?', 'Hacker(?:n)?', 'Akteur(?:e|en)?', 'Cluster', 'genannt', 'bezeichnet', 'Spionage\\p{L}*', 'Kampagnen?', 'APT'],
  es: ['grupos?', 'piratas?', 'hackers?', 'actor(?:es)?', 'clúster', 'denominado', 'llamado', 'conocido como', 'espionaje', 'campañas?', 'APT'],
  ru: ['группировк\\p{L}*', 'групп\\p{L}*', 'хакер\\p{L}*', 'кибергрупп\\p{L}*', 'кластер\\p{L}*', 'шпионаж\\p{L}*', 'кампани\\p{L}*', 'APT'],
  vi: ['nhóm', 'tin tặc', 'hacker', 'APT', 'gián điệp', 'chiến dịch'],
  zh: ['组织', '組織', '黑客', '駭客', '团伙', '團夥', 'APT', '间谍', '間諜', '称为', '稱為', '命名为', '命名為'],
};

/**
 * What joins the members of a list of groups ("Killnet, Hollow Spider and Pallid Spider"): a comma, or
 * one of these conjunctions after an optional comma. A family-word name listed next to a group needs no
 * group word of its own.
 */
export const GROUP_LIST_JOINERS: Record<string, string[]> = {
  en: ['and', 'or', 'as well as'], de: ['und', 'oder', 'sowie'], fr: ['et', 'ou'], es: ['y', 'e', 'o'],
  ru: ['и', 'или'], vi: ['và', 'hoặc'], zh: ['和', '与', '與', '及', '、'],
};

/**
 * Words that give another name of the same group ("also known as", "tracked as", "alias", "auch
 * als ... geführt", "también conocido como", "известная также как", "còn gọi là", "又称"): a code
 * name in their sentence, next to a known group, is that group's alias, not a group of its own.
 */
export const GROUP_ALIAS_CUES: Record<string, string[]> = {
  en: ['also known as', 'known as', 'a\\.?k\\.?a\\.?', 'tracked (?:as|by)', 'tracks? (?:it|them|the group|the actor) as', 'alias(?:es)?', 'dubbed', 'also called', 'overlaps? with', 'referred to as'],
  fr: ['aussi connu sous le nom', 'également connu sous le nom', 'connu sous le nom', 'alias', 'aussi appelé', 'également appelé', 'suivi sous le nom', 'désignée? sous les noms'],
  de: ['auch bekannt als', 'bekannt als', 'alias', 'geführt', 'auch als', 'genannt'],
  es: ['también conocido como', 'conocido como', 'alias', 'también llamado', 'rastreado como'],
  ru: ['известн\\p{L}* (?:также )?как', 'также известн\\p{L}* как', 'она же', 'он же', 'идентификатор\\p{L}*', 'отслеживается как', 'псевдоним\\p{L}*'],
  vi: ['còn gọi là', 'còn được gọi là', 'còn được biết đến với tên', 'còn có tên', 'hay còn gọi là', 'được theo dõi với tên'],
  zh: ['又称', '又稱', '又名', '也称', '也稱', '亦称', '亦稱', '别名', '別名', '也被称为', '也被稱為', '追踪为', '追蹤為'],
};

/**
 * Group words that introduce a group's name right after them, with or without a naming verb
 * ("хакерская группировка Twelve", "黑客组织Xyz", "a hacking group called "Xyz"", "el grupo
 * autodenominado "Xyz"", "nhóm tin tặc có tên "Xyz""). Regular-expression sources, matched at word
 * starts (Chinese: anywhere). Where the text's own script is not Latin (ru, zh), a Latin-script name
 * after the word is enough; in Latin-script languages the name must be quoted, since a capitalised
 * word after "group" is as often a place or a nationality ("nhóm tin tặc Trung Quốc").
 */
export const GROUP_INTRODUCERS: Record<string, string[]> = {
  en: ['(?:hacker|hacking|hacktivist|threat|ransomware|cybercrime|cyber-?criminal|APT) (?:group|gang|collective|crew)(?: (?:called|named|dubbed|known as|calling itself))?'],
  fr: ['groupe(?: de (?:pirates|hackers)(?: informatiques)?| hacktiviste| cybercriminel| de rançongiciel)? (?:baptisé|surnommé|nommé|appelé|se présentant comme|se faisant appeler)'],
  de: ['(?:Hacker|Hacktivisten|Ransomware)?[Gg]ruppe(?:n)?(?: namens| mit dem Namen| genannt| die sich)?'],
  es: ['grupo(?: de (?:hackers|piratas)(?: informáticos)?| hacktivista| cibercriminal| de ransomware)? (?:autodenominado|denominado|llamado|bautizado|conocido como|que se hace llamar)'],
  vi: ['nhóm (?:tin tặc|hacker|hacktivist|APT|tội phạm mạng|ransomware|mã độc tống tiền)(?: (?:có tên|mang tên|tự xưng là|được gọi là|gọi là))?'],
  ru: [
    // A sentence-opening group word is capitalised ("Хактивистская группа X"); a genitive of who its members are may
    // follow it ("группировка вымогателей X", "группа хакеров X").
    '(?:[Хх]акерск\\p{L}* |[Хх]активистск\\p{L}* |[Кк]ибер)?[Гг]руппировк\\p{L}*(?: (?:вымогател|хакер|хактивист)\\p{L}*)?(?: под названием)?',
    '(?:[Хх]акерск|[Хх]активистск)\\p{L}* групп\\p{L}*(?: под названием)?', '[Гг]рупп\\p{L}* (?:вымогател|хакер|хактивист)\\p{L}*', 'хакерск\\p{L}* объединени\\p{L}*(?: под названием)?',
    // "хакеры Night Harbor": a Latin-script name right after the plural noun for hackers (Cyrillic words after it are no name).
    '[Хх]акер(?:ы|ов|ами|ам|ах)'],
  zh: ['黑客组织', '駭客組織', '黑客組織', '黑客团伙', '黑客團夥', '黑客团体', '駭客團體', '勒索软件团伙', '勒索軟體集團', '网络犯罪团伙',
    // espionage and threat descriptors: "网络间谍组织X", "APT组织X", "威胁组织X"
    '(?:网络)?间谍组织', '(?:網路|網絡)?間諜組織', 'APT(?:组织|組織)', '威胁组织', '威脅組織', '攻击组织', '攻擊組織'],
};

/**
 * Group words that name a group unmistakably: a group word with a cyber qualifier ("hacking group",
 * "groupe de pirates", "Hackergruppe", "grupo de hackers", "nhóm tin tặc") or with a naming verb ("a
 * group called", "groupe baptisé", "Gruppe namens", "grupo llamado"), and the ANSSI's "mode
 * opératoire". In Latin-script languages, capitalised words right after one of these name the group
 * without quotes ("the hacking group Silt Heron"), unless they are a name already known (a state:
 * "nhóm tin tặc Trung Quốc"). A bare group word is not enough there: "le groupe Orange", "die Gruppe
 * Wagner" are companies and militias.
 */
export const GROUP_NAMED_UNQUOTED: Record<string, string[]> = {
  en: [
    '(?:hacker|hacking|hacktivist|threat|ransomware|cybercrime|cyber-?criminal|APT|cyber-?espionage|espionage|state-(?:backed|sponsored)) (?:group|gang|collective|crew|actor)(?: (?:called|named|dubbed|known as|calling itself|tracked as))?',
    '(?:group|gang|collective|crew|actor|cluster) (?:called|named|dubbed|known as|calling itself|tracked as)',
  ],
  fr: [
    'groupe (?:de (?:pirates|hackers|cybercriminels)(?: informatiques)?|hacktiviste|cybercriminel|de rançongiciel|APT)(?: (?:baptisé|surnommé|nommé|appelé|se présentant comme|se faisant appeler))?',
    'groupe (?:baptisé|surnommé|nommé|appelé|se présentant comme|se faisant appeler)', 'mode opératoire',
    // an espionage or threat descriptor: "le groupe de cyberespionnage X", "l'acteur malveillant X"
    "groupe (?:de (?:cyber-?)?espionnage|d'espionnage(?: informatique)?|de menace|APT)", "acteur (?:de la menace|malveillant|étatique)",
  ],
  de: ['(?:Hacker|Hacktivisten|Ransomware|APT|Spionage|Cyberspionage)-?[Gg]ruppe(?:n)?(?: namens| mit dem Namen| genannt)?', '[Gg]ruppe(?:n)? (?:namens|mit dem Namen|genannt)'],
  es: [
    'grupo (?:de (?:hackers|piratas|ciberdelincuentes)(?: informáticos)?|hacktivista|cibercriminal|de ransomware|APT)(?: (?:autodenominado|denominado|llamado|bautizado|conocido como|que se hace llamar))?',
    'grupo (?:autodenominado|denominado|llamado|bautizado|conocido como|que se hace llamar)',
    // an espionage or threat descriptor: "el grupo de ciberespionaje X", "el actor de amenazas X"
    'grupo de (?:ciber)?espionaje', 'actor (?:de amenazas|malicioso|estatal)',
  ],
  vi: ['nhóm (?:tin tặc|hacker|hacktivist|APT|tội phạm mạng|ransomware|mã độc tống tiền|gián điệp mạng|gián điệp)(?: (?:có tên|mang tên|tự xưng là|được gọi là|gọi là))?'],
};

/**
 * The same unmistakable group words after the name, in languages that put the head last: "the Cl0p
 * ransomware gang", "the Zorvak hacking group", "die Sandworm-APT-Gruppe", "die Lazarus-Hackergruppe".
 * Each source starts with the separator between the name and the words. A bare group word is not
 * enough ("the Wagner group", "die Wagner-Gruppe").
 */
export const GROUP_NAMED_BEFORE: Record<string, string[]> = {
  en: [' (?:ransomware|hacking|hacker|hacktivist|APT|cyber-?espionage|cybercrime|cyber-?criminal|extortion) (?:group|gang|collective|crew)'],
  de: ['-(?:APT-|Hacker|Hacktivisten|Ransomware-?|Spionage|Cyberspionage)[Gg]ruppe(?:n|ierung)?'],
};

/**
 * Verbs that, right after the capitalised words following such a group word, make those words the
 * one who names the group, not its name ("the threat actor Mandiant tracks as UNC3886", "le groupe
 * que Velmora appelle ...").
 */
export const GROUP_NAMER_VERBS: Record<string, string[]> = {
  en: ['tracks', 'tracked', 'calls', 'called', 'dubs', 'dubbed', 'names', 'named', 'refers', 'referred', 'labels', 'labelled', 'labeled', 'designates', 'designated', 'identifies', 'identified', 'attributes', 'attributed', '(?:has|had) (?:dubbed|named|called|tracked|labell?ed|designated)'],
  fr: ['suit', 'appelle', 'nomme', 'désigne', 'surnomme', 'baptise', 'a (?:baptisé|appelé|nommé|surnommé|désigné)'],
  de: ['verfolgt', 'nennt', 'bezeichnet', 'führt'],
  es: ['rastrea', 'llama', 'denomina', 'designa', 'bautizó', 'ha (?:llamado|denominado|bautizado|designado)'],
  vi: ['gọi', 'đặt tên', 'theo dõi'],
};

/**
 * An apposition that says what a name is: "X, a Russia-linked hacking group", "X, un groupe de pirates",
 * "X, eine Hackergruppe", "X, un grupo de hackers", "X, một nhóm tin tặc", "X — хакерская группировка".
 * `lead`: what opens the apposition after the comma or dash (an article, indefinite or definite: "X, the hacktivist collective that ..."; empty where the
 * language has none); `heads`: the group nouns that close it, after at most three other words; `next`:
 * the words that may follow the head inside the apposition (a participle, a relative pronoun, a
 * preposition: "a hacking group linked to ..."). Punctuation may follow it too; any other word makes
 * the head a modifier ("a hacking group expert"), and the name no group's.
 */
export const GROUP_APPOSITIONS: Record<string, { lead: string[]; heads: string[]; next: string[] }> = {
  en: {
    lead: ['an?', 'the'], heads: ['(?:hacking|hacker|hacktivist|threat|ransomware|cybercrime|espionage|APT) (?:group|gang|collective|crew|actor)', 'threat actor', 'group of hackers'],
    next: ['that', 'which', 'who', 'whose', 'it', 'they', 'we', 'with', 'of', 'from', 'in', 'behind', 'believed', 'thought', 'said', 'known', 'linked', 'tied', 'based', 'backed', 'sponsored', 'suspected', 'accused', 'blamed', 'responsible', 'affiliated', 'associated', 'operating', 'active', 'allegedly', 'reportedly', 'also'],
  },
  fr: {
    lead: ['un', 'le'], heads: ['groupe (?:de (?:pirates|hackers|cybercriminels)|hacktiviste|cybercriminel|APT)', 'mode opératoire'],
    next: ['qui', 'que', 'dont', 'lié', 'liés', 'proche', 'basé', 'soupçonné', 'accusé', 'affilié', 'associé', 'connu', 'actif', 'de', 'du', 'soutenu', 'pro-\\p{L}+', 'russe', 'chinois', 'iranien', 'nord-coréen'],
  },
  de: {
    lead: ['eine?', 'die'], heads: ['(?:Hacker|Hacktivisten|Ransomware|APT|Spionage|Cyberspionage)-?(?:[Gg]ruppe|[Gg]ruppierung|[Bb]ande)', 'Gruppe von Hackern'],
    next: ['die', 'der', 'aus', 'mit', 'von', 'nahe', 'hinter', 'im', 'in'],
  },
  es: {
    lead: ['una?', 'el'], heads: ['grupo (?:de (?:hackers|piratas|ciberdelincuentes)|hacktivista|cibercriminal|APT)'],
    next: ['que', 'cuyo', 'vinculad[oa]s?', 'ligad[oa]s?', 'relacionad[oa]s?', 'asociad[oa]s?', 'basad[oa]s?', 'conocid[oa]s?', 'acusad[oa]s?', 'respaldad[oa]s?', 'con', 'de', 'del', 'pro\\p{L}+', 'ruso', 'chino', 'iraní', 'norcoreano'],
  },
  vi: { lead: ['một'], heads: ['nhóm (?:tin tặc|hacker|hacktivist|APT|tội phạm mạng|ransomware|mã độc tống tiền)'], next: ['có', 'được', 'bị', 'của', 'thuộc', 'liên', 'đã', 'từ', 'do', 'chuyên', 'thân', 'Nga', 'Trung Quốc', 'Iran', 'Triều Tiên'] },
  ru: { lead: [''], heads: ['(?:хакерск\\p{L}* |хактивистск\\p{L}* |кибер)?группировк\\p{L}*', 'хакерск\\p{L}* групп\\p{L}*'], next: ['связанн\\p{L}*', 'котор\\p{L}*', 'из', 'по', 'предположительно', 'действующ\\p{L}*', 'работающ\\p{L}*'] },
};

/** Languages whose own script is not Latin: a Latin-script name there stands out without quotes. */
export const GROUP_INTRODUCED_UNQUOTED: string[] = ['ru', 'zh'];

/**
 * Definite group nouns that point back to the threat group named last ("the group", "ce groupe", "die
 * Gruppe", "el grupo", "эта группировка", "该组织", "nhóm này"): what a claim about "the group" is
 * about. Regular-expression sources, matched at word starts (Chinese: anywhere).
 */
export const GROUP_REFS: Record<string, string[]> = {
  en: ['the (?:hacking |hacker |threat |espionage |ransomware |hacktivist |activity )?(?:group|gang|actor|crew|collective|cluster)', '(?:this|these) (?:hacking |threat |activity )?(?:group|actor|clusters?)',
    // A demonstrative with modifiers before the head ("this Russian state actor", "this China-linked group"); not "this working group".
    '(?:this|these) (?:\\p{L}+-(?:linked|backed|nexus|sponsored|aligned|based) (?:state |hacking |threat |espionage )?(?:group|actor)|\\p{L}+ (?:state|state-sponsored|state-backed) (?:group|actor))', 'the same (?:hacking |threat )?(?:group|actor)', 'the APT'],
  fr: ['le groupe(?: de (?:pirates|hackers))?', 'ce groupe(?: de (?:pirates|hackers))?', 'l[’\'](?:acteur|attaquant)', 'cet (?:acteur|attaquant)', 'ce mode opératoire', '(?:le|ce) cluster', '(?:le|au|du) même groupe(?: de (?:pirates|hackers))?', '(?:le|au|du) même acteur'],
  de: ['die (?:Hacker)?[Gg]ruppe', '(?:der|den|dem|dieser|diesen|diesem) (?:Aktivitäts)?[Cc]luster', 'diese (?:Hacker)?[Gg]ruppe',
    // A demonstrative with inflected adjectives before the head ("diese russische Gruppe", "dieser staatlich gelenkten Gruppe").
    '(?:diese|dieser|dieselbe|derselben) (?:[\\p{L}\\-]+(?:e|en|er|es) ){1,2}(?:Hacker)?[Gg]ruppe', 'die Gruppierung', 'der Akteur', 'dieser Akteur', '(?:dieselbe|derselben) (?:Hacker)?[Gg]ruppe'],
  es: ['(?:el|al|del) grupo(?: de (?:hackers|piratas))?', '(?:el|este) (?:clúster|cluster)', 'este grupo(?: de (?:hackers|piratas))?', '(?:dicho|dicha) (?:grupo|actor|agrupación)', 'el actor', 'este actor', '(?:el|al|del) mismo (?:grupo|actor)'],
  ru: ['(?:эт\\p{L}+ )?(?:хакерск\\p{L}+ )?группировк\\p{L}+',
    // "эта группа" (a demonstrative is needed: a bare "группа" heads any group); not "эта группа стран/экспертов".
    'эт(?:а|ой|у|и) (?:хакерск\\p{L}+ )?групп(?:а|ы|ой|у)(?! (?:стран|государств|экспертов|исследователей|специалистов|людей|лиц|компаний|депутатов))'],
  zh: ['该组织', '该黑客组织', '这一组织', '此组织', '该团伙', '該組織', '該駭客組織', '這一組織', '此組織'],
  vi: ['nhóm (?:tin tặc |hacker )?này', 'nhóm tin tặc nói trên', '(?:các )?cụm (?:hoạt động )?(?:này|nói trên)'],
};

/**
 * How a text gives a group the name someone calls it by: a naming verb or phrase that stands right
 * before the name ("tracks the actor as", "a group it dubbed", "which Velmora calls", "suivi sous le
 * nom de", "unter dem Namen", "rastreado como", "отслеживает как", "được gọi là", "被命名为"), and
 * the nouns that say what the named thing is. Regular-expression sources.
 * `cues`: what ends right before the name (a few words of object may stand inside: "tracks the
 * actor as"); `groups`: nouns of a group ("actor", "hackers", "cluster", "activity"); `others`: nouns
 * of what is no group (malware, a tool, a campaign, a company, a product, a place): the noun of either
 * kind nearest before the cue decides, and a name must have one; `headAfter`: what may stand between
 * the name and a noun right after it that decides instead ("名为“X”的组织", "als X geführte Gruppe");
 * `postVerb`: cues that need a verb right after the name ("als X bezeichnet").
 */
export interface GroupNaming {
  cues: string[];
  postVerb?: { cues: string[]; verbs: string[] };
  groups: string[];
  others: string[];
  headAfter?: string;
  /**
   * Group words right before a quoted name ("группировка «...»", "黑客组织“...”"), and right after
   * one ("“...”组织"): a name in the text's own script there needs a cyber word in its sentence
   * (GROUP_CYBER_CONTEXT), since the same words name army groupings and other organisations.
   */
  introducers?: string[];
  trailers?: string[];
}

/** Words of object that may stand between a naming verb and "as" ("tracks the actor as"). */
const OBJ = String.raw`(?:[\p{L}\-’']+ ){0,3}?`;

export const GROUP_NAMINGS: Record<string, GroupNaming> = {
  en: {
    cues: [
      String.raw`(?:tracks?|tracked|tracking|refers? to|referred to|referring to|identifies|identified|designates?|designated|labels?|labell?ed|known|classifies|classified) ${OBJ}as`,
      String.raw`(?:dubs?|dubbed|calls|called|calling|call|names|named|nicknamed|christened|code-?named|has (?:dubbed|named|called))(?![\p{L}])(?: (?:itself|themselves))?(?: (?:the|these|this|those|its|their) [\p{L}\-]+(?: [\p{L}\-]+)?)?`,

      // giving a name: "gave the group the name X", "assigned the cluster the code name X"
      String.raw`(?:gave|give|gives|given|giving|assigned|assigns|assign) (?:(?:the|these|this|those|its|their) [\p{L}\-]+(?: [\p{L}\-]+)? |it |them )?(?:the |a )?(?:temporary |working )?(?:code ?)?(?:name|moniker|label)`,
    ],
    groups: ['groups?', 'actors?', 'hackers', 'attackers', 'intruders', 'clusters?', 'activity', 'gangs?', 'crews?', 'operators', 'adversary', 'adversaries', 'collective', 'APT'],
    others: ['malware', 'backdoors?', 'implants?', 'trojans?', 'tools?', 'toolkits?', 'loaders?', 'droppers?', 'botnets?', 'ransomware', 'wipers?', 'strains?', 'variants?', 'families', 'family', 'campaigns?', 'operations?', 'products?', 'services?', 'compan(?:y|ies)', 'firms?', 'vendors?', 'software', 'programs?', 'apps?', 'vulnerabilit(?:y|ies)', 'flaws?', 'bugs?', 'exploits?', 'cities', 'city', 'towns?', 'facilities', 'facility', 'ships?', 'vessels?', 'units?', 'researchers', 'experts', 'activists', 'journalists', 'students', 'volunteers', 'people', 'officials', 'bands?', 'leaders?', 'ringleaders?', 'founders?', 'members?', 'spokes(?:man|men|woman|women|person|people)', 'administrators?', 'suspects?', 'defendants?', 'regions?', 'areas?', 'districts?', 'countries', 'country', 'provinces?', 'islands?'],
  },
  fr: {
    cues: [
      String.raw`(?:suit|suivent|suivi|suivie|suivis|connue?s?|désigne|désignent|désignée?s?|répertoriée?s?|identifiée?s?|référencée?s?) ${OBJ}sous le nom d(?:e |['’])`,
      String.raw`(?:appelle|appellent|appelée?s?|nomme|nomment|nommée?s?|baptise|baptisent|baptisée?s?|surnomme|surnomment|surnommée?s?|désigne|désignent|a (?:baptisé|appelé|nommé|surnommé))(?![\p{L}])(?! sous le nom)(?: (?:ce|cet|cette|ces|le|la|les) [\p{L}\-]+)?`,
      String.raw`(?:se (?:fait|font|faisant) appeler|s['’]appell?e(?:nt)?|se (?:nomme|nomment|surnomme|surnomment)|se (?:présente|présentent|présentant) comme)`,

      // donner un nom: "ont donné au groupe le nom de X", "lui a attribué le nom de code X"
      String.raw`(?:donn\p{L}*|attribu\p{L}*)(?: [\p{L}’']+){0,3}? le nom(?: de code)? d(?:e |['’])`,
    ],
    groups: ['groupes?', 'pirates', 'hackers', 'acteurs?', 'attaquants', 'assaillants', 'clusters?', 'activités?', 'mode opératoire', 'modes opératoires', 'gangs?', 'collectifs?', 'APT'],
    others: ['logiciels? malveillants?', 'maliciels?', 'malwares?', 'rançongiciels?', 'portes? dérobées?', 'chevaux de Troie', 'cheval de Troie', 'outils?', 'opérations?', 'campagnes?', 'entreprises?', 'sociétés?', 'produits?', 'services?', 'logiciels?', 'programmes?', 'applications?', 'vulnérabilités?', 'failles?', 'villes?', 'navires?', 'chercheurs', 'experts', 'militants', 'journalistes', 'étudiants', 'bénévoles', 'chefs?', 'leaders?', 'fondateurs?', 'membres?', 'porte-parole', 'dirigeants?', 'suspects?', 'régions?', 'zones?', 'pays', 'provinces?'],
  },
  de: {
    cues: [
      String.raw`unter dem (?:Namen|Decknamen|Label|Kürzel)`,
      // einen Namen geben: "gaben der Gruppe den Namen X", "verliehen ihr den Decknamen X"
      String.raw`(?:gab|gaben|gibt|geben|gegeben|verlieh|verliehen|verleiht)(?: [\p{L}]+){0,3}? den (?:vorläufigen )?(?:Namen|Decknamen|Arbeitsnamen)`,
    ],
    postVerb: { cues: ['als', 'sich'], verbs: ['nenn(?:t|en)', 'bezeichnet\\p{L}*', 'geführt\\p{L}*', 'verfolgt\\p{L}*', 'identifiziert\\p{L}*', 'bekannt\\p{L}*', 'getauft\\p{L}*'] },
    groups: ['Gruppen?', 'Gruppierung(?:en)?', '\\p{L}*[Gg]ruppen?', 'Hacker(?:n)?', 'Angreifer(?:n)?', 'Akteur(?:e|en)?', 'Cluster', 'Bande', 'Kollektiv', 'Aktivitäten', 'APT'],
    others: ['Schadsoftware', 'Schadprogramm\\p{L}*', 'Malware', 'Trojaner', 'Hintertür\\p{L}*', 'Backdoor\\p{L}*', 'Werkzeug\\p{L}*', 'Kampagnen?', 'Operation(?:en)?', 'Unternehmen', 'Firm(?:a|en)', 'Konzern\\p{L}*', 'Produkt\\p{L}*', 'Programm\\p{L}*', 'Software', 'Schwachstellen?', 'Lücken?', 'Städte', 'Stadt', 'Schiff\\p{L}*', 'Forscher(?:n)?', 'Experten', 'Aktivisten', 'Journalisten', 'Studenten', 'Anführer\\p{L}*', 'Gründer\\p{L}*', 'Mitglied\\p{L}*', 'Sprecher\\p{L}*', 'Chef\\p{L}*', 'Verdächtig\\p{L}*', 'Regionen?', 'Gebiet\\p{L}*', 'Land', 'Länder', 'Provinz\\p{L}*'],
    headAfter: String.raw`[ \u00a0]+(?:bezeichnete|geführte|verfolgte|bekannte|getaufte)[ \u00a0]+`,
  },
  es: {
    cues: [
      String.raw`(?:rastrea|rastrean|rastread[oa]s?|conocid[oa]s?|identificad[oa]s?|designad[oa]s?|catalogad[oa]s?|sigue|siguen|seguid[oa]s?) ${OBJ}como`,
      String.raw`(?:se autodenomina(?:n)?|autodenominad[oa]s?|se hacen? llamar|se (?:llama|llaman|denomina|denominan)|llama|llaman|llamad[oa]s?|denomina|denominan|denominad[oa]s?|bautiza|bautizan|bautizó|bautizad[oa]s?|apoda|apodad[oa]s?|ha (?:llamado|denominado|bautizado))(?![\p{L}])(?: (?:a )?(?:este|esta|estos|estas|el|la|los|las) [\p{L}\-]+)?(?: como)?`,

      // dar un nombre: "dieron al grupo el nombre de X", "le asignó el nombre en clave X"
      String.raw`(?:dio|dieron|da|dan|dado|asignó|asignaron|asigna|asignado)(?: [\p{L}]+){0,3}? el nombre(?: (?:en clave|provisional))?(?: de)?`,
    ],
    groups: ['grupos?', 'actor(?:es)?', 'piratas', 'hackers', 'atacantes', 'clúster(?:es)?', 'actividad(?:es)?', 'ciberdelincuentes', 'bandas?', 'colectivos?', 'APT'],
    others: ['malware', 'software(?: malicioso)?', 'programas?(?: maliciosos?)?', 'troyanos?', 'puertas? traseras?', 'herramientas?', 'ransomware', 'campañas?', 'operaci(?:ón|ones)', 'empresas?', 'compañías?', 'productos?', 'servicios?', 'aplicaci(?:ón|ones)', 'vulnerabilidad(?:es)?', 'fallos?', 'ciudad(?:es)?', 'buques?', 'investigadores', 'expertos', 'activistas', 'periodistas', 'estudiantes', 'voluntarios', 'líder(?:es)?', 'fundador(?:es)?', 'miembros?', 'portavoz', 'cabecillas?', 'jefes?', 'sospechosos?', 'regi(?:ón|ones)', 'zonas?', 'países', 'país', 'provincias?'],
  },
  ru: {
    cues: [
      String.raw`(?:отслежива\p{L}*|известн\p{L}*|обознача\p{L}*|идентифициру\p{L}*|классифициру\p{L}*) ${OBJ}(?:как|под (?:названием|именем))`,
      String.raw`(?:называ\p{L}*|назвал\p{L}*|назвавш\p{L}*|назван\p{L}*|назвав(?: (?:е[её]|их|его)(?: [а-яё]+)?)?|именуем\p{L}*|именующ\p{L}*|прозвал\p{L}*|окрестил\p{L}*|дали? (?:ей|им|ему) (?:название|имя))(?![\p{L}])(?: себя)?`,
      // дать название: "дали группировке название X", "присвоили кластеру имя X"
      String.raw`(?:дал[аио]?|присвоил[аио]?|присваива(?:ет|ют))(?: [\p{L}]+){1,2}? (?:название|имя|обозначение)`,
      String.raw`(?:под|с) (?:названием|именем)`,
    ],
    introducers: [String.raw`(?:хакерск\p{L}* |хактивистск\p{L}* |кибер|APT-?)?группировк\p{L}*`, String.raw`(?:хакерск\p{L}* |хактивистск\p{L}* |APT-?)?групп\p{L}*`],
    groups: ['группировк\\p{L}*', 'групп\\p{L}*', 'кибергрупп\\p{L}*', 'хакер\\p{L}*', 'злоумышленник\\p{L}*', 'кластер\\p{L}*', 'актор\\p{L}*', 'объединени\\p{L}*', 'активност\\p{L}*', 'APT'],
    others: ['вредонос\\p{L}*', 'ВПО', 'программ\\p{L}*', 'троян\\p{L}*', 'бэкдор\\p{L}*', 'инструмент\\p{L}*', 'вирус\\p{L}*', 'кампани\\p{L}*', 'операци\\p{L}*', 'компани\\p{L}*', 'фирм\\p{L}*', 'продукт\\p{L}*', 'сервис\\p{L}*', 'уязвимост\\p{L}*', 'город\\p{L}*', 'войск\\p{L}*', 'судн\\p{L}*', 'корабл\\p{L}*', 'исследовател\\p{L}*', 'эксперт\\p{L}*', 'активист\\p{L}*', 'журналист\\p{L}*', 'студент\\p{L}*', 'лидер\\p{L}*', 'главар\\p{L}*', 'основател\\p{L}*', 'участник\\p{L}*', 'член\\p{L}*', 'руководител\\p{L}*', 'представител\\p{L}*', 'подозреваем\\p{L}*', 'регион\\p{L}*', 'област\\p{L}*', 'район\\p{L}*', 'стран\\p{L}*'],
  },
  vi: {
    cues: [
      String.raw`(?:theo dõi|biết đến|xác định|định danh|gọi|đặt tên)(?: [\p{L}]+){0,3}? (?:với (?:tên|cái tên)|dưới (?:tên|cái tên)|là)`,
      String.raw`(?:được gọi là|gọi là|có tên(?: là)?|mang tên|được đặt tên là|với tên gọi|tự xưng(?: là)?|tự nhận là)`,

      // đặt tên cho: "đặt tên tạm cho nhóm này là X", "gán tên cho cụm hoạt động là X"
      String.raw`(?:đặt tên|gán tên)(?: tạm| tạm thời)? cho(?: [\p{L}\d]+){1,5}? là`,
    ],
    groups: ['nhóm', 'tin tặc', 'hacker', 'kẻ tấn công', 'tác nhân', 'cụm', 'APT'],
    others: ['phần mềm(?: độc hại)?', 'mã độc', 'cửa hậu', 'công cụ', 'chiến dịch', 'công ty', 'doanh nghiệp', 'sản phẩm', 'dịch vụ', 'ứng dụng', 'lỗ hổng', 'thành phố', 'tàu', 'chương trình', 'nhà nghiên cứu', 'chuyên gia', 'nhà hoạt động', 'nhà báo', 'sinh viên', 'thủ lĩnh', 'trưởng nhóm', 'người sáng lập', 'thành viên', 'người phát ngôn', 'kẻ cầm đầu', 'nghi phạm', 'khu vực', 'vùng', 'quốc gia', 'tỉnh'],
  },
  zh: {
    introducers: ['黑客组织', '駭客組織', '黑客組織', '黑客团伙', '黑客團夥', 'APT组织', 'APT組織'],
    cues: ['名为', '名為', '名叫', '称为', '稱為', '称作', '稱作', '称之为', '稱之為', '称其为', '稱其為', '代号为', '代號為', '代号', '代號', '命名为', '命名為', '追踪为', '追蹤為', '跟踪为', '跟蹤為', '被称为', '被稱為', '自称', '自稱', '號稱', '号称'],
    groups: ['组织', '組織', '团伙', '團夥', '团体', '團體', '黑客', '駭客', '攻击者', '攻擊者', '行为者', '行為者', 'APT'],
    others: ['恶意软件', '惡意軟體', '惡意軟件', '木马', '木馬', '后门', '後門', '病毒', '软件', '軟體', '軟件', '程序', '程式', '工具', '行动', '行動', '活动', '活動', '公司', '企业', '企業', '产品', '產品', '服务', '服務', '漏洞', '城市', '船', '头目', '頭目', '首领', '首領', '成员', '成員', '创始人', '創始人', '发言人', '發言人', '负责人', '負責人', '嫌疑人', '地区', '地區', '国家', '國家'],
    // "名为“X”的黑客组织", "名为“X”的网络间谍组织": what kind of group may stand between 的 and the group noun.
    headAfter: '(?:的(?:(?:网络|網路|網絡)?(?:间谍|間諜|犯罪|攻击|攻擊|威胁|威脅))?|[，,]\\s*(?:该|這|这|此)?)?',
    trailers: ['(?:黑客|駭客|APT)?(?:组织|組織|团伙|團夥)'],
  },
};

/**
 * Prepositions of the agent inside a naming phrase ("known to researchers as", "connu par les
 * chercheurs sous le nom de", "von Forschern als"): a noun right after one names who names, not what is named.
 */
export const NAMING_AGENT_PREPOSITIONS: Record<string, string[]> = {
  en: ['to', 'by'], fr: ['par'], de: ['von', 'vom'], es: ['por'], ru: ['у'], vi: ['bởi', 'bởi các'],
};

/**
 * Links between a head noun and a group noun that depends on it ("the leader of the group", "le chef
 * du groupe", "der Anführer der Gruppe", "el líder del grupo", "thủ lĩnh của nhóm"; Russian puts the
 * genitive right after the head: "лидер группировки"): the group noun there does not say what is named.
 */
export const NAMING_GENITIVE_LINKS: Record<string, string[]> = {
  en: ['of(?: the| a| an| this| that| its)?'], fr: ['du', 'des', 'de la', "de l['’]", 'de'], de: ['der', 'des', 'von der', 'vom', 'von'],
  es: ['del', 'de la', 'de los', 'de las', 'de'], ru: [''], vi: ['của(?: nhóm)?', 'trong'],
};

/**
 * Last words of a hacktivist or criminal group's own long name ("... Cyber Fighters", "... Cyber Army",
 * "... Hacking Team"): a capitalised run ending in one may run to six words, Arabic articles and
 * name particles inside ("al-", "ad-", "de"), where other names stop at four.
 */
export const GROUP_NAME_TAILS: string[] = ['Fighters', 'Team', 'Army', 'Group', 'Brigade', 'Brigades', 'Legion', 'Squad', 'Front', 'Collective', 'Crew', 'Gang', 'Hackers', 'Warriors', 'Soldiers'];

/** Lowercase particles between the words of such a long name ("Soldiers of the Caliphate", "Cyber Army de ..."). */
export const GROUP_NAME_PARTICLES: string[] = ['of', 'the', 'de', 'la', 'del', 'du', 'des', 'bin', 'ibn'];

/** Arabic articles glued to a word of such a name by a hyphen ("al-", "ad-", "as-", "el-"). */
export const GROUP_NAME_ARTICLES: string[] = ['al', 'ad', 'an', 'ar', 'as', 'at', 'az', 'el', 'ul'];

/** Words opening a name that make it a campaign's, not a group's ("Operation X", "Opération X"). */
export const CAMPAIGN_NAME_HEADS: string[] = ['Operation', 'Opération', 'Operación', 'Operação', 'Operazione', 'Операция', 'Chiến dịch', '行动', '行動'];

/**
 * Words of a cyber context that let a bare group word before a quoted name in the text's own script
 * name a threat group ("группировка «...»" next to "хакеры", "кибератака"), where the same word also
 * names military formations.
 */
export const GROUP_CYBER_CONTEXT: Record<string, string[]> = {
  ru: ['хакер\\p{L}*', 'кибер\\p{L}*', 'APT\\p{L}*', 'взлом\\p{L}*', 'шпион\\p{L}*', 'вредонос\\p{L}*', 'фишинг\\p{L}*', 'утечк\\p{L}*', 'DDoS'],
  zh: ['黑客', '駭客', '网络', '網絡', '網路', 'APT', '攻击', '攻擊', '入侵', '间谍', '間諜', '窃取', '竊取'],
};

/**
 * Head words of an institution's or a product channel's name: a run holding one after a group word
 * ("a group called Citizen Lab", "un groupe appelé Conseil européen", "die Gruppe ... Telegram-Kanal")
 * names a body, not a threat group. Lower case, matched against each word of the run.
 */
export const INSTITUTION_HEADS: string[] = [
  'lab', 'labs', 'laboratory', 'laboratories', 'institute', 'university', 'college', 'center', 'centre', 'agency', 'council', 'commission',
  'ministry', 'department', 'foundation', 'union', 'company', 'inc', 'corp', 'ltd', 'llc', 'gmbh', 'ag', 'sa', 'association', 'alliance',
  'laboratoire', 'institut', 'université', 'agence', 'conseil', 'ministère', 'fondation', 'société',
  'labor', 'universität', 'zentrum', 'agentur', 'ministerium', 'stiftung', 'kanal',
  'laboratorio', 'instituto', 'universidad', 'centro', 'agencia', 'consejo', 'ministerio', 'fundación', 'unión',
  'канал', 'канала', 'telegram',
];

/**
 * Verbs of finding or describing whose subject makes a threat group known ("Velmora described a group
 * it called X", "мы обнаружили группу, которую назвали X", "beschrieb eine Welle unter dem Namen X"):
 * the first half of an introduction (group-namer.ts), the name marker (GROUP_NAME_MARKERS) the second.
 */
export const GROUP_FINDER_VERBS: Record<string, string[]> = {
  en: ['(?:first |later |also |now )?(?:described|describes|discovered|discovers|identified|identifies|uncovered|uncovers|spotted|observed|detected|tracks|tracked|exposed)',
    // Publishing a report on what it found: "published a report on a previously unknown group it calls X".
    '(?:(?:has|have|had) )?(?:published|released|issued|publishes|releases) (?:a|an|its|their) (?:[\\p{L}-]+ ){0,2}?(?:report|analysis|study|paper|research|write-?up) (?:on|about|into|detailing|describing)',
    '(?:has|have|had) (?:first |also )?(?:described|discovered|identified|uncovered|spotted|observed|detected|tracked|exposed)'],
  fr: ['(?:a|ont|avait|avaient|avons) (?:d\'abord |également )?(?:décrit|découvert|identifié|détecté|observé|repéré|mis au jour)', 'décrit', 'découvre', 'suit',
    // "a publié mercredi un rapport consacré à un groupe jusqu'ici inconnu, baptisé X".
    '(?:a|ont|avait|avaient|avons) publié (?:\\S+ ){0,5}?(?:un|une|son|leur|sa) (?:[\\p{L}-]+ ){0,2}?(?:rapport|analyse|étude|note) (?:consacrée? à|sur)', 'publie (?:\\S+ ){0,3}?(?:un|une|son|leur|sa) (?:[\\p{L}-]+ ){0,2}?(?:rapport|analyse|étude) (?:consacrée? à|sur)'],
  de: ['beschrieb(?:en)?', 'beschreibt', 'entdeckte(?:n)?', 'identifizierte(?:n)?', 'beobachtete(?:n)?', 'verfolgt', 'deckte(?:n)?', '(?:hat|haben|hatte|hatten)',
    // "veröffentlichte einen Bericht über eine bisher unbekannte Gruppe namens X".
    'veröffentlicht(?:e|en|t)? (?:\\S+ ){0,3}?(?:einen|eine|ihren|seinen|ihre|seine) (?:[\\p{L}-]+ ){0,2}?(?:Bericht|Analyse|Studie|Report) (?:über|zu)'],
  es: ['describió', 'descubrió', 'identificó', 'detectó', 'observó', 'rastrea', 'descubrimos', 'identificamos', 'detectamos',
    // "publicó un informe sobre un grupo desconocido hasta ahora, denominado X".
    '(?:publicó|publicaron|publica|publican|(?:ha|han|había|hemos) publicado) (?:\\S+ ){0,3}?(?:un|una|su) (?:[\\p{L}-]+ ){0,2}?(?:informe|análisis|estudio) sobre',
    '(?:ha|han|había|hemos) (?:descrito|descubierto|identificado|detectado|observado)'],
  ru: ['обнаружил(?:а|и|о)?', 'выявил(?:а|и|о)?', 'описал(?:а|и|о)?', 'отслежива(?:ет|ют|ем)', 'нашл(?:а|и|о)', 'зафиксировал(?:а|и|о)?',
    // "опубликовали отчёт о ранее неизвестной группировке, которую назвали X".
    '(?:опубликовал(?:а|и|о)?|представил(?:а|и|о)?|выпустил(?:а|и|о)?) (?:\\S+ ){0,2}?(?:отч[её]т|доклад|исследование) об?'],
  vi: ['(?:đã )?(?:phát hiện|mô tả|xác định|theo dõi|ghi nhận)',
    // Publishing a report on what it found: "công bố báo cáo về một nhóm mới có tên X".
    '(?:đã )?(?:công bố|phát hành|đăng tải) (?:một )?(?:báo cáo|bản phân tích|nghiên cứu) (?:\\p{L}+ ){0,2}?về'],
};

/**
 * Verbs that give a threat group the name that follows them, after at most two words ("calls the group X",
 * "называет группировку X", "nennt die Gruppe X", "đặt tên là X", "命名为X"): what is said there is the name,
 * not an act of the group (claims/given-name.ts). Not verbs of blame ("names X as the culprit", "attributes").
 */
export const GROUP_CALLING_VERBS: Record<string, string[]> = {
  en: ['calls', 'call', 'dubs', 'dub', 'tracks', 'track', '(?:tracks?|refers? to) (?:[\\p{L}-]+ ){1,2}?as'],
  fr: ['appelle', 'appellent', 'nomme', 'nomment', 'surnomme', 'surnomment', 'baptise', 'baptisent', 'suit sous le nom de', 'suivent sous le nom de'],
  de: ['nennt', 'nennen', 'bezeichnet', 'bezeichnen', 'führt', 'führen'],
  es: ['llama', 'llaman', 'denomina', 'denominan', 'bautiza', 'bautizan', 'rastrean? (?:\\p{L}+ ){0,2}?como'],
  ru: ['называ(?:ет|ют|ем)', 'имену(?:ет|ют|ем)', 'отслежива(?:ет|ют|ем) под (?:названием|именем)'],
  // Vietnamese counts syllables: the object between the verb and "là" ("gọi nhóm này là X") is within the verb's phrase.
  vi: ['gọi (?:\\p{L}+ ){0,3}?là', 'đặt tên (?:cho )?(?:\\p{L}+ ){0,3}?là', 'theo dõi (?:\\p{L}+ ){0,3}?dưới (?:cái )?tên'],
  zh: ['命名为', '命名為', '称为', '稱為', '称之为', '稱之為', '代号为', '代號為'],
};

/**
 * The words that introduce a group's name as the one its finder gave it, right before the name: "a
 * group it called", "dubbed", "которую назвали", "под названием", "unter dem Namen", "namens",
 * "qu'elle a baptisé", "denominado", "được đặt tên là". With a finder verb before them (GROUP_FINDER_VERBS).
 */
export const GROUP_NAME_MARKERS: Record<string, string[]> = {
  en: ['(?:(?:that|which) )?(?:it|they|we|the (?:company|firm|researchers)) (?:calls?|called|dubs|dubbed|names|named|tracks as|tracked as|refers? to as|referred to as|labell?ed|labels)',
    'called', 'dubbed', 'named', 'codenamed', 'code-named', 'tracked as', 'under the name'],
  fr: ['(?:qu[\'’](?:il|elle|ils|elles) (?:a|ont|avait|avaient) |que nous avons )?(?:baptisé|appelé|nommé|surnommé|désigné)e?s?', 'sous le nom(?: de)?', 'dénommée?s?'],
  de: ['unter dem Namen', 'namens', 'genannt', 'mit dem Namen'],
  es: ['(?:al |a la )?que (?:llamó|denominó|bautizó|llamamos|denominamos|bautizamos|llama|denomina)', 'denominad[oa]s?', 'llamad[oa]s?', 'bautizad[oa]s?', '(?:con|bajo) el nombre de'],
  ru: ['(?:котор\\p{L}+ )?(?:мы |она |он |они )?(?:назвал\\p{L}*|назва(?:ли|ла|л|ть)|окрестил\\p{L}*)', '(?:котор\\p{L}+ )?(?:мы |она |он |они )?(?:присвоил\\p{L}*|дал\\p{L}*) (?:ей |ему |им )?(?:название|имя)', 'под (?:названием|именем)', 'получивш\\p{L}* (?:название|имя)'],
  vi: ['(?:được )?(?:đặt tên là|gọi là|có tên(?: là)?|mang tên)', '(?:mà )?(?:họ|chúng tôi|công ty) (?:gọi|đặt tên) là'],
};
