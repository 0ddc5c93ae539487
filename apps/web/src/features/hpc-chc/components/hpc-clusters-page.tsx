import { useState } from 'react';
import { roleAllows, cvmHpc } from '@cvm/shared';
import { useSignedInUser } from '../../../api/session.ts';
import { instancesPath } from '../../../app/paths.ts';
import { useCloudScope } from '../../../app/use-cloud-scope.ts';
import { AppLink } from '../../../components/ui/app-link.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable, HeaderRow, Td, Th } from '../../../components/ui/data-table.tsx';
import { FormSuccess } from '../../../components/ui/form-alert.tsx';
import { PlusIcon } from '../../../components/ui/icons.tsx';
import { PageHeading } from '../../../components/ui/page-heading.tsx';
import { QueryPanel } from '../../../components/ui/query-panel.tsx';
import { Timestamp } from '../../../components/ui/timestamp.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useHpcClusters } from '../api/hpc-chc-queries.ts';
import { hpcChcMessages } from '../messages.ts';
import { CreateHpcClusterDialog, DeleteHpcClusterDialog, EditHpcClusterDialog } from './hpc-cluster-dialogs.tsx';
import { SectionPages } from '../../../app/section-pages.tsx';

type HpcClusterInfo = cvmHpc.HpcClusterInfo;
type OpenDialog = { kind: 'create' } | { kind: 'edit'; cluster: HpcClusterInfo } | { kind: 'delete'; cluster: HpcClusterInfo };

/** Instances of a cluster a row names before "…". */
const SHOWN_INSTANCES = 3;

/**
 * /hpc-clusters: the region's HPC clusters (DescribeHpcClusters) with the instances bought into each; operators create
 * one in a zone, rename it or change its remark, and delete it once it is empty (the row says why not before).
 */
export default function HpcClustersPage() {
  const m = useLocalized(hpcChcMessages);
  const c = m.clusters;
  const { scope, account } = useCloudScope();
  const user = useSignedInUser();
  const clusters = useHpcClusters(scope);
  const [dialog, setDialog] = useState<OpenDialog>();
  const [notice, setNotice] = useState<string>();
  const mayChange = roleAllows(user.role, cvmHpc.CreateHpcCluster.minRole);
  const close = () => setDialog(undefined);
  const done = (message: string) => {
    close();
    setNotice(message);
  };
  if (!scope || !account) return null;

  return (
    <>
      <SectionPages />
      <PageHeading
        title={c.title}
        subtitle={c.subtitle(scope.region)}
        actions={
          mayChange && (
            <Button variant="primary" onClick={() => setDialog({ kind: 'create' })}>
              <PlusIcon />
              {c.create}
            </Button>
          )
        }
      />
      {notice && <FormSuccess className="mb-4">{notice}</FormSuccess>}
      <QueryPanel query={clusters} loadFailed={c.loadFailed} empty={c.empty} emptyHint={c.emptyHint} keepListOnError>
        {(list) => (
          <DataTable label={c.tableLabel}>
            <HeaderRow>
              <Th>{c.columns.name}</Th>
              <Th>{c.columns.id}</Th>
              <Th>{c.columns.zone}</Th>
              <Th>{c.columns.type}</Th>
              <Th>{c.columns.instances}</Th>
              <Th>{c.columns.remark}</Th>
              <Th>{c.columns.created}</Th>
              {mayChange && <Th className="text-right">{c.columns.actions}</Th>}
            </HeaderRow>
            <tbody className="divide-y divide-line">
              {list.map((cluster) => (
                <tr key={cluster.HpcClusterId}>
                  <Th scope="row" className="text-left font-medium text-fg">
                    {cluster.Name}
                  </Th>
                  <Td className="font-mono text-xs">{cluster.HpcClusterId}</Td>
                  <Td>{cluster.Zone}</Td>
                  <Td>{c.types[cluster.HpcClusterType] ?? cluster.HpcClusterType}</Td>
                  <Td>
                    <span className="block tabular-nums">{c.used(cluster.CurrentNum, cluster.CvmQuotaTotal)}</span>
                    {cluster.InstanceIds.slice(0, SHOWN_INSTANCES).map((id) => (
                      <AppLink
                        key={id}
                        href={instancesPath({ account: account.id, region: scope.region }, { instance: id })}
                        className="mr-2 font-mono text-xs text-accent hover:underline"
                      >
                        {id}
                      </AppLink>
                    ))}
                    {cluster.InstanceIds.length > SHOWN_INSTANCES && <span className="text-xs text-fg-muted">…</span>}
                  </Td>
                  <Td className="text-fg-muted">{cluster.Remark}</Td>
                  <Td>
                    <Timestamp value={cluster.CreateTime} />
                  </Td>
                  {mayChange && (
                    <Td>
                      <div className="flex justify-end gap-2">
                        <Button aria-label={c.editNamed(cluster.Name)} onClick={() => setDialog({ kind: 'edit', cluster })}>
                          {c.edit}
                        </Button>
                        <Button
                          aria-label={c.deleteNamed(cluster.Name)}
                          disabled={cluster.CurrentNum > 0}
                          title={cluster.CurrentNum > 0 ? c.deleteRefused(cluster.CurrentNum) : undefined}
                          onClick={() => setDialog({ kind: 'delete', cluster })}
                          className="text-red-700 dark:text-red-300"
                        >
                          {c.delete}
                        </Button>
                      </div>
                    </Td>
                  )}
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </QueryPanel>
      {dialog?.kind === 'create' && <CreateHpcClusterDialog scope={scope} onClose={close} onDone={done} />}
      {dialog?.kind === 'edit' && <EditHpcClusterDialog scope={scope} cluster={dialog.cluster} onClose={close} onDone={done} />}
      {dialog?.kind === 'delete' && <DeleteHpcClusterDialog scope={scope} cluster={dialog.cluster} onClose={close} onDone={done} />}
    </>
  );
}
