/**
 * An appeal voiced by a medium (a message, text messages, display boards) is part of what attackers or hit systems
 * displayed, not a call by a party named nearby: "the sites showed a message ... urging Ukrainians to ...", "tin tặc
 * đã gửi ... tin nhắn tới người dân ..., kêu gọi ...". Negative cases: a body that appeals in a message ("In a
 * message to staff, the ministry urged ...") or right after naming one still calls. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const VOICED: Array<{ lang: string; s: string }> = [
  { lang: 'fr', s: "Les sites d'une dizaine d'institutions ukrainiennes, dont le ministère de l'Énergie, avaient affiché un message en russe et en polonais invitant les Ukrainiens à se préparer au pire." },
  { lang: 'vi', s: 'Sau khi chiếm quyền máy chủ của nhà mạng Norlink, tin tặc đã gửi khoảng 6.500 tin nhắn tới người dân Đan Mạch, kêu gọi biểu tình.' },
  { lang: 'en', s: 'Display boards in railway stations across Iran showed long delays due to a cyberattack and urged passengers to call a number.' },
  { lang: 'ru', s: 'Хакеры разместили на сайтах украинских министерств сообщение, призывающее украинцев готовиться к худшему.' },
];

for (const c of VOICED) {
  test(`${c.lang}: an appeal voiced by a message or a display is no call`, () => {
    const cs = claimsOf(c.s, c.lang);
    assert.ok(!cs.some((x) => x.stance === 'calls-for'), show(cs));
  });
}

test('en: a body appealing in a message still calls (negative)', () => {
  const cs = claimsOf('In a message to its staff, the German Federal Office for Information Security urged Russia to stop the attacks.', 'en');
  assert.ok(cs.some((x) => x.claimant === 'DE' && x.stance === 'calls-for'), show(cs));
});

test('fr: a body named after the message is the one that calls (negative)', () => {
  const cs = claimsOf("Dans un message publié lundi, le ministère allemand de l'Intérieur a appelé la Russie à cesser ces attaques.", 'fr');
  assert.ok(cs.some((x) => x.claimant === 'DE' && x.stance === 'calls-for'), show(cs));
});
