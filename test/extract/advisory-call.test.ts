/**
 * A call told inside an advisory: "issued an alert in which it urged hospital operators to change
 * default passwords", "в своих рекомендациях призывает операторов ...", "发布安全提醒，呼吁各医院 ...".
 * The clause carries a warning cue and the call names no party it addresses: it is the advisory's
 * recommendation, which the warning already carries, not a call of its own. A call on a named party
 * beside a warning ("warned of further attacks and urged Russia to stop them") is still a call.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const ADVISORIES: Array<[lang: string, body: string]> = [
  ['en', 'Russian hackers have hit hospitals across Canada.\nThe Canadian Centre for Cyber Security issued an alert in which it urged hospital operators to change default passwords.'],
  ['es', 'Hackers rusos atacaron hospitales en Canadá.\nEl Centro Canadiense de Ciberseguridad emitió una alerta en la que pidió a los operadores de hospitales cambiar las contraseñas por defecto.'],
  ['ru', 'Российские хакеры атаковали больницы в Канаде.\nКанадский центр кибербезопасности в своих рекомендациях призывает операторов больниц сменить пароли по умолчанию.'],
  ['zh', '俄罗斯黑客攻击了加拿大的医院。\n加拿大网络安全中心发布安全提醒，呼吁各医院尽快更改默认密码。'],
];

for (const [lang, body] of ADVISORIES) {
  test(`${lang}: a call inside an advisory, to no named party, is the advisory's warning`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'CA' && c.stance === 'warns'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'CA' && c.stance === 'calls-for'), show(cs));
  });
}

const NAMED_CALLS: Array<[lang: string, body: string]> = [
  ['en', 'Russian hackers have hit hospitals across Canada.\nCanada warned of further attacks and urged Russia to stop them.'],
  ['es', 'Hackers rusos atacaron hospitales en Canadá.\nCanadá advirtió de nuevos ataques y pidió a Rusia que los detuviera.'],
  ['zh', '俄罗斯黑客攻击了加拿大的医院。\n加拿大警告将采取必要措施，并敦促俄方停止此类攻击。'],
];

for (const [lang, body] of NAMED_CALLS) {
  test(`${lang}: a call on a named party beside a warning is still a call`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'CA' && c.stance === 'calls-for' && c.target === 'RU'), show(cs));
    assert.ok(cs.some((c) => c.claimant === 'CA' && c.stance === 'warns'), show(cs));
  });
}
