/**
 * What the viewer's organisation can see, and why: the TLP rules the store applies to every read
 * (docs/security.md), in the viewer's terms, and why pages say that marked items may be left out
 * without ever counting them.
 */
import type { Session } from '../api-client.ts';
import { TlpBadge } from '../components/tlp-badge.tsx';

export function VisibilityPage({ session }: { session: Session }) {
  const { orgName, name, role } = session.user;
  const rows: Array<[string, string, string]> = [
    ['clear', 'every signed-in user of this installation', 'all of it'],
    ['green', 'every signed-in user of this installation', 'all of it'],
    ['amber', 'the organisation that owns the item, and the organisations it shared the item with', `what ${orgName} owns, and what other organisations shared with ${orgName}`],
    ['amber+strict', 'the organisation that owns the item only', `what ${orgName} owns`],
    ['red', 'the users the owner named as recipients', `items whose owner named you (${name})`],
  ];
  return (
    <article className="visibility">
      <h1>What {orgName} can see</h1>
      <p>You are signed in as <b>{name}</b>, <b>{role}</b> of <b>{orgName}</b>. Every page, search, export and TAXII answer
        shows you only what the markings below allow: the rule is applied inside the database queries, for every way in.</p>
      <table className="plain-table" aria-label="Who sees each marking">
        <thead><tr><th scope="col">Marking</th><th scope="col">Who sees it</th><th scope="col">So you see</th></tr></thead>
        <tbody>
          {rows.map(([level, who, you]) => <tr key={level}><td><TlpBadge level={level} /></td><td>{who}</td><td>{you}</td></tr>)}
          <tr><td>unmarked</td><td>every signed-in user</td><td>all of it</td></tr>
        </tbody>
      </table>
      <h2>Why pages say items may be left out</h2>
      <p>Lists, counts, the matrix, the timeline and report pages count only what you may see. Where items marked for other
        organisations could exist, a page says so in general terms. It never says how many, nor which: a count or a hint
        would tell you that someone holds information you were not given.</p>
      <p>A link to something you may not see answers “Not found”, exactly as for something that does not exist.</p>
      <h2>Versions and ownership</h2>
      <ul>
        <li>Markings apply to each version: an item may be open in one version and marked in a later one.</li>
        <li>An item belongs to the organisation that first stored it. Only that organisation’s editors correct, retract,
          share or delete it{role === 'reader' ? ' (your role, reader, reads only)' : ''}. To disagree with another organisation’s claim, record your own.</li>
        <li>To see another organisation’s AMBER items, that organisation shares them with {orgName}; RED items name their recipients.</li>
      </ul>
    </article>
  );
}
