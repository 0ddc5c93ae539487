import { sts } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import { cloudTime } from '../../state/cloud-time.ts';
import { handler } from '../action-handler.ts';

// AssumeRole: temporary keys for one of the account's CAM roles (seed/roles.ts), named by ID or name in its RoleArn,
// valid for DurationSeconds (default 7200, at most 43200) by the emulator's clock; the front door accepts them with
// their Token until then, and refuses them after with AuthFailure.TokenFailure. Codes from the SDKs' sts errors list:
// a RoleArn of another account is InvalidParameter.AccountNotAvaliable, a role the account has not
// ResourceNotFound.RoleNotFound, a session name or RoleArn out of form InvalidParameter.ParamError, too long a
// duration InvalidParameter.OverTimeError.

const ROLE_ARN = /^qcs::cam::uin\/(\d+):(role|roleName)\/([^/]+)$/;
/** The page: 2 to 128 characters of [\w+=,.@-]. */
const SESSION_NAME = /^[\w+=,.@-]{2,128}$/;

export const assumeRole = handler(sts.AssumeRole, (ctx, params) => {
  const match = ROLE_ARN.exec(params.RoleArn);
  if (!match) {
    throw new CloudError(
      'InvalidParameter.ParamError',
      `\`RoleArn\` \`${params.RoleArn}\` is not a role's description, e.g. qcs::cam::uin/${ctx.world.account.uin}:roleName/<name>.`,
    );
  }
  const [, uin, kind, key] = match as unknown as [string, string, 'role' | 'roleName', string];
  if (uin !== ctx.world.account.uin) throw new CloudError('InvalidParameter.AccountNotAvaliable', `The account ${uin} does not exist or cannot be used.`);
  const role = ctx.world.roles.find((r) => (kind === 'role' ? r.roleId === key : r.roleName === key));
  if (!role) throw new CloudError('ResourceNotFound.RoleNotFound', `The account has no role ${kind === 'role' ? 'with ID' : 'named'} ${key}.`);
  if (!SESSION_NAME.test(params.RoleSessionName)) {
    throw new CloudError('InvalidParameter.ParamError', '`RoleSessionName` must be 2 to 128 characters of letters, digits and =,.@_-+.');
  }
  const seconds = params.DurationSeconds ?? 7200;
  if (seconds < 1 || seconds > sts.ASSUME_ROLE_MAX_SECONDS) {
    throw new CloudError('InvalidParameter.OverTimeError', `\`DurationSeconds\` must be from 1 to ${sts.ASSUME_ROLE_MAX_SECONDS}; ${seconds} is not.`);
  }
  const now = ctx.world.clock.now();
  const expiresAt = Math.floor(now / 1000) * 1000 + seconds * 1000;
  const issued = ctx.world.temporaryCredentials.issue(role, params.RoleSessionName, expiresAt, now);
  return {
    Credentials: { Token: issued.token, TmpSecretId: issued.secretId, TmpSecretKey: issued.secretKey },
    ExpiredTime: expiresAt / 1000,
    Expiration: cloudTime(expiresAt),
  } satisfies sts.AssumedRole;
});
