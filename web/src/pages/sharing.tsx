/**
 * Sharing: where partners read us (the TAXII discovery URL and API root, as absolute URLs to copy),
 * the collections the caller can see with their id, grants and objects, creating a collection for
 * partners (readers and writers chosen separately), putting objects in and taking them out, sharing
 * an AMBER object with an organisation and naming RED recipients. The server decides every action
 * with the API's rules (its refusal is shown as such).
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError, get, type Items, type Session } from '../api-client.ts';
import { EntityPicker, type Picked } from '../components/entity-picker.tsx';
import { Link } from '../components/link.tsx';
import { TlpBadge } from '../components/tlp-badge.tsx';
import { useApi } from '../hooks/use-api.ts';

interface Org { id: string; name: string }
interface Collection {
  id: string; title: string; description?: string; alias?: string; is_default: boolean; everyone_read: boolean; everyone_write: boolean;
  owner?: Org; readers: Org[]; writers: Org[]; can_read: boolean; can_write: boolean; object_count?: number; created: string;
}
interface ObjectSummary { id: string; type: string; name?: string; tlp?: string; modified?: string; date_added: string }

/** What can be put in a collection or shared from here. */
const SHAREABLE = ['report', 'intrusion-set', 'threat-actor', 'campaign', 'malware', 'tool', 'attack-pattern', 'identity', 'location', 'indicator', 'vulnerability', 'x-opstrack-claim'] as const;
const STIX_ID = /^[a-z0-9][a-z0-9-]*--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The server's refusal, said plainly: a 404 on a share means unknown, hidden or not the caller's to share. */
function refusal(err: unknown, name: string, what: string): string {
  if (err instanceof ApiError && err.status === 404 && err.field === undefined) {
    return `${name}: not found, or not yours to ${what} (only an editor of the organisation that owns it may).`;
  }
  return (err as Error).message;
}

const ID_HINT = 'Pick a suggestion, or paste a STIX id and press Enter.';

/** A picked object's id: a suggestion's, or a STIX id typed in whole (an object search does not list). */
const idOf = (p: Picked | undefined): string | undefined => (p ? p.id || (STIX_ID.test(p.name) ? p.name : undefined) : undefined);

export function SharingPage({ session }: { session: Session }) {
  const canEdit = session.user.role !== 'reader';
  const taxii = useApi((s) => get<{ discovery?: string; api_root?: string; plain_claims?: string }>('/taxii', {}, s), []);
  const collections = useApi((s) => get<Items<Collection>>('/collections', {}, s), []);
  const orgs = useApi((s) => get<Items<Org>>('/orgs', {}, s), []);
  const origin = window.location.origin;
  const apiRoot = taxii.data?.api_root ? origin + taxii.data.api_root : undefined;

  return (
    <>
      <h1>Sharing</h1>
      <p className="muted">
        Partners read what you share through TAXII 2.1 with their own account or API token (HTTP Basic or Bearer). A collection only
        narrows: each object still follows its TLP marking.
      </p>
      <Section title="TAXII server">
        {taxii.error && <p className="error" role="alert">{taxii.error.message}</p>}
        {taxii.data && !taxii.data.discovery && <p className="muted">TAXII is switched off on this installation.</p>}
        {taxii.data?.discovery && (
          <dl className="urls">
            <dt>Discovery URL</dt><dd><CopyableUrl label="TAXII discovery URL" url={origin + taxii.data.discovery} /></dd>
            <dt>API root</dt><dd><CopyableUrl label="TAXII API root" url={apiRoot!} /></dd>
            {taxii.data.plain_claims && <>
              <dt>Claims as plain STIX</dt>
              <dd><CopyableUrl label="TAXII plain claims URL" url={`${apiRoot}collections/${taxii.data.plain_claims}/objects/`} />
                <span className="muted small"> read-only, for tools that ignore OpsTrack's claim extension</span></dd>
            </>}
          </dl>
        )}
      </Section>

      {canEdit && <NewCollection orgs={orgs.data?.items ?? []} onCreated={collections.reload} />}

      <Section title="Collections">
        {collections.error && <p className="error" role="alert">{collections.error.message}</p>}
        {collections.data && collections.data.items.length === 0 && <p className="muted">No collection you may read or write.</p>}
        {(collections.data?.items ?? []).map((c) => (
          <CollectionCard key={c.id} collection={c} apiRoot={apiRoot} onChanged={collections.reload} />
        ))}
      </Section>

      {canEdit && <ShareWithOrg orgs={orgs.data?.items ?? []} />}
      {canEdit && <RedRecipients />}
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `s-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return <section className="card" aria-labelledby={id}><h2 id={id}>{title}</h2>{children}</section>;
}

/** A URL to hand to a partner, with a button that copies it. */
function CopyableUrl({ label, url }: { label: string; url: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // no clipboard (insecure origin): select the text for a manual copy
      const range = document.createRange();
      const el = document.querySelector(`[data-url="${CSS.escape(url)}"]`);
      if (el) { range.selectNodeContents(el); window.getSelection()?.removeAllRanges(); window.getSelection()?.addRange(range); }
    }
  };
  return (
    <span className="row">
      <code aria-label={label} data-url={url}>{url}</code>
      <button type="button" className="small" onClick={() => void copy()} aria-label={`Copy ${label}`}>{copied ? 'Copied' : 'Copy'}</button>
    </span>
  );
}

function OrgChoice({ legend, orgs, chosen, onChange }: { legend: string; orgs: Org[]; chosen: string[]; onChange: (v: string[]) => void }) {
  return (
    <fieldset className="orgs">
      <legend>{legend}</legend>
      {orgs.length === 0 && <span className="muted small">no organisation</span>}
      {orgs.map((o) => (
        <label key={o.id} className="inline">
          <input type="checkbox" checked={chosen.includes(o.id)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, o.id] : chosen.filter((x) => x !== o.id))} /> {o.name}
        </label>
      ))}
    </fieldset>
  );
}

function NewCollection({ orgs, onCreated }: { orgs: Org[]; onCreated: () => void }) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [readers, setReaders] = useState<string[]>([]);
  const [writers, setWriters] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    setDone(undefined);
    try {
      const c = await api<Collection>('POST', '/collections', {
        title, ...(description.trim() ? { description: description.trim() } : {}),
        readers: readers.filter((r) => !writers.includes(r)), writers,
      });
      setDone(`Created “${c.title}” (${c.id}).`);
      setTitle(''); setDescription(''); setReaders([]); setWriters([]);
      onCreated();
    } catch (err) { setError((err as Error).message); }
  };
  return (
    <Section title="New collection">
      <form className="stack" onSubmit={(e) => void submit(e)} aria-label="New collection">
        <div className="row">
          <input aria-label="Collection title" placeholder="title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
          <input aria-label="Collection description" placeholder="description (optional)" value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
        <OrgChoice legend="Readers (may read)" orgs={orgs} chosen={readers} onChange={setReaders} />
        <OrgChoice legend="Writers (may add and remove objects)" orgs={orgs} chosen={writers} onChange={setWriters} />
        <p className="muted small">Your organisation owns the collection and keeps reading and writing it. Only the organisations ticked are granted anything.</p>
        <div className="row"><button type="submit">Create collection</button></div>
        {error && <p className="error" role="alert">{error}</p>}
        {done && <p className="notice" role="status">{done}</p>}
      </form>
    </Section>
  );
}

const orgNames = (list: Org[]) => (list.length ? list.map((o) => o.name).join(', ') : '—');

function CollectionCard({ collection: c, apiRoot, onChanged }: { collection: Collection; apiRoot?: string; onChanged: () => void }) {
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const [tick, setTick] = useState(0);
  // the default collection holds everything: its objects are listed on demand
  const [browse, setBrowse] = useState(!c.is_default);
  const objects = useApi(c.can_read && browse ? (s) => get<Items<ObjectSummary>>(`/collections/${c.id}/objects`, { limit: 10, cursor }, s) : null, [c.id, cursor, tick, browse]);
  const [picked, setPicked] = useState<Picked[]>([]);
  const [error, setError] = useState<string>();
  const refresh = () => { setTick((t) => t + 1); onChanged(); };
  const act = async (fn: () => Promise<unknown>) => {
    setError(undefined);
    try { await fn(); refresh(); } catch (err) { setError((err as Error).message); }
  };
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const ids = picked.map(idOf).filter((x): x is string => !!x);
    if (ids.length === 0) { setError('Pick an object (or paste its STIX id) first.'); return; }
    await act(async () => { await api('POST', `/collections/${c.id}/objects`, { ids }); setPicked([]); });
  };
  const titleId = `c-${c.id}`;
  return (
    <article className="collection" aria-labelledby={titleId}>
      <h3 id={titleId}>{c.title}{c.is_default && <span className="muted small"> (default: every object)</span>}</h3>
      {c.description && <p className="muted">{c.description}</p>}
      <table className="table small">
        <tbody>
          <tr><th>Collection id</th><td><code aria-label={`Collection id of ${c.title}`}>{c.id}</code>{c.alias && <span className="muted"> alias {c.alias}</span>}</td></tr>
          {apiRoot && <tr><th>Objects URL</th><td><CopyableUrl label={`TAXII objects URL of ${c.title}`} url={`${apiRoot}collections/${c.id}/objects/`} /></td></tr>}
          <tr><th>Owner</th><td>{c.owner?.name ?? 'the installation'}</td></tr>
          <tr><th>Readers</th><td aria-label={`Readers of ${c.title}`}>{c.everyone_read ? 'every user' : orgNames(c.readers)}</td></tr>
          <tr><th>Writers</th><td aria-label={`Writers of ${c.title}`}>{c.everyone_write ? 'every editor' : orgNames(c.writers)}</td></tr>
          <tr><th>You</th><td>{c.can_write ? 'read and write' : c.can_read ? 'read' : 'write'}</td></tr>
          <tr><th>Objects</th><td>{c.is_default ? 'all you may see' : <span aria-label={`Object count of ${c.title}`}>{c.object_count ?? 0}</span>}</td></tr>
        </tbody>
      </table>
      {c.can_read && !browse && <button type="button" className="link-button" onClick={() => setBrowse(true)}>List its objects</button>}
      {c.can_read && browse && (
        <>
          {objects.error && <p className="error" role="alert">{objects.error.message}</p>}
          <ul className="objects" aria-label={`Objects in ${c.title}`}>
            {(objects.data?.items ?? []).map((o) => (
              <li key={o.id}>
                <TlpBadge level={o.tlp} /> <Link to={`/objects/${o.id}`}>{o.name ?? o.id}</Link> <span className="muted small">{o.type}</span>
                {c.can_write && !c.is_default && (
                  <button type="button" className="link-button small" aria-label={`Remove ${o.name ?? o.id} from ${c.title}`}
                    onClick={() => void act(() => api('DELETE', `/collections/${c.id}/objects/${o.id}`))}>remove</button>
                )}
              </li>
            ))}
            {objects.data && objects.data.items.length === 0 && <li className="muted">empty</li>}
          </ul>
          <div className="row">
            {cursors.length > 0 && <button type="button" className="link-button" onClick={() => setCursors(cursors.slice(0, -1))}>Previous</button>}
            {objects.data?.next && <button type="button" className="link-button" onClick={() => setCursors([...cursors, objects.data!.next!])}>Next</button>}
          </div>
        </>
      )}
      {c.can_write && !c.is_default && (
        <form className="stack" onSubmit={(e) => void add(e)}>
          <EntityPicker label={`Add to ${c.title}`} types={SHAREABLE} value={picked} onChange={setPicked} multiple allowText textHint={ID_HINT}
            placeholder="Search a report or entity by name, or paste a STIX id…" />
          <div className="row"><button type="submit">Add to collection</button></div>
        </form>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </article>
  );
}

/**
 * One object picked (by name or pasted id) and one action on it with an input beside it: sharing
 * with an organisation, naming a RED recipient. `act` calls the API and answers the message shown.
 */
function ObjectActionForm({ title, help, pickerLabel, button, verb, input, act }: {
  title: string; help: string; pickerLabel: string; button: string; verb: string;
  input: (value: string, set: (v: string) => void) => ReactNode;
  act: (id: string, name: string, value: string) => Promise<string>;
}) {
  const [picked, setPicked] = useState<Picked[]>([]);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined); setDone(undefined);
    const id = idOf(picked[0]);
    if (!id) { setError('Pick an object (or paste its STIX id) first.'); return; }
    try {
      setDone(await act(id, picked[0]!.name, value));
      setPicked([]);
      setValue('');
    } catch (err) { setError(refusal(err, picked[0]!.name, verb)); }
  };
  return (
    <Section title={title}>
      <p className="muted small">{help}</p>
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <EntityPicker label={pickerLabel} types={SHAREABLE} value={picked} onChange={setPicked} allowText textHint={ID_HINT} placeholder="Search by name, or paste a STIX id…" />
        <div className="row">
          {input(value, setValue)}
          <button type="submit">{button}</button>
        </div>
        {error && <p className="error" role="alert">{error}</p>}
        {done && <p className="notice" role="status">{done}</p>}
      </form>
    </Section>
  );
}

function ShareWithOrg({ orgs }: { orgs: Org[] }) {
  return (
    <ObjectActionForm
      title="Share with an organisation" help="A TLP:AMBER object your organisation owns becomes visible to another organisation's users."
      pickerLabel="Object to share" button="Share" verb="share"
      input={(org, setOrg) => (
        <select aria-label="Organisation to share with" value={org} onChange={(e) => setOrg(e.target.value)} required>
          <option value="">organisation…</option>
          {orgs.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      )}
      act={async (id, name, org) => {
        await api('POST', `/objects/${id}/shares`, { org });
        return `${name} is shared with ${orgs.find((o) => o.id === org)?.name ?? org}.`;
      }}
    />
  );
}

function RedRecipients() {
  return (
    <ObjectActionForm
      title="RED recipients" help="A TLP:RED object is read only by the users named here (its writer is one)."
      pickerLabel="RED object" button="Add recipient" verb="name recipients of"
      input={(user, setUser) => <input aria-label="Recipient user name" placeholder="user name" value={user} onChange={(e) => setUser(e.target.value)} required />}
      act={async (id, name, user) => {
        await api('POST', `/objects/${id}/recipients`, { user: user.trim() });
        return `${user.trim()} now receives ${name}.`;
      }}
    />
  );
}
