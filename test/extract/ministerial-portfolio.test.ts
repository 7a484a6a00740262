/**
 * A minister's portfolio after the role word and "of", "de", "des", "del" ("the Minister of the Interior",
 * "la ministre de l'Intérieur", "el ministro del Interior", "der Minister des Innern") is part of the role's
 * phrase, no organisation: it never becomes the claimant. The claimant is the state the role phrase names
 * ("le ministre belge de la Justice", "Norway's Minister of Defence"); without one, no portfolio speaks, and
 * the accused never does. A real name after "of" ("the Ministry of Foreign Affairs of Latvia", "the director
 * of Velmora", "Bundesamt für ... Österreichs") is still the body that speaks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/extract.ts';

const claims = (body: string, lang: string) =>
  extract(`Headline\n${body}\nSource: https://example.org/story`, { lang }).claims.map((c) => `${c.claimant} ${c.stance} ${c.target}`);

const PORTFOLIOS = ['Interior', 'Intérieur', 'Armées', 'Affaires', 'Defence', 'Justice', 'Gobernación', 'Asuntos Exteriores', 'Innern', 'Seguridad Pública'];
const noPortfolio = (cs: string[]) => !cs.some((c) => PORTFOLIOS.some((p) => c.startsWith(`${p} `)));

test('en: "the Minister of the Interior" is no organisation; a state in the role phrase speaks', () => {
  const bare = claims('The Minister of the Interior accused Iran of breaking into the tax office servers.', 'en');
  assert.ok(noPortfolio(bare), bare.join('; '));
  assert.ok(!bare.some((c) => c.startsWith('IR ')), bare.join('; '));
  const owned = claims("Norway's Minister of Defence warned that Russian hackers were probing the country's power grid.", 'en');
  assert.ok(owned.includes('NO warns RU'), owned.join('; '));
  const ministry = claims('The Ministry of the Interior accused Iran of breaking into the tax office servers.', 'en');
  assert.ok(noPortfolio(ministry), ministry.join('; '));
});

test('fr: "la ministre de l\'Intérieur", "le ministre des Armées", "des Affaires étrangères" are no organisations', () => {
  for (const body of [
    "La ministre de l'Intérieur a accusé l'Iran d'avoir piraté les serveurs des impôts.",
    'Le ministre des Armées a averti que la France restait la cible de pirates iraniens.',
    "Le porte-parole du ministère des Affaires étrangères a accusé l'Iran d'avoir piraté les serveurs des impôts.",
  ]) {
    const cs = claims(body, 'fr');
    assert.ok(noPortfolio(cs), cs.join('; '));
    assert.ok(!cs.some((c) => c.startsWith('IR ')), cs.join('; '));
  }
  const owned = claims("Le ministre belge de la Justice a accusé la Chine d'avoir piraté les serveurs du Parlement.", 'fr');
  assert.ok(owned.includes('BE accuses CN'), owned.join('; '));
});

test('es: "el ministro del Interior", "el secretario de Gobernación" are no organisations', () => {
  for (const body of [
    'El ministro del Interior acusó a Irán de piratear los servidores de la agencia tributaria.',
    'El secretario de Gobernación acusó a Irán de piratear los servidores de la agencia tributaria.',
    'El ministro de Asuntos Exteriores acusó a Irán de piratear los servidores de la agencia tributaria.',
  ]) {
    const cs = claims(body, 'es');
    assert.ok(noPortfolio(cs), cs.join('; '));
    assert.ok(!cs.some((c) => c.startsWith('IR ')), cs.join('; '));
  }
  const owned = claims('El ministro chileno de Defensa acusó a Corea del Norte del robo de datos.', 'es');
  assert.ok(owned.includes('CL accuses KP'), owned.join('; '));
});

test('de: "der Minister des Innern" speaks for the state named in his phrase', () => {
  const owned = claims('Der österreichische Minister des Innern warf Russland den Hackerangriff auf die Ministerien vor.', 'de');
  assert.ok(owned.includes('AT accuses RU'), owned.join('; '));
  const bare = claims('Der Minister des Innern warf Russland den Hackerangriff auf die Ministerien vor.', 'de');
  assert.ok(noPortfolio(bare) && !bare.some((c) => c.startsWith('RU ')), bare.join('; '));
});

test('en, fr: a portfolio after an opening adverbial of place speaks for that place\'s state', () => {
  const en = claims('In Portugal, the Minister of the Interior accused Iran of breaking into the tax office servers.', 'en');
  assert.ok(en.includes('PT accuses IR'), en.join('; '));
  const fr = claims("Au Portugal, le ministre de l'Intérieur a accusé l'Iran d'avoir piraté les serveurs des impôts.", 'fr');
  assert.ok(fr.includes('PT accuses IR'), fr.join('; '));
});

test('negative: a real name after "of", "de", "für" still names the body that speaks', () => {
  const latvia = claims('The Ministry of Foreign Affairs of Latvia accused Russia of the attack on its email servers.', 'en');
  assert.ok(latvia.includes('LV accuses RU'), latvia.join('; '));
  const company = claims('The spokesperson of Velmora Defence Systems accused Russia of the breach.', 'en');
  assert.ok(company.includes('Velmora Defence Systems accuses RU'), company.join('; '));
  const es = claims('El director de Velmora acusó a Corea del Norte del robo de datos.', 'es');
  assert.ok(es.includes('Velmora accuses KP'), es.join('; '));
  const de = claims('Das Bundesamt für Informationssicherheit Österreichs warf Russland den Hackerangriff auf die Ministerien vor.', 'de');
  assert.ok(de.includes('AT accuses RU'), de.join('; '));
});
