/**
 * A warning aimed at a threat group ("recommends applying the patches", told far from where the
 * group was named) is about that group, even when no group is named near it. Sentences written for
 * these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; body: string; warner: string }> = [
  { lang: 'en', warner: 'GB', body: 'Researchers at ESET found a flaw in the mail server. The company attributes the intrusions to Winter Vivern. The code reads the mailbox. It sends the messages to a remote server. Older versions are affected. Patches are available. The flaw lies in attached images. The server must be restarted. The logs keep a trace of the connections. The NCSC strongly recommends applying the patches without delay.' },
  { lang: 'fr', warner: 'FR', body: "Les chercheurs d'ESET ont découvert une faille dans le serveur de messagerie. L'éditeur attribue les intrusions au groupe Winter Vivern. Le code permet de lire les courriels. Il envoie les messages vers un serveur distant. Les versions anciennes sont touchées. Les correctifs sont disponibles. La faille porte sur les images jointes. Le serveur doit être redémarré. Les journaux gardent une trace des connexions. Le CERT-FR recommande fortement d'appliquer les correctifs sans délai." },
  { lang: 'es', warner: 'ES', body: 'Investigadores de ESET encontraron una falla en el servidor de correo. La empresa atribuye las intrusiones al grupo Winter Vivern. El código lee el buzón. Envía los mensajes a un servidor remoto. Las versiones antiguas están afectadas. Los parches están disponibles. La falla está en las imágenes adjuntas. El servidor debe reiniciarse. Los registros guardan las conexiones. El CCN recomienda aplicar los parches sin demora.' },
];

for (const c of CASES) {
  test(`${c.lang}: a warning aimed at a threat group is about it`, () => {
    const cs = claimsOf(c.body, c.lang);
    const w = cs.find((x) => x.claimant === c.warner && x.stance === 'warns' && x.target === 'Winter Vivern');
    assert.ok(w, show(cs));
    assert.deepEqual(w.about, ['Winter Vivern']);
  });
}

test('en: a warning aimed at a state is not made about the state', () => {
  const cs = claimsOf('Researchers at ESET tied the intrusions to hackers in Russia. The code reads the mailbox. It sends the messages to a remote server. Older versions are affected. Patches are available. The flaw lies in attached images. The server must be restarted. The logs keep a trace of the connections. Britain warned Russia that it would respond.', 'en');
  for (const x of cs.filter((y) => y.stance === 'warns')) assert.ok(!x.about.includes(x.target ?? ''), show(cs));
});
