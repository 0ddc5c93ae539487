import { cvm, ecs, type CloudProvider } from '@cvm/shared';
import type { CloudCaller } from '../cloud/cloud-call.ts';

// Whether a cloud takes a key pair: one DescribeRegions, the cheapest call either cloud answers for any working key
// (CVM's in the account's default region; ECS's has no region). Used by "Test connection" and before keys are saved.

export interface ProbeAnswer {
  regionCount: number;
  requestId: string | undefined;
}

/** Asks; a refusal comes back as the cloud's ConsoleError (its code, message and RequestId). */
export async function probeAccount(client: CloudCaller, cloud: CloudProvider, defaultRegion: string): Promise<ProbeAnswer> {
  const probe = cloud === 'aliyun' ? ecs.DescribeRegions : cvm.DescribeRegions;
  const response = await client.call({
    service: probe.service,
    version: probe.version,
    action: 'DescribeRegions',
    params: {},
    idempotent: true,
    rateLimit: probe.rateLimit.perSecond,
    region: cloud === 'aliyun' ? undefined : defaultRegion,
  });
  const body = response.body;
  const regionCount = cloud === 'aliyun' ? ((body.Regions as { Region?: unknown[] } | undefined)?.Region?.length ?? 0) : Number(body.TotalCount ?? 0);
  return { regionCount, requestId: response.requestId };
}
