/**
 * A call restated: the same claimant calling on the same addressee again ("We urge Washington to stop
 * ... We call on the US once more to ...") is one call, whatever operation each telling names; it is
 * about every group the tellings name. Calls on two different addressees stay two claims.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const CASES: Array<{ lang: string; body: string[] }> = [
  { lang: 'en', body: ['Norway urged China on Monday to stop all attacks on the computer networks of its parliament and its ministries at once.', 'The intrusion was found in March by the national security authority.', 'Later that week the ministry called on China to hold the hackers of APT40 to account and to respect international norms.', 'Norway also urged Russia to stay out of the dispute.'] },
  { lang: 'fr', body: ['La Norvège a appelé lundi la Chine à cesser immédiatement toutes les attaques contre les réseaux informatiques de son Parlement et de ses ministères.', "L'intrusion a été découverte en mars par l'autorité nationale de sécurité.", "Plus tard dans la semaine, le ministère a exhorté la Chine à punir les pirates d'APT40 et à respecter les normes internationales.", 'La Norvège a aussi appelé la Russie à rester en dehors du différend.'] },
  { lang: 'ru', body: ['Норвегия в понедельник призвала Китай немедленно прекратить все атаки на компьютерные сети своего парламента и министерств.', 'Вторжение было обнаружено в марте национальным органом безопасности.', 'Позже на этой неделе министерство призвало Китай наказать хакеров APT40 и соблюдать международные нормы.', 'Норвегия также призвала Россию не вмешиваться в спор.'] },
  { lang: 'zh', body: ['挪威外交部指责中国黑客入侵了挪威议会的网络。', '挪威敦促中国立即停止攻击。', '挪威外交部还呼吁中国追究APT40黑客的责任，遵守国际规范。', '挪威敦促俄罗斯不要介入这一争端。'] },
];

for (const c of CASES) {
  test(`${c.lang}: a call restated on the same addressee is one call, about what each telling names`, () => {
    const cs = claimsOf(c.body.join(' '), c.lang);
    const onCN = cs.filter((x) => x.stance === 'calls-for' && x.claimant === 'NO' && x.target === 'CN');
    assert.equal(onCN.length, 1, show(cs));
    assert.ok(cs.some((x) => x.stance === 'calls-for' && x.claimant === 'NO' && x.target === 'RU'), show(cs));
  });
}
