/**
 * The state of a wire report's dateline ("TALLINN, March 3 (Reuters) - ", "LA HAYA, 27 may (EFE).- ", "МОСКВА, 10 мая – ",
 * "新华社北京3月2日电"): the place the report is filed from, when the knowledge base knows it as a state, its capital or
 * a city of one state. The dateline is no party to the sentence it opens (claims/parties.ts); it only tells the
 * article's home state when its speakers do not (home-state.ts): a body named by its common noun with no state beside
 * it ("the police urged ...", "В ЦИК подтвердили ...") is then the dateline state's. Only the dateline of one of the
 * first body sentences counts.
 */
import { datelineLength } from './claims/parties.ts';
import { placeStates } from './claims/place-dateline.ts';
import type { Sentence } from './segment.ts';

/** Body sentences looked at for the dateline (a header or a standfirst may come before it). */
const OPENING_SENTENCES = 3;
/** The state of the place that opens the dateline of one of the first body sentences, if the knowledge base knows it. */
export function datelineState(sentences: Sentence[]): string | undefined {
  const body = sentences.filter((s) => !s.title).slice(0, OPENING_SENTENCES);
  for (const s of body) {
    const n = datelineLength(s.text);
    if (!n) continue;
    const opener = s.text.slice(0, n).trim();
    const map = placeStates();
    // "TALLINN, March 3 (Reuters) -", "LA HAYE (Belga/AFP) -": the place runs to the first comma or bracket.
    const place = /^[^,(（\d—–]+/u.exec(opener)?.[0].replace(/[\s.-]+$/u, '');
    const code = place ? map.get(place.toLowerCase()) : undefined;
    if (code) return code;
    // "新华社北京3月2日电": the place stands before the date, after the agency's name.
    const han = /^\p{Script=Han}+?(?=\d)/u.exec(opener)?.[0];
    if (han) for (let i = 1; i < han.length; i++) {
      const c = map.get(han.slice(i));
      if (c) return c;
    }
    return undefined;
  }
  return undefined;
}
