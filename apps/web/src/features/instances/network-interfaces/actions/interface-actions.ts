import { collectActions } from '../../../../actions/collect-actions.ts';
import type { InterfaceAction } from './interface-action.ts';

/** Every action of the network interfaces tab: the `*.action.ts` files of this folder, in the order they are shown. */
export const INTERFACE_ACTIONS: readonly InterfaceAction[] = collectActions(import.meta.glob<{ default: InterfaceAction }>('./*.action.ts', { eager: true }));
