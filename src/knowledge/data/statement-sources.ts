/**
 * The public statements behind default-knowledge claims: for every attribution (and every overlap
 * between two known groups) the publisher, title and date of the statement it records, and its
 * address where the reference data gives one. Written by OpsTrack from the public record; no
 * reference file is copied.
 *
 * - Dates: the day (or, with `precision: 'month'`, the month) the statement was made public. Where
 *   the month is not known with confidence the date is absent and the claim is shown as "date
 *   unknown"; no claim carries the knowledge build date.
 * - Titles: the statement's own title; a title in [brackets] describes a statement whose exact
 *   title is not recorded here (a press conference, an announcement).
 * - MITRE ATT&CK: the statement is the group's ATT&CK entry. Its date is the `created` date ATT&CK
 *   gives the entry, or, where the attribution was added to an existing entry, the `modified` date
 *   of the first release stating it (read from the ATT&CK STIX data, mitre/cti). Where the entry
 *   states no country at all the date is unknown (see `note`).
 * - URLs only where the reference data gives one for this statement (`urlFrom`): `attack` is the
 *   group page address ATT&CK's own `external_references` give every group
 *   (`https://attack.mitre.org/groups/<G-id>`); `misp-galaxy` is an address listed in the MISP
 *   threat-actor galaxy's `refs`. Never an address written from memory.
 */

export interface StatementSource {
  publisher: string;
  /** The statement's title, or in [brackets] a description of it where the exact title is not recorded. */
  title: string;
  /** YYYY-MM-DD (with `precision` month: the first of the month); absent when not known (shown as "date unknown"). */
  date?: string;
  precision?: 'day' | 'month';
  url?: string;
  /** Where `url` was read: ATT&CK's group page reference, or the MISP threat-actor galaxy's refs. */
  urlFrom?: 'attack' | 'misp-galaxy';
  /** A caveat for curators (e.g. the source does not itself state the attribution). */
  note?: string;
}

const DOJ = 'US Department of Justice';
const MS = 'Microsoft';
const MD = 'Mandiant';
const MS_NAMING = 'https://learn.microsoft.com/en-us/microsoft-365/security/intelligence/microsoft-threat-actor-naming?view=o365-worldwide';

const day = (date: string) => ({ date, precision: 'day' as const });
const month = (ym: string) => ({ date: `${ym}-01`, precision: 'month' as const });
const misp = (url: string) => ({ url, urlFrom: 'misp-galaxy' as const });

/** A group's ATT&CK entry as the statement (undated when `date` is undefined). */
function attack(gid: string, name: string, date: string | undefined, note?: string): StatementSource {
  return {
    publisher: 'MITRE',
    title: `${name}, Group ${gid} (MITRE ATT&CK)`,
    ...(date ? day(date) : {}),
    url: `https://attack.mitre.org/groups/${gid}`,
    urlFrom: 'attack',
    ...(note ? { note } : {}),
  };
}
const NO_COUNTRY = 'The ATT&CK entry names no country for the group; the attribution needs another source.';

/**
 * Attributions by `group|source` (canonical group name and attributing source as in group-list.ts);
 * overlaps by `group|source|other group`.
 */
export const STATEMENT_SOURCES: Readonly<Record<string, StatementSource>> = {
  // ---- China ----
  'APT1|Mandiant': { publisher: MD, title: "APT1: Exposing One of China's Cyber Espionage Units", ...day('2013-02-18'), ...misp('http://intelreport.mandiant.com/Mandiant_APT1_Report.pdf') },
  [`APT1|${DOJ}`]: { publisher: DOJ, title: 'U.S. Charges Five Chinese Military Hackers for Cyber Espionage Against U.S. Corporations and a Labor Organization for Commercial Advantage', ...day('2014-05-19') },
  'APT3|MITRE ATT&CK': attack('G0022', 'APT3', '2017-05-31'),
  [`APT3|${DOJ}`]: { publisher: DOJ, title: 'U.S. Charges Three Chinese Hackers Who Work at Internet Security Firm for Hacking Three Corporations for Commercial Advantage', ...day('2017-11-27') },
  'menuPass|MITRE ATT&CK': attack('G0045', 'menuPass', '2017-05-31'),
  [`menuPass|${DOJ}`]: { publisher: DOJ, title: 'Two Chinese Hackers Associated With the Ministry of State Security Charged with Global Computer Intrusion Campaigns Targeting Intellectual Property and Confidential Business Information', ...day('2018-12-20') },
  'menuPass|Trend Micro|MirrorFace': { publisher: 'Trend Micro', title: "Spot the Difference: Earth Kasha's New LODEINFO Campaign And The Correlation Analysis With APT10 Umbrella", ...month('2024-11'), ...misp('https://www.trendmicro.com/en_us/research/24/k/lodeinfo-campaign-of-earth-kasha.html') },
  'APT12|MITRE ATT&CK': attack('G0005', 'APT12', '2017-05-31'),
  'APT16|MITRE ATT&CK': attack('G0023', 'APT16', '2017-05-31'),
  'APT17|MITRE ATT&CK': attack('G0025', 'APT17', '2017-05-31'),
  'APT18|MITRE ATT&CK': attack('G0026', 'APT18', undefined, NO_COUNTRY),
  'APT19|MITRE ATT&CK': attack('G0073', 'APT19', '2018-10-17'),
  'APT30|MITRE ATT&CK': attack('G0013', 'APT30', '2017-05-31'),
  [`APT31|${DOJ}`]: { publisher: DOJ, title: 'Seven Hackers Associated with Chinese Government Charged with Computer Intrusions Targeting Perceived Critics of China and U.S. Businesses and Politicians', ...day('2024-03-25'), ...misp('https://www.justice.gov/opa/pr/seven-hackers-associated-chinese-government-charged-computer-intrusions-targeting-perceived') },
  'APT31|UK NCSC': { publisher: 'UK NCSC', title: 'UK and allies hold Chinese state responsible for a pervasive pattern of hacking', ...day('2021-07-19'), ...misp('https://www.ncsc.gov.uk/news/uk-allies-hold-chinese-state-responsible-for-pervasive-pattern-of-hacking') },
  [`Leviathan|${DOJ}`]: { publisher: DOJ, title: 'Four Chinese Nationals Working with the Ministry of State Security Charged with Global Computer Intrusion Campaign Targeting Intellectual Property and Confidential Business Information, Including Infectious Disease Research', ...day('2021-07-19'), ...misp('https://www.justice.gov/opa/pr/four-chinese-nationals-working-ministry-state-security-charged-global-computer-intrusion') },
  'Leviathan|Australian Signals Directorate': { publisher: 'Australian Signals Directorate', title: 'APT40 Advisory: PRC MSS tradecraft in action', ...month('2024-07') },
  'APT41|MITRE ATT&CK': attack('G0096', 'APT41', '2019-09-23'),
  [`APT41|${DOJ}`]: { publisher: DOJ, title: 'Seven International Cyber Defendants, Including "APT41" Actors, Charged in Connection with Computer Intrusion Campaigns Against More Than 100 Victims Globally', ...day('2020-09-16'), ...misp('https://www.justice.gov/opa/pr/seven-international-cyber-defendants-including-apt41-actors-charged-connection-computer') },
  'Winnti Group|MITRE ATT&CK': attack('G0044', 'Winnti Group', '2017-05-31'),
  // ATT&CK's APT41 entry says it overlaps Winnti Group since the October 2021 release.
  'Winnti Group|MITRE ATT&CK|APT41': attack('G0096', 'APT41', '2021-10-15'),
  'APT5|MITRE ATT&CK': attack('G1023', 'APT5', '2024-02-05'),
  'Threat Group-3390|MITRE ATT&CK': attack('G0027', 'Threat Group-3390', '2017-05-31'),
  'Mustang Panda|MITRE ATT&CK': attack('G0129', 'Mustang Panda', '2021-04-12'),
  'Volt Typhoon|Microsoft': { publisher: MS, title: 'Volt Typhoon targets US critical infrastructure with living-off-the-land techniques', ...day('2023-05-24'), ...misp('https://www.microsoft.com/en-us/security/blog/2023/05/24/volt-typhoon-targets-us-critical-infrastructure-with-living-off-the-land-techniques/') },
  'Volt Typhoon|CISA': { publisher: 'CISA', title: "People's Republic of China State-Sponsored Cyber Actor Living off the Land to Evade Detection (AA23-144A)", ...day('2023-05-24') },
  // Microsoft's naming table (undated; kept current) lists Salt Typhoon under Typhoon, its name for China.
  'Salt Typhoon|Microsoft': { publisher: MS, title: 'How Microsoft names threat actors', ...misp(MS_NAMING) },
  'Salt Typhoon|CISA': { publisher: 'CISA', title: 'Countering Chinese State-Sponsored Actors Compromise of Networks Worldwide to Feed Global Espionage System (AA25-239A)', ...month('2025-08') },
  'Flax Typhoon|Microsoft': { publisher: MS, title: 'Flax Typhoon using legitimate software to quietly access Taiwanese organizations', ...day('2023-08-24'), ...misp('https://www.microsoft.com/en-us/security/blog/2023/08/24/flax-typhoon-using-legitimate-software-to-quietly-access-taiwanese-organizations/') },
  'Flax Typhoon|FBI': { publisher: 'FBI', title: "People's Republic of China-Linked Actors Compromise Routers and IoT Devices for Botnet Operations", ...day('2024-09-18') },
  'HAFNIUM|Microsoft': { publisher: MS, title: 'HAFNIUM targeting Exchange Servers with 0-day exploits', ...day('2021-03-02'), ...misp('https://www.microsoft.com/security/blog/2021/03/02/hafnium-targeting-exchange-servers') },
  'Storm-0558|Microsoft': { publisher: MS, title: 'Microsoft mitigates China-based threat actor Storm-0558 targeting of customer email', ...day('2023-07-11'), ...misp('https://msrc.microsoft.com/blog/2023/07/microsoft-mitigates-china-based-threat-actor-storm-0558-targeting-of-customer-email/') },
  'Aquatic Panda|MITRE ATT&CK': attack('G0143', 'Aquatic Panda', '2022-01-18'),
  [`Aquatic Panda|${DOJ}`]: { publisher: DOJ, title: 'Justice Department Charges 12 Chinese Contract Hackers and Law Enforcement Officers in Global Computer Intrusion Campaigns', ...day('2025-03-05') },
  'Earth Lusca|MITRE ATT&CK': attack('G1006', 'Earth Lusca', '2022-07-01'),
  'Naikon|MITRE ATT&CK': attack('G0019', 'Naikon', '2017-05-31'),
  'Ke3chang|MITRE ATT&CK': attack('G0004', 'Ke3chang', '2017-05-31'),
  'BlackTech|CISA': { publisher: 'CISA', title: "People's Republic of China-Linked Cyber Actors Hide in Router Firmware (AA23-270A)", ...day('2023-09-27') },
  'BlackTech|NPA Japan': { publisher: 'National Police Agency of Japan', title: "[Joint advisory with NISC, NSA, FBI and CISA: People's Republic of China-Linked Cyber Actors Hide in Router Firmware]", ...day('2023-09-27') },
  'GALLIUM|Microsoft': { publisher: MS, title: 'GALLIUM: Targeting global telecom', ...day('2019-12-12'), ...misp('https://www.microsoft.com/security/blog/2019/12/12/gallium-targeting-global-telecom/') },
  'Axiom|MITRE ATT&CK': attack('G0001', 'Axiom', '2017-05-31'),
  'admin@338|MITRE ATT&CK': attack('G0018', 'admin@338', '2017-05-31'),
  'Aoqin Dragon|MITRE ATT&CK': attack('G1007', 'Aoqin Dragon', '2022-07-14'),
  'BackdoorDiplomacy|MITRE ATT&CK': attack('G0135', 'BackdoorDiplomacy', undefined, NO_COUNTRY),
  'BRONZE BUTLER|MITRE ATT&CK': attack('G0060', 'BRONZE BUTLER', '2018-01-16'),
  'Chimera|MITRE ATT&CK': attack('G0114', 'Chimera', '2020-08-24'),
  'Cinnamon Tempest|Microsoft': { publisher: MS, title: 'Ransomware as a service: Understanding the cybercrime gig economy and how to protect yourself', ...day('2022-05-09'), ...misp('https://www.microsoft.com/en-us/security/blog/2022/05/09/ransomware-as-a-service-understanding-the-cybercrime-gig-economy-and-how-to-protect-yourself/') },
  'Daggerfly|MITRE ATT&CK': attack('G1034', 'Daggerfly', '2024-07-25'),
  'DragonOK|MITRE ATT&CK': attack('G0017', 'DragonOK', undefined, NO_COUNTRY),
  'Elderwood|MITRE ATT&CK': attack('G0066', 'Elderwood', '2018-04-18'),
  'IndigoZebra|MITRE ATT&CK': attack('G0136', 'IndigoZebra', '2021-09-24'),
  'Lotus Blossom|MITRE ATT&CK': attack('G0030', 'Lotus Blossom', undefined, NO_COUNTRY),
  'LuminousMoth|MITRE ATT&CK': attack('G1014', 'LuminousMoth', '2023-02-23'),
  'Moafee|MITRE ATT&CK': attack('G0002', 'Moafee', '2017-05-31'),
  'Mofang|MITRE ATT&CK': attack('G0103', 'Mofang', '2020-05-12'),
  'Putter Panda|CrowdStrike': { publisher: 'CrowdStrike', title: 'CrowdStrike Intelligence Report: Putter Panda', ...month('2014-06'), ...misp('http://cdn0.vox-cdn.com/assets/4589853/crowdstrike-intelligence-report-putter-panda.original.pdf') },
  'Rancor|MITRE ATT&CK': attack('G0075', 'Rancor', undefined, NO_COUNTRY),
  'Scarlet Mimic|MITRE ATT&CK': attack('G0029', 'Scarlet Mimic', '2017-05-31'),
  'Suckfly|MITRE ATT&CK': attack('G0039', 'Suckfly', '2017-05-31'),
  'Tonto Team|MITRE ATT&CK': attack('G0131', 'Tonto Team', '2021-05-05'),
  'Tropic Trooper|MITRE ATT&CK': attack('G0081', 'Tropic Trooper', undefined, NO_COUNTRY),
  'PittyTiger|MITRE ATT&CK': attack('G0011', 'PittyTiger', '2017-05-31'),
  'Velvet Ant|Sygnia': { publisher: 'Sygnia', title: "China-Nexus Threat Group 'Velvet Ant' Abuses F5 Load Balancers for Persistence", ...month('2024-06') },
  'UNC3886|Mandiant': { publisher: MD, title: 'Suspected Chinese Threat Actors Exploiting FortiOS Vulnerability (CVE-2022-41328)', ...month('2023-03'), ...misp('https://www.mandiant.com/resources/blog/fortinet-malware-ecosystem') },
  'UNC5221|Mandiant': { publisher: MD, title: 'Cutting Edge, Part 2: Investigating Ivanti Connect Secure VPN Zero-Day Exploitation', ...month('2024-01'), ...misp('https://www.mandiant.com/resources/blog/investigating-ivanti-zero-day-exploitation') },
  'UNC4841|Mandiant': { publisher: MD, title: 'Barracuda ESG Zero-Day Vulnerability (CVE-2023-2868) Exploited Globally by Aggressive and Persistent Threat Actor UNC4841', ...day('2023-06-15') },
  'APT20|Mandiant': { publisher: MD, title: "[Mandiant's list of APT groups]", ...misp('https://www.mandiant.com/resources/insights/apt-groups') },
  'Earth Krahang|Trend Micro': { publisher: 'Trend Micro', title: 'Earth Krahang Exploits Intergovernmental Trust to Launch Cross-Government Attacks', ...month('2024-03'), ...misp('https://www.trendmicro.com/en_us/research/24/c/earth-krahang.html') },
  'Weaver Ant|Sygnia': { publisher: 'Sygnia', title: "[Sygnia's report on Weaver Ant, a China-nexus group in a telecommunications provider's network]", ...month('2025-03') },
  'Liminal Panda|CrowdStrike': { publisher: 'CrowdStrike', title: "[CrowdStrike's blog post on LIMINAL PANDA, a China-nexus adversary targeting telecommunications]", ...month('2024-11'), ...misp('https://www.crowdstrike.com/en-us/blog/liminal-panda-telecom-sector-threats/') },
  'UNC5174|Mandiant': { publisher: MD, title: 'Initial Access Brokers Exploit F5 BIG-IP (CVE-2023-46747) and ScreenConnect', ...month('2024-03'), ...misp('https://www.mandiant.com/resources/blog/initial-access-brokers-exploit-f5-screenconnect') },
  'Storm-2603|Microsoft': { publisher: MS, title: 'Disrupting active exploitation of on-premises SharePoint vulnerabilities', ...day('2025-07-22'), ...misp('https://www.microsoft.com/en-us/security/blog/2025/07/22/disrupting-active-exploitation-of-on-premises-sharepoint-vulnerabilities/') },
  'Sharp Panda|Check Point': { publisher: 'Check Point', title: 'SharpPanda: Chinese APT Group Targets Southeast Asian Government With Previously Unknown Backdoor', ...month('2021-06') },
  [`i-Soon|${DOJ}`]: { publisher: DOJ, title: 'Justice Department Charges 12 Chinese Contract Hackers and Law Enforcement Officers in Global Computer Intrusion Campaigns', ...day('2025-03-05') },
  'RedEcho|Recorded Future': { publisher: 'Recorded Future', title: 'China-linked Group RedEcho Targets the Indian Power Sector Amid Heightened Border Tensions', ...day('2021-02-28'), ...misp('https://www.recordedfuture.com/redecho-targeting-indian-power-sector/') },
  'MirrorFace|NPA Japan': { publisher: 'National Police Agency of Japan', title: 'MirrorFaceによるサイバー攻撃について（注意喚起）', ...day('2025-01-08') },

  // ---- Russia, Belarus ----
  [`APT28|${DOJ}`]: { publisher: DOJ, title: 'Justice Department Announces Actions to Disrupt Advanced Persistent Threat 28 Botnet of Infected Routers and Network Storage Devices', ...day('2018-05-23'), ...misp('https://www.justice.gov/opa/pr/justice-department-announces-actions-disrupt-advanced-persistent-threat-28-botnet-infected') },
  'APT28|UK NCSC': { publisher: 'UK NCSC', title: 'Reckless campaign of cyber attacks by Russian military intelligence service exposed', ...day('2018-10-04') },
  'APT29|US Government': { publisher: 'The White House', title: 'FACT SHEET: Imposing Costs for Harmful Foreign Activities by the Russian Government', ...day('2021-04-15') },
  'APT29|UK NCSC': { publisher: 'UK NCSC', title: 'UK and allies expose Russian attacks on coronavirus vaccine development', ...day('2020-07-16') },
  [`Sandworm Team|${DOJ}`]: { publisher: DOJ, title: 'Indictment: United States vs. Yuriy Sergeyevich Andrienko et al. (GRU Unit 74455)', ...month('2020-10'), url: 'https://www.justice.gov/opa/press-release/file/1328521/download', urlFrom: 'attack' },
  'Sandworm Team|UK NCSC': { publisher: 'UK NCSC', title: 'NCSC supports US advisory regarding GRU intrusion set Sandworm', ...day('2020-02-20'), url: 'https://www.ncsc.gov.uk/news/ncsc-supports-sandworm-advisory', urlFrom: 'attack' },
  'Turla|CISA': { publisher: 'CISA', title: 'Hunting Russian Intelligence "Snake" Malware (AA23-129A)', ...day('2023-05-09') },
  'Gamaredon Group|SBU': { publisher: 'Security Service of Ukraine (SBU)', title: '[SBU statement naming FSB officers in Crimea behind the Armageddon (Gamaredon) group]', ...month('2021-11') },
  'Star Blizzard|UK NCSC': { publisher: 'UK NCSC', title: 'Russian FSB cyber actor Star Blizzard continues worldwide spear-phishing campaigns', ...day('2023-12-07'), ...misp('https://www.ncsc.gov.uk/files/Advisory-Russian-FSB-cyber-actor-star-blizzard-continues-worldwide-spear-sphishing-campaigns.pdf') },
  'Ember Bear|CISA': { publisher: 'CISA', title: 'Russian Military Cyber Actors Target U.S. and Global Critical Infrastructure (AA24-249A)', ...day('2024-09-05') },
  [`Dragonfly|${DOJ}`]: { publisher: DOJ, title: 'Four Russian Government Employees Charged in Two Historical Hacking Campaigns Targeting Critical Infrastructure Worldwide', ...day('2022-03-24'), url: 'https://www.justice.gov/opa/pr/four-russian-government-employees-charged-two-historical-hacking-campaigns-targeting-critical', urlFrom: 'attack' },
  'TEMP.Veles|Mandiant': { publisher: MD, title: 'TRITON Attribution: Russian Government-Owned Lab Most Likely Built Custom Intrusion Tools for TRITON Attackers', ...day('2018-10-23'), url: 'https://www.fireeye.com/blog/threat-research/2018/10/triton-attribution-russian-government-owned-lab-most-likely-built-tools.html', urlFrom: 'attack' },
  // ATT&CK for ICS (first published January 2020) gives this entry a `created` date of 2017-05-31,
  // before ATT&CK for ICS existed; the date is that of its first version (modified 2020-01-05).
  'ALLANITE|MITRE ATT&CK': { ...attack('G1000', 'ALLANITE', undefined), title: 'ALLANITE, Group G1000 (MITRE ATT&CK for ICS)', ...month('2020-01') },
  'Void Blizzard|Microsoft': { publisher: MS, title: 'New Russia-affiliated actor Void Blizzard targets critical sectors for espionage', ...day('2025-05-27'), ...misp('https://www.microsoft.com/en-us/security/blog/2025/05/27/new-russia-affiliated-actor-void-blizzard-targets-critical-sectors-for-espionage/') },
  'Void Blizzard|Netherlands AIVD': { publisher: 'Netherlands AIVD and MIVD', title: '[AIVD and MIVD announcement of the previously unknown Russian group Laundry Bear]', ...day('2025-05-27'), ...misp('https://www.aivd.nl/actueel/nieuws/2025/05/27/onbekende-russische-groep-achter-hacks-nederlandse-doelen') },
  'Cyber Army of Russia Reborn|Mandiant|Sandworm Team': { publisher: MD, title: 'APT44: Unearthing Sandworm', ...day('2024-04-17') },
  'Solntsepek|SBU': { publisher: 'Security Service of Ukraine (SBU)', title: '[SBU statement on the Kyivstar attack claimed by Solntsepek]', ...month('2023-12') },
  'MoustachedBouncer|ESET': { publisher: 'ESET', title: 'MoustachedBouncer: Espionage against foreign diplomats in Belarus', ...day('2023-08-10'), ...misp('https://www.welivesecurity.com/en/eset-research/moustachedbouncer-espionage-against-foreign-diplomats-in-belarus/') },
  'UNC1151|Mandiant': { publisher: MD, title: 'UNC1151 Assessed with High Confidence to have Links to Belarus, Ghostwriter Campaign Aligned with Belarusian Government Interests', ...month('2021-11'), ...misp('https://www.mandiant.com/resources/unc1151-linked-to-belarus-government') },

  // ---- North Korea ----
  'Lazarus Group|US Government': { publisher: 'US-CERT (DHS and FBI)', title: 'HIDDEN COBRA – North Korea’s DDoS Botnet Infrastructure (TA17-164A)', ...day('2017-06-13'), ...misp('https://www.us-cert.gov/ncas/alerts/TA17-164A') },
  'APT38|Mandiant': { publisher: MD, title: 'APT38: Un-usual Suspects', ...day('2018-10-03'), url: 'https://www.mandiant.com/sites/default/files/2021-09/rpt-apt38-2018-web_v5-1.pdf', urlFrom: 'attack' },
  'Kimsuky|CISA': { publisher: 'CISA', title: 'North Korean Advanced Persistent Threat Focus: Kimsuky (AA20-301A)', ...day('2020-10-27'), ...misp('https://us-cert.cisa.gov/ncas/alerts/aa20-301a') },
  'APT37|Mandiant': { publisher: MD, title: 'APT37 (Reaper): The Overlooked North Korean Actor', ...day('2018-02-20'), ...misp('https://www.fireeye.com/blog/threat-research/2018/02/apt37-overlooked-north-korean-actor.html') },
  'Andariel|CISA': { publisher: 'CISA', title: "North Korea Cyber Group Conducts Global Espionage Campaign to Advance Regime's Military and Nuclear Programs (AA24-207A)", ...day('2024-07-25') },
  'Moonstone Sleet|Microsoft': { publisher: MS, title: 'Moonstone Sleet emerges as new North Korean threat actor with new bag of tricks', ...day('2024-05-28') },
  'TraderTraitor|CISA': { publisher: 'CISA', title: 'TraderTraitor: North Korean State-Sponsored APT Targets Blockchain Companies (AA22-108A)', ...day('2022-04-18'), ...misp('https://us-cert.cisa.gov/ncas/alerts/aa22-108a') },
  'TraderTraitor|FBI': { publisher: 'FBI', title: 'FBI, DC3, and NPA Identification of North Korean Cyber Actors, Tracked as TraderTraitor, Responsible for Theft of $308 Million USD from Bitcoin.DMM.com', ...month('2024-12') },
  'Famous Chollima|CrowdStrike': { publisher: 'CrowdStrike', title: "[CrowdStrike's adversary profile of FAMOUS CHOLLIMA]" },
  'Citrine Sleet|Microsoft': { publisher: MS, title: 'North Korean threat actor Citrine Sleet exploiting Chromium zero-day', ...day('2024-08-30'), ...misp('https://www.microsoft.com/en-us/security/blog/2024/08/30/north-korean-threat-actor-citrine-sleet-exploiting-chromium-zero-day/') },

  // ---- Iran ----
  'APT33|Mandiant': { publisher: MD, title: 'Insights into Iranian Cyber Espionage: APT33 Targets Aerospace and Energy Sectors and has Ties to Destructive Malware', ...day('2017-09-20'), ...misp('https://www.fireeye.com/blog/threat-research/2017/09/apt33-insights-into-iranian-cyber-espionage.html') },
  'OilRig|MITRE ATT&CK': attack('G0049', 'OilRig', '2017-12-14'),
  // The entry (created 2018-01-16) named Iran from the October 2018 release.
  'Magic Hound|MITRE ATT&CK': attack('G0059', 'Magic Hound', '2018-10-17'),
  'APT42|Mandiant': { publisher: MD, title: 'APT42: Crooked Charms, Cons and Compromises', ...day('2022-09-07'), ...misp('https://www.mandiant.com/resources/blog/apt42-charms-cons-compromises') },
  'APT42|Mandiant|Magic Hound': { publisher: MD, title: 'APT42: Crooked Charms, Cons and Compromises', ...day('2022-09-07'), ...misp('https://www.mandiant.com/resources/blog/apt42-charms-cons-compromises') },
  'APT39|FBI': { publisher: 'FBI', title: '[FBI analysis of the malware of Rana Intelligence Computing Company (APT39), released with the Treasury sanctions]', ...month('2020-09') },
  'MuddyWater|US Cyber Command': { publisher: 'US Cyber Command', title: 'Iranian intel cyber suite of malware uses open source tools', ...day('2022-01-12') },
  'MuddyWater|UK NCSC': { publisher: 'UK NCSC', title: 'Iranian Government-Sponsored Actors Conduct Cyber Operations Against Global Government and Commercial Networks (joint advisory AA22-055A)', ...day('2022-02-24') },
  'CyberAv3ngers|CISA': { publisher: 'CISA', title: 'IRGC-Affiliated Cyber Actors Exploit PLCs in Multiple Sectors, Including U.S. Water and Wastewater Systems Facilities (AA23-335A)', ...day('2023-12-01'), url: 'https://www.cisa.gov/news-events/cybersecurity-advisories/aa23-335a', urlFrom: 'attack' },
  // Microsoft's naming table lists Agrius as Pink Sandstorm: Sandstorm is its name for Iran.
  'Agrius|Microsoft': { publisher: MS, title: 'How Microsoft names threat actors', ...misp(MS_NAMING) },
  'Fox Kitten|CISA': { publisher: 'CISA', title: 'Iran-Based Threat Actor Exploits VPN Vulnerabilities (AA20-259A)', ...day('2020-09-15'), ...misp('https://us-cert.cisa.gov/ncas/alerts/aa20-259a') },
  'Moses Staff|Check Point': { publisher: 'Check Point', title: 'Mosesstaff: Targeting Israeli Companies', ...month('2021-11'), ...misp('https://research.checkpoint.com/2021/mosesstaff-targeting-israeli-companies/') },
  'CURIUM|Microsoft': { publisher: MS, title: 'Evolving trends in Iranian threat actor activity – MSTIC presentation at CyberWarCon 2021', ...day('2021-11-16'), ...misp('https://www.microsoft.com/en-us/security/blog/2021/11/16/evolving-trends-in-iranian-threat-actor-activity-mstic-presentation-at-cyberwarcon-2021/') },
  'CopyKittens|MITRE ATT&CK': attack('G0052', 'CopyKittens', '2018-01-16'),
  'Leafminer|MITRE ATT&CK': attack('G0077', 'Leafminer', '2018-10-17'),
  'Ajax Security Team|MITRE ATT&CK': attack('G0130', 'Ajax Security Team', '2021-04-14'),
  'Ferocious Kitten|MITRE ATT&CK': attack('G0137', 'Ferocious Kitten', '2021-09-28'),
  [`Silent Librarian|${DOJ}`]: { publisher: DOJ, title: 'Nine Iranians Charged With Conducting Massive Cyber Theft Campaign On Behalf Of The Islamic Revolutionary Guard Corps', ...day('2018-03-23'), ...misp('https://www.justice.gov/opa/pr/nine-iranians-charged-conducting-massive-cyber-theft-campaign-behalf-islamic-revolutionary') },
  'UNC1549|Mandiant': { publisher: MD, title: 'Suspected Iranian UNC1549 Targets Israel and Middle East Aerospace and Defense Sectors', ...month('2024-02'), ...misp('https://www.mandiant.com/resources/blog/suspected-iranian-unc1549-targets-israel-middle-east') },
  'UNC1549|Mandiant|CURIUM': { publisher: MD, title: 'Suspected Iranian UNC1549 Targets Israel and Middle East Aerospace and Defense Sectors', ...month('2024-02'), ...misp('https://www.mandiant.com/resources/blog/suspected-iranian-unc1549-targets-israel-middle-east') },
  'Cleaver|MITRE ATT&CK': attack('G0003', 'Cleaver', '2017-05-31'),
  [`Emennet Pasargad|${DOJ}`]: { publisher: DOJ, title: 'Two Iranian Nationals Charged for Cyber-Enabled Disinformation and Threat Campaign Designed to Influence the 2020 U.S. Presidential Election', ...day('2021-11-18') },
  'Void Manticore|Check Point': { publisher: 'Check Point', title: 'Bad Karma, No Justice: Void Manticore Destructive Activities in Israel', ...month('2024-05'), ...misp('https://research.checkpoint.com/2024/bad-karma-no-justice-void-manticore-destructive-activities-in-israel/') },
  'Homeland Justice|Microsoft': { publisher: MS, title: 'Microsoft investigates Iranian attacks against the Albanian government', ...day('2022-09-08') },

  // ---- Others ----
  'APT32|Mandiant': { publisher: MD, title: 'Cyber Espionage is Alive and Well: APT32 and the Threat to Global Corporations', ...month('2017-05'), ...misp('https://www.fireeye.com/blog/threat-research/2017/05/cyber-espionage-apt32.html') },
  'Sidewinder|MITRE ATT&CK': attack('G0121', 'Sidewinder', '2021-01-27'),
  'Patchwork|MITRE ATT&CK': attack('G0040', 'Patchwork', '2017-05-31'),
  'Transparent Tribe|MITRE ATT&CK': attack('G0134', 'Transparent Tribe', '2021-09-02'),
  'SideCopy|MITRE ATT&CK': attack('G1008', 'SideCopy', '2022-08-07'),
  'Gorgon Group|MITRE ATT&CK': attack('G0078', 'Gorgon Group', '2018-10-17'),
  'Dark Caracal|Lookout': { publisher: 'Lookout', title: 'Dark Caracal: Cyber-espionage at a Global Scale', ...day('2018-01-18'), ...misp('https://info.lookout.com/rs/051-ESQ-475/images/Lookout_Dark-Caracal_srr_20180118_us_v.1.0.pdf') },
  'Dark Caracal|EFF': { publisher: 'Electronic Frontier Foundation', title: 'Dark Caracal: Cyber-espionage at a Global Scale', note: 'Published jointly with Lookout.', ...day('2018-01-18') },
  'Volatile Cedar|MITRE ATT&CK': attack('G0123', 'Volatile Cedar', '2021-02-08'),
  'POLONIUM|Microsoft': { publisher: MS, title: 'Exposing POLONIUM activity and infrastructure targeting Israeli organizations', ...day('2022-06-02'), ...misp('https://www.microsoft.com/security/blog/2022/06/02/exposing-polonium-activity-and-infrastructure-targeting-israeli-organizations/') },
  'Stealth Falcon|Citizen Lab': { publisher: 'Citizen Lab', title: "Keep Calm and (Don't) Enable Macros: A New Threat Actor Targets UAE Dissidents", ...month('2016-05'), ...misp('https://citizenlab.ca/2016/05/stealth-falcon/') },
  'Sea Turtle|MITRE ATT&CK': attack('G1041', 'Sea Turtle', '2024-11-20'),
  // The entry (created 2017-05-31) named South Korea from the April 2021 release.
  'DarkHotel|MITRE ATT&CK': attack('G0012', 'Darkhotel', '2021-04-22'),
  'APT-C-39|Qihoo 360': { publisher: 'Qihoo 360', title: "The CIA Hacking Group (APT-C-39) Conducts Cyber-Espionage Operation on China's Critical Industries for 11 Years", ...month('2020-03'), ...misp('http://blogs.360.cn/post/APT-C-39_CIA_EN.html') },
};
