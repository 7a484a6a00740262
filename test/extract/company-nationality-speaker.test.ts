/**
 * "a indiqué l'éditeur slovaque ESET", "dijo la empresa eslovaca ESET": a state adjective between a
 * company's noun and its name is the company's nationality, and the company speaks, not the state
 * (src/extract/claims/speech.ts, trailing inverted speaker). A state organ so named still makes its
 * state speak. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) => extract(`${text}\nSource: x`, { lang }).claims.map((c) => `${c.claimant}|${c.stance}|${c.target ?? ''}`).sort();

test('a company qualified by its nationality speaks (fr, es, vi)', () => {
  assert.deepEqual(claims('Le groupe Sandworm a déployé un nouvel effaceur contre des fournisseurs d’énergie, a indiqué lundi l’éditeur slovaque ESET.', 'fr'), ['ESET|attributes|Sandworm Team']);
  assert.deepEqual(claims('El grupo Sandworm desplegó un nuevo borrador contra proveedores de energía, dijo el lunes la empresa eslovaca ESET.', 'es'), ['ESET|attributes|Sandworm Team']);
  assert.deepEqual(claims('Nhóm Sandworm đã triển khai mã độc xóa dữ liệu mới nhằm vào các nhà cung cấp năng lượng, công ty Slovakia ESET cho biết.', 'vi'), ['ESET|attributes|Sandworm Team']);
});

test('a state organ qualified by its state still makes the state speak (negative case: fr)', () => {
  assert.deepEqual(claims('Le groupe Sandworm a déployé un nouvel effaceur contre des fournisseurs d’énergie, a indiqué lundi le ministère slovaque de la Défense.', 'fr'), ['SK|attributes|Sandworm Team']);
});
