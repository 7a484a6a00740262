/**
 * Said on every page that can leave out marked items, to every viewer alike: a general statement,
 * never a count nor a hint that a particular item is hidden (that would be an oracle; see
 * docs/security.md). It links to the page that explains what the viewer's organisation can see.
 */
import { Link } from './link.tsx';

export const HIDDEN_NOTICE = 'Items marked for other organisations are not shown here.';

export function HiddenNotice({ what }: { what?: string }) {
  return (
    <p className="hidden-notice" role="note">
      {what ? `${what} marked for other organisations are not shown here.` : HIDDEN_NOTICE}{' '}
      <Link to="/visibility">What your organisation can see</Link>
    </p>
  );
}
