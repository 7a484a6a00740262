/**
 * How deeply a JSON text nests, checked on the text before it is parsed: every reader of the
 * parsed value (validation, canonical JSON, the drivers) recurses, and a body nested 10,000 levels
 * deep would overflow their stacks (a 500). STIX objects nest a handful of levels; 100 is plenty.
 * One pass over the text, no recursion. @module
 */
import { Errors } from '../errors.ts';

export const MAX_JSON_DEPTH = 100;

/** Where `text` first nests deeper than `max` arrays/objects (a character offset), or undefined. */
export function jsonTooDeepAt(text: string, max = MAX_JSON_DEPTH): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > max) return i;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return undefined;
}

/**
 * Throws OPS_ERR_INPUT_INVALID (400) naming `field` when `text` nests deeper than MAX_JSON_DEPTH.
 * @example assertJsonDepth(body, 'body')
 */
export function assertJsonDepth(text: string, field: string): void {
  const at = jsonTooDeepAt(text);
  if (at !== undefined) {
    throw new Errors.INPUT_INVALID(`${field}: JSON nested deeper than ${MAX_JSON_DEPTH} levels (at character ${at})`, { field });
  }
}
