import type { ActionSpec } from './define.ts';

/** The exports of a catalog module that are actions, by name (its interfaces and helpers are left out). */
export type ActionsIn<M> = { [K in keyof M as M[K] extends ActionSpec ? K : never]: M[K] };

function isActionSpec(value: unknown): value is ActionSpec {
  if (typeof value !== 'object' || value === null) return false;
  const spec = value as Partial<ActionSpec>;
  return typeof spec.service === 'string' && typeof spec.action === 'string' && typeof spec.params === 'function';
}

/**
 * A service's actions, gathered from its catalog module: every exported action is in the catalog, so declaring an
 * action is all it takes to allow it (no second list to forget). An action must be exported under its own name —
 * the name the server looks it up by — and belong to the service; anything else fails when the catalog loads.
 */
export function actionsIn<M extends object>(service: string, module: M): ActionsIn<M> {
  const actions: Record<string, ActionSpec> = {};
  for (const [name, value] of Object.entries(module)) {
    if (!isActionSpec(value)) continue;
    if (value.action !== name) throw new Error(`The catalog exports ${value.service}.${value.action} as ${name}; export it under its action name`);
    if (value.service !== service) throw new Error(`${value.service}.${value.action} is exported from the ${service} catalog`);
    actions[name] = value;
  }
  return actions as ActionsIn<M>;
}
