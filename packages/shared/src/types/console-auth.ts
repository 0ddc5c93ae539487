import type { Role } from '../catalog/define.ts';
import type { ConsoleMeta } from './console.ts';
import type { ConsolePreferences } from './preferences.ts';

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
  /**
   * After a right password of a person with two-factor sign-in: no session yet; the browser sends a code from their
   * authenticator (or a recovery code) with this challenge to POST /api/console/sign-in/second-factor.
   */
  secondFactor?: { challenge: string; expiresAt: string };
  /** Signed in, but the person's role requires two-factor sign-in and theirs is off: they set it up before anything else. */
  twoFactorRequired?: boolean;
}

/** GET /api/console/two-factor: whether the person signs in with a second factor, and recovery codes left. */
export interface TwoFactorStatus {
  enabled: boolean;
  recoveryCodesLeft: number;
}

/** POST /api/console/two-factor/enrol: the new secret, for an authenticator app (QR code or typed). */
export interface TwoFactorEnrolment {
  secret: string;
  uri: string;
  qrSvg: string;
}

export type CloudAccountSource = 'emulator' | 'environment' | 'database';

/** Whose cloud an account or an action belongs to: it decides the wire protocol, the signature and the pages shown. */
export type CloudProvider = 'tencent' | 'aliyun';

export interface CloudAccount {
  id: string;
  name: string;
  cloud: CloudProvider;
  /** Only the last four characters of the SecretId (Aliyun: AccessKey ID) ever leave the server; '' for a role. */
  secretIdLast4: string;
  /** A CAM role the console assumes for this account (STS AssumeRole), instead of a stored key pair. */
  role?: { arn: string; sessionName: string; durationSeconds: number };
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
  /** The name of the API token the entry was made with; null for a browser session. */
  tokenName: string | null;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `before` to get the next (older) page; null at the end. */
  nextCursor: number | null;
}

/** Headers of the console's API besides REGION_HEADER. */
export const ACCOUNT_HEADER = 'X-Account';
export const CSRF_TOKEN_HEADER = 'X-CSRF-Token';

/** POST /api/console/accounts: a cloud account to add (its keys go to the server once and never come back). */
export interface AccountInput {
  name: string;
  /** Fixed once added: a key pair belongs to one cloud. */
  cloud: CloudProvider;
  /** A key pair (secretId and secretKey, with token for temporary keys), or — Tencent Cloud only — a role: */
  secretId?: string | undefined;
  secretKey?: string | undefined;
  token?: string | undefined;
  /** A CAM role the console's own keys assume for the account (qcs::cam::uin/<uin>:roleName/<name>): no key is stored. */
  roleArn?: string | undefined;
  /** The role session's name in the cloud's records (2–128 of [\w+=,.@-]); default cvm-console. */
  roleSessionName?: string | undefined;
  /** How long each set of temporary keys lives, 900 to 43200 seconds; default 3600. */
  durationSeconds?: number | undefined;
  defaultRegion: string;
  /** Saved even though the cloud refused the keys in the server's test before saving (422 AccountTestFailed). */
  saveUntested?: boolean | undefined;
}

/** PATCH /api/console/accounts/:id: every field optional; secrets are write-only, so a blank one means "keep", token '' removes it. */
export type AccountPatch = Partial<Omit<AccountInput, 'cloud'>>;

/** POST /api/console/accounts/:id/test: one DescribeRegions with the account's keys went through. */
export interface ConnectionTestResult {
  ok: true;
  regionCount: number;
  /** The cloud's RequestId of that call (absent only if the cloud sent none). */
  requestId?: string | undefined;
}

/**
 * GET /api/console/first-reads: what the first screen of any page needs, in one answer — the server's meta, who is
 * signed in and, for a signed-in person, the accounts and their preferences. index.html preloads it while the app's
 * scripts load, so the page's own reads (the instance list) start as soon as the scripts run, not three round trips
 * later. Each part is what its own route (/api/meta, /api/console/session, /accounts, /preferences) answers.
 */
export interface FirstReads {
  meta: ConsoleMeta;
  session: SessionInfo;
  /** Null when nobody is signed in. */
  accounts: CloudAccount[] | null;
  preferences: ConsolePreferences | null;
}

/** Where the first reads are: index.html's preload and the app's first fetch must name the same URL to share one. */
export const FIRST_READS_PATH = '/api/console/first-reads';

/** What every API token starts with: a secret scanner (and a person) can tell one at a glance. */
export const API_TOKEN_PREFIX = 'cvmtok_';
/** The longest an API token may live, in days: every token ends. */
export const API_TOKEN_MAX_DAYS = 366;

/** An API token as listed: never the token itself, which is shown once, when it is made. */
export interface ApiToken {
  id: string;
  name: string;
  /** What it may do: at most its owner's role, and never more than the owner's role of the moment. */
  role: Role;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  owner: { id: string; username: string };
}

/** POST /api/console/tokens' answer: the token, this once. */
export interface CreatedApiToken {
  id: string;
  token: string;
  apiToken: ApiToken;
}

/** GET /api/console/sso (administrators): how single sign-on is set up, never its client secret. */
export interface SsoSettings {
  localSignIn: 'all' | 'admins' | 'off';
  oidc: {
    issuer: string;
    clientId: string;
    redirectUrl: string;
    scopes: string;
    groupsClaim: string;
    roleMap: { group: string; role: Role }[];
    defaultRole: Role | null;
    label: string;
  } | null;
}
