import type { z } from 'zod';
import type { CloudProvider } from '../types/console-auth.ts';

/** Least role allowed to call an action; roles are ordered viewer < operator < admin. */
export type Role = 'viewer' | 'operator' | 'admin';
/** Least to most: each role may do everything the ones before it may. */
export const ROLE_ORDER: readonly Role[] = ['viewer', 'operator', 'admin'];

/** True when `role` may do what `least` may; the server enforces it, the browser uses it to explain refusals. */
export function roleAllows(role: Role, least: Role): boolean {
  return ROLE_ORDER.indexOf(role) >= ROLE_ORDER.indexOf(least);
}

export type ActionKind = 'read' | 'mutate';

/**
 * An action's documented request limit. The cloud counts it per API + region + sub-account (SecretId), in requests per
 * second; the emulator enforces it (RequestLimitExceeded past it) and the console's server budgets its calls by it.
 */
export interface RateLimit {
  perSecond: number;
  /**
   * Where the figure is documented: a seed file's number and line (`'001 line 9878'` is line 9878 of
   * shared/seeds/001_*.txt) or, for actions the seeds do not cover, the public page it was read from, or why there is none.
   */
  source: string;
}

/**
 * zod's namespace as a type. The catalog imports zod only as a type, so that `@cvm/shared` (its root entry) loads no zod
 * at run time and the browser may import catalog entries; each action's parameters are written as a function of zod.
 */
export type Zod = typeof z;

/**
 * An action's parameters: a function that builds their zod schema from the zod it is given. `paramsSchema(spec)` from
 * `@cvm/shared/params` calls it with the real zod, once per builder, for the server, the emulator and the tests.
 */
export type ParamsBuilder<Schema extends z.ZodType = z.ZodType> = (z: Zod) => Schema;

export interface ActionSpec<Params extends ParamsBuilder = ParamsBuilder, Response = unknown> {
  service: string;
  version: string;
  action: string;
  /** Tencent Cloud API 3.0 (TC3, JSON) unless it says Alibaba Cloud (RPC, HMAC-SHA1). */
  cloud: CloudProvider;
  kind: ActionKind;
  minRole: Role;
  /** False for the few actions that ignore the Region common parameter (DescribeRegions). */
  regional: boolean;
  /** `(z) => z.strictObject({...})`: the parameters' schema, built from zod on demand (see ParamsBuilder). */
  params: Params;
  /** Requests per second per API + region + sub-account, as documented, and where (see RateLimit). */
  rateLimit: RateLimit;
  /**
   * The request parameter that makes a mutation safe to repeat (RunInstances' ClientToken). The console fills it in when
   * a caller leaves it out, so its own retries after a lost answer can never act twice.
   */
  idempotencyToken?: string;
  /**
   * For reads about the cloud's offer rather than the account's resources (a price quote): how long, in seconds, one
   * answer is shared with the identical read of anyone using the same account and region. A change in the account
   * does not make it stale. Unset: an answer is shared only while in flight (and a list page for a few seconds).
   */
  shareSeconds?: number;
  /**
   * An action the console's server calls for itself and never relays: its answer holds keys (STS AssumeRole's
   * temporary credentials), which must not reach a browser. The action route refuses it for everyone.
   */
  serverOnly?: true;
  /**
   * A dangerous action (terminate, reinstall, security group rules): a person with two-factor sign-in must have proved
   * it in the last STEP_UP_MINUTES, or is refused with StepUpRequired until they give a code again.
   */
  stepUp?: true;
  /** Phantom: carries the response type to typed clients; never set at run time. */
  readonly response?: Response;
}

/** The schema an action's `params` builds (a type; `paramsSchema` from `@cvm/shared/params` gives the value). */
export type ParamsSchemaOf<S> = S extends ActionSpec<infer P, unknown> ? ReturnType<P> : never;
/** The parameters a caller sends (the schema's input). */
export type ParamsOf<S> = S extends ActionSpec<infer P, unknown> ? z.input<ReturnType<P>> : never;
/** The parameters as validation outputs them (what the emulator's rules receive). */
export type ParamsOutput<S> = S extends ActionSpec<infer P, unknown> ? z.output<ReturnType<P>> : never;
export type ResponseOf<S> = S extends ActionSpec<ParamsBuilder, infer R> ? R : never;

/**
 * Declares one cloud action. The response type is given explicitly; everything else is inferred, the least role as a
 * literal type, so a zod-free reference to the action (the browser's) can be checked against it at compile time.
 * The rate limit is required: an action without its documented limit (a positive whole number and where it is written)
 * fails when the catalog loads.
 */
export function defineAction<Response>() {
  return <Schema extends z.ZodType, MinRole extends Role>(
    spec: Omit<ActionSpec<ParamsBuilder<Schema>, Response>, 'response' | 'regional' | 'minRole' | 'cloud'> & { minRole: MinRole; regional?: boolean; cloud?: CloudProvider },
  ): ActionSpec<ParamsBuilder<Schema>, Response> & { readonly minRole: MinRole } => {
    const { perSecond, source } = spec.rateLimit ?? {};
    if (!Number.isInteger(perSecond) || perSecond! <= 0 || !source?.trim()) {
      throw new Error(`${spec.service}.${spec.action} needs its documented rate limit (a positive perSecond and its source)`);
    }
    return { regional: true, cloud: 'tencent', ...spec };
  };
}
