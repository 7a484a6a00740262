/**
 * A negated verb of denying is no denial: "did not deny that ...", "has not denied involvement", "bestritt nicht,
 * dass ...", "wies die Vorwürfe nicht zurück", "n'a pas démenti", "no negó", "не отрицала", "không phủ nhận",
 * "并未否认". The negator stands before the verb, between auxiliary and participle, or closes a verb-second clause.
 * Negatives: a plain denial, a denial whose content clause holds the negation ("denied that it had not
 * disclosed ..." reads as the denial it is), a negator the denial needs ("habe sich nicht eingemischt", "no tuvo nada que ver"), and one
 * before the denier, which negates the clause after ("不是X否认就能改变的").
 * Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const NOT_DENIED: Array<{ lang: string; body: string }> = [
  { lang: 'en', body: 'Hanoi did not deny that the group known as APT32 had breached the shipping registry.' },
  { lang: 'en', body: 'The Iranian foreign ministry has not denied involvement in the hack of the Albanian customs portal.' },
  { lang: 'de', body: 'Teheran bestritt nicht, dass die Gruppe APT33 das Netz des Flughafens ausgespäht habe.' },
  { lang: 'de', body: 'Der Kreml wies die Vorwürfe Litauens zu dem APT28-Angriff nicht zurück.' },
  { lang: 'fr', body: "Téhéran n'a pas démenti que le groupe APT33 avait piraté le réseau de l'aéroport." },
  { lang: 'es', body: 'Hanói no negó que el grupo APT32 hubiera espiado al registro marítimo.' },
  { lang: 'es', body: 'El Kremlin no ha desmentido la participación de APT28 en el ataque contra Lituania.' },
  { lang: 'ru', body: 'Тегеран не отрицал, что группа APT33 взломала сеть аэропорта.' },
  { lang: 'ru', body: 'В Кремле не опровергли причастность APT28 к атаке на Литву.' },
  { lang: 'vi', body: 'Tehran không phủ nhận việc nhóm APT33 xâm nhập mạng lưới sân bay.' },
  { lang: 'vi', body: 'Bộ Ngoại giao Iran không bác bỏ cáo buộc liên quan đến vụ tấn công cổng hải quan Albania.' },
  { lang: 'zh', body: '德黑兰并未否认APT33入侵了机场网络。' },
  { lang: 'zh', body: '伊朗外交部没有否认参与了针对阿尔巴尼亚海关的黑客攻击。' },
];

for (const { lang, body } of NOT_DENIED) {
  test(`${lang}: a negated denial verb denies nothing: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.stance === 'denies'), `${body}\n${show(cs)}`);
  });
}

const DENIED: Array<{ lang: string; body: string; denier: string }> = [
  { lang: 'en', body: 'Hanoi denied that the group known as APT32 had breached the shipping registry.', denier: 'VN' },
  { lang: 'de', body: 'Teheran bestritt, dass die Gruppe APT33 das Netz des Flughafens ausgespäht habe.', denier: 'IR' },
  { lang: 'de', body: 'Der Kreml wies die Vorwürfe Litauens zu dem APT28-Angriff zurück.', denier: 'RU' },
  { lang: 'fr', body: "Téhéran a démenti que le groupe APT33 avait piraté le réseau de l'aéroport.", denier: 'IR' },
  { lang: 'es', body: 'Hanói negó que el grupo APT32 hubiera espiado al registro marítimo.', denier: 'VN' },
  { lang: 'ru', body: 'Тегеран отрицал, что группа APT33 взломала сеть аэропорта.', denier: 'IR' },
  { lang: 'vi', body: 'Tehran phủ nhận việc nhóm APT33 xâm nhập mạng lưới sân bay.', denier: 'IR' },
  { lang: 'zh', body: '德黑兰否认APT33入侵了机场网络。', denier: 'IR' },
  // The negation inside what is denied: still the speaker's denial.
  { lang: 'en', body: 'Tehran denied that it had failed to stop APT33 and said it does not tolerate hacking.', denier: 'IR' },
  { lang: 'ru', body: 'Тегеран отрицал, что группа APT33 не была остановлена властями.', denier: 'IR' },
  // A negator before the subject negates the clause after, not the denial ("it is not by X's denial that ...").
  { lang: 'zh', body: '证据确凿，不是伊朗否认就能改变的。', denier: 'IR' },
  // A negative word of the denial agrees with the negator before it (negative concord).
  { lang: 'es', body: 'El Gobierno de Irán aseguró que no tuvo nada que ver con el grupo APT33.', denier: 'IR' },
  { lang: 'ru', body: 'МИД Ирана заявил, что Тегеран не имеет никакого отношения к группе APT33.', denier: 'IR' },
  // A negator the denial needs is its own: without it the words deny nothing.
  { lang: 'de', body: 'Die Regierung in Teheran sagt, sie habe sich nicht in die Wahl eingemischt.', denier: 'IR' },
];

for (const { lang, body, denier } of DENIED) {
  test(`${lang}: a plain denial is ${denier}'s: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === denier && c.stance === 'denies'), `${body}\n${show(cs)}`);
  });
}
