/**
 * A body's seat standing for the body that speaks there ("Brussels said", "Брюссель заявил", "Bruxelles a dénoncé",
 * "Brüssel warnt"): a metonym whose claimant is the body (lexicons/bodies.ts), not the state the city lies in. Only a
 * claimant is read this way; the city as a place, a target or a dateline stays its state's.
 * The body speaks as a state does: an attribution to a group accuses the state the group serves.
 */
import { BODY_SEATS } from '../lexicons/bodies.ts';
import type { Resolved } from './frame.ts';

const SEAT_BODY: ReadonlyMap<string, string> = new Map(Object.entries(BODY_SEATS).flatMap(([body, seats]) => seats.map((s) => [s, body] as const)));

/** The body a country mention's written form names as a speaker, if that form is a body's seat. */
export function seatBody(form: string): Resolved | undefined {
  const body = SEAT_BODY.get(form.trim());
  return body ? { value: body, kind: 'state' } : undefined;
}
