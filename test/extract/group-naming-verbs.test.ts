/**
 * A threat group named by a naming verb or phrase ("tracks the actor as X", "a group it dubbed X",
 * "which Velmora calls X", "suivi sous le nom de X", "unter dem Namen X", "als X bezeichnet",
 * "rastreado como X", "отслеживает как X", "được gọi là X", "被命名为X"), and a quoted name in the
 * text's own script next to a group word, kept in the English form the text gives in brackets
 * ("группировка «...» (X)", "名为“...”（X）的黑客组织"). What must stay no group: malware, a
 * campaign, a company, a flaw named the same way, a native name without an English form, an army
 * grouping, and another name of a known group. Sentences and group names written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const groups = (body: string, lang: string): string[] =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).intrusion_sets.map((g) => g.name);

test('a name given by a naming verb to a group noun is a group (en, fr, de, es, ru, vi, zh)', () => {
  assert.deepEqual(groups('Velmora tracks the actor as Silt Heron and says it works for a foreign service.', 'en'), ['Silt Heron']);
  assert.deepEqual(groups('The break-in was the work of a crew it dubbed Silt Heron, the vendor said.', 'en'), ['Silt Heron']);
  assert.deepEqual(groups('The activity, which Velmora calls Copper Lynx, has hit harbours since 2023.', 'en'), ['Copper Lynx']);
  assert.deepEqual(groups('Velmora has named the intruders Copper Lynx.', 'en'), ['Copper Lynx']);
  assert.deepEqual(groups('The attackers, known to analysts as Copper Lynx, broke into the agency.', 'en'), ['Copper Lynx']);
  assert.deepEqual(groups('Les pirates, suivis sous le nom de Silt Heron, ont visé des ministères.', 'fr'), ['Silt Heron']);
  assert.deepEqual(groups('Les attaquants, que Velmora appelle Copper Lynx, ont dérobé des courriels.', 'fr'), ['Copper Lynx']);
  assert.deepEqual(groups('Velmora verfolgt die Angreifer unter dem Namen Silt Heron.', 'de'), ['Silt Heron']);
  assert.deepEqual(groups('Die Hacker, die Velmora als Copper Lynx bezeichnet, stahlen Dokumente.', 'de'), ['Copper Lynx']);
  assert.deepEqual(groups('Die von Velmora als Copper Lynx geführte Gruppe griff Reedereien an.', 'de'), ['Copper Lynx']);
  assert.deepEqual(groups('El actor, rastreado como Silt Heron por Velmora, atacó aduanas.', 'es'), ['Silt Heron']);
  assert.deepEqual(groups('Los atacantes, a quienes Velmora llama Copper Lynx, robaron correos.', 'es'), ['Copper Lynx']);
  assert.deepEqual(groups('Velmora отслеживает этих хакеров как Silt Heron.', 'ru'), ['Silt Heron']);
  assert.deepEqual(groups('Группировка, которую Velmora называет Copper Lynx, атаковала порты.', 'ru'), ['Copper Lynx']);
  assert.deepEqual(groups('Các tin tặc, được Velmora gọi là Copper Lynx, đã đánh cắp tài liệu.', 'vi'), ['Copper Lynx']);
  assert.deepEqual(groups('Velmora theo dõi nhóm này với tên Silt Heron.', 'vi'), ['Silt Heron']);
  assert.deepEqual(groups('该攻击者被命名为Copper Lynx。', 'zh'), ['Copper Lynx']);
  assert.deepEqual(groups('Velmora追踪为Silt Heron的组织入侵了海关系统。', 'zh'), ['Silt Heron']);
});

test('a quoted native name next to a group word is the group under the English form in brackets (ru, zh)', () => {
  assert.deepEqual(groups('Хакерская группировка «Илистая цапля» (Silt Heron) взломала сайт министерства.', 'ru'), ['Silt Heron']);
  assert.deepEqual(groups('Кибератаку провела группировка под названием «Медная рысь» (Copper Lynx).', 'ru'), ['Copper Lynx']);
  assert.deepEqual(groups('名为“泥鹭”（Silt Heron）的黑客组织入侵了海关系统。', 'zh'), ['Silt Heron']);
  assert.deepEqual(groups('黑客组织“铜猞猁”（Copper Lynx）窃取了港口数据。', 'zh'), ['Copper Lynx']);
  assert.deepEqual(groups('“铜猞猁”（Copper Lynx）组织对港口发动了网络攻击。', 'zh'), ['Copper Lynx']);
});

test('the accusation in the sentence is about the group a naming verb names (en, fr)', () => {
  const en = extract('Headline\nCanada attributed the intrusion to a cluster it tracks as Silt Heron and says it works for China.\nSource: https://example.org/story', { lang: 'en' });
  assert.ok(en.claims.some((c) => c.claimant === 'CA' && c.about?.includes('Silt Heron')), JSON.stringify(en.claims));
  const fr = extract("Headline\nLe Canada a attribué l'intrusion à des pirates, suivis sous le nom de Silt Heron, qui travailleraient pour la Chine.\nSource: https://example.org/story", { lang: 'fr' });
  assert.ok(fr.claims.some((c) => c.claimant === 'CA' && c.target === 'CN' && c.about?.includes('Silt Heron')), JSON.stringify(fr.claims));
});

test('no group where the named thing is malware, a campaign, a company, a flaw or a known group (en, fr, de, es, vi, zh)', () => {
  assert.deepEqual(groups('The malware, dubbed Silt Heron, steals passwords.', 'en'), []);
  assert.deepEqual(groups('Velmora tracks the loader as Copper Lynx.', 'en'), []);
  assert.deepEqual(groups('The campaign, which Velmora calls Operation Copper Lynx, hit harbours.', 'en'), []);
  assert.deepEqual(groups('Velmora calls its new scanner product Copper Lynx.', 'en'), []);
  assert.deepEqual(groups('The flaw, known as Copper Lynx, affects routers used by the hacking group.', 'en'), []);
  assert.deepEqual(groups('APT28, also known as Copper Lynx, broke into the agency.', 'en'), ['APT28']);
  assert.deepEqual(groups("Le logiciel malveillant, baptisé Copper Lynx, vole des mots de passe.", 'fr'), []);
  assert.deepEqual(groups("L'entreprise connue sous le nom de Copper Lynx a été piratée.", 'fr'), []);
  assert.deepEqual(groups('Die Kampagne, die Velmora als Copper Lynx bezeichnet, traf Häfen.', 'de'), []);
  assert.deepEqual(groups('El malware, bautizado como Copper Lynx, roba contraseñas.', 'es'), []);
  assert.deepEqual(groups('Chiến dịch được gọi là Copper Lynx nhắm vào các cảng.', 'vi'), []);
  assert.deepEqual(groups('名为“铜猞猁”（Copper Lynx）的恶意软件窃取密码。', 'zh'), []);
});

test('no group from a native name without an English form, an army grouping or a non-cyber organisation (ru, zh)', () => {
  assert.deepEqual(groups('Хакерская группировка «Медная рысь» атаковала министерство.', 'ru'), []);
  assert.deepEqual(groups('Группировка «Север» (North) продвинулась к городу.', 'ru'), []);
  assert.deepEqual(groups('名为“泥鹭”的黑客组织入侵了海关系统。', 'zh'), []);
  assert.deepEqual(groups('“和平之声”（Voice of Peace）组织呼吁停火。', 'zh'), []);
});
