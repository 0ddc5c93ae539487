import { defineAction } from './define.ts';

// Security Token Service (sts 2018-08-13; not in the seeds). GetCallerIdentity says whose keys signed the request:
// its page (tencentcloud.com/document/api/598/45494) documents 20 requests per second and a required Region.
// AssumeRole (tencentcloud.com/document/api/1150/49456: 600 a second) gives temporary keys for a CAM role; the console's
// server uses it for accounts that are roles, and never relays it (serverOnly). The answers' fields are the official
// SDK's (tencentcloud-sdk-nodejs sts_models.d.ts); its error codes, the SDKs' sts errors list.
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

/** Temporary keys: sign with TmpSecretId and TmpSecretKey, and send Token as X-TC-Token. */
export interface TemporaryCredentials {
  Token: string;
  TmpSecretId: string;
  TmpSecretKey: string;
}

export interface AssumedRole {
  Credentials: TemporaryCredentials;
  /** When the keys stop working, Unix seconds. */
  ExpiredTime: number;
  /** The same instant, ISO 8601 UTC. */
  Expiration: string;
}

/** The longest temporary keys may live, in seconds (the page: default 7200, at most 43200). */
export const ASSUME_ROLE_MAX_SECONDS = 43_200;

export const AssumeRole = defineAction<AssumedRole>()({
  service,
  version,
  action: 'AssumeRole',
  kind: 'read',
  minRole: 'admin',
  serverOnly: true,
  rateLimit: { perSecond: 600, source: 'not in the seeds; Tencent Cloud STS AssumeRole page tencentcloud.com/document/api/1150/49456: 600/s' },
  params: (z) =>
    z.strictObject({
      RoleArn: z.string().min(1),
      RoleSessionName: z.string(),
      DurationSeconds: z.number().int().optional(),
      Policy: z.string().optional(),
      ExternalId: z.string().optional(),
      Tags: z.array(z.strictObject({ Key: z.string(), Value: z.string() })).optional(),
      SourceIdentity: z.string().optional(),
      SerialNumber: z.string().optional(),
      TokenCode: z.string().optional(),
    }),
});
