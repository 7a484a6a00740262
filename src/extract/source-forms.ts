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
import { ZH_TITLE_KIND_SUFFIXES } from './lexicons/zh.ts';

/** "明镜周刊" / "《明镜周刊》" also written "《明镜》周刊": the kind of publication left outside the title marks. */
function titleKindOutside(forms: ReadonlyArray<{ form: string; name: string }>): Array<{ form: string; name: string }> {
  const kind = new RegExp(`^《?(\\p{Script=Han}{2,}?)(${ZH_TITLE_KIND_SUFFIXES.join('|')})》?$`, 'u');
  const seen = new Set(forms.map((f) => f.form));
  const out: Array<{ form: string; name: string }> = [];
  for (const f of forms) {
    const m = kind.exec(f.form);
    if (!m) continue;
    const form = `《${m[1]}》${m[2]}`;
    if (!seen.has(form)) { seen.add(form); out.push({ form, name: f.name }); }
  }
  return out;
}

export const SOURCE_FORMS: ReadonlyArray<{ form: string; name: string }> = [
  ...[...SOURCES, ...BODIES, ...POLITICAL_PARTIES].flatMap((s) => [s.name, ...(s.aliases ?? [])].map((form) => ({ form, name: s.name }))),
  ...NEWS_OUTLET_FORMS,
  ...titleKindOutside(NEWS_OUTLET_FORMS),
].sort((a, b) => b.form.length - a.form.length);

/** Whether `s` is exactly one written form of a known source or intergovernmental body ("Recorded Future"). */
export function isSourceForm(s: string): boolean {
  return SOURCE_FORMS.some((f) => f.form === s);
}
