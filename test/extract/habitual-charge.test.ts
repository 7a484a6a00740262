/**
 * A habitual charge ("X has long attacked ...", "уже давно", "desde hace años", "liên tục", "长期以来"): a state's
 * charge of lasting conduct is a claim of its own beside the attribution of the story's act to the same party; the
 * same charge with no adverb of habit is a restatement and adds nothing. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from '../helpers/claim-sentences.ts';

const count = (lang: string, text: string, claimant: string, target: string) =>
  claimsOf(text, lang).filter((c) => c.claimant === claimant && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === target).length;

test('es: a habitual charge after the attribution of the act is a second claim', () => {
  const act = 'La portavoz de la Cancillería china dijo que hackers de Estados Unidos penetraron los servidores de una acería de Baotou.';
  assert.equal(count('es', `${act} Desde hace años, Estados Unidos ataca las redes de China y de sus vecinos, añadió la portavoz.`, 'CN', 'US'), 2);
  assert.equal(count('es', `${act} Estados Unidos ataca las redes de China y de sus vecinos, añadió la portavoz.`, 'CN', 'US'), 1);
});

test('ru: a habitual charge after the attribution of the act is a second claim', () => {
  const act = 'Официальный представитель МИД КНР заявила, что американские хакеры взломали серверы сталелитейного завода в Баотоу.';
  assert.equal(count('ru', `${act} "Соединенные Штаты уже давно атакуют сети Китая и соседних стран", - добавила она.`, 'CN', 'US'), 2);
  assert.equal(count('ru', `${act} "Соединенные Штаты атакуют сети Китая и соседних стран", - добавила она.`, 'CN', 'US'), 1);
});

test('vi: a habitual charge after the attribution of the act is a second claim', () => {
  const act = 'Theo lời bà Hoa Lệ, phát ngôn viên ngoại giao Trung Quốc, tin tặc Mỹ đã đột nhập vào máy chủ nhà máy thép Bao Đầu.';
  assert.equal(count('vi', `${act} Bà nói thêm rằng Mỹ từ lâu tấn công mạng của Trung Quốc và các nước láng giềng.`, 'CN', 'US'), 2);
  assert.equal(count('vi', `${act} Bà nói thêm rằng Mỹ tấn công mạng của Trung Quốc và các nước láng giềng.`, 'CN', 'US'), 1);
});
