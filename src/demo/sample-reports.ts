/**
 * A handful of short sample reports for the demo dataset, written for OpsTrack from widely reported
 * public events (not copied from any article), in several languages, so a first-time user sees
 * accusations, denials and warnings linked to their passages.
 */
export interface SampleReport {
  title: string;
  published: string;
  tlp: 'clear' | 'green' | 'amber';
  text: string;
}

export const SAMPLE_REPORTS: readonly SampleReport[] = [
  {
    title: 'US and partners say Volt Typhoon pre-positioned in critical infrastructure',
    published: '2024-02-07',
    tlp: 'clear',
    text: [
      'US and partners say Volt Typhoon pre-positioned in critical infrastructure',
      'The United States and its Five Eyes partners said on Wednesday that the Chinese state-sponsored group Volt Typhoon had compromised IT networks of critical infrastructure operators in the energy, water and transportation sectors.',
      'The agencies accused China of preparing disruptive attacks against the United States in the event of a crisis.',
      'FBI Director Christopher Wray warned that the hackers were positioning themselves to cause real-world harm.',
      'China denied the accusations and said the United States was spreading disinformation.',
    ].join('\n'),
  },
  {
    title: 'Salt Typhoon: telecom intrusions blamed on Beijing',
    published: '2024-12-04',
    tlp: 'green',
    text: [
      'Salt Typhoon: telecom intrusions blamed on Beijing',
      'US officials said the Chinese hacking group Salt Typhoon breached several American telecommunications companies and accessed wiretap systems.',
      'Washington accused China of a broad espionage campaign targeting the communications of government officials.',
      'A spokesperson for the Chinese embassy rejected the claims as groundless and called on the United States to stop smearing China.',
    ].join('\n'),
  },
  {
    title: 'La France accuse la Russie d’attaques menées par APT28',
    published: '2025-04-29',
    tlp: 'clear',
    text: [
      'La France accuse la Russie d’attaques menées par APT28',
      'Le Quai d’Orsay impute au renseignement militaire russe (GRU) une série d’intrusions du groupe APT28 visant des organismes français.',
      'Paris a condamné fermement ces agissements, qui ont visé des ministères, des entreprises de défense et des médias.',
      'Moscou a rejeté ces accusations.',
    ].join('\n'),
  },
  {
    title: 'Sandworm и энергетика Украины',
    published: '2023-11-10',
    tlp: 'green',
    text: [
      'Sandworm и энергетика Украины',
      'Исследователи заявили, что группа Sandworm, связанная с ГРУ, провела атаку на энергетическую компанию Украины и вызвала отключение электроэнергии.',
      'Великобритания обвинила Россию в проведении этой кибератаки.',
      'В Кремле отвергли обвинения и назвали их необоснованными.',
    ].join('\n'),
  },
  {
    title: '外交部回应“伏特台风”指控',
    published: '2024-04-16',
    tlp: 'green',
    text: [
      '外交部回应“伏特台风”指控',
      '美国指责中国支持的黑客组织“伏特台风”入侵美国关键基础设施。',
      '外交部发言人林剑表示，中方坚决反对美方的无端指责，美国才是全球最大的网络攻击来源。',
    ].join('\n'),
  },
  {
    title: 'Iran-linked CyberAv3ngers hit water utilities, US says',
    published: '2024-02-02',
    tlp: 'amber',
    text: [
      'Iran-linked CyberAv3ngers hit water utilities, US says',
      'The US Treasury sanctioned six IRGC officers, saying the group CyberAv3ngers tampered with industrial controllers at American water utilities.',
      'The United States accused Iran of targeting critical infrastructure.',
      'Iran denied any involvement.',
    ].join('\n'),
  },
];
