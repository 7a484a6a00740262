/**
 * A claim passage's machine translation, offered only when the server has an OpenAI-compatible
 * endpoint configured (GET /api/claims/translation); shown beside the original and labelled as
 * machine translation. Nothing at all is shown when translation is off.
 */
import { useEffect, useState } from 'react';
import { api, get, type Claim } from '../api-client.ts';

interface Availability { enabled: boolean; model?: string }
interface MachineTranslation { text: string; lang: string; source_lang: string; model: string }

let availability: Promise<Availability> | undefined;
const available = () => (availability ??= get<Availability>('/claims/translation').catch(() => ({ enabled: false })));

export function TranslateButton({ claim }: { claim: Claim }) {
  const [enabled, setEnabled] = useState(false);
  const [result, setResult] = useState<MachineTranslation>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    void available().then((a) => live && setEnabled(a.enabled));
    return () => { live = false; };
  }, []);
  if (!enabled || claim.evidence.lang === 'en' || claim.evidence.kind === 'summary') return null;
  const translate = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setResult(await api<MachineTranslation>('POST', `/claims/${encodeURIComponent(claim.id)}/translation`, { lang: 'en' }));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {!result && <button type="button" className="link-button" disabled={busy} onClick={translate}>Translate</button>}
      {result && (
        <figure className="machine-translation" lang={result.lang}>
          <figcaption className="muted small">Machine translation ({result.source_lang} → {result.lang}, {result.model}), not the source’s words</figcaption>
          <p dir="auto">{result.text}</p>
        </figure>
      )}
      {error && <span className="error small" role="alert">{error}</span>}
    </>
  );
}
