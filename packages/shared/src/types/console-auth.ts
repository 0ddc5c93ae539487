import type { Role } from '../catalog/define.ts';

// The console's own people, sessions and cloud accounts, as the server returns them to the browser.

export interface ConsoleUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  /** False for an invited person who has not chosen a password yet. */
  passwordSet: boolean;
  createdAt: string;
}

export interface SessionInfo {
  user: Pick<ConsoleUser, 'id' | 'username' | 'displayName' | 'role'> | null;
  /** Sent back in X-CSRF-Token with every state-changing request. */
  csrfToken: string | null;
  /** True until the first admin exists: the browser shows the setup page. */
  setupRequired: boolean;
}

export type CloudAccountSource = 'emulator' | 'environment' | 'database';

/** Whose cloud an account or an action belongs to: it decides the wire protocol, the signature and the pages shown. */
export type CloudProvider = 'tencent' | 'aliyun';

export interface CloudAccount {
  id: string;
  name: string;
  cloud: CloudProvider;
  /** Only the last four characters of the SecretId (Aliyun: AccessKey ID) ever leave the server. */
  secretIdLast4: string;
  defaultRegion: string;
  source: CloudAccountSource;
  hasToken: boolean;
  createdAt: string | null;
}

/**
 * `pending`: written before a mutation is sent, settled once its answer is known; an entry left pending means the
 * answer never came (the console stopped mid-call). `unknown`: the call was sent and its answer lost, so the change may
 * or may not have happened.
 */
export type AuditOutcome = 'pending' | 'unknown' | 'success' | 'failure' | 'denied';

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  ip: string | null;
  accountId: string | null;
  region: string | null;
  category: 'cloud' | 'security' | 'admin';
  action: string;
  targets: string[];
  params: unknown;
  outcome: AuditOutcome;
  errorCode: string | null;
  errorMessage: string | null;
  requestId: string | null;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `before` to get the next (older) page; null at the end. */
  nextCursor: number | null;
}

/** Headers of the console's API besides REGION_HEADER. */
export const ACCOUNT_HEADER = 'X-Account';
export const CSRF_TOKEN_HEADER = 'X-CSRF-Token';
