import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { extractionToStix } from '../../src/extract/stix.ts';
import { claimProblems } from '../../src/model/claim.ts';
import { scoId } from '../../src/model/stix/ids.ts';

const TEXT = [
  'Berlin blames Moscow for hack',
  'Germany accused Russia of hacking the Bundestag with malware calling home to hxxp://c2[.]example[.]org and 203.0.113.9.',
  'The Kremlin rejected the accusation.',
  'Source: https://example.org/news/1',
].join('\n');

test('--stix: a report with the text, linked knowledge objects, SCOs and valid claims', () => {
  const now = new Date('2026-01-02T03:04:05.000Z');
  const x = extract(TEXT);
  const bundle = extractionToStix(TEXT, x, { now });
  const again = extractionToStix(TEXT, extract(TEXT), { now });
  assert.deepEqual(again, bundle, 'same text, same time: same bundle');
  const byType = (t: string) => bundle.objects.filter((o) => o.type === t);
  const [report] = byType('report');
  assert.ok(report);
  assert.equal(report.name, 'Berlin blames Moscow for hack');
  assert.equal(report.lang, 'en');
  assert.equal(report.x_opstrack_text, TEXT);
  const ids = new Set(bundle.objects.map((o) => o.id));
  for (const ref of report.object_refs as string[]) assert.ok(ids.has(ref), `object_refs ${ref} is in the bundle`);
  assert.deepEqual(byType('location').map((o) => o.country).sort(), ['DE', 'RU']);
  const ip = byType('ipv4-addr')[0];
  assert.ok(ip);
  assert.equal(ip.value, '203.0.113.9');
  assert.equal(ip.id, scoId({ type: 'ipv4-addr', value: '203.0.113.9' }));
  assert.equal(byType('url')[0]!.value, 'http://c2.example.org');
  const claims = byType('x-opstrack-claim');
  assert.ok(claims.length >= 2);
  for (const c of claims) {
    assert.deepEqual(claimProblems(c), []);
    assert.equal(c.source_ref, report.id);
    const ev = c.evidence as { text: string; start: number; end: number };
    assert.equal(TEXT.slice(ev.start, ev.end), ev.text);
    assert.ok(ids.has(c.claimant_ref as string));
  }
  const accusation = claims.find((c) => c.stance === 'accuses')!;
  const de = byType('location').find((o) => o.country === 'DE')!;
  const ru = byType('location').find((o) => o.country === 'RU')!;
  // A state claims through its government's identity and speaks for its country.
  const gov = bundle.objects.find((o) => o.id === accusation.claimant_ref)!;
  assert.equal(gov.type, 'identity');
  assert.equal(gov.name, 'Government of Germany');
  assert.equal(accusation.speaks_for_ref, de.id);
  assert.deepEqual(accusation.addressee_refs, [ru.id]);
});
