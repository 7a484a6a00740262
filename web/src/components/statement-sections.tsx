/**
 * The statements on an entity page: about a subject (for, against, other), or made by and addressed
 * at a party (its agencies rolled up to it), with stance and claimant-kind filters. Counts are of
 * statements (claims grouped across sources), as the reader sees them.
 */
import { HiddenNotice } from './hidden-notice.tsx';
import { useState } from 'react';
import { get, type StatementItem, type StatementPage } from '../api-client.ts';
import { useApi } from '../hooks/use-api.ts';
import { StatementCard } from './statement-card.tsx';

const STANCES = ['attributes', 'accuses', 'denies', 'confirms', 'warns', 'calls-for', 'overlaps'];
const KINDS: Array<[string, string]> = [['state', 'states'], ['agency', 'agencies'], ['vendor', 'vendors'], ['media', 'media'], ['other', 'others']];
const FOR = new Set(['attributes', 'accuses', 'confirms']);

function Toggles({ label, options, value, onChange }: { label: string; options: Array<[string, string]>; value: string[]; onChange: (v: string[]) => void }) {
  return (
    <fieldset className="toggles">
      <legend>{label}</legend>
      {options.map(([v, text]) => (
        <button key={v} type="button" aria-pressed={value.includes(v)} onClick={() => onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v])}>{text}</button>
      ))}
    </fieldset>
  );
}

/** Stance and claimant-kind filters (none selected: all). */
export function useStatementFilters() {
  const [stances, setStances] = useState<string[]>([]);
  const [kinds, setKinds] = useState<string[]>([]);
  const controls = (
    <div className="row statement-filters">
      <Toggles label="Stance" options={STANCES.map((s) => [s, s])} value={stances} onChange={setStances} />
      <Toggles label="Claimant" options={KINDS} value={kinds} onChange={setKinds} />
    </div>
  );
  return { stance: stances.length ? stances : undefined, kind: kinds.length ? kinds : undefined, controls, key: `${stances.join()}|${kinds.join()}` };
}

function Column({ title, items, names, cls }: { title: string; items: StatementItem[]; names?: Record<string, string>; cls: string }) {
  return (
    <div className={`side ${cls}`}>
      <h3>{title}</h3>
      {items.length === 0 && <p className="muted">None recorded.</p>}
      {items.map((s) => <StatementCard key={s.id} statement={s} names={names} />)}
    </div>
  );
}

export function SubjectStatements({ id, name }: { id: string; name: string }) {
  const f = useStatementFilters();
  const page = useApi((s) => get<StatementPage>('/statements', { subject: id, stance: f.stance, kind: f.kind, limit: 200 }, s), [id, f.key]);
  const items = page.data?.items ?? [];
  const names = page.data?.names;
  return (
    <section aria-labelledby="statements-h">
      <h2 id="statements-h">Statements about {name} <span className="muted">({page.data?.total ?? '…'})</span></h2>
      <HiddenNotice what="Claims" />
      {f.controls}
      {page.error && <p className="error">{page.error.message}</p>}
      <div className="sides">
        <Column title="For (attributes, accuses, confirms)" items={items.filter((s) => FOR.has(s.stance))} names={names} cls="side-for" />
        <Column title="Against (denies)" items={items.filter((s) => s.stance === 'denies')} names={names} cls="side-against" />
      </div>
      {items.some((s) => !FOR.has(s.stance) && s.stance !== 'denies') && (
        <Column title="Other (warns, calls for, overlaps)" items={items.filter((s) => !FOR.has(s.stance) && s.stance !== 'denies')} names={names} cls="side-other" />
      )}
    </section>
  );
}

export function PartyStatements({ id, name }: { id: string; name: string }) {
  const f = useStatementFilters();
  const q = { stance: f.stance, kind: f.kind, rollup: true, limit: 200 };
  const made = useApi((s) => get<StatementPage>('/statements', { party: id, ...q }, s), [id, f.key]);
  const against = useApi((s) => get<StatementPage>('/statements', { addressee: id, ...q }, s), [id, f.key]);
  return (
    <section aria-labelledby="party-h">
      <h2 id="party-h">Statements by and against {name}</h2>
      <HiddenNotice what="Claims" />
      {f.controls}
      <div className="sides">
        <Column title={`Made by ${name} (${made.data?.total ?? '…'})`} items={made.data?.items ?? []} names={made.data?.names} cls="side-for" />
        <Column title={`Addressed at ${name} (${against.data?.total ?? '…'})`} items={against.data?.items ?? []} names={against.data?.names} cls="side-against" />
      </div>
    </section>
  );
}

export function SourceStatements({ id }: { id: string }) {
  const page = useApi((s) => get<StatementPage>('/statements', { source: id, limit: 200 }, s), [id]);
  return <Column title={`Claims read from this report (${page.data?.total ?? '…'} statements)`} items={page.data?.items ?? []} names={page.data?.names} cls="" />;
}
