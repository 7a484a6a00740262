/**
 * A speaker telling of a hostile actor's readiness or preparation to do harm ("said Russian hackers were
 * preparing to sabotage the grid", "заявил, что российские хакеры готовятся вывести из строя ...", "tin tặc
 * Nga đang chuẩn bị phá hoại ...", "称俄罗斯黑客准备在冬季造成破坏") warns of the threat from the actor's
 * state, besides attributing. Negative cases: the accused state rejecting such a claim warns no one (the
 * actor is its own side), and a speaker's own side ready to strike back is no threat it warns of.
 * Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const WARNS: Array<[lang: string, body: string]> = [
  ['en', 'The Estonian defence minister said Russian hackers were preparing to sabotage the power grid.'],
  ['ru', 'Министр обороны Эстонии заявил, что российские хакеры готовятся вывести из строя энергосистему.'],
  ['de', 'Der estnische Verteidigungsminister sagte, russische Hacker bereiteten sich darauf vor, das Stromnetz lahmzulegen.'],
  ['vi', 'Bộ trưởng Quốc phòng Estonia cho biết tin tặc Nga đang chuẩn bị phá hoại lưới điện.'],
  ['zh', '爱沙尼亚国防部长称，俄罗斯黑客准备在冬季造成破坏。'],
];

const REJECTED: Array<[lang: string, body: string]> = [
  ['en', 'The Chinese foreign ministry rejected claims that Chinese hackers were preparing to sabotage American infrastructure.'],
  ['ru', 'МИД Китая отверг утверждения о том, что китайские хакеры готовятся нанести ущерб американской инфраструктуре.'],
  ['de', 'Das chinesische Außenministerium wies Behauptungen zurück, chinesische Hacker bereiteten sich darauf vor, Schaden anzurichten.'],
  ['vi', 'Bộ Ngoại giao Trung Quốc bác bỏ cáo buộc rằng tin tặc Trung Quốc sẵn sàng gây thiệt hại cho hạ tầng của Mỹ.'],
  ['zh', '中国外交部驳斥了所谓中国黑客准备造成破坏的说法。'],
];

const OWN_SIDE: Array<[lang: string, body: string]> = [
  ['ru', 'Министр обороны Эстонии заявил, что эстонские специалисты готовы нанести ответный удар.'],
  ['en', 'The Estonian defence minister said his country was ready to disrupt the servers of any attacker.'],
];

for (const [lang, body] of WARNS) {
  test(`${lang}: a speaker telling of hackers' preparation to do harm warns of their state`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'EE' && c.stance === 'warns' && c.target === 'RU'), show(cs));
  });
}

for (const [lang, body] of REJECTED) {
  test(`${lang}: the accused state rejecting the claim warns no one (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'warns'), show(cs));
  });
}

for (const [lang, body] of OWN_SIDE) {
  test(`${lang}: the speaker's own side ready to strike back is no warning of a threat (negative)`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'warns' && c.target === 'EE'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'EE' && c.stance === 'warns' && c.target !== undefined && c.target !== 'EE'), show(cs));
  });
}
