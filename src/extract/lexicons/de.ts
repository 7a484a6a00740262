import type { CueLexicon } from './types.ts';

/** Up to n words between the parts of a discontinuous cue ("macht ... verantwortlich", "ordnet ... zu"). */
const GAP = (n: number) => `(?:\\S+\\s+){0,${n}}?`;
/** A separable prefix closes its clause ("ordnet X Y zu.", "warf ihm Spionage vor,"), or its verb phrase before a
 * conjunction joins the next ("räumte Fehler ein und kündigte ... an"). */
const PREFIX_END = '(?=\\s*(?:[,.;:!?»«"“”)]|$)|\\s+(?:und|oder|aber|sowie|doch)(?!\\p{L}))';
/** Auxiliaries of the passive and the stative ("wurde berichtet", "ist betont"): a participle after them has no speaker as subject. */
const PASSIVE_AUX = 'wurden?|worden|werden|wird|ist|sind|war|waren';
/** Modal verbs and the infinitive marker that make a plural-looking verb an infinitive ("kann sagen", "zu erklären"). */
const MODALS = 'kann|können|könne|konnte|konnten|könnte|könnten|will|wollen|wolle|wollte|wollten|soll|sollen|solle|sollte|sollten|muss|müssen|müsse|musste|mussten|müsste|müssten|möchte|möchten|darf|dürfen|dürfe|durfte|durften|würde|würden|wird|werden|lässt|lassen|zu|[Zz]u';

/** Heads of a speaker's title, masculine nominative after "der" ("der Außenminister", "der kanadische Sprecher"). */
const SPEAKER_HEADS = 'minister|sprecher|präsident|kanzler|chef|leiter|direktor|botschafter|beauftragte|experte|analyst|ermittler';

/** Threat predicates: their subject is the threat warned of (threatPredicate below); also warning cues. */
const THREAT_PREDICATE = ['(?:ist|sind|sei|seien|war|waren|bleibt|bleiben|stellt|stellen|stelle|darstell\\p{L}*) (?:\\p{L}+ ){0,3}?(?:Bedrohung|Gefahr)(?:en)?(?!\\p{L})',
  // ... or a risk, told as one posed ("stelle ein erhebliches Risiko dar"); "ist das Risiko gering" poses none.
  '(?:ist|sind|sei|seien|war|waren|bleibt|bleiben|stellt|stellen|stelle|darstell\\p{L}*) (?:ein|eine) (?:\\p{L}+ ){0,2}?(?:Sicherheits)?[Rr]isiko(?!\\p{L})'];

/** Not ruling out that ...: a hedged finding whose negation is the hedge's own (profile `notRuledOut`). */
const NOT_RULED_OUT = [`schlie(?:ß|ss)(?:t|en|e) ${GAP(10)}nicht aus${PREFIX_END}`, `schloss(?:en)? ${GAP(10)}nicht aus${PREFIX_END}`, '(?:will|wollte|wollen|kann|konnte|könne|können) (?:\\p{L}+ ){0,6}?nicht ausschließen'];

/** What is traced to the accused: the act, its traffic, its infrastructure or tools (pointsTo). */
/** Condemned objects that are no act of the accused: a decision, a policy, a law, sanctions or measures (the condemnation cues' negative lookahead). */
const NON_ACTS = 'Entscheidung\\p{L}*|Beschl(?:uss|üsse)\\p{L}*|Politik|Gesetz\\p{L}*|Sanktion\\p{L}*|Maßnahme\\p{L}*|Verbot\\p{L}*|Ausweisung\\p{L}*|Urteil\\p{L}*';
const NOT_NON_ACT = `(?![»"”]? (?:[\\p{L}-]+ ){0,2}?(?:${NON_ACTS})(?!\\p{L}))`;

const TRACED = 'Angriff\\p{L}*|Cyberangriff\\p{L}*|Attacke\\p{L}*|Hack\\p{L}*|Einbruch|Eindringen|Operation\\p{L}*|Kampagne\\p{L}*|Aktivität\\p{L}*|Datenverkehr\\p{L}*|Infrastruktur\\p{L}*|Server\\p{L}*|IP-Adresse\\p{L}*|Domain\\p{L}*|Schadsoftware|Schadprogramm\\p{L}*';
/** Source markers naming an investigation's finding, not who made it (`findingSources`). */
const FINDING_SOURCES = ['nach (?:den )?(?:(?:bisherigen|vorliegenden|derzeitigen|aktuellen|jüngsten|neuesten|ersten) )?Erkenntnissen', 'nach (?:dem )?(?:(?:bisherigen|derzeitigen|aktuellen) )?(?:Stand|Ergebnis|Ergebnissen) der (?:Ermittlungen|Untersuchungen?)', 'nach (?:den )?(?:bisherigen )?Ermittlungen'];

/**
 * A definite noun pointing back, in the case a source marker governs: the genitive after "nach Angaben/Einschätzung
 * ... des" and "laut des", the dative after "laut dem" and before "zufolge" ("nach Einschätzung des Konzerns", "laut
 * dem Unternehmen", "den Forschern zufolge"). Elsewhere such a genitive is mostly a possessor ("die Server des
 * Unternehmens"), so the marker is part of the form.
 */
const SOURCE_GENITIVE = '(?:nach (?:\\p{L}+ )?(?:Angaben|Einschätzung|Einschätzungen|Erkenntnissen|Informationen|Darstellung|Auffassung|Ansicht|Analyse|Untersuchungen)|laut)';
/** Not a title: no quoted name follows ("nach Angaben des Unternehmens „Velmora“" names the company it introduces). */
const NO_NAME_AFTER = '(?![ \\t]+["«„“»])';
const governedRef = (genitive: string, dative: string): string[] => [
  `${genitive}(?<=${SOURCE_GENITIVE} ${genitive})${NO_NAME_AFTER}`,
  `${dative}(?<=laut ${dative})${NO_NAME_AFTER}`,
  `${dative}(?= zufolge)`,
];

/** Source markers pointing back to the clause before (`sourceBack`). */
/** "demnach" points back the same way, to the sentence before when nothing before it in its own sentence speaks
 * ("X hat einen Bericht veröffentlicht. Hinter dem Angriff steckt demnach Y"). */
const SOURCE_BACK = ['wonach', 'demzufolge', 'dem zufolge', 'der zufolge', 'denen zufolge', 'denenzufolge', 'demnach'];

/**
 * Adjuncts of a speech verb: when, where, on which occasion, citing whom ("sagte am Montag in Berlin", "schreibt
 * heute in einer Mitteilung", "berichtet unter Berufung auf Regierungskreise"); profile `speechAdjuncts`.
 */
const SPEECH_ADJUNCTS = [
  '(?:am )?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)(?:abend|morgen|nachmittag|vormittag|mittag)?',
  '(?:am )?\\d{1,2}\\. (?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?: \\d{4})?',
  'heute', 'gestern', 'vorgestern', 'zuletzt', 'bereits', 'kürzlich', 'jüngst', 'nun', 'jetzt', 'erneut', 'regelmäßig', 'wiederholt',
  'ebenfalls', 'außerdem', 'zudem', 'inzwischen', 'mittlerweile', 'damals', 'am Wochenende', 'in dieser Woche', 'vergangene Woche',
  '(?:in|bei|auf|während) (?:einer|einem|der|dem|seiner|seinem|ihrer|ihrem) (?:\\p{L}+ ){0,2}?(?:Mitteilung|Erklärung|Stellungnahme|Pressemitteilung|Bericht|Interview|Pressekonferenz|Rede|Sitzung|Anhörung|Blogeintrag|Blogbeitrag|Beitrag|Website|Webseite|Internetseite|Schreiben|Brief|Lagebericht|Sicherheitshinweis|Analyse|Studie|Video|Botschaft)',
  'im (?:\\p{L}+ ){0,2}?(?:Interview|Bericht|Lagebericht|Bundestag|Ausschuss|Gespräch|Blog|Netz|Internet)',
  '(?:veröffentlichten|veröffentlicht)',
  'auf (?:X|Twitter|Telegram|Facebook|LinkedIn|Mastodon)',
  'unter Berufung auf (?:[^\\s,.;:]+ ){0,4}?[^\\s,.;:]+',
  'in \\p{Lu}[\\p{L}-]+',
];
/** A run of such adjuncts right after a speech verb, before the comma or "dass" that opens the clause told. */
const ADJUNCTS_BEFORE_CLAUSE = `(?:\\s+(?:${SPEECH_ADJUNCTS.join('|')})(?![\\p{L}\\p{N}])){0,4}?`;

/**
 * Verbs of stopping an act (thwarting, repelling, neutralising), active: as with a discovery verb, the one who
 * stopped the act tells of it. Whose hit it was, claims/rules/reported-hit.ts decides from the words after it
 * (its own systems: a confirmation; another's: none). The passive ("was thwarted") names no defender.
 */
const DEFENCE_VERBS = [`vereitelt(?:e|en)?(?<!(?:${PASSIVE_AUX}) (?:\\S+ ){0,5}vereitelt(?:e|en)?)`, `wehrt(?:e|en)? ${GAP(8)}ab${PREFIX_END}`];

/** Qualifiers naming a report a sham: denials that carry the report they rebut. */
const SHAM_REPORTS = ['(?:Pseudo|Schein)-?(?:[Uu]ntersuchung|[Bb]ericht|[Ee]rmittlung)\\p{L}*'];

// Threats of a response to a hostile party (profile `responseThreat`): a consequence, a price, accountability or a
// response promised, "wird Konsequenzen haben", "zur Verantwortung ziehen", "zur Rechenschaft". Warning cues whose party is the one threatened.
const RESPONSE_THREAT = [
    'Konsequenzen', 'zur Rechenschaft',
    'zur Verantwortung (?:ziehen|gezogen)', 'nicht ungestraft',
];

export const de: CueLexicon = {
  lang: 'de',
  functionWords: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'sich', 'dem', 'des'],
  closedClass: ['wie', 'als', 'bei', 'beim', 'so', 'auch', 'doch', 'aber', 'denn', 'dann', 'da', 'nachdem', 'während', 'wenn', 'weil', 'obwohl', 'laut', 'gemäß', 'zudem', 'außerdem', 'jedoch', 'dabei', 'daher', 'deshalb', 'damit', 'nun', 'zuvor', 'bereits', 'gestern', 'heute', 'inzwischen', 'ebenso',
    // adverbs of time opening a verb-second clause, the subject after the verb ("Später rief die Regierung ... auf")
    'später', 'danach', 'anschließend', 'daraufhin', 'zunächst', 'zuletzt', 'jetzt', 'kürzlich', 'erneut', 'schließlich', 'zugleich', 'gleichzeitig', 'ebenfalls',
    // possessive determiners opening a noun phrase ("Unserer Analyse zufolge", "Unsere Forscher")
    'unser', 'unsere', 'unserer', 'unseren', 'unserem', 'unseres', 'ihre', 'ihrer', 'ihren', 'ihrem', 'ihres', 'seine', 'seiner', 'seinen', 'seinem', 'seines'],
  distinctLetters: ['ä', 'ö', 'ü', 'ß'],
  // Knowledge of acts, told by whom it is known to ("Dem BSI sind ... bekannt", "Dem BSI liegen Meldungen über ... vor"):
  // the cue is the verb only, the acts told after it are the words.
  notRuledOut: NOT_RULED_OUT,
  say: [...NOT_RULED_OUT, ...DEFENCE_VERBS,
    // Recalling a known fact as one's own statement: "Die Warnung erinnert daran, dass ...".
    'erinnert(?:e|en)? daran(?=,? dass)',
    // Informing an audience of a finding: "informierte die Abgeordneten, dass ..." (not the informed: "wurde informiert").
    'informier(?:te|ten|t)(?<!(?:wurden?|worden|werden|wird|ist|sind|war|waren) (?:\\S+ ){0,3}informier(?:te|ten|t))(?= (?:\\S+ ){0,3}?dass)',
    // Findings: the one who discovered speaks ("X entdeckte, dass ...", "X hat eine Lücke entdeckt, die ...").
    'entdeckt(?:e|en)?',
    // Revelations: the one who reveals speaks ("X enthüllte, dass ...", "X hat enthüllt, ...").
    'enthüllt(?:e|en)?',
    // Counting attacks received: "das Ministerium registrierte 300 Angriffe auf seine Portale".
    'registrierte(?:n)?', 'verzeichnete(?:n)?',
    // Characterising an actor: "X beschreibt die Gruppe als mit Y verbunden".
    '(?:beschreib(?:t|en)|beschrieb(?:en)?)(?= (?:\\S+ ){0,4}?als(?!\\p{L}))',
    '(?<=(?:^|\\s)[Dd](?:em|en) (?:\\S+ ){1,3})(?:sind|ist|waren|war)(?= (?:\\p{L}+ ){1,8}?bekannt(?![\\p{L}]))', 'lieg(?:en|t)(?= (?:\\p{L}+ ){0,3}?(?:Meldungen|Hinweise|Erkenntnisse|Berichte) (?:\\S+ ){1,10}?vor(?![\\p{L}]))', 'sagten', 'meldete(?!n)', 'meldet', 'erklärten', 'betonten', `teilten ${GAP(8)}mit${PREFIX_END}`, 'hieß es', 'heißt es', 'schrieb\\p{L}*', 'berichtete\\p{L}*', 'äußerte\\p{L}*', 'bekräftigte\\p{L}*', 'behauptete\\p{L}*', 'stellte\\p{L}* fest', 'bewerte\\p{L}*', 'schätz\\p{L}* .{0,60}?ein', `geh\\p{L}* ${GAP(8)}davon aus`, 'stuf\\p{L}* .{0,60}?ein', 'kam\\p{L}* zu dem Schluss', 'sprach\\p{L}* von', 
    'sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', `teilte ${GAP(8)}mit${PREFIX_END}`, 'mitgeteilt',
    // The present and perfect forms the list above lacks: "X berichtet, ...", "X hat berichtet, ...", "X hat gesagt, ...".
    // Not as a passive ("es wurde berichtet") nor in an aside "wie (X) berichtet".
    // Only before the clause told ("X hat über die Gruppe berichtet" tells no clause; a tag after the clause, "..., berichten
    // diese Medien", is left out: its speaker is not found after it and a person in the clause was taken instead).
    ...['berichtet', 'betont', 'behauptet', 'gesagt', 'geschrieben', 'schreibt', 'argumentiert', 'argumentierte', 'argumentierten'].map((v) => `${v}(?=${ADJUNCTS_BEFORE_CLAUSE}(?:,|\\s+dass(?!\\p{L})))(?<!(?:${PASSIVE_AUX}) (?:\\S+ ){0,3}\\p{L}+)(?<![Ww]ie (?:\\S+ ){0,4}\\p{L}+)`),
    // The present plural: "Die Grünen sagen, ...". An infinitive after a modal or "zu"
    // ("kann ich Ihnen nicht sagen, ...", "sollten erklären, warum") is none; so is a relative clause ("Medien, die betonen,
    // dass ..."), whose subject stands before the comma.
    ...['sagen', 'betonen', 'berichten', 'erklären', 'schreiben', 'behaupten'].map((v) => `${v}(?=${ADJUNCTS_BEFORE_CLAUSE}(?:,|\\s+dass(?!\\p{L})))(?<!(?:${MODALS}) (?:\\S+ ){0,5}\\p{L}+)(?<!, (?:die|welche) (?:\\S+ ){0,3}\\p{L}+)`),
    // the same verbs at the end of a subordinate clause ("wie X, Sprecher des Amts, mitteilte")
    'mitteilte', 'mitteilten', 'bekanntgab', 'bekanntgaben', 'präzisierte', 'ergänzte',
    // Adding to what was said: "und fügte hinzu, dass ...", "fügte am Abend hinzu, ...".
    `f(?:ügte|ügten|ügt) ${GAP(6)}hinzu${PREFIX_END}`, 'hinzugefügt', 'unterstrich', 'kündigte .{0,30}an', 'versicherte',
    'gab .{0,30}bekannt', 'machte .{0,40}öffentlich', 'öffentlich gemacht', 'zufolge', 'meldete sich zu Wort',
    // Speaking of an act rather than stating a clause: "X spricht von russischen Angriffen", "X verwies auf".
    // Characterising a statement: "X bezeichnete die Vorwürfe als haltlos".
    'bezeichne\\p{L}* (?:die|diese|solche|den|diesen) (?:Vorwürfe|Vorwurf|Anschuldigung\\p{L}*|Beschuldigung\\p{L}*|Behauptung\\p{L}*|Berichte?)',
    // ... or naming it: "X nannte die Vorwürfe haltlose Verleumdungen".
    '(?:nannte|nannten|nennt|nennen) (?:die|diese|solche|den|diesen) (?:Vorwürfe|Vorwurf|Anschuldigung\\p{L}*|Beschuldigung\\p{L}*|Behauptung\\p{L}*|Berichte?)',
    'spr(?:icht|echen) von', 'verwies\\p{L}* auf', 'verweis(?:t|en) auf',
    // Holding a finding likely: "X hält es für wahrscheinlich, dass ..." (the holder speaks; only before the clause it
    // holds, so "hält die Lage für ernst" says nothing).
    `(?:hält|halten|hielt|hielten) es ${GAP(3)}für (?:\\p{L}+ ){0,2}?\\p{L}+(?=,? dass(?!\\p{L}))`,
    // The past of assuming: "X ging davon aus, dass ..." (the present "geht/gehen davon aus" is said above).
    `ging(?:en)? ${GAP(8)}davon aus(?=,? dass(?!\\p{L}))`,
    // Reporting verbs of every register the lists above lack: the present of "mitteilen" ("X teilt mit, dass ..."),
    // pointing out ("wies darauf hin, dass", "hebt hervor"), making clear ("stellte klar"), stating ("gab an, dass"),
    // explaining and announcing ("erläuterte", "verkündete"), opining ("meinte"), conviction ("ist überzeugt, dass").
    `(?:teilt|teilen) ${GAP(8)}mit${PREFIX_END}`,
    `(?:wies|wiesen|weist|weisen) ${GAP(4)}darauf hin(?=,? dass(?!\\p{L}))`,
    `(?:hob|hoben|hebt|heben) ${GAP(6)}hervor(?=,? (?:dass(?!\\p{L}))?)`,
    '(?:stellte|stellten|stellt) (?:\\p{L}+ ){0,2}?klar(?=,)',
    `(?:gab|gaben|gibt|geben) an(?=,)(?<!(?:${MODALS}) geben an)`,
    'erläutert(?:e|en)?(?=,)', 'verkündet(?:e|en)?(?=,)', 'mein(?:t|te|ten)(?=,)',
    '(?:ist|sind|war|waren|zeigte sich|zeigten sich|zeigt sich|zeigen sich) (?:\\p{L}+ ){0,2}?überzeugt(?=,? dass(?!\\p{L}))',
    // Believing, supposing, estimating a finding before the clause ("die Analysten vermuten, dass ...", "X glaubt, dass
    // ...", "schätzt, dass"; not the generic "wer glaubt, dass"), and concluding it from evidence ("schließt daraus, dass ...").
    '(?:vermut(?:et|ete|eten|en)|(?:glaub|schätz)(?:t|en|te|ten))(?<!(?<!\\p{L})[Ww]er \\p{L}+)(?=,? dass(?!\\p{L}))', '(?:schließ(?:t|en)|schloss(?:en)?) (?:\\p{L}+ ){0,2}?daraus(?=,? dass(?!\\p{L}))',
  ],
  sourceBefore: ['wie (?:berichtete|meldete|erklärte|schrieb|teilte)n?', 'nach Recherchen', 'nach Erkenntnissen', 'nach Einschätzung', 'nach eigenen Angaben', 'Angaben zufolge', 'so', 'laut', 'nach Angaben(?: von)?', ...FINDING_SOURCES, ...SOURCE_BACK],
  findingSources: FINDING_SOURCES,
  sourceBack: SOURCE_BACK,
  accuse: [
    // Anprangern, brandmarken und kritisieren einer Tat, deren Urheber folgt (wie "verurteilt"): "prangert den von X
    // verübten Angriff an", "brandmarkte den Angriff der Gruppe X". Nur mit einer Tat als Objekt.
    `(?:prangert\\p{L}*|brandmarkt\\p{L}*|kritisiert\\p{L}*)(?= ${GAP(3)}(?:${TRACED}|Spionage|Sabotage)(?!\\p{L}))`, 'angeprangert',
    // Naming the culprit: "benannte Russland als Urheber", "identifizierte X als Drahtzieher".
    `(?:benannt|identifiziert)\\p{L}* ${GAP(5)}als (?:den |die )?(?:Urheber|Verantwortlich\\p{L}*|Täter|Drahtzieher)`,
    // ... with the participle closing the clause, the culprit before it: "hatte Russland als Urheber des Angriffs benannt".
    `als (?:den |die )?(?:Urheber|Verantwortlich\\p{L}*|Täter|Drahtzieher)\\p{L}* ${GAP(4)}(?:benannt|identifiziert)(?!\\p{L})`,
   
    // Suspicion of a named party: "verdächtigen Russland, ... zu stecken", "verdächtigt China der Spionage" (not "verdächtigen E-Mails").
    'verdächtig(?:t|te|ten|en)(?= (?:die |den )?\\p{Lu}[\\p{L}-]+(?:,| der | des ))',
   '(?:Vorwürfe|Vorwurf|Anschuldigung\\p{L}*) gegen', 'Belohnung(?:en)? für Hinweise (?:auf|zu)', `mach(?:t|te|ten|en) ${GAP(14)}verantwortlich`, `warf\\p{L}* ${GAP(12)}vor${PREFIX_END}`, `werf\\p{L}* ${GAP(12)}vor${PREFIX_END}`, 'vorgeworfen', 'verantwortlich zu machen', 'zu beschuldigen', 'Anklage gegen', 'erhob\\p{L}* Anklage', 'angeklagt', 'sanktioniert\\p{L}*', 'verhängt\\p{L}* Sanktionen(?: gegen)?',
    'beschuldig\\p{L}*', `wirft ${GAP(12)}vor${PREFIX_END}`, 'verantwortlich gemacht', 'zuordnen', 'zugeordnet', 'zugerechnet', 'zuzurechnen',
    'zuzuordnen', `verurteilt\\p{L}*${NOT_NON_ACT}`, `ordne\\p{L}* ${GAP(24)}zu${PREFIX_END}`, `schreib\\p{L}* ${GAP(16)}zu${PREFIX_END}`, 'zugeschrieben', `klagt\\p{L}* ${GAP(12)}an${PREFIX_END}`, 'Sanktionen gegen', 'in Verbindung gebracht',
    // "bringt die Kampagne mit Russland in Verbindung": the active form of the attribution.
    `br(?:ingt|ingen|achte|achten) ${GAP(12)}in Verbindung`,
    // ... and "verknüpft die Kampagne mit Russland" (the linking verb; its object before "mit").
    `verknüpf(?:t|en|te|ten) ${GAP(12)}mit(?!\\p{L})`,
    // The verb last in a subordinate clause: "die Gruppe, die X dem Geheimdienst Y zuordnet", "..., die X Russland zuschreibt".
    'zuordne(?:t|te|ten)', 'zuschr(?:eibt|eiben|ieb|ieben)', 'in Verbindung br(?:ingt|ingen|achte|achten)',
    // Responsibility laid on the accused: "führt den Angriff auf X zurück" (the last "auf" before "zurück"), "gibt X die Schuld".
    `f(?:ührt|ühren|ührte|ührten) (?:\\S+\\s+){0,12}auf(?=\\s+(?:\\S+\\s+){0,6}?zurück${PREFIX_END})`, `g(?:ibt|eben|ab|aben) ${GAP(8)}die Schuld`,
    // Synonyms of accusing and ascribing the lists above lack: "bezichtigte X der Sabotage", "legte X den Angriff zur
    // Last", "lastete den Angriff X an" (and its participle), "rechnet die Kampagne X zu", "wies X die Verantwortung
    // zu", "zeigte mit dem Finger auf X", "sieht X als Drahtzieher", "vermutet X hinter dem Angriff".
    'bezichtig\\p{L}*', `le(?:gt|gte|gten|gen) ${GAP(10)}zur Last${PREFIX_END}`, 'zur Last gelegt',
    `last(?:et|ete|eten|en) ${GAP(12)}an${PREFIX_END}`, 'angelastet',
    // (the active only: the passive "wird ... zugerechnet" names its attributor in a "von" phrase the cue does not reach)
    `rechn(?:et|ete|eten|en) ${GAP(12)}zu${PREFIX_END}`,
    `(?:wies|wiesen|weist|weisen) ${GAP(8)}(?:die )?(?:Verantwortung|Schuld) ${GAP(8)}zu${PREFIX_END}`,
    `zeig(?:t|te|ten|en) (?:\\p{L}+ ){0,2}?mit dem Finger auf`,
    `(?:sieht|sehen|sah|sahen|betrachtet|betrachten|betrachtete|betrachteten) ${GAP(5)}als (?:den |die )?(?:Urheber|Verantwortlich\\p{L}*|Täter|Drahtzieher)`,
    // (not negated between: "vermutet Russland nicht hinter dem Angriff")
    `vermut(?:et|ete|eten|en) (?:(?!(?:nicht|nie|niemals|keine?n?)\\s)\\S+\\s+){0,5}?hinter(?!\\p{L})`,
    '(?:Beschuldigung|Bezichtigung)(?:en)? gegen',
    // The act traced back to the accused by the subject, in the perfect or with the separable verb: "die Behörde hat die
    // Angriffe bis nach X zurückverfolgt", "verfolgte den Angriff bis nach X zurück", "hat die Kampagne auf X zurückgeführt"
    // (an act, its traffic or tools only; not after a passive auxiliary: "wurde ... zurückverfolgt" is evidence, pointsTo).
    `(?<!(?:wurde|wurden|wird|werden|worden|ist|sind|war|waren) (?:\\S+ ){0,4})(?:hat|haben|hatte|hatten) (?:\\S+ ){0,4}?(?:${TRACED})\\S* (?:\\S+ ){0,3}?(?:bis )?(?:nach|zu|zum|zur|auf)(?= (?:\\S+ ){1,4}?zurück(?:verfolgt|geführt)(?!\\p{L}))`,
    `verfolg(?:t|te|ten|en) (?:\\S+ ){0,4}?(?:${TRACED})\\S* (?:\\S+ ){0,3}?(?:bis )?(?:nach|zu|zum|zur)(?= (?:\\S+ ){1,4}?zurück${PREFIX_END})`,
  ],
  anaphora: ['dies', 'diese\\p{L}*', 'dieser', 'das', 'solche\\p{L}*', 'die Vorwürfe', 'die Anschuldigungen', 'die Beschuldigungen', 'die Gruppe', 'den Angriff'],
  claimsOwn: ['bekannte\\p{L}* sich', 'bekenn\\p{L}* sich', 'reklamiert\\p{L}*', 'für sich beansprucht',
    // The perfect: "hat sich zu dem Angriff bekannt", "hatte sich mehrfach zu Angriffen auf ... bekannt".
    `sich ${GAP(6)}zu ${GAP(14)}bekannt(?!\\p{L})`],
  unknownActors: ['wer', 'niemand'],
  unnamedStateActors: ['(?:ein|einen?|einem|eines|einer) [«„"“]?(?:[\\p{L}-]+ )?staatlich\\p{L}* (?:(?:gesteuert|unterstützt|gelenkt)\\p{L}* )?(?:Akteur|Gruppe|Hacker)\\p{L}*', '(?:ein|einen|einem|eines) (?:fremde[rnms]? |ausländische[rnms]? )?(?:Nachrichtendienst|Geheimdienst)(?:es|e[sn]?)?(?!\\p{L})(?= (?:\\S+ ){0,4}?(?:hinter|verantwortlich|steckt|stecke|stecken))', '(?:eine[rnms]?|ein) von (?:einem|einer) (?:fremden |ausländischen )?(?:Staat|Regierung|Macht) (?:unterstützt|gesteuert|gelenkt|finanziert|beauftragt)\\p{L}* [\\p{L}-]*(?:Gruppe|Gruppierung|Akteur|Hacker|Angreifer)\\p{L}*', '(?:Gruppe|Gruppierung|Akteur|Hacker|Angreifer)\\p{L}*, (?:die|der|den) von (?:einem|einer) (?:fremden |ausländischen )?(?:Staat|Regierung|Macht) (?:unterstützt|gesteuert|gelenkt|finanziert|beauftragt)\\p{L}*', 'im Auftrag (?:eines|einer) (?:fremden |ausländischen )?(?:Staates|Regierung)', 'im Interesse (?:eines|einer) (?:fremden|ausländischen) (?:Staates|Macht|Regierung)', '(?:ein|einem) (?:fremde[rn]? |ausländische[rn]? )?Staat(?= (?:\\S+ ){0,4}?hinter)', 'aus einem (?:fremden|ausländischen) (?:Staat|Land)(?!\\p{L})', '(?:von einem (?:fremden|ausländischen) (?:Staat|Land)|von einer (?:fremden|ausländischen) (?:Macht|Regierung))(?= (?:\\S+ ){0,3}?(?:durchgeführt|verübt|gesteuert|ausgeführt|begangen|orchestriert|lanciert|gestartet|unterstützt|beauftragt|initiiert))'],
  classifyingCopulas: ['(?:ist|sind|war|waren|sei|seien)(?: (?:wahrscheinlich|vermutlich|höchstwahrscheinlich|wohl))*'],
  languageActors: ['(?:ein|eine[mnrs]?) (?:\\p{L}+ )?\\p{L}+sprachig\\p{L}* (?:\\p{L}+ )?(?:Akteur|Gruppe|Gruppierung|Angreifer|Hacker|Täter|Bedrohungsakteur|Cluster)\\p{L}*'],
  universalQuantifiers: ['jede[rnsm]?', 'jegliche[rnsm]?'],
  pointsTo: [
    // Spuren, die auf den Beschuldigten weisen: "die Spuren deuten auf China hin", "die Hinweise führen nach Moskau".
    `(?:Spuren|Hinweise|Indizien|Belege),? ${GAP(6)}(?:deut|weis|wies|führ)\\p{L}* ${GAP(6)}(?:auf|nach)(?!\\p{L})(?! Angaben)`,
    `(?:deut|weis|wies|führ)\\p{L}* (?:die |alle |viele )?(?:Spuren|Hinweise|Indizien|Belege) ${GAP(4)}(?:auf|nach)(?!\\p{L})(?! Angaben)`,
    // Die Tat bis zum Beschuldigten zurückverfolgt: "der Angriff wurde nach Iran zurückverfolgt", "verfolgten die Server bis nach Iran zurück".
    `(?:bis )?(?:nach|zu|zum|zur)(?= (?:\\S+ ){1,4}?zurück(?:verfolg|zuverfolg)\\p{L}*)(?<=(?<!\\p{L})(?:${TRACED})\\S*(?: \\S+){0,6} (?:bis )?(?:nach|zu|zum|zur))`,
    `verfolg\\p{L}* (?:\\S+ ){0,4}?(?:${TRACED})\\S* ${GAP(6)}(?:bis )?(?:nach|zu|zum|zur)(?= (?:\\S+ ){1,4}?zurück(?!\\p{L}))`,
  ],
  blame: [
    `(?:steckt|steckten|stecke|stecken|steht|stehen|stünden|stehe) ${GAP(6)}hinter`, `hinter ${GAP(7)}(?:steckt|steckten|stecke|stecken|stehen|stünden|stehe|steht)`, 'verantwortlich(?! gemacht)', 'Urheber',
    // "Russland stecke dahinter", "..., dass Russland dahintersteckt": the pronominal adverb for "hinter dem Angriff".
    `(?:steckt|steckten|stecke|stecken|steht|stehen|stünden|stehe|stand|standen) ${GAP(4)}dahinter(?!\\p{L})`, 'dahinterst(?:eckt|eckte|eckten|ecke|ecken|eht|ehen|ehe|ünden)', 'Drahtzieher'],
  doneBy: ['(?:von|vom) (?:[^\\s,.;]+ ){1,8}?(?:durchgeführt|verübt|gesteuert|ausgeführt|begangen|orchestriert|lanciert)'],
  actOrigin: ['von (?:[^\\s,.;]+ ){1,6}?aus(?:gingen|ging|gehen|geht|gegangen)', '(?:ging|gingen|geht|gehen) (?:[^\\s,.;]+ ){0,4}?von (?:[^\\s,.;]+ ){1,6}?aus'],
  agentHedges: ['mutmaßlich(?:e[nrms]?)?', 'vermutlich', 'offenbar'],
  passive: ['wurde', 'wurden', 'worden', 'wird', 'werden'],
  // "Am Montag wurde das Amt vor Angriffen gewarnt": the past passive's auxiliary in second place, its participle last
  // ("wird ... warnen" is the future: left out).
  bracketPassive: ['wurde', 'wurden'],
  bracketPassiveAgents: ['von', 'vom', 'durch'],
  // "wird die notwendigen Maßnahmen ergreifen", "werden ... zur Rechenschaft ziehen": after "wird"/"werden" a warning told
  // as a noun or an infinitive is the future, not a passive.
  progressive: ['Maßnahmen(?: ergreifen)?', 'zur Rechenschaft', 'reagieren', 'Konsequenzen', 'nicht hinnehmen', 'nicht tolerieren', 'rechnen müssen'],
  accusedPassive: ['(?:wird|werden|wurde|wurden) (?:\\p{L}+ ){0,3}?(?:beschuldigt|bezichtigt|verdächtigt)'],
  accuseNoun: ['Vorwürfe?', 'Anschuldigung\\p{L}*', 'Beschuldigung(?:en)?', 'Bezichtigung(?:en)?'],
  // Withdrawing a charge (claims/withdrawn-charge.ts): before the charge, and after its noun.
  withdrawals: ['(?<!nicht )(?:Rücknahme|Einstellung|Aufhebung) de[rs]'],
  withdrawnAfter: ['(?<!nicht )(?:zurückgezogen|fallen ?gelassen|fallengelassen|eingestellt|aufgehoben)'],
  conditional: ['falls', 'wenn', 'sofern'],
  // Admitting (claims/admitted-access.ts): the verbs among `confirm`, and others' access to one's systems told after them.
  admission: ['räum\\p{L}*', 'eingeräumt', 'zugegeben', '(?:gab|gaben|gibt|geben)(?!\\p{L})', 'gestand\\p{L}*', 'gesteh\\p{L}*', 'eingestanden'],
  admittedAccess: ['(?:auf|in) (?:seine|ihre|unsere)\\p{L}* (?:[\\p{L}-]+ ){0,2}?[\\p{L}-]*(?:System|Netz|Server|Rechner|Computer|Datenbank|Konten|Postfächer)\\p{L}* (?:\\p{L}+ ){0,2}?(?:zugegriffen|Zugriff (?:erlangt|erhalten|gehabt)|Zugang (?:erlangt|erhalten|gehabt))'],
  noEvidenceThat: [
    '(?:keine|keinerlei|nicht (?:\\p{L}+ ){0,2}?(?:genug|ausreichend\\p{L}*)) (?:\\p{L}+ )?(?:Beweise?|Belege?|Hinweise?|Anhaltspunkte?|Anzeichen|Indizien)(?: \\p{L}+){0,5}?, (?:dass|wonach)',
    // A lack of reason to believe it: "kein Grund zur Annahme, dass die Konten gehackt wurden".
    '(?:kein|keinen|keinerlei) (?:\\p{L}+ )?(?:Grund|Anlass|Anlaß) (?:zur Annahme|zu der Annahme|anzunehmen|zu glauben|zu vermuten)(?:,? (?:dass|wonach))?',
  ],
  conditionalOpeners: ['sollte', 'sollten', 'wäre', 'wären', 'hätte', 'hätten'],
  deny: [
    // Blanket negation: a hostile act negated over everyone ("wir spionieren niemanden aus", "hat nie jemanden ausgespäht").
    '(?:spionier|überwach|belausch|bespitzel|hack|späh)\\p{L}* niemand(?:en)?',
    `(?:hat|haben|habe|hätten?) ${GAP(2)}(?:niemand(?:en)?|nie(?:mals)? jemand(?:en)?) ${GAP(2)}(?:ausspioniert|ausgespäht|überwacht|abgehört|belauscht|bespitzelt|gehackt)`,
    '(?:habe|hätten?|haben) (?:sich )?(?:nie|niemals|nicht) (?:\\p{L}+ ){0,4}?eingemischt',
    // Negated perpetration: "Russland führt keine Cyberangriffe durch", "China hat nie Cyberangriffe verübt".
    `(?:führt|führen|führte|führten) (?:nie|niemals|keine) ${GAP(3)}(?:Cyberangriff\\p{L}*|Angriff\\p{L}*|Cyberoperation\\p{L}*|Operation\\p{L}*) ${GAP(6)}durch${PREFIX_END}`,
    `(?:hat|haben|habe) (?:nie|niemals|keine) ${GAP(2)}(?:Cyberangriff\\p{L}*|Angriff\\p{L}*|Cyberoperation\\p{L}*|Operation\\p{L}*) ${GAP(6)}(?:durchgeführt|verübt|gestartet|unterstützt)`, 'nie (?:\\p{L}+ ){0,6}?zusammengearbeitet','nichts .{0,30}zu tun', 'keine Beteiligung',
    // Denial of any role: "habe bei dem Angriff keine Rolle gespielt", "keinerlei Rolle gespielt".
    `(?:keine|keinerlei) Rolle ${GAP(5)}gespielt`, 'bestritten', 'abgestritten', 'bestreit\\p{L}*', 'bestritt\\p{L}*', 'dementiert\\p{L}*', `weis(?:t|en) ${GAP(10)}zurück`, `wies(?:en)? ${GAP(10)}zurück`, 'zurückgewiesen', 'zurückzuweisen',
    // The separable verb joined at the end of a subordinate clause: "..., was die Regierung zurückweist".
    'zurückweis\\p{L}*', 'zurückwies\\p{L}*',
    // Konjunktiv I in reported speech: "Minsk weise die Vorwürfe zurück", "dementiere die Berichte". The noun "Weise" is no
    // verb: not after a determiner or adjective ("auf diese Weise", "in gleicher Weise"), and an object must follow.
    `(?<!(?:die|diese|eine|jene|welche|solche|gleiche|gleicher|ähnliche|ähnlicher|andere|anderer|und) )weise (?:die|den|diese|diesen|jede|jeden|jegliche|jeglichen|alle|solche|sämtliche|derartige|entsprechende)\\p{L}* ${GAP(8)}zurück${PREFIX_END}`,
    'dementier(?:e|en|te|ten)',
    // Rejecting an accusation (or all attacks) with the separable "ablehnen": "lehnt die Vorwürfe ... ab", "hat die Anschuldigungen abgelehnt";
    // opposing it: "ist entschieden gegen die Verleumdung".
    `lehn(?:t|te|ten|en) ${GAP(4)}(?:Vorw[uü]rf\\p{L}*|Anschuldigung\\p{L}*|Behauptung\\p{L}*|(?:alle|jede) (?:Formen? (?:von )?)?(?:Cyber)?[Aa]ngriff\\p{L}*) ${GAP(8)}ab${PREFIX_END}`,
    `(?:Vorw[uü]rf\\p{L}*|Anschuldigung\\p{L}*|Behauptung\\p{L}*) ${GAP(6)}abgelehnt`, '(?:ist|sind|war|waren) (?:entschieden|strikt|kategorisch) gegen',
    // Denying and rejecting in the forms the list above lacks: "leugnete jede Beteiligung", "stritt jede Beteiligung ab",
    // "wies die Vorwürfe von sich", "verwahrte sich gegen die Vorwürfe", "widersprach den Vorwürfen" (only of an
    // accusation: "widersprach seinem Kollegen" denies nothing), "verneinte jede Verwicklung".
    'leugn(?:e|et|ete|eten|en)(?!\\p{L})(?! (?:nicht|nie|niemals)(?!\\p{L}))', 'geleugnet(?<!(?:nicht|nie|niemals) geleugnet)', 'zu leugnen',
    `(?:stritt|stritten|streitet|streiten) ${GAP(8)}ab${PREFIX_END}`, 'abzustreiten',
    `(?:wies|wiesen|weist|weisen) ${GAP(6)}von sich(?!\\p{L})`,
    '(?:verwahrte|verwahrten|verwahrt|verwahren) sich (?:\\p{L}+ ){0,2}?gegen',
    '(?:widersprach|widersprachen|widerspricht|widersprechen|widersprochen) (?:\\p{L}+ ){0,2}?(?:Vorw[uü]rf\\p{L}*|Anschuldigung\\p{L}*|Beschuldigung\\p{L}*|Behauptung\\p{L}*|Unterstellung\\p{L}*)',
    '(?:verneinte|verneinten|verneint|verneinen) (?:jede|jegliche|eine) (?:\\p{L}+ )?(?:Beteiligung|Verwicklung|Verantwortung|Verbindung)',
  ],
  denyQualifier: [...SHAM_REPORTS, 'ohne (?:jeden |einen einzigen |jeglichen )?Beweis\\p{L}*', 'keine (?:Hinweise|Spuren|Anzeichen|Belege|Beweise)', 'unbegründet\\p{L}*', 'Verleumdung\\p{L}*', 'erfunden\\p{L}*', 'grundlos\\p{L}*', 'haltlos\\p{L}*',
    // "die Vorwürfe entbehrten jeder Grundlage", "nannte den Bericht eine Erfindung".
    'entbehr\\p{L}* (?:jeder|jeglicher) Grundlage', 'aus der Luft gegriffen', 'unhaltbar(?:e|en|er)?(?!\\p{L})', 'gegenstandslos(?:e|en|er)?(?!\\p{L})',
    // Calling the accusation a smear or a lie: "eine Hetzkampagne", "verleumderische Behauptungen", "Lügen", "Unterstellungen".
    '(?:Hetz|Schmutz|Verleumdungs|Diffamierungs)kampagne\\p{L}*', 'verleumderisch\\p{L}*', 'Diffamierung\\p{L}*', 'Lügen?(?!\\p{L})', 'Unterstellung(?:en)?', 'Falschbehauptung(?:en)?', '(?:eine|reine|glatte) Erfindung', 'absurd(?:e|en|er)?(?!\\p{L})',
    // "nannte den Bericht Desinformation", "bezeichnete die Vorwürfe als Propaganda".
    '(?:nannte\\p{L}*|nennt|nennen|bezeichnete\\p{L}*|bezeichnet|wies) (?:\\S+ ){0,4}?(?:als )?(?:(?:reine|pure|gezielte) )?(?:Desinformation|Propaganda|Falschinformation\\p{L}*)'],
  responseThreat: RESPONSE_THREAT,
  warn: [...RESPONSE_THREAT, ...THREAT_PREDICATE, 
    // A promise to (keep) pursuing hostile actors: "werde iranische Hacker weiterhin verfolgen"; what is pursued is hostile.
    '(?<=(?:werde|werden|wird|würde|würden) (?:[^\\s.;:!?]+ ){0,4}?[^\\s.;:!?]*(?:hacker|cyber|angriff|angreifer|täter|spion|diebstahl|kriminell)[^\\s.;:!?]* (?:[^\\s.;:!?]+ ){0,6}?)(?:verfolgen|ahnden|bestrafen)(?!\\p{L})',
    // Refusing to tolerate: "werde ... nicht dulden", "nicht länger hinnehmen".
    `(?:werde|wird|werden|würde|würden) (?:\\S+\\s+){0,6}?nicht (?:länger )?(?:dulden|hinnehmen|tolerieren|zulassen)`,
    // A vow to keep countering a threat: "werde weiterhin entschlossen gegen ... vorgehen", "wird ... weiter bekämpfen".
    // What is countered is hostile ("werde weiter gegen Betrug vorgehen" warns of nothing).
    `(?:werde|wird|werden) (?:weiterhin|weiter) (?=(?:\\S+\\s+){0,6}?\\S*(?:Hacker|[Cc]yber|Angriff|Spionage|schädlich|bösartig|Bedrohung))(?:\\S+\\s+){0,6}?(?:vorgehen|bekämpfen)(?!\\p{L})`,
    '(?:behält|behalte|behalten) sich (?:das Recht|\\p{L}*maßnahmen|weitere Schritte)', 'Gegenmaßnahmen', 'droh(?:t|te|ten|en)', 'entschlossen', 'abzuschrecken', 'abschrecken', 'Maßnahmen ergreifen','(?:notwendigen|erforderlichen|nötigen) Maßnahmen', 'warn(?:en|e|ten|ung|ungen|meldung|meldungen|hinweis\\p{L}*)', '(?:schlug|schlugen|schlägt|schlagen) (?:\\p{L}+ ){0,2}?Alarm(?!\\p{L})', 'gewarnt', 'Vergeltung\\p{L}*', 'nicht hinnehmen', 'nicht tolerieren', 'Antwort nicht schuldig', 'Bedrohungslage', 'reagieren', 'warnt\\p{L}*', 'rechnen müssen',
    // An expectation that the actor goes on: "wir erwarten, dass X seine Angriffe fortsetzt".
    'erwart(?:en|et|e),? dass (?:\\S+ ){0,6}?(?:weiter\\p{L}*|fortsetz\\p{L}*|fortführ\\p{L}*)'],
  callFor: [
    // An offer of cooperation, a call that needs no addressee (appeal): "X ist bereit, mit allen Staaten zusammenzuarbeiten".
    '(?<!nicht |kaum )bereit,? (?:[^\\s.;:!?]+ ){0,6}?(?:zusammenzuarbeiten|zu kooperieren|in einen Dialog zu treten)',
    // An order to investigate ("wies die Staatsanwaltschaft an, den Angriff zu untersuchen", "ordnete eine Untersuchung an"):
    // the one who orders calls for the inquiry, with no other party addressed (the investigators are its own).
    `wies ${GAP(6)}an(?=, (?:\\S+ ){0,6}?(?:zu untersuchen|zu ermitteln|aufzuklären)(?!\\p{L}))`, `ordnete ${GAP(4)}(?:Ermittlungen|eine (?:\\p{L}+ )?Untersuchung) an${PREFIX_END}`,
    // A directive to named addressees ("wies die Ministerien an, die Router auszutauschen", "hat die Ministerien
    // angewiesen, die Patches einzuspielen"): the one who orders calls on them; an infinitive with "zu" follows the comma.
    // The passive ("wurden angewiesen") and dependence ("sind darauf angewiesen") call on no one.
    `wies ${GAP(6)}an(?=, (?:\\S+ ){0,8}?(?:zu \\p{L}{2,}|\\p{L}{2,}zu\\p{L}{2,}(?:en|ern|eln)(?!\\p{L})))`,
    '(?<!(?:darauf|sind|ist|sei|seien|war|waren|wären|wurde|wurden|worden|werden|bleiben|bleibt) angewiesen)angewiesen(?=, (?:\\S+ ){0,8}?(?:zu \\p{L}{2,}|\\p{L}{2,}zu\\p{L}{2,}(?:en|ern|eln)(?!\\p{L})))',
    // A summons made to demand ("bestellte den Botschafter ein, um Aufklärung zu verlangen", "hat den Botschafter einbestellt
    // und forderte"): the summoner calls on the one summoned, whose state is named after the verb; the perfect's auxiliary
    // opens the cue, so the summoner stands before it. A summons alone calls for nothing.
    `bestell(?:te|ten|t) ${GAP(10)}ein(?=,? (?:um (?:\\S+ ){0,6}?zu (?:fordern|verlangen|bitten|ersuchen)|und (?:\\S+ ){0,2}?(?:forderte|forderten|verlangte|verlangten|bat|baten|ersuchte))(?!\\p{L}))`,
    `(?:hat|haben|hatte|hatten) ${GAP(10)}einbestellt(?=,? (?:um (?:\\S+ ){0,6}?zu (?:fordern|verlangen|bitten|ersuchen)|und (?:\\S+ ){0,2}?(?:forderte|forderten|verlangte|verlangten|bat|baten|ersuchte|(?:\\S+ ){0,6}?gefordert|(?:\\S+ ){0,6}?verlangt))(?!\\p{L}))`,'verlang\\p{L}*', 'aufgefordert', 'forderten', `rief\\p{L}* ${GAP(14)}auf${PREFIX_END}`, 'appellier\\p{L}*', 'mahnt\\p{L}*', 'fordert\\p{L}*', 'forderte', 'fordere', 'fordern', `ruf(?:t|en) ${GAP(14)}auf${PREFIX_END}`, 'Appell(?:e|s)?', 'Dialog',
    // Urging and asking ("drängte X, ... einzustellen", "ersuchte X, ...", "bat X, ... zu unterbinden"); a crowd that
    // "drängte sich" urges no one, and "bat" only with the comma of the infinitive it asks for.
    'dräng(?:t|te|ten|en)(?!\\p{L})(?! sich(?!\\p{L}))', 'gedrängt(?=,)', 'ersucht(?:e|en)?(?!\\p{L})(?<!(?:wurden?|worden|werden|wird) ersucht(?:e|en)?)',
    'bat(?:en)?(?= (?:\\S+ ){0,4}?\\S+, (?:\\S+ ){0,10}?(?:zu \\p{L}+|\\p{L}+zu\\p{L}+en)(?!\\p{L}))', 'gebeten(?=,)'],
  // Verb second: the negation closes the clause after the verb ("bestätigte den Vorfall bislang nicht", "wies sie nicht zurück").
  clauseFinalNegation: ['nicht(?! nur| einmal| zuletzt)', 'nie', 'niemals'],
  // "beschuldigte X bislang nicht der ...", "warnte nicht vor ...", "hat X nicht für ... verantwortlich gemacht". Not "zu"
  // nor "von" ("nicht zu Unrecht", "nicht von ungefähr": an adverbial that affirms).
  negatedComplementOpeners: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines',
    'für', 'vor', 'wegen', 'an', 'auf', 'mit', 'über', 'gegen', 'dafür', 'davor', 'deswegen'],
  negationCorrection: ['sondern'],
  negativeConcord: ['nichts', 'kein\\p{L}*', 'keinerlei', 'niemand\\p{L}*'],
  negation: ['nicht', 'nie', 'niemals', 'kein\\p{L}*', 'weder',
    // "ohne Russland ... verantwortlich zu machen", "verzichtete darauf, ... zu beschuldigen".
    // Not "ohne Zweifel" (an affirmation).
    'ohne(?! Zweifel)', 'verzicht\\p{L}* darauf'],
  confirm: [
    'erlitten', 'erlitt', '(?:sei|seien|ist|sind|war|waren|wurde|wurden) (?:\\p{L}+ ){0,2}?Opfer (?:eines|einer)', 'Opfer (?:\\p{L}+ ){0,4}?geworden', 'w(?:ar|aren|urde|urden) (?:\\p{L}+ ){0,2}?Ziel', 'Ziel (?:eines|einer|von|mehrerer) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:war|waren|wurde|wurden|geworden (?:ist|sind|war|waren|sei|seien))(?!\\p{L})', '(?:sei|seien) (?:\\p{L}+ ){0,2}?Ziel (?:eines|einer|von|mehrerer) (?:[\\p{L}\\p{N}-]+ ){0,3}?geworden(?! (?:sein|könnte|dürfte))(?!\\p{L})', '(?:ist|sind) (?:\\p{L}+ ){0,2}?Ziel (?:[\\p{L}\\p{N}-]+ ){1,5}?geworden', 'abgewehrt', 'angegriffen worden','bestätigte\\p{L}*', 'bestätig(?:e|en)(?!\\p{L})', 'eingeräumt', `räum\\p{L}* ${GAP(10)}ein${PREFIX_END}`, 'bestätigt\\p{L}*',
    // Admitting: "gab zu, dass ...", "gestand ein, Opfer ... geworden zu sein", "hat zugegeben" (not the adverb "zugegeben, ...").
    `(?:gab|gaben|gibt|geben) ${GAP(6)}zu${PREFIX_END}`, 'zugegeben(?<=(?:hat|haben|hatte|hatten|habe) (?:\\S+ ){0,8}zugegeben)',
    `(?:gestand|gestanden|gesteht|gestehen) ${GAP(6)}ein${PREFIX_END}`, 'eingestanden'],
  selfJustification: [
    // Restricted to lawful use: "nur in gesetzlich erlaubter Weise eingesetzt", "ausschließlich im Rahmen der Gesetze".
    '(?:nur|ausschließlich|lediglich) (?:\\p{L}+ ){0,3}?(?:gesetzlich\\p{L}*|rechtmäßig\\p{L}*|legal\\p{L}*|im Rahmen (?:der|des) Gesetz\\p{L}*|nach Recht und Gesetz|mit richterlicher\\p{L}* (?:Genehmigung|Anordnung)|gegen (?:Kriminelle|Terroristen|Straftäter|schwere Kriminalität))',
    // "gegen Kriminelle, nicht gegen Oppositionelle"; "nicht die Firma selbst, sondern ihre Kunden".
    'gegen (?:\\p{L}+ ){0,2}?(?:Kriminelle|Terroristen|Straftäter),? (?:und )?nicht gegen',
    'nicht (?:\\p{L}+ ){0,3}?selbst,? sondern',
  ],
  toolMaker: [
    '(?:Späh|Spionage|Überwachungs|Spyware|Trojaner)\\p{L}*-?(?:Hersteller|Anbieter|Entwickler|[Ff]irma|Unternehmen)s?',
    '(?:Hersteller|Entwickler)s?', '(?:entwickelt|hergestellt|vertrieben|programmiert) (?:von|vom)',
  ],
  deniedBy: ['(?:zurückgewiesen|bestritten|dementiert) (?:von|durch)(?: (?:der|die|das|dem|den))?'],
  confirmedBy: ['(?:bestätigt|eingeräumt) (?:von|durch)(?: (?:der|die|das|dem|den))?'],
  hostile: ['abgehört', 'abgefangen', 'belauscht', 'mitgeschnitten', '(?:unbefugt|unberechtigt|unautorisiert)\\p{L}* Zugriff\\p{L}*', 'gehackt', 'lahmgelegt', 'lahmzulegen', 'leg(?:t|te|ten) (?:\\S+ ){1,5}lahm', 'verschlüsselt', 'gelöscht', 'Hackergruppe\\p{L}*', 'ausgespäht', 'ausspioniert', 'Cyberoperation\\p{L}*', 'Cyberkampagne\\p{L}*', 'Kampagne\\p{L}*', 'Sabotage', 'Saboteur(?:e|en|s)?(?!\\p{L})', 'Täter(?:n|s)?(?!\\p{L})', 'kompromittiert\\p{L}*', 'Schadsoftware', 'Cyberaktivität\\p{L}*', 'Akteur\\p{L}*', 'angegriffen', 'greif\\p{L}* (?:\\S+ ){0,6}an', 'Einbruch', 'Eindringen', 'Spionageaktivität\\p{L}*', 
    // A cyber means deployed for a hostile purpose ("uses its cyber capabilities to obtain ...", "setzt seine Cyberfähigkeiten ein, um ... zu beschaffen"):
    // the means and the purpose together tell the act; a defensive purpose ("to protect ...") is no such verb.
    `(?:Cyber(?:fähigkeit|kapazität|mittel|werkzeug|waffe|einheit|akteur)\\p{L}*|Hacker\\p{L}*|Schadsoftware|Schadprogramm\\p{L}*|Spionagesoftware|Spähsoftware|Spyware|Malware|Spähprogramm\\p{L}*) ${GAP(4)}ein,? um ${GAP(5)}(?:zu (?:beschaffen|erlangen|erbeuten|stehlen|entwenden|sammeln|überwachen|bespitzeln)|auszuspähen|auszuspionieren|abzugreifen|abzuschöpfen)`,
    `(?:Cyber(?:fähigkeit|kapazität|mittel|werkzeug|waffe|einheit|akteur)\\p{L}*|Hacker\\p{L}*|Schadsoftware|Schadprogramm\\p{L}*|Spionagesoftware|Spähsoftware|Spyware|Malware|Spähprogramm\\p{L}*),? um ${GAP(5)}(?:zu (?:beschaffen|erlangen|erbeuten|stehlen|entwenden|sammeln|überwachen|bespitzeln)|auszuspähen|auszuspionieren|abzugreifen|abzuschöpfen)`,
    // Security incidents: a hit told by its kind ("ein IT-Sicherheitsvorfall wird untersucht").
    '\\p{L}*Sicherheitsvorf(?:a|ä)ll\\p{L}*', 'Cybervorf(?:a|ä)ll\\p{L}*',
    'Ziel\\p{L}*', 'Opfer','Cyberangriff\\p{L}*', 'Angriff\\p{L}*', 'Hacker\\p{L}*', 'attackiert', '\\p{L}*[Ss]pionage\\p{L}*', 'Cyberspionage', 'eingedrungen', 'Attacke\\p{L}*'],
  perpetratorRemedy: ['(?:Entschlüsselungs(?:schlüssel|programm|werkzeug)\\p{L}*|Schlüssel zur Entschlüsselung) (?:\\p{L}+ ){0,4}?(?:herausgeben|herauszugeben|freigeben|freizugeben|veröffentlichen|bereitstellen|bereitzustellen|übergeben|zu übergeben|liefern)'],
  unnamedGroupHeads: ['Gruppe\\p{L}*', 'Gruppierung\\p{L}*', 'Hacker\\p{L}*', 'Hacktivist\\p{L}*', 'Cyberkriminell\\p{L}*'],
  ownOperatives: ['(?:seine|ihre) (?:eigenen )?(?:Cyber-?)?(?:[Ss]pezialisten|[Ee]xperten|[Ee]inheiten|[Hh]acker)'],
  operationAgainst: ['(?:Cyber-?|Sonder)?[Oo]peration(?:en)? gegen'],
  actorNouns: ['Hacker\\p{L}*', 'Spion\\p{L}*', 'Cyberkriminell\\p{L}*', 'Akteur\\p{L}*'],
  victimNouns: ['Opfer\\p{L}*'],
  targetNouns: ['Ziele(?:n)?'],
  victimSpread: ['gehör(?:t|en|te|ten)', 'zähl(?:t|en|te|ten)', 'umfass(?:t|en|te|ten)'],
  userNouns: ['(?:be|internet)?nutzer(?:n|innen)?', 'abonnenten'],
  hitNouns: ['Systeme(?:n)?', 'Netze(?:n)?', 'Server(?:n)?', 'Banken', 'Krankenhäuser(?:n)?', 'Kliniken', 'Organisationen', 'Infrastrukturen'],
  hitNounModifiers: ['staatliche[nmrs]?', 'öffentliche[nmrs]?', 'kommunale[nmrs]?', 'städtische[nmrs]?'],
  hostileVerbs: ['(?:zu )?stören', 'störte(?:n)?', 'lahmzulegen', 'lahmlegte(?:n)?', 'sabotiert(?:e|en)?', 'attackiert(?:e|en)?', 'hackt(?:e|en)', 'infiltriert(?:e|en)'],
  patientPassive: ['(?:wurden?|worden|sind|ist) (?:angegriffen|gehackt|kompromittiert|infiltriert|ausspioniert|lahmgelegt|infiziert)'],
  patientFinal: ['angriff(?:en)?', 'angegriffen', 'eingedrungen', 'gehackt', 'kompromittiert', 'ausspioniert', 'lahmgelegt', 'lahmlegte(?:n)?', 'infiltriert(?:e|en)?', '(?:zu )?stören'],
  governmentOfLeader: ['(?:die )?(?:Regierung|Administration|Regime)(?: (?:von|des))?(?: (?:Präsidenten|Kanzlers|Premierministers))?'],
  victimStates: ['(?:die|der|das|den|dem|des|diese[nmrs]?|alle|ihre[nmrs]?|seine[nmrs]?|unsere[nmrs]?) (?:kompromittiert|gehackt|infiziert|gekapert|betroffen)(?:e|en|er|es|em)'],
  defendantNouns: ['Staatsbürger\\p{L}*', 'Staatsangehörige\\p{L}*', 'Bürger\\p{L}*', 'Brüder\\p{L}*', 'Männer\\p{L}*', 'Frauen', 'Personen', 'Verdächtige\\p{L}*', 'Angeklagte\\p{L}*', 'Anführer\\p{L}*', 'Mitglieder\\p{L}*', 'Betreiber\\p{L}*', 'Firm(?:a|en)', 'Unternehmen', 'Organisationen'],
  defendantOrigin: ['aus', 'aus der', 'aus dem', 'aus den'],
  similar: ['stell\\p{L}* sich (?:\\p{L}+ )?hinter', 'ebenfalls', 'ebenso', 'unterstütz\\p{L}* (?:die|diese|den) (?:Erklärung|Einschätzung|Zuordnung)', 'schlossen sich .{0,40}an', 'schloss sich .{0,40}an', 'ähnliche\\p{L}*', 'mitunterzeichnet', '(?:Bericht|Warnung|Erklärung|Sicherheitshinweis|Hinweis|Dokument|Papier|Mitteilung|er|sie|es) (?:ist |wurde |war )?unterzeichnet(?= (?:von|vom) )', 'schlossen sich', 'schloss sich'],
  likeness: ['ähnliche\\p{L}*'],
  statementNouns: ['Erklärung\\p{L}*', 'Einschätzung\\p{L}*', 'Schlussfolgerung\\p{L}*', 'Stellungnahme\\p{L}*', 'Bericht\\p{L}*', 'Feststellung\\p{L}*', 'Aussage\\p{L}*', 'Mitteilung\\p{L}*', 'Position\\p{L}*', 'Warnung\\p{L}*', 'Äußerung\\p{L}*', 'Bedenken', 'Worte\\p{L}*', 'Weise', 'Art'],
  joinVerbs: ['stell\\p{L}* sich (?:\\p{L}+ )?hinter', 'unterstütz\\p{L}* (?:die|diese|den) (?:Erklärung|Einschätzung|Zuordnung)', 'schlossen sich .{0,40}an', 'schloss sich .{0,40}an', 'mitunterzeichnet', '(?:Bericht|Warnung|Erklärung|Sicherheitshinweis|Hinweis|Dokument|Papier|Mitteilung|er|sie|es) (?:ist |wurde |war )?unterzeichnet(?= (?:von|vom) )', 'schlossen sich', 'schloss sich'],
  agentMarkers: ['von'],
  joint: ['gemeinsam mit', 'zusammen mit', 'in (?:Kooperation|Abstimmung|Partnerschaft) mit', 'im Verbund mit', 'Seite an Seite mit', 'Partnerbehörden (?:aus|in)', 'Partner(?:n|staaten)? aus', 'mitunterzeichnet von'],
  jointActs: ['gemeinsame[nmrs]? (?:[\\p{L}-]+ )?(?:Warnung|Erklärung|Stellungnahme|Bericht|Sicherheitshinweis|Empfehlung|Mitteilung)'],
  jointRefs: ['(?:der|die|den) beteiligten (?:Behörden|Staaten|Dienste|Partner|Regierungen)', '(?:die|der|den) Partner(?:behörden|staaten|n)?', '(?:die|der|den) Verbündeten', '(?:die|der|den) (?:beiden|drei|vier|fünf|sechs|sieben|acht) (?:Behörden|Dienste|Staaten|Regierungen|Länder)'],
  cooperation: [
    // Partners listed as examples ("partners such as X and Y", "nos partenaires, tels que X"): they side with the speaker.
    'Partner\\p{L}*(?: [\\p{L}-]+){0,2},? (?:wie|darunter)', 'Verbündete\\p{L}*(?: [\\p{L}-]+){0,2},? (?:wie|darunter)',
    'mit (?:[^\\s.;:!?]+ ){1,8}?(?:eng |weiter |weiterhin )?zusammen(?:arbeiten|arbeitet|gearbeitet|zuarbeiten)', 'arbeite\\p{L}* (?:weiterhin |weiter |eng )?mit (?:[^\\s.;:!?]+ ){1,8}?zusammen', '(?:in )?(?:enger )?Zusammenarbeit mit'],
  // with the subjunctive of reported speech ("Washington solle ... einstellen")
  // A demand fronted as the source of a modal (claims/rules/fronted-demand.ts): "Wie X seit Jahren fordert, sollten die Staaten".
  frontedDemand: ['wie (?:[^\\s,.;:!?]+ ){1,6}?(?:fordert|forderte|fordern|forderten|verlangt|verlangte|verlangen|verlangten|empfiehlt|empfahl|empfehlen|anmahnt|anmahnte)(?!\\p{L})'],
  modal: ['müsse', 'muss', 'müssen', 'müsste', 'müssten', 'sollte', 'sollten', 'soll', 'solle', 'sollen'],
  // Reportative "sollen" (claims/reportative-modal.ts): the modal of hearsay ("soll", "sollen", "solle"; "sollte" is advice)
  // and the predicate closing its clause that makes it "reportedly": a perfect infinitive ("ausgespäht haben", "kompromittiert
  // worden sein") or a predicate of responsibility ("hinter X stecken", "verantwortlich sein"). "soll ... untersuchen" stays a demand.
  reportativeModal: ['soll', 'sollen', 'solle'],
  reportativeTail: ['\\p{L}+(?:t|en) haben', '(?:\\p{L}+(?:t|en) )?(?:worden|gewesen) sein', 'stecken', 'stecke', 'verantwortlich sein', 'beteiligt sein'],
  // "müssen davon ausgehen, dass ...", "sollten damit rechnen": a modal before a verb of expectation warns (claims/rules/modal-call.ts).
  expectAfterModal: ['davon ausgehen', 'damit rechnen', 'mit \\p{L}+ rechnen', 'sich darauf einstellen', 'darauf gefasst sein'],
  victim: ['gegen', 'auf'],
  linkedAroundBefore: ['vo[nm]', 'von der'],
  linkedAroundAfter: ['(?:\\p{L}+ )?(?:unterstützt|gesteuert|finanziert|beauftragt|kontrolliert)(?!\\p{L})', 'aus (?:operier|agier)\\p{L}*'],
  linkedTo: ['ausgehend von', 'mit Ursprung in', 'mit Verbindungen zu', 'in Verbindung mit', 'im Auftrag', 'auf (?:Geheiß|Befehl|Anweisung|Weisung)', 'unterstützt von', 'gesteuert von', 'nahestehend\\p{L}*', 'arbeitend\\p{L}* für', 'im Interesse(?: (?:der|des))?'],
  // A parliamentary question's header, its authors inside it, its first person, the heading of its answer (claims/asker.ts).
  questionNouns: ['Kleinen? Anfrage', 'Großen? Anfrage', 'schriftlichen? Frage'],
  askerRefs: ['die Fragesteller(?:innen)?', 'der Fragesteller(?:in)?', 'den Fragestellern'],
  firstSingular: ['ich'],
  answerHeads: ['Antwort', 'Vorbemerkung der Bundesregierung'],
  memberRefs: ['der Abgeordnete', 'die Abgeordnete', 'der Parlamentarier', 'die Parlamentarierin'],
  // Pressing an addressee to act (the call cue keeps out "drängte sich"): "drängte die Minister, ... einzuleiten".
  appeal: ['dräng(?:t|te|ten|en)', '(?<!nicht |kaum )bereit,? (?:[^\\s.;:!?]+ ){0,6}?(?:zusammenzuarbeiten|zu kooperieren|in einen Dialog zu treten)', `wies ${GAP(6)}an(?!\\p{L})`, '(?<!(?:darauf|sind|ist|sei|seien|war|waren|wären|wurde|wurden|worden|werden|bleiben|bleibt) angewiesen)angewiesen', `ordnete ${GAP(4)}(?:Ermittlungen|eine (?:\\p{L}+ )?Untersuchung) an`, 'forder\\p{L}*', 'rief\\p{L}*', 'ruf(?:t|en)', 'appellier\\p{L}*', 'mahn\\p{L}*', 'Appell(?:e|s)?'],
  modifierSuffix: ['nah\\p{L}*', 'treu\\p{L}*', 'gesteuert\\p{L}*', 'unterstützt\\p{L}*'],
  relativePronouns: ['de[nmr]', 'die', 'das', 'welche\\p{L}*'],
  objectRelatives: ['dem', 'den', 'denen'],
  relativeClauseOpeners: ['der', 'die', 'das', 'den', 'dem', 'deren', 'dessen'],
  stateWords: ['Staat(?:en)?'],
  ownRefs: ['(?:sein|seine[mnrs]?|ihr|ihre[mnrs]?|unser|unsere[mnrs]?) (?:[\\p{L}-]+ ){0,2}?[\\p{L}-]*(?:netz|system|server|webseite|website|portal|plattform|infrastruktur|dienst|konten|konto|geräte|mitarbeiter|kunden|daten|mail|postfäch|postfach)\\p{L}*', 'des Landes', 'des Unternehmens'],
  nonFiniteHit: ['(?:geworden|worden) zu sein', 'erlitten zu haben'],
  potential: ['könnte(?:n)?', 'kann', 'können', 'dürfte(?:n)?', 'würde(?:n)?'],
  hitEffects: ['beeinträchtigt', 'technische\\p{L}* (?:Probleme|Störung\\p{L}*|Schwierigkeiten|Ausf[aä]ll\\p{L}*|Pannen?)', 'Störungen', '(?:Ausfall|Ausfälle)\\p{L}*', 'nicht (?:mehr )?erreichbar', 'Produktion (?:\\S+ ){0,4}?(?:eingestellt|gestoppt|unterbrochen|stillgelegt)'],
  affectedHits: ['betroffen(?!\\p{L})'],
  // Speech verbs with no subject of their own ("…, hieß es"): claims/impersonal-speech.ts.
  impersonalSay: ['hieß es', 'heißt es'],
  reportBack: ['(?:Das|Dies) (?:teilte|teilten|sagte|sagten|erklärte|erklärten|berichtete|berichteten|meldete|meldeten|gab|gaben|bestätigte|bestätigten)(?!\\p{L})'],
  stateOwnRefs: ['(?:im|in ganzen|im ganzen) Land(?:e)?(?!\\p{L})', 'landesweit\\p{L}*', 'bundesweit\\p{L}*', '(?:Regierungs|Behörden|Staats|Verwaltungs|Ministeriums?)\\p{L}*(?:netz|system|server|webseite|website|seiten|portal|plattform|dienste|infrastruktur)\\p{L}*', '\\p{L}*(?:[Nn]etz|[Ss]ystem|[Ss]erver|[Ww]ebseite|[Ww]ebsite|[Ss]eiten|[Pp]ortal|[Pp]lattform|[Dd]ienste|[Ii]nfrastruktur)\\p{L}* (?:der|des|von) (?:[\\p{L}\\p{N}-]+ ){0,2}?(?:Ministerien|Ministeriums|Behörden|Regierung|Bundesregierung|Staatsverwaltung)(?!\\p{L})', '(?:staatliche|behördliche|Regierungs)\\p{L}* (?:[\\p{L}-]+ ){0,2}?\\p{L}*(?:netz|system|server|webseite|website|seiten|portal|dienste)\\p{L}*'],
  nationalSystems: ['national\\p{L}*'],
  unnamedOfficials: ['(?:die )?Behörden', '(?:die )?Regierung', 'Regierungsvertreter', 'Beamte'],
  possessive: [],
  // A body taken up by its kind noun: the body named just before, not the last speaker (claims/kind-noun-ref.ts).
  bodyKindNouns: ['\\p{L}*behörde', '\\p{L}*agentur', '\\p{L}*ministerium', 'Amt'],
  organNouns: ['Minister(?:in)?', 'Ministerium', 'Ministeriums', 'Bundesministerium', 'Behörde', 'Agentur', 'Amt', 'Amts', 'Amtes', 'Bundesamt', 'Dienst', 'Geheimdienst', 'Zentrum', 'Zentrale', 'Botschaft', 'Polizei', 'Regierung', 'Staatsanwaltschaft', 'Direktion'],
  appositionOrgans: ['\\p{L}*(?:[Dd]ienst|[Mm]inisterium|[Bb]ehörde|[Aa]gentur|[Zz]entrum|[Dd]irektion|[Pp]olizei|[Ii]nstitut|[Kk]ommando)(?:e?s)?', '\\p{L}*[Aa]usschuss(?:es)?', 'Bundesamt(?:e?s)?'],
  personPronouns: ['er', 'sie'],
  sayObjectWords: ['dass', 'in', 'im', 'über', 'von', 'vom', 'vor', 'gegen', 'an', 'zu', 'zum', 'zur', 'mit', 'auf', 'für', 'ob', 'dem', 'den'],
  complementizers: ['dass'],
  factRelatives: ['was'],
  inversionAsides: ['unter anderem', 'etwa', 'zum Beispiel', 'seinerseits', 'ihrerseits'],
  subjectAsides: ['seinerseits', 'ihrerseits', 'wiederum', 'hingegen', 'dagegen'],
  envoyNouns: ['Botschafter(?:in|s|n)?', 'Gesandte[nr]?', 'Geschäftsträger(?:in|s)?'],
  postingMarkers: ['in', 'im', 'in der', 'bei', 'beim', 'bei der'],
  ourPossessives: ['unser(?:e|em|en|er|es)?'],
  roleBodyMarkers: ['bei', 'beim', 'von', 'vom'],
  selfPossessives: ['unser(?:e|em|en|er|es)?'],
  selfRefs: ['wir'],
  bylineTeam: ['(?:[\\p{L}-]+ ){0,3}team'],
  selfAt: ['bei'],
  intervieweeBefore: ['Interview mit', 'Gespräch mit', 'sprachen mit', 'sprach mit', 'unterhielten uns mit', 'befragten'],
  citedFindings: ['(?:über )?(?:die )?(?:Erkenntnisse|Ergebnisse|Befunde) (?:von|des|der)', 'unter Berufung auf(?: die| den| das)?', 'einen Bericht (?:von|des|der)'],
  statementTitles: ['Erklärung', 'Stellungnahme', 'Pressemitteilung', 'Kommentar'],
  titleTopics: ['zu', 'zum', 'zur'],
  // The one named last: "Letzterer", and "Letztere" as a subject with its verb after it, not as an adjective ("letztere
  // Variante"; claims/latter-ref.ts).
  latterRefs: ['letzterer', 'letztere(?=\\s+(?:hat|habe|hatte|sagte|erklärte|betonte|bestritt|wies|warnte|forderte|räumte|bestätigte)(?!\\p{L}))'],
  backRefs: ['die Sprecherin', 'der Sprecher', 'die Ministerin', 'der Minister', 'die Regierung', 'das Ministerium', ...governedRef('(?:des Ministeriums|der Regierung)', '(?:dem Ministerium|der Regierung)'), 'das Papier', 'das Dokument', 'die Erklärung',
    // The other speakers' nouns a wire report refers back with: "Das Amt ...", "Die Agentur ...", "Der Diplomat ...".
    'das Amt', 'die Agentur', 'der (?:Geheim|Nachrichten)dienst', 'das Ressort', 'das Außenamt',
    'der Botschafter', 'die Botschafterin', 'der Diplomat', 'die Diplomatin', 'der Direktor', 'die Direktorin',
    'der Behördenleiter', 'die Behördenleiterin', 'der Staatssekretär', 'die Staatssekretärin',
    // An envoy, a consul, an official and a state's other offices by their kind ("die Gesandte", "der Konsul", "die
    // Beamtin", "die Vertretung", "die Aufsichtsbehörde"), and in the genitive a source marker governs ("nach Angaben der Behörde").
    'der (?:Sonder)?gesandte', 'die (?:Sonder)?gesandte', 'der Konsul', 'die Konsulin', 'der Beamte', 'die Beamtin',
    'die (?:diplomatische )?Vertretung', 'der Regulierer', 'die (?:Aufsichts|Regulierungs)behörde',
    ...governedRef('(?:der (?:(?:Aufsichts|Regulierungs)?[Bb]ehörde|Botschaft|Agentur|Vertretung)|des (?:Botschafters|Diplomaten|Gesandten|Regulierers|Amtes))', '(?:der (?:(?:Aufsichts|Regulierungs)?[Bb]ehörde|Botschaft|Agentur|Vertretung)|dem (?:Botschafter|Diplomaten|Gesandten|Regulierer|Amt))')],
  // ... and in the genitive right after one of its people, who speaks for it: "sagte ein Forscher des Unternehmens",
  // "ein Sprecher des Konzerns" (not "die Server des Unternehmens", its own systems).
  // A news outlet by its kind, pointing back to the outlet named before (outlet-ref.ts); never the outlet's audience.
  outletRefs: ['die Zeitung', 'die (?:Tages|Wochen|Sonntags)zeitung', 'das (?:Nachrichten)?[Mm]agazin', 'die Nachrichtenagentur', 'der Sender', 'das Nachrichtenportal', 'die Nachrichtensendung'],
  // An embassy by its kind noun alone: its own statement's self-reference, else the embassy named last (claims/kind-noun-ref.ts).
  embassyRefs: ['die Botschaft'],
  embassyNouns: ['Botschaft(?:en)?'],
  companyRefs: ['der Konzern', 'die Organisation', 'das Unternehmen', 'die Firma', 'der Hersteller', 'der Anbieter',
    // ... and their compounds of a trade: "der Softwarekonzern", "der Sicherheitsdienstleister", "die Sicherheitsfirma".
    'der [\\p{L}-]+(?:konzern|hersteller|anbieter|dienstleister)', 'der (?:IT-)?Dienstleister', 'das [\\p{L}-]+unternehmen', 'die [\\p{L}-]+firma',
    ...governedRef('(?:des (?:Konzerns|Unternehmens|Herstellers|Anbieters)|der (?:Firma|Organisation))', '(?:dem (?:Konzern|Unternehmen|Hersteller|Anbieter)|der (?:Firma|Organisation))'),
    'des (?:Konzerns|Unternehmens|Herstellers|Anbieters)(?<=(?:Sprecher|Forscher|Experte|Expertin|Analyst|Mitarbeiter|Vertreter|Manager|Chef|Leiter)\\p{L}* des (?:Konzerns|Unternehmens|Herstellers|Anbieters))'],
  companyRefDeterminers: ['der', 'die', 'das', 'des'],
  companyRefComplements: ['des', 'eines', 'von'],
  // "das Bundesjustizministerium", "das Bundesministerium der Justiz", and two portfolios sharing the head noun ("Außen- und Innenministerium").
  stateBodyRefs: ['das (?:Bundes)?(?:Justiz|Außen|Innen|Finanz|Verteidigungs|Wirtschafts|Digital)ministerium', 'das Bundesministerium (?:der Justiz|der Finanzen|der Verteidigung|des Innern)', '(?:das )?(?:Justiz|Außen|Innen|Finanz|Verteidigungs|Wirtschafts|Digital)- und (?:das )?(?:Justiz|Außen|Innen|Finanz|Verteidigungs|Wirtschafts|Digital)ministerium', 'die Behörde'],
  nationalBodyKinds: ['Wahlkommission', 'Wahlbehörde', 'Sozialversicherung', 'Nationalpolizei', 'Datenschutzbehörde'],
  investigatingBodies: ['(?:die )?Staatsanwaltschaft', '(?:die )?Justiz', '(?:die )?Polizei', '(?:die )?Ermittler', '(?:die )?Ermittlungsbehörden', '(?:die )?Strafverfolgungsbehörden'],
  bodyPlaceLinks: ['in', 'von'],
  reportRefs: ['(?:der|dem|im) Bericht', '(?<=\\bin )(?:der|dem) (?:am \\p{L}+ )?(?:\\p{L}+en )?(?:Bericht|Papier|Warnung)', 'die (?:Studie|Analyse|Untersuchung|Ermittlungen)', 'sein(?:em)? Bericht'],
  reportNouns: ['Bericht\\p{L}*', 'Papier', 'Warnung', 'Studie', 'Analyse', 'Untersuchung(?:en)?', 'Ermittlungen'],
  reportedContent: ['Informationen', 'Berichterstattung', 'Artikel', 'Meldung(?:en)?'],
  shamReports: SHAM_REPORTS,
  findingVerbs: ['zeig(?:t|te|en|ten)', 'belegt', 'belegen', 'ergab(?:en)?', '(?:hat|haben) ergeben', 'kommt zu dem Schluss', 'kam zu dem Schluss', 'stellte fest', 'stellt fest'],
  staffRefs: [...governedRef('der (?:(?:Sicherheits)?[Ff]orscher(?:innen)?|Analysten)', 'den (?:(?:Sicherheits)?[Ff]orscher(?:n|innen)|Analysten)'), 'die (?:Sicherheits)?forscher(?:innen)?', 'seine (?:Sicherheits)?forscher', 'ihre (?:Sicherheits)?forscher', 'die Analysten', 'die Ermittler', 'das (?:Forschungs|Analyse)?team'],
  accusationBy: ['von', 'aus', 'der', 'des'],
  accusationAgainst: ['gegen', 'gegenüber'],
  eventRelatives: ['bei (?:dem|der|denen)', 'in dessen Verlauf', 'in deren Verlauf', 'wobei'],
  staffNouns: ['(?:sicherheits)?forscher(?:n|innen)?', 'analysten', 'ermittler(?:n|innen)?', 'experten', 'fachleute(?:n)?'],
  quantifiers: ['ein(?:e|er|es|en|em)?', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'einige', 'mehrere', 'viele', 'manche', 'beide', 'andere', 'zahlreiche', 'dutzende'],
  companyNouns: ['\\p{L}*unternehmens?', '\\p{L}*firm(?:a|en)', '\\p{L}*verband(?:e?s)?', 'Anbieters?', 'Herstellers?', '\\p{L}*forscher(?:innen)?', '\\p{L}*experten', 'Fachleute', 'Medien', 'Presse', 'Zeitungen', '\\p{L}*rechts(?:organisation(?:en)?|gruppen?)', 'Nichtregierungsorganisation(?:en)?', 'NGOs?'],
  // German writes a role as the head of a compound ("Kremlsprecher", "FBI-Direktor", "EU-Außenbeauftragter").
  stateOffices: ['[\\p{L}\\-]*minister(?:in)?', '[\\p{L}\\-]*kanzler(?:in)?', 'Regierungssprecher(?:in)?', 'Staatssekretär(?:in)?', '(?:Bundes|Staats)präsident(?:in)?'],
  roles: [
    '[\\p{L}\\-]*(?:minister|kanzler|sprecher|botschafter|präsident|direktor|beauftragte|sekretär|berater|chef|leiter|koordinator|vorsitzende|forscher|analyst|experte|spezialist|professor|politiker|bürgermeister|gouverneur|kommissar)(?:in|innen|s|n|r|en)?',
    'General(?:major|leutnant|inspekteur)?', 'Admiral', 'Oberst', 'Senator(?:in)?', 'Abgeordnete[rn]?',
    // envoys and consuls ("der uruguayische Konsul X", "die Gesandte X")
    'Konsul(?:in)?', 'Generalkonsul(?:in)?', '(?:Sonder)?[Gg]esandte[rn]?',
  ],
  memberRoles: ['[\\p{L}\\-]*Abgeordnete[rn]?', 'Parlamentarier(?:in)?', 'Senator(?:in)?', '[\\p{L}\\-]*(?:Fraktionsvorsitzende|Fraktionschef(?:in)?)[rn]?', '[\\p{L}\\-]*[Pp]olitiker(?:in)?', 'Partei(?:chef(?:in)?|vorsitzende[rn]?)', 'Generalsekretär(?:in)?'],
  oppositionRoles: ['Schatten(?:minister|kanzler|innenminister|außenminister|justizminister)(?:in)?', 'Schattenkabinett(?:s)?'],
  partyMembership: ['Mitglied(?:er)? (?:der|des|von)', 'von der', 'vom'],
  honorifics: ['Herr', 'Frau'],
  continuation: ['zudem', 'außerdem', 'auch'],
  reportedMood: ['könne', 'sei', 'seien', 'habe', 'hätten', 'müsse', 'werde', 'lenke', 'stehe', 'lasse'],
  recommendHeads: ['Empfehlung(?:en)?', 'Handlungsempfehlung(?:en)?', 'Schutzmaßnahmen', 'Gegenmaßnahmen', 'Maßnahmen zur Abwehr'],
  advisoryAudience: ['Organisationen', 'Unternehmen', 'Firmen', 'Betreiber(?:n)?', 'Nutzer(?:n|innen)?', 'Anwender(?:n)?', 'Administratoren', 'Behörden', 'Öffentlichkeit'],
  consumers: ['Nutzer(?:n|innen)?', 'Kunden', 'Kundinnen', 'Anwender(?:n|innen)?', 'Mitglieder(?:n)?', 'Verbraucher(?:n|innen)?'],
  harmIntent: ['(?:bereite\\p{L}* sich (?:\\p{L}+ ){0,2}?vor|bereit),? (?:\\p{L}+ ){0,3}?["«„]?(?:anzurichten|zuzufügen|zu zerstören|zu sabotieren|zu stören|lahmzulegen)'],
  actForecast: ['(?:werden|würden) (?:nicht aufhören|weitergehen|anhalten|fortgesetzt werden|nicht nachlassen)(?!\\p{L})'],
  forecastJoin: ['und'],
  hostilePursuit: [`versuch(?:t|en|e),? ${GAP(6)}(?:einzudringen|anzugreifen|auszuspähen|auszuspionieren|zu hacken|zu stehlen|zu kompromittieren|zu infiltrieren|zu sabotieren)`, `ha(?:t|be|ben|tte|tten) es (?:weiterhin |weiter |nach wie vor |erneut )?auf ${GAP(8)}abgesehen`],
  enemyNouns: ['(?:der|den|dem|des) Feind(?:es)?', 'die Feinde', 'feindlich\\p{L}*'],
  messageNouns: ['Nachricht(?:en)?', 'Textnachricht(?:en)?', 'SMS', 'Bildschirm(?:e|en)?', 'Anzeigetafel(?:n)?', 'Banner', 'Lösegeldforderung(?:en)?'],
  governmentNouns: ['(?:die |der )?(?:Bundes|Landes|Staats)?regierung', '(?:die |den )?Behörden'],
  // Money as a demand's object (claims/money-demand.ts): a ransom or a price asked, no call.
  moneyDemands: ['Lösegeld(?:er|forderung(?:en)?)?', 'Geld(?:betr(?:a|ä)ge?|summen?)?(?!\\p{L})', '(?:US-)?Dollar', 'Euro', 'Bitcoins?', 'Zahlung(?:en)?'],
  statuteHeads: ['(?:des|der) (?:\\p{L}+ )?(?:Grundgesetze?s|Verfassung|Konvention|Erklärung|Charta|Gesetze?s|Vertrags|Verordnung|Statuts)(?!\\p{L})'],
  speakerCompoundTails: ['(?:Presse|Konzern|Unternehmens|Firmen)?[Ss]precher(?:in|innen)?'],
  parentOfNext: ['-(?:Tochter|Tochterfirma|Tochterunternehmen|Tochtergesellschaft|Sicherheitstochter|Sparte|Einheit)'],
  parentAfter: ['(?:eine?|die|der) (?:\\p{L}+-)?(?:Tochter|Tochterfirma|Tochterunternehmen|Tochtergesellschaft|Sparte|Einheit) (?:der|des|von)(?: \\p{L}+)?'],
  unitOf: ['(?:eine |die )?(?:Einheit|Abteilung|Unterabteilung|Teil|Stelle|Zentrum|Dienststelle) (?:des|der|von|im|beim)'],
  stateBodies: ['\\p{L}*(?:[Gg]eheimdienst|[Nn]achrichtendienst|[Ss]icherheitsdienst)(?:e?s|en|e)?', 'Armee', 'Streitkräfte', 'Militärs?', '\\p{L}*[Mm]inisteriums?', 'Regierung'],
  threatPredicate: THREAT_PREDICATE,
  threatens: ['droh(?:t|te|ten|en)', 'gedroht'],
  // "warnen vor X": the preposition of what a warning warns of (claims/warned-of-phrase.ts); not the "vor" of time ("vor zwei Wochen").
  warnedOfMarkers: ['vor(?! (?:\\p{N}|kurzem|einigen|wenigen|mehreren|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|einem|einer|Jahren|Monaten|Wochen|Tagen|Stunden)(?![\\p{L}\\p{N}]))'],
  // Compounds too: "Gegenmaßnahmen eingeleitet", "Schutzmaßnahmen ergriffen".
  measuresTaken: ['\\p{L}*maßnahmen (?:\\p{L}+ ){0,2}?(?:ergriffen|getroffen|eingeleitet)', '(?:ergriff|ergriffen|traf|trafen|leitete|leiteten) (?:\\p{L}+ ){0,3}?\\p{L}*maßnahmen'],
  cannotEstablish: ['(?:nicht|kaum) (?:\\p{L}+ ){0,2}?(?:feststellen|bestätigen|bestimmen|klären|ermitteln|zuordnen)'],
  warnAsTime: ['folgt(?:e|en)? auf', 'nach', 'infolge', 'seit'],
  questionLabels: ['F', 'Frage'],
  answerLabels: ['A', 'Antwort'],
  questionLetters: ['F'],
  answerLetters: ['A'],
  noComment: ['äußerte sich (?:zunächst )?nicht', 'keine Stellungnahme', 'wollte sich nicht äußern', 'lehnte\\p{L}* (?:\\p{L}+ ){0,3}?(?:eine Stellungnahme|einen Kommentar|eine Antwort|Auskünfte?) ab', 'wollte\\p{L}* (?:\\p{L}+ ){0,4}?nicht (?:beantworten|antworten|kommentieren)'],
  sanctionActs: ['Sanktion(?:en)?', 'Sanktions\\p{L}+', 'sanktionier\\p{L}*', 'Anklage\\p{L}*', 'angeklagt'],
  // Things a confirmation may be about instead of a hit (claims/technical-finding.ts).
  technicalFindings: ['Schwachstellen?', 'Sicherheitslücken?', 'Lücken?', 'Patch(?:es|s)?', 'Modell(?:e|s)?', '(?:Quell)?[Cc]ode(?:-Überschneidungen)?', 'Überschneidungen?', 'IP-Adressen?', 'Proben?'],
  findingExploited: ['ausgenutzt', 'ausgenützt', 'missbraucht', 'genutzt, um'],
  withheldNames: ['(?:nannte|nannten|nennt|nennen|benannte|benannten) (?:\\p{L}+ ){0,4}?nicht', 'ohne (?:\\p{L}+ ){0,3}?(?:zu nennen|zu benennen|offenzulegen|zu identifizieren)', '(?:machte|machten|macht) (?:\\p{L}+ ){0,2}?keine Angaben'],
  stateWithheld: ['(?:nannte|nannten|nennt|nennen|benannte|benannten) (?:\\p{L}+ ){0,3}?kein(?:en)? (?:Land|Staat)(?!\\p{L})', '(?:einen|ein) (?:Staat|Land) (?:nannte|nannten|nennt|nennen|benannte|benannten) (?:\\p{L}+ ){0,4}?nicht'],
  groupHeads: ['(?:Hacker|Spionage|Cyberspionage|APT-)?(?:[Gg]ruppe|[Gg]ruppierung)(?:n)?', 'Hacker(?:n)?', 'Akteur(?:e|en)?'],
  partisanMarks: ['pro', 'anti'],
  threatNouns: ['Bedrohung(?:en)?'],
  threatSources: ['(?:Bedrohung|Gefahr)(?:en)? (?:\\p{L}+ ){0,2}?(?:durch|seitens|aus)', 'von(?= (?:\\S+ ){1,3}?ausgehende\\p{L}* (?:\\p{L}+ ){0,2}?(?:Bedrohung|Gefahr))'],
  counterCharges: ['während (?:\\p{L}+ ){1,3}?selbst', 'während (?:\\p{L}+ ){1,3}?sich (?:selbst )?als Opfer'],
  thiefIdioms: ['Dieb,? der [„"»]?haltet den Dieb'],
  asMarkers: ['als'],
  supportMarkers: ['mit (?:der )?(?:\\p{L}+ )?(?:Unterstützung|Hilfe) (?:von|des|der|durch)'],
  supplierMarkers: ['(?:geliefert|bereitgestellt|verkauft) (?:von|vom|durch)', '(?:gelieferte|bereitgestellte|verkaufte)[nrs]? (?:\\p{L}+ )?(?:von|vom|durch)'],
  sponsorLead: ['von', 'vom', 'durch'],
  sponsorClose: ['(?:unterstützt|gesteuert|gesponsert|finanziert|betrieben|kontrolliert|gelenkt|beauftragt|geführt|angeleitet)(?:e|en|er|es|em)?'],
  correspondents: ['[\\p{L}-]*[Kk]orrespondent\\p{L}*', 'Reporter\\p{L}*', 'Journalist\\p{L}*'],
  guises: ['g(?:ab|aben|ibt|eben)\\p{L}* sich als', 'getarnt als', 'ausgegeben als'],
  inNameOf: ['im Namen (?:der|des|von)'],
  verbJoin: ['und', 'aber'],
  predicateJoin: ['und', 'aber'],
  predicateOpener: ['hat', 'haben', 'hatte', 'hatten', 'wird', 'werden', 'will', 'wollen', 'kann', 'können', 'ist', 'sind', 'war', 'versprach', 'sicherte', 'kündigte', 'lehnte', 'bot', 'schickte', 'weigerte', 'nicht'],
  verbFinalAppeal: ['angewiesen', 'aufgefordert', 'aufgerufen', 'ersucht', 'aufforderte', 'aufforderten', 'aufrief', 'aufriefen'],
  coordinators: ['und', 'sowie', 'die', 'der', 'das', 'den', 'dem'],
  disjunctions: ['oder'],
  officialHeads: ['Beamte[rn]?', 'Beamtin(?:nen)?', '(?:Regierungs)?[Vv]ertreter(?:in|innen|n)?', 'Diplomat(?:en|in|innen)?', 'Sprecher(?:in|innen|n)?', 'Offizier(?:e|en)?'],
  clauseOpeners: ['was', 'und', 'aber', 'doch', 'während', 'obwohl', 'nachdem', 'weil', 'seit', 'seitdem', 'bevor', 'eine Darstellung, die', 'ein Vorwurf, den', 'Vorwürfe, die'],
  groupDescribers: ['eine[rnm]? (?:[\\p{L}-]+ ){0,2}?(?:\\p{L}*[Gg]ruppe|\\p{L}*[Gg]ruppierung|Akteur|Einheit|Bande)'],
  describedAs: ['als'],
  // First describing, exposing or reporting on a group (claims/described-group.ts): "X beschrieb die Gruppe bereits 2015".
  groupIntroducers: ['(?:erstmals |zuerst )?(?:beschrieb(?:en)?|entdeckte(?:n)?|dokumentierte(?:n)?|enttarnte(?:n)?)',
    '(?:hat|haben|hatte|hatten)(?= (?:\\S+ ){1,6}?(?:beschrieben|entdeckt|dokumentiert|enttarnt|aufgedeckt)(?![\\p{L}\\p{N}]))',
    'veröffentlicht(?:e|en|t)? (?:\\S+ ){0,3}?(?:einen|eine|ihren|seinen|ihre|seine) (?:[\\p{L}-]+ ){0,2}?(?:Bericht|Analyse|Studie|Report) (?:über|zu)'],
  objectPronounsAfter: ['sie', 'ihn'],
  attributionNouns: ['Zuordnung\\p{L}*', 'Zuschreibung\\p{L}*', 'Attribution\\p{L}*', 'Attribuierung\\p{L}*'],
  anterior: ['zuvor', 'früher', 'bisher', 'bislang', 'vormals'],
  background: ['bereits', 'schon', 'damals', 'seinerzeit'],
  questionWords: ['was', 'wie', 'warum', 'welche\\p{L}*', 'wann', 'wird', 'werden'],
  articles: ['die', 'der', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer'],
  listPossessives: ['von', 'vom'],
  courtSeats: ['(?:Land|Amts|Bezirks|Ober|Bundes)?[Gg]ericht(?:shof)? (?:in|von)', '(?:Land|Amts|Bezirks|Ober)gericht', 'Geschworenen\\p{L}* (?:in|von)', 'Staatsanwaltschaft(?: in)?', 'Grand Jury (?:in|von)'],
  courts: ['\\p{L}*[Gg]ericht(?:shof|e)?', 'High Court', 'Richter(?:in)?'],
  resemblance: ['Überschneidung(?:en)?', 'Ähnlichkeit(?:en)?', 'überschneid\\p{L}*'],
  grounds: ['aufgrund', 'auf Grund', 'anhand', 'gestützt auf', 'wegen'],
  locative: ['in'],
  // A body an impersonal speech verb names after it as the source of the words ("..., hieß es aus dem Ministerium").
  sourceLocatives: ['aus', 'in', 'im', 'bei', 'beim'],
  scene: ['in', 'im'],
  placeLeads: ['nach', 'während', 'seit', 'vor', 'infolge', 'bei', 'beim'],
  bodyOf: ['des', 'für'],
  // "(im Folgenden: ANV)": the short form the bracket defines follows.
  shortFormLead: ['im Folgenden', 'nachfolgend', 'kurz'],
  portfolios: ['Innern', 'Inneres', 'Verteidigung', 'Justiz', 'Finanzen', 'Auswärtigen'],
  // Sector-only cues: threats, and the effects of an act on its victims (outage, infection, access).
  kinetic: ['Drohne\\p{L}*', 'Rakete\\p{L}*', 'Marschflugkörper\\p{L}*', 'Luftangriff\\p{L}*', 'Luftschl\\p{L}*', 'Kampfjets?', 'Kampfflugzeug\\p{L}*', 'Artillerie\\p{L}*', 'Bombe\\p{L}*', 'bombardiert\\p{L}*', 'Beschuss', 'beschossen'],
  cyberMarks: ['Cyber\\p{L}*', 'Hacker\\p{L}*', 'gehackt', 'Schadsoftware', 'Malware', 'Ransomware', 'Erpressungssoftware', 'Spionagesoftware', 'DDoS\\p{L}*', 'Phishing', 'Botnetz\\p{L}*', 'Hintertür\\p{L}*', 'Internet\\p{L}*', 'online', 'Computer\\p{L}*', 'Server\\p{L}*', 'Netzwerk\\p{L}*', 'IT-\\p{L}*', 'Daten\\p{L}*', 'Webseite\\p{L}*', 'Website\\p{L}*'],
  threat: ['Einmischung\\p{L}*', 'Wahleinmischung\\p{L}*', 'einzumischen', 'eingemischt', 'mischt\\p{L}* sich', 'Bedrohung\\p{L}*', 'bedroh\\p{L}*', 'angegriffen', 'angreif\\p{L}*', 'lahmgelegt', 'lahmzulegen', 'Schadsoftware', 'Schadprogramm\\p{L}*', 'Malware', 'Ransomware', 'infiziert\\p{L}*', 'kompromittiert\\p{L}*', 'Ausfall', 'Ausfälle\\p{L}*', 'Störung\\p{L}*', 'Zugang zu', 'Zugriff auf', 'Sabotage', 'gehackt', 'Hackerangriff\\p{L}*', 'DDoS\\p{L}*', 'gestohlen', 'ausspioniert', 'ausgespäht', 'im Visier', 'betroffen\\p{L}*', 'Datenleck\\p{L}*', 'Erpress\\p{L}*', 'richtete\\p{L}* sich gegen', 'insbesondere gegen', 'Angriffsziel\\p{L}*', 'Hackergruppe\\p{L}*'],
  reportWords: ['berichte\\p{L}*', 'meldete\\p{L}*', 'Berichten zufolge', 'schrieb\\p{L}*', 'Recherche\\p{L}*'],
  // "sagte der Zeitung" (dative: the audience), not "sagte der (kanadische) Außenminister" (nominative: the speaker).
  addresseeBefore: ['gegenüber (?:der|dem|den) [\\p{L}\\p{N}.-]+', 'gegenüber \\p{Lu}[\\p{L}\\p{N}.-]*'],
  // Adjuncts of a speech verb: when, where, on which occasion ("sagte am Montag bei einer Pressekonferenz in Berlin").
  speechAdjuncts: SPEECH_ADJUNCTS,
  interview: ['Interview mit', 'im Gespräch mit', 'sagte (?:dem|den)', `sagte der(?! (?:\\p{L}+e )?\\p{L}*(?:${SPEAKER_HEADS})(?!\\p{L}))`],
  audienceBefore: ['vor (?:dem|der|den)', 'gegenüber (?:dem|der|den)'],
  sourceDeterminers: ['der', 'die', 'des', 'dieser', 'diesen', 'mehrerer', 'mehreren', 'beider', 'beiden', 'einiger', 'einigen'],
  pairBefore: ['beide\\p{L}*', 'zwei'],
  orgWords: ['ministerium', 'regierung', 'amt', 'partei', 'dienst', 'firma', 'unternehmen', 'konzern', 'behörde', 'bundesamt', 'institut', 'zentrum', 'agentur', 'systeme', 'sicherheit', 'analytik', 'technologien', 'zeitung', 'labor', 'universität', 'hochschule', 'akademie', '\\p{L}*direktion'],
  // A report's basis, its parties neither claimant nor accused (claims/basis-phrase.ts): "based on documents leaked by X".
  basisPhrase: ['(?:gestützt auf|auf (?:der )?Grundlage (?:von|der)|basierend auf|beruhend auf) (?:\\p{L}+ ){0,3}?(?:Dokumente\\p{L}*|Unterlagen|Akten|Dateien|Papiere\\p{L}*)'],
};
