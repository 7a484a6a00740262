/**
 * Those who examine a hit are not the one hit: investigators, police inquirers or an investigation's
 * finding telling that hackers broke into a hospital's network ("According to investigators, hackers broke
 * into ...", "Selon les enquêteurs, ...", "Nach Angaben der Ermittler ...", "Según los investigadores, ...",
 * "Theo cơ quan điều tra, ...") make no confirmation, whichever state they stand for (reported-hit.ts).
 * Positive: a ministry telling of its own servers still confirms it was hit. Names invented or generic.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const confirms = (cs: ReturnType<typeof claimsOf>) => cs.some((c) => c.stance === 'confirms');

for (const [lang, title, body] of [
  ['vi', 'Bệnh viện ở Hàn Quốc bị tin tặc tấn công', 'Cảnh sát Hàn Quốc đã vào cuộc. Theo cơ quan điều tra, một nhóm tin tặc đã đột nhập vào hệ thống máy tính của một bệnh viện tại Hàn Quốc hồi tháng 5.'],
  ['en', 'Hospital breached in South Korea', "South Korea's police opened an inquiry. According to investigators, hackers broke into the internal network of a hospital in South Korea in May."],
  ['en', 'Hospital breached in South Korea', "South Korea's police opened an inquiry. Investigators said hackers had broken into the internal network of a hospital in South Korea in May."],
  ['fr', 'Un hôpital piraté en Corée du Sud', "La police sud-coréenne a ouvert une enquête. Selon les enquêteurs, des pirates se sont introduits dans le réseau interne d'un hôpital en Corée du Sud en mai."],
  ['de', 'Klinik in Südkorea gehackt', 'Die südkoreanische Polizei hat Ermittlungen aufgenommen. Nach Angaben der Ermittler drangen Hacker im Mai in das interne Netz einer Klinik in Südkorea ein.'],
  ['es', 'Hospital hackeado en Corea del Sur', 'La policía surcoreana abrió una investigación. Según los investigadores, los piratas entraron en mayo en la red interna de un hospital en Corea del Sur.'],
] as const) {
  test(`${lang}: investigators telling of another's hit confirm nothing: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(!confirms(cs), show(cs));
  });
}

for (const [lang, body] of [
  ['en', "South Korea's interior ministry said on Monday that hackers had broken into its email servers."],
  ['fr', "Le ministère sud-coréen de l'Intérieur a indiqué lundi que des pirates s'étaient introduits dans ses serveurs de messagerie."],
] as const) {
  test(`${lang}: a ministry telling of its own hit still confirms (positive): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Ministry hit by hackers' });
    assert.ok(cs.some((c) => c.claimant === 'KR' && c.stance === 'confirms' && c.target === 'KR'), show(cs));
  });
}
