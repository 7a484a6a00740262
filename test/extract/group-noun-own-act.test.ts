/**
 * A threat group telling its own act, referred back to by a group noun as the subject of the speech verb: with an
 * article or demonstrative ("the group insisted that it had breached ...", "le groupe assure avoir ...", "die Gruppe
 * erklärte, sie habe ..."), or bare in languages without articles ("Группа заявила, что взломала ...", "nhóm tuyên bố
 * đã xâm nhập ..."). The bare noun points back only unqualified, right before the verb, with a threat group named
 * shortly before and no other group noun between: "рабочая группа", "группа экспертов", "một nhóm nhà nghiên cứu",
 * "a group of researchers" are no threat group. A negated act, or an act whose subject is another actor noun, is no
 * claim of the group's. Texts written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (lines: string[], lang: string) =>
  extract([...lines, 'Source: x'].join('\n'), { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);
const own = 'Tarn Falcon attributes Tarn Falcon';

test('ru: a bare "группа" right before "заявила, что взломала" claims the act for the group named before', () => {
  const got = claims(['Утечка записей с камер', 'Хакерская группировка Tarn Falcon атакует министерства региона с 2021 года.', 'Во вторник группа заявила, что взломала систему видеонаблюдения центральной тюрьмы.'], 'ru');
  assert.ok(got.includes(own), got.join('; '));
});

test('vi: a bare "nhóm" right before "tuyên bố đã xâm nhập" claims the act for the group named before', () => {
  const got = claims(['Rò rỉ video nhà tù', 'Nhóm tin tặc Tarn Falcon liên tục quấy phá nhiều bộ ngành trong khu vực từ năm 2021.', 'Trên kênh riêng của mình, nhóm tuyên bố đã xâm nhập mạng camera giám sát của nhà tù trung ương.'], 'vi');
  assert.ok(got.includes(own), got.join('; '));
});

test('fr, de: "le groupe assure avoir ...", "die Gruppe erklärte, sie habe ..." claim the act for the group named before', () => {
  const fr = claims(['Caméras de prison', 'Le groupe de pirates Tarn Falcon cible les ministères de la région depuis 2021.', 'Mardi, le groupe assure avoir piraté les caméras de surveillance de la prison centrale.'], 'fr');
  assert.ok(fr.includes(own), fr.join('; '));
  const de = claims(['Gefängniskameras', 'Die Hackergruppe Tarn Falcon greift seit 2021 Ministerien der Region an.', 'Die Gruppe erklärte am Dienstag, sie habe das Kamerasystem des Zentralgefängnisses gehackt.'], 'de');
  assert.ok(de.includes(own), de.join('; '));
});

test('ru, vi, en: a qualified group noun or a group of others is not the group named before', () => {
  const ru = claims(['Утечка записей с камер', 'Хакерская группировка Tarn Falcon атакует министерства региона с 2021 года.', 'Во вторник межведомственная рабочая группа заявила, что проверит систему видеонаблюдения после атаки.'], 'ru');
  assert.ok(!ru.includes(own), ru.join('; '));
  const ruExperts = claims(['Утечка записей с камер', 'Хакерская группировка Tarn Falcon атакует министерства региона с 2021 года.', 'Во вторник группа экспертов заявила, что атака затронула систему видеонаблюдения тюрьмы.'], 'ru');
  assert.ok(!ruExperts.includes(own), ruExperts.join('; '));
  const vi = claims(['Rò rỉ video nhà tù', 'Nhóm tin tặc Tarn Falcon liên tục quấy phá nhiều bộ ngành trong khu vực từ năm 2021.', 'Hôm thứ Ba, một nhóm nhà khoa học khẳng định đã phát hiện vụ xâm nhập mạng camera giám sát.'], 'vi');
  assert.ok(!vi.includes(own), vi.join('; '));
  const en = claims(['Prison cameras', 'The hacker group Tarn Falcon has targeted ministries in the region since 2021.', 'On Tuesday a group of researchers reported that it had spotted an intrusion in the camera network.'], 'en');
  assert.ok(!en.includes(own), en.join('; '));
});

test('en, ru: a negated act, or another actor noun as its subject, is no claim of the group', () => {
  const en = claims(['Prison cameras', 'The hacker group Tarn Falcon has targeted ministries in the region since 2021.', 'The group insisted that it had never breached the camera network of the central prison.'], 'en');
  assert.ok(!en.includes(own), en.join('; '));
  const ru = claims(['Утечка записей с камер', 'Хакерская группировка Tarn Falcon атакует министерства региона с 2021 года.', 'Во вторник группировка заявила, что хакеры другой страны взломали систему видеонаблюдения тюрьмы.'], 'ru');
  assert.ok(!ru.includes(own), ru.join('; '));
});

test('ru: a bare group noun with no threat group named before claims nothing for anyone', () => {
  const got = claims(['Утечка записей с камер', 'Во вторник группа заявила, что взломала систему видеонаблюдения центральной тюрьмы.'], 'ru');
  assert.ok(!got.some((c) => c.includes(' attributes ')), got.join('; '));
});
