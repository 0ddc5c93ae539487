import type { ActionSpec } from './define.ts';
import { actionsIn } from './actions-in.ts';
import * as cvmModule from './cvm.ts';
import * as cvmHpcModule from './cvm-hpc-chc.ts';
import * as vpcModule from './vpc.ts';
import * as haiModule from './hai.ts';
import * as batchModule from './batch.ts';
import * as ecsModule from './aliyun-ecs.ts';
import * as essModule from './aliyun-ess.ts';
import * as tagModule from './tag.ts';
import * as monitorModule from './monitor.ts';
import * as stsModule from './sts.ts';

export * from './define.ts';
export * from './common-params.ts';
export * as cvm from './cvm.ts';
/** HPC clusters and CHC hosts: CVM actions of their own namespace, so only the pages that call them load them. */
export * as cvmHpc from './cvm-hpc-chc.ts';
export * as vpc from './vpc.ts';
export * as hai from './hai.ts';
export * as batch from './batch.ts';
export * as ecs from './aliyun-ecs.ts';
export * as ess from './aliyun-ess.ts';
export * as tag from './tag.ts';
export * as monitor from './monitor.ts';
export * as sts from './sts.ts';

/**
 * Every action the console may call, by service then action name: every action each service's catalog module exports
 * (actions-in.ts). Anything absent is refused by the server.
 */
export const catalog = {
  cvm: /* @__PURE__ */ actionsIn('cvm', { ...cvmModule, ...cvmHpcModule }),
  vpc: /* @__PURE__ */ actionsIn('vpc', vpcModule),
  hai: /* @__PURE__ */ actionsIn('hai', haiModule),
  batch: /* @__PURE__ */ actionsIn('batch', batchModule),
  ecs: /* @__PURE__ */ actionsIn('ecs', ecsModule),
  ess: /* @__PURE__ */ actionsIn('ess', essModule),
  tag: /* @__PURE__ */ actionsIn('tag', tagModule),
  monitor: /* @__PURE__ */ actionsIn('monitor', monitorModule),
  sts: /* @__PURE__ */ actionsIn('sts', stsModule),
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
  tag: 'tag.tencentcloudapi.com',
  monitor: 'monitor.tencentcloudapi.com',
  sts: 'sts.tencentcloudapi.com',
};

export function allActions(): ActionSpec[] {
  return Object.values(catalog).flatMap((actions) => Object.values(actions) as ActionSpec[]);
}

export function findAction(service: string, action: string): ActionSpec | undefined {
  if (!Object.hasOwn(catalog, service)) return undefined;
  const actions = catalog[service as CatalogService] as Record<string, ActionSpec>;
  return Object.hasOwn(actions, action) ? actions[action] : undefined;
}
