/**
 * Kinds of organisation that name their sector without a sector word, read only by targeted-sector
 * salience: a state body ("the foreign ministry", "Außenministerium", "外交部", "the electoral
 * commission", "the presidential office") is government. Such a body is far more often the speaker
 * than the victim, so it names the sector only in victim position (after the hostile act, or in
 * Chinese between 对/针对 and the act), like a sector's people. No named organisation here: only
 * the common nouns a body's name is built from. Courts are state bodies too ("the court network was
 * breached", "mạng máy tính của ngành tòa án"; bare "tòa án" is left out, it also owns a ruling:
 * "quyết định của tòa án"), and Russian shortens ministries' names ("Минюст", "Минфин").
 */
import { compileCues } from '../index.ts';

export const SECTOR_VICTIM_BODIES: Record<string, Record<string, string[]>> = {
  government: {
    en: ['(?:foreign |interior |defen[cs]e |finance |justice )?ministry', 'ministry of [\\p{L} ]{3,25}?affairs', 'electoral commission', 'election commission', 'election authorit(?:y|ies)', 'presidential (?:office|administration|palace)', 'president[’\']s office', 'national security council', 'federal agencies', 'government ministry', 'courts', 'the judiciary', 'court system'],
    fr: ['ministère', 'commission électorale', 'autorité électorale', 'présidence', 'administration présidentielle', 'agences fédérales', 'conseil national de sécurité', 'tribunaux', 'système judiciaire'],
    es: ['ministerio', 'cancillería', 'comisión electoral', 'autoridad electoral', 'presidencia', 'agencias federales', 'consejo de seguridad nacional', 'tribunales', 'poder judicial'],
    de: ['\\p{L}*[Mm]inisterium', '\\p{L}*[Mm]inisteriums', 'Auswärtige\\p{L}* Amt\\p{L}*', 'Wahlbehörde\\p{L}*', 'Wahlkommission', 'Präsidialamt\\p{L}*', 'Präsidialverwaltung', 'Bundesverwaltung', 'Gerichte', 'Justiz'],
    ru: ['министерств\\p{L}*', 'МИД\\p{L}*', 'правительств', 'избирательн\\p{L}* комисси\\p{L}*', 'ЦИК', 'администраци\\p{L}* президента', 'федеральн\\p{L}* агентств\\p{L}*', 'Мин(?:юст|фин|здрав|цифры|энерго|транс)\\p{L}*', 'суд(?:ы|ов|ам|ах)'],
    vi: ['[Bb]ộ [Nn]goại giao', '[Bb]ộ [Qq]uốc phòng', '[Bb]ộ [Tt]ài chính', '[Bb]ộ [Nn]ội vụ', '[Ủủ]y ban [Bb]ầu cử', '[Vv]ăn phòng [Tt]ổng thống', '[Pp]hủ [Tt]ổng thống', 'cơ quan liên bang', '(?:ngành|hệ thống) tòa án'],
    zh: ['外交部(?!门)', '外务省', '外務省', '国防部(?!门)', '國防部(?![門门])', '财政部(?!门)', '財政部(?![門门])', '选举委员会', '選舉委員會', '选委会', '選委會', '总统府', '總統府', '总统办公室', '联邦机构', '聯邦機構', '法院'],
  },
};

/**
 * Sectors whose word inside a state body's name still names the sector hit: the body is that sector's
 * own infrastructure ("the electoral commission" is elections as well as government). Elsewhere the
 * word only says which body it is ("the finance ministry" is government, not the finance sector).
 */
export const BODY_OWN_SECTORS = new Set(['elections']);

const compiled = new Map<string, [string, RegExp][]>();

/** Per sector, the compiled body pattern of one language. */
export function sectorVictimBodiesFor(lang: string): [string, RegExp][] {
  let c = compiled.get(lang);
  if (c === undefined) {
    c = [];
    for (const [slug, byLang] of Object.entries(SECTOR_VICTIM_BODIES)) {
      const list = byLang[lang];
      const re = list ? compileCues(list, lang === 'zh') : null;
      if (re) c.push([slug, re]);
    }
    compiled.set(lang, c);
  }
  return c;
}
