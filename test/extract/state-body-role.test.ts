/**
 * A role word headed by a state and the body it owns: "<state><body noun><role>" in Chinese ("X国务院发言人",
 * "X外務省發言人", "X政府官员", "X克里姆林宫负责人") is one speaker for that state, whatever noun closes the body's
 * name ("院", "部", "省", "府", "内阁", "宫"); the bare role word there does not point back to an earlier speaker.
 * The same construction in English, Spanish, French, German, Vietnamese and Russian ("a State Department spokesperson", "un portavoz
 * del Departamento de Estado") is checked alongside. Near misses: a company's spokesperson, and a role word after
 * a sentence break, which still points back to the last speaker. Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const SPEAKS: Array<{ lang: string; body: string; claimant: string; stance: string; target: string }> = [
  { lang: 'zh', body: '美国国务院发言人周二表示，朝鲜黑客入侵了多家银行的系统。', claimant: 'US', stance: 'attributes', target: 'KP' },
  { lang: 'zh', body: '日本政府发言人表示，俄罗斯黑客曾试图窃取外交文件。', claimant: 'JP', stance: 'attributes', target: 'RU' },
  { lang: 'zh', body: '日本外务省发言人呼吁俄方立即停止针对日本机构的网络攻击。', claimant: 'JP', stance: 'calls-for', target: 'RU' },
  { lang: 'zh', body: '日本防卫省发言人指出，朝鲜黑客窃取了军工企业的设计图。', claimant: 'JP', stance: 'attributes', target: 'KP' },
  { lang: 'zh', body: '韩国总统府发言人表示，朝鲜黑客攻击了韩国电力公司。', claimant: 'KR', stance: 'attributes', target: 'KP' },
  { lang: 'zh', body: '俄罗斯克里姆林宫发言人声称，美国黑客攻击了俄罗斯的选举系统。', claimant: 'RU', stance: 'attributes', target: 'US' },
  { lang: 'zh', body: '美国白宫发言人表示，伊朗黑客入侵了水务公司的控制系统。', claimant: 'US', stance: 'attributes', target: 'IR' },
  { lang: 'zh', body: '日本内阁发言人表示，朝鲜黑客窃取了加密货币交易所的资金。', claimant: 'JP', stance: 'attributes', target: 'KP' },
  { lang: 'zh', body: '美國國務院發言人表示，朝鮮駭客入侵了多家銀行的系統。', claimant: 'US', stance: 'attributes', target: 'KP' },
  { lang: 'zh', body: '日本外務省官員表示，俄羅斯駭客曾試圖竊取外交文件。', claimant: 'JP', stance: 'attributes', target: 'RU' },
  { lang: 'zh', body: '韓國總統府負責人表示，朝鮮駭客攻擊了韓國電力公司。', claimant: 'KR', stance: 'attributes', target: 'KP' },
  { lang: 'zh', body: '美国国务院高级官员表示，伊朗黑客入侵了水务公司的控制系统。', claimant: 'US', stance: 'attributes', target: 'IR' },
  { lang: 'en', body: 'A State Department spokesperson said North Korean hackers broke into several banks.', claimant: 'US', stance: 'attributes', target: 'KP' },
  { lang: 'es', body: 'Un portavoz del Departamento de Estado dijo que piratas norcoreanos entraron en varios bancos.', claimant: 'US', stance: 'attributes', target: 'KP' },
  { lang: 'fr', body: "Un porte-parole du département d'État américain a déclaré que des pirates nord-coréens avaient pénétré plusieurs banques.", claimant: 'US', stance: 'attributes', target: 'KP' },
  { lang: 'de', body: 'Ein Sprecher des US-Außenministeriums sagte, nordkoreanische Hacker seien in mehrere Banken eingedrungen.', claimant: 'US', stance: 'attributes', target: 'KP' },
  { lang: 'vi', body: 'Người phát ngôn Bộ Ngoại giao Nhật Bản cho biết tin tặc Triều Tiên đã xâm nhập nhiều ngân hàng.', claimant: 'JP', stance: 'attributes', target: 'KP' },
  { lang: 'ru', body: 'Представитель Госдепартамента США заявил, что северокорейские хакеры проникли в несколько банков.', claimant: 'US', stance: 'attributes', target: 'KP' },
];

for (const { lang, body, claimant, stance, target } of SPEAKS) {
  test(`${lang}: the body's official speaks for ${claimant}: ${body.slice(0, 30)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === claimant && c.stance === stance && c.target === target), show(cs));
  });
}

test("zh: a company's spokesperson does not speak for the company's state", () => {
  const cs = claimsOf('美国科技公司发言人表示，朝鲜黑客入侵了其网络。', 'zh');
  assert.ok(!cs.some((c) => c.claimant === 'US'), show(cs));
});

test('zh: a bare role word after a sentence break still points back to the last speaker', () => {
  const cs = claimsOf('日本外务省表示，朝鲜黑客攻击了日本政府网站。发言人还呼吁俄方停止网络攻击。', 'zh');
  assert.ok(cs.some((c) => c.claimant === 'JP' && c.stance === 'calls-for' && c.target === 'RU'), show(cs));
});

test('en: a company spokesperson does not speak for the state named in the body', () => {
  const cs = claimsOf('A spokesperson for the American software company said North Korean hackers broke into its network.', 'en');
  assert.ok(!cs.some((c) => c.claimant === 'US'), show(cs));
});
