/** fast-check arbitraries: any valid claim, with every optional field sometimes present. */
import fc from 'fast-check';
import {
  CLAIM_BASES, CLAIM_EXTENSION_ID, CLAIM_MEASURES, CLAIM_STANCES, CLAIM_TYPE, SUBJECT_TYPES, type Claim,
} from '../../src/model/claim.ts';
import { tlpMarkingId } from '../../src/model/tlp.ts';

const ref = (...types: string[]) => fc.tuple(fc.constantFrom(...types), fc.uuid({ version: 4 })).map(([t, u]) => `${t}--${u}`);
const refs = (...types: string[]) => fc.uniqueArray(ref(...types), { minLength: 1, maxLength: 4 });
const millis = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2035, 0, 1) });
/** Any Unicode text, including astral characters (two UTF-16 units) and combining marks. */
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 });
const lang = fc.constantFrom('vi', 'en', 'zh', 'zh-Hant', 'ru', 'fr');

export const claimArb: fc.Arbitrary<Claim> = fc
  .record(
    {
      uuid: fc.uuid({ version: 4 }),
      created: millis,
      later: fc.integer({ min: 0, max: 10 ** 9 }),
      created_by_ref: ref('identity'),
      claimant_ref: ref('identity'),
      speaks_for_ref: ref('identity', 'location'),
      stance: fc.constantFrom(...CLAIM_STANCES),
      subject_refs: refs(...SUBJECT_TYPES),
      extra_subject: ref('intrusion-set'),
      subject_description: text,
      addressee_refs: refs('identity', 'location'),
      targeted_sectors: fc.uniqueArray(fc.constantFrom('telecommunications', 'financial-services', 'transportation', 'government-national', 'energy'), { minLength: 1 }),
      targeted_countries: fc.uniqueArray(fc.constantFrom('US', 'CN', 'RU', 'VN', 'FR', 'GB', 'IR'), { minLength: 1 }),
      made_on: millis.map((ms) => new Date(ms).toISOString().slice(0, 10)),
      source_ref: ref('report'),
      evidence: fc.record(
        { text, start: fc.nat({ max: 100_000 }), lang, translation: fc.record({ lang, text }) },
        { requiredKeys: ['text', 'lang'] },
      ),
      basis: fc.constantFrom(...CLAIM_BASES),
      responds_to_refs: refs(CLAIM_TYPE),
      measure: fc.constantFrom(...CLAIM_MEASURES),
      cameo_code: fc.stringMatching(/^\d{2,4}$/),
      plover_code: fc.constantFrom('ACCUSE', 'REJECT', 'THREATEN', 'SANCTION'),
      confidence: fc.integer({ min: 0, max: 100 }),
      tlp: fc.constantFrom('clear', 'green') as fc.Arbitrary<'clear' | 'green'>,
      lang,
    },
    {
      requiredKeys: ['uuid', 'created', 'later', 'claimant_ref', 'stance', 'made_on', 'source_ref', 'evidence', 'extra_subject'],
    },
  )
  .map((r) => {
    const { uuid, created, later, extra_subject, tlp, evidence, ...fields } = r;
    const claim: Record<string, unknown> = {
      type: CLAIM_TYPE,
      spec_version: '2.1',
      id: `${CLAIM_TYPE}--${uuid}`,
      created: new Date(created).toISOString(),
      modified: new Date(created + later).toISOString(),
      ...fields,
      evidence: evidence.start === undefined ? evidence : { ...evidence, end: evidence.start + evidence.text.length },
      extensions: { [CLAIM_EXTENSION_ID]: { extension_type: 'new-sdo' } },
    };
    if (tlp) claim.object_marking_refs = [tlpMarkingId(tlp)];
    if (!claim.subject_refs && !claim.subject_description) claim.subject_refs = [extra_subject];
    if (claim.stance === 'overlaps') {
      const subjects = (claim.subject_refs as string[] | undefined) ?? [];
      if (subjects.length < 2) claim.subject_refs = [...new Set([...subjects, extra_subject, `intrusion-set--${uuid}`])];
    }
    // Plain JSON (fast-check builds null-prototype records), as a claim arrives over the wire.
    return JSON.parse(JSON.stringify(claim)) as Claim;
  });
