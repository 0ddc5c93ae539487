import { cvm, INSTANCE_RENAME_MAX_LENGTH, type Instance } from '@cvm/shared';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import type { ModifyMessages } from '../components/modify/messages.ts';
import { useApplyChange } from './apply-change.ts';

/** The longest name ModifyInstancesAttribute takes (InvalidInstanceName.TooLong above it); RunInstances allows 128. */
export const RENAME_MAX_LENGTH = INSTANCE_RENAME_MAX_LENGTH;

/** Why a new name would be refused, in words, or undefined: checked before anything is sent. */
export function renameProblem(name: string, m: ModifyMessages): string | undefined {
  if (!name.trim()) return m.nameEmpty;
  if (name.length > RENAME_MAX_LENGTH) return m.nameTooLong(RENAME_MAX_LENGTH, name.length);
  return undefined;
}

/** ModifyInstancesAttribute { InstanceName }: applies at once, so the rows show the new name as soon as it is accepted. */
export function useRenameInstance(scope: CloudScope) {
  return useApplyChange(
    scope,
    (variables: { ids: string[]; name: string }) => callAction(cvm.ModifyInstancesAttribute, { InstanceIds: variables.ids, InstanceName: variables.name }, scope),
    (instance: Instance, variables) => ({ ...instance, InstanceName: variables.name, LatestOperation: 'ModifyInstancesAttribute', LatestOperationState: 'SUCCESS' }),
  );
}
