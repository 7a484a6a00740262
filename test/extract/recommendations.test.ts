/**
 * An advisory's or a vendor's list of recommendations (under "Recommendations", "Empfehlungen",
 * "Recommandations", "Recomendaciones", "Рекомендации", "Khuyến nghị", "防护建议") is one warning by
 * the publisher of the threat the text describes: against the state behind the group it reports on
 * (a state the text names; a vendor's text that names none warns of the group, see
 * warned-group-state-unnamed.test.ts), not a call of its own, not one claim per item; the heading alone
 * claims nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; header: string; body: string[] }> = [
  { lang: 'en', header: 'ESET Research | May 3, 2031', body: ['APT28 sent spear-phishing emails to logistics firms in Poland during April.', 'The group works for Russian military intelligence.', 'The messages carried a new downloader.', 'Recommendations', '- Block macros in documents received by email.', '- Enable phishing-resistant multi-factor authentication.'] },
  { lang: 'de', header: 'ESET Research | 3. Mai 2031', body: ['APT28 verschickte im April Phishing-Mails an Logistikfirmen in Polen.', 'Die Gruppe arbeitet für den russischen Militärgeheimdienst.', 'Die Nachrichten enthielten einen neuen Downloader.', 'Empfehlungen', '- Makros in E-Mail-Anhängen blockieren.', '- Phishing-resistente Mehrfaktor-Authentifizierung aktivieren.'] },
  { lang: 'fr', header: 'ESET Research | 3 mai 2031', body: ["APT28 a envoyé en avril des courriels d'hameçonnage à des entreprises de logistique en Pologne.", 'Le groupe travaille pour le renseignement militaire russe.', 'Les messages contenaient un nouveau téléchargeur.', 'Recommandations', '- Bloquer les macros dans les pièces jointes.', "- Activer l'authentification multifacteur."] },
  { lang: 'es', header: 'ESET Research | 3 de mayo de 2031', body: ['APT28 envió en abril correos de phishing a empresas de logística en Polonia.', 'El grupo trabaja para la inteligencia militar rusa.', 'Los mensajes contenían un nuevo descargador.', 'Recomendaciones:', '- Bloquear las macros en los adjuntos de correo.', '- Activar la autenticación multifactor.'] },
  { lang: 'ru', header: 'ESET Research | 3 мая 2031 г.', body: ['В апреле APT28 рассылала фишинговые письма логистическим компаниям в Польше.', 'Группа работает на российскую военную разведку.', 'Письма содержали новый загрузчик.', 'Рекомендации', '- Блокировать макросы во вложениях.', '- Включить многофакторную аутентификацию.'] },
  { lang: 'vi', header: 'ESET Research | 03/05/2031', body: ['Trong tháng 4, APT28 đã gửi email lừa đảo tới các công ty logistics tại Ba Lan.', 'Nhóm này làm việc cho tình báo quân đội Nga.', 'Các email chứa một trình tải xuống mới.', 'Khuyến nghị: chặn macro trong tệp đính kèm; bật xác thực đa yếu tố.'] },
  { lang: 'zh', header: 'ESET Research | 2031年5月3日', body: ['4月，APT28向波兰的物流企业发送了钓鱼邮件。', '该组织为俄罗斯军事情报机构工作。', '邮件中含有一个新的下载器。', '四、防护建议', '1. 禁用邮件附件中的宏；', '2. 启用多因素认证。'] },
];

for (const c of CASES) {
  test(`${c.lang}: a list of recommendations is the publisher's one warning of the state behind the group`, () => {
    const cs = claimsOf(c.body.join('\n\n'), c.lang, { header: c.header });
    const warnings = cs.filter((x) => x.stance === 'warns');
    assert.equal(warnings.length, 1, show(cs));
    assert.equal(warnings[0]!.claimant, 'ESET', show(cs));
    assert.equal(warnings[0]!.target, 'RU', show(cs));
    assert.deepEqual(warnings[0]!.about, ['APT28'], show(cs));
    assert.ok(!cs.some((x) => x.stance === 'calls-for'), show(cs));
  });
}

test('zh: a recommendation heading whose noun is a warning cue ("建议") claims nothing by itself', () => {
  const cs = claimsOf(['4月，APT28向波兰的物流企业发送了钓鱼邮件。', '四、防护建议'].join('\n\n'), 'zh', { header: 'ESET Research | 2031年5月3日' });
  assert.ok(!cs.some((x) => x.evidence.text.includes('防护建议')), show(cs));
});

test('en: a publisher that has already warned in the text adds no claim with its list', () => {
  const cs = claimsOf([
    'APT28 sent spear-phishing emails to logistics firms in Poland during April.',
    'We warn that the group is likely to target more firms in the region.',
    'Recommendations',
    '- Block macros in documents received by email.',
  ].join('\n\n'), 'en', { header: 'ESET Research | May 3, 2031' });
  const warnings = cs.filter((x) => x.stance === 'warns' && x.claimant === 'ESET');
  assert.equal(warnings.length, 1, show(cs));
  assert.ok(!warnings[0]!.evidence.text.includes('macros'), show(cs));
});
