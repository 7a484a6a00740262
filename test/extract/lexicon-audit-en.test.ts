/**
 * The English profile's cue lists, audited for completeness against the English of wire reports, press
 * briefings, embassy statements, advisories and vendor blogs, on sentences written for these tests: the
 * present tense and the less frequent verbs of saying ("underscored that", "contends that", "replied that"),
 * further verbs and idioms of attribution ("implicated X in", "ascribed the hack to", "connected the campaign
 * to"), of denial ("repudiated", "brushed off", "disputes"; "slanderous", "absurd", "unsubstantiated";
 * "had no involvement"), of warning ("cautioned that", "sounded the alarm", "vowed to retaliate"), of
 * confirmation ("was struck by ransomware", "verified that it had been breached") and of appeal ("pressed X
 * to", "appealed to X to", "implored", "is calling on"). Each form is a positive; near misses (the same
 * words as nouns, adjectives or outside speech) must give no claim or the other reading.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';
import type { ClaimCandidate } from '../../src/extract/types.ts';

type Case = [body: string, claimant: string, stance: string, target: string | null];

const same = (a: string, b: string): boolean => a === b || (a === 'accuses' && b === 'attributes') || (a === 'attributes' && b === 'accuses');
const has = (cs: ClaimCandidate[], claimant: string, stance: string, target: string | null): boolean =>
  cs.some((c) => c.claimant === claimant && same(c.stance, stance) && (c.target ?? null) === target);

function positives(group: string, cases: Case[]): void {
  for (const [body, claimant, stance, target] of cases) {
    test(`en lexicon audit, ${group}: ${body.slice(0, 70)}`, () => {
      const cs = claimsOf(body, 'en');
      assert.ok(has(cs, claimant, stance, target), show(cs));
    });
  }
}

// 1. Saying and reporting: the present tense of the wire report and the rarer verbs of a statement.
positives('saying', [
  ['The Moldovan foreign ministry underscored that Russian military hackers were behind the intrusion.', 'MD', 'attributes', 'RU'],
  ['The Latvian defence ministry underlined that Russian hackers were behind the outage.', 'LV', 'attributes', 'RU'],
  ['The Lithuanian government contends that Russian hackers were behind the outage.', 'LT', 'attributes', 'RU'],
  ['The Georgian interior ministry insists that Russian hackers were behind the outage.', 'GE', 'attributes', 'RU'],
  ['The Philippine government affirmed that Chinese hackers were behind the intrusion.', 'PH', 'attributes', 'CN'],
  ['The Taiwanese government reaffirmed that Chinese state hackers were behind the intrusion.', 'TW', 'attributes', 'CN'],
  ['The South Korean spy agency stresses that North Korean hackers were behind the theft.', 'KR', 'attributes', 'KP'],
  ['The South Korean spy agency explains that North Korean hackers were behind the theft.', 'KR', 'attributes', 'KP'],
  ['The Japanese police agency replied that North Korean hackers were behind the theft.', 'JP', 'attributes', 'KP'],
  ['The Albanian government tweeted that Iranian hackers were behind the outage.', 'AL', 'attributes', 'IR'],
  ['The Albanian government clarified that Iranian hackers were behind the outage.', 'AL', 'attributes', 'IR'],
  ['Iranian hackers were behind the outage, the Albanian government affirmed.', 'AL', 'attributes', 'IR'],
]);

// 2. Attribution: further verbs of pinning an act on a party, and their idioms.
positives('attribution', [
  ['The Ukrainian government implicated Russian military intelligence in the attack on the power grid.', 'UA', 'attributes', 'RU'],
  ['The Czech government ascribed the intrusion to Russian military hackers.', 'CZ', 'attributes', 'RU'],
  ['Polish investigators connected the phishing campaign to Russian military intelligence.', 'PL', 'attributes', 'RU'],
  ['The Estonian government pointed fingers at Russia over the intrusion.', 'EE', 'attributes', 'RU'],
  ['The Finnish government denounced Russia over the cyberattack on its ports.', 'FI', 'attributes', 'RU'],
  ['The Danish government calls out Russia for the intrusion into its ministries.', 'DK', 'attributes', 'RU'],
  ['The Slovak government is pointing an accusing finger at Russia over the intrusion.', 'SK', 'attributes', 'RU'],
]);

positives('denounced', [
  ['The Russian embassy denounced the accusations as slander.', 'RU', 'denies', 'RU'],
]);

// 3. Denial: verbs of rejecting, idioms, and qualifiers of the accusation in the speaker's words.
positives('denial', [
  ['The Russian embassy repudiated the accusations.', 'RU', 'denies', 'RU'],
  ['The Chinese foreign ministry disputes the allegations.', 'CN', 'denies', 'CN'],
  ['The Kremlin brushed off the accusations.', 'RU', 'denies', 'RU'],
  ['The Iranian mission to the United Nations shrugged off the allegations.', 'IR', 'denies', 'IR'],
  ['The Chinese embassy called the allegations slanderous.', 'CN', 'denies', 'CN'],
  ['The North Korean foreign ministry said the accusations were absurd.', 'KP', 'denies', 'KP'],
  ['The Russian embassy said the allegations were unsubstantiated.', 'RU', 'denies', 'RU'],
  ['The Chinese embassy said the reports were politically motivated.', 'CN', 'denies', 'CN'],
  ['The Iranian foreign ministry said Tehran had no involvement in the attack.', 'IR', 'denies', 'IR'],
  ['The Chinese embassy said Beijing bore no responsibility for the intrusion.', 'CN', 'denies', 'CN'],
  ['The Russian foreign ministry said the allegations were lies.', 'RU', 'denies', 'RU'],
  ['The Chinese embassy said the charges were ungrounded.', 'CN', 'denies', 'CN'],
  ['The Iranian foreign ministry said it was not behind the attack on the Albanian portal.', 'IR', 'denies', 'IR'],
]);

// 4. Warning.
positives('warning', [
  ['The Swedish security service cautioned that Russian hackers were targeting its power grid.', 'SE', 'warns', 'RU'],
  ['The Norwegian intelligence service sounded the alarm over Chinese hackers targeting its ports.', 'NO', 'warns', 'CN'],
  ['The Danish government vowed to respond to the intrusion into its ministries.', 'DK', 'warns', null],
]);

// 5. Confirmation of a hit.
positives('confirmation', [
  ['The Chilean tax agency said it was struck by ransomware.', 'CL', 'confirms', 'CL'],
  ['The Kenyan revenue authority verified that it had been breached.', 'KE', 'confirms', 'KE'],
]);

// 6. Calls and appeals.
positives('appeal', [
  ['The Vietnamese government pressed China to rein in its hackers.', 'VN', 'calls-for', 'CN'],
  ['The Australian government appealed to China to stop the intrusions.', 'AU', 'calls-for', 'CN'],
  ['The Canadian government implored China to stop the intrusions.', 'CA', 'calls-for', 'CN'],
  ['The Canadian government is calling on China to stop the intrusions.', 'CA', 'calls-for', 'CN'],
  ['The Canadian government pleaded with China to stop the intrusions.', 'CA', 'calls-for', 'CN'],
]);

function none(group: string, cases: [body: string, stance: string][]): void {
  for (const [body, stance] of cases) {
    test(`en lexicon audit, ${group} (no ${stance}): ${body.slice(0, 70)}`, () => {
      const cs = claimsOf(body, 'en');
      assert.ok(!cs.some((c) => same(c.stance, stance)), show(cs));
    });
  }
}

// Near misses: the same words as nouns, adjectives, or outside speech.
none('near misses', [
  ['The ransom notes that the hackers left were signed by APT28.', 'attributes'],
  ['The Latvian ministry highlighted its new cyber strategy at the conference.', 'attributes'],
  ['Russian officials were implicated in the doping scandal, the sports federation said.', 'attributes'],
  ['The Moldovan government connected its power grid to the Romanian network.', 'attributes'],
  ['The contested border region saw fresh clashes on Tuesday.', 'denies'],
  ['The Romanian minister brushed off questions about the budget.', 'denies'],
  ['The museum called the painting absurd and brilliant.', 'denies'],
  ['Estonian officials said the hackers were politically motivated and linked to Russia.', 'denies'],
  ['The Latvian ministry said the weakness lies in outdated routers at its embassies.', 'denies'],
  ['The Japanese ministry said the disputed islands were covered by the treaty.', 'denies'],
  ['The Dutch ministry urged caution about the new budget.', 'warns'],
  ['Estonian investigators cautioned that the server logs did not establish who was behind the intrusion.', 'warns'],
  ['The Irish cyber agency cautioned that it was too early to attribute the outage.', 'warns'],
  ['The Swiss regulator pressed ahead with the merger review.', 'calls-for'],
  ['Journalists pressed the minister on the budget.', 'calls-for'],
  ['The appeal to the Supreme Court was rejected in May.', 'calls-for'],
]);
