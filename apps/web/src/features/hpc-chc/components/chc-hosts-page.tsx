import { useState } from 'react';
import { roleAllows, cvmHpc } from '@cvm/shared';
import { useSignedInUser } from '../../../api/session.ts';
import { useCloudScope } from '../../../app/use-cloud-scope.ts';
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable, HeaderRow, Td, Th } from '../../../components/ui/data-table.tsx';
import { FormSuccess } from '../../../components/ui/form-alert.tsx';
import { RefreshIcon } from '../../../components/ui/icons.tsx';
import { PageHeading } from '../../../components/ui/page-heading.tsx';
import { QueryPanel } from '../../../components/ui/query-panel.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { isChanging, useChcDeniedActions, useChcHosts } from '../api/hpc-chc-queries.ts';
import { hpcChcMessages, type HpcChcMessages } from '../messages.ts';
import { ConfigureAssistDialog, ConfigureDeployDialog, EditChcHostDialog, RemoveNetworkDialog } from './chc-host-dialogs.tsx';
import { SectionPages } from '../../../app/section-pages.tsx';

type ChcHost = cvmHpc.ChcHost;
type ChcHostState = cvmHpc.ChcHostState;
type HostAction = keyof HpcChcMessages['hosts']['actions'];
type OpenDialog = { action: HostAction; host: ChcHost };

const STATE_TONES: Record<ChcHostState, BadgeTone> = {
  INIT: 'neutral',
  READY: 'info',
  PREPARED: 'success',
  ONLINE: 'success',
  OPERATING: 'info',
  CLEAR_NETWORK_FAILED: 'danger',
};

/** The actions a row offers, in order: the ones its state allows (DescribeChcDeniedActions), Edit always shown. */
const ROW_ACTIONS: readonly HostAction[] = ['ConfigureChcAssistVpc', 'ConfigureChcDeployVpc', 'RemoveChcDeployVpc', 'RemoveChcAssistVpc', 'ModifyChcAttribute'];

function NetworkCell({ vpc, ip, empty }: { vpc: ChcHost['BmcVirtualPrivateCloud']; ip: string; empty: string }) {
  if (!vpc) return <span className="text-fg-subtle">{empty}</span>;
  return (
    <span className="flex flex-col">
      <span className="font-mono text-xs">{ip}</span>
      <span className="font-mono text-[11px] text-fg-muted">
        {vpc.VpcId} / {vpc.SubnetId}
      </span>
    </span>
  );
}

/**
 * /chc-hosts: the region's CHC hosts — the account's own servers — with their state, hardware and both networks
 * (DescribeChcHosts). Admins configure the out-of-band network (with the deploy network, or that later), clear them,
 * and rename a host or set its BMC login; each row offers what DescribeChcDeniedActions says its state allows. A host
 * that is changing is read again every two seconds until it settles.
 */
export default function ChcHostsPage() {
  const m = useLocalized(hpcChcMessages);
  const h = m.hosts;
  const { scope, account } = useCloudScope();
  const user = useSignedInUser();
  const hosts = useChcHosts(scope);
  const denied = useChcDeniedActions(scope, hosts.data);
  const [dialog, setDialog] = useState<OpenDialog>();
  const [notice, setNotice] = useState<string>();
  const mayChange = roleAllows(user.role, cvmHpc.ConfigureChcAssistVpc.minRole);
  const close = () => setDialog(undefined);
  const done = (message: string) => {
    close();
    setNotice(message);
  };
  if (!scope || !account) return null;

  const offered = (host: ChcHost): HostAction[] => {
    const deny = denied.data?.get(host.ChcId);
    // Until the cloud has said what the state forbids, only Edit is offered (refused by the cloud if busy).
    if (!deny) return isChanging(host) ? [] : ['ModifyChcAttribute'];
    return ROW_ACTIONS.filter((action) => action === 'ModifyChcAttribute' || !deny.includes(action));
  };

  return (
    <>
      <SectionPages />
      <PageHeading
        title={h.title}
        subtitle={h.subtitle(scope.region)}
        actions={
          <Button onClick={() => void hosts.refetch()} disabled={hosts.isFetching}>
            <RefreshIcon />
            {m.refresh}
          </Button>
        }
      />
      {notice && <FormSuccess className="mb-4">{notice}</FormSuccess>}
      <QueryPanel query={hosts} loadFailed={h.loadFailed} empty={h.empty} emptyHint={h.emptyHint} keepListOnError>
        {(list) => (
          <DataTable label={h.tableLabel}>
            <HeaderRow>
              <Th>{h.columns.name}</Th>
              <Th>{h.columns.id}</Th>
              <Th>{h.columns.state}</Th>
              <Th>{h.columns.device}</Th>
              <Th>{h.columns.zone}</Th>
              <Th>{h.columns.bmc}</Th>
              <Th>{h.columns.deploy}</Th>
              <Th>{h.columns.operation}</Th>
              {mayChange && <Th className="text-right">{h.columns.actions}</Th>}
            </HeaderRow>
            <tbody className="divide-y divide-line">
              {list.map((host) => {
                const state = host.InstanceState;
                const deny = denied.data?.get(host.ChcId) ?? [];
                return (
                  <tr key={host.ChcId} data-state={state}>
                    <Th scope="row" className="text-left font-medium text-fg">
                      {host.InstanceName}
                    </Th>
                    <Td className="font-mono text-xs">{host.ChcId}</Td>
                    <Td>
                      <Badge tone={STATE_TONES[state] ?? 'neutral'} dot={isChanging(host) ? 'pulse' : true} title={h.stateHints[state]}>
                        {h.states[state] ?? state}
                      </Badge>
                    </Td>
                    <Td>
                      <span className="block">{host.DeviceType}</span>
                      <span className="block text-xs text-fg-muted">{host.HardwareDescription}</span>
                    </Td>
                    <Td>{host.Placement.Zone}</Td>
                    <Td>
                      <NetworkCell vpc={host.BmcVirtualPrivateCloud} ip={host.BmcIp} empty={h.notConfigured} />
                    </Td>
                    <Td>
                      <NetworkCell vpc={host.DeployVirtualPrivateCloud} ip={host.DeployIp} empty={h.notConfigured} />
                    </Td>
                    <Td>
                      {host.LatestOperation && (
                        <span className="flex flex-col">
                          <span>{host.LatestOperationName || host.LatestOperation}</span>
                          <span className={host.LatestOperationState === 'FAILED' ? 'text-xs text-red-700 dark:text-red-300' : 'text-xs text-fg-muted'}>
                            {h.operationStates[host.LatestOperationState] ?? host.LatestOperationState}
                            {host.LatestOperationErrorMsg ? `: ${host.LatestOperationErrorMsg}` : ''}
                          </span>
                        </span>
                      )}
                    </Td>
                    {mayChange && (
                      <Td>
                        <div className="flex flex-wrap justify-end gap-2">
                          {offered(host).map((action) => {
                            const refused = action === 'ModifyChcAttribute' && deny.includes(action);
                            return (
                              <Button
                                key={action}
                                aria-label={h.actionNamed(h.actions[action], host.InstanceName)}
                                disabled={refused}
                                title={refused ? h.denied(h.actions[action], h.states[state] ?? state) : undefined}
                                className={action.startsWith('Remove') ? 'text-red-700 dark:text-red-300' : undefined}
                                onClick={() => setDialog({ action, host })}
                              >
                                {h.actions[action]}
                              </Button>
                            );
                          })}
                        </div>
                      </Td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        )}
      </QueryPanel>
      {dialog?.action === 'ConfigureChcAssistVpc' && <ConfigureAssistDialog scope={scope} host={dialog.host} onClose={close} onDone={done} />}
      {dialog?.action === 'ConfigureChcDeployVpc' && <ConfigureDeployDialog scope={scope} host={dialog.host} onClose={close} onDone={done} />}
      {dialog?.action === 'RemoveChcDeployVpc' && <RemoveNetworkDialog scope={scope} host={dialog.host} which="deploy" onClose={close} onDone={done} />}
      {dialog?.action === 'RemoveChcAssistVpc' && <RemoveNetworkDialog scope={scope} host={dialog.host} which="all" onClose={close} onDone={done} />}
      {dialog?.action === 'ModifyChcAttribute' && <EditChcHostDialog scope={scope} host={dialog.host} onClose={close} onDone={done} />}
    </>
  );
}
