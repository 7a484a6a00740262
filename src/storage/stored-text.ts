/** Answers built around stored JSON texts as they are (Store.listText): nothing parsed or re-serialised. */
import type { StoredText } from './store.ts';

/** A JSON array of the versions' stored texts, in order. */
export function jsonArrayText(items: readonly StoredText[]): string {
  let out = '[';
  for (let i = 0; i < items.length; i++) out += i === 0 ? items[i]!.json : `,${items[i]!.json}`;
  return `${out}]`;
}
