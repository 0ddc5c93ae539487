import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Logger } from 'pino';

// Sessions and cloud accounts are resolved from a short in-process cache, so revoking one (sign-out, disable, password
// change, a new role; an account's keys changed or the account deleted) must reach every replica's cache at once. On
// PostgreSQL every replica LISTENs on one channel and a revocation is a NOTIFY; the embedded database has one process,
// so telling this process is telling everyone.

export type Revocation = { kind: 'session'; idHash: string } | { kind: 'user'; userId: string } | { kind: 'account'; accountId: string };

export interface RevocationBus {
  publish(revocation: Revocation): Promise<void>;
  subscribe(handler: (revocation: Revocation) => void): void;
  /** False while revocations from other replicas might be missed: the cache must not be trusted then. */
  readonly connected: boolean;
  /**
   * Resolves once every revocation already received has been delivered: what a cache awaits before it trusts an entry.
   * A request and a notification that arrived together may be read in either order; this lets the notification go first.
   */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/** One process: revocations are delivered synchronously to the subscribers. */
export class LocalRevocationBus implements RevocationBus {
  private readonly handlers: ((revocation: Revocation) => void)[] = [];
  readonly connected = true;

  async publish(revocation: Revocation): Promise<void> {
    this.handlers.forEach((handler) => handler(revocation));
  }

  /** Delivered as published, in this process: nothing can be waiting. */
  settled(): Promise<void> {
    return Promise.resolve();
  }

  subscribe(handler: (revocation: Revocation) => void): void {
    this.handlers.push(handler);
  }

  async close(): Promise<void> {}
}

const CHANNEL = 'cvm_session_revoked';
/** `s:<session hash>|<nonce>`, `u:<user id>|<nonce>` or `a:<account id>|<nonce>`; the nonce lets the sender see its own notification arrive. */
const subjectOf = (r: Revocation) => (r.kind === 'session' ? `s:${r.idHash}` : r.kind === 'user' ? `u:${r.userId}` : `a:${r.accountId}`);
const encode = (r: Revocation, nonce: string) => `${subjectOf(r)}|${nonce}`;
function decode(payload: string): { revocation?: Revocation; nonce: string } {
  const [subject = '', nonce = ''] = payload.split('|');
  const rest = subject.slice(2);
  const revocation: Revocation | undefined = subject.startsWith('s:')
    ? { kind: 'session', idHash: rest }
    : subject.startsWith('u:')
      ? { kind: 'user', userId: rest }
      : subject.startsWith('a:')
        ? { kind: 'account', accountId: rest }
        : undefined;
  return { revocation, nonce };
}
/** How long a publisher waits to see its notification come back before it answers anyway. */
const ECHO_TIMEOUT_MS = 1000;

/**
 * PostgreSQL LISTEN/NOTIFY on a connection of its own. While it is down (and until it has listened again) `connected`
 * is false, and the session store and the account registry read everything from the database.
 */
export class PostgresRevocationBus implements RevocationBus {
  private readonly handlers: ((revocation: Revocation) => void)[] = [];
  private readonly echoes = new Map<string, () => void>();
  private client: pg.Client | undefined;
  private closed = false;
  connected = false;

  private constructor(
    private readonly url: string,
    private readonly pool: pg.Pool,
    private readonly logger: Logger,
  ) {}

  static async start(url: string, pool: pg.Pool, logger: Logger): Promise<PostgresRevocationBus> {
    const bus = new PostgresRevocationBus(url, pool, logger);
    await bus.listen();
    return bus;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      const { revocation, nonce } = decode(message.payload);
      if (revocation) this.deliver(revocation);
      this.echoes.get(nonce)?.();
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
    this.connected = true;
  }

  private lost(client: pg.Client, error?: Error): void {
    if (this.client !== client || this.closed) return;
    this.client = undefined;
    this.connected = false;
    this.logger.warn({ err: error?.message }, 'session revocation channel lost; sessions are read from the database until it is back');
    const retry = () => {
      if (this.closed) return;
      this.listen().catch(() => setTimeout(retry, 1000).unref());
    };
    setTimeout(retry, 200).unref();
  }

  private deliver(revocation: Revocation): void {
    this.handlers.forEach((handler) => handler(revocation));
  }

  /**
   * This replica forgets at once. PostgreSQL sends a notification to every listener together, so once this replica's
   * own copy is back, every other replica has it on its socket, ahead of any request the person sends next.
   */
  async publish(revocation: Revocation): Promise<void> {
    this.deliver(revocation);
    const nonce = randomUUID();
    const echoed = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ECHO_TIMEOUT_MS);
      this.echoes.set(nonce, () => {
        clearTimeout(timer);
        resolve();
      });
    });
    try {
      await this.pool.query('select pg_notify($1, $2)', [CHANNEL, encode(revocation, nonce)]);
      if (this.connected) await echoed;
    } finally {
      this.echoes.delete(nonce);
    }
  }

  subscribe(handler: (revocation: Revocation) => void): void {
    this.handlers.push(handler);
  }

  /**
   * After the event loop's current turn of reading sockets: a notification already on this replica's socket when a
   * request's bytes were read (the publisher saw its own copy come back before answering, so it is there ahead of any
   * request sent after that answer) is delivered before the request trusts a cached entry.
   */
  settled(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.connected = false;
    await this.client?.end().catch(() => undefined);
  }
}
