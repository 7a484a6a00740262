/**
 * Vietnamese "cơ quan chức năng" ("the competent authorities") is a bare noun for a state's officials, like "giới
 * chức" and "nhà chức trách": opening its sentence before a speech or stance verb it speaks for the state named with
 * it, else for the text's home state (its dateline or the state whose organs the text names), else for no one. The
 * other languages' nouns for the authorities already do so ("the authorities", "les autorités", "las autoridades",
 * "die Behörden", "власти", "当局"/"有关部门") and are kept here as controls. As the victim of an attack or the
 * addressee of a call it speaks for no one.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

const has = (cs: ClaimCandidate[], claimant: string, stance: string, target: string): boolean =>
  cs.some((c) => c.claimant === claimant && c.stance === stance && c.target === target);

describe('"cơ quan chức năng" speaks for its state', () => {
  // Fail on main: the noun was not one of the vi profile's unnamed officials.
  const positives: Array<[string, string, string, string, string]> = [
    ['vi', 'Cục Bảo vệ dữ liệu Việt Nam ra thông báo hôm thứ Năm. Cơ quan chức năng cáo buộc Trung Quốc xâm nhập hệ thống cấp thoát nước của thị xã.', 'VN', 'accuses', 'CN'],
    ['vi', 'Cục Bảo vệ dữ liệu Việt Nam ra thông báo hôm thứ Năm. Các cơ quan chức năng cáo buộc Trung Quốc xâm nhập hệ thống cấp thoát nước của thị xã.', 'VN', 'accuses', 'CN'],
    ['vi', 'TALLINN - Cơ quan chức năng cảnh báo nhóm Lazarus sẽ còn nhắm vào các quỹ hưu trí nhỏ.', 'EE', 'warns', 'Lazarus Group'],
    ['vi', 'VILNIUS - Các cơ quan chức năng khẳng định nhóm Lazarus đứng sau vụ rút tiền từ sàn giao dịch Kauno.', 'LT', 'accuses', 'Lazarus Group'],
  ];
  for (const [lang, body, claimant, stance, target] of positives) {
    it(`${lang}: ${claimant} ${stance} ${target}`, () => {
      const cs = claimsOf(body, lang);
      assert.ok(has(cs, claimant, stance, target), show(cs));
    });
  }

  // Controls (already pass on main): a state named with the noun, and the other languages' nouns after a dateline.
  const controls: Array<[string, string, string, string, string]> = [
    ['vi', 'Cơ quan chức năng Estonia cáo buộc Nga xâm nhập hệ thống cấp thoát nước của thị trấn Valga.', 'EE', 'accuses', 'RU'],
    ['vi', 'Các cơ quan chức năng của Moldova khẳng định Nga đứng sau đợt tấn công vào hệ thống kiểm phiếu ở Bălți.', 'MD', 'attributes', 'RU'],
    ['en', 'TALLINN - The authorities warned that the Lazarus group would keep going after small pension funds.', 'EE', 'warns', 'Lazarus Group'],
    ['fr', 'TALLINN - Les autorités ont averti que le groupe Lazarus continuerait de viser les petits fonds de pension.', 'EE', 'warns', 'Lazarus Group'],
    ['es', 'TALLIN - Las autoridades advirtieron que el grupo Lazarus seguirá apuntando a los pequeños fondos de pensiones.', 'EE', 'warns', 'Lazarus Group'],
    ['de', 'TALLINN - Die Behörden warnten, dass die Gruppe Lazarus weiter kleine Pensionsfonds ins Visier nehmen werde.', 'EE', 'warns', 'Lazarus Group'],
    ['ru', 'ТАЛЛИН - Власти предупредили, что группа Lazarus продолжит охотиться на небольшие пенсионные фонды.', 'EE', 'warns', 'Lazarus Group'],
    ['zh', '立陶宛有关部门周三通报称，朝鲜黑客转走了考纳斯某加密平台的储备金。', 'LT', 'attributes', 'KP'],
  ];
  for (const [lang, body, claimant, stance, target] of controls) {
    it(`${lang} (control): ${claimant} ${stance} ${target}`, () => {
      const cs = claimsOf(body, lang);
      assert.ok(has(cs, claimant, stance, target), show(cs));
    });
  }

  // The noun as the victim of an attack or the addressee of a call speaks for no one.
  const negatives: Array<[string, string]> = [
    ['vi', 'TALLINN - Nhóm Lazarus đã tấn công các cơ quan chức năng ở ba hạt phía nam.'],
    ['vi', 'TALLINN - Tin tặc liên tục tấn công cơ quan chức năng của thị trấn Valga trong tháng Ba.'],
    ['vi', 'TALLINN - Một nhà nghiên cứu độc lập kêu gọi cơ quan chức năng truy vết nhóm Lazarus.'],
    ['vi', 'VILNIUS - Nhiều chuyên gia kêu gọi các cơ quan chức năng điều tra vụ rút tiền của nhóm Lazarus.'],
  ];
  for (const [lang, body] of negatives) {
    it(`${lang}: no claim from the authorities in "${body.slice(0, 50)}…"`, () => {
      const cs = claimsOf(body, lang);
      assert.ok(!cs.some((c) => c.claimant === 'EE' || c.claimant === 'LT'), show(cs));
    });
  }
});
