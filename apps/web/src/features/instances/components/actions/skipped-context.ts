import { createContext } from 'react';
import type { Instance } from '@cvm/shared';

// Kept apart from the list that shows them (skipped-instances.tsx): useActionDialog is in the list page's first chunk,
// the dialogs and their words load on first use.

/** The ticked instances a batch action leaves out, each with why; given to every action dialog by useActionDialog. */
export type SkippedInstances = { target: Instance; reason: string }[];

export const SkippedInstancesContext = createContext<SkippedInstances>([]);
