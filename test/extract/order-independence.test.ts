/**
 * What extract() finds in a document does not depend on the documents extracted before it in the same
 * process. The compiled lexicon patterns are global regular expressions shared by every call: a scan that
 * starts from a pattern's lastIndex (String.prototype.matchAll copies it) would begin wherever an earlier
 * document's match left it. Texts invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const DOCS: Array<{ lang: string; text: string }> = [
  { lang: 'zh', text: '标题\n总统府以书面形式回应称，相关指控毫无根据。大使馆发言人表示，中方坚决反对。' },
  { lang: 'zh', text: '標題\n外交部發言人毛寧隨後表示，中方堅決反對。發言人並建議美方停止抹黑。' },
  { lang: 'en', text: 'Headline\nThe embassy of China said the United States had hacked the networks of its universities. Spokesperson Anna Kovacs of the ministry said the claims were baseless.' },
  { lang: 'vi', text: 'Tiêu đề\nNgười phát ngôn Bộ Ngoại giao Phạm Minh Khoa cho biết Việt Nam phản đối mọi hình thức tấn công mạng.' },
  { lang: 'ru', text: 'Заголовок\nОфициальный представитель МИД Мария Захарова заявила, что обвинения Лондона голословны.' },
  { lang: 'de', text: 'Titel\nRegierungssprecher Steffen Hebestreit sagte, Russland stecke hinter dem Angriff auf die Partei.' },
];

const run = (order: typeof DOCS) => new Map(order.map((d) => [d.text, JSON.stringify(extract(d.text, { lang: d.lang }))]));

test('extracting documents in another order gives each the same result', () => {
  const alone = new Map(DOCS.map((d) => [d.text, JSON.stringify(extract(d.text, { lang: d.lang }))]));
  for (const order of [DOCS, DOCS.toReversed(), [...DOCS.slice(3), ...DOCS.slice(0, 3)]]) {
    const got = run(order);
    for (const d of DOCS) assert.equal(got.get(d.text), alone.get(d.text), `${d.lang}: ${d.text.slice(0, 40)}`);
  }
});

test('zh: a Traditional briefing after a Simplified one still names its spokesperson', () => {
  extract(DOCS[0]!.text, { lang: 'zh' });
  const x = extract(DOCS[1]!.text, { lang: 'zh' });
  assert.ok(x.people.some((p) => p.name === 'Mao Ning'), JSON.stringify(x.people.map((p) => p.name)));
});
