/**
 * Chinese names around role words. A name may stand before its role word ("郭X副部长表示", "李X教授说"),
 * opening a clause, with a speech or act verb after the role; it opens with a family name and does not
 * end like a body ("商务部部长表示" names the ministry's minister, no person). After a role word, a run
 * that opens with no family name is no name ("专家组成员表示"). Experts and company officers are role
 * words as officials are ("专家X说", "首席执行官X表示"), and a transcribed foreign name ends before its verb
 * ("约翰·米勒警告称"). Other languages write the role after the name in apposition: the same people.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const people = (body: string, lang: string) =>
  extract(`Headline\n\n${body}\n\nSource: https://example.org/story`, { lang }).people.map((p) => [p.name, ...p.aliases]);
const has = (all: string[][], name: string) => all.some((names) => names.includes(name));

test('zh: a name before its role word, then a speech verb', () => {
  const a = people('郭振华副部长表示，中方坚决反对一切形式的网络攻击。', 'zh');
  assert.deepEqual(a.map((n) => n[0]), ['Guo Zhenhua']);
  const b = people('记者从公安部获悉，王强副局长表示攻击已被阻止。', 'zh');
  assert.deepEqual(b.map((n) => n[0]), ['Wang Qiang']);
  const c = people('李明远教授说，该组织长期攻击我国能源企业。', 'zh');
  assert.deepEqual(c.map((n) => n[0]), ['Li Mingyuan']);
});

test('zh: expert and company roles before a name; a dotted foreign name ends before its verb', () => {
  assert.ok(has(people('国家计算机病毒应急处理中心专家李明远说，该组织长期攻击我国能源企业。', 'zh'), 'Li Mingyuan'));
  assert.ok(has(people('该公司安全研究员赵敏在报告中指出，攻击者使用了钓鱼邮件。', 'zh'), 'Zhao Min'));
  assert.ok(has(people('美国国家网络总监约翰·米勒警告称，中国黑客已潜伏在关键基础设施中。', 'zh'), 'John Miller'));
});

test('zh: a body before its role, a role without a name, a run with no family name: no person', () => {
  assert.deepEqual(people('商务部部长表示，中方将采取必要措施。', 'zh'), []);
  assert.deepEqual(people('专家组成员表示，该组织长期攻击我国能源企业。', 'zh'), []);
  assert.deepEqual(people('多名专家表示，该组织长期攻击我国能源企业。', 'zh'), []);
});

test('en, vi: the same people with the role in apposition', () => {
  assert.ok(has(people('Guo Zhenhua, the deputy minister, said China opposed all forms of hacking.', 'en'), 'Guo Zhenhua'));
  assert.ok(has(people('Ông Lê Hoàng Phúc, Phó Cục trưởng Cục An toàn thông tin, cho biết nhóm tin tặc nhắm vào các ngân hàng.', 'vi'), 'Lê Hoàng Phúc'));
});
