/**
 * A threat group the article's own words tie to one state, in a sentence other than the claim's: a state's adjective
 * or name in one noun phrase with a group noun naming it ("an Iranian hacking group known as X", "die mutmaßlich
 * chinesische Hackergruppe X", "китайская группировка X", "朝鲜黑客组织X"), or a linking phrase ("X, lié à la Chine",
 * "X, vinculado a Irán", "the group is linked to Y"). A vendor's warning or attribution of the group then targets that
 * state; the group stays in `about`. Not a tie: a state the group only attacks, a "pro-" state, a link the text doubts;
 * a group tied to two states, or a vendor that named no state, keeps the group as the target. Sentences written for
 * these tests; the group and its deeds are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target} [${c.about.join(',')}]`);

test('a state adjective in the group noun phrase of an earlier sentence gives the warning its target (en, de, ru, zh)', () => {
  assert.deepEqual(claims('An Iranian hacking group known as Velvet Orca has broken into telecom operators in the region. ESET warned that Velvet Orca would keep attacking ministries.', 'en'), ['ESET warns IR [Velvet Orca]']);
  assert.deepEqual(claims('Die mutmaßlich chinesische Hackergruppe Velvet Orca hat mehrere Ministerien angegriffen. ESET warnt vor Velvet Orca und rät Behörden, ihre Netze zu prüfen.', 'de'), ['ESET warns CN [Velvet Orca]']);
  assert.deepEqual(claims('Китайская хакерская группировка Velvet Orca взломала несколько министерств. ESET предупреждает, что Velvet Orca продолжит атаки на министерства.', 'ru'), ['ESET warns CN [Velvet Orca]']);
  assert.deepEqual(claims('朝鲜黑客组织Velvet Orca入侵了多家银行。ESET警告称，Velvet Orca将继续攻击金融机构。', 'zh'), ['ESET warns KP [Velvet Orca]']);
});

test('a linking phrase in an earlier sentence ties the group (fr, es, en)', () => {
  assert.deepEqual(claims('Le groupe de pirates Velvet Orca, lié à la Chine, a piraté plusieurs ministères. ESET met en garde contre le groupe de pirates Velvet Orca, qui continue de viser les administrations.', 'fr'), ['ESET warns CN [Velvet Orca]']);
  assert.deepEqual(claims('El grupo de hackers Velvet Orca, vinculado a Irán, atacó varios ministerios. ESET atribuye la campaña al grupo de hackers Velvet Orca.', 'es'), ['ESET accuses IR [Velvet Orca]']);
  assert.deepEqual(claims('The hacking group Velvet Orca has broken into telecom operators. Researchers say the group is linked to Iran. ESET warned that Velvet Orca would keep attacking ministries.', 'en'), ['ESET warns IR [Velvet Orca]']);
});

test('no state named for the group: the group stays the target (en, fr, es, de, ru, zh)', () => {
  assert.deepEqual(claims('A hacking group known as Velvet Orca has broken into telecom operators in the region. ESET warned that Velvet Orca would keep attacking ministries.', 'en'), ['ESET warns Velvet Orca [Velvet Orca]']);
  assert.deepEqual(claims('Le groupe de pirates Velvet Orca a piraté plusieurs ministères. ESET met en garde contre le groupe de pirates Velvet Orca, qui continue de viser les administrations.', 'fr'), ['ESET warns Velvet Orca [Velvet Orca]']);
  assert.deepEqual(claims('El grupo de hackers Velvet Orca atacó varios ministerios. ESET atribuye la campaña al grupo de hackers Velvet Orca.', 'es'), ['ESET accuses Velvet Orca [Velvet Orca]']);
  assert.deepEqual(claims('Die Hackergruppe Velvet Orca hat mehrere Ministerien angegriffen. ESET warnt vor Velvet Orca und rät Behörden, ihre Netze zu prüfen.', 'de'), ['ESET warns Velvet Orca [Velvet Orca]']);
  assert.deepEqual(claims('Хакерская группировка Velvet Orca взломала несколько министерств. ESET предупреждает, что Velvet Orca продолжит атаки на министерства.', 'ru'), ['ESET warns Velvet Orca [Velvet Orca]']);
  assert.deepEqual(claims('黑客组织Velvet Orca入侵了多家银行。ESET警告称，Velvet Orca将继续攻击金融机构。', 'zh'), ['ESET warns Velvet Orca [Velvet Orca]']);
});

test('near misses: a victim state, a "pro-" state, a doubted link, two states, a vendor naming no state, the group\'s own claim', () => {
  // The state is the group's victim.
  assert.deepEqual(claims('The hacking group Velvet Orca has broken into Iranian telecom operators. ESET warned that Velvet Orca would keep attacking ministries.', 'en'), ['ESET warns Velvet Orca [Velvet Orca]']);
  assert.deepEqual(claims('Хакерская группировка Velvet Orca атаковала китайские министерства. ESET предупреждает, что Velvet Orca продолжит атаки на министерства.', 'ru'), ['ESET warns Velvet Orca [Velvet Orca]']);
  // The side the group takes.
  assert.deepEqual(claims('The pro-Iranian hacking group Velvet Orca has broken into telecom operators. ESET warned that Velvet Orca would keep attacking ministries.', 'en'), ['ESET warns Velvet Orca [Velvet Orca]']);
  // A link the text doubts.
  assert.deepEqual(claims('The hacking group Velvet Orca has broken into telecom operators. Researchers found no evidence that the group is linked to Iran. ESET warned that Velvet Orca would keep attacking ministries.', 'en'), ['ESET warns Velvet Orca [Velvet Orca]']);
  assert.deepEqual(claims('El grupo de hackers Velvet Orca atacó varios ministerios. Según los investigadores, no hay indicios de que el grupo actúe por cuenta del Estado ruso. ESET atribuye la campaña al grupo de hackers Velvet Orca.', 'es'), ['ESET accuses Velvet Orca [Velvet Orca]']);
  // Two states.
  assert.deepEqual(claims('An Iranian hacking group known as Velvet Orca has broken into telecom operators. Velvet Orca, a group tied to Russia, uses the same tools. ESET warned that Velvet Orca would keep attacking ministries.', 'en'), ['ESET warns Velvet Orca [Velvet Orca]']);
  assert.deepEqual(claims('El grupo de hackers Velvet Orca, vinculado a Irán, atacó varios ministerios. El grupo de hackers Velvet Orca, ligado a Rusia según otros, usa las mismas herramientas. ESET atribuye la campaña al grupo de hackers Velvet Orca.', 'es'), ['ESET accuses Velvet Orca [Velvet Orca]']);
  // The vendor named no state.
  assert.deepEqual(claims('An Iranian hacking group known as Velvet Orca has broken into telecom operators in the region. ESET warned that Velvet Orca would keep attacking ministries but did not name any country behind it.', 'en'), ['ESET warns Velvet Orca [Velvet Orca]']);
  // The group's own claim: the state it says it serves, not the article's word.
  assert.deepEqual(claims('Die russische Hackergruppe Velvet Orca hat mehrere Ministerien angegriffen. Velvet Orca meldete sich auf Telegram und bekannte sich zu den Angriffen.', 'de'), ['Velvet Orca attributes Velvet Orca [Velvet Orca]']);
});
