import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Kysely, Transaction } from 'kysely';
import type { ConsoleUser, Role } from '@cvm/shared';
import type { Database, UsersTable } from '../db/schema.ts';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,31}$/;

/** A username as people type it, checked and lower-cased. */
export const usernameSchema = z.string().trim().toLowerCase().regex(USERNAME_PATTERN, 'use 2–32 lower-case letters, digits, dots, dashes or underscores');

export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

type Row = Pick<UsersTable, 'id' | 'username' | 'display_name' | 'role' | 'disabled' | 'password_hash'> & { created_at: Date };

export function toConsoleUser(row: Row): ConsoleUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    disabled: row.disabled,
    passwordSet: row.password_hash !== null,
    createdAt: row.created_at.toISOString(),
  };
}

export class UserStore {
  constructor(private readonly db: Kysely<Database>) {}

  async create(
    input: { username: string; displayName: string; role: Role; passwordHash: string | null },
    tx: Kysely<Database> | Transaction<Database> = this.db,
  ): Promise<ConsoleUser> {
    const row = await tx
      .insertInto('users')
      .values({
        id: randomUUID(),
        username: input.username,
        display_name: input.displayName,
        role: input.role,
        password_hash: input.passwordHash,
        disabled: false,
        updated_at: new Date(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toConsoleUser(row);
  }

  findByUsername(username: string) {
    return this.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  }

  findById(id: string) {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async list(): Promise<ConsoleUser[]> {
    const rows = await this.db.selectFrom('users').selectAll().orderBy('username').execute();
    return rows.map(toConsoleUser);
  }

  async update(
    id: string,
    patch: Partial<Pick<UsersTable, 'display_name' | 'role' | 'disabled' | 'password_hash'>>,
    tx: Kysely<Database> | Transaction<Database> = this.db,
  ): Promise<ConsoleUser | undefined> {
    const row = await tx
      .updateTable('users')
      .set({ ...patch, updated_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row && toConsoleUser(row);
  }

  /** Admins who can still sign in: the console must always keep one. */
  async activeAdminCount(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('role', '=', 'admin')
      .where('disabled', '=', false)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }
}
