import type { DraftItem } from '../api-client.ts';
import { segments } from './segments.ts';

/** What highlighting needs of a draft item. */
export type HighlightItem = Pick<DraftItem, 'id' | 'kind' | 'label' | 'status' | 'spans'>;

/**
 * The article in its own language and direction with every item highlighted in place. Each paragraph
 * keeps `dir="auto"` so right-to-left text lays out correctly; marks carry the ids of the items they
 * belong to, and clicking one selects the innermost (shortest) item. The paragraphs joined by
 * newlines are the text exactly, so a selection maps back to offsets (selectionOffsets).
 */
export function HighlightedText({ text, lang, items, selected, onSelect }: {
  text: string; lang?: string; items: HighlightItem[]; selected?: string; onSelect: (id: string) => void;
}) {
  const byId = new Map(items.map((i) => [i.id, i]));
  const shown = items.filter((i) => i.status !== 'rejected');
  const runs = segments(text, shown);
  // split runs at newlines into paragraphs, each a block with its own direction
  let paragraph: Array<{ key: string; text: string; ids: string[] }> = [];
  const paragraphs = [paragraph];
  for (const r of runs) {
    const parts = r.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) paragraphs.push((paragraph = []));
      if (part) paragraph.push({ key: `${r.start}-${i}`, text: part, ids: r.ids });
    });
  }
  const spanLength = (id: string) => Math.min(...(byId.get(id)?.spans ?? []).map((s) => s.end - s.start));
  return (
    <div className="article" lang={lang}>
      {paragraphs.map((runs, p) => (
        <p key={p} dir="auto">
          {runs.map((r) => {
            const inner = [...r.ids].sort((a, b) => spanLength(a) - spanLength(b));
            const [innermost] = inner;
            if (innermost === undefined) return <span key={r.key}>{r.text}</span>;
            const kinds = new Set(inner.map((id) => (byId.get(id)!.kind === 'claim' ? 'claim' : 'entity')));
            const top = byId.get(innermost)!;
            const cls = ['hl', ...[...kinds].map((k) => `hl-${k}`), top.kind !== 'claim' ? `kind-${top.kind}` : '',
              inner.includes(selected ?? '') ? 'hl-selected' : '', top.status === 'accepted' ? 'hl-accepted' : ''].filter(Boolean).join(' ');
            return (
              <mark key={r.key} className={cls} data-items={inner.join(' ')} data-label={top.label} title={inner.map((id) => byId.get(id)!.label).join(' · ')}
                onClick={() => onSelect(innermost)}>{r.text}</mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}

/**
 * The selection inside `root` as offsets into the text (trimmed of surrounding spaces), if any.
 * An offset is the length of the text before it: the earlier paragraphs, one newline after each,
 * and the text nodes before it in its own paragraph.
 */
export function selectionOffsets(root: HTMLElement, text: string): { start: number; end: number } | undefined {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return undefined;
  const range = sel.getRangeAt(0);
  const paragraphs = [...(root.classList.contains('article') ? root : root.querySelector('.article') ?? root).querySelectorAll(':scope > p')];
  const offsetOf = (node: Node, offset: number): number | undefined => {
    let before = 0;
    for (const [i, p] of paragraphs.entries()) {
      if (p.contains(node)) {
        if (node.nodeType !== Node.TEXT_NODE) return undefined;
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          if (t === node) return before + i + offset;
          before += t.textContent?.length ?? 0;
        }
        return undefined;
      }
      before += p.textContent?.length ?? 0;
    }
    return undefined;
  };
  let start = offsetOf(range.startContainer, range.startOffset);
  let end = offsetOf(range.endContainer, range.endOffset);
  if (start === undefined || end === undefined || end <= start || end > text.length) return undefined;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

/** Scrolls the article box (not the page) so the item's first highlight stands in its middle. */
export function scrollToItem(root: HTMLElement | null, id: string): boolean {
  const box = root?.classList.contains('article') ? root : root?.querySelector<HTMLElement>('.article');
  const mark = box?.querySelector<HTMLElement>(`mark[data-items~="${CSS.escape(id)}"]`);
  if (!box || !mark) return false;
  const delta = mark.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 2;
  box.scrollTop += delta;
  return true;
}
