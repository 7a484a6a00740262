/**
 * The probe matrix of victims confirming they were hit: the constructions by which the press tells that a
 * victim was hit, in en, fr, de, es, ru, zh and vi, with invented companies (Harwick Telecom, Velmora) and
 * real states. A victim that became the target, whose services came under attack, that admitted a leak or
 * confirmed that its systems were attacked, public portals that received attacks, a national system told hit
 * by its government, the victim's side ("phía X", "X方面") confirming: each confirms its own hit. Negative
 * rows: a victim named in an accusation, a sector that could become a target, a newspaper telling another's
 * hit. Each row: [construction, language, sentence, expected claims]; "claimant stance target" must appear,
 * "!claimant stance" must not ("!* confirms": no confirmation at all). Sentences invented for this matrix.
 */
export type VictimProbeRow = [construction: string, lang: string, sentence: string, expected: string[]];

export const VICTIM_PROBE_ROWS: VictimProbeRow[] = [
// 1 the victim has become the target of an attack (a perfect or past, not a modal)
['became-target','en',"The Harwick Party has become the target of a serious cyberattack.",['Harwick Party confirms Harwick Party']],
['became-target','fr',"Harwick Telecom est devenu la cible d'une grave cyberattaque.",['Harwick Telecom confirms Harwick Telecom']],
['became-target','de',"Die Velmora AG ist Ziel eines schweren Cyberangriffs geworden.",['Velmora confirms Velmora']],
['became-target','es',"Harwick Telecom ha sido blanco de un grave ciberataque.",['Harwick Telecom confirms Harwick Telecom']],
['became-target','ru',"Компания «Велмора» стала целью серьёзной кибератаки.",['Velmora confirms Velmora']],
['became-target','zh',"智利外交部成为一次严重网络攻击的目标。",['CL confirms CL']],
['became-target','vi',"Công ty Harwick Telecom đã trở thành mục tiêu của một cuộc tấn công mạng nghiêm trọng.",['Harwick Telecom confirms Harwick Telecom']],
// 2 the victim's services came under attack (the possessor of the hit system is the victim)
['services-under-attack','en',"The online services of Harwick Telecom came under an unprecedented hacker attack.",['Harwick Telecom confirms Harwick Telecom']],
['services-under-attack','fr',"Les services en ligne de Harwick Telecom ont subi une attaque informatique sans précédent.",['Harwick Telecom confirms Harwick Telecom']],
['services-under-attack','de',"Die Online-Dienste der Velmora AG wurden Ziel eines beispiellosen Hackerangriffs.",['Velmora confirms Velmora']],
['services-under-attack','es',"Los servicios en línea de Harwick Telecom sufrieron un ataque informático sin precedentes.",['Harwick Telecom confirms Harwick Telecom']],
['services-under-attack','ru',"Онлайн-сервисы компании «Велмора» подверглись беспрецедентной хакерской атаке.",['Velmora confirms Velmora']],
['services-under-attack','zh',"智利外交部的在线服务遭受前所未有的黑客攻击。",['CL confirms CL']],
['services-under-attack','vi',"Các dịch vụ trực tuyến của công ty Harwick Telecom bị tấn công chưa từng có.",['Harwick Telecom confirms Harwick Telecom']],
// 3 the victim admitted the leak
['admitted-leak','en',"Harwick Telecom admitted the data leak.",['Harwick Telecom confirms Harwick Telecom']],
['admitted-leak','fr',"Harwick Telecom a reconnu la fuite de données.",['Harwick Telecom confirms Harwick Telecom']],
['admitted-leak','de',"Die Velmora AG räumte das Datenleck ein.",['Velmora confirms Velmora']],
['admitted-leak','es',"Harwick Telecom admitió la filtración de datos.",['Harwick Telecom confirms Harwick Telecom']],
['admitted-leak','ru',"Компания «Велмора» признала утечку данных.",['Velmora confirms Velmora']],
['admitted-leak','zh',"智利外交部承认了数据泄露事件。",['CL confirms CL']],
['admitted-leak','vi',"Công ty Harwick Telecom hôm thứ Ba thừa nhận vụ rò rỉ dữ liệu.",['Harwick Telecom confirms Harwick Telecom']],
// 4 the victim confirmed that its systems were attacked
['confirmed-own-systems','en',"Harwick Telecom confirmed that its systems had been attacked.",['Harwick Telecom confirms Harwick Telecom']],
['confirmed-own-systems','fr',"Harwick Telecom a confirmé que ses systèmes avaient été attaqués.",['Harwick Telecom confirms Harwick Telecom']],
['confirmed-own-systems','de',"Die Velmora AG bestätigte, dass ihre Systeme angegriffen wurden.",['Velmora confirms Velmora']],
['confirmed-own-systems','es',"Harwick Telecom confirmó que sus sistemas habían sido atacados.",['Harwick Telecom confirms Harwick Telecom']],
['confirmed-own-systems','ru',"Компания «Велмора» подтвердила, что её системы были атакованы.",['Velmora confirms Velmora']],
['confirmed-own-systems','zh',"智利外交部证实其系统遭到攻击。",['CL confirms CL']],
['confirmed-own-systems','vi',"Công ty Harwick Telecom xác nhận hệ thống máy chủ của công ty đã bị tấn công.",['Harwick Telecom confirms Harwick Telecom']],
// 5 public portals received attacks (a state's public bodies: the state)
['received-attacks','en',"The portals of several Chilean public institutions have received 40 million attacks.",['CL confirms CL']],
['received-attacks','fr',"Les portails de plusieurs institutions publiques chiliennes ont reçu 40 millions d'attaques.",['CL confirms CL']],
['received-attacks','de',"Die Portale mehrerer chilenischer Behörden sind Ziel von 40 Millionen Angriffen geworden.",['CL confirms CL']],
['received-attacks','es',"Los portales de varias instituciones públicas chilenas han recibido 40 millones de ataques.",['CL confirms CL']],
['received-attacks','ru',"Порталы нескольких государственных учреждений Чили получили 40 миллионов атак.",['CL confirms CL']],
['received-attacks','zh',"智利多个公共机构的门户网站受到4000万次攻击。",['CL confirms CL']],
['received-attacks','vi',"Cổng thông tin của nhiều cơ quan nhà nước Chile đã hứng chịu 40 triệu cuộc tấn công.",['CL confirms CL']],
// 6 a government tells that a national system was hit: its state confirms, not the system
['gov-informs-national-system','en',"The Government of Chile informs that the National Power System was the object of a cyberattack.",['CL confirms CL','!National Power System confirms']],
['gov-informs-national-system','fr',"Le gouvernement chilien informe que le Réseau électrique national a fait l'objet d'une cyberattaque.",['CL confirms CL','!Réseau confirms']],
['gov-informs-national-system','de',"Die chilenische Regierung teilt mit, dass das Nationale Stromnetz Ziel eines Cyberangriffs war.",['CL confirms CL']],
['gov-informs-national-system','es',"El Gobierno de Chile informa que la Red Eléctrica Nacional fue objeto de un ataque cibernético.",['CL confirms CL','!Red Eléctrica Nacional confirms']],
['gov-informs-national-system','ru',"Правительство Чили сообщает, что Национальная энергосистема подверглась кибератаке.",['CL confirms CL']],
['gov-informs-national-system','zh',"智利政府通报，国家电力系统遭到网络攻击。",['CL confirms CL']],
['gov-informs-national-system','vi',"Chính phủ Chile thông báo Hệ thống điện quốc gia đã bị tấn công mạng.",['CL confirms CL']],
// 7 the victim's side confirmed (vi "phía X", zh "X方面")
['side-of','vi',"Phía Harwick Telecom đã xác nhận mạng nội bộ của công ty bị tấn công.",['Harwick Telecom confirms Harwick Telecom']],
['side-of','zh',"智利外交部方面证实，其系统遭到攻击。",['CL confirms CL']],
// negatives: the victim named in an accusation; a warning that a sector could become a target; a newspaper telling another's hit
['neg-accused-attacker','en',"Poland accused Russia of attacking Harwick Telecom.",['PL attributes RU','!Harwick Telecom confirms']],
['neg-accused-attacker','fr',"La Pologne a accusé la Russie d'avoir attaqué Harwick Telecom.",['PL attributes RU','!Harwick Telecom confirms']],
['neg-accused-attacker','de',"Polen beschuldigte Russland, die Velmora AG angegriffen zu haben.",['PL attributes RU','!Velmora confirms']],
['neg-accused-attacker','es',"Polonia acusó a Rusia de atacar a Harwick Telecom.",['PL attributes RU','!Harwick Telecom confirms']],
['neg-accused-attacker','ru',"Польша обвинила Россию в атаке на компанию «Велмора».",['PL attributes RU','!Velmora confirms']],
['neg-accused-attacker','zh',"波兰指责俄罗斯攻击了智利外交部。",['PL attributes RU','!CL confirms']],
['neg-accused-attacker','vi',"Ba Lan cáo buộc Nga tấn công công ty Harwick Telecom.",['PL attributes RU','!Harwick Telecom confirms']],
['neg-could-become-target','en',"The Polish cyber agency warned that the energy sector could become the target of cyberattacks.",['!* confirms']],
['neg-could-become-target','fr',"L'agence polonaise de cybersécurité a averti que le secteur de l'énergie pourrait devenir la cible de cyberattaques.",['!* confirms']],
['neg-could-become-target','de',"Die polnische Cyberbehörde warnte, der Energiesektor könnte Ziel von Cyberangriffen werden.",['!* confirms']],
['neg-could-become-target','es',"La agencia polaca de ciberseguridad advirtió que el sector energético podría convertirse en blanco de ciberataques.",['!* confirms']],
['neg-could-become-target','ru',"Польское киберагентство предупредило, что энергетический сектор может стать целью кибератак.",['!* confirms']],
['neg-could-become-target','zh',"波兰网络安全机构警告称，能源行业可能成为网络攻击的目标。",['!* confirms']],
['neg-could-become-target','vi',"Cơ quan an ninh mạng Ba Lan cảnh báo ngành năng lượng có thể trở thành mục tiêu của các cuộc tấn công mạng.",['!* confirms']],
['neg-newspaper-reports','en',"The newspaper Kurier Harwicki reported that the servers of Harwick Telecom had been attacked.",['!Kurier Harwicki confirms']],
['neg-newspaper-reports','fr',"Le journal Kurier Harwicki a rapporté que les serveurs de Harwick Telecom avaient été attaqués.",['!Kurier Harwicki confirms']],
['neg-newspaper-reports','de',"Die Zeitung Kurier Harwicki berichtete, die Server der Velmora AG seien angegriffen worden.",['!Kurier Harwicki confirms']],
['neg-newspaper-reports','es',"El diario Kurier Harwicki informó de que los servidores de Harwick Telecom habían sido atacados.",['!Kurier Harwicki confirms']],
['neg-newspaper-reports','ru',"Газета «Курьер Харвицки» сообщила, что серверы компании «Велмора» были атакованы.",['!Kurier Harwicki confirms','!Kurjer Kharvitski confirms']],
['neg-newspaper-reports','zh',"《哈维克信使报》报道称，智利外交部的服务器遭到攻击。",['!哈维克信使报 confirms']],
['neg-newspaper-reports','vi',"Tờ báo Kurier Harwicki đưa tin máy chủ của công ty Harwick Telecom đã bị tấn công.",['!Kurier Harwicki confirms']],
];
