/**
 * A member of parliament speaks for the party the text states, not for the state:
 *  - a role only an opposition member holds ("the shadow foreign secretary", "теневой министр", "ministre fantôme",
 *    "Schatteninnenministerin") binds the person to the party the text named last before them;
 *  - an apposition of a member's role that names the party (", élu du <party>,") makes a person of the name;
 *  - a plural form that names a party of several states ("the Liberals") is the party of the article's state.
 * Near misses: a minister (an office of state) keeps the state; a shadow role with no party named before keeps none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const SHADOW_CASES = [
  { lang: 'en', text: 'Labour wants answers over the leak. Maria Holbeck, the shadow foreign secretary, urged ministers to order an independent inquiry into the breach of the ministry’s network by Russian hackers.', party: 'Labour Party' },
  { lang: 'ru', text: 'Консервативная партия потребовала объяснений. Теневой министр Ольга Ветрова призвала правительство расследовать взлом сети министерства российскими хакерами.', party: 'Conservative Party' },
  { lang: 'fr', text: 'Le Parti travailliste a réclamé des explications. Le ministre fantôme de l’Intérieur Paul Kermadec a exhorté le gouvernement à enquêter sur le piratage du ministère par des pirates russes.', party: 'Labour Party' },
  { lang: 'de', text: 'Die Konservative Partei verlangte Aufklärung. Schatteninnenministerin Clara Wendholt forderte die Regierung auf, den Angriff russischer Hacker auf das Ministerium zu untersuchen.', party: 'Conservative Party' },
];

for (const c of SHADOW_CASES) {
  test(`${c.lang}: a shadow office holder speaks for the party named before them`, () => {
    const cs = claimsOf(c.text, c.lang);
    assert.ok(cs.some((x) => x.claimant === c.party), show(cs));
    assert.ok(!cs.some((x) => x.claimant === 'GB' && x.stance === 'calls-for'), show(cs));
  });
}

test('en: a minister of a party speaks for the state, not the party', () => {
  const cs = claimsOf('Labour wants answers over the leak. Maria Holbeck, the foreign secretary, urged ministers to order an independent inquiry into the breach of the ministry’s network by Russian hackers in Britain.', 'en');
  assert.ok(!cs.some((x) => x.claimant === 'Labour Party' && x.stance === 'calls-for'), show(cs));
});

test('en: a shadow role with no party named before it binds to no party', () => {
  const r = extract('Maria Holbeck, the shadow foreign secretary, called for an independent inquiry into the breach of the ministry’s network by Russian hackers.', { lang: 'en' });
  const p = r.people.find((x) => x.name === 'Maria Holbeck');
  assert.ok(!p || !p.body, JSON.stringify(p));
});

test('fr: an apposition of a member role naming the party makes the name a person of the party, and “il” follows them', () => {
  const text = 'Hwang Min-seok, élu du Parti Liberté Corée, s’appuie sur des documents transmis par le ministère. Il a exhorté le gouvernement à mieux protéger les réseaux des industriels de défense contre les pirates nord-coréens.';
  const r = extract(text, { lang: 'fr' });
  const p = r.people.find((x) => x.name === 'Hwang Min-seok');
  assert.equal(p?.body, 'Liberty Korea Party');
  const cs = claimsOf(text, 'fr');
  assert.ok(cs.some((x) => x.claimant === 'Liberty Korea Party' && x.stance === 'calls-for'), show(cs));
});

test('fr: a person merely compared with a party is none of its members', () => {
  const r = extract('Hwang Min-seok, plus prudent que le Parti Liberté Corée, s’appuie sur des documents transmis par le ministère.', { lang: 'fr' });
  assert.ok(!r.people.some((x) => x.body === 'Liberty Korea Party'), JSON.stringify(r.people));
});

test('en: the Liberals of an article about Canada are the Liberal Party of Canada', () => {
  const cs = claimsOf('Ottawa blamed Chinese hackers for a break-in at a Canadian federal agency. In parliament the Liberals urged ministers to publish a full account of the stolen files.', 'en');
  assert.ok(cs.some((x) => x.claimant === 'Liberal Party of Canada' && x.stance === 'calls-for'), show(cs));
});
