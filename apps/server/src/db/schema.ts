import type { ColumnType, Generated } from 'kysely';
import type { AuditOutcome, CloudProvider, Role } from '@cvm/shared';

// The console's own tables. One schema for both databases (embedded PGlite and PostgreSQL): same SQL dialect.

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export interface UsersTable {
  id: string;
  /** Lower-cased, unique: people sign in with it. */
  username: string;
  display_name: string;
  /** argon2id, encoded; null until an invited person sets a password. */
  password_hash: string | null;
  role: Role;
  disabled: boolean;
  created_at: CreatedAt;
  updated_at: Date;
  /** `<issuer>#<sub>` for a person made by single sign-on; their role is the provider's groups' at every sign-in. */
  sso_subject: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a database leak does not hand out live sessions. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: Date;
  /** Absolute end of the session, however active it stays. */
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
  /** When the session last proved a second factor (its TOTP sign-in); null for a password-only one. */
  second_factor_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** A session made by single sign-on: signing out of it ends the provider's session too. */
  via_sso: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface OidcRequestsTable {
  /** SHA-256 of the state sent to the provider. */
  state_hash: string;
  nonce: string;
  code_verifier: string;
  /** Where the person was going, a path of this console. */
  next_path: string;
  expires_at: Date;
}

export interface UserTotpTable {
  user_id: string;
  /** The TOTP secret (base32), sealed with the console's key (accounts/secret-box.ts). */
  secret_enc: string;
  /** Null while enrolment waits for the first code: an unconfirmed secret signs nobody in. */
  confirmed_at: Date | null;
  /** The last 30-second step a code was accepted for: a code is used once. */
  last_step: ColumnType<string | null, string | number | null | undefined, string | number | null>;
  created_at: CreatedAt;
}

export interface RecoveryCodesTable {
  user_id: string;
  /** SHA-256 of the code as shown (grouped, lower case). */
  code_hash: string;
  used_at: Date | null;
}

export interface SignInChallengesTable {
  /** SHA-256 of the challenge given to the browser after a right password. */
  id_hash: string;
  user_id: string;
  expires_at: Date;
  attempts: ColumnType<number, number | undefined, number>;
}

export interface InvitationsTable {
  token_hash: string;
  user_id: string;
  created_by: string;
  created_at: CreatedAt;
  expires_at: Date;
}

export interface SetupTokensTable {
  token_hash: string;
  created_at: CreatedAt;
}

export interface SignInThrottleTable {
  /** "user:<username>" or "ip:<address>". */
  key: string;
  failures: number;
  window_started_at: Date;
  locked_until: Date | null;
}

export interface CloudAccountsTable {
  id: string;
  name: string;
  /** 'tencent' or 'aliyun'; decides how calls are signed and sent. */
  cloud: ColumnType<CloudProvider, CloudProvider | undefined, never>;
  /** Null for a role account (role_arn), which keeps no secret. */
  secret_id: string | null;
  /** AES-256-GCM, see accounts/secret-box.ts. */
  secret_key_enc: string | null;
  token_enc: string | null;
  /** A CAM role the console's base credentials assume for this account (STS AssumeRole), instead of stored keys. */
  role_arn: string | null;
  role_session_name: string | null;
  role_duration_seconds: number | null;
  default_region: string;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Date;
}

export type AuditCategory = 'cloud' | 'security' | 'admin';
export type { AuditOutcome };

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Date>;
  actor_id: string | null;
  actor_name: string | null;
  ip: string | null;
  account_id: string | null;
  region: string | null;
  category: AuditCategory;
  /** "cvm.StopInstances", "auth.sign-in", "users.update", ... */
  action: string;
  /** JSON array of resource IDs the entry is about (instance IDs, user IDs, account IDs); settling may add created ones. */
  targets: ColumnType<string[], string, string>;
  /** JSON of the parameters, secrets and passwords redacted. */
  params: ColumnType<unknown, string, never>;
  outcome: AuditOutcome;
  error_code: string | null;
  error_message: string | null;
  request_id: string | null;
  /** The API token the entry was made with (its name), or null for a browser session. */
  token_name: ColumnType<string | null, string | null | undefined, never>;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  /** At most the person's role when made; a person's lower role later lowers what the token can do too. */
  role: Role;
  /** SHA-256 of the token: the token itself is shown once and kept nowhere. */
  token_hash: string;
  created_at: CreatedAt;
  expires_at: Date;
  last_used_at: Date | null;
}

export interface UserPreferencesTable {
  user_id: string;
  /** A key of ConsolePreferences ('instanceColumns', …). */
  name: string;
  /** The preference's value as JSON; written only after its schema accepted it. */
  value: ColumnType<unknown, string, string>;
  updated_at: Date;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  setup_tokens: SetupTokensTable;
  sign_in_throttle: SignInThrottleTable;
  cloud_accounts: CloudAccountsTable;
  audit_log: AuditLogTable;
  user_preferences: UserPreferencesTable;
  api_tokens: ApiTokensTable;
  user_totp: UserTotpTable;
  recovery_codes: RecoveryCodesTable;
  sign_in_challenges: SignInChallengesTable;
  oidc_requests: OidcRequestsTable;
}
