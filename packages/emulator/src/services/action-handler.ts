import type { ActionSpec, ParamsOutput } from '@cvm/shared';
import type { RegionWorld, World } from '../state/world.ts';

export interface RequestContext {
  world: World;
  /** The region named by X-TC-Region; set for every regional action (the router refuses a missing or unknown one). */
  region: RegionWorld;
  language: 'zh-CN' | 'en-US';
  requestId: string;
  /** The SecretId that signed the request (a permanent key or STS temporary credentials); absent for the world's own work. */
  callerSecretId?: string;
}

/**
 * One emulated action: the catalog entry that defines its parameters and its documented rate limit
 * (`spec.rateLimit.perSecond`, per action, region and SecretId), and the rules that answer it.
 */
export interface ActionHandler<S extends ActionSpec = ActionSpec> {
  spec: S;
  handle(ctx: RequestContext, params: ParamsOutput<S>): object;
}

/** Marks what handler() made, so handlersIn can tell a handler from a module's other exports. */
const HANDLER = Symbol('emulated action');

export function handler<S extends ActionSpec>(spec: S, handle: (ctx: RequestContext, params: ParamsOutput<S>) => object): ActionHandler {
  return { spec, handle, [HANDLER]: true } as unknown as ActionHandler;
}

/**
 * A service's handlers: every handler its rule modules export. A rule added to a module is served without being listed
 * anywhere; a new module is one import in the service's index.
 */
export function handlersIn(...modules: object[]): ActionHandler[] {
  return modules.flatMap((module) => Object.values(module).filter((value): value is ActionHandler => typeof value === 'object' && value !== null && HANDLER in value));
}
