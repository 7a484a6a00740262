/**
 * Who is asking. Every Store read takes a Viewer first, so TLP filtering lives in the query and no
 * route can forget it. The system viewer (CLI import/export, migrations) is a separate named kind.
 */
export type Role = 'reader' | 'editor' | 'admin';

export interface SystemViewer {
  kind: 'system';
}

export interface UserViewer {
  kind: 'user';
  userId: string;
  /** The user's organisation id. */
  orgId: string;
  role: Role;
  /**
   * An installation admin (docs/security.md): may write, revoke and delete versions of any id
   * (audited) and manage every organisation. An organisation's admin (role admin without this)
   * manages their own organisation only.
   */
  installationAdmin?: boolean;
}

export type Viewer = SystemViewer | UserViewer;

export const SYSTEM: SystemViewer = Object.freeze({ kind: 'system' });
