import type { DraftItem } from '../api-client.ts';
import { segments } from './segments.ts';

/** What highlighting needs of a draft item. */
export type HighlightItem = Pick<DraftItem, 'id' | 'kind' | 'label' | 'status' | 'spans'>;

/**
 * The article in its own language and direction with every item highlighted in place. Each paragraph
 * keeps `dir="auto"` so right-to-left text lays out correctly; marks carry the ids of the items they
 * belong to, and clicking one selects the innermost (shortest) item.
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
