/**
 * Words that make a sentence tell what was hit, read only by targeted-sector salience (never by
 * claims or country parties): lists of targets and victims ("Среди целей - министерства ...", "les
 * secteurs visés comprennent", "s'intéresse aux entreprises de défense") and the effects of an act
 * where a language profile lacks them (Spanish: "paralizados", "fuera de servicio").
 *
 * Effects told with no act word: what went out, stopped, was damaged or was lost ("the lights went
 * out, trains stopped", "Schäden verursacht", "a perdu la supervision de ses éoliennes", "перебои в
 * работе сайта", "ngừng hoạt động"). The act itself is told elsewhere in the article; the sector named with
 * the effect is the one hit. An outage noun ("blackout", "Stromausfall", "coupure de courant", "停电")
 * is itself the energy sector's word, so it is no cue: "the group behind the 2015 blackouts" would
 * make the background of a group its own target.
 */
import { cuesPerLanguage } from '../index.ts';

export const SECTOR_TARGETS: Record<string, string[]> = {
  en: ['among (?:the|its) (?:casualties|targets)', 'casualties', 'targets? (?:included|include|were)', 'victims? (?:included|include|were)', 'interested in',
    '(?:went|gone|go|goes) (?:out|dark|down|offline)', 'halted', '(?:were|was|became|remained) (?:unavailable|inaccessible|unreachable)',
    'switched to (?:generators|manual|paper)', 'damaged', 'destroyed', 'lost (?:control|access|contact|remote)'],
  de: ['Ziele? (?:waren|sind|umfassen)', 'unter den (?:Zielen|Opfern)', 'Opfer', 'interessier\\p{L}* sich für',
    'Schäden (?:\\p{L}+ )?verursacht', 'beschädigt\\p{L}*', 'zerstört\\p{L}*', 'nicht (?:mehr )?erreichbar', 'ausgefallen', 'fiel\\p{L}* (?:\\p{L}+ )?aus', 'verlor\\p{L}* (?:die )?(?:Kontrolle|Verbindung|Fernwartung|Fernsteuerung|Zugriff)'],
  fr: ['cibles?', 'victimes?', "s['’]intéress\\p{L}*", 'cibl(?:e|ent|ait|aient)', 'tentatives? (?:d[e\'’]\\s?\\p{L}+ )?contre',
    "perd\\p{L}* (?:la |le |l['’]|tout |toute )?(?:supervision|contrôle|accès|connexion|contact)", 'inaccessibles?', 'indisponibles?', 'endommag\\p{L}*', 'détrui\\p{L}*', 'débordé'],
  es: [
    'inaccesibles?', 'no disponibles?', 'dañad[oa]s?', 'destruid[oa]s?', 'perdi\\p{L}* (?:el )?(?:control|acceso)',
    'paraliz\\p{L}*', 'infectad[oa]s?', 'caíd[oa]s?', 'fuera de servicio', 'cifrad[oa]s?', 'filtrad[oa]s?', 'robad[oa]s?',
    'acceso a', 'víctimas?', 'blancos?', 'objetivos? (?:de|del|fueron|incluyen)',
  ],
  ru: ['цел(?:ь|и|ей|ям|ями|ях)', 'жертв(?:а|ы|ой|ами|ах)?', 'интересу\\p{L}*',
    'вывод(?:а|ом|у)? из строя', 'перебо\\p{L}*', 'недоступн\\p{L}*', 'поврежд\\p{L}*', 'уничтож\\p{L}*', 'зашифрова\\p{L}*', 'поразил\\p{L}*'],
  vi: ['mục tiêu', 'nạn nhân', 'không thể truy cập', 'ngừng hoạt động', 'bị hư hỏng', 'bị phá hủy', 'mất quyền kiểm soát'],
  zh: ['目标', '目標', '(?:锁定|鎖定|攻击|攻擊|针对|針對)(?:的)?(?:对象|對象)', '受害', '无法访问', '無法訪問', '无法使用', '無法使用', '受损', '受損', '损坏', '損壞', '被迫停', '失去控制'],
};

export const sectorTargetsFor = cuesPerLanguage(SECTOR_TARGETS);
