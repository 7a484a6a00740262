/**
 * A name right before a verb that states with a stance of its own ("X confirmed that ...", "X warned", "X a
 * averti", "X warnte", "X confirmó", "X предупредил", "X giải thích") is a person who speaks, as before "said":
 * these verbs join the person-only act lists (lexicons/entity/person-acts.ts), which claims never read. A body
 * with an organisation word before the same verbs is no person ("Die Nationale Cyberdirektion warnte").
 * Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const names = (body: string, lang: string) => extract(`Headline\n${body}\nSource: https://example.org/x`, { lang }).people.map((p) => p.name);

const MATRIX: Record<string, { tpl: string; name: string; verbs: string[] }> = {
  en: { tpl: 'Mira Castellane VERB the attack was serious.', name: 'Mira Castellane', verbs: ['confirmed', 'warned', 'admitted', 'recalled', 'wrote'] },
  fr: { tpl: "Élodie Marchetti VERB que l'attaque était grave.", name: 'Élodie Marchetti', verbs: ['a confirmé', 'a averti', 'a prévenu', 'a admis', 'a écrit'] },
  de: { tpl: 'Jörg Habermann VERB, der Angriff sei ernst.', name: 'Jörg Habermann', verbs: ['warnte', 'unterstrich', 'erinnerte', 'meinte', 'fügte hinzu', 'hob hervor', 'schrieb'] },
  es: { tpl: 'Inés Calderón VERB que el ataque fue grave.', name: 'Inés Calderón', verbs: ['confirmó', 'advirtió', 'admitió', 'escribió'] },
  ru: { tpl: 'Олег Дёмин VERB, что атака была серьёзной.', name: 'Олег Дёмин', verbs: ['подтвердил', 'предупредил', 'написал', 'настаивал', 'констатировал'] },
  vi: { tpl: 'Ông Lê Văn Tuấn VERB cuộc tấn công rất nghiêm trọng.', name: 'Lê Văn Tuấn', verbs: ['giải thích', 'chia sẻ'] },
};

for (const [lang, { tpl, name, verbs }] of Object.entries(MATRIX)) {
  test(`${lang}: a name before a stance verb is a person (${verbs.join(', ')})`, () => {
    for (const v of verbs) assert.deepEqual(names(tpl.replace('VERB', v), lang), [name], v);
  });
}

test('de: a body named with an organisation word before the same verb is no person', () => {
  assert.deepEqual(names('Die israelische Nationale Cyberdirektion warnte vor weiteren Angriffen.', 'de'), []);
});
