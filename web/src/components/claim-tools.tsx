/**
 * Under every claim card: open its passage in the report, its history (versions, who, when, what
 * changed), and for editors: correct it (a new version) or retract it (a revoking version). The
 * server decides who may write (the editors of the organisation that owns the claim); the history
 * answer says so up front (`can_edit`), so others are told instead of refused.
 */
import { useState } from 'react';
import { api, get, type Claim } from '../api-client.ts';
import { useApi } from '../hooks/use-api.ts';
import { navigate } from '../hooks/use-route.ts';
import { canEdit, useSession } from '../hooks/use-session.ts';
import { ClaimRevisionEditor } from './claim-revision-editor.tsx';
import { Link, objectPath } from './link.tsx';
import { TranslateButton } from './translation.tsx';

export interface ClaimVersion { claim: Claim; date_added: string; author_ref?: string; author_name?: string; revoked: boolean; changed: string[] }
export interface ClaimHistoryAnswer { versions: ClaimVersion[]; can_edit: boolean }

/** The report page, scrolled to the claim's passage. */
export const passagePath = (c: Pick<Claim, 'id' | 'source_ref'>) => `${objectPath(c.source_ref)}?claim=${encodeURIComponent(c.id)}`;

/** After a write: the claim's own page, showing the new version and the history. */
const showClaim = (c: Claim) => navigate(`${objectPath(c.id)}?version=${encodeURIComponent(c.modified)}`);

export function ClaimTools({ claim }: { claim: Claim }) {
  const session = useSession();
  const [mode, setMode] = useState<'none' | 'history' | 'edit' | 'retract'>('none');
  const [history, setHistory] = useState<ClaimHistoryAnswer>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const editor = canEdit(session) && !claim.revoked;

  const open = async (next: typeof mode) => {
    setError(undefined);
    if (mode === next) { setMode('none'); return; }
    if (next !== 'history' && !history) {
      try {
        setHistory(await get<ClaimHistoryAnswer>(`/claims/${encodeURIComponent(claim.id)}/history`));
      } catch (err) {
        setError((err as Error).message);
        return;
      }
    }
    setMode(next);
  };
  const retract = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const out = await api<{ claim: Claim }>('POST', `/claims/${encodeURIComponent(claim.id)}/retract`);
      showClaim(out.claim);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const refused = history && !history.can_edit && (mode === 'edit' || mode === 'retract');

  return (
    <div className="claim-tools">
      <span className="row small">
        {claim.revoked && <b className="retracted">Retracted</b>}
        <Link to={passagePath(claim)}>Open passage</Link>
        <button type="button" className="link-button" aria-expanded={mode === 'history'} onClick={() => open('history')}>History</button>
        {editor && <button type="button" className="link-button" aria-expanded={mode === 'edit'} onClick={() => open('edit')}>Correct</button>}
        {editor && <button type="button" className="link-button" aria-expanded={mode === 'retract'} onClick={() => open('retract')}>Retract</button>}
      </span>
      <TranslateButton claim={claim} />
      {error && <p className="error" role="alert">{error}</p>}
      {refused && <p className="muted small" role="note">Only editors of the organisation that recorded this claim can correct or retract it. Record your own claim to disagree.</p>}
      {mode === 'history' && <ClaimHistory id={claim.id} />}
      {mode === 'edit' && history?.can_edit && <ClaimRevisionEditor claim={claim} onSaved={showClaim} onCancel={() => setMode('none')} />}
      {mode === 'retract' && history?.can_edit && (
        <div className="confirm" role="group" aria-label="Retract this claim">
          <p>Retracting writes a revoking version: the claim leaves every list, count and matrix; its history stays.</p>
          <button type="button" className="danger" disabled={busy} onClick={retract}>Retract claim</button> <button type="button" onClick={() => setMode('none')}>Cancel</button>
        </div>
      )}
    </div>
  );
}

/** Every version the viewer may see, oldest first: when, who, what changed. */
export function ClaimHistory({ id }: { id: string }) {
  const h = useApi((s) => get<ClaimHistoryAnswer>(`/claims/${encodeURIComponent(id)}/history`, {}, s), [id]);
  if (h.error) return <p className="error">{h.error.message}</p>;
  if (!h.data) return <p className="muted small">Loading history…</p>;
  return (
    <table className="history" aria-label="Claim history">
      <thead><tr><th scope="col">Version</th><th scope="col">By</th><th scope="col">Stored</th><th scope="col">What</th></tr></thead>
      <tbody>
        {h.data.versions.map((v, i) => (
          <tr key={v.claim.modified} data-version={v.claim.modified}>
            <td><time dateTime={v.claim.modified}>{v.claim.modified.slice(0, 19).replace('T', ' ')}</time></td>
            <td>{v.author_name ?? (v.author_ref ? <Link to={objectPath(v.author_ref)}>{v.author_ref.slice(0, 18)}…</Link> : 'unknown')}</td>
            <td>{v.date_added.slice(0, 19).replace('T', ' ')}</td>
            <td>{i === 0 ? 'recorded' : v.revoked ? 'retracted' : `corrected: ${v.changed.join(', ')}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
