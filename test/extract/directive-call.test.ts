/**
 * A directive: an authority ordering or instructing named addressees to act ("ordered all ministries to apply",
 * "hat die Ministerien angewiesen, … einzuspielen", "a ordonné aux ministères d'appliquer", "ordenó a las agencias
 * desconectar", "поручило ведомствам отключить") calls on them, whatever the act. An order with no addressee ("ordered
 * the release of", "ordered a ransom"), an order in the passive or told impersonally with no one who orders ("were
 * ordered to", "wurden angewiesen", "Se ordenó", "предписали"), and dependence ("sind darauf angewiesen") call for nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const LEAD: Record<string, string> = {
  en: 'Hackers of the APT28 group broke into the networks of several ministries last week.',
  de: 'Hacker der Gruppe APT28 sind vergangene Woche in die Netze mehrerer Ministerien eingedrungen.',
  fr: 'Des pirates du groupe APT28 ont pénétré la semaine dernière les réseaux de plusieurs ministères.',
  es: 'Piratas del grupo APT28 entraron la semana pasada en las redes de varios ministerios.',
  ru: 'Хакеры группировки APT28 на прошлой неделе проникли в сети нескольких министерств.',
};

const CALLS: Array<{ lang: string; line: string; claimant: string }> = [
  { lang: 'en', line: 'The British government ordered all ministries to apply the patches.', claimant: 'GB' },
  { lang: 'en', line: 'The Canadian government instructed its departments to replace the affected routers.', claimant: 'CA' },
  { lang: 'de', line: 'Die Bundesregierung hat die Ministerien angewiesen, die Patches einzuspielen.', claimant: 'DE' },
  { lang: 'de', line: 'Die Bundesregierung wies die Ministerien an, alle alten Router sofort auszutauschen.', claimant: 'DE' },
  { lang: 'fr', line: "Le gouvernement français a ordonné aux ministères d'appliquer les correctifs.", claimant: 'FR' },
  { lang: 'fr', line: "Le gouvernement français a enjoint aux ministères d'appliquer les correctifs.", claimant: 'FR' },
  { lang: 'es', line: 'El gobierno español ordenó a los ministerios cambiar todas las contraseñas.', claimant: 'ES' },
  { lang: 'es', line: 'El gobierno español instruyó a los ministerios que apliquen los parches.', claimant: 'ES' },
  { lang: 'ru', line: 'Правительство Германии поручило ведомствам отключить уязвимые устройства.', claimant: 'DE' },
];

for (const c of CALLS) {
  test(`${c.lang}: "${c.line.slice(0, 50)}..." is a call of ${c.claimant}`, () => {
    const cs = claimsOf(`${LEAD[c.lang]} ${c.line}`, c.lang);
    assert.ok(cs.some((x) => x.claimant === c.claimant && x.stance === 'calls-for'), show(cs));
  });
}

const NONE: Array<{ lang: string; line: string }> = [
  { lang: 'en', line: 'The court ordered the release of the two suspects.' },
  { lang: 'en', line: 'The hackers ordered a ransom of two million dollars.' },
  { lang: 'en', line: 'All ministries were ordered to apply the patches.' },
  { lang: 'de', line: 'Die Ministerien wurden angewiesen, die Patches einzuspielen.' },
  { lang: 'de', line: 'Kleine Kommunen sind darauf angewiesen, die Patches vom Land zu erhalten.' },
  { lang: 'fr', line: 'Le tribunal a ordonné la libération des deux suspects.' },
  { lang: 'fr', line: "Il a été ordonné aux ministères d'appliquer les correctifs." },
  { lang: 'es', line: 'El tribunal ordenó la liberación de los dos sospechosos.' },
  { lang: 'es', line: 'Se ordenó a los ministerios aplicar los parches.' },
  { lang: 'ru', line: 'Сотрудникам министерств предписали немедленно обновить программы.' },
];

for (const c of NONE) {
  test(`${c.lang}: "${c.line.slice(0, 50)}..." calls for nothing`, () => {
    const cs = claimsOf(`${LEAD[c.lang]} ${c.line}`, c.lang);
    assert.ok(!cs.some((x) => x.stance === 'calls-for'), show(cs));
  });
}
