/** Known names as running text writes them: brackets inside a name, a quote inside a Chinese name, forms per language. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultResolver } from '../../src/knowledge/index.ts';

const found = (text: string, lang: string) => defaultResolver().findMentions(text, { lang }).map((m) => m.entity.name);

test('a name with brackets ("NoName057(16)") is found in running text', () => {
  assert.ok(found('Attacks claimed by NoName057(16) hit bank websites.', 'en').includes('NoName057(16)'));
  assert.deepEqual(found('Los ataques de NoName057(16) afectaron a webs públicas.', 'es'), ['NoName057(16)']);
});

test('a closing quote inside a Chinese group name does not break it', () => {
  assert.ok(found('报告称“方程式”组织长期实施攻击。', 'zh').includes('Equation'));
});

test('a group is found under its name in each language (Cyber Partisans)', () => {
  assert.deepEqual(found('Die Cyber-Partisanen legten das Netz lahm.', 'de'), ['Cyber Partisans']);
  assert.deepEqual(found('Киберпартизаны заявили о взломе.', 'ru'), ['Cyber Partisans']);
  assert.deepEqual(found('Les cyberpartisans ont revendiqué l’attaque.', 'fr'), ['Cyber Partisans']);
});

test('state bodies carry their state', () => {
  const r = defaultResolver();
  for (const [name, code] of [['CERT-FR', 'FR'], ['CCN-CERT', 'ES'], ['Bundesamt für Verfassungsschutz', 'DE'], ['NÚKIB', 'CZ'], ['Israel National Cyber Directorate', 'IL']] as const) {
    const e = r.resolve(name)[0]?.entity as { country?: string; attributedTo?: { country: string }[] } | undefined;
    const c = e?.country ?? e?.attributedTo?.[0]?.country;
    assert.equal(c, code, name);
  }
});
