import type { ActionSpec } from './define.ts';
import { cvmActions } from './cvm.ts';
import { vpcActions } from './vpc.ts';
import { haiActions } from './hai.ts';
import { batchActions } from './batch.ts';
import { ecsActions } from './aliyun-ecs.ts';
import { essActions } from './aliyun-ess.ts';

export * from './define.ts';
export * from './common-params.ts';
export * as cvm from './cvm.ts';
export * as vpc from './vpc.ts';
export * as hai from './hai.ts';
export * as batch from './batch.ts';
export * as ecs from './aliyun-ecs.ts';
export * as ess from './aliyun-ess.ts';

/** Every action the console may call, by service then action name. Anything absent is refused by the server. */
export const catalog = {
  cvm: cvmActions,
  vpc: vpcActions,
  hai: haiActions,
  batch: batchActions,
  ecs: ecsActions,
  ess: essActions,
} as const;

export type CatalogService = keyof typeof catalog;

/**
 * Public endpoints, one per service (protocol.md §1); the nearest-region host is used unless overridden. Alibaba Cloud's
 * ECS and ESS answer for every region at their central hosts.
 */
export const SERVICE_ENDPOINTS: Record<CatalogService, string> = {
  cvm: 'cvm.tencentcloudapi.com',
  vpc: 'vpc.tencentcloudapi.com',
  hai: 'hai.tencentcloudapi.com',
  batch: 'batch.tencentcloudapi.com',
  ecs: 'ecs.aliyuncs.com',
  ess: 'ess.aliyuncs.com',
};

export function allActions(): ActionSpec[] {
  return Object.values(catalog).flatMap((actions) => Object.values(actions) as ActionSpec[]);
}

export function findAction(service: string, action: string): ActionSpec | undefined {
  if (!Object.hasOwn(catalog, service)) return undefined;
  const actions = catalog[service as CatalogService] as Record<string, ActionSpec>;
  return Object.hasOwn(actions, action) ? actions[action] : undefined;
}
