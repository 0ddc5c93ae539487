import { sts } from '@cvm/shared';
import type { Tc3Credentials } from '@cvm/shared/tc3';
import type { CloudAnswer } from '../cloud/cloud-answer.ts';
import type { CloudCall, CloudCaller } from '../cloud/cloud-call.ts';
import { ConsoleError } from '../cloud/cloud-error.ts';
import { systemClock, type Clock } from '../time/clock.ts';

// A cloud account that is a CAM role: no stored keys. The console's base credentials (TENCENTCLOUD_SECRET_ID, or the
// embedded emulator's) ask STS AssumeRole for temporary keys, which sign the account's calls with their token
// (X-TC-Token) until shortly before they expire; then the next call asks again. One request for new keys is shared by
// every call waiting for them. A refused AssumeRole is the cloud's refusal, thrown as it came (its code and RequestId).

export interface RoleSettings {
  roleArn: string;
  sessionName: string;
  durationSeconds: number;
}

/** New keys are asked for this long before the old ones end, or at a fifth of their life if that is shorter. */
const REFRESH_BEFORE_MS = 5 * 60_000;

export class AssumedRoleCaller implements CloudCaller {
  private current: { caller: CloudCaller; expiresAtMs: number; refreshAtMs: number } | undefined;
  private asking: Promise<CloudCaller> | undefined;

  constructor(
    private readonly options: {
      /** Signs with the console's base credentials: what asks STS. */
      base: CloudCaller;
      role: RoleSettings;
      /** The region STS is asked in (the account's default). */
      region: string;
      /** A signing client for a set of temporary keys. */
      signerFor: (keys: Tc3Credentials) => CloudCaller;
      clock?: Clock;
    },
  ) {}

  async call(call: CloudCall): Promise<CloudAnswer> {
    const caller = await this.caller();
    try {
      return await caller.call(call);
    } catch (error) {
      // Keys the cloud no longer takes (ended early by its clock, or revoked): refused at the door, so nothing was
      // done, and the call is sent once more with new ones.
      if (!(error instanceof ConsoleError) || error.code !== 'AuthFailure.TokenFailure' || this.current?.caller !== caller) throw error;
      this.current = undefined;
      return (await this.caller()).call(call);
    }
  }

  private async caller(): Promise<CloudCaller> {
    const now = (this.options.clock ?? systemClock).now();
    if (this.current && now < this.current.refreshAtMs) return this.current.caller;
    this.asking ??= this.assume().finally(() => {
      this.asking = undefined;
    });
    return this.asking;
  }

  private async assume(): Promise<CloudCaller> {
    const { base, role, region, signerFor } = this.options;
    const asked = (this.options.clock ?? systemClock).now();
    const answer = await base.call({
      service: sts.AssumeRole.service,
      version: sts.AssumeRole.version,
      action: sts.AssumeRole.action,
      region,
      params: { RoleArn: role.roleArn, RoleSessionName: role.sessionName, DurationSeconds: role.durationSeconds },
      idempotent: true,
      rateLimit: sts.AssumeRole.rateLimit.perSecond,
    });
    const body = answer.body as unknown as sts.AssumedRole;
    const { TmpSecretId, TmpSecretKey, Token } = body.Credentials;
    const expiresAtMs = body.ExpiredTime * 1000;
    const life = Math.max(0, expiresAtMs - asked);
    const caller = signerFor({ secretId: TmpSecretId, secretKey: TmpSecretKey, token: Token });
    this.current = { caller, expiresAtMs, refreshAtMs: expiresAtMs - Math.min(REFRESH_BEFORE_MS, life / 5) };
    return caller;
  }
}
