import { collectActions } from '../../../actions/collect-actions.ts';
import type { InstanceAction } from './instance-action.ts';

/** Every action on CVM instances: the `*.action.ts` files of this folder, in the order they are shown. */
export const INSTANCE_ACTIONS: readonly InstanceAction[] = collectActions(import.meta.glob<{ default: InstanceAction }>('./*.action.ts', { eager: true }));
