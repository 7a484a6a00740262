/**
 * A research team known under its company's name and its own ("Cybereason Nocturnus") is that company: coordinated
 * with another unit before a verb of investigating, its name is not read as a person's, and a post its team opens in
 * the first person is the company's. Texts written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const article = (lines: string[]) => [...lines, 'Source: x'].join('\n');
const read = (lines: string[], lang: string) => {
  const r = extract(article(lines), { lang });
  return { people: r.people.map((p) => p.name), claims: r.claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`) };
};

test('en: the team coordinated with another unit is the company; its "we" attributes', () => {
  const r = read([
    'Backdoor in aerospace networks',
    'Last winter, the Cybereason Nocturnus and Threat Hunting teams investigated an intrusion that we named after a river.',
    'We attribute the campaign to an Iranian state-sponsored actor.',
  ], 'en');
  assert.ok(!r.people.some((p) => p.includes('Nocturnus')), r.people.join('; '));
  assert.ok(r.claims.some((c) => /^Cybereason (attributes|accuses) IR$/.test(c)), r.claims.join('; '));
});

test('de: the team coordinated with another unit is the company; its "wir" attributes', () => {
  const r = read([
    'Hintertür in Netzen der Luftfahrt',
    'Im vergangenen Winter haben die Teams Cybereason Nocturnus und Threat Hunting einen Einbruch untersucht, den wir nach einem Fluss benannt haben.',
    'Wir gehen davon aus, dass hinter der Kampagne ein iranischer Nachrichtendienst steht.',
  ], 'de');
  assert.ok(!r.people.some((p) => p.includes('Nocturnus')), r.people.join('; '));
  assert.ok(r.claims.some((c) => /^Cybereason (attributes|accuses) IR$/.test(c)), r.claims.join('; '));
});

test('fr: the team coordinated with another unit is the company; its "nous" attributes', () => {
  const r = read([
    'Une porte dérobée dans l\'aéronautique',
    'L\'hiver dernier, les équipes Cybereason Nocturnus et Threat Hunting ont enquêté sur une intrusion que nous avons baptisée du nom d\'un fleuve.',
    'Nous estimons que cette campagne est menée par un acteur étatique iranien.',
  ], 'fr');
  assert.ok(!r.people.some((p) => p.includes('Nocturnus')), r.people.join('; '));
  assert.ok(r.claims.some((c) => /^Cybereason (attributes|accuses) IR$/.test(c)), r.claims.join('; '));
});

test('en: a person named after the team is still read where the text names a person ("said John Smith")', () => {
  const r = read([
    'Backdoor in aerospace networks',
    'Cybereason Nocturnus found a backdoor on several workstations, said John Smith, a company spokesman.',
  ], 'en');
  assert.ok(r.people.some((p) => p === 'John Smith'), r.people.join('; '));
  assert.ok(!r.people.some((p) => p.includes('Nocturnus')), r.people.join('; '));
});
