/**
 * A group's claim told in the passive, with the claimant as the agent after the cue ("the outage was claimed
 * by X", "revendiquée par X", "reivindicado por X"): the agent claims, what stands before the cue is the act
 * claimed, never the claimant. An unnamed group as the agent ("claimed by a pro-Russian group", "por un grupo
 * prorruso") is the group under discussion; the state word of such a group is its tie, not a claimant. A state
 * body as the agent still claims for its state. Also a group claiming to have done the act with more verbs of
 * the act ("aseguraba haber copiado", "dit avoir chiffré", "claimed to have copied"). Negatives: a victim body
 * saying it blocked the attack claims nothing. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const ownBy = (cs: ReturnType<typeof claimsOf>, name: string) => cs.some((c) => c.claimant === name && c.stance === 'attributes' && c.target === name);
const title = { title: 'Cyberattack on ministries' };

for (const [lang, body] of [
  ['en', 'The outage at the Velmora port authority was claimed by the Quillrot hacking group.'],
  ['en', 'Responsibility for the outage was claimed by a hacker group called Quillrot.'],
  ['fr', "La panne du port de Velmora a été revendiquée par le groupe de pirates Quillrot."],
  ['fr', "La panne du port a été revendiquée par un groupe se faisant appeler Quillrot."],
  ['es', 'La caída de la web del puerto de Velmora fue reivindicada por el grupo de hackers Quillrot.'],
] as const) {
  test(`${lang}: the agent of a passive claim claims: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(ownBy(cs, 'Quillrot'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'The hacking group Quillrot has hit the ministries before. The new outages were claimed by a pro-Russian group.'],
  ['fr', 'Le groupe de pirates Quillrot a déjà visé les ministères. Les nouvelles pannes ont été revendiquées par un groupe prorusse.'],
  ['es', 'El grupo de hackers Quillrot ya atacó los ministerios. Las webs cayeron por ataques reivindicados por un grupo prorruso.'],
] as const) {
  test(`${lang}: an unnamed group as the agent is the group under discussion: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(ownBy(cs, 'Quillrot'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'RU'), show(cs));
  });
}

for (const [lang, body] of [
  ['en', 'The new outages were claimed by a pro-Russian group.'],
  ['fr', 'Les nouvelles pannes ont été revendiquées par un groupe de pirates prorusses.'],
  ['es', 'Las webs cayeron por ataques reivindicados por un grupo prorruso.'],
] as const) {
  test(`${lang}: the state word of an unnamed agent group claims nothing (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(!cs.some((c) => c.claimant === 'RU'), show(cs));
  });
}

test('en: a state body as the agent claims for its state', () => {
  const cs = claimsOf('The outage was claimed by Ukrainian military intelligence.', 'en', title);
  assert.ok(ownBy(cs, 'UA'), show(cs));
});

for (const [lang, body] of [
  ['es', 'Un mensaje firmado por el grupo de hackers Quillrot aseguraba haber copiado y después borrado los archivos del ministerio.'],
  ['fr', 'Le groupe de pirates Quillrot dit avoir chiffré les serveurs de la compagnie ferroviaire.'],
  ['en', 'The hacking group Quillrot claimed to have copied and deleted the ministry files.'],
] as const) {
  test(`${lang}: a group claiming to have done the act: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(ownBy(cs, 'Quillrot'), show(cs));
  });
}

for (const [lang, body] of [
  ['es', 'El Ministerio de Defensa de Velmora aseguró haber bloqueado el ataque.'],
  ['fr', 'Le ministère de la Défense dit avoir bloqué l\'attaque.'],
] as const) {
  test(`${lang}: a victim saying it blocked the attack claims nothing (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, title);
    assert.ok(!cs.some((c) => c.stance === 'attributes' && c.target === c.claimant), show(cs));
  });
}
