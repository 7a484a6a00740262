/**
 * A body taken up by its kind noun alone ("... thanked the Indonesian agency BSSN ... . The agency warned ...",
 * "L'organisme a averti ...", "Die Behörde warnte ...", "El organismo advirtió ...", "Ведомство предупредило ...",
 * "Cơ quan này cảnh báo ...", "该机构警告称 ..."): the noun points back to the body named just before, not to the state
 * that spoke of that body. With no body of that kind named within reach (the sentence and the one before it, in the
 * same paragraph), the noun is left to the speaker before, as it was.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

const warnedBy = (body: string, lang: string): string | undefined => claimsOf(body, lang).find((c) => c.stance === 'warns')?.claimant;

describe('a kind noun takes up the body named just before', () => {
  const positives: Array<[string, string, string]> = [
    ['en', 'Canada thanked the Indonesian agency BSSN for sharing indicators from the incident. The agency warned on Friday that the Tidewater crew would strike regional ports again.', 'ID'],
    ['fr', "Le Canada a remercié l'agence indonésienne BSSN pour le partage des indicateurs. L'organisme a averti vendredi que l'équipe Tidewater frapperait encore les ports de la région.", 'ID'],
    ['de', 'Kanada dankte der indonesischen Cyberagentur BSSN für die geteilten Indikatoren. Die Agentur warnte am Freitag, die Gruppe Tidewater werde die Häfen der Region erneut angreifen.', 'ID'],
    ['es', 'Canadá agradeció a la agencia indonesia BSSN que compartiera los indicadores. El organismo advirtió el viernes que el grupo Tidewater volvería a atacar los puertos de la región.', 'ID'],
    ['es', 'Canadá agradeció a la agencia indonesia BSSN que compartiera los indicadores. La agencia advirtió el viernes que el grupo Tidewater volvería a atacar los puertos de la región.', 'ID'],
    ['ru', 'Канада поблагодарила индонезийское агентство BSSN за переданные индикаторы. Ведомство в пятницу предупредило, что группа Tidewater снова атакует порты региона.', 'ID'],
    ['vi', 'Canada cảm ơn cơ quan BSSN của Indonesia đã chia sẻ các dấu hiệu. Cơ quan này hôm thứ Sáu cảnh báo nhóm Tidewater sẽ lại tấn công các cảng trong khu vực.', 'ID'],
    ['zh', '加拿大感谢印度尼西亚BSSN分享相关指标。该机构周五警告称，Tidewater组织将再次攻击地区港口。', 'ID'],
    ['zh', '加拿大感謝印尼BSSN分享相關指標。該機構週五警告稱，Tidewater組織將再次攻擊地區港口。', 'ID'],
  ];
  for (const [lang, body, claimant] of positives) {
    it(`${lang}: the body named before warns (${claimant}), not the state that thanked it`, () => {
      const cs = claimsOf(body, lang);
      assert.equal(cs.find((c) => c.stance === 'warns')?.claimant, claimant, show(cs));
    });
  }

  // No body named within reach: the noun is not given to a body named a paragraph earlier.
  const negatives: Array<[string, string, string]> = [
    ['en', 'Canada thanked the Indonesian agency BSSN for sharing indicators.\n\nCanadian officials said on Friday the harbour systems were restored. The agency warned that the Tidewater crew would strike regional ports again.', 'ID'],
    ['es', 'Canadá agradeció a la agencia indonesia BSSN que compartiera los indicadores.\n\nFuncionarios canadienses dijeron el viernes que los sistemas del puerto se restablecieron. El organismo advirtió que el grupo Tidewater volvería a atacar los puertos de la región.', 'ID'],
    ['zh', '加拿大感谢印度尼西亚BSSN分享相关指标。\n\n加拿大官员周五表示，港口系统已经恢复。该机构警告称，Tidewater组织将再次攻击地区港口。', 'ID'],
  ];
  for (const [lang, body, notClaimant] of negatives) {
    it(`${lang}: a body named a paragraph before is not taken up`, () => {
      assert.notEqual(warnedBy(body, lang), notClaimant);
    });
  }
});
