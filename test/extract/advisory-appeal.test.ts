/**
 * An appeal inside an advisory: in a sentence that issues a warning, an appeal to the advisory's generic
 * audience ("urged operators to ...", "a appelé les opérateurs à ...", "призвала операторов ...", "kêu gọi
 * doanh nghiệp ...", "呼吁各机关 ...") calls on no party; it is part of the warning (one warns claim, no
 * calls-for). Negative cases: the same appeal with no warning in its sentence stays a call, and an appeal
 * to a state in a warning sentence stays a call on that state. A group in the object of the earlier
 * warning ("a warning about X and urged ...") is not the subject of the appeal.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; claimant: string; advisory: string; bare: string; onState: string; state: string }> = [
  {
    lang: 'en', claimant: 'NL',
    advisory: 'The Dutch intelligence service published a warning about Sandworm and urged operators of wind farms to isolate their control networks.',
    bare: 'The Dutch intelligence service urged companies to rotate their passwords.',
    onState: 'The Dutch intelligence service published a warning about Sandworm and urged Russia to stop the attacks.', state: 'RU',
  },
  {
    lang: 'fr', claimant: 'FR',
    advisory: "L'ANSSI a publié une alerte sur le groupe APT28 et a appelé les opérateurs à isoler leurs réseaux.",
    bare: "L'ANSSI a appelé les opérateurs à renforcer leur vigilance.",
    onState: "L'ANSSI a publié une alerte sur le groupe APT28 et a appelé la Russie à cesser ces attaques.", state: 'RU',
  },
  {
    lang: 'es', claimant: 'ES',
    advisory: 'El INCIBE emitió una alerta sobre APT28 y pidió a las empresas cambiar sus contraseñas.',
    bare: 'El INCIBE pidió a las empresas cambiar sus contraseñas.',
    onState: 'España emitió una alerta sobre APT28 y pidió a Rusia cesar los ataques.', state: 'RU',
  },
  {
    lang: 'ru', claimant: 'EE',
    advisory: 'МИД Эстонии выпустил предупреждение о группировке APT28 и призвал операторов отключить удаленный доступ.',
    bare: 'МИД Эстонии призвал операторов отключить удаленный доступ.',
    onState: 'МИД Эстонии выпустил предупреждение о группировке APT28 и призвал Россию прекратить атаки.', state: 'RU',
  },
  {
    lang: 'de', claimant: 'DE',
    advisory: 'Das BSI warnte vor der Gruppe APT28 und forderte Betreiber auf, ihre Systeme zu isolieren.',
    bare: 'Das BSI forderte Betreiber auf, ihre Systeme zu isolieren.',
    onState: 'Das BSI warnte vor der Gruppe APT28 und forderte Russland auf, die Angriffe einzustellen.', state: 'RU',
  },
  {
    lang: 'zh', claimant: 'JP',
    advisory: '日本警察厅发布关于MirrorFace的警告，呼吁各机关加强防护。',
    bare: '日本警察厅呼吁各机关加强防护。',
    onState: '日本警察厅发布关于MirrorFace的警告，呼吁中国停止攻击。', state: 'CN',
  },
  {
    lang: 'vi', claimant: 'VN',
    advisory: 'Bộ Công an cảnh báo về nhóm APT32 và kêu gọi doanh nghiệp cập nhật phần mềm.',
    bare: 'Bộ Công an kêu gọi doanh nghiệp cập nhật phần mềm.',
    onState: 'Bộ Công an cảnh báo về nhóm APT32 và kêu gọi Trung Quốc chấm dứt các vụ xâm nhập.', state: 'CN',
  },
];

for (const c of CASES) {
  test(`${c.lang}: an appeal to an advisory's audience in a warning sentence is part of the warning`, () => {
    const cs = claimsOf(c.advisory, c.lang);
    assert.ok(cs.some((x) => x.claimant === c.claimant && x.stance === 'warns'), show(cs));
    assert.ok(!cs.some((x) => x.stance === 'calls-for'), show(cs));
    // The group named in the warning's object makes no claim of its own (the Chinese "关于X的警告" is left open).
    if (c.lang !== 'zh') assert.ok(!cs.some((x) => /Sandworm|APT28|APT32/u.test(x.claimant)), show(cs));
  });
  test(`${c.lang}: the same appeal with no warning in its sentence stays a call (negative)`, () => {
    const cs = claimsOf(c.bare, c.lang);
    assert.ok(cs.some((x) => x.claimant === c.claimant && x.stance === 'calls-for'), show(cs));
    assert.ok(!cs.some((x) => x.stance === 'warns'), show(cs));
  });
  test(`${c.lang}: an appeal to a state in a warning sentence stays a call on that state (negative)`, () => {
    const cs = claimsOf(c.onState, c.lang);
    assert.ok(cs.some((x) => x.stance === 'calls-for' && x.target === c.state && x.claimant !== 'APT28'), show(cs));
  });
}
