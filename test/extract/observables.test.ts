import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractObservables, refang } from '../../src/extract/observables.ts';

test('finds IPs, domains, URLs, e-mails, hashes and CVEs, defanged forms included, with offsets', () => {
  const text = 'C2 at hxxps://update-check[.]example[.]net/a.php?id=7, also 198.51.100[.]23 and 2001:db8::42. '
    + 'Mail ops[at]badmail[.]example.org; sample 44d88612fea8a8f36de82e1278abb02f and '
    + '3395856ce81f2b7382dee72602f798b642f14140 exploit CVE-2023-23397. Host files.example.com.';
  const obs = extractObservables(text);
  const by = (t: string) => obs.filter((o) => o.type === t).map((o) => o.value);
  assert.deepEqual(by('url'), ['https://update-check.example.net/a.php?id=7']);
  assert.deepEqual(by('ipv4-addr'), ['198.51.100.23']);
  assert.deepEqual(by('ipv6-addr'), ['2001:db8::42']);
  assert.deepEqual(by('email-addr'), ['ops@badmail.example.org']);
  assert.deepEqual(by('file:hashes.MD5'), ['44d88612fea8a8f36de82e1278abb02f']);
  assert.deepEqual(by('file:hashes.SHA-1'), ['3395856ce81f2b7382dee72602f798b642f14140']);
  assert.deepEqual(by('vulnerability'), ['CVE-2023-23397']);
  assert.deepEqual(by('domain-name'), ['files.example.com']);
  for (const o of obs) for (const m of o.mentions) assert.equal(refang(text.slice(m.start, m.end)).toLowerCase(), o.value.toLowerCase());
});

test('no false positives from versions, times, abbreviations or file names; ranges are honoured', () => {
  const text = 'Version 1.2.3 shipped at 10:30:45 in the U.S. and report.pdf was read. Visit evil.example.com';
  const obs = extractObservables(text, [{ start: 0, end: text.indexOf('Visit') }]);
  assert.deepEqual(obs, []);
});
