import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultResolver } from '../../src/knowledge/index.ts';

const r = defaultResolver();
/**
 * [surface, sector slug] pairs that findMentions reports for sector terms in a text. A sector's
 * people ("officials", form `member`) and adjectives ("financial", form `adjective`) are judged by
 * extraction, which keeps them only as victims or before a sector noun.
 */
const sectorsIn = (text: string, lang: string) =>
  r.findMentions(text, { lang, kinds: ['sector'] }).filter((m) => m.form !== 'member' && m.form !== 'adjective').map((m) => [m.surface, m.entity.sector]);

test('sector terms: what news writes for each sector, in every language', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['en', 'They breached broadcasters, news agencies and TV channels.', [['broadcasters', 'media'], ['news agencies', 'media'], ['TV channels', 'media']]],
    ['en', 'Internet service providers, mobile operators and undersea cables were hit.', [['Internet service providers', 'telecommunications'], ['mobile operators', 'telecommunications'], ['undersea cables', 'telecommunications']]],
    ['en', 'Hackers targeted Congress, the Bundestag and municipalities.', [['Congress', 'government'], ['Bundestag', 'government'], ['municipalities', 'government']]],
    ['en', 'Defence contractors and the defense industrial base were targeted, as was critical national infrastructure.', [['Defence contractors', 'defense'], ['defense industrial base', 'defense'], ['critical national infrastructure', 'critical-infrastructure']]],
    ['vi', 'Tin tặc tấn công Quốc hội, hệ thống thông tin liên lạc và cáp quang biển cùng hạ tầng then chốt.', [['Quốc hội', 'government'], ['thông tin liên lạc', 'telecommunications'], ['cáp quang biển', 'telecommunications'], ['hạ tầng then chốt', 'critical-infrastructure']]],
    ['ru', 'Хакеры взломали почту сотрудников нижней палаты и Сената.', [['нижней палаты', 'government'], ['Сената', 'government']]],
    ['zh', '黑客攻击了国会、电视台、海底光缆和关键信息基础设施。', [['国会', 'government'], ['电视台', 'media'], ['海底光缆', 'telecommunications'], ['关键信息基础设施', 'critical-infrastructure']]],
    ['ru', 'Атаке подверглись Палата представителей, телеканалы, интернет-провайдеры и критическая информационная инфраструктура.', [['Палата представителей', 'government'], ['телеканалы', 'media'], ['интернет-провайдеры', 'telecommunications'], ['критическая информационная инфраструктура', 'critical-infrastructure']]],
    ['fr', 'Les pirates ont visé des agences de presse, des câbles sous-marins et des infrastructures critiques.', [['agences de presse', 'media'], ['câbles sous-marins', 'telecommunications'], ['infrastructures critiques', 'critical-infrastructure']]],
  ];
  for (const [lang, text, expect] of cases) assert.deepEqual(sectorsIn(text, lang), expect, text);
});

test('sector terms: words too broad to name a targeted sector are not sector terms', () => {
  const none = (text: string, lang: string) => assert.deepEqual(sectorsIn(text, lang), [], text);
  // An attacker's servers are infrastructure; only critical infrastructure is the sector.
  none('The group used new infrastructure to host its servers.', 'en');
  none('攻击者利用基础设施。', 'zh');
  none('Nhóm tin tặc dùng hạ tầng máy chủ mới.', 'vi');
  none('Группа использовала новую инфраструктуру.', 'ru');
  // A military intelligence service is an actor; "financial gain" is a motive; a think tank is not education.
  none('Russian military intelligence officers sought financial gain, think tanks said.', 'en');
  none('Le renseignement militaire russe, selon les industriels.', 'fr');
  // 记者 (reporter) bylines every Chinese story; 技术 means technique; malicious software is a means.
  none('本报记者报道，攻击者使用了新的技术和恶意软件。', 'zh');
  none('Les pirates ont utilisé des logiciels malveillants lors de cette attaque informatique.', 'fr');
  none('Tin tặc dùng phần mềm độc hại để đánh cắp bí mật.', 'vi');
  none('The attackers planted malicious software on the network.', 'en');
  // A single outlet is the source of a report ("the newspaper listed..."), not a targeted sector.
  none('Quoting officials, the newspaper said the broadcaster was told.', 'en');
  // A hacking campaign is not an election campaign.
  none('The espionage campaigns continued.', 'en');
});

test('sector members: people of a sector are found as members, for extraction to judge', () => {
  const ms = r.findMentions('Hackers read the ambassador’s email; officials said so.', { lang: 'en', kinds: ['sector'] });
  assert.deepEqual(ms.map((m) => [m.surface, m.entity.sector, m.form]), [['ambassador', 'government', 'member'], ['officials', 'government', 'member']]);
});
