/**
 * A dateline known by its place ("Hà Nội - ", "Helsinki – ", "Hanoi, 14/3 – ", "Seoul, ngày 10/2/2023 - ",
 * "Oslo, 29. Juni 2022 – "): a place written in ordinary case, with neither an agency in brackets nor a numeric date
 * beside it, is a dateline when the knowledge base knows it as a place of filing: a capital or seat of power, or a major
 * city; a state's own name only with a date after it ("Singapore, ngày 28/2/2017 - "), since a state's name before a
 * dash opens a pairing as often ("Mỹ - Trung ..."). Its place is then no party of the sentence, as any dateline's
 * (parties.ts `datelineLength`), and it tells the article's home state (dateline-state.ts).
 */
import { CITY_FORMS } from '../../knowledge/data/cities.ts';
import { loadDefaultKnowledge } from '../../knowledge/index.ts';

/** Alias forms that name a state or its seat: a demonym or an inflection is no place of filing. */
const PLACE_FORMS = new Set(['name', 'short', 'metonym']);
/** Alias forms that name a seat of power, which may open a dateline with no date. */
const SEAT_FORMS = new Set(['metonym']);

interface Places {
  /** Lower-cased place form -> alpha-2; a form two states share is left out. */
  states: Map<string, string>;
  /** Lower-cased forms of seats and cities (no state names). */
  seats: Set<string>;
}

let places: Places | undefined;
function knownPlaces(): Places {
  if (places) return places;
  const seen = new Map<string, Set<string>>();
  const seats = new Set<string>();
  const names = new Set<string>();
  const add = (form: string, code: string, seat: boolean) => {
    const k = form.toLowerCase();
    seen.set(k, (seen.get(k) ?? new Set()).add(code));
    (seat ? seats : names).add(k);
  };
  for (const e of loadDefaultKnowledge()) {
    if (e.kind !== 'country' || !e.code || !/^[A-Z]{2}$/u.test(e.code)) continue;
    add(e.name, e.code, false);
    for (const a of e.aliases) if (a.form && PLACE_FORMS.has(a.form)) add(a.name, e.code, SEAT_FORMS.has(a.form));
  }
  for (const [code, byLang] of Object.entries(CITY_FORMS)) for (const forms of Object.values(byLang)) for (const f of forms ?? []) add(f, code, true);
  const states = new Map([...seen].filter(([, codes]) => codes.size === 1).map(([k, codes]) => [k, [...codes][0]!]));
  // A form that is also a state's own name ("Singapore"), or that two states share, opens no undated dateline.
  for (const k of seats) if (names.has(k) || !states.has(k)) seats.delete(k);
  places = { states, seats };
  return places;
}

/** Lower-cased place form -> alpha-2 of the state it lies in (a state, its seat, or a major city). */
export function placeStates(): Map<string, string> {
  return knownPlaces().states;
}

/** Is `place` (the words before a dateline's dash, "Canberra/Bắc Kinh" for two) a known place of filing, `dated` when a date stands beside it? */
export function knownPlaceDateline(place: string, dated: boolean): boolean {
  const { states, seats } = knownPlaces();
  const parts = place.split('/');
  return parts.every((p) => (dated ? states.has(p.trim().toLowerCase()) : seats.has(p.trim().toLowerCase())));
}
