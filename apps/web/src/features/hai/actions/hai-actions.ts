import { collectActions } from '../../../actions/collect-actions.ts';
import type { HaiAction } from './hai-action.ts';

/** Every action on HAI instances: the `*.action.ts` files of this folder, in the order the row shows them. */
export const HAI_ACTIONS: readonly HaiAction[] = collectActions(import.meta.glob<{ default: HaiAction }>('./*.action.ts', { eager: true }));
