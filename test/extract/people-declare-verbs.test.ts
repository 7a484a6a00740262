/**
 * Verbs of declaring and characterising make their subject a speaker: "发言人X先前声明，…" /
 * "參議員X日前形容，…" (zh, simplified and traditional), "X ha calificado las acusaciones de
 * infundadas" (es, compound past), "X a qualifié ces accusations d'infondées" (fr). A "声明" that is
 * a noun ("发表声明", "联合声明") speaks for no one by itself. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (text: string, lang: string) => extract(text, { lang }).people.flatMap((p) => [p.name, ...p.aliases]);

test('zh: 声明/聲明 and 形容 before a comma make the named official a speaker', () => {
  assert.ok(people('报道\n中国驻挪威使馆发言人高志远先前声明，中方坚决反对无端指责。\nSource: x', 'zh').some((n) => n.includes('高志远') || n.includes('Gao')));
  assert.ok(people('報導\n挪威國會議員韓森（Per Hansen）日前形容，這是「最嚴重的駭客事件」。\nSource: x', 'zh').some((n) => n.includes('Hansen')));
});

test('zh: 声明 as a noun does not make a speaker of a name beside it', () => {
  assert.deepEqual(people('报道\n两国发表联合声明，呼吁加强合作。\nSource: x', 'zh'), []);
});

test('es and fr: the compound past of characterising verbs makes a speaker', () => {
  assert.ok(people('Noticia\nSu portavoz, Per Hansen, ha calificado las acusaciones de "infundadas".\nSource: x', 'es').includes('Per Hansen'));
  assert.ok(people("Dépêche\nSon porte-parole, Per Hansen, a qualifié ces accusations d'infondées.\nSource: x", 'fr').includes('Per Hansen'));
});
