/**
 * Briefing transcripts whose answers are labelled by the spokesperson's name ("QUESTION: … / MR X: We …"):
 * a person of the text labelled right after a question label answers for the briefing's host, though
 * nothing else ties the name to a party; the header's dateline names the host before a state the title
 * is about; a title's abbreviation may open the label ("Ms. X:", "Sra. X:"). A named label with no question
 * before it, or after an answer (another journalist), claims nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

interface Case {
  lang: string;
  title: string;
  header: string;
  body: string;
  claimant: string;
  stance: string;
  target: string;
}

const POSITIVES: Case[] = [
  {
    lang: 'en', title: 'Department Press Briefing: cyberattacks on Estonian ports', header: 'Washington, D.C., May 3, 2031',
    body: 'QUESTION: Do you have anything on the attacks on the ports?\n\nMR HALVERSTAM: We still call on the Russian Government to end these cyberattacks against Estonia.',
    claimant: 'US', stance: 'calls-for', target: 'RU',
  },
  {
    lang: 'en', title: 'Department Press Briefing: cyberattacks on Estonian ports', header: 'Washington, D.C., May 3, 2031',
    body: 'QUESTION: Anything on the ports?\n\nMR HALVERSTAM: Not yet.\n\nQUESTION: And if the attacks go on?\n\nMR HALVERSTAM: We warn Russia that further cyberattacks will have consequences.',
    claimant: 'US', stance: 'warns', target: 'RU',
  },
  {
    lang: 'fr', title: 'Point de presse : cyberattaques contre des ports estoniens', header: 'Paris, le 3 mai 2031',
    body: 'Question : Avez-vous des informations sur les attaques ?\n\nM. DUBRELLE : Nous appelons la Russie à cesser ces cyberattaques contre l\'Estonie.',
    claimant: 'FR', stance: 'calls-for', target: 'RU',
  },
  {
    lang: 'de', title: 'Regierungspressekonferenz: Cyberangriffe auf estnische Häfen', header: 'Berlin, 3. Mai 2031',
    body: 'Frage: Haben Sie Erkenntnisse zu den Angriffen?\n\nHERR HOLLWEGER: Wir fordern Russland auf, diese Cyberangriffe gegen Estland einzustellen.',
    claimant: 'DE', stance: 'calls-for', target: 'RU',
  },
  {
    lang: 'ru', title: 'Брифинг: кибератаки на эстонские порты', header: 'Москва, 3 мая 2031 года',
    body: 'Вопрос: Есть ли у вас информация об атаках?\n\nГ-ЖА ЛАВРИНСКАЯ: Мы призываем Эстонию прекратить эти обвинения в кибератаках.',
    claimant: 'RU', stance: 'calls-for', target: 'EE',
  },
  {
    lang: 'zh', title: '记者会：爱沙尼亚港口遭网络攻击', header: '北京，2031年5月3日',
    body: '问：你对这些攻击有何评论？\n\n林志远：我们敦促美方停止对中国的网络攻击。\n\n问：还有其他消息吗？\n\n林志远：我们敦促美方停止抹黑中国。',
    claimant: 'CN', stance: 'calls-for', target: 'US',
  },
  // A title's abbreviation opens the label ("Ms. X:", "Sra. X:", "Mme. X :").
  {
    lang: 'en', title: 'Department Press Briefing: cyberattacks on Estonian ports', header: 'Washington, D.C., May 3, 2031',
    body: 'QUESTION: Do you have anything on the attacks?\n\nMs. Halverstam: We call on the Russian Government to stop these cyberattacks.',
    claimant: 'US', stance: 'calls-for', target: 'RU',
  },
  {
    lang: 'es', title: 'Rueda de prensa: ciberataques contra puertos de Estonia', header: 'Madrid, 3 de mayo de 2031',
    body: 'Pregunta: ¿Tiene información sobre los ataques?\n\nSra. Ortuvera: Pedimos a Rusia que ponga fin a estos ciberataques contra Estonia.',
    claimant: 'ES', stance: 'calls-for', target: 'RU',
  },
  {
    lang: 'fr', title: 'Point de presse : cyberattaques contre des ports estoniens', header: 'Paris, le 3 mai 2031',
    body: 'Question : Avez-vous des informations sur les attaques ?\n\nMme. Dubrelle : Nous appelons la Russie à cesser ces cyberattaques contre l\'Estonie.',
    claimant: 'FR', stance: 'calls-for', target: 'RU',
  },
];

for (const c of POSITIVES) {
  test(`a named answerer after a question speaks for the briefing's host (${c.lang})`, () => {
    const cs = claimsOf(c.body, c.lang, { title: c.title, header: c.header });
    assert.ok(cs.some((x) => x.claimant === c.claimant && x.stance === c.stance && x.target === c.target), show(cs));
    // The state the title is about does not hold the briefing.
    assert.ok(!cs.some((x) => x.claimant === 'EE'), show(cs));
  });
}

const NEGATIVES: Case[] = [
  {
    // No question label: nothing says the labelled person answers for anyone.
    lang: 'en', title: 'Department Press Briefing: cyberattacks on Estonian ports', header: 'Washington, D.C., May 3, 2031',
    body: 'MR HALVERSTAM: We still call on the Russian Government to end these cyberattacks against Estonia.',
    claimant: 'US', stance: 'calls-for', target: 'RU',
  },
  {
    lang: 'fr', title: 'Point de presse : cyberattaques contre des ports estoniens', header: 'Paris, le 3 mai 2031',
    body: 'M. DUBRELLE : Nous appelons la Russie à cesser ces cyberattaques contre l\'Estonie.',
    claimant: 'FR', stance: 'calls-for', target: 'RU',
  },
  {
    // A named label after an answer: another journalist, whose "we" is not the host's.
    lang: 'en', title: 'Department Press Briefing: cyberattacks on Estonian ports', header: 'Washington, D.C., May 3, 2031',
    body: 'QUESTION: Do you have anything on the attacks?\n\nMR HALVERSTAM: Not at this time.\n\nMR QUILLANE: We at the paper call on the Russian Government to explain these cyberattacks.',
    claimant: 'US', stance: 'calls-for', target: 'RU',
  },
  {
    lang: 'es', title: 'Rueda de prensa: ciberataques contra puertos de Estonia', header: 'Madrid, 3 de mayo de 2031',
    body: 'Pregunta: ¿Tiene información sobre los ataques?\n\nSra. Ortuvera: Todavía no.\n\nSr. Quillano: Pedimos a Rusia que explique estos ciberataques contra Estonia.',
    claimant: 'ES', stance: 'calls-for', target: 'RU',
  },
];

for (const c of NEGATIVES) {
  test(`a named label not answering a question makes no claim for the host (${c.lang})`, () => {
    const cs = claimsOf(c.body, c.lang, { title: c.title, header: c.header });
    assert.ok(!cs.some((x) => x.claimant === c.claimant && x.stance === c.stance), show(cs));
  });
}
