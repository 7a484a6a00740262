/**
 * A charge told as a noun with the preposition of its object ("an indictment against four officers of X",
 * "un acte d'accusation visant", "presentó cargos contra", "обвинительное заключение в отношении", "cáo trạng
 * đối với"): the preposition marks the ones charged, not a victim, so the state the clause ties them to is
 * accused. A victim marker of several words ends such a cue as one word does (parties.ts endsInVictimMarker).
 * The closing dot of an abbreviated state name ("U.S. prosecutors") does not part the state from its body.
 * Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const accused = (cs: ReturnType<typeof claimsOf>, claimant: string) =>
  cs.filter((c) => c.claimant === claimant && (c.stance === 'accuses' || c.stance === 'attributes')).map((c) => c.target);

const CHARGED: Array<[lang: string, claimant: string, target: string, body: string]> = [
  ['en', 'US', 'IR', 'U.S. prosecutors unsealed an indictment against four officers of Iran’s Ministry of Intelligence for breaking into water utilities.'],
  ['en', 'CA', 'RU', 'The Canadian government filed a criminal complaint accusing two officers of Russia’s GRU of sabotaging a pipeline.'],
  ['en', 'US', 'IR', 'U.S. prosecutors charged two men acting on behalf of Iran’s Ministry of Intelligence with hacking hospitals.'],
  ['en', 'GB', 'RU', 'U.K. police charged two men working for Russia’s GRU with spying on dissidents.'],
  ['fr', 'US', 'IR', 'Le ministère américain de la Justice a dévoilé mardi un acte d’accusation visant quatre officiers du renseignement iranien.'],
  ['fr', 'FR', 'RU', 'Le parquet de Paris a publié un acte d’accusation contre deux hommes agissant pour le compte de la Russie.'],
  ['es', 'PE', 'CN', 'La Fiscalía de Perú presentó cargos contra tres agentes del Ministerio de Seguridad del Estado de China por espiar a diplomáticos.'],
  ['es', 'US', 'RU', 'El Departamento de Justicia de EE. UU. formuló cargos contra cuatro oficiales de la inteligencia militar rusa.'],
  ['ru', 'US', 'CN', 'Минюст США опубликовал обвинительное заключение в отношении четырех сотрудников МГБ Китая.'],
  ['vi', 'US', 'IR', 'Hôm thứ Ba, Bộ Tư pháp Mỹ đã đưa ra cáo trạng đối với bốn sĩ quan tình báo Iran.'],
];

for (const [lang, claimant, target, body] of CHARGED) {
  test(`${lang}: a charge noun with its object accuses the state the charged are tied to: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(accused(cs, claimant), [target], show(cs));
  });
}

// Near misses: a charge against one named person only, and the place of a body that is no state's abbreviation.
const NO_STATE: Array<[lang: string, body: string]> = [
  ['en', 'A federal grand jury returned an indictment charging Marta Quiroga, a former contractor, with selling secrets.'],
  ['es', 'La Fiscalía de Perú presentó cargos contra un hombre por extorsionar a hospitales.'],
];

for (const [lang, body] of NO_STATE) {
  test(`${lang}: a charge that ties no state names no accused state: ${body.slice(0, 60)}`, () => {
    const cs = claimsOf(body, lang);
    assert.deepEqual(cs.filter((c) => c.stance === 'accuses' || c.stance === 'attributes').map((c) => c.target).filter((t) => t && /^[A-Z]{2}$/.test(t)), [], show(cs));
  });
}

test('en: a victim after "charged ... with hacking into" stays no accused', () => {
  const cs = claimsOf('U.S. prosecutors charged two men acting on behalf of Iran’s Ministry of Intelligence with hacking into networks in Canada.', 'en');
  assert.deepEqual(accused(cs, 'US'), ['IR'], show(cs));
});
