/**
 * The four claims of the reference article (../shared/seed/vov-wang-lei.vi.txt), built at test time:
 * passages are located in the article's text with indexOf on short phrases (the article is never
 * copied into the repo), so each claim's offsets reproduce its passage exactly.
 *
 * 1. the US attributes Volt Typhoon and Salt Typhoon to China;
 * 2. China (Wang Lei, foreign ministry) rejects the accusations for lack of evidence;
 * 3. China accuses the US of large-scale attacks on its telecom, finance and transport infrastructure;
 * 4. the US National Security Advisor warns of "serious consequences".
 */
import { readFileSync } from 'node:fs';
import type { StixObject } from '../../src/model/stix/core.ts';
import type { ClaimInput } from '../../src/claims/build-claim.ts';
import { buildSdo } from '../helpers/factories.ts';
import { sharedPath } from '../helpers/shared.ts';

export function articleText(): string {
  return readFileSync(sharedPath('seed', 'vov-wang-lei.vi.txt'), 'utf8');
}

/**
 * The passage from the phrase `from` up to and including the phrase `through`. `from` may be a pair
 * [opening, marker]: the passage opens at the last `opening` before the first `marker` (short phrases
 * locate a passage without quoting it).
 */
export function passage(text: string, from: string | [opening: string, marker: string], through: string): { text: string; start: number; end: number } {
  const start = typeof from === 'string' ? text.indexOf(from) : text.lastIndexOf(from[0], text.indexOf(from[1]));
  if (start < 0 || (typeof from !== 'string' && text.indexOf(from[1]) < 0)) throw new Error(`phrase not in the article: ${String(from)}`);
  const last = text.indexOf(through, start);
  if (last < 0) throw new Error(`phrase not in the article after ${from}: ${through}`);
  const end = last + through.length;
  return { text: text.slice(start, end), start, end };
}

export interface ArticleWorld {
  text: string;
  /** Parties, subjects and the report: store these before the claims. */
  objects: StixObject[];
  ids: {
    us: string; cn: string; usGov: string; sullivan: string; wangLei: string; volt: string; salt: string; report: string;
  };
  /** In order: attribution, denial, counter-accusation, warning; the denial answers the attribution. */
  claims(attributionId: string): [attribution: ClaimInput, denial: ClaimInput, accusation: ClaimInput, warning: ClaimInput];
}

/** Made-on dates are placeholders: the article's own date is not in its text. */
export const MADE_ON = '2025-01-15';

export function articleWorld(): ArticleWorld {
  const text = articleText();
  const us = buildSdo('location', { name: 'United States', country: 'US' });
  const cn = buildSdo('location', { name: 'China', country: 'CN' });
  const usGov = buildSdo('identity', { name: 'Government of the United States', identity_class: 'organization', sectors: ['government-national'] });
  const sullivan = buildSdo('identity', { name: 'Jake Sullivan', identity_class: 'individual', description: 'US National Security Advisor' });
  const wangLei = buildSdo('identity', { name: 'Wang Lei', identity_class: 'individual', description: 'Coordinator for cyber affairs, Ministry of Foreign Affairs of China' });
  const volt = buildSdo('intrusion-set', { name: 'Volt Typhoon' });
  const salt = buildSdo('intrusion-set', { name: 'Salt Typhoon' });
  const report = buildSdo('report', {
    name: 'Trung Quốc bác bỏ cáo buộc tấn công mạng của Mỹ (VOV)',
    published: '2025-01-15T00:00:00.000Z',
    report_types: ['threat-report'],
    object_refs: [volt.id, salt.id],
  });
  const ids = { us: us.id, cn: cn.id, usGov: usGov.id, sullivan: sullivan.id, wangLei: wangLei.id, volt: volt.id, salt: salt.id, report: report.id };
  const attribution = passage(text, 'Washington cũng cáo buộc', 'cơ quan chính phủ Mỹ');
  const denial = passage(text, 'Trung Quốc đã bác bỏ', 'khi không có bằng chứng');
  const accusation = passage(text, 'Trung Quốc phát hiện Mỹ', 'giao thông của Trung Quốc');
  const warning = passage(text, ['các cuộc', 'mang tính phá hoại'], 'hậu quả nghiêm trọng');
  const common = { made_on: MADE_ON, source_ref: report.id } as const;
  return {
    text,
    objects: [us, cn, usGov, sullivan, wangLei, volt, salt, report],
    ids,
    claims: (attributionId) => [
      {
        ...common,
        id: attributionId as ClaimInput['id'],
        claimant_ref: usGov.id,
        speaks_for_ref: us.id,
        stance: 'attributes',
        subject_refs: [volt.id, salt.id],
        addressee_refs: [cn.id],
        targeted_sectors: ['telecommunications', 'government-national'],
        targeted_countries: ['US'],
        evidence: { ...attribution, lang: 'vi', translation: { lang: 'en', text: 'Washington also accused China-linked hacker groups such as Volt Typhoon and Salt Typhoon of attacking major telecom companies and US government agencies' } },
        basis: 'political',
        cameo_code: '1125',
        confidence: 90,
      },
      {
        ...common,
        claimant_ref: wangLei.id,
        speaks_for_ref: cn.id,
        stance: 'denies',
        subject_refs: [volt.id, salt.id],
        addressee_refs: [cn.id],
        evidence: { ...denial, lang: 'vi' },
        basis: 'political',
        responds_to_refs: [attributionId],
        cameo_code: '016',
      },
      {
        ...common,
        claimant_ref: wangLei.id,
        speaks_for_ref: cn.id,
        stance: 'accuses',
        subject_description: 'long-running, large-scale, systematic cyber attacks on China, including cyber espionage and attacks on critical infrastructure',
        addressee_refs: [us.id],
        targeted_sectors: ['telecommunications', 'financial-services', 'transportation'],
        targeted_countries: ['CN'],
        evidence: { ...accusation, lang: 'vi' },
        responds_to_refs: [attributionId],
        cameo_code: '112',
      },
      {
        ...common,
        claimant_ref: sullivan.id,
        speaks_for_ref: us.id,
        stance: 'warns',
        subject_description: 'destructive cyber attacks on US critical infrastructure',
        addressee_refs: [cn.id],
        targeted_countries: ['US'],
        evidence: { ...warning, lang: 'vi' },
        measure: 'warning',
        cameo_code: '130',
      },
    ],
  };
}
