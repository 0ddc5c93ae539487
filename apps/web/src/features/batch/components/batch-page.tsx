import { useCallback } from 'react';
import { useCloudScope } from '../../../app/use-cloud-scope.ts';
import { useUrlState } from '../../../app/url-state.ts';
import { PageHeading } from '../../../components/ui/page-heading.tsx';
import { QueryPanel } from '../../../components/ui/query-panel.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useComputeEnvs } from '../../../cloud/batch/compute-envs.ts';
import { batchMessages } from '../messages.ts';
import { EnvPanel } from './env-panel.tsx';
import { EnvTable } from './env-table.tsx';

/**
 * /batch: the region's Batch compute environments (zone, resources, nodes by state) and, with `?env=`, one
 * environment's nodes in a side panel, each linking to its instance, with Detach for the instances added to it.
 */
export default function BatchPage() {
  const m = useLocalized(batchMessages);
  const { scope } = useCloudScope();
  const [params, setParams] = useUrlState();
  const envId = params.get('env') ?? '';
  const envs = useComputeEnvs(scope);
  const open = useCallback((id: string) => setParams({ env: id }, 'push'), [setParams]);
  const close = useCallback(() => setParams({ env: null }, 'push'), [setParams]);

  return (
    <>
      <PageHeading title={m.title} subtitle={m.subtitle} />
      <QueryPanel query={envs} loadFailed={m.loadFailed} empty={m.empty} emptyHint={m.emptyHint} keepListOnError>
        {(list) => <EnvTable envs={list} onOpen={open} />}
      </QueryPanel>
      {scope && envId && <EnvPanel scope={scope} envId={envId} onClose={close} />}
    </>
  );
}
