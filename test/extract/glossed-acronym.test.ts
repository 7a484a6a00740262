/**
 * A bracket that glosses a body's name with its name in another language and then its acronym ("Estonia's cyber agency
 * (Baltic Network Authority, BNA)", "(National Intelligence Service, NIS)") defines the acronym: every bare mention of
 * it later is that body, and speaks for the state the text tied it to (the organ phrase before the bracket, a state
 * right before it, or the state the knowledge base gives the glossing name). An acronym whose letters are not the
 * glossing name's initials, a vendor's and an outlet's keep their own name. Sentences written for these tests; the
 * bodies, the vendor and the outlet are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributes, claimsOf, show } from '../helpers/claim-sentences.ts';

test('a glossed acronym speaks for the state of the organ phrase before its bracket (en, de, ru, fr)', () => {
  const en = claimsOf("Estonia's cyber agency (Baltic Network Authority, BNA) published a notice on Monday. The BNA said hackers from Russia had broken into a ferry operator.", 'en');
  assert.ok(attributes(en, 'EE', 'RU'), show(en));
  assert.ok(!en.some((c) => c.claimant === 'BNA'), show(en));
  const de = claimsOf('Die lettische Cyberbehörde (Riga Signals Office, RSO) veröffentlichte am Montag eine Warnung. Laut RSO stecken russische Hacker hinter dem Einbruch bei einer Reederei.', 'de');
  assert.ok(attributes(de, 'LV', 'RU'), show(de));
  assert.ok(!de.some((c) => c.claimant === 'RSO'), show(de));
  const ru = claimsOf('Эстонская разведка (Tallinn Intelligence Office, TIO) в понедельник опубликовала предупреждение. По данным TIO, российские хакеры взломали паромного оператора.', 'ru');
  assert.ok(attributes(ru, 'EE', 'RU'), show(ru));
  assert.ok(!ru.some((c) => c.claimant === 'TIO'), show(ru));
  const fr = claimsOf('Le service de renseignement letton (Riga Intelligence Office, RIO) a publié lundi un avis. Selon le RIO, des pirates russes ont infiltré un armateur.', 'fr');
  assert.ok(attributes(fr, 'LV', 'RU'), show(fr));
  assert.ok(!fr.some((c) => c.claimant === 'RIO'), show(fr));
});

test('a glossed acronym speaks for the state right before its bracket or of its glossing name (vi, en, ru)', () => {
  const vi = claimsOf('Cơ quan an ninh mạng Litva (Vilnius Cyber Centre, VCC) ra cảnh báo hôm thứ Hai. Theo VCC, tin tặc Nga đã xâm nhập một công ty phà.', 'vi');
  assert.ok(attributes(vi, 'LT', 'RU'), show(vi));
  assert.ok(!vi.some((c) => c.claimant === 'VCC'), show(vi));
  const en = claimsOf('The Korean intelligence service (National Intelligence Service, NIS) issued a notice with a Baltic partner. According to the NIS, North Korean hackers attacked a shipyard in Geoje.', 'en');
  assert.ok(attributes(en, 'KR', 'KP'), show(en));
  assert.ok(!en.some((c) => c.claimant === 'NIS'), show(en));
  const ru = claimsOf('Южнокорейская разведка (National Intelligence Service, NIS) выпустила совместное предупреждение. По данным NIS, северокорейские хакеры атаковали верфь в Кодже.', 'ru');
  assert.ok(attributes(ru, 'KR', 'KP'), show(ru));
  assert.ok(!ru.some((c) => c.claimant === 'NIS'), show(ru));
});

test('a vendor, an outlet or letters that are not the initials keep the acronym an organisation (en, de)', () => {
  const vendor = claimsOf('Researchers at a Tallinn security firm (Velmar Threat Labs, VTL) published a report on Monday. VTL said hackers from Russia had broken into a ferry operator.', 'en');
  assert.ok(attributes(vendor, 'VTL', 'RU') || attributes(vendor, 'Velmar Threat Labs', 'RU'), show(vendor));
  assert.ok(!vendor.some((c) => c.claimant === 'EE'), show(vendor));
  const outlet = claimsOf('Estonian broadcasters (Tallinn Radio, ERR) reported on Monday that hackers had broken into a ferry operator. ERR said the hackers came from Russia.', 'en');
  assert.ok(!outlet.some((c) => c.claimant === 'EE'), show(outlet));
  const letters = claimsOf('Die lettische Cyberbehörde (Riga Signals Office, KTV) veröffentlichte am Montag eine Warnung. Laut KTV stecken russische Hacker hinter dem Einbruch bei einer Reederei.', 'de');
  assert.ok(!letters.some((c) => c.claimant === 'LV' && c.target === 'RU' && /Laut KTV/u.test(c.evidence.text)), show(letters));
});
