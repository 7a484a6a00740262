/**
 * A name given is no act told: a threat group's name that ends the reported words right after a naming verb or a
 * marker of naming ("said it calls the group X.", "называет группировку X.", "gọi nhóm này là X.", "命名为X。")
 * says what the group is called; the speaker attributes nothing to the state the group is known to serve
 * (claims/given-name.ts, read by reported-act.ts). Negatives: an act told of the named group after its name
 * ("a group it calls X broke into ...") and an attribution verb ("attributes the group it calls X to Russia")
 * still attribute. Lesser-known vendors; the groups are the knowledge's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body, claimant] of [
  ['en', 'Trellix, which looked into the same break-ins, said it calls the group Cadet Blizzard.', 'Trellix'],
  ['en', 'Sekoia said it tracks the cluster as Star Blizzard.', 'Sekoia'],
  ['es', 'Trellix, que siguió aquella campaña, dijo que la empresa denomina al grupo "Cadet Blizzard".', 'Trellix'],
  ['fr', "Selon Sekoia, l'éditeur suit ce collectif sous le nom de Star Blizzard.", 'Sekoia'],
  ['ru', 'Компания Trellix, изучавшая эти вторжения, называет группировку Cadet Blizzard.', 'Trellix'],
  ['ru', 'Специалисты Sekoia называют эту группировку Star Blizzard.', 'Sekoia'],
  ['vi', 'Theo Trellix, công ty gọi nhóm này là Cadet Blizzard.', 'Trellix'],
  ['vi', 'Hãng Sekoia cho biết họ đặt tên cho nhóm là Star Blizzard.', 'Sekoia'],
  ['zh', 'Trellix称，研究人员已把此团伙命名为Cadet Blizzard。', 'Trellix'],
] as const) {
  test(`${lang}: a name given attributes nothing: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Report' });
    assert.ok(!cs.some((c) => c.claimant === claimant && (c.stance === 'attributes' || c.stance === 'accuses')), show(cs));
  });
}

for (const [lang, body, claimant, target] of [
  ['en', 'Trellix said a group it calls Cadet Blizzard broke into the ministry.', 'Trellix', 'Ember Bear'],
  ['ru', 'Компания Trellix заявила, что группировка, которую она называет Cadet Blizzard, взломала серверы министерства.', 'Trellix', 'Ember Bear'],
  ['es', 'Según Trellix, el grupo al que denomina Cadet Blizzard atacó los servidores del ministerio.', 'Trellix', 'Ember Bear'],
  ['en', 'Trellix attributes the group it calls Cadet Blizzard to Russia.', 'Trellix', 'RU'],
] as const) {
  test(`${lang}: an act or an attribution told beside the name still attributes (negative): ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Report' });
    assert.ok(cs.some((c) => c.claimant === claimant && (c.stance === 'attributes' || c.stance === 'accuses') && c.target === target), show(cs));
  });
}
