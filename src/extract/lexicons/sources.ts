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
  { name: 'Google', aliases: ['Гугл', '谷歌', 'Google TAG', 'Threat Analysis Group', 'Google Threat Intelligence Group'] },
  { name: 'Mandiant', aliases: ['Мандиант'] },
  { name: 'CrowdStrike', aliases: ['Краудстрайк'] },
  { name: 'Kaspersky', aliases: ['Лаборатория Касперского', 'Лаборатории Касперского', 'Лабораторию Касперского', 'Лабораторией Касперского', 'Касперский', 'Kaspersky Lab', '卡巴斯基'] },
  { name: 'ESET' },
  { name: 'Check Point', aliases: ['Check Point Software', 'Check Point Research', '捷邦'] },
  // Research units publish under their own names: what they find is their company's.
  { name: 'Recorded Future', aliases: ['Insikt Group'] },
  { name: 'Palo Alto Networks', aliases: ['Unit 42', '派拓网络', '派拓網路'] },
  { name: 'Cisco Talos', aliases: ['Talos'] },
  { name: 'Symantec' },
  { name: 'Trend Micro', aliases: ['趋势科技', '趨勢科技'] },
  { name: 'Proofpoint' },
  { name: 'Sekoia', aliases: ['Sekoia.io'] },
  { name: 'Sygnia' },
  { name: 'Dragos' },
  { name: 'SentinelOne', aliases: ['SentinelLabs'] },
  { name: 'Positive Technologies', aliases: ['Позитив Текнолоджиз', 'PT ESC', 'PT Expert Security Center'] },
  { name: 'BI.ZONE' },
  { name: 'Group-IB' },
  { name: 'Qihoo 360', aliases: ['奇虎360', '360公司', '360 Company', '360集团', '360数字安全集团', '360高级威胁研究院', '360天眼实验室', '天眼实验室', '360安全大脑', '360安全大腦', '360威胁情报中心'] },
  { name: 'Qi An Xin', aliases: ['奇安信'] },
  { name: 'Volexity' },
  { name: 'FireEye' },
  { name: 'Flashpoint' },
  { name: 'Secureworks', aliases: ['SecureWorks'] },
  { name: 'Trellix' },
  { name: 'Cybereason', aliases: ['Cybereason Nocturnus'] },
  { name: 'Intezer' },
  { name: 'Lookout' },
  { name: 'Fortinet', aliases: ['FortiGuard Labs', '飞塔', 'Фортинет'] },
  { name: 'Sophos' },
  { name: 'Bitdefender' },
  { name: 'Zscaler' },
  { name: 'Cloudflare' },
  { name: 'Viettel Cyber Security', aliases: ['Viettel Threat Intelligence'] },
  { name: 'Citizen Lab', aliases: ['公民实验室', '公民實驗室'] },
  // Vendors of other countries, under the English name their reports go by and the forms of their own script.
  { name: 'Antiy', aliases: ['Antiy Labs', 'Antiy CERT', '安天', '安天实验室', '安天科技'] },
  { name: 'NSFOCUS', aliases: ['绿盟科技', '綠盟科技'] },
  { name: 'ThreatBook', aliases: ['微步在线', '微步在線'] },
  { name: 'Knownsec', aliases: ['知道创宇', '知道創宇'] },
  { name: 'Venustech', aliases: ['启明星辰', '啟明星辰'] },
  { name: 'Sangfor', aliases: ['深信服'] },
  { name: 'TeamT5', aliases: ['杜浦数位安全', '杜浦數位安全'] },
  { name: 'Pangu Lab', aliases: ['Pangu Team', '盘古实验室', '盤古實驗室', '盘古团队', '盤古團隊'] },
  { name: 'Dr.Web', aliases: ['Doctor Web', 'Доктор Веб'] },
  { name: 'Rostelecom-Solar', aliases: ['Solar 4RAYS', 'Solar JSOC', 'Ростелеком-Солар', 'Солар 4RAYS'] },
  { name: 'F.A.C.C.T.', aliases: ['FACCT', 'F6'] },
  { name: 'Angara Security' },
  { name: 'Innostage' },
  { name: 'AhnLab', aliases: ['안랩'] },
  { name: 'Genians' },
  { name: 'ClearSky', aliases: ['ClearSky Cyber Security'] },
  { name: 'Team Cymru' },
  { name: 'NCC Group' },
  { name: 'Fox-IT' },
  { name: 'WithSecure', aliases: ['F-Secure'] },
  { name: 'Avast' },
  { name: 'Malwarebytes' },
  { name: 'McAfee' },
  { name: 'Netskope' },
  { name: 'Akamai' },
  { name: 'Radware' },
  { name: 'Nozomi Networks' },
  { name: 'Claroty', aliases: ['Team82'] },
  { name: 'Forescout' },
  { name: 'Tenable' },
  { name: 'Rapid7' },
  { name: 'Red Canary' },
  { name: 'Arctic Wolf' },
  { name: 'DomainTools' },
  { name: 'Silent Push' },
  { name: 'EclecticIQ' },
  { name: 'HarfangLab' },
  { name: 'G DATA' },
  { name: 'Cyble' },
  { name: 'CloudSEK' },
  { name: 'Bkav' },
  { name: 'Jamf' },
  { name: 'Elastic Security Labs' },
  { name: 'Huntress' },
  { name: 'OpenAI' },
  // Platform companies that speak of operations against their users (disclosures, takedowns, denials), in
  // the forms other scripts write them.
  { name: 'Apple', aliases: ['苹果公司', '蘋果公司', '苹果', '蘋果', 'Эппл'] },
  // Facebook spoke under its own name until the company became Meta (October 2021): each is named as the text names it.
  { name: 'Meta', aliases: ['Meta Platforms'] },
  { name: 'Facebook', aliases: ['Фейсбук', '脸书', '臉書'] },
  { name: 'Amazon', aliases: ['Amazon Web Services', 'AWS', '亚马逊', '亞馬遜', 'Амазон'] },
  { name: 'Huawei', aliases: ['华为', '華為', 'Хуавэй', 'Хуавей'] },
  { name: 'Samsung', aliases: ['三星', 'Самсунг'] },
  { name: 'TikTok', aliases: ['抖音国际版'] },
  { name: 'Telegram', aliases: ['Телеграм'] },
  // Spyware vendors that answer the findings against them (denials), under the name their statements use.
  { name: 'NSO Group', aliases: ['NSO', 'NSO集团', 'NSO集團', 'NSO Group Technologies'] },
  // Rights groups that publish forensic findings.
  { name: 'Access Now' },
  // Press-freedom and digital-rights groups, named by the name they sign with; a legal article is written in lower case
  // ("el artículo 19 de la Constitución") or with its statute after it, no speaker.
  { name: 'Article 19', aliases: ['ARTICLE 19', 'Artículo 19', 'ARTÍCULO 19', 'Artikel 19', '«Статья 19»'] },
  { name: 'R3D', aliases: ['Red en Defensa de los Derechos Digitales'] },
  { name: 'Human Rights Watch', aliases: ['Хьюман Райтс Вотч', '人权观察', '人權觀察', 'Tổ chức Theo dõi Nhân quyền'] },
  { name: 'Reporters Without Borders', aliases: ['Reporters sans frontières', 'Reporter ohne Grenzen', 'Reporteros sin Fronteras', 'Репортёры без границ', 'Репортеры без границ', '无国界记者', '無國界記者', 'Phóng viên Không Biên giới'] },
  { name: 'Amnesty International', aliases: ['Amnesty', 'Amnistía Internacional', 'Amnistía', 'Международная амнистия', 'Международной амнистии', 'Tổ chức Ân xá Quốc tế', 'Ân xá Quốc tế', '国际特赦组织', '國際特赦組織'] },
];

/** The names of the known sources (vendors, outlets), for membership tests. */
export const SOURCE_NAMES: ReadonlySet<string> = new Set(SOURCES.map((x) => x.name));
