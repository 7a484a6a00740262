/**
 * An audit of the German cue lists for completeness, on sentences written for these tests in the style of wire
 * reports, press conferences and statements: ordinary German forms of saying, attributing, denying, warning,
 * confirming and appealing that the lists lacked (present and past, separable verbs with their prefix closing the
 * clause, "dahinter" for "hinter dem Angriff", the noun "Beschuldigungen"). Negatives are near misses: the same
 * words where they tell no statement, or a statement negated or left without an actor.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

type Stance = 'attributes' | 'denies' | 'warns' | 'confirms' | 'calls-for';
type Case = [body: string, claimant: string, stance: Stance, target: string | null];

const same = (a: string, b: string): boolean => a === b || (a === 'accuses' && b === 'attributes') || (a === 'attributes' && b === 'accuses');

const positives: Case[] = [
  // 1. Saying and reporting.
  ['Das litauische Verteidigungsministerium teilt mit, dass russische Hacker hinter dem Angriff stecken.', 'LT', 'attributes', 'RU'],
  ['Die estnische Regierung gab an, dass Russland hinter dem Angriff auf die Grenzbehörde stecke.', 'EE', 'attributes', 'RU'],
  ['Der Sprecher des lettischen Außenministeriums wies darauf hin, dass Russland für den Angriff verantwortlich sei.', 'LV', 'attributes', 'RU'],
  ['Der litauische Außenminister erläuterte, dass China hinter den Angriffen auf die Häfen stehe.', 'LT', 'attributes', 'CN'],
  ['Der slowakische Innenminister hob hervor, dass Russland für die Angriffe auf die Wasserwerke verantwortlich sei.', 'SK', 'attributes', 'RU'],
  ['Die ungarische Regierung verkündete, dass Nordkorea hinter der Kampagne stecke.', 'HU', 'attributes', 'KP'],
  ['Die moldauische Regierung stellte klar, dass Russland hinter den Angriffen auf die Wahlbehörde stehe.', 'MD', 'attributes', 'RU'],
  ['Der rumänische Verteidigungsminister meinte, Russland sei für die Störungen verantwortlich.', 'RO', 'attributes', 'RU'],
  ['Die georgische Regierung ist überzeugt, dass Russland hinter den Angriffen auf die Rundfunkanstalt steht.', 'GE', 'attributes', 'RU'],
  // 2. Attribution and accusation.
  ['Der lettische Außenminister sagte, Russland stecke dahinter.', 'LV', 'attributes', 'RU'],
  ['Die bulgarische Regierung vermutet Russland hinter dem Cyberangriff auf die Wahlkommission.', 'BG', 'attributes', 'RU'],
  ['Die polnische Regierung bezichtigte Russland der Sabotage an den Stellwerken der Bahn.', 'PL', 'attributes', 'RU'],
  ['Die tschechische Regierung legte Russland den Angriff auf das Außenministerium zur Last.', 'CZ', 'attributes', 'RU'],
  ['Die finnische Regierung lastete den Angriff auf das Parlament China an.', 'FI', 'attributes', 'CN'],
  ['Das estnische Amt für Informationssicherheit rechnet die Kampagne dem russischen Militärgeheimdienst zu.', 'EE', 'attributes', 'RU'],
  ['Die australische Regierung wies Nordkorea die Verantwortung für den Diebstahl der Kryptowährung zu.', 'AU', 'attributes', 'KP'],
  ['Die tschechische Regierung zeigte mit dem Finger auf Russland.', 'CZ', 'attributes', 'RU'],
  ['Die litauische Regierung sieht Russland als Drahtzieher des Angriffs auf die Energieversorger.', 'LT', 'attributes', 'RU'],
  ['Die britische Regierung erhob Beschuldigungen gegen Russland wegen der Angriffe auf das Parlament.', 'GB', 'attributes', 'RU'],
  // 3. Denial and rejection.
  ['Der Kreml leugnete jede Beteiligung an dem Angriff auf die estnischen Behörden.', 'RU', 'denies', 'RU'],
  ['Die russische Botschaft in Prag stritt jede Beteiligung an dem Cyberangriff ab.', 'RU', 'denies', 'RU'],
  ['Peking wies die Vorwürfe der britischen Regierung von sich.', 'CN', 'denies', 'CN'],
  ['Das chinesische Außenministerium verwahrte sich gegen die Vorwürfe aus Canberra.', 'CN', 'denies', 'CN'],
  ['Die iranische Regierung widersprach den Vorwürfen aus Israel.', 'IR', 'denies', 'IR'],
  ['Der Kreml sagte, die Anschuldigungen entbehrten jeglicher Grundlage.', 'RU', 'denies', 'RU'],
  ['Der chinesische Botschafter bezeichnete die Anschuldigungen als unhaltbar.', 'CN', 'denies', 'CN'],
  ['Peking bezeichnete die Beschuldigungen als Verleumdung.', 'CN', 'denies', 'CN'],
  // 4. Warning.
  ['Das niederländische Innenministerium sagte, die russische Gruppe stelle ein erhebliches Risiko für die Wasserversorgung dar.', 'NL', 'warns', 'RU'],
  ['Der polnische Geheimdienst schlug Alarm wegen russischer Cyberangriffe auf Krankenhäuser.', 'PL', 'warns', 'RU'],
  // 5. Confirmation and admission.
  ['Das tschechische Innenministerium gab zu, dass Hacker in sein Netzwerk eingedrungen seien.', 'CZ', 'confirms', 'CZ'],
  ['Das slowenische Gesundheitsministerium gestand ein, Opfer eines Cyberangriffs geworden zu sein.', 'SI', 'confirms', 'SI'],
  // 6. Calls and appeals.
  ['Die litauische Regierung drängte Russland, die Angriffe einzustellen.', 'LT', 'calls-for', 'RU'],
  ['Die japanische Regierung ersuchte Nordkorea, die Angriffe auf ihre Börsen zu beenden.', 'JP', 'calls-for', 'KP'],
  ['Die schwedische Regierung bat China, die Cyberangriffe auf schwedische Behörden zu unterbinden.', 'SE', 'calls-for', 'CN'],
  // 7. Speaker nouns a report refers back with.
  ['Das estnische Amt für Informationssicherheit veröffentlichte am Montag einen Bericht. Das Amt macht darin Russland für die Angriffe verantwortlich.', 'EE', 'attributes', 'RU'],
  ['Die litauische Botschaft in Berlin äußerte sich am Dienstag. Die Botschaft sagte, Russland stecke hinter den Angriffen.', 'LT', 'attributes', 'RU'],
  ['Der polnische Geheimdienst ABW legte einen Bericht vor. Der Geheimdienst sagte, Russland stecke hinter den Angriffen.', 'PL', 'attributes', 'RU'],
  ['Der tschechische Botschafter in Wien äußerte sich am Dienstag. Der Diplomat sagte, Russland stecke hinter den Angriffen.', 'CZ', 'attributes', 'RU'],
  ['Die estnische Außenministerin äußerte sich am Dienstag. Die Diplomatin sagte, China stecke hinter den Angriffen.', 'EE', 'attributes', 'CN'],
  ['Das lettische Verteidigungsministerium äußerte sich am Mittwoch. Das Ressort sagte, Russland stecke hinter den Angriffen.', 'LV', 'attributes', 'RU'],
  ['Der Sicherheitsdienstleister ESET veröffentlichte einen Bericht. Der Sicherheitsdienstleister sagte, Russland stecke hinter den Angriffen.', 'ESET', 'attributes', 'RU'],
  ['Der Softwarekonzern Microsoft veröffentlichte einen Bericht. Der Softwarekonzern sagte, Nordkorea stecke hinter dem Diebstahl.', 'Microsoft', 'attributes', 'KP'],
];

for (const [body, claimant, stance, target] of positives) {
  test(`de lexicon audit: ${stance} ${claimant}→${target}: ${body.slice(0, 70)}`, () => {
    const cs = claimsOf(body, 'de');
    assert.ok(cs.some((c) => c.claimant === claimant && same(c.stance, stance) && (c.target ?? null) === target), show(cs));
  });
}

/** Near misses: [body, stance that must not be found]. */
const negatives: [string, Stance][] = [
  // 1-2. Asking who is behind it names no one; an attribution negated; "zur Last fallen" is a burden, not blame;
  // "rechnet mit" an expectation; "gab an der Universität" no statement.
  ['Die estnische Regierung will herausfinden, wer dahintersteckt.', 'attributes'],
  ['Die polnische Regierung hat Russland nie der Sabotage bezichtigt.', 'attributes'],
  ['Die bulgarische Regierung vermutet Russland nicht hinter dem Angriff auf die Wahlkommission.', 'attributes'],
  ['Die Kosten des Angriffs fallen den lettischen Steuerzahlern zur Last.', 'attributes'],
  ['Die estnische Regierung rechnet mit weiteren Angriffen im Winter.', 'attributes'],
  ['Der litauische Außenminister gab an der Universität in Kaunas eine Vorlesung über russische Hacker.', 'attributes'],
  // 3-6. "widersprach" a colleague on a budget is no denial of an accusation; a denial negated ("leugnete nicht",
  // "nie geleugnet") admits; a risk told as small warns of no one, nor does "schlug vor"; "gab Zugang zu" and the
  // adverb "zugegeben" admit nothing; a crowd that "drängte sich" and a passive "wurde ersucht" call on no one.
  ['Der lettische Finanzminister widersprach seinem Kollegen in der Frage der Haushaltsmittel.', 'denies'],
  ['Der Kreml leugnete nicht, dass russische Dienste Kontakte zu der Gruppe unterhalten.', 'denies'],
  ['Der Kreml hat nie geleugnet, dass russische Dienste Kontakte zu der Gruppe unterhalten.', 'denies'],
  ['Das Risiko eines Angriffs auf die Wasserwerke ist nach Angaben der slowakischen Regierung gering.', 'warns'],
  ['Der slowenische Minister schlug vor, die Server der Behörden besser zu schützen.', 'warns'],
  ['Das tschechische Innenministerium gab den Ermittlern Zugang zu den Servern.', 'confirms'],
  ['Zugegeben, die Lage an der estnischen Grenze ist schwierig, sagte der estnische Innenminister.', 'confirms'],
  ['Hunderte Demonstranten drängten sich vor der russischen Botschaft in Vilnius.', 'calls-for'],
  ['Der estnische Botschafter wurde ersucht, die Angaben zu den Angriffen zu prüfen.', 'calls-for'],
  // 7. "die Botschaft" as a message, not the embassy: the hackers' words are no state's.
  ['Die Botschaft auf den gekaperten Webseiten der lettischen Ministerien lautete, Russland werde siegen.', 'attributes'],
];

for (const [body, stance] of negatives) {
  test(`de lexicon audit, no ${stance}: ${body.slice(0, 70)}`, () => {
    const cs = claimsOf(body, 'de');
    assert.ok(!cs.some((c) => same(c.stance, stance)), show(cs));
  });
}
