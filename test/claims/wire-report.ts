/**
 * An English wire report of Wang Lei's remarks (written for the tests, not copied from anywhere),
 * to publish beside the seed article (../shared/seed/vov-wang-lei.vi.txt), and a helper that
 * extracts and publishes a text through the drafts API as a user.
 */
import assert from 'node:assert/strict';
import type { TestServer } from '../helpers/http.ts';

/** Our own English report of Wang Lei's remarks (written for this test). */
export const WIRE_REPORT = [
  'China rejects US hacking accusations, says Washington is the biggest source of cyberattacks',
  "China has rejected accusations by the United States over cyberattacks, Wang Lei, the foreign ministry's coordinator for cyber affairs, told state media, saying Washington offered no evidence.",
  'Over the past year, Washington has accused hacking groups linked to China, such as Volt Typhoon and Salt Typhoon, of breaching major US telecommunications companies and government agencies.',
  "China denied this and said the United States is the world's biggest source of cyberattacks.",
].join('\n');


/** Extracts `json.text` as a draft and publishes every item at `tlp`; returns the report id. */
export async function publishText(srv: TestServer, as: string, json: Record<string, unknown>, tlp = 'green'): Promise<string> {
  const created = await srv.json('/api/drafts', { method: 'POST', as, json });
  assert.ok([200, 202].includes(created.status), JSON.stringify(created.body));
  let d = created.body;
  for (const end = performance.now() + 60_000; d.status === 'processing' && performance.now() < end;) {
    await new Promise((r) => setTimeout(r, 100));
    d = (await srv.json(`/api/drafts/${d.id}`, { as })).body;
  }
  assert.equal(d.status, 'ready', d.error);
  const pub = await srv.json(`/api/drafts/${d.id}/publish`, { method: 'POST', as, json: { include_proposed: true, tlp } });
  assert.equal(pub.status, 200, JSON.stringify(pub.body));
  return pub.body.report_id as string;
}

