import { tlpOfObject, type TlpLevel } from '../tlp.ts';

/** A colour-coded TLP 2.0 badge; unmarked objects say so (the server treats them like GREEN). */
export function TlpBadge({ level, object }: { level?: string | null; object?: { object_marking_refs?: string[] } }) {
  const tlp = (level ?? tlpOfObject(object)) as TlpLevel | undefined;
  const cls = tlp ? `tlp tlp-${tlp.replace('+', '-')}` : 'tlp tlp-none';
  const text = tlp ? `TLP:${tlp.toUpperCase()}` : 'TLP:UNMARKED';
  return <span className={cls} title={tlp ? `Traffic Light Protocol: ${text}` : 'No TLP marking'} data-tlp={tlp ?? 'none'}>{text}</span>;
}
