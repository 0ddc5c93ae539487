import { cvm, type Instance } from '@cvm/shared';
import { useId, useState } from 'react';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../../../../api/call-action.ts';
import type { CloudScope } from '../../../../api/cloud-scope.ts';
import { Button } from '../../../../components/ui/button.tsx';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { FormField, describedBy } from '../../../../components/ui/form-field.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { TextInput } from '../../../../components/ui/text-input.tsx';
import { Timestamp } from '../../../../components/ui/timestamp.tsx';
import { toDateTimeLocal } from '../../../../lib/datetime-local.ts';
import { useLocalized, type Localized } from '../../../../i18n/localized.ts';
import type { ActionDialogProps } from '../../actions/instance-action.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { ActionDialogFrame } from '../actions/action-dialog-frame.tsx';

/** The cloud refuses a time closer than this (reference 17760: "执行时间必须大于当前时间5分钟"). */
const LEAD_MS = 5 * 60_000;

const words: Localized<{
  title: (who: string) => string;
  intro: string;
  when: string;
  whenHint: string;
  tooSoon: string;
  invalid: string;
  pendingTitle: string;
  pendingLine: (who: string) => string;
  cancel: (who: string) => string;
  cancelShort: string;
  cancelFailed: string;
  alreadyScheduled: string;
  confirm: string;
  loadFailed: string;
}> = {
  en: {
    title: (who) => `Schedule the termination of ${who}`,
    intro: 'At the time you set, the cloud terminates the instance as TerminateInstances would, whoever is signed in. Until then it can be cancelled here.',
    when: 'Terminate at (your clock)',
    whenHint: 'At least five minutes from now.',
    tooSoon: 'Choose a time at least five minutes from now.',
    invalid: 'Choose a date and a time.',
    pendingTitle: 'Scheduled',
    pendingLine: (who) => `${who} terminates at`,
    cancel: (who) => `Cancel the termination of ${who}`,
    cancelShort: 'Cancel it',
    cancelFailed: 'Could not cancel it',
    alreadyScheduled: 'Cancel the scheduled terminations first: an instance takes one at a time.',
    confirm: 'Schedule termination',
    loadFailed: 'Could not read the scheduled terminations',
  },
  'zh-CN': {
    title: (who) => `定时销毁 ${who}`,
    intro: '到达设定时间后，云端将像 TerminateInstances 一样销毁实例，无论是否有人登录。在此之前可在这里取消。',
    when: '销毁时间（本机时间）',
    whenHint: '至少在 5 分钟之后。',
    tooSoon: '请选择至少 5 分钟之后的时间。',
    invalid: '请选择日期和时间。',
    pendingTitle: '已设定',
    pendingLine: (who) => `${who} 将于以下时间销毁：`,
    cancel: (who) => `取消定时销毁 ${who}`,
    cancelShort: '取消',
    cancelFailed: '无法取消',
    alreadyScheduled: '请先取消已设定的定时销毁：每台实例同时只能有一个。',
    confirm: '设定定时销毁',
    loadFailed: '无法读取已设定的定时销毁',
  },
};

/** ActionTime as the SDK writes it: ISO 8601 in UTC, to the second. */
const actionTime = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;

const timerKeys = (scope: CloudScope, ids: readonly string[]) => ['action-timers', scope.account, scope.region, ids] as const;

function usePendingTimers(scope: CloudScope, instances: readonly Instance[]) {
  const ids = instances.map((instance) => instance.InstanceId);
  return useQuery({
    queryKey: timerKeys(scope, ids),
    queryFn: ids.length > 0 ? ({ signal }) => callAction(cvm.DescribeInstancesActionTimer, { InstanceIds: ids, StatusList: ['UNDO'] }, scope, signal) : skipToken,
    select: (answer) => answer.ActionTimers,
  });
}

/**
 * ImportInstancesActionTimer for the chosen instances, one time for all; the terminations already scheduled for them
 * are listed first (DescribeInstancesActionTimer), each with its cancel (DeleteInstancesActionTimer), since an instance
 * takes one at a time (FailedOperation.MutActionTimerExist).
 */
export function ScheduleTerminationDialog({ action, instances, scope, onClose, onSucceeded }: ActionDialogProps) {
  const m = useLocalized(words);
  const client = useQueryClient();
  const whenId = useId();
  const [when, setWhen] = useState(() => toDateTimeLocal(Date.now() + 60 * 60_000));
  const [attempted, setAttempted] = useState(false);
  const pending = usePendingTimers(scope, instances);
  const refresh = () => client.invalidateQueries({ queryKey: ['action-timers', scope.account, scope.region] });
  const schedule = useMutation({
    mutationFn: (at: number) =>
      callAction(
        cvm.ImportInstancesActionTimer,
        { InstanceIds: instances.map((instance) => instance.InstanceId), ActionTimer: { TimerAction: 'TerminateInstances', ActionTime: actionTime(at) } },
        scope,
      ),
    onSettled: refresh,
  });
  const cancel = useMutation({
    mutationFn: (timerId: string) => callAction(cvm.DeleteInstancesActionTimer, { ActionTimerIds: [timerId] }, scope),
    onSettled: refresh,
  });
  const at = new Date(when).getTime();
  const problem = Number.isNaN(at) ? m.invalid : at < Date.now() + LEAD_MS ? m.tooSoon : undefined;
  const shownProblem = attempted ? problem : undefined;
  const timers = pending.data ?? [];
  const names = new Map(instances.map((instance) => [instance.InstanceId, instanceLabel(instance)]));

  return (
    <ActionDialogFrame
      action={action}
      instances={instances}
      title={m.title(instances.length === 1 ? instanceLabel(instances[0]!) : String(instances.length))}
      onClose={onClose}
      pending={schedule.isPending}
      error={schedule.error}
      ready={pending.isSuccess && timers.length === 0}
      confirmLabel={m.confirm}
      onConfirm={() => {
        setAttempted(true);
        if (!problem) schedule.mutate(at, { onSuccess: onSucceeded });
      }}
    >
      <p className="text-fg-muted">{m.intro}</p>
      {pending.isPending && <Spinner />}
      {pending.isError && <ErrorPanel error={pending.error} title={m.loadFailed} onRetry={() => void pending.refetch()} />}
      {timers.length > 0 && (
        <section aria-label={m.pendingTitle} className="space-y-2">
          <ul className="divide-y divide-line rounded-md border border-line">
            {timers.map((timer) => {
              const who = names.get(timer.InstanceId) ?? timer.InstanceId;
              return (
                <li key={timer.ActionTimerId} className="flex items-center justify-between gap-3 px-3 py-2">
                  <span>
                    {m.pendingLine(who)} <Timestamp value={timer.ActionTime} className="font-medium" />
                  </span>
                  <Button aria-label={m.cancel(who)} disabled={cancel.isPending} onClick={() => cancel.mutate(timer.ActionTimerId)}>
                    {cancel.isPending && cancel.variables === timer.ActionTimerId && <Spinner />}
                    {m.cancelShort}
                  </Button>
                </li>
              );
            })}
          </ul>
          <p className="text-fg-muted">{m.alreadyScheduled}</p>
        </section>
      )}
      {cancel.isError && <ErrorPanel error={cancel.error} title={m.cancelFailed} />}
      <FormField id={whenId} label={m.when} hint={m.whenHint} error={shownProblem}>
        <TextInput
          id={whenId}
          type="datetime-local"
          value={when}
          onChange={(event) => setWhen(event.target.value)}
          aria-invalid={shownProblem ? true : undefined}
          aria-describedby={describedBy(whenId, { hint: true, error: shownProblem })}
        />
      </FormField>
    </ActionDialogFrame>
  );
}
