/**
 * An adjective of likeness echoes another's attribution only beside a noun of statement ("made similar
 * accusations", "des accusations semblables", "ähnliche Vorwürfe", "аналогичные обвинения", "cáo buộc
 * tương tự", "类似指控"). Beside another noun ("similar lures reached ministries in ...") it tells of more
 * of the act: the states named there are its victims, parties to the text, but no one's echo.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; first: string; more: string; echo: string }> = [
  { lang: 'en', first: 'Sweden accused Russia of the phishing wave against its parliament.', more: 'Similar lures later reached ministries in Chile, Peru and Uruguay.', echo: 'Norway made similar accusations on Tuesday.' },
  { lang: 'fr', first: "La Suède a accusé la Russie de la vague d'hameçonnage contre son parlement.", more: 'Des leurres semblables ont ensuite visé des ministères au Chili, au Pérou et en Uruguay.', echo: 'La Norvège a formulé des accusations semblables mardi.' },
  { lang: 'es', first: 'Suecia acusó a Rusia de la oleada de phishing contra su parlamento.', more: 'Señuelos similares llegaron después a ministerios de Chile, Perú y Uruguay.', echo: 'Noruega hizo acusaciones similares el martes.' },
  { lang: 'de', first: 'Schweden beschuldigte Russland der Phishing-Welle gegen sein Parlament.', more: 'Ähnliche Köder erreichten später Ministerien in Chile, Peru und Uruguay.', echo: 'Norwegen erhob am Dienstag ähnliche Vorwürfe.' },
  { lang: 'ru', first: 'Швеция обвинила Россию в фишинговой атаке на свой парламент.', more: 'Аналогичные приманки затем получили министерства Чили, Перу и Уругвая.', echo: 'Во вторник Норвегия выдвинула аналогичные обвинения.' },
  { lang: 'vi', first: 'Thụy Điển cáo buộc Nga đứng sau đợt lừa đảo nhắm vào quốc hội nước này.', more: 'Các mồi nhử tương tự sau đó được gửi tới bộ ngành tại Chile, Peru và Uruguay.', echo: 'Na Uy cũng đưa ra cáo buộc tương tự hôm thứ Ba.' },
  { lang: 'zh', first: '瑞典指责俄罗斯对其议会发动网络钓鱼攻击。', more: '类似的诱饵邮件随后出现在智利、秘鲁和乌拉圭的政府部门。', echo: '挪威周二也提出了类似指控。' },
];

const VICTIMS = ['CL', 'PE', 'UY'];

for (const c of CASES) {
  test(`${c.lang}: "similar" beside a noun of statement echoes the attribution`, () => {
    const cs = claimsOf(`${c.first} ${c.echo}`, c.lang);
    assert.ok(attributes(cs, 'NO', 'RU'), show(cs));
  });

  test(`${c.lang}: "similar" beside another noun echoes nothing; the states it names stay parties`, () => {
    const body = `${c.first} ${c.more}`;
    const cs = claimsOf(body, c.lang);
    for (const v of VICTIMS) assert.ok(!cs.some((k) => k.claimant === v), `${v}: ${show(cs)}`);
    assert.ok(attributes(cs, 'SE', 'RU'), show(cs));
    const countries = extract(`Headline\n${body}\nSource: https://example.org/story`, { lang: c.lang }).countries.map((k) => k.code);
    for (const v of VICTIMS) assert.ok(countries.includes(v), `${v}: ${countries.join(',')}`);
  });
}
