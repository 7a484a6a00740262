/**
 * Statement dates per construction in the seven languages (sentences written for this test):
 * datelines, explicit dates, relative ones resolved against the publication date, and the order
 * text > publication > unknown a claim is dated by.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateClaims, documentDate, findDates, publicationDay } from '../../src/extract/dates.ts';
import { extract } from '../../src/extract/extract.ts';

// Friday 14 March 2025
const PUB = '2025-03-14';
const first = (text: string, lang: string, reference: string | undefined = PUB) => findDates(text, lang, { reference })[0];
const day = (text: string, lang: string, reference?: string) => first(text, lang, reference)?.date;

test('datelines in every language, the year taken from the publication date', () => {
  assert.equal(documentDate('BEIJING, March 14 (Reuters) - China rejected the report.', 'en', { published: PUB })?.date, '2025-03-14');
  assert.equal(documentDate('HÀ NỘI, 14/3 - Bộ Ngoại giao bác bỏ cáo buộc.', 'vi', { published: PUB })?.date, '2025-03-14');
  assert.equal(documentDate('【环球时报】3月14日，外交部发言人表示反对。', 'zh', { published: PUB })?.date, '2025-03-14');
  assert.equal(documentDate('МОСКВА, 14 марта. /ТАСС/. Кремль отверг обвинения.', 'ru', { published: PUB })?.date, '2025-03-14');
  assert.equal(documentDate('PARIS, 14 mars (AFP) - Le ministère a dénoncé une attaque.', 'fr', { published: PUB })?.date, '2025-03-14');
  assert.equal(documentDate('BERLIN, 14. März (dpa) - Die Regierung bestellte den Botschafter ein.', 'de', { published: PUB })?.date, '2025-03-14');
  assert.equal(documentDate('MADRID, 14 mar (EFE) - El Gobierno condenó el ataque.', 'es', { published: PUB })?.date, '2025-03-14');
  // a day-month dateline later in the year than the publication belongs to the year before
  assert.equal(documentDate('BEIJING, Dec 30 (Reuters) - China denied it.', 'en', { published: '2025-01-02' })?.date, '2024-12-30');
  // without a year or a publication date there is no date
  assert.equal(documentDate('BEIJING, March 14 (Reuters) - China denied it.', 'en'), undefined);
});

test('a date on a header line of its own, with its year, needs no publication date', () => {
  const text = 'Ministry rejects hacking claims\n14 March 2025\nThe ministry rejected the claims.';
  assert.equal(documentDate(text, 'en', { bodyStart: text.indexOf('14') })?.date, '2025-03-14');
  assert.equal(documentDate('Publié le 14/03/2025\nLe ministère a démenti.', 'fr')?.date, '2025-03-14');
});

test('explicit dates with and without a year', () => {
  assert.equal(day('The agency said on March 3, 2024 that it had found the intrusion.', 'en'), '2024-03-03');
  assert.equal(day('The report was published on 3rd of March.', 'en'), '2025-03-03');
  assert.equal(day('Ngày 14 tháng 3 năm 2025, Bộ Công an cho biết đã phát hiện vụ tấn công.', 'vi'), '2025-03-14');
  assert.equal(day('Trong buổi họp báo chiều 4/12/2024, người phát ngôn bác bỏ cáo buộc.', 'vi'), '2024-12-04');
  assert.equal(day('2024年4月15日，外交部发言人林剑表示。', 'zh'), '2024-04-15');
  assert.equal(day('外交部发言人１０月１４日表示。', 'zh'), '2024-10-14', 'full-width digits, the latest October 14 before the publication');
  assert.equal(day('Заявление было сделано 5 февраля 2025 года.', 'ru'), '2025-02-05');
  assert.equal(day('Le ministère a réagi le 1er mars.', 'fr'), '2025-03-01');
  assert.equal(day('Das Ministerium äußerte sich am 3. März 2025.', 'de'), '2025-03-03');
  assert.equal(day('Die Erklärung vom 14.03.2025 nennt keine Namen.', 'de'), '2025-03-14');
  assert.equal(day('El ministerio lo anunció el 2 de marzo de 2025.', 'es'), '2025-03-02');
  // month precision
  assert.deepEqual([first('Microsoft said in May 2023 that it had seen the group.', 'en')?.date, first('Microsoft said in May 2023 that it had seen the group.', 'en')?.precision], ['2023-05-01', 'month']);
  assert.equal(first('В марте 2024 года компания сообщила об атаке.', 'ru')?.precision, 'month');
  // not dates
  assert.equal(findDates('The group may 3 times have used the tool; 24/7 monitoring.', 'en', { reference: PUB }).length, 0);
  assert.equal(day('Ngày 31/2 không tồn tại.', 'vi'), undefined, 'an impossible day is no date');
});

test('relative dates resolve against the publication date (Friday 14 March 2025)', () => {
  const cases: Array<[string, string, string, string]> = [
    ['en', 'The ministry said on Monday that the claims were false.', '2025-03-10', 'day'],
    ['en', 'The spokesman said yesterday that the claims were false.', '2025-03-13', 'day'],
    ['en', 'The embassy said last week that it had no knowledge of it.', '2025-03-03', 'week'],
    ['en', 'Officials said today that the network was restored.', '2025-03-14', 'day'],
    ['vi', 'Người phát ngôn hôm qua bác bỏ cáo buộc.', '2025-03-13', 'day'],
    ['vi', 'Hôm thứ Hai, Bộ Ngoại giao cho biết.', '2025-03-10', 'day'],
    ['vi', 'Tuần trước, phía Mỹ cáo buộc nhóm tin tặc.', '2025-03-03', 'week'],
    ['zh', '外交部发言人昨天表示，美方指责毫无根据。', '2025-03-13', 'day'],
    ['zh', '外交部发言人周三表示反对。', '2025-03-12', 'day'],
    ['zh', '去年，美方多次指责中方。', '2024-01-01', 'year'],
    ['ru', 'Песков вчера назвал обвинения голословными.', '2025-03-13', 'day'],
    ['ru', 'МИД в понедельник отверг обвинения.', '2025-03-10', 'day'],
    ['ru', 'Об этом сообщалось в прошлом месяце.', '2025-02-01', 'month'],
    ['fr', 'Le porte-parole a démenti hier ces accusations.', '2025-03-13', 'day'],
    ['fr', 'Paris a accusé lundi le GRU.', '2025-03-10', 'day'],
    ['fr', "Le ministère l'a annoncé avant-hier.", '2025-03-12', 'day'],
    ['de', 'Das Auswärtige Amt hat gestern den Botschafter einbestellt.', '2025-03-13', 'day'],
    ['de', 'Die Regierung erklärte am Dienstag, Russland stecke dahinter.', '2025-03-11', 'day'],
    ['de', 'Vergangene Woche hatte die Behörde gewarnt.', '2025-03-03', 'week'],
    ['es', 'El portavoz negó ayer las acusaciones.', '2025-03-13', 'day'],
    ['es', 'El Gobierno acusó el viernes a Rusia.', '2025-03-14', 'day'],
    ['es', 'La semana pasada el ministerio advirtió del riesgo.', '2025-03-03', 'week'],
  ];
  for (const [lang, sentence, want, precision] of cases) {
    const d = first(sentence, lang);
    assert.equal(d?.date, want, `${lang}: ${sentence}`);
    assert.equal(d?.precision, precision, `${lang}: ${sentence}`);
    assert.equal(d?.kind, 'relative');
    assert.equal(sentence.slice(d.start, d.end).length > 0, true);
  }
  // nothing to resolve against: no date
  assert.equal(findDates('The ministry said on Monday it was false.', 'en').length, 0);
});

test('publication dates: ISO dates as written, RFC 2822 in UTC, anything else refused', () => {
  assert.equal(publicationDay('2025-03-14T01:30:00+08:00'), '2025-03-14');
  assert.equal(publicationDay('Fri, 14 Mar 2025 10:00:00 GMT'), '2025-03-14');
  assert.equal(publicationDay('2025-02-30'), undefined);
  assert.equal(publicationDay('soon'), undefined);
  assert.equal(publicationDay(undefined), undefined);
});

test('a claim is dated by its sentence, else the dateline, else the publication date, else unknown', () => {
  const sentences = (text: string) => {
    const out: Array<{ start: number; end: number }> = [];
    let start = 0;
    for (const line of text.split('\n')) {
      out.push({ start, end: start + line.length });
      start += line.length + 1;
    }
    return out;
  };
  const claimAt = (text: string, needle: string) => ({
    claimant: 'CN', claimant_kind: 'state' as const, stance: 'denies' as const, about: [], confidence: 0.8, method: 'cue' as const,
    evidence: { start: text.indexOf(needle), end: text.indexOf(needle) + needle.length, text: needle },
  });
  const text = 'BEIJING, March 14 (Reuters) - China denied the report.\nOn Monday the embassy rejected the claims.';
  const [a, b] = dateClaims([claimAt(text, 'China denied'), claimAt(text, 'the embassy rejected')], { text, lang: 'en', sentences: sentences(text), published: PUB });
  assert.deepEqual([a!.made_on, a!.made_on_source], ['2025-03-14', 'text']);
  assert.deepEqual([b!.made_on, b!.made_on_precision, b!.made_on_source], ['2025-03-10', 'day', 'text']);
  const plain = 'China denied the report.';
  const [c] = dateClaims([claimAt(plain, 'China denied')], { text: plain, lang: 'en', sentences: sentences(plain), published: PUB });
  assert.deepEqual([c!.made_on, c!.made_on_source], [PUB, 'publication']);
  const [d] = dateClaims([claimAt(plain, 'China denied')], { text: plain, lang: 'en', sentences: sentences(plain) });
  assert.equal(d!.made_on, undefined);
  assert.equal(d!.made_on_source, 'unknown');
});

test('extract dates its claims from the text and the publication date it is given', () => {
  const text = 'China rejects hacking claims\nBEIJING, 14 March 2025 (Reuters) - China on Thursday denied accusations by the United States that it hacked US telecoms, calling them groundless.';
  const x = extract(text, { lang: 'en' });
  assert.ok(x.claims.length > 0);
  for (const c of x.claims) assert.deepEqual([c.made_on, c.made_on_source], ['2025-03-13', 'text']);
  const undated = extract('China rejects hacking claims\nChina denied accusations by the United States that it hacked US telecoms, calling them groundless.', { lang: 'en' });
  assert.ok(undated.claims.length > 0);
  for (const c of undated.claims) assert.equal(c.made_on_source, 'unknown');
  const published = extract('China rejects hacking claims\nChina denied accusations by the United States that it hacked US telecoms, calling them groundless.', { lang: 'en', published: '2024-11-20T08:00:00Z' });
  for (const c of published.claims) assert.deepEqual([c.made_on, c.made_on_source], ['2024-11-20', 'publication']);
});
