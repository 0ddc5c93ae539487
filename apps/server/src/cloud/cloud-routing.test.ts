import { describe, expect, it } from 'vitest';
import { statusForCloudCode } from './http-status.ts';
import { publicEndpoint } from './public-endpoint.ts';

describe('publicEndpoint', () => {
  it('uses the nearest-region host for ordinary regions and the region host for financial ones', () => {
    expect(publicEndpoint('cvm', 'ap-guangzhou').host).toBe('cvm.tencentcloudapi.com');
    expect(publicEndpoint('vpc').host).toBe('vpc.tencentcloudapi.com');
    expect(publicEndpoint('batch', 'ap-guangzhou').host).toBe('batch.tencentcloudapi.com');
    // The tag service is global (no region); STS takes one but answers at its nearest-region host like the rest.
    expect(publicEndpoint('tag').host).toBe('tag.tencentcloudapi.com');
    expect(publicEndpoint('sts', 'ap-guangzhou').host).toBe('sts.tencentcloudapi.com');
    expect(publicEndpoint('cvm', 'ap-shanghai-fsi').host).toBe('cvm.ap-shanghai-fsi.tencentcloudapi.com');
    expect(publicEndpoint('cvm', 'ap-shenzhen-fsi').protocol).toBe('https:');
  });
});

describe('statusForCloudCode', () => {
  it('says whose problem a cloud error is', () => {
    expect(statusForCloudCode('InvalidInstanceId.Malformed')).toBe(400);
    expect(statusForCloudCode('MissingParameter')).toBe(400);
    expect(statusForCloudCode('AuthFailure.SignatureFailure')).toBe(403);
    expect(statusForCloudCode('IpNotInWhitelist')).toBe(403);
    expect(statusForCloudCode('InvalidInstanceId.NotFound')).toBe(404);
    expect(statusForCloudCode('UnsupportedOperation.InstanceStateRunning')).toBe(409);
    expect(statusForCloudCode('LimitExceeded.InstanceQuota')).toBe(409);
    expect(statusForCloudCode('RequestLimitExceeded.UinLimitExceeded')).toBe(429);
    expect(statusForCloudCode('RequestSizeLimitExceeded')).toBe(413);
    expect(statusForCloudCode('InternalError')).toBe(502);
    expect(statusForCloudCode('InternalError.CallCvm')).toBe(400);
    expect(statusForCloudCode('SomethingNew.Unheard')).toBe(400);
  });
});
