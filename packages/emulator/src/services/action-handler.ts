import type { ActionSpec, ParamsOutput } from '@cvm/shared';
import type { RegionWorld, World } from '../state/world.ts';

export interface RequestContext {
  world: World;
  /** The region named by X-TC-Region; set for every regional action (the router refuses a missing or unknown one). */
  region: RegionWorld;
  language: 'zh-CN' | 'en-US';
  requestId: string;
}

/**
 * One emulated action: the catalog entry that defines its parameters and its documented rate limit
 * (`spec.rateLimit.perSecond`, per action, region and SecretId), and the rules that answer it.
 */
export interface ActionHandler<S extends ActionSpec = ActionSpec> {
  spec: S;
  handle(ctx: RequestContext, params: ParamsOutput<S>): object;
}

export function handler<S extends ActionSpec>(spec: S, handle: (ctx: RequestContext, params: ParamsOutput<S>) => object): ActionHandler {
  return { spec, handle } as unknown as ActionHandler;
}
