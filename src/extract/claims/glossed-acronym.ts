/**
 * A bracket that glosses a name with its name in another language and then its acronym, after a comma
 * ("der Nationale Nachrichtendienst Velmariens (National Intelligence Service, NIS)", "la agencia de Velmar (Velmar
 * Cyber Agency, VCA)", "Cơ quan tình báo Velmar (Velmar Intelligence Office, VIO)", "（National Cyber Authority，NCA）"):
 * the acronym is the short form the bracket defines, as if it stood alone in it, and the glossing name is the name it
 * is short for. The acronym's letters must be the initials of the glossing name, in order: a list of sources or of
 * places ("(Reuters, BBC)", "(Oakfield—Riverton, PCC)") or an example ("(e.g., GLASSTOKEN)") defines nothing.
 */

/** The last comma of the bracket, the acronym after it: capitals, digits, joiners, two capitals at least. */
const GLOSS = /^(.+?)\s*[,，]\s*((?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{Lu}\p{N}&\-]{1,11})$/u;
/** A glossing name: two to eight words, the first capitalised, no further comma. */
const NAME = /^\p{Lu}[^,，;；:：]*$/u;
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 8;

/** Are the letters of `form` (hyphen and digits aside) the initials of words of `name`, in order, the first one first? */
function initialsOf(form: string, name: string): boolean {
  const initials = name.split(/[\s'’\-]+/u).filter(Boolean).map((w) => w[0]!.toLowerCase()).join('');
  const letters = form.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (!letters || !initials.startsWith(letters[0]!)) return false;
  let i = 0;
  for (const c of letters) {
    i = initials.indexOf(c, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}

/**
 * The acronym a bracket's `content` defines after a glossing name, with its offset in `content`, and the glossing
 * name's span in `content`; null when the content is no such gloss.
 */
export function glossedAcronym(content: string): { form: string; offset: number; name: { start: number; end: number } } | null {
  const m = GLOSS.exec(content.trim());
  if (!m) return null;
  const name = m[1]!;
  const words = name.split(/\s+/u).length;
  if (words < MIN_NAME_WORDS || words > MAX_NAME_WORDS || !NAME.test(name) || !initialsOf(m[2]!, name)) return null;
  const lead = content.length - content.trimStart().length;
  return { form: m[2]!, offset: lead + m[0].length - m[2]!.length, name: { start: lead, end: lead + name.length } };
}
