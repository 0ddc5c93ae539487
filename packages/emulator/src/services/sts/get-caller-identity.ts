import { sts } from '@cvm/shared';
import { handler } from '../action-handler.ts';

// GetCallerIdentity: every key the emulator accepts — the permanent pair and any with a token — is the emulated
// account's own (seed/account.ts), not a sub-user's or a role's, so whichever signed, the caller is the account itself:
// its UIN as AccountId, UserId and PrincipalId (the page: "if the caller is a Tencent Cloud account, the UIN of the
// current account is returned"), its CAM description as Arn, and Type CAMUser, as the CLI's example for long-term keys.

export const getCallerIdentity = handler(sts.GetCallerIdentity, (ctx) => {
  const { uin } = ctx.world.account;
  return { Arn: `qcs::cam::uin/${uin}:uin/${uin}`, AccountId: uin, UserId: uin, PrincipalId: uin, Type: 'CAMUser' } satisfies sts.CallerIdentity;
});
