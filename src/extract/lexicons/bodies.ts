/**
 * Intergovernmental bodies that speak as one claimant (the corpus labels them "EU", "UN" and "NATO"), with
 * the forms the profiles' languages write them in, inflected forms included where the language
 * declines names (Russian, German). Their institutions speak for them: the Commission, the Council.
 */
import type { SourceSpec } from './sources.ts';

export const BODIES: SourceSpec[] = [
  {
    name: 'EU',
    aliases: [
      'European Union', 'European Commission', 'EU Commission',
      'Union européenne', 'UE', 'Commission européenne',
      'Unión Europea', 'Comisión Europea',
      'Europäische Union', 'Europäischen Union', 'EU-Kommission', 'Europäische Kommission', 'Europäischen Kommission',
      'Евросоюз', 'Евросоюза', 'Евросоюзу', 'Евросоюзом', 'Евросоюзе', 'ЕС', 'Еврокомиссия', 'Еврокомиссии', 'Еврокомиссию', 'Еврокомиссией',
      'Европейский союз', 'Европейского союза', 'Европейскому союзу', 'Европейском союзе',
      '欧盟', '歐盟', '欧盟委员会', '歐盟委員會',
      'Liên minh châu Âu', 'Liên minh Châu Âu', 'Ủy ban châu Âu', 'Ủy ban Châu Âu',
      // Its Parliament, an EU institution that speaks as one (its members speak for their parties).
      'European Parliament', 'Parlement européen', 'Parlamento Europeo', 'Europäische Parlament', 'Europäischen Parlament',
      'Europäischen Parlaments', 'Europaparlament', 'Europaparlaments', 'EU-Parlament', 'EU-Parlaments',
      'Европарламент', 'Европарламента', 'Европарламенту', 'Европарламентом', 'Европарламенте',
      'Европейский парламент', 'Европейского парламента', 'Европейскому парламенту', 'Европейском парламенте',
      '欧洲议会', '歐洲議會', 'Nghị viện châu Âu', 'Nghị viện Châu Âu',
    ],
  },
  {
    name: 'UN',
    aliases: [
      'United Nations', 'UN Security Council', 'Nations unies', 'Nations Unies', 'ONU',
      'Naciones Unidas', 'Vereinte Nationen', 'Vereinten Nationen',
      'ООН', 'Организация Объединённых Наций', 'Организации Объединённых Наций',
      '联合国', '聯合國', 'Liên Hợp Quốc', 'Liên hợp quốc',
    ],
  },
  { name: 'NATO', aliases: ['OTAN', 'Otan', 'Nato', 'НАТО', '北约', '北約', 'Tổ chức Hiệp ước Bắc Đại Tây Dương'] },
];

/**
 * The cities a body sits in, which name it when they speak ("Brussels said", "Брюссель заявил", "Bruxelles a dénoncé"):
 * as a claimant the body, never the host state; as a place (of an event, a dateline) the city stays its state's.
 */
export const BODY_SEATS: Record<string, string[]> = {
  EU: [
    'Brussels', 'Bruxelles', 'Brüssel', 'Bruselas', 'Брюссель',
    '布鲁塞尔', '布魯塞爾',
  ],
};
