/**
 * A lone name that opens its sentence and that a definite company noun takes up soon after ("Velmora published ...
 * The company attributed ...") is an organisation's name, and the noun's claims are its claims, though its capital
 * proves nothing at a sentence's start (nor anywhere in German). A trade association told by its kind before its name
 * ("der Branchenverband Velmora") is named the way a firm is, and a one-word name written again keeps its organisation
 * in reach of a later company noun. Sentences and names invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

for (const [lang, body] of [
  ['en', 'Velmora published a timeline of the breach on its website. The company attributed the intrusion to APT29. Velmora has offices in four countries.'],
  ['fr', "Velmora a publié lundi une chronologie de l'intrusion. L'entreprise a attribué l'attaque au groupe APT29. Velmora emploie trois cents personnes."],
  ['es', 'Velmora publicó el lunes una cronología del ataque. La empresa atribuyó la intrusión al grupo APT29. Velmora tiene oficinas en cuatro países.'],
  ['de', 'Velmora hat am Montag eine Chronik des Einbruchs veröffentlicht. Demnach hat das Unternehmen den Angriff der Gruppe APT29 zugeordnet. Velmora beschäftigt dreihundert Menschen.'],
] as const) {
  test(`${lang}: a bare subject a company noun takes up is the organisation that speaks: ${body.slice(0, 50)}`, () => {
    const cs = claimsOf(body, lang);
    assert.ok(cs.some((c) => c.claimant === 'Velmora' && c.about?.includes('APT29')), show(cs));
  });
}

test('de: an inverted company noun after a bare subject confirms for it', () => {
  const cs = claimsOf('Velmora hat am Montag eine Chronik des Einbruchs veröffentlicht. Am Dienstag bestätigte das Unternehmen den Angriff öffentlich. Velmora beschäftigt dreihundert Menschen.', 'de');
  assert.ok(cs.some((c) => c.claimant === 'Velmora' && c.stance === 'confirms'), show(cs));
});

test('de: a trade association named after its kind noun is the organisation the noun takes up', () => {
  const cs = claimsOf('Der Branchenverband Orsat-CERT hat seine Mitglieder informiert. Die Organisation rief Kliniken dazu auf, ihre Fernzugänge wegen APT29 zu prüfen.', 'de');
  assert.ok(cs.some((c) => c.claimant === 'Orsat-CERT' && c.stance === 'calls-for'), show(cs));
});

test('de: a one-word name written again keeps its organisation in reach of a later company noun', () => {
  const body = [
    'Velmora hat am Montag eine Chronik des Einbruchs veröffentlicht. Das Unternehmen nannte keine Zahlen. Velmora beschäftigt dreihundert Menschen.',
    'Die Börse reagierte nervös. Die Aktie fiel um zwei Prozent. Viele Anleger verkauften.',
    'Zuvor hatte das Team von Velmora eine Unregelmäßigkeit bemerkt. Am Dienstag bestätigte das Unternehmen den Angriff öffentlich.',
  ].join('\n\n');
  const cs = claimsOf(body, 'de');
  assert.ok(cs.some((c) => c.claimant === 'Velmora' && c.stance === 'confirms'), show(cs));
});

test('en, fr, es: a company noun with a complement of its own takes up no name', () => {
  for (const [lang, body] of [
    ['en', 'Tarvel hosted the summit last week. The organisation of the summit blamed APT29 for the outage. Tarvel is a small town.'],
    ['fr', "Tarvel a accueilli le sommet la semaine dernière. L'organisation du sommet a attribué la panne au groupe APT29. Tarvel est une petite ville."],
    ['es', 'Tarvel acogió la cumbre la semana pasada. La organización de la cumbre atribuyó el apagón al grupo APT29. Tarvel es un pueblo pequeño.'],
  ] as const) {
    const cs = claimsOf(body, lang);
    assert.ok(!cs.some((c) => c.claimant === 'Tarvel'), `${lang}: ${show(cs)}`);
  }
});

test('en, fr: a capitalised word before a preposition heads a phrase, and no company noun makes it a name', () => {
  const en = claimsOf('Summary of the week: several outages were reported. The company attributed the intrusion to APT29. Summary pages follow.', 'en');
  assert.ok(!en.some((c) => c.claimant === 'Summary'), show(en));
  const fr = claimsOf("Synthèse de la semaine : plusieurs pannes signalées. L'entreprise a attribué l'intrusion au groupe APT29. Synthèse publiée chaque lundi.", 'fr');
  assert.ok(!fr.some((c) => c.claimant === 'Synthèse'), show(fr));
});

test('en, de: an indefinite company is a new party, no antecedent for an earlier bare word', () => {
  const en = claimsOf('Velmora published a timeline of the breach on its website. A company in Texas attributed the intrusion to APT29. Velmora has offices in four countries.', 'en');
  assert.ok(!en.some((c) => c.claimant === 'Velmora'), show(en));
  const de = claimsOf('Velmora hat am Montag eine Chronik des Einbruchs veröffentlicht. Ein Unternehmen aus Texas hat den Angriff der Gruppe APT29 zugeordnet. Velmora beschäftigt dreihundert Menschen.', 'de');
  assert.ok(!de.some((c) => c.claimant === 'Velmora'), show(de));
});
