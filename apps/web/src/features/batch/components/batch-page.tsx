import { useCallback } from 'react';
import { useCloudScope } from '../../../app/use-cloud-scope.ts';
import { useUrlState } from '../../../app/url-state.ts';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { PageHeading } from '../../../components/ui/page-heading.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { useComputeEnvs } from '../api/compute-envs.ts';
import { batchMessages } from '../messages.ts';
import { EnvPanel } from './env-panel.tsx';
import { EnvTable } from './env-table.tsx';

/**
 * /batch: the region's Batch compute environments (zone, resources, nodes by state) and, with `?env=`, one
 * environment's nodes in a side panel, each linking to its instance, with Detach for the instances added to it.
 */
export default function BatchPage() {
  const m = useLocalized(batchMessages);
  const t = useT();
  const { scope } = useCloudScope();
  const [params, setParams] = useUrlState();
  const envId = params.get('env') ?? '';
  const envs = useComputeEnvs(scope);
  const open = useCallback((id: string) => setParams({ env: id }, 'push'), [setParams]);
  const close = useCallback(() => setParams({ env: null }, 'push'), [setParams]);

  return (
    <>
      <PageHeading title={m.title} subtitle={m.subtitle} />
      <div className="rounded-lg border border-line bg-surface shadow-xs">
        {envs.isError && !envs.data ? (
          <div className="p-4">
            <ErrorPanel error={envs.error} title={m.loadFailed} onRetry={() => void envs.refetch()} />
          </div>
        ) : !envs.data ? (
          <div className="flex justify-center p-10 text-fg-muted">
            <Spinner label={t.common.loading} />
          </div>
        ) : envs.data.length === 0 ? (
          <EmptyState title={m.empty} description={m.emptyHint} />
        ) : (
          <EnvTable envs={envs.data} onOpen={open} />
        )}
      </div>
      {scope && envId && <EnvPanel scope={scope} envId={envId} onClose={close} />}
    </>
  );
}
