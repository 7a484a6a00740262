/**
 * The extraction pipeline: language, segmentation, entity linking, people, observables and claims,
 * all pure (text in, candidates out, nothing stored). The result is the `opstrack extract --json`
 * shape described in ../shared/eval/README.md; offsets are UTF-16 indices into `text` as given.
 *
 * @example
 * const x = extract('Beijing denied the accusations.\nSource: https://example.org/a');
 * x.claims[0].stance; // 'denies'
 */
import { turnLetters } from './turn-letters.ts';
import { namesLanguage } from './language-of.ts';
import { defaultResolver, loadDefaultKnowledge } from '../knowledge/index.ts';
import { extractClaims, type GroupMention, type ToolMention } from './claims/index.ts';
import { groupAnaphora } from './group-anaphora.ts';
import { isGroupNoun } from './group-schemes.ts';
import { dateClaims } from './dates.ts';
import { entityCountries, linkEntities } from './entities.ts';
import { detectLanguage } from './language.ts';
import { lexiconFor } from './lexicons/index.ts';
import { entityLexiconFor } from './lexicons/entity/index.ts';
import { extractObservables } from './observables.ts';
import { bracketAliases } from './bracket-aliases.ts';
import { acronymCountries, bracketedUnitOwners, findOrganizations } from './organizations.ts';
import { findPeople, type PartyMention, type PersonCandidate } from './people.ts';
import { addKnownMentions, withKnownNames } from './known-people.ts';
import { addGovernmentLeaders } from './government-leader.ts';
import { withRegionalSurnames } from './han-surnames.ts';
import { salientCountries, targetedSectors } from './salience.ts';
import { partyCountries, stateBodies } from './parties.ts';
import { SOURCE_NAMES } from './lexicons/sources.ts';
import { mostNamedState, officialOrganStates, officialPeopleStates, resolveOrganStates } from './organ-state.ts';
import { homeState } from './home-state.ts';
import { ClaimContext } from './claims/context.ts';
import { placeOfOther } from './place-of.ts';
import { relatedLinkSpans } from './related-links.ts';
import { PARTY_NAMES, partyInContext } from './lexicons/political-parties.ts';
import { actingPeople, leaderOfGovernmentOnly } from './people-acting.ts';
import { acronymAppositions } from './claims/acronym-apposition.ts';
import { segmentDocument } from './segment.ts';
import { bodyOfNearbyState, sharedNameBodies } from './shared-names.ts';
import type { KnownEntity } from '../knowledge/types.ts';
import { offTopic, topicUnits } from './topics.ts';
import type { CountryHit, Extraction, IntrusionSetHit, MentionFinder, PersonHit, Span } from './types.ts';

export interface ExtractOptions {
  /** ISO 639-1; detected when absent. */
  lang?: string;
  /** Alias resolver to link with; the built-in knowledge by default. */
  resolver?: MentionFinder;
  /** Publication date of the document (metadata, feed item, analyst); relative dates resolve against it. */
  published?: string | null;
}

export type ExtractionWithExtras = Extraction & {
  /** People named without speaking or claiming anything (not in `people`). */
  mentioned_people: PersonHit[];
};

/**
 * "According to the Journal" after "The Wall Street Journal": a short reference to an organisation
 * named earlier is that organisation.
 */
function shortReference(o: PartyMention, known: PartyMention[], text: string): PartyMention {
  const tail = o.value.toLowerCase();
  const full = known.find((k) => k.end <= o.start && text.slice(k.start, k.end).toLowerCase().endsWith(` ${tail}`));
  return full ? { ...o, value: full.value, ...(full.country ? { country: full.country } : {}) } : o;
}

/** The built-in country entity for an alpha-2 code (a state named only through one of its bodies). */
function countryEntity(code: string): { name: string; id: string } | undefined {
  return loadDefaultKnowledge().find((e) => e.kind === 'country' && e.code === code);
}

/**
 * The mentions of intrusion sets that the knowledge base's own mentions do not cover: a group known
 * only by how it is named (no knowledge-base id: no recorded attribution), or another name of a known
 * group (its attributions, as `known` records them for that group).
 */
function groupsByName(sets: IntrusionSetHit[], known: GroupMention[]): GroupMention[] {
  const out: GroupMention[] = [];
  for (const g of sets) {
    const same = known.find((k) => k.name === g.name);
    for (const m of g.mentions) {
      if (known.some((k) => k.start < m.end && m.start < k.end)) continue;
      out.push({ start: m.start, end: m.end, name: g.name, countries: same?.countries ?? [], ...(same?.units ? { units: same.units } : {}) });
    }
  }
  return out;
}

export function extract(text: string, opts: ExtractOptions = {}): ExtractionWithExtras {
  const lang = opts.lang ?? detectLanguage(text);
  const doc = segmentDocument(text, lang);
  const resolver = opts.resolver ?? defaultResolver();
  const linked = linkEntities(resolver, text, doc.bodyEnd, lang, doc.sentences);
  const lex = lexiconFor(lang);
  /** What entity rules read: the claim profile, else the language's entity profile. */
  const elex = entityLexiconFor(lang);

  const countries: PartyMention[] = [];
  const knownOrgs: PartyMention[] = [];
  const groups: GroupMention[] = [];
  const tools: ToolMention[] = [];
  const sharedNames: { org: PartyMention; bodies: KnownEntity[] }[] = [];
  for (const m of linked.mentions) {
    const e = m.entity;
    // "Chinese-speaking", "nói tiếng Trung Quốc", "en español": a language's name is no mention of its state as a party (language-of.ts).
    if (e.kind === 'country' && e.code) {
      if (!namesLanguage(text, lang, m)) countries.push({ start: m.start, end: m.end, kind: 'country', value: e.code });
    }
    else if (e.kind === 'organization') {
      const c = entityCountries(e)[0];
      const org: PartyMention = { start: m.start, end: m.end, kind: 'organization', value: e.name, ...(c ? { country: c } : {}), ...(e.sector ? { victim: true } : {}) };
      knownOrgs.push(org);
      const bodies = sharedNameBodies(m, lang);
      if (bodies.length > 1) sharedNames.push({ org, bodies });
    } else if (e.kind === 'group') {
      const units = [...new Set((e.attributedTo ?? []).flatMap((a) => (a.organization ? [a.organization] : [])))];
      groups.push({ start: m.start, end: m.end, name: e.name, countries: entityCountries(e), ...(units.length ? { units } : {}) });
    } else if (e.kind === 'software' && e.usedBy?.length) tools.push({ start: m.start, end: m.end, name: e.name, usedBy: e.usedBy });
  }
  // "NCA": a short name bodies of several states share is the body of the state named nearby (shared-names.ts).
  for (const { org, bodies } of sharedNames) {
    const owner = bodyOfNearbyState(bodies, org, countries, doc.sentences, knownOrgs.filter((k) => !sharedNames.some((n) => n.org === k)));
    if (owner) Object.assign(org, { value: owner.name, country: entityCountries(owner)[0] });
  }
  // Groups the knowledge base does not know, named by a vendor's scheme or introduced as a group
  // ("UNC5812", "Lapis Typhoon"), and other names of known ones ("RomCom, also known as UNC2596"):
  // claims are about them as about the groups it knows, and no organisation or person is read there.
  const named = groupsByName(linked.intrusion_sets, groups);
  groups.push(...named);
  groups.sort((a, b) => a.start - b.start);
  // "the group", "该组织", "nhóm này": the group named last, what claims there are about (group-anaphora.ts).
  const groupRefs = groupAnaphora(text, doc.sentences, lang, groups);
  // A sector's people ("the ambassador", "bộ trưởng") are words of role phrases too: left to people.
  const taken = [
    ...linked.mentions.filter((m) => m.form !== 'member' && m.form !== 'adjective').map((m) => ({ start: m.start, end: m.end })),
    ...named.map((g) => ({ start: g.start, end: g.end })),
    // "Q. …", "R. …": a turn letter is no initial of a person and no organisation (turn-letters.ts).
    ...turnLetters(doc.sentences, lex).map((t) => ({ start: t.start, end: t.end })),
  ];
  const body = doc.sentences.filter((s) => !s.title);

  const acronyms = acronymCountries(text.slice(0, doc.bodyEnd), lang, countries, lex);
  // "Cục Phòng vệ mạng Anh (NCSC)": a known body's short name in brackets right after a name that
  // ends in another state is that state's body of the same short name.
  for (const k of knownOrgs) {
    if (!k.country || !/^[)）]/u.test(text.slice(k.end, k.end + 1))) continue;
    const c = countries.find((m) => m.end < k.start && /^\s*[(（]$/u.test(text.slice(m.end, k.start)));
    if (c && c.value !== k.country) k.country = c.value;
  }
  // Sector words may head a name after a proper modifier ("Velmora Energy"): they do not block a name there.
  const sectorWords = linked.mentions.filter((m) => m.entity.kind === 'sector' && m.form !== 'member' && m.form !== 'adjective').map((m) => ({ start: m.start, end: m.end }));
  const nonSector = taken.filter((t) => !sectorWords.some((h) => h.start === t.start && h.end === t.end));
  const foundOrgs = findOrganizations(text, body, lang, nonSector, doc.sentences.find((s) => s.title), sectorWords, knownOrgs, countries).map((o) => {
    // The acronym as written: a Cyrillic one's name is its transliteration ("АСБ" -> "ASB").
    const c = acronyms.get(o.value) ?? acronyms.get(text.slice(o.start, o.end));
    return shortReference(c ? { ...o, country: c } : o, knownOrgs, text);
  });
  // "Nhóm ứng phó sự cố (VIRT) của Velmora", "le centre de veille (VCV) de Velmora": a unit's short name is its body's.
  bracketedUnitOwners(text, lex, foundOrgs, knownOrgs);
  // "Lithuania's National Cyber Security Centre", "МИД Китая", "le ministère polonais du Numérique": the state named next to an organ owns it.
  // A known company inside a known source's longer name ("Viettel" in "Viettel Cyber Security") is that source's.
  for (let i = knownOrgs.length - 1; i >= 0; i--) {
    const k = knownOrgs[i]!;
    if (foundOrgs.some((o) => o.start <= k.start && k.end <= o.end && o.end - o.start > k.end - k.start)) knownOrgs.splice(i, 1);
  }
  resolveOrganStates(text, lex, countries, knownOrgs, foundOrgs, body);
  // "Công đảng", "工党", "Parti travailliste": a form that names a party of that kind in several states names the one of the article's state.
  const stateMentions = new Map<string, number>();
  for (const c of countries) if (c.value) stateMentions.set(c.value, (stateMentions.get(c.value) ?? 0) + 1);
  for (const o of foundOrgs) if (o.value && PARTY_NAMES.has(o.value)) o.value = partyInContext(o.value, text.slice(o.start, o.end), stateMentions);
  // "la ministre de l'Intérieur": a portfolio no state owns is no party ("le ministre français des Armées" is France).
  // A section heading in capitals on a line of its own ("SUMMARY", "MITIGATIONS") is no organisation.
  // So is a group noun taken for a name ("eine aktive Cyberspionage-Gruppierung").
  const unknownOrgs = foundOrgs.filter((o) => (!o.portfolio || o.country) && !sectionHeading(text, body, o) && !isGroupNoun(o.value, lang));
  // A bare sentence-opening subject ("Georgescu weist zurück") is left to people first: a person of that name wins.
  const partiesForPeople = [...countries, ...knownOrgs, ...unknownOrgs.filter((o) => !o.bare)].sort((a, b) => a.start - b.start);
  // "la viceministra de Seguridad de la Red Nacional, X,": the capitalised office of a role is neither a person nor a body.
  const offices: Span[] = [];
  const people = findPeople(text, body, lang, elex, partiesForPeople, taken, doc.sentences.find((s) => s.title) ?? null, offices);
  // "các nhà nghiên cứu của Velmora", "researchers at Velmora": a known vendor's or lab's name after a staff word is its body, no person.
  for (let i = people.length - 1; i >= 0; i--) if (SOURCE_NAMES.has(people[i]!.name)) people.splice(i, 1);
  addKnownMentions(people, text, doc.bodyEnd, taken, elex?.articles ?? null);
  // "the Modi government", "le gouvernement Tusk": a leader named beside a government noun (government-leader.ts).
  addGovernmentLeaders(people, text, doc.bodyEnd, taken, elex);
  withKnownNames(people, lang);
  // Taiwan and Hong Kong people: their family name in the spellings their own Latin names use.
  withRegionalSurnames(people, text, lang);
  const personSpans = people.flatMap((p) => p.mentions);
  // A name built on a head ("the Velmora campaign") holds the person it is named after; other runs that meet a person are the person.
  // A bare subject that is a person's family name ("Georgescu weist zurück") is that person.
  const familyNames = new Set(people.flatMap((p) => [p.name, ...p.aliases].map((n) => n.split(/\s+/u).pop()!)));
  const orgs = unknownOrgs.filter((o) => (o.headed || !personSpans.some((p) => o.start < p.end && p.start < o.end)) && !(o.bare && familyNames.has(o.value)) && !offices.some((f) => o.start < f.end && f.start < o.end));
  // "the Foreign Secretary said", "the Ministry of Information urged": a title or an organ with no state of its own speaks for
  // the state its title names, else for the state of the article's officials.
  // The article's home state (home-state.ts), computed once when a rule first needs it: a state body's own text is its
  // state's; else the state its speakers speak for.
  let homeMemo: { value: string | undefined } | undefined;
  const home = (): string | undefined => {
    if (!homeMemo) {
      const publisher = lex ? new ClaimContext({ text, sentences: doc.sentences, lang, lex, parties: [...countries, ...knownOrgs, ...orgs].sort((a, b) => a.start - b.start), people, groups, groupRefs, tools }).publisher : undefined;
      homeMemo = { value: homeState({ text, lex, sentences: doc.sentences, people, orgs: [...knownOrgs.map((o) => ({ ...o, known: true })), ...orgs], countries, parties: [...countries, ...knownOrgs, ...orgs], ...(publisher?.kind === 'state' ? { publisherState: publisher.value } : {}) }) };
    }
    return homeMemo.value;
  };
  officialOrganStates(text, lex, orgs, home);
  // "the Velmar Network Agency (VNA) ... the VNA said", "维尔玛网络安全局（维网局）……维网局指出": a short form defined in brackets
  // after a name is that party wherever the text uses it, before any other body of the same short form.
  const blocked = [...countries, ...groups, ...people.flatMap((p) => p.mentions)];
  orgs.push(...bracketAliases(text, lex, knownOrgs, orgs, countries, blocked, doc.bodyEnd, home));
  orgs.sort((a, b) => a.start - b.start);
  // "the Belarusian security service VDB ... attributes the campaign to the VDB": an acronym the text puts in apposition to
  // an organ phrase of one state is that state's body wherever it names it (claims/acronym-apposition.ts).
  acronymAppositions(text, lex, countries, orgs, doc.bodyEnd);
  // A named official with no state: the article's officials' state, else the state the article names most (the place of its story).
  officialPeopleStates(lex, people, () => home() ?? mostNamedState(countries), [...knownOrgs, ...orgs]);
  // A state named where someone visited, spoke, was arrested or tried neither speaks nor is accused (place-of.ts).
  const stateParties = lex ? countries.filter((c) => !placeOfOther(text, lex, c)) : countries;
  // "X (Labour, Bristol West) said", "X (Ecolo-Groen) demande": a body in the bracket right after the name of
  // a person who speaks for someone describes the person; the person speaks, not the bracket. So does a party
  // in the bracket after anyone's name ("Prime Minister X (New Democracy) said": a minister speaks for no party).
  const described = people.filter((p) => p.body || p.speaks_for).flatMap((p) => p.mentions);
  const anyone = people.flatMap((p) => p.mentions);
  const inBracketOf = (o: PartyMention) => (o.value && PARTY_NAMES.has(o.value) ? anyone : described).some((m) => o.start > m.end && /^[ \t]*[(（][^()（）\n]*$/u.test(text.slice(m.end, o.start)) && /^[^()（）\n]*[)）]/u.test(text.slice(o.end, text.indexOf('\n', o.end) < 0 ? text.length : text.indexOf('\n', o.end))));
  // "X, a <party> senator, said", "nghị sĩ X thuộc <party>": the party of a membership after the name describes the person too (party-membership.ts).
  const memberships = people.flatMap((p) => (p.membership ? [p.membership] : []));
  const inMembership = (o: PartyMention) => memberships.some((m) => m.start <= o.start && o.end <= m.end);
  const parties = [...stateParties, ...knownOrgs.filter((o) => !inBracketOf(o) && !inMembership(o)), ...orgs.filter((o) => !inBracketOf(o) && !inMembership(o))].sort((a, b) => a.start - b.start);

  // A transcript's or live blog's topic units (topics.ts): claims told under another topic drop, and states named only there take no part.
  const topics = topicUnits(doc.sentences, elex);
  const { claims, speakers } = lex
    ? extractClaims({ text, sentences: doc.sentences, lang, lex, parties, people, groups, groupRefs, tools, home, topics })
    : { claims: [], speakers: new Set<PersonCandidate>() };

  const acting = actingPeople(people, { text, lang, sentences: doc.sentences, lex: elex });
  const toHit = (p: PersonCandidate): PersonHit => ({
    name: p.name,
    aliases: p.aliases,
    ...(p.role ? { role: p.role } : {}),
    ...(p.speaks_for ? { speaks_for: p.speaks_for } : {}),
    ...(p.body ? { body: p.body } : {}),
    mentions: p.mentions,
  });

  /** States that take part: named by claims (salience.ts), or parties by position or through their bodies (parties.ts). */
  function statesThatArePartyTo(): CountryHit[] {
    // A state named only as a language ("Chinese-speaking", "tiếng Trung Quốc") is named in passing (language-of.ts).
    const named = linked.countries.map((c) => ({ ...c, mentions: c.mentions.filter((m) => !namesLanguage(text, lang, m)) })).filter((c) => c.mentions.length);
    const salient = new Set(salientCountries(named, claims, doc.title).map((c) => c.code));
    const speaking = actingPeople(people, { text, lang, sentences: doc.sentences, lex: elex }, true);
    const spokenFor = people.filter((p) => (speakers.has(p) || speaking.has(p)) && p.speaks_for).map((p) => p.speaks_for!);
    const byPosition = partyCountries(named, { text, lang, sentences: doc.sentences, lex: elex, spokenFor, groups });
    // In a transcript or a live blog, a state named only under other topics is no party (topics.ts).
    const out = named.filter((c) => (salient.has(c.code) || byPosition.has(c.code)) && !(topics && offTopic(topics, c.mentions)));
    // A body named only in a block of links or references ("Tham khảo: ...; CISA") is another text's (related-links.ts).
    const related = relatedLinkSpans(text.slice(0, doc.bodyEnd));
    for (const [code, spans] of stateBodies(knownOrgs.filter((o) => !related.some((r) => o.start >= r.start && o.end <= r.end)))) {
      let hit = out.find((c) => c.code === code);
      if (!hit) {
        const e = countryEntity(code);
        if (!e) continue;
        out.push((hit = { code, name: e.name, id: e.id, mentions: [] }));
      }
      hit.mentions.push(...spans);
      hit.mentions.sort((a, b) => a.start - b.start);
    }
    return out;
  }

  // "Vladimir Putin's spokesman said": a person named only as the owner of the one who speaks (the nearest
  // party before the verb, so the claim's speaker) neither speaks nor acts.
  const possessorOnly = (p: PersonCandidate) => !acting.has(p) && p.mentions.every((m) => /^['’]s?(?![\p{L}])/u.test(text.slice(m.end, m.end + 3)));
  // "the government of Nicolás Maduro blamed ...", "the Biden administration said": the government speaks, its leader is named.
  const leaderOnly = (p: PersonCandidate) => leaderOfGovernmentOnly({ text, lex: elex }, p);
  const speaking = (p: PersonCandidate) => (acting.has(p) || (speakers.has(p) && !possessorOnly(p))) && !leaderOnly(p);
  return {
    language: lang,
    title: doc.title?.text ?? null,
    source: doc.source?.url ?? null,
    intrusion_sets: linked.intrusion_sets,
    // Without a language profile there is no participation to judge by: every country stays.
    countries: elex ? statesThatArePartyTo() : linked.countries,
    sectors: targetedSectors(linked.sectors, { text, lang, sentences: doc.sentences, lex: elex, roleSpans: people.flatMap((p) => p.roleSpans), countries, sectorVia: linked.sectorVia }),
    people: people.filter(speaking).map(toHit),
    observables: extractObservables(text, [{ start: 0, end: doc.bodyEnd }]),
    claims: dateClaims(claims, { text, lang, sentences: doc.sentences, published: opts.published }),
    entities: linked.entities,
    mentioned_people: people.filter((p) => !speaking(p)).map(toHit),
  };
}

/** Is the organisation a whole sentence of one word in capitals, a section heading ("SUMMARY", "TECHNICAL DETAILS")? */
function sectionHeading(text: string, sentences: ReadonlyArray<{ start: number; end: number }>, o: { start: number; end: number }): boolean {
  const s = sentences.find((x) => x.start <= o.start && o.end <= x.end);
  if (!s) return false;
  const line = text.slice(s.start, s.end).trim();
  return line === text.slice(o.start, o.end).trim() && /^[\p{Lu} ]{4,}$/u.test(line) && line.split(' ').length <= 3 && !/[.!?:;]$/u.test(line);
}
