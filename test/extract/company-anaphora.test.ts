/**
 * Anaphora by a definite common noun for a company ("the company", "l'éditeur", "das Unternehmen",
 * "компания", "该公司", "công ty này", "la empresa"): the noun means the vendor named last, not
 * whoever spoke last; a company noun heading a name ("the company Velmora") is that name's title and
 * points back to no one. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const BACK: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'The ministry published a note on Monday. Researchers at ESET found a flaw in the mail server. The company attributes the intrusions to Winter Vivern.' },
  { lang: 'fr', body: "Le ministère a publié une note lundi. Les chercheurs d'ESET ont découvert une faille dans le serveur de messagerie. L'éditeur attribue les intrusions au groupe Winter Vivern." },
  { lang: 'de', body: 'Das Ministerium veröffentlichte am Montag eine Mitteilung. Forscher von ESET entdeckten eine Lücke im Mailserver. Das Unternehmen ordnet die Angriffe der Gruppe Winter Vivern zu.' },
  { lang: 'es', body: 'El ministerio publicó una nota el lunes. Investigadores de ESET encontraron una falla en el servidor de correo. La empresa atribuye las intrusiones al grupo Winter Vivern.' },
  { lang: 'ru', body: 'Исследователи ESET обнаружили уязвимость в почтовом сервере. Компания приписала атаки группировке Winter Vivern.' },
  { lang: 'zh', body: '外交部周一发布通知。卡巴斯基的研究人员发现了一个漏洞。该公司认为，Winter Vivern组织是这些入侵的幕后黑手。' },
  { lang: 'vi', body: 'Bộ này công bố thông báo hôm thứ Hai. Các nhà nghiên cứu của ESET phát hiện lỗ hổng trong máy chủ thư. Công ty này cho rằng nhóm Winter Vivern đứng sau các vụ xâm nhập.' },
];

for (const c of BACK) {
  test(`${c.lang}: a company noun means the vendor named before it`, () => {
    const cs = claimsOf(c.body, c.lang);
    const vendor = c.lang === 'zh' ? 'Kaspersky' : 'ESET';
    assert.ok(attributes(cs, vendor, 'Winter Vivern'), `${vendor} attributes to Winter Vivern: ${show(cs)}`);
  });
}

const TITLED: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'Researchers at ESET found a flaw in the mail server. The company Velmora attributes the intrusions to Winter Vivern.' },
  { lang: 'es', body: 'Investigadores de ESET encontraron una falla en el servidor de correo. La empresa Velmora atribuye las intrusiones al grupo Winter Vivern.' },
  { lang: 'de', body: 'Forscher von ESET entdeckten eine Lücke im Mailserver. Die Firma Velmora ordnet die Angriffe der Gruppe Winter Vivern zu.' },
];

for (const c of TITLED) {
  test(`${c.lang}: a company noun before a name is its title, not a reference to the vendor named before`, () => {
    const cs = claimsOf(c.body, c.lang);
    assert.ok(!cs.some((x) => x.claimant === 'ESET'), show(cs));
  });
}
