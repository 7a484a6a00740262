/**
 * A warning that names no party (an agency "warned of active exploitation of the flaw", "warnt vor
 * der Ausnutzung", "met en garde contre l'exploitation", "advirtió de la explotación") warns of the
 * threat the article is about: whom another party's attribution ties the operation to, else the
 * article's one threat group by name when the text names no state behind it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const ATTRIBUTED: Array<{ lang: string; body: string[]; warner: string }> = [
  { lang: 'en', warner: 'GB', body: ["Britain's NCSC warned of active exploitation of the flaw in mail gateways.", 'Microsoft blamed the intrusions on hackers working for Iran.'] },
  { lang: 'de', warner: 'DE', body: ['Das BSI warnt vor der aktiven Ausnutzung der Lücke in Mail-Gateways.', 'Microsoft macht Hacker im Auftrag des Iran für die Angriffe verantwortlich.'] },
  { lang: 'fr', warner: 'FR', body: ["L'ANSSI met en garde contre l'exploitation active de la faille dans les passerelles de messagerie.", "Microsoft attribue les intrusions à des pirates travaillant pour l'Iran."] },
  { lang: 'es', warner: 'ES', body: ['El CCN-CERT advirtió de la explotación activa del fallo en las pasarelas de correo.', 'Microsoft atribuye las intrusiones a piratas que trabajan para Irán.'] },
];

for (const c of ATTRIBUTED) {
  test(`${c.lang}: a warning naming no party warns of the state another party's attribution names`, () => {
    const cs = claimsOf(c.body.join('\n\n'), c.lang);
    const w = cs.find((x) => x.stance === 'warns' && x.claimant === c.warner);
    assert.ok(w, show(cs));
    assert.equal(w.target, 'IR', show(cs));
  });
}

const GROUP_ONLY: Array<{ lang: string; body: string[]; warner: string }> = [
  { lang: 'en', warner: 'FR', body: ['CERT-FR warned of active exploitation of a flaw in webmail servers.', "The attacks used a crafted email to run a script in the victim's browser, in activity tracked as APT31."] },
  { lang: 'de', warner: 'DE', body: ['Das BSI warnt vor der aktiven Ausnutzung einer Lücke in Webmail-Servern.', 'Die Angriffe nutzen eine präparierte E-Mail, um ein Skript im Browser auszuführen; die Aktivität wird als APT31 verfolgt.'] },
  { lang: 'fr', warner: 'FR', body: ["Le CERT-FR met en garde contre l'exploitation active d'une faille dans les serveurs de messagerie web.", 'Les attaques utilisent un courriel piégé pour exécuter un script dans le navigateur, une activité suivie sous le nom de APT31.'] },
];

for (const c of GROUP_ONLY) {
  test(`${c.lang}: a warning naming no party, in a text naming one group and no state, warns of the group`, () => {
    const cs = claimsOf(c.body.join('\n\n'), c.lang);
    const w = cs.find((x) => x.stance === 'warns' && x.claimant === c.warner);
    assert.ok(w, show(cs));
    assert.equal(w.target, 'APT31', show(cs));
    assert.deepEqual(w.about, ['APT31'], show(cs));
  });
}
