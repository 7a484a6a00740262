/** The signed-in session for components deep in a page (claim tools need the role and organisation). */
import { createContext, useContext } from 'react';
import type { Session } from '../api-client.ts';

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session | null {
  return useContext(SessionContext);
}

/** Whether the session may write (role editor or admin); owner rules are the server's. */
export function canEdit(session: Session | null): boolean {
  return !!session && session.user.role !== 'reader';
}
