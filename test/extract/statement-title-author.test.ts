/**
 * Who "we" is in a statement: the author its title names. An intergovernmental body or a known source
 * in the title ("Statement ... on behalf of the European Union") is a party like a state there, so the
 * statement's first-person calls are its calls, not those of the state the title is about. And a
 * stance verb whose ending says "we" speaks for the author even when the cue runs past the verb
 * ("Instamos a", "Exigimos a", "Требуем от"). Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const calls = (cs: ReturnType<typeof claimsOf>, claimant: string, target: string) => cs.some((c) => c.claimant === claimant && c.stance === 'calls-for' && c.target === target);

const TITLED: Array<[string, string, string]> = [
  ['en', 'Statement by the High Representative on behalf of the European Union on malicious cyber activity by Russia', 'We call on Russia to end its aggression and to respect the agreed norms.'],
  ['es', 'Declaración del Alto Representante, hecha en nombre de la Unión Europea, acerca de las actividades cibernéticas hostiles de Rusia', 'Hacemos un llamamiento a Rusia para que detenga su agresión y acate las normas pactadas.'],
  ['fr', 'Déclaration du haut représentant, faite au nom de l\'Union européenne, concernant les cyberactivités hostiles de la Russie', 'Nous appelons la Russie à mettre fin à son agression et à respecter les normes convenues.'],
  ['ru', 'Заявление Высокого представителя от имени Европейского союза о вредоносной киберактивности России', 'Мы призываем Россию прекратить агрессию и соблюдать согласованные нормы.'],
];
for (const [lang, title, body] of TITLED) {
  test(`${lang}: a statement's title names its author, an intergovernmental body, before the state it is about`, () => {
    const cs = claimsOf(body, lang, { title });
    assert.ok(calls(cs, 'EU', 'RU'), show(cs));
    assert.ok(!cs.some((c) => c.claimant === 'RU'), show(cs));
  });
}

const HEADER = 'Delegación de la Unión Europea | Comunicado de prensa | 10.05.2022';
const PRO_DROP: Array<[string, string, string]> = [
  ['es', HEADER, 'Instamos a Rusia a poner fin a su agresión.'],
  ['es', HEADER, 'Exigimos a Rusia que ponga fin a su agresión.'],
  ['ru', 'Представительство Европейского союза | Заявление | 10.05.2022', 'Требуем от России прекратить агрессию.'],
  ['ru', 'Представительство Европейского союза | Заявление | 10.05.2022', 'Призываем Россию прекратить агрессию.'],
];
for (const [lang, header, body] of PRO_DROP) {
  test(`${lang}: a "we" verb ending with the cue running past it is the publisher's call`, () => {
    const cs = claimsOf(body, lang, { header });
    assert.ok(calls(cs, 'EU', 'RU'), show(cs));
  });
}
