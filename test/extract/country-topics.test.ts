/**
 * Transcripts and live blogs string topics together: a state named only in questions, answers or
 * entries that tell no hostile act is no party; in a single story, or in the unit that tells the
 * operation, it stays one. Texts written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const codes = (text: string, lang: string) => extract(text, { lang }).countries.map((c) => c.code).sort();

test('en transcript: a question on a state visit names no party; the hacking question does', () => {
  const text = [
    'Foreign Ministry Spokesperson Zhao Lin\'s Regular Press Conference',
    'Reuters: The US says Chinese hackers broke into water utilities. What is your response?',
    'Zhao Lin: China firmly opposes all forms of cyberattacks. The US accusation is groundless.',
    'Xinhua: Norway\'s prime minister will visit Beijing next week. What are your expectations?',
    'Zhao Lin: China and Norway enjoy a good relationship. We welcome the visit of Norway\'s prime minister.',
    'AFP: A question on the football cup. Will the team go to Chile?',
    'Zhao Lin: I refer you to the competent authorities. Chile is a good friend.',
    'Source: x',
  ].join('\n');
  const got = codes(text, 'en');
  assert.ok(got.includes('US') && got.includes('CN'), got.join(','));
  assert.ok(!got.includes('NO') && !got.includes('CL'), got.join(','));
});

test('zh transcript (问/答): a state named only in an unrelated question is no party', () => {
  const text = [
    '外交部发言人主持例行记者会',
    '问：美方称中国黑客入侵了美国水务系统。中方有何回应？',
    '答：中方坚决反对一切形式的网络攻击。美方的指责毫无根据。',
    '问：挪威首相将访华。中方有何期待？',
    '答：中挪关系良好。我们欢迎挪威首相访华。',
    '问：智利地震造成伤亡，中方是否会提供援助？',
    '答：中方愿根据智利方面需要提供帮助。',
    'Source: x',
  ].join('\n');
  const got = codes(text, 'zh');
  assert.ok(got.includes('US') && got.includes('CN'), got.join(','));
  assert.ok(!got.includes('NO') && !got.includes('CL'), got.join(','));
});

test('es and de live blogs: an entry on another matter names no party; the attack entry does', () => {
  const es = [
    'Directo | Ciberataque contra la red eléctrica',
    '19:05 - Ucrania acusa a Rusia del ciberataque contra su red eléctrica.',
    '17:30 - Noruega y Chile firman un acuerdo comercial en Oslo. Noruega celebra el acuerdo.',
    '15:10 - Las autoridades restablecen el suministro en Kiev.',
    'Source: x',
  ].join('\n');
  const got = codes(es, 'es');
  assert.ok(got.includes('UA') && got.includes('RU'), got.join(','));
  assert.ok(!got.includes('NO') && !got.includes('CL'), got.join(','));
  const de = [
    'Liveticker: Cyberangriff auf Stromnetz',
    '19:05 Uhr – Die Ukraine wirft Russland den Cyberangriff auf ihr Stromnetz vor.',
    '17:30 Uhr – Norwegen und Chile unterzeichnen ein Handelsabkommen. Norwegen begrüßt das Abkommen.',
    '15:10 Uhr – Die Versorgung in Kiew ist wiederhergestellt.',
    'Source: x',
  ].join('\n');
  const gd = codes(de, 'de');
  assert.ok(gd.includes('UA') && gd.includes('RU'), gd.join(','));
  assert.ok(!gd.includes('NO') && !gd.includes('CL'), gd.join(','));
});

test('a single story keeps a state named twice even outside the hostile sentences (en)', () => {
  const text = 'Hackers hit Norwegian grid\nHackers attacked the power grid of Norway on Monday. Officials in Norway said repairs would take a week.\nSource: x';
  assert.ok(codes(text, 'en').includes('NO'));
});
