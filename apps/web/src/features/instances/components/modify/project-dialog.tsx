import { cvm, tag } from '@cvm/shared';
import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { callAction } from '../../../../api/call-action.ts';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { FormField } from '../../../../components/ui/form-field.tsx';
import { Select } from '../../../../components/ui/select.tsx';
import { useLocalized, type Localized } from '../../../../i18n/localized.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { useApplyChange } from '../../api/apply-change.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';

const words: Localized<{ title: (who: string) => string; intro: string; project: string; option: (name: string, id: number) => string; already: string; loadFailed: string }> = {
  en: {
    title: (who) => `Move ${who} to a project`,
    intro: 'Projects group resources for people and bills; moving changes nothing on the instance itself and applies at once.',
    project: 'Project',
    option: (name, id) => `${name} (${id})`,
    already: 'Every chosen instance is in this project already.',
    loadFailed: 'Could not read the account’s projects',
  },
  'zh-CN': {
    title: (who) => `将 ${who} 移至项目`,
    intro: '项目用于按人员和账单归类资源；移动不改变实例本身，立即生效。',
    project: '项目',
    option: (name, id) => `${name}（${id}）`,
    already: '所选实例都已在此项目中。',
    loadFailed: '无法读取账号的项目',
  },
};

/** ModifyInstancesProject for the chosen instances, into one of the account's projects (the tag service's DescribeProjects). */
export function ProjectDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const m = useLocalized(words);
  const selectId = useId();
  const projects = useQuery({
    queryKey: ['projects', scope.account],
    queryFn: ({ signal }) => callAction(tag.DescribeProjects, { AllList: 1, Limit: tag.PROJECT_LIST_LIMIT, Offset: 0 }, scope, signal),
    select: (answer) => answer.Projects,
    staleTime: 5 * 60_000,
  });
  const [chosen, setChosen] = useState<number>();
  const target = chosen ?? projects.data?.find((project) => project.ProjectId !== instances[0]!.Placement.ProjectId)?.ProjectId;
  const moving = instances.filter((instance) => instance.Placement.ProjectId !== target);
  const move = useApplyChange(
    scope,
    (variables: { ids: string[]; projectId: number }) => callAction(cvm.ModifyInstancesProject, { InstanceIds: variables.ids, ProjectId: variables.projectId }, scope),
    (instance, variables) => ({ ...instance, Placement: { ...instance.Placement, ProjectId: variables.projectId } }),
  );

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.title(instances.length === 1 ? instanceLabel(instances[0]!) : String(instances.length))}
      onClose={onClose}
      pending={move.isPending}
      error={move.error}
      ready={target !== undefined && moving.length > 0}
      onConfirm={() => target !== undefined && move.mutate({ ids: moving.map((instance) => instance.InstanceId), projectId: target }, { onSuccess: onSucceeded })}
    >
      <p className="text-fg-muted">{m.intro}</p>
      {projects.isError && <ErrorPanel error={projects.error} title={m.loadFailed} onRetry={() => void projects.refetch()} />}
      <FormField id={selectId} label={m.project}>
        <Select id={selectId} value={target ?? ''} onChange={(event) => setChosen(Number(event.target.value))} className="w-full">
          {(projects.data ?? []).map((project) => (
            <option key={project.ProjectId} value={project.ProjectId}>
              {m.option(project.ProjectName, project.ProjectId)}
            </option>
          ))}
        </Select>
      </FormField>
      {target !== undefined && moving.length === 0 && <p className="text-fg-muted">{m.already}</p>}
    </ActionDialogFrame>
  );
}
