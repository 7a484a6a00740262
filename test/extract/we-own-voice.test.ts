/**
 * A text whose body opens in the first person plural ("In March we discovered ...", "В марте мы обнаружили ...")
 * speaks in its author's own voice: a later "we" outside quotation marks is that author, even when the text never
 * names it, and never the party the discourse last heard speak (a victim state "saying" something in between).
 * With no author known the "we" makes no claim. Negatives: a "we" inside a quotation keeps its speaker, in such a
 * post and in a news story whose speaker was named in the sentence before. Names invented for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['ru', 'В марте мы обнаружили новую шпионскую группу Zorvak, которая атакует государственные ведомства Румынии.\n\nРумыния заявила, что пострадали несколько министерств. Мы предупреждаем, что Zorvak будет и дальше атаковать ведомства.'],
  ['de', 'Im März haben wir eine neue Spionagegruppe namens Zorvak entdeckt, die Behörden in Rumänien angreift.\n\nRumänien erklärte, die Angriffe hätten mehrere Ministerien getroffen. Wir erwarten, dass Zorvak seine Angriffe fortsetzt.'],
  ['fr', 'En mars, nous avons découvert un nouveau groupe d\'espionnage, Zorvak, qui cible des administrations en Roumanie.\n\nLa Roumanie a déclaré que les attaques avaient touché plusieurs ministères. Nous nous attendons à ce que Zorvak poursuive ses attaques.'],
  ['vi', 'Vào tháng Ba, chúng tôi đã phát hiện một nhóm gián điệp mới có tên Zorvak nhắm vào các cơ quan nhà nước Romania.\n\nRomania cho biết các cuộc tấn công đã ảnh hưởng đến nhiều bộ. Chúng tôi dự báo Zorvak sẽ tiếp tục tấn công.'],
  ['zh', '今年三月，我们发现了一个名为Zorvak的新间谍组织，其目标是罗马尼亚政府机构。\n\n罗马尼亚表示，攻击波及多个部委。我们预计Zorvak将继续发动攻击。'],
  ['en', 'In March we discovered a new espionage group, Zorvak, that targets government agencies in Romania.\n\nRomania said the attacks hit several ministries. We expect Zorvak to continue its attacks and to extend its toolset.'],
  ['es', 'En marzo descubrimos un nuevo grupo de espionaje, Zorvak, que ataca a organismos públicos de Rumanía.\n\nRumanía dijo que los ataques afectaron a varios ministerios. Prevemos que Zorvak continúe sus ataques.'],
] as const) {
  test(`${lang}: a post's own "we" is not the state heard last: ${body.slice(0, 40)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Zorvak: a new espionage group' });
    assert.ok(!cs.some((c) => c.claimant === 'RO' && c.stance === 'warns'), show(cs));
  });
}

for (const [lang, body] of [
  ['ru', 'В марте мы обнаружили новую шпионскую группу Zorvak, которая атакует государственные ведомства Румынии.\n\n«Мы предупреждаем, что Zorvak будет и дальше атаковать ведомства», — заявил министр иностранных дел Румынии Ион Варга.'],
  ['de', 'Im März haben wir eine neue Spionagegruppe namens Zorvak entdeckt, die Behörden in Rumänien angreift.\n\nDer rumänische Außenminister Ion Varga sagte: «Wir erwarten, dass Zorvak seine Angriffe fortsetzt.»'],
  ['en', 'Romania\'s foreign ministry accused Zorvak of the attacks on its embassies. "We warn Zorvak that these attacks will not go unanswered."'],
  ['fr', 'Le ministère roumain des Affaires étrangères a accusé Zorvak des attaques. « Nous nous attendons à ce que Zorvak poursuive ses attaques », a-t-il ajouté.'],
] as const) {
  test(`${lang}: a quoted "we" keeps its speaker (negative): ${body.slice(-50)}`, () => {
    const cs = claimsOf(body, lang, { title: 'Zorvak: a new espionage group' });
    assert.ok(cs.some((c) => c.claimant === 'RO' && c.stance === 'warns'), show(cs));
  });
}
