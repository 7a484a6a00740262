/**
 * Security vendors and research teams that news quotes as sources of attributions, with the forms
 * other scripts and languages write them in. They are found in any language (German capitalises
 * every noun, Russian and Chinese write them in their own scripts), and named by their English name.
 */
export interface SourceSpec {
  name: string;
  aliases?: string[];
}

export const SOURCES: SourceSpec[] = [
  { name: 'Microsoft', aliases: ['Майкрософт', 'Microsoft Corporation', '微软', '微軟', 'MSTIC', 'Microsoft Threat Intelligence'] },
  { name: 'Google', aliases: ['Гугл', '谷歌'] },
  { name: 'Mandiant', aliases: ['Мандиант'] },
  { name: 'CrowdStrike', aliases: ['Краудстрайк'] },
  { name: 'Kaspersky', aliases: ['Лаборатория Касперского', 'Лаборатории Касперского', 'Лабораторию Касперского', 'Лабораторией Касперского', 'Касперский', 'Kaspersky Lab', '卡巴斯基'] },
  { name: 'ESET' },
  { name: 'Check Point', aliases: ['Check Point Software'] },
  // Research units publish under their own names: what they find is their company's.
  { name: 'Recorded Future', aliases: ['Insikt Group'] },
  { name: 'Palo Alto Networks', aliases: ['Unit 42'] },
  { name: 'Cisco Talos', aliases: ['Talos'] },
  { name: 'Symantec' },
  { name: 'Trend Micro' },
  { name: 'Proofpoint' },
  { name: 'Sekoia', aliases: ['Sekoia.io'] },
  { name: 'Sygnia' },
  { name: 'Dragos' },
  { name: 'SentinelOne', aliases: ['SentinelLabs'] },
  { name: 'Positive Technologies', aliases: ['Позитив Текнолоджиз', 'PT ESC', 'PT Expert Security Center'] },
  { name: 'BI.ZONE' },
  { name: 'Group-IB' },
  { name: 'Qihoo 360', aliases: ['奇虎360', '360公司', '360 Company', '360集团', '360数字安全集团', '360高级威胁研究院', '360天眼实验室', '天眼实验室'] },
  { name: 'Qi An Xin', aliases: ['奇安信'] },
  { name: 'Volexity' },
  { name: 'FireEye' },
  { name: 'Flashpoint' },
  { name: 'Secureworks', aliases: ['SecureWorks'] },
  { name: 'Trellix' },
  { name: 'Cybereason' },
  { name: 'Intezer' },
  { name: 'Lookout' },
  { name: 'Fortinet', aliases: ['FortiGuard Labs'] },
  { name: 'Sophos' },
  { name: 'Bitdefender' },
  { name: 'Zscaler' },
  { name: 'Cloudflare' },
  { name: 'Viettel Cyber Security', aliases: ['Viettel Threat Intelligence'] },
  { name: 'Citizen Lab' },
  { name: 'Amnesty International', aliases: ['Amnesty', 'Amnistía Internacional', 'Amnistía', 'Международная амнистия', 'Международной амнистии', 'Tổ chức Ân xá Quốc tế', 'Ân xá Quốc tế', '国际特赦组织', '國際特赦組織'] },
];

/** The names of the known sources (vendors, outlets), for membership tests. */
export const SOURCE_NAMES: ReadonlySet<string> = new Set(SOURCES.map((x) => x.name));
