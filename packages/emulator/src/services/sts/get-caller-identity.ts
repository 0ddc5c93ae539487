import { sts } from '@cvm/shared';
import { handler } from '../action-handler.ts';

// GetCallerIdentity: a permanent key the emulator accepts is the emulated account's own (seed/account.ts), not a
// sub-user's, so the caller is the account itself (temporary keys from AssumeRole are the role's session, below):
// its UIN as AccountId, UserId and PrincipalId (the page: "if the caller is a Tencent Cloud account, the UIN of the
// current account is returned"), its CAM description as Arn, and Type CAMUser, as the CLI's example for long-term keys.

export const getCallerIdentity = handler(sts.GetCallerIdentity, (ctx) => {
  const { uin } = ctx.world.account;
  // A role's temporary keys: the assumed role's session, as the cloud describes it.
  const assumed = ctx.callerSecretId ? ctx.world.temporaryCredentials.find(ctx.callerSecretId) : undefined;
  if (assumed) {
    const { role, sessionName } = assumed;
    return {
      Arn: `qcs::sts:${uin}:assumed-role/${role.roleId}/${sessionName}`,
      AccountId: uin,
      UserId: `${role.roleId}:${sessionName}`,
      PrincipalId: uin,
      Type: 'CAMRole',
    } satisfies sts.CallerIdentity;
  }
  return { Arn: `qcs::cam::uin/${uin}:uin/${uin}`, AccountId: uin, UserId: uin, PrincipalId: uin, Type: 'CAMUser' } satisfies sts.CallerIdentity;
});
