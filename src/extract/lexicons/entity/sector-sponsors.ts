/**
 * Words that tie an operator to its sponsor ("hackers linked to the Defence Ministry", "rattachés au
 * ministère de la Défense", "vinculados a las fuerzas armadas", "связанные с Министерством обороны"):
 * a sector named a few words after one of them is the side behind the act, not a sector hit. Read
 * only by targeted-sector salience. Links that also tie an act to its occasion ("related to the
 * elections", "in Verbindung mit den Wahlen", "liên quan đến bầu cử") and possession ("belonging to",
 * "thuộc"), which marks victims as often as sponsors, are left out; so is Chinese, whose sponsor
 * comes before the link word ("与…有关").
 */
import { cuesPerLanguage } from '../index.ts';

export const SECTOR_SPONSORS: Record<string, string[]> = {
  en: ['linked to', 'tied to', 'backed by', 'sponsored by', 'directed by', 'controlled by', 'run by', 'working for', 'acting for',
    'on behalf of', 'affiliated with', 'subordinate to', 'attached to', 'operating under', 'under the command of'],
  fr: ['affilié(?:e|s|es)? (?:à|au|aux)', 'rattaché(?:e|s|es)? (?:à|au|aux)', 'li(?:é|ée|és|ées) (?:à|au|aux)', 'proches? (?:de|du|des)',
    'soutenu(?:e|s|es)? par', 'parrainé(?:e|s|es)? par', 'contrôlé(?:e|s|es)? par', 'dirigé(?:e|s|es)? par', 'travaillant pour',
    'pour le compte d(?:e|u|es|(?=[’\']))', 'au service d(?:e|u|es|(?=[’\']))', 'dépendant(?:e|s|es)? d(?:e|u|es|(?=[’\']))', 'sous (?:la )?tutelle d(?:e|u|es|(?=[’\']))'],
  es: ['vinculad[oa]s? (?:a|al|con)', 'ligad[oa]s? (?:a|al)', 'afiliad[oa]s? (?:a|al)', 'respaldad[oa]s? por', 'patrocinad[oa]s? por',
    'controlad[oa]s? por', 'dirigid[oa]s? por', 'al servicio del?', 'trabaj(?:a|an|aba|aban) para', 'por cuenta del?', 'dependientes? del?', 'adscrit[oa]s? (?:a|al)'],
  de: ['mit Verbindungen zu(?:m|r)?', 'im Auftrag(?: de[rsm])?', 'unterstützt von', 'gesteuert von', 'kontrolliert von', 'nahestehend\\p{L}*',
    'arbeitend\\p{L}* für', 'verbunden mit', 'unterstellt\\p{L}*', 'zugeordnet\\p{L}*'],
  ru: ['связанн\\p{L}* с', 'связан\\p{L}* с', 'работающ\\p{L}* на', 'по заказу', 'аффилированн\\p{L}* с', 'в интересах', 'по заданию',
    'подконтрольн\\p{L}*', 'подчиняющ\\p{L}*', 'контролируем\\p{L}*', 'при поддержке'],
  vi: ['có liên hệ với', 'liên kết với', 'gắn với', 'được (?:\\p{L}+ )?hậu thuẫn bởi', 'làm việc cho', 'theo chỉ đạo của', 'thay mặt(?: cho)?'],
};

export const sectorSponsorsFor = cuesPerLanguage(SECTOR_SPONSORS);

/**
 * The small words a sponsor's noun phrase may hold between the link and the sector word besides
 * names and states ("the General Staff of the Armed Forces", "au ministère russe de la Défense"). Any
 * other word (a verb, an auxiliary, an object) ends the sponsor's phrase: "Hacker im Auftrag des
 * Ministeriums haben Banken angegriffen" leaves the banks hit.
 */
export const SECTOR_SPONSOR_FILLERS: Record<string, string[]> = {
  en: ['the', 'of', 'its', 'their', 'and', 'for'],
  fr: ['le', 'la', 'les', "l[’']", 'de', 'du', 'des', "d[’']", 'et', 'au', 'aux', 'à'],
  es: ['el', 'la', 'los', 'las', 'de', 'del', 'y', 'al', 'a'],
  de: ['der', 'die', 'das', 'des', 'dem', 'den', 'zur', 'zum', 'und', 'von', 'vom'],
  ru: ['и'],
  vi: ['của', 'các', 'những', 'và'],
};

const fillers = new Map<string, RegExp | null>();

/** The language's filler words as one pattern that a whole token must match. */
export function sectorSponsorFillersFor(lang: string): RegExp | null {
  let re = fillers.get(lang);
  if (re === undefined) {
    const list = SECTOR_SPONSOR_FILLERS[lang];
    re = list ? new RegExp(`^(?:${list.join('|')})$`, 'iu') : null;
    fillers.set(lang, re);
  }
  return re;
}
