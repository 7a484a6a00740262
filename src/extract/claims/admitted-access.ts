/**
 * An admission of access to one's own systems ("admitted that outsiders had gained access to its servers", "reconoció
 * que intrusos accedieron a sus sistemas", "a reconnu que des intrus avaient accédé à ses serveurs", "räumte ein, dass
 * Unbefugte auf seine Systeme zugegriffen hatten", "thừa nhận kẻ lạ đã truy cập vào hệ thống", "承认有外人访问了其系统"):
 * a verb of admitting (profile `admission`) concedes a wrong, so others' access to systems told after it (profile
 * `admittedAccess`, the verb of access with the systems it reaches) is a hit the speaker confirms, as a hostile act
 * is. Under a plain confirmation access tells nothing ("confirmed that users accessed the portal"); negated access
 * ("admitted that staff could not access the servers") is no hit.
 */
import type { ClaimContext } from './context.ts';
import type { ClauseFrame, Cue } from './frame.ts';
import { execFrom } from '../lexicons/index.ts';
import { matches } from './text.ts';

/** What ends the admitted content: a sentence or clause stop (not a comma, which opens insertions). */
const STOP = /[.;!?。；！？]/u;

export function admittedAccess(ctx: ClaimContext, f: ClauseFrame, cue: Cue): boolean {
  const { lex, text } = ctx;
  if (!lex.admission || !lex.admittedAccess) return false;
  const verb = execFrom(lex.admission, cue.text);
  if (!verb || verb.index !== 0) return false;
  const end = f.sentence.start + f.sentence.text.length;
  let rest = text.slice(cue.end, end);
  const stop = STOP.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  const access = execFrom(lex.admittedAccess, rest);
  return !!access && !matches(lex.negation, rest.slice(0, access.index + access[0].length));
}
