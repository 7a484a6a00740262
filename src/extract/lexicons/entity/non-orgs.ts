/**
 * Acronyms and marked words that look like organisation names but name a time zone, a technical
 * thing ("19:05 UTC", "(DDoS) attacks", "a VPN", "a SOCKS proxy") or a currency ("80 triệu USD") or a common noun ("вредоносное ПО": malicious software):
 * never a speaker or a claimant; nor is a legal form set off after a company's name.
 */
export const NOT_ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'UTC', 'GMT', 'ET', 'CET', 'CEST', 'EST', 'EDT', 'PST', 'PDT', 'MSK', 'BST',
  'DDoS', 'DoS', 'CVE', 'PDF', 'URL', 'VPN', 'PLC', 'PLCs', 'API', 'APIs', 'IoT', 'OT', 'ICS', 'SMS', 'DNS', 'RDP', 'VoIP',
  'APT', 'APTs', 'MFA', 'XSS', 'IoC', 'IoCs', 'IOC', 'IOCs', 'EDR', 'SIEM', 'TTPs',
  // common nouns written as acronyms: information technology, software, operating system, artificial
  // intelligence, control systems, drones ("вредоносное ПО", "l'IA", "АСУ ТП", "ДЭГ")
  'IT', 'OS', 'AI', 'IA', 'KI', 'SCADA', 'HMI', 'HMIs', 'UAV', 'UAVs',
  // electronic mail, alone or opening a compound ("E-Mail-Postfächer", "E-Mail-Konten")
  'E-Mail', 'E-Mails', 'E-mail', 'E-mails',
  'ПО', 'ИТ', 'ИКТ', 'ИИ', 'ОС', 'АСУ', 'ТП', 'ДЭГ', 'БПЛА',
  // protocols, network and file kinds, device classes ("a SOCKS proxy", "routeurs de type SOHO", "une adresse IP",
  // "SMB-Freigaben", "файлы LNK"): technical things
  'IP', 'IPs', 'TCP', 'UDP', 'HTTP', 'HTTPS', 'SSH', 'FTP', 'SFTP', 'SMTP', 'IMAP', 'SMB', 'LDAP', 'TLS', 'SSL', 'VNC', 'SOCKS',
  'SOHO', 'LAN', 'WAN', 'USB', 'SQL', 'DLL', 'DLLs', 'EXE', 'LNK', 'ZIP', 'RAR', 'HTML', 'XML', 'JSON', 'OTP', '2FA', 'QR',
  'SIM', 'CPU', 'GPU', 'NAS', 'BIOS', 'UEFI', 'MBR', 'RAT', 'RATs', 'C2', 'C&C', 'IPv4', 'IPv6',
  // kinds of attack and of malicious software, alone or opening a compound ("Phishing-Welle", "Malware-Familie",
  // "Spear-Phishing-Mails"): technical things
  'Phishing', 'Spear-Phishing', 'Malware', 'Ransomware', 'Spyware',
  // currencies and coins written as codes ("530 triệu USD", "2 Mio. EUR", "1000 BTC")
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'RUB', 'KRW', 'VND', 'CHF', 'BTC', 'ETH', 'XMR', 'USDT', 'USDC',
  // a legal form after a company's name and a comma ("X Technology Company, Limited"): part of that name
  'Limited', 'Ltd', 'Inc', 'LLC', 'Corp', 'Co',
]);
