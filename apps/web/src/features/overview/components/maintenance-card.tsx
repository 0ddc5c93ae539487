import { useId, useState } from 'react';
import { cvm, parseCloudTime, roleAllows } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useSignedInUser } from '../../../api/session.ts';
import { instancesPath } from '../../../app/paths.ts';
import { AppLink } from '../../../components/ui/app-link.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Card } from '../../../components/ui/card.tsx';
import { ChoiceGroup } from '../../../components/ui/choice-group.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { Timestamp } from '../../../components/ui/timestamp.tsx';
import { toDateTimeLocal } from '../../../lib/datetime-local.ts';
import { useLocalized, type Localized } from '../../../i18n/localized.ts';
import { useAuthorizeRepair, useRepairTasks } from '../api/use-repair-tasks.ts';

const words: Localized<{
  title: string;
  description: string;
  none: string;
  failed: string;
  types: Record<number, string>;
  statuses: Record<number, string>;
  columns: { instance: string; type: string; status: string; created: string; when: string; actions: string };
  authorize: string;
  authorizeNamed: (who: string) => string;
  authorizeTitle: (who: string) => string;
  authorizeBody: string;
  whenLegend: string;
  now: { label: string; hint: string };
  booked: { label: string; hint: string };
  at: string;
  atHint: string;
  atInvalid: string;
  authorizeFailed: string;
}> = {
  en: {
    title: 'Maintenance tasks',
    description: 'Repairs the cloud plans on your instances (last 30 days, every region). A pending one is done at its planned time unless you authorize it sooner.',
    none: 'No maintenance tasks in the last 30 days.',
    failed: 'Could not read the maintenance tasks',
    types: {
      101: 'Running risk',
      102: 'Running fault',
      103: 'Disk fault',
      104: 'Network fault',
      105: 'Running warning',
      106: 'Disk warning',
      107: 'Maintenance upgrade',
    },
    statuses: { 1: 'Awaiting authorization', 2: 'In progress', 3: 'Ended', 4: 'Booked', 5: 'Cancelled', 6: 'Avoided' },
    columns: { instance: 'Instance', type: 'Task', status: 'Status', created: 'Raised', when: 'Authorized or planned', actions: 'Actions' },
    authorize: 'Authorize',
    authorizeNamed: (who) => `Authorize the repair of ${who}`,
    authorizeTitle: (who) => `Authorize the repair of ${who}?`,
    authorizeBody: 'The cloud repairs the instance as the task says; it may restart or be migrated meanwhile.',
    whenLegend: 'When',
    now: { label: 'Now', hint: 'The repair starts at once.' },
    booked: { label: 'At a time I choose', hint: 'From 5 minutes to 48 hours ahead, before the planned time.' },
    at: 'Authorize at (your clock)',
    atHint: 'At least 5 minutes and at most 48 hours from now.',
    atInvalid: 'Choose a time from 5 minutes to 48 hours from now.',
    authorizeFailed: 'Could not authorize the repair',
  },
  'zh-CN': {
    title: '维修任务',
    description: '云端计划对实例进行的维修（近 30 天，全部地域）。待授权的任务会在计划时间自动执行，也可提前授权。',
    none: '近 30 天没有维修任务。',
    failed: '无法读取维修任务',
    types: { 101: '实例运行隐患', 102: '实例运行异常', 103: '实例硬盘异常', 104: '实例网络连接异常', 105: '实例运行预警', 106: '实例硬盘预警', 107: '实例维护升级' },
    statuses: { 1: '待授权', 2: '处理中', 3: '已结束', 4: '已预约', 5: '已取消', 6: '已避免' },
    columns: { instance: '实例', type: '任务', status: '状态', created: '创建时间', when: '授权或计划时间', actions: '操作' },
    authorize: '授权',
    authorizeNamed: (who) => `授权维修 ${who}`,
    authorizeTitle: (who) => `授权维修 ${who}？`,
    authorizeBody: '云端将按任务维修实例；期间实例可能重启或迁移。',
    whenLegend: '时间',
    now: { label: '立即', hint: '立即开始维修。' },
    booked: { label: '预约时间', hint: '5 分钟到 48 小时之后，且早于计划时间。' },
    at: '授权时间（本机时间）',
    atHint: '至少 5 分钟之后，最多 48 小时之后。',
    atInvalid: '请选择 5 分钟到 48 小时之后的时间。',
    authorizeFailed: '无法授权维修',
  },
};

type RepairTaskInfo = cvm.RepairTaskInfo;

const MINUTE = 60_000;
const STATUS_TONE: Record<number, 'warning' | 'info' | 'neutral' | 'success'> = { 1: 'warning', 2: 'info', 3: 'neutral', 4: 'info', 5: 'neutral', 6: 'success' };

/** The task's times as instants (the cloud writes them zoneless, Beijing time). */
const isoOf = (time: string | null) => (time ? (parseCloudTime(time)?.toISOString() ?? time) : undefined);

/**
 * The Overview's maintenance tasks (DescribeTaskInfo): what the cloud will repair, on which instance, and when; an
 * admin authorizes a pending one now or at a booked time (RepairTaskControl).
 */
export function MaintenanceCard({ scope, account }: { scope: CloudScope; account: string }) {
  const m = useLocalized(words);
  const user = useSignedInUser();
  const tasks = useRepairTasks(scope);
  const [authorizing, setAuthorizing] = useState<RepairTaskInfo>();
  const mayAuthorize = roleAllows(user.role, cvm.RepairTaskControl.minRole);
  const list = tasks.data?.RepairTaskInfoSet ?? [];
  const who = (task: RepairTaskInfo) => task.Alias || task.InstanceId;

  return (
    <Card title={m.title} description={m.description}>
      {tasks.isPending && <Spinner />}
      {tasks.isError && <ErrorPanel error={tasks.error} title={m.failed} onRetry={() => void tasks.refetch()} />}
      {tasks.data && list.length === 0 && <p className="text-sm text-fg-muted">{m.none}</p>}
      {list.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead className="bg-surface-2 text-left text-xs text-fg-muted">
              <tr>
                <th scope="col" className="px-2 py-1.5 font-medium">
                  {m.columns.instance}
                </th>
                <th scope="col" className="px-2 py-1.5 font-medium">
                  {m.columns.type}
                </th>
                <th scope="col" className="px-2 py-1.5 font-medium">
                  {m.columns.status}
                </th>
                <th scope="col" className="px-2 py-1.5 font-medium">
                  {m.columns.created}
                </th>
                <th scope="col" className="px-2 py-1.5 font-medium">
                  {m.columns.when}
                </th>
                {mayAuthorize && (
                  <th scope="col" className="px-2 py-1.5 text-right font-medium">
                    {m.columns.actions}
                  </th>
                )}
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {list.map((task) => (
                <tr key={task.TaskId}>
                  <th scope="row" className="px-2 py-1.5 text-left font-medium">
                    {task.Region ? (
                      <AppLink href={instancesPath({ account, region: task.Region }, { instance: task.InstanceId })} className="text-accent hover:underline">
                        {who(task)}
                      </AppLink>
                    ) : (
                      who(task)
                    )}
                    <span className="block font-mono text-xs font-normal text-fg-muted">{task.InstanceId}</span>
                  </th>
                  <td className="px-2 py-1.5">{m.types[task.TaskTypeId] ?? task.TaskTypeName}</td>
                  <td className="px-2 py-1.5">
                    <Badge tone={STATUS_TONE[task.TaskStatus] ?? 'neutral'}>{m.statuses[task.TaskStatus] ?? String(task.TaskStatus)}</Badge>
                  </td>
                  <td className="px-2 py-1.5 text-xs">{isoOf(task.CreateTime) && <Timestamp value={isoOf(task.CreateTime)!} />}</td>
                  <td className="px-2 py-1.5 text-xs">{isoOf(task.AuthTime) && <Timestamp value={isoOf(task.AuthTime)!} />}</td>
                  {mayAuthorize && (
                    <td className="px-2 py-1.5 text-right">
                      {task.TaskStatus === 1 && (
                        <Button aria-label={m.authorizeNamed(who(task))} onClick={() => setAuthorizing(task)}>
                          {m.authorize}
                        </Button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {authorizing && <AuthorizeDialog scope={scope} task={authorizing} who={who(authorizing)} onClose={() => setAuthorizing(undefined)} />}
    </Card>
  );
}

function AuthorizeDialog({ scope, task, who, onClose }: { scope: CloudScope; task: RepairTaskInfo; who: string; onClose: () => void }) {
  const m = useLocalized(words);
  const atId = useId();
  const [when, setWhen] = useState<'now' | 'booked'>('now');
  const [at, setAt] = useState(() => toDateTimeLocal(Date.now() + 60 * MINUTE));
  const [attempted, setAttempted] = useState(false);
  const authorize = useAuthorizeRepair(scope);
  const atMs = new Date(at).getTime();
  const atProblem = when === 'booked' && (Number.isNaN(atMs) || atMs < Date.now() + 5 * MINUTE || atMs > Date.now() + 48 * 60 * MINUTE);
  const shown = attempted && atProblem ? m.atInvalid : undefined;
  return (
    <ConfirmDialog
      title={m.authorizeTitle(who)}
      confirmLabel={m.authorize}
      pending={authorize.isPending}
      error={authorize.error ?? undefined}
      errorTitle={m.authorizeFailed}
      onClose={onClose}
      onConfirm={() => {
        setAttempted(true);
        if (atProblem) return;
        authorize.mutate({ taskId: task.TaskId, instanceId: task.InstanceId, ...(when === 'booked' ? { at: atMs } : {}) }, { onSuccess: onClose });
      }}
    >
      <p>{m.authorizeBody}</p>
      <ChoiceGroup<'now' | 'booked'>
        legend={m.whenLegend}
        value={when}
        onChange={setWhen}
        choices={[
          { value: 'now', label: m.now.label, hint: m.now.hint },
          { value: 'booked', label: m.booked.label, hint: m.booked.hint },
        ]}
      />
      {when === 'booked' && (
        <FormField id={atId} label={m.at} hint={m.atHint} error={shown}>
          <TextInput
            id={atId}
            type="datetime-local"
            value={at}
            onChange={(event) => setAt(event.target.value)}
            aria-invalid={shown ? true : undefined}
            aria-describedby={describedBy(atId, { hint: true, error: shown })}
          />
        </FormField>
      )}
    </ConfirmDialog>
  );
}
