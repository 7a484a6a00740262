/**
 * State-linked intrusion sets and threat actors, written by OpsTrack from public reporting.
 * Per group: canonical name (ATT&CK's where it has one), ATT&CK id, the names ATT&CK associates with
 * it (`attack`), other vendors' names for the same cluster (`same`, by vendor), clusters a vendor
 * says OVERLAP with it (`overlap`, by vendor: kept apart, never merged), names in other languages,
 * and the state it is commonly attributed to with who says so (`by`; stored as claims by them).
 * When a fact was not certain it was left out.
 */

export type GroupLang = 'zh' | 'zh-Hant' | 'ru' | 'vi' | 'fr' | 'de' | 'es' | 'ko' | 'ja';

export interface GroupSpec {
  name: string;
  /** ATT&CK G-id. */
  g?: string;
  /** Default intrusion-set; `threat-actor` for personas and hacktivist collectives. */
  type?: 'intrusion-set' | 'threat-actor';
  /** ISO alpha-2 of the state the group is attributed to. */
  c?: string;
  /** Who attributes it (each becomes a separate claim). */
  by?: string[];
  /** State organisation named in the attribution. */
  org?: string;
  attack?: string[];
  same?: Record<string, string[]>;
  overlap?: Record<string, string[]>;
  names?: Partial<Record<GroupLang, string[]>>;
  d?: string;
}

const ATT = 'MITRE ATT&CK';
const MS = 'Microsoft';
const CS = 'CrowdStrike';
const MD = 'Mandiant';
const SW = 'Secureworks';
const TM = 'Trend Micro';
const U42 = 'Palo Alto Networks Unit 42';
const SY = 'Symantec';
const KS = 'Kaspersky';
const ES = 'ESET';
const RF = 'Recorded Future';
const CP = 'Check Point';
const CISA = 'CISA';
const DOJ = 'US Department of Justice';
const NCSC = 'UK NCSC';

export const GROUPS: GroupSpec[] = [
  // ---- China ----
  { name: 'APT1', g: 'G0006', c: 'CN', by: [MD, DOJ], org: 'PLA Unit 61398', attack: ['Comment Crew', 'Comment Group', 'Comment Panda'], d: 'PLA Unit 61398 espionage group exposed by Mandiant in 2013.' },
  { name: 'APT3', g: 'G0022', c: 'CN', by: [ATT, DOJ], attack: ['Gothic Panda', 'Pirpi', 'UPS Team', 'Buckeye', 'Threat Group-0110', 'TG-0110'] },
  { name: 'menuPass', g: 'G0045', c: 'CN', by: [ATT, DOJ], org: 'Ministry of State Security (Tianjin State Security Bureau)', attack: ['Cicada', 'POTASSIUM', 'Stone Panda', 'APT10', 'Red Apollo', 'CVNX', 'HOGFISH', 'BRONZE RIVERSIDE'], overlap: { [TM]: ['Earth Kasha'] } },
  { name: 'APT12', g: 'G0005', c: 'CN', by: [ATT], attack: ['IXESHE', 'DynCalc', 'Numbered Panda', 'DNSCALC'] },
  { name: 'APT16', g: 'G0023', c: 'CN', by: [ATT] },
  { name: 'APT17', g: 'G0025', c: 'CN', by: [ATT], attack: ['Deputy Dog'] },
  { name: 'APT18', g: 'G0026', c: 'CN', by: [ATT], attack: ['TG-0416', 'Dynamite Panda', 'Threat Group-0416'] },
  { name: 'APT19', g: 'G0073', c: 'CN', by: [ATT], attack: ['Codoso', 'C0d0so0', 'Codoso Team', 'Sunshop Group'] },
  { name: 'APT30', g: 'G0013', c: 'CN', by: [ATT] },
  { name: 'APT31', g: 'G0128', c: 'CN', by: [DOJ, NCSC], org: 'Ministry of State Security (Hubei State Security Department)', attack: ['Violet Typhoon', 'BRONZE VINEWOOD', 'TA412', 'Zirconium', 'Judgement Panda'] },
  { name: 'Leviathan', g: 'G0065', c: 'CN', by: [DOJ, 'Australian Signals Directorate'], org: 'Ministry of State Security (Hainan State Security Department)', attack: ['MUDCARP', 'Kryptonite Panda', 'Gadolinium', 'BRONZE MOHAWK', 'TEMP.Jumper', 'APT40', 'TEMP.Periscope', 'Gingham Typhoon'] },
  { name: 'APT41', g: 'G0096', c: 'CN', by: [ATT, DOJ], attack: ['Wicked Panda', 'Brass Typhoon', 'BARIUM'], same: { [TM]: ['Earth Baku'] } },
  { name: 'Winnti Group', g: 'G0044', c: 'CN', by: [ATT], attack: ['Blackfly'], overlap: { [ATT]: ['APT41'] } },
  { name: 'APT5', g: 'G1023', c: 'CN', by: [ATT], attack: ['Mulberry Typhoon', 'MANGANESE', 'UNC2630', 'Keyhole Panda', 'BRONZE FLEETWOOD'] },
  { name: 'Threat Group-3390', g: 'G0027', c: 'CN', by: [ATT], attack: ['Earth Smilodon', 'TG-3390', 'Emissary Panda', 'BRONZE UNION', 'APT27', 'Iron Tiger', 'LuckyMouse', 'Linen Typhoon'], same: { [SY]: ['Budworm'], common: ['Lucky Mouse'] } },
  { name: 'Mustang Panda', g: 'G0129', c: 'CN', by: [ATT], attack: ['TA416', 'RedDelta', 'BRONZE PRESIDENT'], same: { [TM]: ['Earth Preta'], [U42]: ['Stately Taurus'] }, overlap: { [CP]: ['Camaro Dragon'] } },
  {
    name: 'Volt Typhoon',
    g: 'G1017',
    c: 'CN',
    by: [MS, CISA],
    attack: ['BRONZE SILHOUETTE', 'Vanguard Panda', 'DEV-0391', 'UNC3236', 'Voltzite', 'Insidious Taurus'],
    same: { [MS]: ['Storm-0391'] },
    names: { zh: ['伏特台风'], 'zh-Hant': ['伏特颱風'] },
    d: 'Pre-positions in US critical infrastructure networks by living off the land (Microsoft, May 2023; CISA advisory AA24-038A).',
  },
  {
    name: 'Salt Typhoon',
    g: 'G1045',
    c: 'CN',
    by: [MS, CISA],
    overlap: { [KS]: ['GhostEmperor'], [ES]: ['FamousSparrow'], [MD]: ['UNC2286'], [TM]: ['Earth Estries'], [RF]: ['RedMike'] },
    names: { zh: ['盐台风'], 'zh-Hant': ['鹽颱風'] },
    d: 'Intrusions into telecommunications providers worldwide (disclosed 2024). Vendors link other clusters to it; those links are disputed and kept as overlaps.',
  },
  { name: 'Flax Typhoon', c: 'CN', by: [MS, 'FBI'], same: { [CS]: ['Ethereal Panda'] }, overlap: { [RF]: ['RedJuliett'] }, names: { zh: ['亚麻台风'] }, d: 'Operated the Raptor Train botnet; the FBI named Integrity Technology Group (2024).' },
  { name: 'HAFNIUM', g: 'G0125', c: 'CN', by: [MS], attack: ['Operation Exchange Marauder', 'Silk Typhoon'], names: { zh: ['丝绸台风', '硅台风'], 'zh-Hant': ['絲綢颱風', '矽颱風'] } },
  { name: 'Storm-0558', c: 'CN', by: [MS], d: 'Forged Microsoft account tokens to read government email (2023).' },
  { name: 'Aquatic Panda', g: 'G0143', c: 'CN', by: [ATT, DOJ] },
  { name: 'Earth Lusca', g: 'G1006', c: 'CN', by: [ATT], attack: ['TAG-22', 'Charcoal Typhoon', 'CHROMIUM', 'ControlX'] },
  { name: 'Naikon', g: 'G0019', c: 'CN', by: [ATT], org: 'PLA Unit 78020' },
  { name: 'Ke3chang', g: 'G0004', c: 'CN', by: [ATT], attack: ['APT15', 'Mirage', 'Vixen Panda', 'GREF', 'Playful Dragon', 'RoyalAPT', 'NICKEL', 'Nylon Typhoon'] },
  { name: 'BlackTech', g: 'G0098', c: 'CN', by: [CISA, 'NPA Japan'], same: { [SY]: ['Palmerworm'] } },
  { name: 'GALLIUM', g: 'G0093', c: 'CN', by: [MS], attack: ['Granite Typhoon'] },
  { name: 'Axiom', g: 'G0001', c: 'CN', by: [ATT], attack: ['Group 72'] },
  { name: 'admin@338', g: 'G0018', c: 'CN', by: [ATT] },
  { name: 'Aoqin Dragon', g: 'G1007', c: 'CN', by: [ATT] },
  { name: 'BackdoorDiplomacy', g: 'G0135', c: 'CN', by: [ATT] },
  { name: 'BRONZE BUTLER', g: 'G0060', c: 'CN', by: [ATT], attack: ['REDBALDKNIGHT', 'Tick'] },
  { name: 'Chimera', g: 'G0114', c: 'CN', by: [ATT] },
  { name: 'Cinnamon Tempest', g: 'G1021', c: 'CN', by: [MS], attack: ['DEV-0401', 'Emperor Dragonfly', 'BRONZE STARLIGHT'] },
  { name: 'Daggerfly', g: 'G1034', c: 'CN', by: [ATT], attack: ['Evasive Panda', 'BRONZE HIGHLAND'] },
  { name: 'DragonOK', g: 'G0017', c: 'CN', by: [ATT] },
  { name: 'Elderwood', g: 'G0066', c: 'CN', by: [ATT], attack: ['Elderwood Gang', 'Beijing Group', 'Sneaky Panda'] },
  { name: 'IndigoZebra', g: 'G0136', c: 'CN', by: [ATT] },
  { name: 'Lotus Blossom', g: 'G0030', c: 'CN', by: [ATT], attack: ['DRAGONFISH', 'Spring Dragon'] },
  { name: 'LuminousMoth', g: 'G1014', c: 'CN', by: [ATT] },
  { name: 'Moafee', g: 'G0002', c: 'CN', by: [ATT] },
  { name: 'Mofang', g: 'G0103', c: 'CN', by: [ATT] },
  { name: 'Putter Panda', g: 'G0024', c: 'CN', by: [CS], org: 'PLA Unit 61486', attack: ['APT2', 'MSUpdater'] },
  { name: 'Rancor', g: 'G0075', c: 'CN', by: [ATT] },
  { name: 'Scarlet Mimic', g: 'G0029', c: 'CN', by: [ATT] },
  { name: 'Suckfly', g: 'G0039', c: 'CN', by: [ATT] },
  { name: 'Tonto Team', g: 'G0131', c: 'CN', by: [ATT], attack: ['Earth Akhlut', 'BRONZE HUNTLEY', 'CactusPete', 'Karma Panda'] },
  { name: 'Tropic Trooper', g: 'G0081', c: 'CN', by: [ATT], attack: ['Pirate Panda', 'KeyBoy'] },
  { name: 'PittyTiger', g: 'G0011', c: 'CN', by: [ATT] },
  { name: 'Velvet Ant', g: 'G1047', c: 'CN', by: ['Sygnia'] },
  { name: 'UNC3886', g: 'G1048', c: 'CN', by: [MD] },
  { name: 'UNC5221', c: 'CN', by: [MD], d: 'China-nexus cluster exploiting Ivanti Connect Secure zero-days (Mandiant, 2024).' },
  { name: 'UNC4841', c: 'CN', by: [MD], d: 'Exploited Barracuda ESG CVE-2023-2868 (Mandiant, 2023).' },
  { name: 'APT20', c: 'CN', by: [MD] },
  { name: 'Earth Krahang', c: 'CN', by: [TM], d: 'China-nexus campaign against government entities (Trend Micro, 2024).' },
  { name: 'Weaver Ant', c: 'CN', by: ['Sygnia'], d: 'China-nexus espionage in an Asian telecommunications provider (Sygnia, 2025).' },
  { name: 'Liminal Panda', c: 'CN', by: [CS], d: 'China-nexus adversary targeting telecommunications providers (CrowdStrike, 2024).' },
  { name: 'UNC5174', c: 'CN', by: [MD] },
  { name: 'Storm-2603', c: 'CN', by: [MS], d: 'China-based actor that exploited SharePoint vulnerabilities in July 2025.' },
  { name: 'Sharp Panda', c: 'CN', by: [CP] },
  { name: 'ToddyCat', g: 'G1022', d: 'Chinese-speaking APT described by Kaspersky.' },
  { name: 'Sowbug', g: 'G0054' },
  { name: 'Thrip', g: 'G0076' },
  // ---- Russia ----
  {
    name: 'APT28',
    g: 'G0007',
    c: 'RU',
    by: [DOJ, NCSC],
    org: 'GRU Unit 26165',
    attack: ['IRON TWILIGHT', 'SNAKEMACKEREL', 'Swallowtail', 'Group 74', 'Sednit', 'Sofacy', 'Pawn Storm', 'Fancy Bear', 'STRONTIUM', 'Tsar Team', 'Threat Group-4127', 'TG-4127', 'Forest Blizzard', 'GruesomeLarch'],
    same: { [U42]: ['Fighting Ursa'] },
    names: { zh: ['奇幻熊'] },
  },
  {
    name: 'APT29',
    g: 'G0016',
    c: 'RU',
    by: ['US Government', NCSC],
    org: 'SVR',
    attack: ['IRON RITUAL', 'IRON HEMLOCK', 'NobleBaron', 'Dark Halo', 'NOBELIUM', 'UNC2452', 'YTTRIUM', 'The Dukes', 'Cozy Bear', 'CozyDuke', 'SolarStorm', 'Blue Kitsune', 'UNC3524', 'Midnight Blizzard'],
    same: { [U42]: ['Cloaked Ursa'] },
    names: { zh: ['舒适熊'] },
  },
  {
    name: 'Sandworm Team',
    g: 'G0034',
    c: 'RU',
    by: [DOJ, NCSC],
    org: 'GRU Unit 74455',
    attack: ['ELECTRUM', 'Telebots', 'IRON VIKING', 'BlackEnergy (Group)', 'Quedagh', 'Voodoo Bear', 'IRIDIUM', 'Seashell Blizzard', 'FROZENBARENTS', 'APT44'],
    same: { common: ['Sandworm'] },
    names: { zh: ['沙虫'] },
  },
  { name: 'Turla', g: 'G0010', c: 'RU', by: [CISA], org: 'FSB Center 16', attack: ['IRON HUNTER', 'Group 88', 'Waterbug', 'WhiteBear', 'Krypton', 'Venomous Bear', 'Secret Blizzard', 'BELUGASTURGEON'], names: { ru: ['Турла'] } },
  { name: 'Gamaredon Group', g: 'G0047', c: 'RU', by: ['SBU'], org: 'FSB', attack: ['IRON TILDEN', 'Primitive Bear', 'ACTINIUM', 'Armageddon', 'Shuckworm', 'DEV-0157', 'Aqua Blizzard'], same: { common: ['Gamaredon'], [U42]: ['Trident Ursa'] } },
  { name: 'Star Blizzard', g: 'G1033', c: 'RU', by: [NCSC], org: 'FSB Centre 18', attack: ['SEABORGIUM', 'Callisto Group', 'TA446', 'COLDRIVER'], same: { common: ['Callisto'] } },
  { name: 'Ember Bear', g: 'G1003', c: 'RU', by: [CISA], org: 'GRU Unit 29155', attack: ['UNC2589', 'Bleeding Bear', 'DEV-0586', 'Cadet Blizzard', 'Frozenvista'] },
  { name: 'Dragonfly', g: 'G0035', c: 'RU', by: [DOJ], org: 'FSB Center 16', attack: ['TEMP.Isotope', 'DYMALLOY', 'Berserk Bear', 'TG-4192', 'Crouching Yeti', 'IRON LIBERTY', 'Energetic Bear', 'Ghost Blizzard', 'BROMINE'] },
  { name: 'TEMP.Veles', g: 'G0088', c: 'RU', by: [MD], org: 'Central Scientific Research Institute of Chemistry and Mechanics (TsNIIKhM)', attack: ['XENOTIME'] },
  { name: 'ALLANITE', g: 'G1000', c: 'RU', by: [ATT], attack: ['Palmetto Fusion'] },
  { name: 'Saint Bear', g: 'G1031', attack: ['Storm-0587', 'TA471', 'Lorec53'] },
  { name: 'Void Blizzard', c: 'RU', by: [MS, 'Netherlands AIVD'], same: { 'Netherlands AIVD': ['Laundry Bear'] }, d: 'Russian espionage cluster disclosed in 2025.' },
  { name: 'Nomadic Octopus', g: 'G0133', attack: ['DustSquad'] },
  { name: 'Winter Vivern', g: 'G1035', attack: ['TA473', 'UAC-0114'] },
  { name: 'RomCom', same: { [MS]: ['Storm-0978'], [U42]: ['Tropical Scorpius'], [TM]: ['Void Rabisu'] }, d: 'Russia-aligned group mixing espionage and ransomware.' },
  { name: 'Killnet', type: 'threat-actor', d: 'Pro-Russian hacktivist collective known for DDoS attacks since 2022.', names: { ru: ['Киллнет'] } },
  { name: 'NoName057(16)', type: 'threat-actor', d: 'Pro-Russian hacktivist DDoS collective.' },
  { name: 'Cyber Army of Russia Reborn', type: 'threat-actor', same: { common: ['CARR'] }, overlap: { [MD]: ['APT44'] }, d: 'Pro-Russian hacktivist persona that Mandiant links to APT44 (Sandworm).' },
  // ---- Belarus ----
  { name: 'MoustachedBouncer', g: 'G1019', c: 'BY', by: [ES] },
  { name: 'UNC1151', c: 'BY', by: [MD], same: { common: ['Ghostwriter'] }, d: 'Belarus-linked cluster behind the Ghostwriter influence operations (Mandiant, 2021).' },
  // ---- North Korea ----
  {
    name: 'Lazarus Group',
    g: 'G0032',
    c: 'KP',
    by: ['US Government'],
    org: 'Reconnaissance General Bureau',
    attack: ['Labyrinth Chollima', 'HIDDEN COBRA', 'Guardians of Peace', 'ZINC', 'NICKEL ACADEMY', 'Diamond Sleet'],
    same: { common: ['Lazarus'] },
    names: { zh: ['拉撒路', '拉撒路组织'], ru: ['Лазарус'], ko: ['라자루스'] },
  },
  { name: 'APT38', g: 'G0082', c: 'KP', by: [MD], org: 'Reconnaissance General Bureau', attack: ['NICKEL GLADSTONE', 'BeagleBoyz', 'Bluenoroff', 'Stardust Chollima', 'Sapphire Sleet', 'COPERNICIUM'], overlap: { 'common usage': ['Lazarus'] } },
  { name: 'Kimsuky', g: 'G0094', c: 'KP', by: [CISA], org: 'Reconnaissance General Bureau', attack: ['Black Banshee', 'Velvet Chollima', 'Emerald Sleet', 'THALLIUM', 'TA427', 'Springtail'], overlap: { [MD]: ['APT43'] }, names: { ko: ['김수키'] } },
  { name: 'APT37', g: 'G0067', c: 'KP', by: [MD], attack: ['InkySquid', 'ScarCruft', 'Reaper', 'Group123', 'TEMP.Reaper', 'Ricochet Chollima'] },
  { name: 'Andariel', g: 'G0138', c: 'KP', by: [CISA], org: 'Reconnaissance General Bureau', attack: ['Silent Chollima', 'PLUTONIUM', 'Onyx Sleet'], overlap: { 'common usage': ['Lazarus'] } },
  { name: 'Moonstone Sleet', g: 'G1036', c: 'KP', by: [MS], attack: ['Storm-1789'] },
  { name: 'TraderTraitor', c: 'KP', by: [CISA, 'FBI'], same: { [MS]: ['Jade Sleet'], [MD]: ['UNC4899'], [U42]: ['Slow Pisces'] }, d: 'Targets cryptocurrency companies with trojanised applications (CISA AA22-108A); the FBI attributed the 2025 Bybit theft to it.' },
  { name: 'Famous Chollima', c: 'KP', by: [CS], overlap: { [MS]: ['Jasper Sleet'], [MD]: ['UNC5267'] }, d: 'North Korean remote IT worker schemes.' },
  { name: 'Citrine Sleet', c: 'KP', by: [MS], d: 'Financially motivated North Korean cluster known for AppleJeus.' },
  // ---- Iran ----
  { name: 'APT33', g: 'G0064', c: 'IR', by: [MD], attack: ['HOLMIUM', 'Elfin', 'Peach Sandstorm'], same: { [CS]: ['Refined Kitten'] } },
  { name: 'OilRig', g: 'G0049', c: 'IR', by: [ATT], attack: ['COBALT GYPSY', 'IRN2', 'APT34', 'Helix Kitten', 'Evasive Serpens', 'Hazel Sandstorm', 'EUROPIUM', 'ITG13', 'Earth Simnavaz', 'Crambus', 'TA452'] },
  { name: 'Magic Hound', g: 'G0059', c: 'IR', by: [ATT], attack: ['TA453', 'COBALT ILLUSION', 'Charming Kitten', 'ITG18', 'Phosphorus', 'Newscaster', 'APT35', 'Mint Sandstorm'] },
  { name: 'APT42', c: 'IR', by: [MD], org: 'IRGC Intelligence Organization', overlap: { [MD]: ['APT35', 'Charming Kitten', 'TA453'] } },
  { name: 'APT39', g: 'G0087', c: 'IR', by: ['FBI'], org: 'Ministry of Intelligence (Rana Intelligence Computing Company)', attack: ['ITG07', 'Chafer', 'Remix Kitten'] },
  { name: 'MuddyWater', g: 'G0069', c: 'IR', by: ['US Cyber Command', NCSC], org: 'Ministry of Intelligence', attack: ['Earth Vetala', 'MERCURY', 'Static Kitten', 'Seedworm', 'TEMP.Zagros', 'Mango Sandstorm', 'TA450'] },
  { name: 'CyberAv3ngers', g: 'G1027', type: 'threat-actor', c: 'IR', by: [CISA], org: 'IRGC Cyber-Electronic Command', attack: ['Soldiers of Soloman'], same: { common: ['Cyber Av3ngers', 'CyberAvengers'] } },
  { name: 'Agrius', g: 'G1030', c: 'IR', by: [MS], attack: ['Pink Sandstorm', 'AMERICIUM', 'Agonizing Serpens', 'BlackShadow'] },
  { name: 'Fox Kitten', g: 'G0117', c: 'IR', by: [CISA], attack: ['UNC757', 'Parisite', 'Pioneer Kitten', 'RUBIDIUM', 'Lemon Sandstorm'] },
  { name: 'Moses Staff', g: 'G1009', c: 'IR', by: [CP], same: { [MS]: ['DEV-0500', 'Marigold Sandstorm'] } },
  { name: 'CURIUM', g: 'G1012', c: 'IR', by: [MS], attack: ['Crimson Sandstorm', 'TA456', 'Tortoise Shell', 'Yellow Liderc'], same: { [CS]: ['Imperial Kitten'], [SY]: ['Tortoiseshell'] } },
  { name: 'HEXANE', g: 'G1001', attack: ['Lyceum', 'Siamesekitten', 'Spirlin'] },
  { name: 'CopyKittens', g: 'G0052', c: 'IR', by: [ATT] },
  { name: 'Leafminer', g: 'G0077', c: 'IR', by: [ATT] },
  { name: 'Ajax Security Team', g: 'G0130', c: 'IR', by: [ATT] },
  { name: 'Ferocious Kitten', g: 'G0137', c: 'IR', by: [ATT] },
  { name: 'Silent Librarian', g: 'G0122', c: 'IR', by: [DOJ], org: 'Mabna Institute', same: { [SW]: ['COBALT DICKENS'] } },
  { name: 'UNC1549', c: 'IR', by: [MD], overlap: { [MD]: ['Tortoiseshell'] } },
  { name: 'Cleaver', g: 'G0003', c: 'IR', by: [ATT], attack: ['Threat Group 2889', 'TG-2889'] },
  { name: 'Emennet Pasargad', c: 'IR', by: [DOJ], same: { [MS]: ['Cotton Sandstorm', 'NEPTUNIUM'] }, d: 'Iranian company charged over 2020 US election influence operations.' },
  { name: 'Void Manticore', c: 'IR', by: [CP], org: 'Ministry of Intelligence', overlap: { [CP]: ['Storm-0842', 'Banished Kitten'] }, d: 'Destructive attacks in Albania and Israel under personas such as Homeland Justice.' },
  { name: 'Homeland Justice', type: 'threat-actor', c: 'IR', by: [MS], d: 'Persona behind the 2022 destructive attack on the Albanian government.' },
  // ---- Vietnam ----
  { name: 'APT32', g: 'G0050', c: 'VN', by: [MD], attack: ['SeaLotus', 'OceanLotus', 'APT-C-00', 'Canvas Cyclone', 'BISMUTH'], same: { [CS]: ['Ocean Buffalo'] }, names: { zh: ['海莲花'], 'zh-Hant': ['海蓮花'] } },
  // ---- South Asia ----
  { name: 'Sidewinder', g: 'G0121', c: 'IN', by: [ATT], attack: ['T-APT-04', 'Rattlesnake'] },
  { name: 'Patchwork', g: 'G0040', c: 'IN', by: [ATT], attack: ['Hangover Group', 'Dropping Elephant', 'Chinastrats', 'MONSOON', 'Operation Hangover'] },
  { name: 'BITTER', g: 'G1002', attack: ['T-APT-17'] },
  { name: 'Confucius', g: 'G0142' },
  { name: 'Transparent Tribe', g: 'G0134', c: 'PK', by: [ATT], attack: ['COPPER FIELDSTONE', 'APT36', 'Mythic Leopard', 'ProjectM'] },
  { name: 'SideCopy', g: 'G1008', c: 'PK', by: [ATT] },
  { name: 'Gorgon Group', g: 'G0078', c: 'PK', by: [ATT] },
  // ---- Middle East and others ----
  { name: 'Dark Caracal', g: 'G0070', c: 'LB', by: ['Lookout', 'EFF'], org: 'General Directorate of General Security' },
  { name: 'Volatile Cedar', g: 'G0123', c: 'LB', by: [ATT], same: { ClearSky: ['Lebanese Cedar'] } },
  { name: 'POLONIUM', g: 'G1005', c: 'LB', by: [MS] },
  { name: 'Stealth Falcon', g: 'G0038', c: 'AE', by: ['Citizen Lab'] },
  { name: 'Sea Turtle', g: 'G1041', c: 'TR', by: [ATT], overlap: { [MS]: ['Marbled Dust'] } },
  { name: 'Predatory Sparrow', type: 'threat-actor', same: { common: ['Gonjeshke Darande'] }, d: 'Persona behind disruptive attacks on Iranian infrastructure; widely reported as Israel-linked, not confirmed by Israel.' },
  { name: 'DarkHotel', g: 'G0012', c: 'KR', by: [ATT] },
  { name: 'Molerats', g: 'G0021', same: { common: ['Gaza Cybergang'] } },
  { name: 'Arid Viper', same: { common: ['APT-C-23', 'Desert Falcons'] } },
  { name: 'Equation', g: 'G0020', d: 'Kaspersky-named group (2015) widely linked in public reporting to the US NSA.', names: { zh: ['方程式组织', '方程式'], ru: ['Equation Group'] } },
  { name: 'Strider', g: 'G0041', same: { [KS]: ['ProjectSauron'] } },
  { name: 'BlackOasis', g: 'G0063' },
  { name: 'APT-C-39', c: 'US', by: ['Qihoo 360'], org: 'CIA', d: 'Name Qihoo 360 gave (2020) to activity it attributed to the CIA.' },
  { name: 'Longhorn', same: { [KS]: ['The Lamberts'] }, d: 'Symantec linked its tools to those described in the Vault 7 leak (2017).' },
  { name: 'Careto', same: { common: ['The Mask'] } },
  { name: 'APT-C-36', g: 'G0099', same: { common: ['Blind Eagle'] } },
  { name: 'Bahamut' },
  { name: 'DarkHydrus', g: 'G0079' },
  { name: 'WIRTE', g: 'G0090' },
  { name: 'Donot Team', same: { common: ['APT-C-35'] } },
  { name: 'Dark Basin', d: 'Hack-for-hire group exposed by Citizen Lab (2020).' },
  { name: 'Cyber Partisans', type: 'threat-actor', same: { common: ['Belarusian Cyber Partisans', 'Cyberpartisans'] }, names: { ru: ['Киберпартизаны', 'Киберпартизан', 'Киберпартизанами', 'Кибер-партизаны', 'Белорусские киберпартизаны'], de: ['Cyber-Partisanen', 'Cyberpartisanen'], fr: ['Cyberpartisans', 'Cyber-partisans'], es: ['Ciberpartisanos', 'Ciber-partisanos'], zh: ['网络游击队'] }, d: 'Belarusian hacktivists opposed to the Lukashenko government.' },
  { name: 'i-Soon', c: 'CN', by: [DOJ], same: { common: ['I-S00N', 'Anxun', 'Shanghai Anxun'] }, names: { zh: ['安洵', '上海安洵', '安洵信息'] }, d: 'Shanghai contractor (Anxun Information Technology) whose leaked files (2024) showed hacking for Chinese state clients; the US charged its staff in 2025.' },
  { name: 'RedEcho', c: 'CN', by: ['Recorded Future'], d: 'Recorded Future’s name (2021) for a China-linked group that targeted India’s power sector.' },
  { name: 'LightBasin', by: [CS], overlap: { [MD]: ['UNC1945'] }, d: 'CrowdStrike’s name (2021) for a group intruding into telecommunications providers.' },
  { name: 'REvil', type: 'threat-actor', same: { common: ['Sodinokibi'] }, d: 'Ransomware-as-a-service operation (2019-2021).' },
  { name: 'Brain Cipher', type: 'threat-actor', d: 'Ransomware group behind the June 2024 attack on Indonesia’s national data centre.' },
  { name: 'Dark Power', type: 'threat-actor', names: { zh: ['暗能量'] }, d: 'Ransomware group active since 2023.' },
  { name: 'Guacamaya', type: 'threat-actor', d: 'Hacktivist collective that leaked Latin American military and government files (2022).' },
  { name: 'IT Army of Ukraine', type: 'threat-actor', names: { ru: ['IT-армия Украины', 'ИТ-армия Украины', 'IT-армии Украины', 'ИТ-армии Украины'], fr: ['armée informatique de l’Ukraine', "armée informatique de l'Ukraine"], vi: ['Đội quân CNTT Ukraine'], zh: ['乌克兰IT军'] }, d: 'Volunteer DDoS collective launched in February 2022 at the call of Ukraine’s digital minister.' },
  { name: 'Solntsepek', type: 'threat-actor', c: 'RU', by: ['SBU'], names: { ru: ['Солнцепёк', 'Солнцепек'] }, d: 'Persona that claimed the December 2023 Kyivstar attack; Ukraine’s SBU links it to Sandworm.' },
  { name: 'Anonymous 64', type: 'threat-actor', names: { zh: ['匿名者64'] }, d: 'Online persona China’s Ministry of State Security said in 2024 was run by Taiwan’s military cyber command.' },
  { name: 'MirrorFace', c: 'CN', by: ['NPA Japan'], same: { common: ['Earth Kasha'] }, d: 'Group Japan’s National Police Agency said in January 2025 had run about 210 attacks on Japanese organisations for China.' },
  { name: 'Anonymous Sudan', type: 'threat-actor', d: 'DDoS collective; the US charged two Sudanese nationals as its operators in 2024.' },
  { name: 'Shadow Brokers', type: 'threat-actor', d: 'Leaked Equation group tools in 2016-2017.' },
  { name: 'Machete', g: 'G0095', attack: ['APT-C-43', 'El Machete'] },
  { name: 'Inception', g: 'G0100', same: { common: ['Cloud Atlas'] } },
  { name: 'PROMETHIUM', g: 'G0056', same: { common: ['StrongPity'] } },
  { name: 'NEODYMIUM', g: 'G0055' },
  { name: 'Windshift', g: 'G0112' },
  { name: 'Gallmaker', g: 'G0084' },
  { name: 'Metador', g: 'G1013' },
  { name: 'Whitefly', g: 'G0107' },
  // ---- Criminal groups states tolerate or use (frequent in news; no state attribution here) ----
  { name: 'Wizard Spider', g: 'G0102', attack: ['UNC1878', 'TEMP.MixMaster', 'Grim Spider', 'FIN12', 'GOLD BLACKBURN', 'ITG23', 'Periwinkle Tempest', 'DEV-0193'] },
  { name: 'FIN7', g: 'G0046', attack: ['GOLD NIAGARA', 'ITG14', 'Carbon Spider', 'ELBRUS', 'Sangria Tempest'] },
  { name: 'Scattered Spider', g: 'G1015', same: { [MS]: ['Octo Tempest'] } },
  { name: 'LAPSUS$', g: 'G1004', same: { [MS]: ['DEV-0537', 'Strawberry Tempest'] } },
  { name: 'Indrik Spider', g: 'G0119', same: { common: ['Evil Corp'] } },
  { name: 'TA505', g: 'G0092' },
  { name: 'Carbanak', g: 'G0008' },
];

export interface OrgSpec {
  key: string;
  name: string;
  c: string;
  aliases?: Partial<Record<'en' | 'vi' | 'zh' | 'zh-Hant' | 'ru' | 'fr' | 'de' | 'es' | 'nl' | 'ja' | 'ko' | 'id' | 'und', string[]>>;
}

/** State organisations that attributions name. */
export const ORGANIZATIONS: OrgSpec[] = [
  { key: 'mss', name: 'Ministry of State Security', c: 'CN', aliases: { und: ['MSS'], zh: ['国家安全部', '国安部'], vi: ['Bộ An ninh Quốc gia Trung Quốc', 'Bộ An ninh Quốc gia'], fr: ['ministère de la Sécurité d’État', "ministère de la Sécurité d'État"], es: ['Ministerio de Seguridad del Estado'], ru: ['Министерство государственной безопасности КНР', 'МГБ'] } },
  { key: 'pla', name: "People's Liberation Army", c: 'CN', aliases: { und: ['PLA'], zh: ['中国人民解放军', '解放军'], vi: ['Quân Giải phóng Nhân dân Trung Quốc'], ru: ['НОАК', 'Народно-освободительная армия Китая'], fr: ['Armée populaire de libération', 'APL'] } },
  { key: 'pla-61398', name: 'PLA Unit 61398', c: 'CN', aliases: { en: ['Unit 61398'], de: ['Einheit 61398'], fr: ['unité 61398'], es: ['unidad 61398'], vi: ['Đơn vị 61398'], zh: ['61398部队'], 'zh-Hant': ['61398部隊'] } },
  { key: 'gru', name: 'GRU', c: 'RU', aliases: { en: ['Main Intelligence Directorate', 'Main Directorate of the General Staff'], ru: ['ГРУ', 'ГУ ГШ', 'ГРУ ГШ', 'Главное разведывательное управление'], vi: ['Tổng cục Tình báo Quân đội Nga'], zh: ['格鲁乌'], es: ['Dirección Principal de Inteligencia', 'Dirección General de Inteligencia'], fr: ['Direction principale du renseignement', 'Direction générale des renseignements'] } },
  { key: 'gru-26165', name: 'GRU Unit 26165', c: 'RU', aliases: { en: ['Unit 26165'], ru: ['в/ч 26165', 'войсковой части 26165', 'войсковая часть 26165'], de: ['Einheit 26165'], fr: ['unité 26165'], es: ['unidad 26165'], vi: ['Đơn vị 26165'], zh: ['26165部队'], 'zh-Hant': ['26165部隊'] } },
  { key: 'gru-74455', name: 'GRU Unit 74455', c: 'RU', aliases: { en: ['Unit 74455'], ru: ['в/ч 74455', 'войсковой части 74455', 'войсковая часть 74455'], de: ['Einheit 74455'], fr: ['unité 74455'], es: ['unidad 74455'], vi: ['Đơn vị 74455'], zh: ['74455部队'], 'zh-Hant': ['74455部隊'] } },
  { key: 'gru-29155', name: 'GRU Unit 29155', c: 'RU', aliases: { en: ['Unit 29155'], ru: ['в/ч 29155', 'войсковой части 29155', 'войсковая часть 29155'], de: ['Einheit 29155'], fr: ['unité 29155'], es: ['unidad 29155'], vi: ['Đơn vị 29155'], zh: ['29155部队'], 'zh-Hant': ['29155部隊'] } },
  { key: 'svr', name: 'SVR', c: 'RU', aliases: { en: ['Foreign Intelligence Service of Russia'], ru: ['СВР', 'Служба внешней разведки'], es: ['Servicio de Inteligencia Exterior'], fr: ['Service de renseignement extérieur', 'Service des renseignements extérieurs'], de: ['Auslandsgeheimdienst SVR'] } },
  { key: 'fsb', name: 'FSB', c: 'RU', aliases: { en: ['Federal Security Service'], ru: ['ФСБ', 'Федеральная служба безопасности'], vi: ['Cơ quan An ninh Liên bang Nga'], fr: ['Service fédéral de sécurité'], es: ['Servicio Federal de Seguridad'] } },
  { key: 'rgb', name: 'Reconnaissance General Bureau', c: 'KP', aliases: { und: ['RGB'], ko: ['정찰총국'], zh: ['侦察总局'], vi: ['Tổng cục Trinh sát'], ru: ['Главное разведывательное бюро'], fr: ['Bureau général de reconnaissance'] } },
  { key: 'irgc', name: 'Islamic Revolutionary Guard Corps', c: 'IR', aliases: { und: ['IRGC'], ru: ['КСИР'], zh: ['伊斯兰革命卫队'], fr: ['Gardiens de la révolution', 'Corps des gardiens de la révolution islamique'], vi: ['Vệ binh Cách mạng Hồi giáo', 'Lực lượng Vệ binh Cách mạng Hồi giáo'], en: ['Revolutionary Guards', 'Revolutionary Guard'], es: ['Cuerpo de la Guardia Revolucionaria Islámica', 'Cuerpo de los Guardianes de la Revolución Islámica', 'Guardia Revolucionaria Islámica', 'Guardia Revolucionaria', 'Guardianes de la Revolución'], de: ['Islamische Revolutionsgarde', 'Islamischen Revolutionsgarde', 'Revolutionsgarde', 'Revolutionsgarden'] } },
  { key: 'mois', name: 'Ministry of Intelligence', c: 'IR', aliases: { und: ['MOIS', 'VAJA'], en: ['Ministry of Intelligence and Security'], es: ['Ministerio de Inteligencia y Seguridad', 'Ministerio de Inteligencia'], fr: ['ministère du Renseignement et de la Sécurité', 'ministère du Renseignement'] } },
  { key: 'nsa', name: 'National Security Agency', c: 'US', aliases: { und: ['NSA'], zh: ['美国国家安全局'], ru: ['АНБ'], vi: ['Cơ quan An ninh Quốc gia Mỹ'], es: ['Agencia de Seguridad Nacional'], fr: ['Agence nationale de la sécurité', 'Agence de sécurité nationale'] } },
  { key: 'gchq', name: 'GCHQ', c: 'GB', aliases: { en: ['Government Communications Headquarters'], zh: ['政府通信总部'], ru: ['Центр правительственной связи'] } },
  // Agencies that speak in the news (attribute, accuse, advise): a speaking agency resolves to its state.
  // Forms that contain a state's name ("Bộ Ngoại giao Trung Quốc", "МИД России") are left to the bare name
  // plus the country, so the state stays a mention of its own.
  { key: 'fbi', name: 'FBI', c: 'US', aliases: { en: ['Federal Bureau of Investigation'], vi: ['Cục Điều tra Liên bang'], zh: ['联邦调查局'], ru: ['ФБР'], fr: ['Bureau fédéral d’enquête'], es: ['Buró Federal de Investigaciones', 'Oficina Federal de Investigación'] } },
  { key: 'cisa', name: 'CISA', c: 'US', aliases: { en: ['Cybersecurity and Infrastructure Security Agency'], vi: ['Cơ quan An ninh mạng và An ninh hạ tầng', 'Cơ quan An ninh mạng và Cơ sở hạ tầng'], zh: ['网络安全和基础设施安全局', '网络安全与基础设施安全局'], ru: ['Агентство по кибербезопасности и защите инфраструктуры'], fr: ['Agence de cybersécurité et de sécurité des infrastructures'], es: ['Agencia de Ciberseguridad y Seguridad de las Infraestructuras', 'Agencia de Ciberseguridad y Seguridad de Infraestructuras', 'Agencia de Seguridad de Infraestructura y Ciberseguridad'] } },
  { key: 'us-treasury', name: 'US Department of the Treasury', c: 'US', aliases: { en: ['Treasury Department', 'US Treasury', 'U.S. Treasury', 'U.S. Treasury Department', 'Department of the Treasury'], fr: ['département du Trésor', 'Trésor américain'], es: ['Departamento del Tesoro', 'Tesoro estadounidense'], de: ['US-Finanzministerium'] } },
  { key: 'ofac', name: 'Office of Foreign Assets Control', c: 'US', aliases: { und: ['OFAC'], vi: ['Văn phòng Kiểm soát Tài sản Nước ngoài'], zh: ['海外资产控制办公室', '外国资产控制办公室'], ru: ['Управление по контролю за иностранными активами'] } },
  { key: 'us-state-department', name: 'US Department of State', c: 'US', aliases: { en: ['State Department', 'Department of State'], ru: ['Госдепартамент', 'Госдепартамента', 'Госдеп'], fr: ['département d’État', "département d'État", 'Département d’État'], es: ['Departamento de Estado'], de: ['US-Außenministerium'] } },
  { key: 'us-doj', name: 'US Department of Justice', c: 'US', aliases: { und: ['DOJ'], en: ['Justice Department', 'Department of Justice'], fr: ['département de la Justice'], es: ['Departamento de Justicia'], de: ['US-Justizministerium'] } },
  { key: 'ncsc-uk', name: 'National Cyber Security Centre', c: 'GB', aliases: { und: ['NCSC'] } },
  // Vietnam's national cyber-security monitoring centre: what "NCSC" names in Vietnamese text.
  { key: 'vn-ncsc', name: 'National Cyber Security Monitoring Centre of Vietnam', c: 'VN', aliases: { vi: ['NCSC', 'Trung tâm Giám sát an toàn không gian mạng quốc gia', 'Trung tâm Giám sát An toàn không gian mạng quốc gia'] } },
  { key: 'anssi', name: 'ANSSI', c: 'FR', aliases: { und: ['Anssi'], fr: ['Agence nationale de la sécurité des systèmes d’information', "Agence nationale de la sécurité des systèmes d'information"] } },
  { key: 'bsi', name: 'Federal Office for Information Security', c: 'DE', aliases: { und: ['BSI'], de: ['Bundesamt für Sicherheit in der Informationstechnik'], fr: ['Office fédéral de la sécurité des technologies de l’information'] } },
  { key: 'cn-mfa', name: 'Ministry of Foreign Affairs of China', c: 'CN', aliases: { zh: ['外交部'] } },
  { key: 'ru-mfa', name: 'Ministry of Foreign Affairs of Russia', c: 'RU', aliases: { ru: ['МИД'] } },
  // Bare "Bộ Ngoại giao" is left out: only a form that names Vietnam is clearly attributed.
  { key: 'vn-mfa', name: 'Ministry of Foreign Affairs of Vietnam', c: 'VN', aliases: { en: ['Vietnamese Foreign Ministry', "Vietnam's Foreign Ministry"], vi: ['Bộ Ngoại giao Việt Nam'], zh: ['越南外交部'], ru: ['МИД Вьетнама'], fr: ['ministère vietnamien des Affaires étrangères'] } },
  { key: 'unit-8200', name: 'Unit 8200', c: 'IL', aliases: { zh: ['8200部队'] } },
  // National cyber agencies and CERTs: their attributions are their state's.
  { key: 'cncert', name: 'CNCERT/CC', c: 'CN', aliases: { und: ['CNCERT'], en: ['National Computer Network Emergency Response Technical Team'], zh: ['国家互联网应急中心', '国家计算机网络应急技术处理协调中心'] } },
  { key: 'cverc', name: 'National Computer Virus Emergency Response Center', c: 'CN', aliases: { und: ['CVERC'], zh: ['国家计算机病毒应急处理中心'], fr: ['Centre national de réponse d’urgence aux virus informatiques', "Centre national de réponse d'urgence aux virus informatiques"], vi: ['Trung tâm Ứng cứu Khẩn cấp Virus Máy tính Quốc gia'] } },
  { key: 'asd', name: 'Australian Signals Directorate', c: 'AU', aliases: { und: ['ASD', 'ACSC'], en: ['Australian Cyber Security Centre'] } },
  { key: 'cccs', name: 'Canadian Centre for Cyber Security', c: 'CA', aliases: { fr: ['Centre canadien pour la cybersécurité'] } },
  { key: 'cert-ua', name: 'CERT-UA', c: 'UA' },
  { key: 'sbu', name: 'Security Service of Ukraine', c: 'UA', aliases: { und: ['SBU'], ru: ['СБУ', 'Служба безопасности Украины'], fr: ['SBU'] } },
  { key: 'nkcki', name: 'National Coordination Center for Computer Incidents', c: 'RU', aliases: { und: ['NKCKI'], ru: ['НКЦКИ', 'Национальный координационный центр по компьютерным инцидентам'] } },
  { key: 'us-cybercom', name: 'US Cyber Command', c: 'US', aliases: { und: ['USCYBERCOM'], en: ['Cyber Command'] } },
  { key: 'cert-fr', name: 'CERT-FR', c: 'FR' },
  { key: 'ccn-cert', name: 'CCN-CERT', c: 'ES', aliases: { es: ['Centro Criptológico Nacional'], und: ['CCN'] } },
  { key: 'incibe', name: 'INCIBE', c: 'ES', aliases: { es: ['Instituto Nacional de Ciberseguridad'] } },
  { key: 'bfv', name: 'Federal Office for the Protection of the Constitution', c: 'DE', aliases: { und: ['BfV'], de: ['Bundesamt für Verfassungsschutz', 'Verfassungsschutz'] } },
  { key: 'bnd', name: 'Federal Intelligence Service', c: 'DE', aliases: { und: ['BND'], de: ['Bundesnachrichtendienst'] } },
  { key: 'aivd', name: 'AIVD', c: 'NL', aliases: { en: ['General Intelligence and Security Service'], nl: ['Algemene Inlichtingen- en Veiligheidsdienst'] } },
  { key: 'mivd', name: 'MIVD', c: 'NL', aliases: { en: ['Military Intelligence and Security Service'], nl: ['Militaire Inlichtingen- en Veiligheidsdienst'] } },
  { key: 'nukib', name: 'NÚKIB', c: 'CZ', aliases: { und: ['NUKIB'], en: ['National Cyber and Information Security Agency'] } },
  { key: 'ccb', name: 'Centre for Cybersecurity Belgium', c: 'BE', aliases: { und: ['CCB'], fr: ['Centre pour la Cybersécurité Belgique'] } },
  { key: 'gcsb', name: 'GCSB', c: 'NZ', aliases: { en: ['Government Communications Security Bureau'] } },
  { key: 'nisc', name: 'NISC', c: 'JP', aliases: { en: ['National center of Incident readiness and Strategy for Cybersecurity'] } },
  { key: 'jp-npa', name: 'National Police Agency of Japan', c: 'JP', aliases: { ja: ['警察庁'], 'zh-Hant': ['日本警察廳', '警察廳'], zh: ['日本警察厅'] } },
  { key: 'kr-nis', name: 'National Intelligence Service of South Korea', c: 'KR', aliases: { ko: ['국가정보원'], zh: ['韩国国家情报院', '韩国国情院'], 'zh-Hant': ['韓國國家情報院'] } },
  { key: 'incd', name: 'Israel National Cyber Directorate', c: 'IL', aliases: { und: ['INCD'], en: ['National Cyber Directorate'] } },
  { key: 'cert-in', name: 'CERT-In', c: 'IN', aliases: { en: ['Indian Computer Emergency Response Team'] } },
  { key: 'bssn', name: 'BSSN', c: 'ID', aliases: { en: ['National Cyber and Crypto Agency'], id: ['Badan Siber dan Sandi Negara'] } },
  { key: 'ssscip', name: 'State Service of Special Communications and Information Protection of Ukraine', c: 'UA', aliases: { und: ['SSSCIP'], ru: ['Госспецсвязи'] } },
  { key: 'hur', name: 'Defence Intelligence of Ukraine', c: 'UA', aliases: { und: ['HUR', 'GUR'], ru: ['ГУР', 'ГУР Минобороны Украины', 'Главное управление разведки Минобороны Украины'], fr: ['renseignement militaire ukrainien'], es: ['inteligencia militar ucraniana'], de: ['ukrainischer Militärgeheimdienst'] } },
  { key: 'rkn', name: 'Roskomnadzor', c: 'RU', aliases: { ru: ['Роскомнадзор', 'Роскомнадзора'] } },
  { key: 'guardia-civil', name: 'Guardia Civil', c: 'ES' },
  { key: 'sedena', name: 'Secretariat of National Defense of Mexico', c: 'MX', aliases: { und: ['Sedena', 'SEDENA'], es: ['Secretaría de la Defensa Nacional'] } },
  { key: 'vn-ais', name: 'Authority of Information Security of Vietnam', c: 'VN', aliases: { vi: ['Cục An toàn thông tin'], und: ['VNCERT', 'VNCERT/CC'] } },
  { key: 'vn-a05', name: 'Department of Cybersecurity and High-Tech Crime Prevention of Vietnam', c: 'VN', aliases: { vi: ['Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao', 'Cục A05', 'A05'] } },
  { key: 'ph-dict', name: 'Department of Information and Communications Technology of the Philippines', c: 'PH', aliases: { und: ['DICT'] } },
  // More state organs that speak or are named in cyber news; each resolves to its state. Names shared by
  // several states resolve here to the usual one, and organ-state.ts lets a state named next to them override it.
  { key: 'us-odni', name: 'Office of the Director of National Intelligence', c: 'US', aliases: { und: ['ODNI'] } },
  { key: 'us-dhs', name: 'US Department of Homeland Security', c: 'US', aliases: { und: ['DHS'], en: ['Department of Homeland Security', 'Homeland Security Department'] } },
  { key: 'us-cia', name: 'CIA', c: 'US', aliases: { en: ['Central Intelligence Agency'], ru: ['ЦРУ'], zh: ['中央情报局', '中情局'], fr: ['Agence centrale de renseignement'] } },
  { key: 'us-dc3', name: 'Department of Defense Cyber Crime Center', c: 'US', aliases: { und: ['DC3'], en: ['Defense Department’s Cyber Crime Center', "Defense Department's Cyber Crime Center", 'DoD Cyber Crime Center'] } },
  { key: 'us-dod', name: 'US Department of Defense', c: 'US', aliases: { und: ['DoD'], en: ['Department of Defense', 'Defense Department'] } },
  { key: 'us-epa', name: 'Environmental Protection Agency', c: 'US', aliases: { und: ['EPA'] } },
  // National security services and CERTs that speak in the news under their own short names.
  { key: 'fi-supo', name: 'Finnish Security and Intelligence Service', c: 'FI', aliases: { und: ['Supo', 'Suojelupoliisi'] } },
  { key: 'fi-krp', name: 'National Bureau of Investigation of Finland', c: 'FI', aliases: { und: ['KRP', 'Keskusrikospoliisi'] } },
  { key: 'fi-traficom', name: 'Traficom', c: 'FI', aliases: { en: ['Finnish Transport and Communications Agency'] } },
  { key: 'be-vsse', name: 'State Security Service of Belgium', c: 'BE', aliases: { und: ['VSSE'], fr: ["Sûreté de l'État", 'Sûreté de l’État'], nl: ['Staatsveiligheid'] } },
  { key: 'se-sapo', name: 'Swedish Security Service', c: 'SE', aliases: { und: ['Säpo', 'Säkerhetspolisen'] } },
  { key: 'tw-mjib', name: 'Investigation Bureau of Taiwan', c: 'TW', aliases: { und: ['MJIB'], 'zh-Hant': ['法務部調查局'], zh: ['法务部调查局'] } },
  { key: 'my-mycert', name: 'MyCERT', c: 'MY', aliases: { en: ['Malaysia Computer Emergency Response Team'] } },
  { key: 'gb-nca', name: 'National Crime Agency', c: 'GB', aliases: { und: ['NCA'], en: ['UK National Crime Agency'], ru: ['Национальное агентство по борьбе с преступностью', 'Национального агентства по борьбе с преступностью'], fr: ['Agence nationale de lutte contre la criminalité'], es: ['Agencia Nacional contra el Crimen'] } },
  { key: 'gb-fcdo', name: 'Foreign, Commonwealth and Development Office', c: 'GB', aliases: { und: ['FCDO'], en: ['Foreign Office'] } },
  { key: 'gb-home-office', name: 'Home Office', c: 'GB' },
  { key: 'gb-mi5', name: 'MI5', c: 'GB' },
  { key: 'gb-mi6', name: 'MI6', c: 'GB', aliases: { en: ['Secret Intelligence Service'] } },
  { key: 'fr-viginum', name: 'Viginum', c: 'FR', aliases: { und: ['VIGINUM'] } },
  { key: 'fr-dgsi', name: 'DGSI', c: 'FR', aliases: { fr: ['Direction générale de la sécurité intérieure'] } },
  { key: 'fr-dgse', name: 'DGSE', c: 'FR', aliases: { fr: ['Direction générale de la sécurité extérieure'] } },
  { key: 'fr-comcyber', name: 'COMCYBER', c: 'FR', aliases: { fr: ['Commandement de la cyberdéfense'] } },
  { key: 'fr-paris-prosecutor', name: 'Paris Prosecutor’s Office', c: 'FR', aliases: { en: ["Paris Prosecutor's Office", 'Paris prosecutor’s office', "Paris prosecutor's office"], fr: ['parquet de Paris'] } },
  { key: 'de-aa', name: 'Federal Foreign Office', c: 'DE', aliases: { de: ['Auswärtiges Amt', 'Auswärtige Amt', 'Auswärtigen Amt', 'Auswärtigen Amts', 'Auswärtigen Amtes', 'AA'], en: ['German Foreign Office'] } },
  { key: 'de-bka', name: 'Federal Criminal Police Office', c: 'DE', aliases: { und: ['BKA'], de: ['Bundeskriminalamt', 'Bundeskriminalamts'] } },
  { key: 'de-bmi', name: 'Federal Ministry of the Interior', c: 'DE', aliases: { de: ['Bundesinnenministerium', 'Bundesinnenministeriums', 'Bundesministerium des Innern', 'BMI'] } },
  { key: 'de-bmvg', name: 'Federal Ministry of Defence', c: 'DE', aliases: { de: ['Bundesministerium der Verteidigung', 'BMVg'] } },
  { key: 'fr-meae', name: 'Ministry for Europe and Foreign Affairs', c: 'FR', aliases: { fr: ['MEAE', "ministère de l'Europe et des Affaires étrangères", 'ministère de l’Europe et des Affaires étrangères'] } },
  { key: 'fr-sgdsn', name: 'SGDSN', c: 'FR', aliases: { fr: ['Secrétariat général de la défense et de la sécurité nationale'] } },
  { key: 'es-dsn', name: 'Department of National Security', c: 'ES', aliases: { es: ['DSN', 'Departamento de Seguridad Nacional'] } },
  { key: 'de-gba', name: 'Federal Public Prosecutor General', c: 'DE', aliases: { de: ['Generalbundesanwalt', 'Bundesanwaltschaft'] } },
  { key: 'at-cert', name: 'CERT.at', c: 'AT' },
  { key: 'ch-ncsc', name: 'Federal Office for Cyber Security', c: 'CH', aliases: { und: ['BACS', 'MELANI'], de: ['Bundesamt für Cybersicherheit', 'Melde- und Analysestelle Informationssicherung'], fr: ['Office fédéral de la cybersécurité', 'Centrale d’enregistrement et d’analyse pour la sûreté de l’information', "Centrale d'enregistrement et d'analyse pour la sûreté de l'information"] } },
  { key: 'ch-fedpol', name: 'fedpol', c: 'CH', aliases: { und: ['Fedpol'] } },
  { key: 'pl-cert', name: 'CERT Polska', c: 'PL', aliases: { und: ['ABW', 'CERT.PL'] } },
  { key: 'lt-nksc', name: 'National Cyber Security Centre of Lithuania', c: 'LT', aliases: { und: ['NKSC'] } },
  { key: 'ro-sri', name: 'Romanian Intelligence Service', c: 'RO', aliases: { und: ['SRI', 'Serviciul Român de Informații'] } },
  { key: 'ro-sts', name: 'Special Telecommunications Service', c: 'RO', aliases: { und: ['STS'], fr: ['Service de télécommunications spéciales'], es: ['Servicio de Telecomunicaciones Especiales'] } },
  { key: 'ro-csat', name: 'Supreme Council of National Defence', c: 'RO', aliases: { und: ['CSAT'], fr: ['Conseil suprême de défense du pays'], es: ['Consejo Supremo de Defensa del País'] } },
  { key: 'ro-dnsc', name: 'National Cyber Security Directorate', c: 'RO', aliases: { und: ['DNSC'] } },
  { key: 'ca-cse', name: 'Communications Security Establishment', c: 'CA', aliases: { und: ['CSE'], fr: ['Centre de la sécurité des télécommunications'] } },
  { key: 'ca-rcmp', name: 'Royal Canadian Mounted Police', c: 'CA', aliases: { und: ['RCMP', 'GRC'], fr: ['Gendarmerie royale du Canada'] } },
  { key: 'es-cni', name: 'Centro Nacional de Inteligencia', c: 'ES', aliases: { und: ['CNI'] } },
  { key: 'jp-cert', name: 'JPCERT/CC', c: 'JP', aliases: { und: ['JPCERT'] } },
  { key: 'jp-npa-en', name: 'National Police Agency', c: 'JP', aliases: { fr: ['Agence nationale de la police'], es: ['Agencia Nacional de Policía'] } },
  { key: 'kr-kisa', name: 'Korea Internet & Security Agency', c: 'KR', aliases: { und: ['KISA'] } },
  { key: 'kp-kcna', name: 'Korean Central News Agency', c: 'KP', aliases: { und: ['KCNA'], zh: ['朝中社'], ru: ['ЦТАК'], vi: ['Thông tấn xã Trung ương Triều Tiên'] } },
  { key: 'in-nciipc', name: 'NCIIPC', c: 'IN', aliases: { en: ['National Critical Information Infrastructure Protection Centre'] } },
  { key: 'ke-cirt', name: 'KE-CIRT/CC', c: 'KE', aliases: { und: ['KE-CIRT'] } },
  { key: 'id-kominfo', name: 'Kominfo', c: 'ID' },
  { key: 'il-shin-bet', name: 'Shin Bet', c: 'IL' },
  { key: 'il-mossad', name: 'Mossad', c: 'IL' },
  { key: 'ru-fso', name: 'Federal Protective Service of Russia', c: 'RU', aliases: { ru: ['ФСО', 'Федеральная служба охраны'] } },
  { key: 'ru-fstec', name: 'FSTEC', c: 'RU', aliases: { ru: ['ФСТЭК'] } },
  { key: 'ru-mintsifry', name: 'Ministry of Digital Development of Russia', c: 'RU', aliases: { ru: ['Минцифры'] } },
  { key: 'ru-sk', name: 'Investigative Committee of Russia', c: 'RU', aliases: { ru: ['Следственный комитет', 'Следственного комитета'] } },
  { key: 'cn-mps', name: 'Ministry of Public Security of China', c: 'CN', aliases: { zh: ['公安部', '公安机关'], de: ['Ministerium für Öffentliche Sicherheit', 'Ministeriums für Öffentliche Sicherheit'], es: ['Ministerio de Seguridad Pública'], fr: ['ministère de la Sécurité publique'], ru: ['Министерство общественной безопасности'] } },
  { key: 'cn-state-security-organs', name: 'State security organs of China', c: 'CN', aliases: { zh: ['国家安全机关'] } },
  { key: 'cn-cac', name: 'Cyberspace Administration of China', c: 'CN', aliases: { zh: ['国家互联网信息办公室', '网信办'] } },
  { key: 'cn-miit', name: 'Ministry of Industry and Information Technology', c: 'CN', aliases: { und: ['MIIT'], zh: ['工业和信息化部', '工信部'] } },
  { key: 'cn-tao', name: 'Taiwan Affairs Office', c: 'CN', aliases: { zh: ['国务院台湾事务办公室', '国台办', '國台辦'] } },
  { key: 'tw-mac', name: 'Mainland Affairs Council', c: 'TW', aliases: { 'zh-Hant': ['陸委會', '大陸委員會'], zh: ['陆委会', '陸委會'] } },
  { key: 'tw-nsb', name: 'National Security Bureau of Taiwan', c: 'TW', aliases: { 'zh-Hant': ['國安局', '國家安全局'], zh: ['國安局'] } },
  { key: 'tw-icefcom', name: 'Information, Communications and Electronic Force Command', c: 'TW', aliases: { und: ['ICEFCOM'], zh: ['资通电军', '資通電軍'], 'zh-Hant': ['資通電軍'] } },
  { key: 'vn-mps', name: 'Ministry of Public Security of Vietnam', c: 'VN', aliases: { vi: ['Bộ Công an'] } },
  { key: 'vn-mic', name: 'Ministry of Information and Communications of Vietnam', c: 'VN', aliases: { vi: ['Bộ Thông tin và Truyền thông', 'Bộ TT&TT'] } },
];

/** Well-known state-used malware and tools. */
export interface SoftwareSpec {
  name: string;
  s?: string;
  tool?: boolean;
  aliases?: string[];
  names?: Partial<Record<GroupLang, string[]>>;
  d?: string;
  /** The threat group (canonical name) the software is tied to, where reporting ties it to one. */
  by?: string[];
}

export const SOFTWARE: SoftwareSpec[] = [
  { name: 'PlugX', s: 'S0013', aliases: ['Korplug', 'Sogu', 'DestroyRAT', 'TVT'] },
  { name: 'ShadowPad', s: 'S0596', aliases: ['POISONPLUG.SHADOW'] },
  { name: 'KV-Botnet', d: 'SOHO router botnet used by Volt Typhoon, disrupted by the FBI in January 2024.', by: ['Volt Typhoon'] },
  { name: 'Raptor Train', d: 'IoT botnet attributed to Flax Typhoon, disrupted in 2024.', by: ['Flax Typhoon'] },
  { name: 'NotPetya', s: 'S0368', aliases: ['ExPetr', 'Diskcoder.C', 'Petrwrap', 'Nyetya'], by: ['Sandworm Team'] },
  { name: 'Industroyer', s: 'S0604', aliases: ['CRASHOVERRIDE', 'Win32/Industroyer'], by: ['Sandworm Team'] },
  { name: 'Industroyer2', s: 'S1072', by: ['Sandworm Team'] },
  { name: 'BlackEnergy', s: 'S0089', aliases: ['Black Energy'], by: ['Sandworm Team'] },
  { name: 'Stuxnet', s: 'S0603', aliases: ['W32.Stuxnet'], names: { zh: ['震网'], ru: ['Стакснет'] } },
  { name: 'Duqu', s: 'S0038' },
  { name: 'Flame', s: 'S0143', aliases: ['Flamer', 'sKyWIper'] },
  { name: 'Triton', s: 'S1009', aliases: ['TRISIS', 'HatMan'], by: ['TEMP.Veles'] },
  { name: 'VPNFilter', s: 'S1010' },
  { name: 'WannaCry', s: 'S0366', aliases: ['WanaCry', 'WanaCrypt', 'WanaCrypt0r', 'WCry'], by: ['Lazarus Group'] },
  { name: 'Pegasus', d: 'NSO Group spyware for mobile phones.' },
  { name: 'CHOPSTICK', s: 'S0023', aliases: ['X-Agent', 'XAgent', 'SPLM', 'AZZY', 'Backdoor.SofacyX'], by: ['APT28'] },
  { name: 'Zebrocy', s: 'S0251', by: ['APT28'] },
  { name: 'Drovorub', s: 'S0502', by: ['APT28'] },
  { name: 'Cyclops Blink', s: 'S0687', by: ['Sandworm Team'] },
  { name: 'Snake', aliases: ['Uroburos'], d: 'Turla implant network taken down in Operation MEDUSA (2023).', by: ['Turla'] },
  { name: 'SUNBURST', s: 'S0559', aliases: ['Solorigate'], by: ['APT29'] },
  { name: 'WhisperGate', s: 'S0689', by: ['Ember Bear'] },
  { name: 'HermeticWiper', s: 'S0697' },
  { name: 'AcidRain', s: 'S1125' },
  { name: 'Olympic Destroyer', s: 'S0365', by: ['Sandworm Team'] },
  { name: 'Shamoon', s: 'S0140', aliases: ['Disttrack'] },
  { name: 'Regin', s: 'S0019' },
  { name: 'China Chopper', s: 'S0020' },
  { name: 'gh0st RAT', s: 'S0032', aliases: ['Ghost RAT'] },
  { name: 'PoisonIvy', s: 'S0012', aliases: ['Poison Ivy', 'Darkmoon'] },
  { name: 'Havex', s: 'S0093', aliases: ['Backdoor.Oldrea'], by: ['Dragonfly'] },
  { name: 'INCONTROLLER', s: 'S1045', aliases: ['PIPEDREAM'] },
  { name: 'FrostyGoop', s: 'S1165', aliases: ['BUSTLEBERM'] },
  { name: 'Fuxnet', s: 'S1157' },
  { name: 'AppleJeus', by: ['Lazarus Group'] },
  { name: 'Mimikatz', s: 'S0002', tool: true },
  { name: 'Cobalt Strike', s: 'S0154', tool: true },
];
