/**
 * The claim frames, each on sentences written for it in several languages: joint statements,
 * first-person assessments by the publishing body, negated cues, groups claiming their own
 * attacks, victims confirming a breach.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

function claims(body: string, title = 'Headline', lang?: string): ClaimCandidate[] {
  const text = `${title}\n${body}\nSource: https://example.org/story`;
  const x = extract(text, lang ? { lang } : {});
  for (const c of x.claims) assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text, 'evidence is the exact passage');
  return x.claims;
}

const has = (cs: ClaimCandidate[], claimant: string, stance: string, target?: string) =>
  cs.find((c) => c.claimant === claimant && c.stance === stance && (target === undefined || c.target === target));
const show = (cs: ClaimCandidate[]) => JSON.stringify(cs.map((c) => [c.claimant, c.stance, c.target, c.about]));

test('joint statement: each co-signer named after "together with" makes the claim (en, de, es, fr)', () => {
  const en = claims('Canada, together with agencies from Japan, Norway and Poland, accused Russia of sabotaging satellite modems.');
  for (const state of ['CA', 'JP', 'NO', 'PL']) assert.ok(has(en, state, 'accuses', 'RU') ?? has(en, state, 'attributes', 'RU'), `${state}: ${show(en)}`);

  const de = claims('Deutschland warnte gemeinsam mit Behörden aus Frankreich, Italien und Schweden vor Angriffen russischer Hacker.');
  for (const state of ['FR', 'IT', 'SE']) assert.ok(has(de, state, 'warns', 'RU'), `${state}: ${show(de)}`);

  const es = claims('Chile acusó a Rusia, junto con los gobiernos de Perú y Colombia, de atacar sus redes eléctricas.');
  for (const state of ['CL', 'PE', 'CO']) assert.ok(has(es, state, 'accuses', 'RU') ?? has(es, state, 'attributes', 'RU'), `${state}: ${show(es)}`);

  const fr = claims('La Belgique a accusé la Chine, conjointement avec les Pays-Bas et le Luxembourg, d’avoir piraté des ministères.');
  for (const state of ['BE', 'NL', 'LU']) assert.ok(has(fr, state, 'accuses', 'CN') ?? has(fr, state, 'attributes', 'CN'), `${state}: ${show(fr)}`);
});

test('joint statement: "the partners" in a later sentence are the co-signers again (en, de)', () => {
  const en = claims([
    'Japan published an advisory together with agencies from Norway and Poland.',
    'According to the partner agencies, the attacks were carried out by hackers working for China.',
  ].join('\n'));
  for (const state of ['NO', 'PL']) assert.ok(has(en, state, 'attributes', 'CN'), `${state}: ${show(en)}`);
});

test('negated confirmation or accusation is no claim (en, fr, es, ru, zh)', () => {
  assert.ok(!claims('Neither Washington nor Jerusalem has ever confirmed its role in the sabotage.').some((c) => c.stance === 'confirms'));
  assert.ok(!claims('La France n’a jamais confirmé avoir été visée par ces pirates.').some((c) => c.stance === 'confirms'));
  assert.ok(!claims('El Gobierno de Chile no confirmó el ataque contra sus servidores.').some((c) => c.stance === 'confirms'));
  assert.ok(!claims('Москва не подтвердила информацию о взломе.').some((c) => c.stance === 'confirms'));
  assert.ok(!claims('日本政府尚未证实遭到网络攻击。').some((c) => c.stance === 'confirms'));
});

test('a group claiming its own attack is claimant and target (en, fr, es, de)', () => {
  const en = claims('The hacker group Killnet claimed responsibility for the outage of the airport websites.');
  assert.ok(has(en, 'Killnet', 'attributes', 'Killnet'), show(en));
  const fr = claims('L’attaque contre les sites de la mairie a été revendiquée par le groupe Killnet.');
  assert.ok(has(fr, 'Killnet', 'attributes', 'Killnet'), show(fr));
  const es = claims('El grupo Killnet reivindicó el ataque contra la web del ayuntamiento.');
  assert.ok(has(es, 'Killnet', 'attributes', 'Killnet'), show(es));
  const de = claims('Die Gruppe Killnet bekannte sich zu dem Angriff auf die Webseiten des Flughafens.');
  assert.ok(has(de, 'Killnet', 'attributes', 'Killnet'), show(de));
  const neg = claims('The hacker group Killnet has not claimed responsibility for the outage.');
  assert.ok(!has(neg, 'Killnet', 'attributes'), show(neg));
});

test('first-person assessment by the body on the byline: "we assess" (en, de, fr)', () => {
  const en = claims('We assess with high confidence that APT28 operates on behalf of Russia.', 'Fancy report\nMicrosoft Threat Intelligence | 3 May 2025');
  assert.ok(has(en, 'Microsoft', 'attributes', 'RU'), show(en));
  const de = claims('Wir bewerten mit hoher Zuverlässigkeit, dass APT28 im Auftrag Russlands handelt.', 'Bericht\nMicrosoft Threat Intelligence | 3. Mai 2025');
  assert.ok(has(de, 'Microsoft', 'attributes', 'RU'), show(de));
  const fr = claims('Nous estimons avec un haut degré de confiance que le groupe APT28 agit pour le compte de la Russie.', 'Rapport\nMicrosoft Threat Intelligence | 3 mai 2025');
  assert.ok(has(fr, 'Microsoft', 'attributes', 'RU'), show(fr));
});

test('joint statement: the co-signers referred back to in a later sentence (de, fr)', () => {
  const de = claims([
    'Japan warnte gemeinsam mit Partnerbehörden aus Kanada und Norwegen vor chinesischen Hackern.',
    'Nach Einschätzung der beteiligten Behörden steht China hinter den Angriffen.',
  ].join('\n'));
  for (const state of ['JP', 'CA', 'NO']) {
    assert.ok(has(de, state, 'warns', 'CN'), `${state} warns: ${show(de)}`);
    assert.ok(has(de, state, 'attributes', 'CN'), `${state} attributes: ${show(de)}`);
  }
  const fr = claims([
    'Le Japon a publié un avis conjointement avec le Canada et la Norvège.',
    'Selon les partenaires, la Chine est derrière ces attaques.',
  ].join('\n'));
  for (const state of ['JP', 'CA', 'NO']) assert.ok(has(fr, state, 'attributes', 'CN'), `${state}: ${show(fr)}`);
});

test('a victim confirms a breach of its own systems, told in the passive (en, es, fr, ru)', () => {
  const cases: Array<[string, string]> = [
    ['The Estonian government said on Monday that its ministries had been hacked over the weekend.', 'EE'],
    ['El Gobierno de Chile informó de que sus servidores fueron objeto de un ciberataque.', 'CL'],
    ['Le gouvernement belge a indiqué que ses ministères ont été victimes d’une cyberattaque.', 'BE'],
    ['Правительство Латвии подтвердило, что сайты министерств подверглись кибератаке.', 'LV'],
  ];
  for (const [sentence, state] of cases) {
    const cs = claims(sentence);
    assert.ok(has(cs, state, 'confirms', state), `${sentence}: ${show(cs)}`);
  }
});
