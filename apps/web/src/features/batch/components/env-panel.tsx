import { useId } from 'react';
import type { ComputeEnvDetail, ComputeNodeMetrics } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { DetailItem, DetailList, DetailSection } from '../../../components/ui/description-list.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { SidePanel, SidePanelHeader } from '../../../components/ui/side-panel.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useFormatTimestamp } from '../../../i18n/format.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useComputeEnv } from '../../../cloud/batch/compute-envs.ts';
import { batchMessages, type BatchMessages } from '../messages.ts';
import { NodeTable } from './node-table.tsx';

const METRIC_STATES: [keyof ComputeNodeMetrics, keyof BatchMessages['states']][] = [
  ['RunningCount', 'RUNNING'],
  ['CreatedCount', 'CREATED'],
  ['CreatingCount', 'CREATING'],
  ['SubmittedCount', 'SUBMITTED'],
  ['DeletingCount', 'DELETING'],
  ['AbnormalCount', 'ABNORMAL'],
  ['CreationFailedCount', 'CREATION_FAILED'],
];

function EnvFacts({ env }: { env: ComputeEnvDetail }) {
  const m = useLocalized(batchMessages);
  const format = useFormatTimestamp();
  const counts = METRIC_STATES.filter(([key]) => env.ComputeNodeMetrics[key] > 0);
  return (
    <DetailSection title={m.envPanelLabel}>
      <DetailList>
        <DetailItem label={m.facts.id} mono>
          {env.EnvId}
        </DetailItem>
        <DetailItem label={m.facts.zone}>{env.Placement.Zone}</DetailItem>
        <DetailItem label={m.facts.type}>{m.resourceTypes[env.ResourceType] ?? env.ResourceType}</DetailItem>
        <DetailItem label={m.facts.envType}>{env.EnvType}</DetailItem>
        <DetailItem label={m.facts.desired}>{env.DesiredComputeNodeCount}</DetailItem>
        <DetailItem label={m.facts.attached}>{env.AttachedComputeNodeCount}</DetailItem>
        <DetailItem label={m.facts.created}>{format(env.CreateTime)}</DetailItem>
        <DetailItem label={m.metrics}>{counts.map(([key, state]) => `${m.states[state]}: ${env.ComputeNodeMetrics[key]}`).join(' · ')}</DetailItem>
      </DetailList>
    </DetailSection>
  );
}

/** One environment (`?env=`): its facts and its nodes, read again every few seconds while a node is changing. */
export function EnvPanel({ scope, envId, onClose }: { scope: CloudScope; envId: string; onClose: () => void }) {
  const m = useLocalized(batchMessages);
  const t = useT();
  const titleId = useId();
  const query = useComputeEnv(scope, envId);
  const env = query.data;
  return (
    <SidePanel labelledBy={titleId} onClose={onClose}>
      <SidePanelHeader
        titleId={titleId}
        label={m.envPanelLabel}
        title={env?.EnvName ?? envId}
        aside={query.isFetching && <Spinner className="mt-2 text-fg-subtle" />}
        onClose={onClose}
      >
        {env && <p className="font-mono text-[13px] text-fg-muted">{env.EnvId}</p>}
      </SidePanelHeader>
      <div className="min-h-0 flex-1 overflow-y-auto">
        {query.isError && !env ? (
          <div className="p-6">
            <ErrorPanel error={query.error} title={m.envLoadFailed} onRetry={() => void query.refetch()} />
          </div>
        ) : !env ? (
          <div className="flex justify-center p-10 text-fg-muted">
            <Spinner label={t.common.loading} />
          </div>
        ) : (
          <>
            <EnvFacts env={env} />
            <DetailSection title={m.nodeTable}>
              <NodeTable scope={scope} env={env} />
            </DetailSection>
          </>
        )}
      </div>
    </SidePanel>
  );
}
