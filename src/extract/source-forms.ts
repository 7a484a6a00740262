/**
/**
 * The written forms of the known sources, intergovernmental bodies, political parties and news outlets
 * (lexicons/sources.ts, lexicons/bodies.ts, lexicons/political-parties.ts, knowledge/data/news-outlets.ts),
 * longest first, each with the name it stands for: what the organisation finder matches, and what tells
 * a speaking name is a body's (org-subject.ts).
 */
import { SOURCES } from './lexicons/sources.ts';
import { BODIES } from './lexicons/bodies.ts';
import { POLITICAL_PARTIES } from './lexicons/political-parties.ts';
import { NEWS_OUTLET_FORMS } from '../knowledge/data/news-outlets.ts';

export const SOURCE_FORMS: ReadonlyArray<{ form: string; name: string }> = [
  ...[...SOURCES, ...BODIES, ...POLITICAL_PARTIES].flatMap((s) => [s.name, ...(s.aliases ?? [])].map((form) => ({ form, name: s.name }))),
  ...NEWS_OUTLET_FORMS,
].sort((a, b) => b.form.length - a.form.length);

/** Whether `s` is exactly one written form of a known source or intergovernmental body ("Recorded Future"). */
export function isSourceForm(s: string): boolean {
  return SOURCE_FORMS.some((f) => f.form === s);
}
