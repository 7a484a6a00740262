/**
 * A call coordinated after a stance verb whose complement names a party ("the company warned that Russia's services
 * would keep trying and called on security teams to ..."): the caller is the first verb's subject, even when that
 * subject is a definite noun pointing back ("the company", "l'entreprise", "das Unternehmen", "компания"); never the
 * party of the first verb's object or complement that stands nearest before the second verb. Negatives: a second verb
 * with a subject of its own after the conjunction belongs to that subject; a recommendation with no addressee ("we
 * recommend patching") is no call. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const LEAD: Record<string, string> = {
  fr: 'ESET a publié lundi un nouveau rapport.',
  de: 'ESET veröffentlichte am Montag einen neuen Bericht.',
  ru: 'ESET в понедельник опубликовала новый отчёт.',
  vi: 'ESET hôm thứ Hai công bố báo cáo mới.',
};

const SHARED: Array<[lang: string, body: string, other: string]> = [
  ['fr', "L'entreprise avertit que les services de renseignement russes vont continuer et invite les administrateurs à examiner leurs journaux de connexion.", 'RU'],
  ['fr', "L'entreprise met en garde les agences gouvernementales d'Ukraine contre d'autres intrusions et invite les administrateurs à examiner leurs journaux de connexion.", 'UA'],
  ['de', 'Das Unternehmen warnte, Russlands Geheimdienste würden es weiter versuchen, und rief Sicherheitsteams dazu auf, DNS-Anfragen zu überwachen.', 'RU'],
  ['ru', 'Компания предупредила, что российские спецслужбы продолжат попытки, и призвала специалистов по безопасности следить за DNS-запросами.', 'RU'],
  ['ru', 'Компания предупредила госучреждения Украины о новых попытках и призвала специалистов по безопасности следить за DNS-запросами.', 'UA'],
];

for (const [lang, body, other] of SHARED) {
  test(`${lang}: the second verb's caller is the first verb's subject: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(`${LEAD[lang]} ${body}`, lang, { title: 'Report' });
    assert.ok(cs.some((c) => c.claimant === 'ESET' && c.stance === 'calls-for'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === other && c.stance === 'calls-for'), show(cs));
  });
}

test('vi: a state in the first verb\'s object does not make the call', () => {
  const cs = claimsOf(`${LEAD.vi} Hãng bảo mật này cảnh báo các cơ quan chính phủ Ukraine về những nỗ lực mới và kêu gọi các đội an ninh giám sát truy vấn DNS.`, 'vi', { title: 'Report' });
  assert.ok(!cs.some((c) => c.claimant === 'UA' && c.stance === 'calls-for'), show(cs));
});

const OWN_SUBJECT: Array<[lang: string, body: string, caller: string, not: string]> = [
  ['fr', "Le gouvernement belge met en garde les entreprises de France contre d'autres intrusions et l'Espagne invite les administrateurs à examiner leurs journaux de connexion.", 'ES', 'BE'],
  ['de', 'Die niederländische Regierung warnte Unternehmen in Deutschland vor den Angriffen und Belgien forderte die Bürger auf, ihre Telefone zu aktualisieren.', 'BE', 'NL'],
];

for (const [lang, body, caller, not] of OWN_SUBJECT) {
  test(`${lang}: a second verb with a subject of its own is that subject's call (negative)`, () => {
    const cs = claimsOf(body, lang, { title: 'Warning' });
    assert.ok(cs.some((c) => c.claimant === caller && c.stance === 'calls-for'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === not && c.stance === 'calls-for'), show(cs));
  });
}

test('en: a recommendation with no addressee is no call (negative)', () => {
  const cs = claimsOf('We recommend patching the routers as soon as possible.', 'en', { title: 'Advisory' });
  assert.ok(!cs.some((c) => c.stance === 'calls-for'), show(cs));
});
