import type { ComputeEnvView } from '@cvm/shared';
import { DataTable, HeaderRow, Td, Th } from '../../../components/ui/data-table.tsx';
import { formatTimestamp } from '../../../i18n/format.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { useLanguage } from '../../../i18n/use-t.ts';
import { batchMessages } from '../messages.ts';

const total = (env: ComputeEnvView) => Object.values(env.ComputeNodeMetrics).reduce((sum, count) => sum + count, 0);

/** The region's environments: each row opens the environment (its nodes) by its name. */
export function EnvTable({ envs, onOpen }: { envs: ComputeEnvView[]; onOpen: (envId: string) => void }) {
  const m = useLocalized(batchMessages);
  const { language } = useLanguage();
  return (
    <DataTable label={m.envTable}>
      <HeaderRow>
        <Th>{m.columns.env}</Th>
        <Th>{m.columns.zone}</Th>
        <Th>{m.columns.type}</Th>
        <Th className="text-right">{m.columns.nodes}</Th>
        <Th className="text-right">{m.columns.running}</Th>
        <Th className="text-right">{m.columns.attached}</Th>
        <Th className="text-right">{m.columns.desired}</Th>
        <Th>{m.columns.created}</Th>
      </HeaderRow>
      <tbody>
        {envs.map((env) => (
          <tr key={env.EnvId} data-env-id={env.EnvId} className="border-b border-line last:border-b-0 hover:bg-surface-2">
            <Td>
              <button type="button" onClick={() => onOpen(env.EnvId)} aria-label={m.open(env.EnvName)} className="text-left font-medium text-accent hover:underline">
                {env.EnvName}
              </button>
              <div className="font-mono text-xs text-fg-muted">{env.EnvId}</div>
            </Td>
            <Td>{env.Placement.Zone}</Td>
            <Td>{m.resourceTypes[env.ResourceType] ?? env.ResourceType}</Td>
            <Td className="text-right tabular-nums">{total(env)}</Td>
            <Td className="text-right tabular-nums">{env.ComputeNodeMetrics.RunningCount}</Td>
            <Td className="text-right tabular-nums">{env.AttachedComputeNodeCount}</Td>
            <Td className="text-right tabular-nums">{env.DesiredComputeNodeCount}</Td>
            <Td className="whitespace-nowrap">{formatTimestamp(env.CreateTime, language)}</Td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
