/**
 * An accusation restated in reported speech: the same claimant tying the same threat group, named again
 * in the restatement's own words as in the first telling's, to the same state ("X said Y, a state group,
 * broke in ... According to X, Y is run by the state's intelligence") is one claim, as the labelling
 * conventions ask of the same claimant, stance, target and about said twice. A restatement whose group is
 * only carried over from the sentence before ("X also said the state's hackers stole ...") may tell
 * another operation and stays a claim of its own; so does a group's claim of another attack of its own.
 * Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const accusations = (cs: ReturnType<typeof claimsOf>, claimant: string, target: string) =>
  cs.filter((c) => c.claimant === claimant && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === target);

const ONE: Array<{ lang: string; body: string[]; claimant: string; target: string }> = [
  { lang: 'en', claimant: 'Kaspersky', target: 'KP', body: ['Kaspersky said on Tuesday that Lazarus, a North Korean state group, had broken into two shipping firms in Singapore.', "Kaspersky assesses that Lazarus is run by North Korea's military intelligence and that its operations raise money for the government."] },
  { lang: 'en', claimant: 'EE', target: 'RU', body: ["Estonia said on Monday that the intrusions into three ministries were the work of Turla, a hacking group run by Russia's FSB.", 'Estonian officials said that Turla is a Russian state group that has spied on Baltic diplomats since 2015.'] },
  { lang: 'de', claimant: 'Kaspersky', target: 'KP', body: ['Kaspersky teilte am Dienstag mit, die nordkoreanische Gruppe Lazarus sei in die Netze zweier Reedereien in Singapur eingedrungen.', 'Nach Einschätzung von Kaspersky wird Lazarus vom Militärgeheimdienst Nordkoreas gesteuert und beschafft Geld für die Regierung.'] },
  { lang: 'es', claimant: 'Kaspersky', target: 'KP', body: ['Kaspersky informó el martes de que Lazarus, un grupo estatal norcoreano, se infiltró en las redes de dos navieras de Singapur.', 'Según Kaspersky, Lazarus depende de la inteligencia militar de Corea del Norte y recauda dinero para el Gobierno.'] },
  { lang: 'es', claimant: 'EE', target: 'RU', body: ['Estonia acusó el lunes a Turla, un grupo de piratas informáticos dirigido por el FSB ruso, de una campaña contra las redes de tres ministerios.', 'Según el Gobierno estonio, Turla es un grupo estatal ruso que espía a diplomáticos bálticos desde 2015.'] },
  { lang: 'ru', claimant: 'EE', target: 'RU', body: ['В понедельник Эстония обвинила группировку Turla, которой руководит ФСБ России, в атаках на сети трёх министерств.', 'По данным эстонского правительства, Turla - российская государственная группировка, которая с 2015 года шпионит за дипломатами Прибалтики.'] },
];

for (const c of ONE) {
  test(`${c.lang}: an accusation restated with its threat group named again is one claim (${c.claimant})`, () => {
    const cs = claimsOf(c.body.join(' '), c.lang);
    assert.equal(accusations(cs, c.claimant, c.target).length, 1, show(cs));
  });
}

const TWO: Array<{ lang: string; body: string[]; claimant: string; target: string }> = [
  { lang: 'en', claimant: 'Kaspersky', target: 'KP', body: ['Kaspersky said on Tuesday that Lazarus, a North Korean state group, had broken into two shipping firms in Singapore.', 'Kaspersky said North Korean hackers had also stolen millions from a crypto exchange in Seoul last spring.'] },
  { lang: 'de', claimant: 'Kaspersky', target: 'KP', body: ['Kaspersky teilte am Dienstag mit, die nordkoreanische Gruppe Lazarus sei in die Netze zweier Reedereien in Singapur eingedrungen.', 'Kaspersky erklärte außerdem, nordkoreanische Hacker hätten im Frühjahr Millionen von einer Kryptobörse in Seoul gestohlen.'] },
  { lang: 'es', claimant: 'Kaspersky', target: 'KP', body: ['Kaspersky informó el martes de que Lazarus, un grupo estatal norcoreano, se infiltró en las redes de dos navieras de Singapur.', 'Kaspersky dijo además que piratas informáticos norcoreanos robaron millones de una plataforma de criptomonedas de Seúl la primavera pasada.'] },
  { lang: 'ru', claimant: 'EE', target: 'RU', body: ['В понедельник Эстония обвинила группировку Turla, которой руководит ФСБ России, в атаках на сети трёх министерств.', 'Эстонское правительство также заявило, что Россия пыталась повлиять на прошлогодние муниципальные выборы с помощью поддельных утечек.'] },
  { lang: 'en', claimant: 'Killnet', target: 'Killnet', body: ["The hacktivist group Killnet claimed responsibility on Telegram for knocking the websites of Latvia's parliament offline on Friday.", "Last month Killnet also claimed an attack that took down the ticket system of Riga's public transport."] },
];

for (const c of TWO) {
  test(`${c.lang}: a restatement that only carries its group over, or a group's claim of another attack, stays a claim (${c.claimant})`, () => {
    const cs = claimsOf(c.body.join(' '), c.lang);
    assert.equal(accusations(cs, c.claimant, c.target).length, 2, show(cs));
  });
}
