import { useNames } from '../hooks/use-names.ts';
import { Link, objectPath } from './link.tsx';
import { TlpBadge } from './tlp-badge.tsx';

const TYPE_LABELS: Record<string, string> = {
  'intrusion-set': 'intrusion set', 'threat-actor': 'threat actor', location: 'country / place', identity: 'identity',
  report: 'report', campaign: 'campaign', incident: 'incident', malware: 'malware', tool: 'tool',
  'x-opstrack-claim': 'claim', 'attack-pattern': 'technique', indicator: 'indicator', relationship: 'relationship',
};
export const typeLabel = (type: string) => TYPE_LABELS[type] ?? type;

/** A link to an object by id, named once its answer arrives; `name` skips the lookup. */
export function ObjectRef({ id, name, badge = false }: { id: string; name?: string; badge?: boolean }) {
  const names = useNames(name && !badge ? [] : [id]);
  const info = names.get(id);
  const shown = name ?? info?.name ?? id.split('--')[0];
  return (
    <span className="ref">
      <Link to={objectPath(id)} title={id}>{shown}</Link>
      {badge && info && <> <TlpBadge level={info.tlp} /></>}
    </span>
  );
}
