/**
 * A state's name or adjective that names a language is no mention of the state: "Chinese-speaking
 * hackers", "Russian-language", "tin tặc nói tiếng Trung Quốc", "russisch-sprachige Hacker" tie no
 * act to a state, and "Boletín en español (ESET)", "Blog en français (ESET)" make the company no
 * state's body. The same adjective or name without the language's marker still names the state.
 * Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const run = (body: string, lang: string) => extract(`Headline\n${body}\nSource: https://example.org/story`, { lang });
const show = (x: ReturnType<typeof run>) => JSON.stringify({ claims: x.claims.map((c) => [c.claimant, c.stance, c.target]), countries: x.countries.map((c) => c.code) });

const SPOKEN: Array<[lang: string, body: string, state: string]> = [
  ['en', 'Velmora said Chinese-speaking hackers broke into the ministry’s mail servers.', 'CN'],
  ['en', 'Velmora said Russian-language hackers broke into the ministry’s mail servers.', 'RU'],
  ['vi', 'Velmora cho biết tin tặc nói tiếng Trung Quốc đã xâm nhập máy chủ thư của bộ.', 'CN'],
  ['de', 'Velmora teilte mit, russisch-sprachige Hacker seien in die Mailserver des Ministeriums eingedrungen.', 'RU'],
];

for (const [lang, body, state] of SPOKEN) {
  test(`${lang}: a language named after ${state} ties no act to ${state}`, () => {
    const x = run(body, lang);
    assert.ok(!x.claims.some((c) => c.target === state || c.claimant === state), show(x));
    assert.ok(!x.countries.some((c) => c.code === state), show(x));
  });
}

const PAGE: Array<[lang: string, body: string, state: string]> = [
  ['es', 'Boletín en español (ESET)\nESET informó que el grupo Turla atacó los servidores del ministerio.\nESET recomienda a los usuarios actualizar Firefox.', 'ES'],
  ['fr', 'Blog en français (ESET)\nESET a indiqué que le groupe Turla a attaqué les serveurs du ministère.\nESET recommande aux utilisateurs de mettre à jour Firefox.', 'FR'],
];

for (const [lang, body, state] of PAGE) {
  test(`${lang}: a company whose page is in a language is no body of ${state}`, () => {
    const x = run(body, lang);
    assert.ok(x.claims.length > 0 && x.claims.every((c) => c.claimant === 'ESET'), show(x));
  });
}

// Negative: without the language's marker the adjective or name is the state's.
test('en, vi, es: the state named without a language marker is still the accused or the place', () => {
  const en = run('Velmora said Chinese hackers broke into the ministry’s mail servers.', 'en');
  assert.ok(en.claims.some((c) => c.claimant === 'Velmora' && c.target === 'CN'), show(en));
  const vi = run('Velmora cho biết tin tặc Trung Quốc đã xâm nhập máy chủ thư của bộ.', 'vi');
  assert.ok(vi.claims.some((c) => c.claimant === 'Velmora' && c.target === 'CN'), show(vi));
  const es = run('El Gobierno informó de que piratas rusos atacaron hospitales en España.', 'es');
  assert.ok(es.countries.some((c) => c.code === 'ES'), show(es));
});
