/**
 * A page's block of links to other stories: a line that opens with a related-links heading
 * (lexicons/entity/related-links.ts), with the headlines on the same line ("Related posts: A | B")
 * or on the short lines right under it ("Más información:\n- A\n- B"). Names there belong to other
 * articles: an entity named only there is not this article's.
 */
import { RELATED_LINK_LABELS } from './lexicons/entity/related-links.ts';
import type { Span } from './types.ts';

let labelLine: RegExp | null = null;

/** Longest headline line taken under a heading with nothing after it. */
const MAX_HEADLINE = 160;
/** Lines taken under such a heading. */
const MAX_HEADLINES = 8;

export function relatedLinkSpans(text: string, end = text.length): Span[] {
  labelLine ??= new RegExp(`^[ \\t]*(?:${Object.values(RELATED_LINK_LABELS).flat().join('|')})[ \\t]*(?:[:：][ \\t]*(.*)|)$`, 'iu');
  const out: Span[] = [];
  let pos = 0;
  const lines: Span[] = [];
  while (pos < end) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 || nl > end ? end : nl;
    lines.push({ start: pos, end: lineEnd });
    pos = lineEnd + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = labelLine.exec(text.slice(line.start, line.end));
    if (!m) continue;
    if (m[1]?.trim()) {
      out.push(line);
      continue;
    }
    let j = i + 1;
    for (; j < lines.length && j <= i + MAX_HEADLINES; j++) {
      const l = text.slice(lines[j]!.start, lines[j]!.end).trim();
      if (!l) break;
      const bullet = /^[-–•*·]\s/u.test(l);
      if (!bullet && (l.length > MAX_HEADLINE || /[.!?。！？]["”»」]?$/u.test(l))) break;
      out.push(lines[j]!);
    }
    i = j - 1;
  }
  return out;
}
