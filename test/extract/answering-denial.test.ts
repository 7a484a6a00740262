/**
 * A denial told as the reply to the clause before it in its own sentence ("X also accuses Y of Z, which Y rejects",
 * "..., ce que Y rejette", "..., lo que Y niega", "..., что Y отрицает", "此前有报道称……，Y予以否认") answers that
 * telling: a denial of the same party told before, in another sentence, is another claim, and both stay.
 * Negative cases: the same denial told again in a sentence of its own ("Y again denied any involvement"), and a
 * denial after the denier's own speech verb ("Y's spokesman said, Y denies ..."), are the denial already told.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const denials = (cs: ReturnType<typeof claimsOf>, claimant: string) => cs.filter((c) => c.claimant === claimant && c.stance === 'denies').length;

const ANSWERED: Array<[string, string, string]> = [
  ['en', 'BY', 'Poland blamed Belarus for the cyberattack on its railway network. Minsk denied any involvement. Warsaw also accuses Belarus of funding a disinformation campaign, which Minsk rejects.'],
  ['fr', 'BY', "La Lituanie a attribué à la Biélorussie la cyberattaque contre son réseau ferroviaire. Minsk a démenti toute implication. Vilnius accuse aussi Minsk d'avoir financé une campagne de désinformation, ce que la Biélorussie rejette également."],
  ['es', 'KP', 'Chile acusó a Corea del Norte del ataque informático contra su red eléctrica. Pionyang negó cualquier implicación. Santiago acusa además a Pionyang de financiar una campaña de desinformación, lo que Corea del Norte también niega.'],
  ['ru', 'BY', 'Эстония обвинила Белоруссию в кибератаке на свою железнодорожную сеть. Минск отверг обвинения. Таллин также обвиняет Минск в финансировании кампании дезинформации, что Белоруссия отрицает.'],
  ['zh', 'KP', '澳大利亚政府指责朝鲜对其电网发动网络攻击。朝方否认。此前有报道称，另一起针对银行的攻击与平壤有关，朝方予以否认。'],
];

for (const [lang, denier, s] of ANSWERED) {
  test(`${lang}: a denial replying to the clause before it is a second denial of the same party`, () => {
    const cs = claimsOf(s, lang);
    assert.equal(denials(cs, denier), 2, show(cs));
  });
}

const RESTATED: Array<[string, string, string]> = [
  ['en', 'BY', 'Poland blamed Belarus for the cyberattack on its railway network. Minsk denied any involvement. On Friday Belarus again denied any involvement.'],
  ['fr', 'BY', 'La Lituanie a attribué à la Biélorussie la cyberattaque contre son réseau ferroviaire. Minsk a démenti toute implication. Vendredi, la Biélorussie a de nouveau démenti toute implication.'],
  ['es', 'KP', 'Chile acusó a Corea del Norte del ataque informático contra su red eléctrica. Pionyang negó cualquier implicación. El portavoz norcoreano dijo que Pionyang niega cualquier implicación.'],
  ['ru', 'BY', 'Эстония обвинила Белоруссию в кибератаке на свою железнодорожную сеть. Минск отверг обвинения. Официальный представитель МИД Белоруссии заявил, что Минск отвергает обвинения.'],
  ['zh', 'KP', '澳大利亚政府指责朝鲜对其电网发动网络攻击。朝方否认。朝鲜外务省发言人表示，朝方坚决否认这一指控。'],
];

for (const [lang, denier, s] of RESTATED) {
  test(`${lang}: the same denial told again, in its own sentence or after its own speech verb, is one claim`, () => {
    const cs = claimsOf(s, lang);
    assert.equal(denials(cs, denier), 1, show(cs));
  });
}
