import { defineAction } from './define.ts';

// Security Token Service (sts 2018-08-13; not in the seeds). GetCallerIdentity says whose keys signed the request:
// its page (tencentcloud.com/document/api/598/45494) documents 20 requests per second and a required Region. The
// answer's fields are the official SDK's (tencentcloud-sdk-nodejs sts_models.d.ts).
const service = 'sts';
const version = '2018-08-13';

/** Who signed: the account (AccountId, a UIN), the caller within it (UserId) and the keys' owner (PrincipalId). */
export interface CallerIdentity {
  /** The caller's resource description, e.g. qcs::cam::uin/<account>:uin/<caller>. */
  Arn: string;
  AccountId: string;
  /** A user's UIN; roleId:roleSessionName for a role; uin:federatedUserName for a federated user. */
  UserId: string;
  PrincipalId: string;
  /** CAMUser for a Tencent Cloud account's own keys, CAMRole for a role's temporary ones (the CLI's examples). */
  Type: string;
}

export const GetCallerIdentity = defineAction<CallerIdentity>()({
  service,
  version,
  action: 'GetCallerIdentity',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 20, source: 'not in the seeds; Tencent Cloud STS GetCallerIdentity page tencentcloud.com/document/api/598/45494: 20/s' },
  params: (z) => z.strictObject({}),
});
