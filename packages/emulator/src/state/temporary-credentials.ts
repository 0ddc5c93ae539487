import { randomBytes } from 'node:crypto';
import type { EmulatedRole } from '../seed/roles.ts';

// Temporary credentials STS AssumeRole issued: a SecretId, SecretKey and Token the front door accepts (with that
// X-TC-Token) until they expire by the emulator's clock, and then refuses as the cloud does (AuthFailure.TokenFailure).

export interface TemporaryCredential {
  secretId: string;
  secretKey: string;
  token: string;
  /** Emulator ms. */
  expiresAt: number;
  role: EmulatedRole;
  sessionName: string;
}

/** Issued credentials are forgotten this long after they expire: a refusal can still say "expired" meanwhile. */
const REMEMBER_EXPIRED_MS = 24 * 3600_000;

export class TemporaryCredentials {
  private readonly bySecretId = new Map<string, TemporaryCredential>();

  issue(role: EmulatedRole, sessionName: string, expiresAt: number, now: number): TemporaryCredential {
    this.forgetOld(now);
    const credential: TemporaryCredential = {
      // The cloud's temporary SecretIds start with AKID too; the rest is the emulator's own.
      secretId: `AKIDtmp${randomBytes(18).toString('base64url')}`,
      secretKey: randomBytes(24).toString('base64url'),
      token: randomBytes(64).toString('base64url'),
      expiresAt,
      role,
      sessionName,
    };
    this.bySecretId.set(credential.secretId, credential);
    return credential;
  }

  find(secretId: string): TemporaryCredential | undefined {
    return this.bySecretId.get(secretId);
  }

  private forgetOld(now: number): void {
    for (const [secretId, credential] of this.bySecretId) {
      if (credential.expiresAt + REMEMBER_EXPIRED_MS < now) this.bySecretId.delete(secretId);
    }
  }
}
