/**
 * A state body's kind noun opening its sentence whose stance verb is its second predicate ("The defence ministry
 * published a list of servers and warned ...", "Die Behörde veröffentlichte eine Liste ... und warnte ...", "Bộ Quốc
 * phòng công bố ... và cảnh báo ...", "国防部公布了……，并警告……"): the noun is the subject of both verbs and speaks for its
 * state. A conjunction that opens a clause with a subject of its own ("... und Reedereien warnten ...") gives the noun
 * no stance.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

describe('a stance verb as the second predicate of a state body noun', () => {
  const positives: Array<[string, string, string]> = [
    ['en', 'Three Estonian harbours were offline for hours on Monday. The defence ministry published a list of 40 servers and warned shipping firms of new attacks by the Saltmarsh crew.', 'EE'],
    ['en', 'Three Estonian harbours were offline for hours on Monday. The defence ministry published a list of 40 servers and has warned shipping firms of new attacks by the Saltmarsh crew.', 'EE'],
    ['de', 'Drei estnische Häfen waren am Montag stundenlang offline. Die Behörde veröffentlichte eine Liste mit 40 Servern und warnte Reedereien vor neuen Angriffen der Gruppe Saltmarsh.', 'EE'],
    ['vi', 'Ba cảng biển của Estonia bị gián đoạn nhiều giờ hôm thứ Hai. Bộ Quốc phòng công bố danh sách 40 máy chủ và cảnh báo các hãng tàu về những cuộc tấn công mới của nhóm Saltmarsh.', 'EE'],
    ['zh', '爱沙尼亚三个港口周一中断数小时。国防部公布了40台服务器的清单，并警告航运公司提防Saltmarsh组织的新攻击。', 'EE'],
  ];
  for (const [lang, body, claimant] of positives) {
    it(`${lang}: the body (${claimant}) warns`, () => {
      const cs = claimsOf(body, lang);
      assert.ok(cs.some((c) => c.stance === 'warns' && c.claimant === claimant), show(cs));
    });
  }

  // The conjunction opens a clause with its own subject, or a full stop ends the body's sentence: no stance of the body.
  const negatives: Array<[string, string]> = [
    ['en', 'Three Estonian harbours were offline for hours on Monday. The defence ministry published a list of 40 servers and shipping firms warned of new attacks by the Saltmarsh crew.'],
    ['de', 'Drei estnische Häfen waren am Montag stundenlang offline. Die Behörde veröffentlichte eine Liste mit 40 Servern und Reedereien warnten vor neuen Angriffen der Gruppe Saltmarsh.'],
    ['vi', 'Ba cảng biển của Estonia bị gián đoạn nhiều giờ hôm thứ Hai. Bộ Quốc phòng công bố danh sách 40 máy chủ và các hãng tàu cảnh báo về những cuộc tấn công mới của nhóm Saltmarsh.'],
  ];
  for (const [lang, body] of negatives) {
    it(`${lang}: a second clause's own subject is not the body`, () => {
      const cs = claimsOf(body, lang);
      assert.ok(!cs.some((c) => c.stance === 'warns' && c.claimant === 'EE'), show(cs));
    });
  }
});
