/**
 * The public statements behind default-knowledge attributions: publisher, title and date of the
 * statement, and its address. Written from the references ATT&CK (for ICS, v18.1) and the MISP
 * threat-actor galaxy give for each group: an address only where they give one, a date only where
 * the reference states it (the citation, or the date in the address), a title only where the
 * citation names it. An attribution without an entry here is undated (`unknown`) until someone
 * records its source; none carries the knowledge build date.
 */

export interface StatementSource {
  publisher: string;
  title?: string;
  /** YYYY-MM-DD (with `precision` month: the first of the month). */
  date?: string;
  precision?: 'day' | 'month';
  url?: string;
}

/** By `group|source` (the canonical group name and the attributing source as in group-list.ts). */
export const STATEMENT_SOURCES: Readonly<Record<string, StatementSource>> = {
  "APT1|Mandiant": { publisher: "Mandiant", url: "http://intelreport.mandiant.com/Mandiant_APT1_Report.pdf" },
  "menuPass|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0045/" },
  "APT16|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0023" },
  "APT17|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0025/" },
  "APT18|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0026" },
  "APT30|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/wiki/Group/G0013" },
  "APT31|US Department of Justice": { publisher: "US Department of Justice", url: "https://www.justice.gov/opa/pr/seven-hackers-associated-chinese-government-charged-computer-intrusions-targeting-perceived" },
  "APT31|UK NCSC": { publisher: "UK NCSC", url: "https://www.ncsc.gov.uk/news/uk-allies-hold-chinese-state-responsible-for-pervasive-pattern-of-hacking" },
  "Leviathan|US Department of Justice": { publisher: "US Department of Justice", url: "https://www.justice.gov/opa/pr/four-chinese-nationals-working-ministry-state-security-charged-global-computer-intrusion" },
  "APT41|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0096" },
  "APT41|US Department of Justice": { publisher: "US Department of Justice", url: "https://www.justice.gov/opa/pr/seven-international-cyber-defendants-including-apt41-actors-charged-connection-computer" },
  "Winnti Group|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0044/" },
  "Threat Group-3390|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0027/" },
  "Volt Typhoon|Microsoft": { publisher: "Microsoft", date: '2023-05-24', precision: 'day', url: "https://www.microsoft.com/en-us/security/blog/2023/05/24/volt-typhoon-targets-us-critical-infrastructure-with-living-off-the-land-techniques/" },
  "Flax Typhoon|Microsoft": { publisher: "Microsoft", date: '2023-08-24', precision: 'day', url: "https://www.microsoft.com/en-us/security/blog/2023/08/24/flax-typhoon-using-legitimate-software-to-quietly-access-taiwanese-organizations/" },
  "HAFNIUM|Microsoft": { publisher: "Microsoft", date: '2021-03-02', precision: 'day', url: "https://www.microsoft.com/security/blog/2021/03/02/hafnium-targeting-exchange-servers" },
  "Storm-0558|Microsoft": { publisher: "Microsoft", date: '2023-07-14', precision: 'day', url: "https://www.microsoft.com/en-us/security/blog/2023/07/14/analysis-of-storm-0558-techniques-for-unauthorized-email-access/" },
  "Naikon|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0019/" },
  "Ke3chang|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0004/" },
  "GALLIUM|Microsoft": { publisher: "Microsoft", date: '2019-12-12', precision: 'day', url: "https://www.microsoft.com/security/blog/2019/12/12/gallium-targeting-global-telecom/" },
  "Axiom|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0001/" },
  "admin@338|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0018/" },
  "BRONZE BUTLER|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0060/" },
  "Cinnamon Tempest|Microsoft": { publisher: "Microsoft", date: '2022-05-09', precision: 'day', url: "https://www.microsoft.com/security/blog/2022/05/09/ransomware-as-a-service-understanding-the-cybercrime-gig-economy-and-how-to-protect-yourself" },
  "DragonOK|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0017/" },
  "Elderwood|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0066/" },
  "Lotus Blossom|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0030/" },
  "Moafee|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0002/" },
  "Rancor|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0075/" },
  "Scarlet Mimic|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0029/" },
  "Suckfly|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0039/" },
  "Tropic Trooper|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0081/" },
  "PittyTiger|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0011" },
  "UNC3886|Mandiant": { publisher: "Mandiant", url: "https://www.mandiant.com/resources/blog/fortinet-malware-ecosystem" },
  "APT20|Mandiant": { publisher: "Mandiant", url: "https://www.mandiant.com/resources/insights/apt-groups" },
  "Earth Krahang|Trend Micro": { publisher: "Trend Micro", url: "https://www.trendmicro.com/en_us/research/24/c/earth-krahang.html" },
  "Liminal Panda|CrowdStrike": { publisher: "CrowdStrike", url: "https://www.crowdstrike.com/en-us/blog/liminal-panda-telecom-sector-threats/" },
  "UNC5174|Mandiant": { publisher: "Mandiant", url: "https://www.mandiant.com/resources/blog/initial-access-brokers-exploit-f5-screenconnect" },
  "Storm-2603|Microsoft": { publisher: "Microsoft", date: '2025-07-22', precision: 'day', url: "https://www.microsoft.com/en-us/security/blog/2025/07/22/disrupting-active-exploitation-of-on-premises-sharepoint-vulnerabilities/" },
  "APT28|US Department of Justice": { publisher: "US Department of Justice", url: "https://www.justice.gov/opa/pr/justice-department-announces-actions-disrupt-advanced-persistent-threat-28-botnet-infected" },
  "Sandworm Team|US Department of Justice": { publisher: "US Department of Justice", title: "Indictment - United States vs Aleksei Sergeyevich Morenets, et al.", date: '2018-10-03', precision: 'day', url: "https://www.justice.gov/opa/page/file/1098481/download" },
  "Sandworm Team|UK NCSC": { publisher: "UK NCSC", title: "NCSC supports US advisory regarding GRU intrusion set Sandworm", date: '2020-02-20', precision: 'day', url: "https://www.ncsc.gov.uk/news/ncsc-supports-sandworm-advisory" },
  "Star Blizzard|UK NCSC": { publisher: "UK NCSC", url: "https://www.ncsc.gov.uk/files/Advisory-Russian-FSB-cyber-actor-star-blizzard-continues-worldwide-spear-sphishing-campaigns.pdf" },
  "Dragonfly|US Department of Justice": { publisher: "US Department of Justice", title: "Four Russian Government Employees Charged in Two Historical Hacking Campaigns Targeting Critical Infrastructure Worldwide", date: '2022-03-24', precision: 'day', url: "https://www.justice.gov/opa/pr/four-russian-government-employees-charged-two-historical-hacking-campaigns-targeting-critical" },
  "TEMP.Veles|Mandiant": { publisher: "Mandiant", title: "TRITON Attribution: Russian Government-Owned Lab Most Likely Built Custom Intrusion Tools for TRITON Attackers", date: '2018-10-23', precision: 'day', url: "https://www.fireeye.com/blog/threat-research/2018/10/triton-attribution-russian-government-owned-lab-most-likely-built-tools.html" },
  "ALLANITE|MITRE ATT&CK": { publisher: "MITRE", date: '2017-05-31', precision: 'day', url: "https://attack.mitre.org/groups/G1000" },
  "Void Blizzard|Microsoft": { publisher: "Microsoft", date: '2025-05-27', precision: 'day', url: "https://www.microsoft.com/en-us/security/blog/2025/05/27/new-russia-affiliated-actor-void-blizzard-targets-critical-sectors-for-espionage/" },
  "MoustachedBouncer|ESET": { publisher: "ESET", url: "https://www.welivesecurity.com/en/eset-research/moustachedbouncer-espionage-against-foreign-diplomats-in-belarus/" },
  "UNC1151|Mandiant": { publisher: "Mandiant", date: '2020-07-01', precision: 'month', url: "https://www.fireeye.com/blog/threat-research/2020/07/ghostwriter-influence-campaign.html" },
  "APT38|Mandiant": { publisher: "Mandiant", title: "APT38: Un-usual Suspects", date: '2018-10-03', precision: 'day', url: "https://www.mandiant.com/sites/default/files/2021-09/rpt-apt38-2018-web_v5-1.pdf" },
  "Kimsuky|CISA": { publisher: "CISA", url: "https://us-cert.cisa.gov/ncas/alerts/aa20-301a" },
  "APT37|Mandiant": { publisher: "Mandiant", date: '2018-02-01', precision: 'month', url: "https://www.fireeye.com/blog/threat-research/2018/02/apt37-overlooked-north-korean-actor.html" },
  "TraderTraitor|CISA": { publisher: "CISA", url: "https://us-cert.cisa.gov/ncas/alerts/aa22-108a" },
  "APT33|Mandiant": { publisher: "Mandiant", title: "Insights into Iranian Cyber Espionage: APT33 Targets Aerospace and Energy Sectors and has Ties to Destructive Malware", date: '2017-09-20', precision: 'day', url: "https://www.fireeye.com/blog/threat-research/2017/09/apt33-insights-into-iranian-cyber-espionage.html" },
  "OilRig|MITRE ATT&CK": { publisher: "MITRE", date: '2017-12-14', precision: 'day', url: "https://attack.mitre.org/groups/G0049" },
  "APT42|Mandiant": { publisher: "Mandiant", url: "https://www.mandiant.com/resources/blog/apt42-charms-cons-compromises" },
  "CyberAv3ngers|CISA": { publisher: "CISA", title: "IRGC-Affiliated Cyber Actors Exploit PLCs in Multiple Sectors, Including U.S. Water and Wastewater Systems Facilities", date: '2023-12-01', precision: 'day', url: "https://www.cisa.gov/news-events/cybersecurity-advisories/aa23-335a" },
  "Fox Kitten|CISA": { publisher: "CISA", url: "https://us-cert.cisa.gov/ncas/alerts/aa20-259a" },
  "CURIUM|Microsoft": { publisher: "Microsoft", date: '2021-11-16', precision: 'day', url: "https://www.microsoft.com/en-us/security/blog/2021/11/16/evolving-trends-in-iranian-threat-actor-activity-mstic-presentation-at-cyberwarcon-2021/" },
  "CopyKittens|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0052/" },
  "Silent Librarian|US Department of Justice": { publisher: "US Department of Justice", url: "https://www.justice.gov/usao-sdny/pr/nine-iranians-charged-conducting-massive-cyber-theft-campaign-behalf-islamic" },
  "UNC1549|Mandiant": { publisher: "Mandiant", url: "https://www.mandiant.com/resources/blog/suspected-iranian-unc1549-targets-israel-middle-east" },
  "Cleaver|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0003/" },
  "Void Manticore|Check Point": { publisher: "Check Point", url: "https://research.checkpoint.com/2024/bad-karma-no-justice-void-manticore-destructive-activities-in-israel/" },
  "APT32|Mandiant": { publisher: "Mandiant", date: '2017-05-01', precision: 'month', url: "https://www.fireeye.com/blog/threat-research/2017/05/cyber-espionage-apt32.html" },
  "Patchwork|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0040/" },
  "Gorgon Group|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0078/" },
  "Dark Caracal|Lookout": { publisher: "Lookout", url: "https://info.lookout.com/rs/051-ESQ-475/images/Lookout_Dark-Caracal_srr_20180118_us_v.1.0.pdf" },
  "POLONIUM|Microsoft": { publisher: "Microsoft", date: '2022-06-02', precision: 'day', url: "https://www.microsoft.com/security/blog/2022/06/02/exposing-polonium-activity-and-infrastructure-targeting-israeli-organizations/" },
  "Stealth Falcon|Citizen Lab": { publisher: "Citizen Lab", date: '2016-05-01', precision: 'month', url: "https://citizenlab.ca/2016/05/stealth-falcon/" },
  "DarkHotel|MITRE ATT&CK": { publisher: "MITRE", url: "https://attack.mitre.org/groups/G0012/" },
};
