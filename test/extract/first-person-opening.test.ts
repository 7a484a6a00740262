/**
 * Whose "we" a vendor's post speaks in when neither a byline nor the first words name its author: an opening
 * sentence that speaks in the first person plural (past a dateline or a long adverbial) and names one research
 * source, its team or its own systems. That source publishes the post, and later first-person assessments are its
 * own. Not a source cited through "according to", one named inside quotation marks, one of several named together,
 * or a source's name standing before a product's. Texts written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (text: string, lang: string) => extract(text, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target ?? '-'}`);
const article = (lines: string[]) => [...lines, 'Source: x'].join('\n');

test('en: a long dated opening with "our" and the source\'s own server; the later "we believe" is the source\'s', () => {
  const got = claims(article([
    'What happened on our build network',
    'On a quiet Friday in early March, just before a long holiday weekend, our responders found an intruder on Dragos\'s build server.',
    'We believe the intrusion was the work of hackers working for the Chinese government.',
  ]), 'en');
  assert.ok(got.some((c) => /^Dragos (attributes|accuses) CN$/.test(c)), got.join('; '));
});

test('en: a team of the source investigates a campaign "we" track; the assessment is the source\'s', () => {
  const got = claims(article([
    'A quiet campaign against shipping firms',
    'Over the past several months and well into the spring, the Volexity incident response team looked into a campaign that we now track separately.',
    'We attribute the campaign to an Iranian state-sponsored actor.',
  ]), 'en');
  assert.ok(got.some((c) => /^Volexity (attributes|accuses) IR$/.test(c)), got.join('; '));
});

test('de: a dateline, the source\'s experts and "nach unserer Einschätzung" in the opening; "wir gehen davon aus" is the source\'s', () => {
  const got = claims(article([
    'Neue Hintertür in Energienetzen',
    'Bochum, im Frühjahr 2024 – Die Fachleute von Sekoia haben eine Hintertür zerlegt, die nach unserer Einschätzung schon seit Monaten eingesetzt wird.',
    'Wir gehen davon aus, dass hinter der Kampagne ein russischer Nachrichtendienst steht.',
  ]), 'de');
  assert.ok(got.some((c) => /^Sekoia (attributes|accuses) RU$/.test(c)), got.join('; '));
});

test('fr: a dateline, the source\'s analysts and "nous" in the opening; "nous estimons" is the source\'s', () => {
  const got = claims(article([
    'Une porte dérobée dans les réseaux portuaires',
    'Lyon, au printemps 2024 – Au terme de plusieurs mois de travail, les analystes de Trellix ont mis au jour une porte dérobée que nous suivons depuis l\'hiver.',
    'Nous estimons que cette campagne est menée par un acteur étatique chinois.',
  ]), 'fr');
  assert.ok(got.some((c) => /^Trellix (attributes|accuses) CN$/.test(c)), got.join('; '));
});

test('ru: a dateline, the source\'s specialists and "мы" in the opening; "мы полагаем" is the source\'s', () => {
  const got = claims(article([
    'Новый бэкдор в сетях логистических компаний',
    'Москва, весна 2024 года — по итогам долгого расследования специалисты Positive Technologies нашли бэкдор, который мы отслеживаем с прошлой осени.',
    'Мы полагаем, что за кампанией стоит северокорейская группировка, действующая в интересах государства.',
  ]), 'ru');
  assert.ok(got.some((c) => /^Positive Technologies (attributes|accuses) KP$/.test(c)), got.join('; '));
});

test('en: a source cited through "according to" in the opening does not publish the text', () => {
  const got = claims(article([
    'What happened on the build network',
    'On a quiet Friday in early March, just before a long holiday weekend, according to Dragos an intruder reached a build server that our newsroom relies on.',
    'We assess that the intruder is a Chinese state-sponsored actor.',
  ]), 'en');
  assert.ok(!got.some((c) => c.startsWith('Dragos ')), got.join('; '));
});

test('en: two sources named together in the opening publish nothing', () => {
  const got = claims(article([
    'What happened on the build network',
    'On a quiet Friday in early March, just before a long holiday weekend, our responders, helped by Dragos and Volexity, found an intruder.',
    'We assess that the intruder is a Chinese state-sponsored actor.',
  ]), 'en');
  assert.ok(!got.some((c) => /^(Dragos|Volexity) /.test(c)), got.join('; '));
});

test('de: a source\'s name before a product\'s names the product, not the author', () => {
  const got = claims(article([
    'Angriffe auf Mailserver',
    'Im Laufe des vergangenen Winters und bis in den Frühling hinein haben unsere Systeme Angriffe auf Server mit Microsoft Exchange bemerkt.',
    'Wir gehen davon aus, dass hinter der Kampagne ein russischer Nachrichtendienst steht.',
  ]), 'de');
  assert.ok(!got.some((c) => c.startsWith('Microsoft ')), got.join('; '));
});

test('es: the source\'s analysts and "nosotros" in a long opening; "evaluamos" is the source\'s', () => {
  const got = claims(article([
    'Un intruso en la red de una naviera',
    'Durante la primavera pasada y hasta bien entrado el verano, los analistas de Proofpoint estudiaron una campaña que nosotros seguimos desde el invierno.',
    'Evaluamos que el intruso es un actor patrocinado por el Estado chino.',
  ]), 'es');
  assert.ok(got.some((c) => /^Proofpoint (attributes|accuses) CN$/.test(c)), got.join('; '));
});

test('es: a "we" inside quotation marks in the opening does not make the source named there its author', () => {
  const got = claims(article([
    'Un intruso en la red de una naviera',
    'Durante la primavera pasada y hasta bien entrado el verano, el lema «nosotros lo vimos primero» acompañó cada informe de Proofpoint sobre la campaña.',
    'Evaluamos que el intruso es un actor patrocinado por el Estado chino.',
  ]), 'es');
  assert.ok(!got.some((c) => c.startsWith('Proofpoint ')), got.join('; '));
});
