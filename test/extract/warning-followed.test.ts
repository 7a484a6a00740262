/**
 * A warning that an event followed ("the sanctions followed a joint warning on the unit", "faisaient suite
 * à une alerte", "folgten auf eine gemeinsame Warnung", "siguieron a una alerta"): an advisory issued
 * earlier dates the event (as "after a CISA alert" does, warning-as-time.ts); it is no warning made in the
 * clause. Negative cases: the party warning with its own verb still warns. Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; followed: string; warned: string }> = [
  { lang: 'en', followed: 'The sanctions announced by Washington followed a joint warning on the unit.', warned: 'Washington warned of attacks by the unit.' },
  { lang: 'fr', followed: "Les sanctions annoncées par Washington faisaient suite à une alerte conjointe sur l'unité.", warned: "Washington a mis en garde contre les attaques de l'unité." },
  { lang: 'de', followed: 'Die von Washington verkündeten Sanktionen folgten auf eine gemeinsame Warnung zu der Einheit.', warned: 'Washington warnte vor Angriffen der Einheit.' },
  { lang: 'es', followed: 'Las sanciones anunciadas por Washington siguieron a una alerta conjunta sobre la unidad.', warned: 'Washington advirtió de los ataques de la unidad.' },
];

for (const c of CASES) {
  test(`${c.lang}: a warning an event followed is no warning of the clause`, () => {
    const cs = claimsOf(c.followed, c.lang);
    assert.ok(!cs.some((x) => x.stance === 'warns'), show(cs));
  });
  test(`${c.lang}: the party warning with its own verb still warns (negative)`, () => {
    const cs = claimsOf(c.warned, c.lang);
    assert.ok(cs.some((x) => x.claimant === 'US' && x.stance === 'warns'), show(cs));
  });
}
