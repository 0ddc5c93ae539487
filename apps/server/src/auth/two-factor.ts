import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { SecretBox } from '../accounts/secret-box.ts';
import type { Database } from '../db/schema.ts';
import { systemClock, type Clock } from '../time/clock.ts';
import { hashToken } from './tokens.ts';

// TOTP (RFC 6238: SHA-1, six digits, 30-second steps — what every authenticator app reads from a QR code) for local
// accounts, with otpauth. A secret is sealed with the console's key; it signs nobody in until confirmed with a code
// from it. A code is accepted one step either side of now (a phone's clock drifts), and once: the step it matched is
// kept, and no code of that step or an earlier one is taken again. Ten recovery codes, shown once, stored as hashes,
// each usable once, stand in for a lost phone.

const ISSUER = 'CVM Console';
const RECOVERY_CODES = 10;

export interface Enrolment {
  /** Base32, for typing into an app by hand. */
  secret: string;
  /** otpauth://totp/… — what the QR code holds. */
  uri: string;
  /** The QR code as an SVG image (no script, no external reference). */
  qrSvg: string;
}

/** A recovery code as shown: 10 characters in two groups, lower case, no look-alikes. */
function newRecoveryCode(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** A typed recovery code as stored: lower case, the dash where it belongs, spaces gone. */
const normalizeRecoveryCode = (code: string) => {
  const bare = code.toLowerCase().replace(/[^a-z0-9]/g, '');
  return bare.length === 10 ? `${bare.slice(0, 5)}-${bare.slice(5)}` : bare;
};

export class TwoFactorStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly box: SecretBox,
    private readonly clock: Clock = systemClock,
  ) {}

  private totp(secret: string, username: string): TOTP {
    return new TOTP({ issuer: ISSUER, label: username, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
  }

  /** Whether the person signs in with a second factor (a confirmed secret). */
  async enabled(userId: string): Promise<boolean> {
    const row = await this.db.selectFrom('user_totp').select('confirmed_at').where('user_id', '=', userId).executeTakeFirst();
    return Boolean(row?.confirmed_at);
  }

  /** A new secret for the person, replacing an unconfirmed one; refused (undefined) while a confirmed one exists. */
  async begin(userId: string, username: string): Promise<Enrolment | undefined> {
    if (await this.enabled(userId)) return undefined;
    const secret = new Secret({ size: 20 }).base32;
    await this.db
      .insertInto('user_totp')
      .values({ user_id: userId, secret_enc: this.box.seal(secret), confirmed_at: null, last_step: null })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ secret_enc: this.box.seal(secret), confirmed_at: null, last_step: null }))
      .execute();
    const uri = this.totp(secret, username).toString();
    return { secret, uri, qrSvg: await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }) };
  }

  /** Confirms an enrolment with a code from it; answers the recovery codes (shown once), or undefined for a wrong code. */
  async confirm(userId: string, username: string, code: string): Promise<string[] | undefined> {
    const row = await this.db.selectFrom('user_totp').selectAll().where('user_id', '=', userId).executeTakeFirst();
    if (!row || row.confirmed_at) return undefined;
    const step = this.matchingStep(this.box.open(row.secret_enc), username, code, row.last_step);
    if (step === undefined) return undefined;
    const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
    await this.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('user_totp')
        .set({ confirmed_at: new Date(this.clock.now()), last_step: step })
        .where('user_id', '=', userId)
        .execute();
      await tx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
      await tx
        .insertInto('recovery_codes')
        .values(codes.map((c) => ({ user_id: userId, code_hash: hashToken(c), used_at: null })))
        .execute();
    });
    return codes;
  }

  /** A code from the person's confirmed secret, used once; true when it is right. */
  async verifyCode(userId: string, username: string, code: string): Promise<boolean> {
    const row = await this.db.selectFrom('user_totp').selectAll().where('user_id', '=', userId).executeTakeFirst();
    if (!row?.confirmed_at) return false;
    const step = this.matchingStep(this.box.open(row.secret_enc), username, code, row.last_step);
    if (step === undefined) return false;
    // Taken only if no other request took this step (or a later one) meanwhile: a code works once, on any replica.
    const taken = await this.db
      .updateTable('user_totp')
      .set({ last_step: step })
      .where('user_id', '=', userId)
      .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', String(step))]))
      .executeTakeFirst();
    return Number(taken.numUpdatedRows) === 1;
  }

  /** A recovery code, used once; true when it was one of the person's unused codes. */
  async useRecoveryCode(userId: string, code: string): Promise<boolean> {
    const used = await this.db
      .updateTable('recovery_codes')
      .set({ used_at: new Date(this.clock.now()) })
      .where('user_id', '=', userId)
      .where('code_hash', '=', hashToken(normalizeRecoveryCode(code)))
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(used.numUpdatedRows) === 1;
  }

  /** A code or a recovery code (whichever was given), used once; true when it proves the person's second factor. */
  async prove(userId: string, username: string, proof: { code?: string | undefined; recoveryCode?: string | undefined }): Promise<boolean> {
    if (proof.code !== undefined) return this.verifyCode(userId, username, proof.code);
    return proof.recoveryCode !== undefined && this.useRecoveryCode(userId, proof.recoveryCode);
  }

  /** How many recovery codes are left. */
  async recoveryCodesLeft(userId: string): Promise<number> {
    const row = await this.db
      .selectFrom('recovery_codes')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Turns two-factor sign-in off for the person: the secret and the recovery codes go. */
  async disable(userId: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom('user_totp').where('user_id', '=', userId).execute();
      await tx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
    });
  }

  /** The step a six-digit code matches, one step either side of now, if later than the last one taken. */
  private matchingStep(secret: string, username: string, code: string, lastStep: string | null): number | undefined {
    const token = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(token)) return undefined;
    const now = this.clock.now();
    const delta = this.totp(secret, username).validate({ token, timestamp: now, window: 1 });
    if (delta === null) return undefined;
    const step = TOTP.counter({ period: 30, timestamp: now }) + delta;
    return lastStep !== null && step <= Number(lastStep) ? undefined : step;
  }
}
