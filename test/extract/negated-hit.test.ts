/**
 * A hit told negated is no confirmation: "its systems were not breached" (en: the negator stood inside the passive
 * cue, where the word slot before the participle took it), "并非遭到黑客入侵" / "並非遭到入侵" (zh: "并非" was no
 * negator of the profile). Other languages' negated hits and plain hits are controls. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>) => cs.some((c) => c.stance === 'confirms');

for (const [lang, body] of [
  ['en', 'Orvanelle said its booking systems were not breached during the outage.'],
  ['en', 'Orvanelle said on Monday that its servers were never hacked.'],
  ['zh', 'Orvanelle公司表示，网站中断是由电力故障造成的，并非遭到黑客入侵。'],
  ['zh', 'Orvanelle公司表示，網站中斷是由電力故障造成的，並非遭到駭客入侵。'],
  ['fr', "Orvanelle a affirmé que ses serveurs n'ont pas été piratés."],
  ['es', 'Orvanelle aseguró que sus sistemas no fueron atacados.'],
  ['de', 'Orvanelle erklärte, seine Systeme seien nicht angegriffen worden.'],
  ['ru', 'Компания Orvanelle заявила, что ее системы не подвергались атаке.'],
  ['vi', 'Công ty Orvanelle cho biết hệ thống không bị tấn công.'],
] as const) {
  test(`${lang}: a negated hit is no confirmation (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.ok(!confirms(cs), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'Orvanelle said its booking systems were briefly breached during the outage.'],
  ['en', 'Orvanelle said on Monday that its servers were hacked.'],
  ['zh', 'Orvanelle公司表示，其网站遭到黑客入侵。'],
] as const) {
  test(`${lang}: a hit told plainly is confirmed (positive): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Cyberattack' });
    assert.ok(cs.some((c) => c.stance === 'confirms' && c.claimant === 'Orvanelle'), show(cs));
  });
}
