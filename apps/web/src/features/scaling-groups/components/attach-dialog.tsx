import { useId, useMemo, useState, type FormEvent } from 'react';
import type { EcsInstance, ScalingGroup } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { AlertIcon, ChevronLeftIcon, ChevronRightIcon } from '../../../components/ui/icons.tsx';
import { DialogBody, DialogFooter, DialogHeader, ModalDialog } from '../../../components/ui/modal-dialog.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useAttachInstances } from '../api/attach-instances.ts';
import { useEcsInstancePage } from '../api/describe-ecs-instances.ts';
import { runningActivity, useActivityWatch, useScalingActivities } from '../api/describe-scaling-activities.ts';
import { useScalingGroup, useScalingGroups } from '../api/describe-scaling-groups.ts';
import { useGroupMembership, useScalingMembers } from '../api/describe-scaling-instances.ts';
import { blockerText, scalingMessages } from '../messages.ts';
import { MAX_ATTACH_PER_CALL, attachIneligibility, groupBlockers, roomBeforeMaxSize, selectionLimit } from '../model/attach-eligibility.ts';
import { toAttachParams, type ChosenInstance } from '../model/attach-request.ts';
import { DEFAULT_WEIGHT } from '../model/weight.ts';
import { ActivityProgressView } from './activity-progress-view.tsx';
import { EcsChoiceTable, type EcsChoiceRow } from './ecs-choice-table.tsx';

/** ECS pages of 20: the most DescribeScalingInstances takes by InstanceId, to learn which group each is in at once. */
const PAGE_SIZE = 20;

interface AttachDialogProps {
  scope: CloudScope;
  /** The group as the panel last read it; the dialog follows the live copy in the same cache. */
  group: ScalingGroup;
  onClose: () => void;
}

/**
 * ESS AttachInstances for one group: the region's ECS instances, page by page, each with a checkbox and a weight;
 * those that cannot join are disabled with the reason. Once sent, the dialog follows the activity the cloud started
 * until it ends. A refusal is shown with its code, message and RequestId, and the choice is kept.
 */
export function AttachDialog({ scope, group: initial, onClose }: AttachDialogProps) {
  const m = useLocalized(scalingMessages);
  const t = useT();
  const titleId = useId();
  const groupId = initial.ScalingGroupId;
  const group = useScalingGroup(scope, groupId).data ?? initial;
  const groupNames = useScalingGroups(scope).data;
  const members = useScalingMembers(scope, groupId).data;
  const activities = useScalingActivities(scope, groupId).data;
  const listedRunning = runningActivity(activities);
  const watchRunning = useActivityWatch(scope, groupId, listedRunning?.ScalingActivityId);
  const runningId = listedRunning && (watchRunning.data?.StatusCode ?? 'InProgress') === 'InProgress' ? listedRunning.ScalingActivityId : undefined;

  const [page, setPage] = useState(1);
  const ecs = useEcsInstancePage(scope, page, PAGE_SIZE);
  const pageInstances = ecs.data?.instances ?? [];
  const pageIds = useMemo(() => pageInstances.map((i) => i.InstanceId), [pageInstances]);
  const membership = useGroupMembership(scope, pageIds);
  const membershipKnown = membership.isError || (membership.data !== undefined && !membership.isPlaceholderData);

  // The choice: IDs in the order they were ticked, and what was typed for each weight (kept across pages).
  const [chosenIds, setChosenIds] = useState<string[]>([]);
  const [names, setNames] = useState<Record<string, string>>({});
  const [weights, setWeights] = useState<Record<string, string>>({});
  const attach = useAttachInstances(scope, groupId);
  const [started, setStarted] = useState<{ activityId: string; requestId: string }>();

  const blockers = groupBlockers(group, runningId);
  const room = roomBeforeMaxSize(group);
  const limit = selectionLimit(group);
  const chosen: ChosenInstance[] = chosenIds.map((id) => ({ instanceId: id, name: names[id] ?? id, weightText: weights[id] ?? String(DEFAULT_WEIGHT) }));
  const params = toAttachParams(groupId, chosen);
  const canSubmit = params !== undefined && blockers.length === 0 && chosen.length <= limit && !attach.isPending;
  const groupName = (id: string) => groupNames?.find((g) => g.ScalingGroupId === id)?.ScalingGroupName ?? id;

  const rows: EcsChoiceRow[] = pageInstances.map((instance: EcsInstance) => {
    const owner = membership.data?.get(instance.InstanceId) ?? (members?.some((mb) => mb.InstanceId === instance.InstanceId) ? groupId : undefined);
    const reason = attachIneligibility(instance, group, owner);
    const isChosen = chosenIds.includes(instance.InstanceId);
    return {
      instance,
      reason,
      checking: !reason && !membershipKnown,
      chosen: isChosen,
      full: !isChosen && chosenIds.length >= limit,
      weightText: weights[instance.InstanceId] ?? String(DEFAULT_WEIGHT),
    };
  });

  const toggle = (instance: EcsInstance, on: boolean) => {
    setChosenIds((ids) => (on ? (ids.includes(instance.InstanceId) ? ids : [...ids, instance.InstanceId]) : ids.filter((id) => id !== instance.InstanceId)));
    setNames((n) => ({ ...n, [instance.InstanceId]: instance.InstanceName || instance.InstanceId }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!canSubmit || !params) return;
    attach.mutate(params, { onSuccess: (answer) => setStarted({ activityId: answer.ScalingActivityId, requestId: answer.RequestId }) });
  };

  const pages = Math.max(1, Math.ceil((ecs.data?.total ?? 0) / PAGE_SIZE));

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} size="lg">
      {started ? (
        <>
          <DialogHeader id={titleId} title={m.attachTitle(group.ScalingGroupName)} />
          <DialogBody>
            <ActivityProgressView scope={scope} groupId={groupId} activityId={started.activityId} requestId={started.requestId} />
          </DialogBody>
          <DialogFooter>
            <Button variant="primary" onClick={onClose} data-autofocus>
              {m.done}
            </Button>
          </DialogFooter>
        </>
      ) : (
        <form onSubmit={onSubmit} className="flex min-h-0 flex-1 flex-col" noValidate>
          <DialogHeader id={titleId} title={m.attachTitle(group.ScalingGroupName)} subtitle={m.attachIntro} />
          <DialogBody>
            <ul className="space-y-1 text-sm text-fg-muted">
              <li>{m.room(room, group.TotalCapacity, group.MaxSize)}</li>
              <li>{m.perCall(MAX_ATTACH_PER_CALL)}</li>
            </ul>
            {blockers.length > 0 && (
              <div
                role="status"
                className="flex gap-2.5 rounded-md border border-amber-300 bg-amber-50 px-3 py-2.5 text-sm text-amber-900 dark:border-amber-400/30 dark:bg-amber-400/10 dark:text-amber-100"
              >
                <AlertIcon className="mt-0.5 shrink-0 text-amber-600 dark:text-amber-300" />
                <ul className="space-y-1">
                  {blockers.map((blocker) => (
                    <li key={blocker.code}>{blockerText(m, blocker)}</li>
                  ))}
                </ul>
              </div>
            )}
            {ecs.isError && !ecs.data ? (
              <ErrorPanel error={ecs.error} title={m.ecsLoadFailed} onRetry={() => void ecs.refetch()} />
            ) : !ecs.data ? (
              <Spinner label={t.common.loading} className="text-fg-muted" />
            ) : pageInstances.length === 0 ? (
              <p className="text-fg-muted">{m.ecsEmpty}</p>
            ) : (
              <div className="rounded-md border border-line">
                <EcsChoiceTable
                  rows={rows}
                  group={group}
                  limit={limit}
                  groupName={groupName}
                  onToggle={toggle}
                  onWeight={(id, text) => setWeights((w) => ({ ...w, [id]: text }))}
                />
                <div className="flex items-center justify-between gap-2 border-t border-line bg-surface-2 px-3 py-2 text-xs text-fg-muted">
                  <span>{m.pageOf(page, pages, ecs.data.total)}</span>
                  <span className="flex gap-1">
                    <Button iconOnly aria-label={m.previousPage} title={m.previousPage} disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
                      <ChevronLeftIcon />
                    </Button>
                    <Button iconOnly aria-label={m.nextPage} title={m.nextPage} disabled={page >= pages} onClick={() => setPage((p) => p + 1)}>
                      <ChevronRightIcon />
                    </Button>
                  </span>
                </div>
              </div>
            )}
            <p aria-live="polite" className="text-sm font-medium text-fg">
              {m.chosen(chosen.length, limit)}
            </p>
            {attach.isError && <ErrorPanel error={attach.error} title={m.attachFailed} />}
          </DialogBody>
          <DialogFooter>
            <Button onClick={onClose}>{t.common.cancel}</Button>
            <Button type="submit" variant="primary" disabled={!canSubmit}>
              {attach.isPending && <Spinner />}
              {chosen.length > 0 ? m.submit(chosen.length) : m.submitNothing}
            </Button>
          </DialogFooter>
        </form>
      )}
    </ModalDialog>
  );
}
