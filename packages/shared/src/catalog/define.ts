import type { z } from 'zod';

/** Least role allowed to call an action; roles are ordered viewer < operator < admin. */
export type Role = 'viewer' | 'operator' | 'admin';
/** Least to most: each role may do everything the ones before it may. */
export const ROLE_ORDER: readonly Role[] = ['viewer', 'operator', 'admin'];

export type ActionKind = 'read' | 'mutate';

export interface ActionSpec<Params extends z.ZodType = z.ZodType, Response = unknown> {
  service: string;
  version: string;
  action: string;
  kind: ActionKind;
  minRole: Role;
  /** False for the few actions that ignore the Region common parameter (DescribeRegions). */
  regional: boolean;
  params: Params;
  /** Phantom: carries the response type to typed clients; never set at run time. */
  readonly response?: Response;
}

export type ParamsOf<S> = S extends ActionSpec<infer P, unknown> ? z.input<P> : never;
export type ResponseOf<S> = S extends ActionSpec<z.ZodType, infer R> ? R : never;

/** Declares one cloud action. The response type is given explicitly; everything else is inferred. */
export function defineAction<Response>() {
  return <Params extends z.ZodType>(
    spec: Omit<ActionSpec<Params, Response>, 'response' | 'regional'> & { regional?: boolean },
  ): ActionSpec<Params, Response> => ({ regional: true, ...spec });
}
