import { randomBytes } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Logger } from 'pino';
import { probeAccount, type ProbeAnswer } from './account-probe.ts';
import type { CloudAccount, CloudProvider } from '@cvm/shared';
import type { Tc3Credentials } from '@cvm/shared/tc3';
import { AliyunRpcClient } from '../cloud/aliyun-rpc-client.ts';
import type { CloudCaller } from '../cloud/cloud-call.ts';
import { CloudClient } from '../cloud/cloud-client.ts';
import type { CloudHttp } from '../cloud/cloud-http.ts';
import type { CloudTraffic } from '../cloud/traffic/cloud-traffic.ts';
import { meteredCaller, type CloudCallObserver } from '../cloud/metered-caller.ts';
import { ConsoleError } from '../cloud/cloud-error.ts';
import type { CloudAccountsTable, Database } from '../db/schema.ts';
import type { RevocationBus } from '../auth/session-revocations.ts';
import type { SecretBox } from './secret-box.ts';
import { AssumedRoleCaller, type RoleSettings } from './assumed-role-caller.ts';
import type { Clock } from '../time/clock.ts';

export type EndpointFor = (service: string, region?: string) => URL;

/** An account that is not in the database: the embedded emulator's, or the one the environment defines. */
export interface BuiltInAccount {
  account: CloudAccount;
  /** The key pair: SecretId/SecretKey, or for Alibaba Cloud the AccessKey ID and secret (token: STS SecurityToken). */
  credentials: Tc3Credentials;
  endpointFor: EndpointFor;
}

/** A stored account: a key pair (secretId, secretKey, token), or a CAM role the console's base credentials assume. */
export interface AccountInput {
  name: string;
  cloud?: CloudProvider;
  secretId?: string;
  secretKey?: string;
  token?: string | null;
  role?: RoleSettings;
  defaultRegion: string;
}

/** A change to a stored account: its keys, or its role's settings — never one for the other. */
export type AccountPatchInput = Partial<Omit<AccountInput, 'role'>> & { rolePatch?: Partial<RoleSettings> };

/** An account stays what it is: keys do not go to a role account, nor role settings to a key account. */
function refuseMixedPatch(row: Pick<CloudAccountsTable, 'role_arn'>, patch: AccountPatchInput): void {
  const keys = patch.secretId !== undefined || patch.secretKey !== undefined || patch.token !== undefined;
  if (row.role_arn && keys) throw new ConsoleError(400, 'RoleAccountHasNoKeys', 'This account is a role: it keeps no keys. Change its role instead.', undefined, 'secretId');
  if (!row.role_arn && patch.rolePatch)
    throw new ConsoleError(400, 'KeyAccountHasNoRole', 'This account signs with its own keys; add the role as a new account.', undefined, 'roleArn');
}

const last4 = (secretId: string | null) => (secretId ?? '').slice(-4);

type AccountListRow = Pick<CloudAccountsTable, 'id' | 'name' | 'secret_id' | 'default_region' | 'token_enc' | 'role_arn' | 'role_session_name' | 'role_duration_seconds'> & {
  created_at: Date;
  cloud: CloudProvider;
};

/** A row's role, when it is a role account. */
const roleOf = (row: AccountListRow): RoleSettings | undefined =>
  row.role_arn ? { roleArn: row.role_arn, sessionName: row.role_session_name!, durationSeconds: row.role_duration_seconds! } : undefined;

function toAccount(row: AccountListRow): CloudAccount {
  const role = roleOf(row);
  return {
    id: row.id,
    name: row.name,
    cloud: row.cloud,
    secretIdLast4: last4(row.secret_id),
    ...(role ? { role: { arn: role.roleArn, sessionName: role.sessionName, durationSeconds: role.durationSeconds } } : {}),
    defaultRegion: row.default_region,
    source: 'database',
    hasToken: row.token_enc !== null,
    createdAt: row.created_at.toISOString(),
  };
}

type Executor = Kysely<Database> | Transaction<Database>;

type AccountRow = Selectable<CloudAccountsTable>;

/**
 * A database account's row is trusted from memory this long, and only while the revocation bus is connected: a change
 * or a deletion (on any replica) evicts it sooner, so the busy path does not read the row on every call.
 */
const ROW_CACHE_MS = 30_000;

/**
 * Every cloud account the console can act in, and a signing client for each. Secrets are decrypted only to build a
 * client, never returned; a client is rebuilt when its row changes. Rows are kept in memory; a change made here is
 * announced on the revocation bus (`changed`), which evicts it on every replica before the change is answered.
 */
export class AccountRegistry {
  private clients = new Map<string, { version: string; client: CloudCaller }>();
  private rows = new Map<string, { row: AccountRow; cachedAt: number }>();
  /** Counts evictions, so a row read while one arrived is not kept. */
  private generation = 0;

  constructor(
    private readonly deps: {
      db: Kysely<Database>;
      box: SecretBox;
      builtIn: BuiltInAccount[];
      /** Where database accounts send their calls. */
      endpointFor: EndpointFor;
      timeoutMs: number;
      logger: Logger;
      /** Budgets, shared reads and retries in front of every account's client. */
      traffic: CloudTraffic;
      /** The keep-alive connections every account's client sends through. */
      http: CloudHttp;
      /** Tells every replica that an account changed (the sessions' bus: LISTEN/NOTIFY on PostgreSQL). */
      revocations: RevocationBus;
      /** Told how every call sent to a cloud ended (/metrics). */
      observer?: CloudCallObserver;
      /**
       * The console's own Tencent Cloud keys (TENCENTCLOUD_SECRET_ID, or the embedded emulator's) and where they are
       * sent: what asks STS AssumeRole for a role account. Without them, role accounts are refused.
       */
      base?: { credentials: Tc3Credentials; endpointFor: EndpointFor };
      /** The time temporary keys are renewed by (tests: a ManualClock). */
      clock?: Clock;
    },
  ) {
    deps.revocations.subscribe((revocation) => {
      if (revocation.kind !== 'account') return;
      this.generation++;
      this.rows.delete(revocation.accountId);
    });
  }

  /** An account's row changed or went (after the change committed): every replica reads it again. */
  changed(id: string): Promise<void> {
    return this.deps.revocations.publish({ kind: 'account', accountId: id });
  }

  /** The row from memory while it can be trusted, else from the database (and kept unless an eviction came meanwhile). */
  private async row(id: string): Promise<AccountRow | undefined> {
    const now = performance.now();
    const cached = this.rows.get(id);
    if (cached && this.deps.revocations.connected && now - cached.cachedAt < ROW_CACHE_MS) {
      // A change announced with this request is delivered first; if it evicted the row, the row is read again.
      await this.deps.revocations.settled();
      if (this.rows.get(id) === cached) return cached.row;
    }
    const generation = this.generation;
    const row = await this.deps.db.selectFrom('cloud_accounts').selectAll().where('id', '=', id).executeTakeFirst();
    if (row && this.deps.revocations.connected && generation === this.generation) this.rows.set(id, { row, cachedAt: now });
    else this.rows.delete(id);
    return row;
  }

  async list(): Promise<CloudAccount[]> {
    const rows = await this.deps.db
      .selectFrom('cloud_accounts')
      .select(['id', 'name', 'cloud', 'secret_id', 'default_region', 'token_enc', 'role_arn', 'role_session_name', 'role_duration_seconds', 'created_at'])
      .orderBy('name')
      .execute();
    return [...this.deps.builtIn.map((b) => b.account), ...rows.map(toAccount)];
  }

  /** The account and a client that signs with its keys; 404 for an unknown account. */
  async clientFor(id: string): Promise<{ account: CloudAccount; client: CloudCaller }> {
    const builtIn = this.deps.builtIn.find((b) => b.account.id === id);
    if (builtIn) return { account: builtIn.account, client: this.cached(id, 'built-in', builtIn.account.cloud, () => builtIn.credentials, builtIn.endpointFor) };
    const row = await this.row(id);
    if (!row) throw new ConsoleError(404, 'AccountNotFound', `There is no cloud account ${id}; choose one from the account switcher.`);
    const version = row.updated_at.toISOString();
    const hit = this.clients.get(id);
    if (hit?.version === version) return { account: toAccount(row), client: hit.client };
    const role = roleOf(row);
    const signer = role
      ? this.roleSigner(role, row.default_region)
      : this.signer(
          row.cloud,
          {
            secretId: row.secret_id!,
            secretKey: this.deps.box.open(row.secret_key_enc!),
            ...(row.token_enc ? { token: this.deps.box.open(row.token_enc) } : {}),
          },
          this.deps.endpointFor,
        );
    const client = this.deps.traffic.govern(id, signer);
    this.clients.set(id, { version, client });
    return { account: toAccount(row), client };
  }

  private cached(id: string, version: string, cloud: CloudProvider, credentials: () => Tc3Credentials, endpointFor: EndpointFor): CloudCaller {
    const hit = this.clients.get(id);
    if (hit?.version === version) return hit.client;
    const client = this.deps.traffic.govern(id, this.signer(cloud, credentials(), endpointFor));
    this.clients.set(id, { version, client });
    return client;
  }

  /**
   * A client that signs with a role's temporary keys, asked of STS with the console's base credentials (through the
   * traffic rules too, under the base keys' own budget).
   */
  private roleSigner(role: RoleSettings, region: string): CloudCaller {
    const base = this.deps.base;
    if (!base) throw new ConsoleError(400, 'NoBaseCredentials', 'A role account needs the console to have keys of its own (TENCENTCLOUD_SECRET_ID) to assume the role with.');
    return new AssumedRoleCaller({
      base: this.deps.traffic.govern('base-credentials', this.signer('tencent', base.credentials, base.endpointFor)),
      role,
      region,
      signerFor: (keys) => this.signer('tencent', keys, base.endpointFor),
      clock: this.deps.clock,
    });
  }

  private signer(cloud: CloudProvider, keys: Tc3Credentials, endpointFor: EndpointFor): CloudCaller {
    const { timeoutMs, logger, http, observer } = this.deps;
    const client =
      cloud === 'aliyun'
        ? new AliyunRpcClient({ credentials: { accessKeyId: keys.secretId, accessKeySecret: keys.secretKey, securityToken: keys.token }, endpointFor, timeoutMs, logger, http })
        : new CloudClient({ credentials: keys, endpointFor, timeoutMs, logger, http });
    return observer ? meteredCaller(cloud, client, observer) : client;
  }

  /**
   * Asks the cloud whether it takes these keys, or lets the console assume this role (before they are saved); the
   * cloud's refusal — a key it does not know, a role it will not give — is thrown as it came.
   */
  probe(keys: Required<Pick<AccountInput, 'cloud'>> & Omit<AccountInput, 'name' | 'cloud'>): Promise<ProbeAnswer> {
    if (keys.role) return probeAccount(this.roleSigner(keys.role, keys.defaultRegion), 'tencent', keys.defaultRegion);
    const credentials = { secretId: keys.secretId!, secretKey: keys.secretKey!, ...(keys.token ? { token: keys.token } : {}) };
    return probeAccount(this.signer(keys.cloud, credentials, this.deps.endpointFor), keys.cloud, keys.defaultRegion);
  }

  /** The keys and region a stored account would have after `patch`: what to probe before saving a change. */
  async keysAfter(id: string, patch: AccountPatchInput): Promise<Parameters<AccountRegistry['probe']>[0]> {
    this.refuseBuiltIn(id);
    const row = await this.deps.db.selectFrom('cloud_accounts').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new ConsoleError(404, 'AccountNotFound', `There is no cloud account ${id}.`);
    refuseMixedPatch(row, patch);
    const current = roleOf(row);
    if (current) return { cloud: row.cloud, role: { ...current, ...patch.rolePatch }, defaultRegion: patch.defaultRegion ?? row.default_region };
    const token = patch.token !== undefined ? patch.token : row.token_enc ? this.deps.box.open(row.token_enc) : null;
    return {
      cloud: row.cloud,
      secretId: patch.secretId ?? row.secret_id!,
      secretKey: patch.secretKey ?? this.deps.box.open(row.secret_key_enc!),
      ...(token ? { token } : {}),
      defaultRegion: patch.defaultRegion ?? row.default_region,
    };
  }

  async create(input: AccountInput, createdBy: string, tx: Executor = this.deps.db): Promise<CloudAccount> {
    if (this.deps.builtIn.some((b) => b.account.name === input.name) || (await this.nameTaken(input.name, undefined, tx))) {
      throw new ConsoleError(409, 'AccountNameTaken', `An account named ${input.name} already exists.`, undefined, 'name');
    }
    const row = await tx
      .insertInto('cloud_accounts')
      .values({
        id: `acc-${randomBytes(6).toString('hex').slice(0, 8)}`,
        name: input.name,
        cloud: input.cloud ?? 'tencent',
        secret_id: input.role ? null : input.secretId!,
        secret_key_enc: input.role ? null : this.deps.box.seal(input.secretKey!),
        token_enc: !input.role && input.token ? this.deps.box.seal(input.token) : null,
        role_arn: input.role?.roleArn ?? null,
        role_session_name: input.role?.sessionName ?? null,
        role_duration_seconds: input.role?.durationSeconds ?? null,
        default_region: input.defaultRegion,
        created_by: createdBy,
        updated_at: new Date(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAccount(row);
  }

  async update(id: string, patch: AccountPatchInput, tx: Executor = this.deps.db): Promise<CloudAccount> {
    this.refuseBuiltIn(id);
    const before = await tx.selectFrom('cloud_accounts').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new ConsoleError(404, 'AccountNotFound', `There is no cloud account ${id}.`);
    refuseMixedPatch(before, patch);
    if (patch.name && (await this.nameTaken(patch.name, id, tx))) {
      throw new ConsoleError(409, 'AccountNameTaken', `An account named ${patch.name} already exists.`, undefined, 'name');
    }
    const row = await tx
      .updateTable('cloud_accounts')
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.defaultRegion !== undefined ? { default_region: patch.defaultRegion } : {}),
        ...(patch.secretId !== undefined ? { secret_id: patch.secretId } : {}),
        ...(patch.secretKey !== undefined ? { secret_key_enc: this.deps.box.seal(patch.secretKey) } : {}),
        ...(patch.token !== undefined ? { token_enc: patch.token ? this.deps.box.seal(patch.token) : null } : {}),
        ...(patch.rolePatch?.roleArn !== undefined ? { role_arn: patch.rolePatch.roleArn } : {}),
        ...(patch.rolePatch?.sessionName !== undefined ? { role_session_name: patch.rolePatch.sessionName } : {}),
        ...(patch.rolePatch?.durationSeconds !== undefined ? { role_duration_seconds: patch.rolePatch.durationSeconds } : {}),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new ConsoleError(404, 'AccountNotFound', `There is no cloud account ${id}.`);
    return toAccount(row);
  }

  async remove(id: string, tx: Executor = this.deps.db): Promise<CloudAccount> {
    this.refuseBuiltIn(id);
    const row = await tx.deleteFrom('cloud_accounts').where('id', '=', id).returningAll().executeTakeFirst();
    if (!row) throw new ConsoleError(404, 'AccountNotFound', `There is no cloud account ${id}.`);
    this.clients.delete(id);
    return toAccount(row);
  }

  private refuseBuiltIn(id: string): void {
    if (this.deps.builtIn.some((b) => b.account.id === id)) {
      throw new ConsoleError(409, 'AccountManagedElsewhere', 'This account comes from the server configuration; change it there.');
    }
  }

  private async nameTaken(name: string, exceptId?: string, tx: Executor = this.deps.db): Promise<boolean> {
    let query = tx.selectFrom('cloud_accounts').select('id').where('name', '=', name);
    if (exceptId) query = query.where('id', '!=', exceptId);
    return Boolean(await query.executeTakeFirst());
  }
}
