/**
 * An audit of the Russian cue lexicon for completeness, on wire-report sentences written for these tests: ordinary
 * forms of reporting, accusing, denying, warning, confirming and calling that news text uses and the profile lacked
 * (the imperfective present, gerunds, neuter and plural endings, source nouns after "по", synonyms), each with
 * near misses that must give no claim.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimCandidate } from '../../src/extract/types.ts';

import { claimsOf, show } from '../helpers/claim-sentences.ts';

type Stance = ClaimCandidate['stance'];
type Case = [body: string, claimant: string, stance: Stance, target: string];

const has = (cs: ClaimCandidate[], claimant: string, stance: Stance, target: string): boolean =>
  cs.some((c) => c.claimant === claimant && c.target === target && (c.stance === stance || (stance === 'attributes' && c.stance === 'accuses')));

function expectClaims(title: string, cases: Case[]): void {
  for (const [body, claimant, stance, target] of cases) {
    test(`ru: ${title}: ${body.slice(0, 60)}`, () => {
      const cs = claimsOf(body, 'ru');
      assert.ok(has(cs, claimant, stance, target), show(cs));
    });
  }
}

function expectNone(title: string, bodies: string[]): void {
  for (const body of bodies) {
    test(`ru: ${title} (no claim): ${body.slice(0, 60)}`, () => {
      const cs = claimsOf(body, 'ru');
      assert.deepEqual(cs.map((c) => [c.claimant, c.stance, c.target]), [], show(cs));
    });
  }
}

expectClaims('the imperfective present of a reporting verb', [
  ['Министерство обороны Эстонии сообщает, что за атакой на порты стоит Иран.', 'EE', 'attributes', 'IR'],
  ['Представитель МИД Литвы отмечает, что атаку провели хакеры, работающие на КНДР.', 'LT', 'attributes', 'KP'],
  ['Правительство Чехии подчеркивает, что за взломом стоит Китай.', 'CZ', 'attributes', 'CN'],
  ['Национальный центр кибербезопасности Норвегии указывает, что за вторжением стоит Россия.', 'NO', 'attributes', 'RU'],
  ['Полиция Финляндии добавляет, что за атаками на банки стоит Иран.', 'FI', 'attributes', 'IR'],
]);

expectClaims('a verb of stating a finding or an explanation, and a speech gerund', [
  ['Министр цифрового развития Польши констатировал, что за атакой стоит Белоруссия.', 'PL', 'attributes', 'BY'],
  ['Посол Эстонии в ООН объяснил, что за атакой стоит Россия.', 'EE', 'attributes', 'RU'],
  ['Министр обороны Латвии выступил в парламенте, заявив, что за атакой стоит Россия.', 'LV', 'attributes', 'RU'],
]);

expectClaims('a source marker before the words: "по сообщению", "по утверждению", "по заявлению", "по версии", "как сообщает", "как следует из"', [
  ['По сообщению министерства обороны Дании, за атакой на порты стоит Иран.', 'DK', 'attributes', 'IR'],
  ['Как сообщает министерство иностранных дел Швеции, за атакой стоит Китай.', 'SE', 'attributes', 'CN'],
  ['По утверждению МИД Румынии, за атакой стоит Россия.', 'RO', 'attributes', 'RU'],
  ['По заявлению правительства Молдавии, за взломом стоят хакеры из России.', 'MD', 'attributes', 'RU'],
  ['По версии министерства обороны Литвы, за атакой стоит Белоруссия.', 'LT', 'attributes', 'BY'],
  ['По сведениям министерства обороны Австрии, за взломом стоит Иран.', 'AT', 'attributes', 'IR'],
  ['Как следует из заявления МИД Норвегии, за атакой стоит Китай.', 'NO', 'attributes', 'CN'],
]);

expectNone('a reporting verb or source marker over words that accuse no one', [
  'Компания объяснила сбой технической неисправностью на подстанции.',
  'Министерство указывает на необходимость обновить программное обеспечение.',
  'Как сообщает агентство, в Таллине завершился саммит НАТО.',
  'По сообщению министерства обороны Дании, учения прошли успешно.',
  'Министр обороны Латвии выступил в парламенте, представив новый бюджет.',
  'Посол Эстонии в ООН объяснил свою позицию по вопросу беженцев.',
]);

expectClaims('laying the blame ("возложило вину ... на", "возложил на ... вину")', [
  ['Правительство Эстонии возложило вину за атаку на порты на Россию.', 'EE', 'attributes', 'RU'],
  ['МИД Нидерландов возлагает вину за взлом на Иран.', 'NL', 'attributes', 'IR'],
  ['МИД Австрии возложил на Иран вину за взлом почтовых серверов.', 'AT', 'attributes', 'IR'],
]);

expectClaims('blaming, suspecting, catching out, condemning, attributing, tying', [
  ['Министерство обороны Дании винит Иран в атаках на порты.', 'DK', 'attributes', 'IR'],
  ['Власти Литвы заподозрили Белоруссию в атаке на серверы парламента.', 'LT', 'attributes', 'BY'],
  ['Правительства Японии и Австралии осуждают КНДР за кражу криптовалюты.', 'JP', 'attributes', 'KP'],
  ['Министерство юстиции США уличило Иран во взломе сетей водоканалов.', 'US', 'attributes', 'IR'],
  ['Центр кибербезопасности Словакии атрибутировал атаку российской группировке.', 'SK', 'attributes', 'RU'],
  ['Правительство Словении увязало атаку на свои серверы с Россией.', 'SI', 'attributes', 'RU'],
]);

expectNone('the same verbs over no party, negated, or as hyperbole', [
  'Власти Литвы заподозрили неладное после сбоя серверов парламента.',
  'Эксперты увязывают рост цен на газ с холодной зимой.',
  'Министерство обороны Дании не винит Иран в атаках на порты.',
  'Специалисты пока не смогли атрибутировать атаку на серверы парламента Словакии.',
  'Представитель Кремля сказал: «В Киеве во всём винят Россию, даже в плохой погоде».',
]);

expectClaims('denying: a neuter past, rejecting or brushing off a charge, and what calls it untrue', [
  ['Министерство иностранных дел России отрицало причастность к атаке на серверы Эстонии.', 'RU', 'denies', 'RU'],
  ['Посольство Китая в Праге отклонило обвинения Чехии во взломе.', 'CN', 'denies', 'CN'],
  ['МИД Ирана отмёл обвинения Албании в кибератаке.', 'IR', 'denies', 'IR'],
  ['Посольство России в Таллине заявило, что обвинения Эстонии не соответствуют действительности.', 'RU', 'denies', 'RU'],
  ['МИД Китая назвал доклад Литвы домыслами.', 'CN', 'denies', 'CN'],
]);

expectClaims('warning: cautioning and raising the alarm', [
  ['Министерство обороны Латвии предостерегло, что хакеры из России готовят новые атаки.', 'LV', 'warns', 'RU'],
  ['МИД Эстонии предостерегает граждан от атак хакеров из России.', 'EE', 'warns', 'RU'],
  ['Национальный центр кибербезопасности Норвегии бьёт тревогу из-за атак китайских хакеров.', 'NO', 'warns', 'CN'],
]);

expectClaims('confirming: the present of confirming and admitting, a hit met or undergone', [
  ['Власти Эстонии подтверждают, что серверы министерства были взломаны.', 'EE', 'confirms', 'EE'],
  ['Правительство Хорватии признаёт, что его серверы были взломаны.', 'HR', 'confirms', 'HR'],
  ['Аэропорт Риги столкнулся с кибератакой, сообщили власти Латвии.', 'LV', 'confirms', 'LV'],
  ['Правительство Латвии регулярно подвергается DDoS-атакам, сообщил министр обороны Латвии.', 'LV', 'confirms', 'LV'],
]);

expectClaims('calling: the imperfective past of demanding, asking a party to act', [
  ['Министерство иностранных дел Эстонии требовало от России прекратить атаки.', 'EE', 'calls-for', 'RU'],
  ['МИД Литвы просит Белоруссию прекратить атаки на серверы.', 'LT', 'calls-for', 'BY'],
]);

expectNone('the same verbs over an offer, the weather, sales or evidence', [
  'Правительство Польши отклонило предложение оппозиции о досрочных выборах.',
  'Министр финансов Литвы отмёл вопросы журналистов о бюджете.',
  'Синоптики бьют тревогу из-за аномальной жары в Латвии.',
  'Министерство финансов Латвии просит граждан вовремя платить налоги.',
  'Компания признаёт, что продажи в Эстонии упали.',
  'Футбольный клуб из Риги столкнулся с финансовыми трудностями.',
  'Эксперты изучили записи, которые подтверждают причастность хакеров к атакам.',
]);
