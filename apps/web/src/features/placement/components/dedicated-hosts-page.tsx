import { useId, useState } from 'react';
import { cvm, roleAllows, type HostItem, type HostState, type RenewFlag } from '@cvm/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useSignedInUser } from '../../../api/session.ts';
import { createInstancesPath, instancesPath } from '../../../app/paths.ts';
import { useCloudScope } from '../../../app/use-cloud-scope.ts';
import { useDedicatedHosts } from '../../../cloud/cvm/placement.ts';
import { useFormatPrice } from '../../../cloud/price/use-format-price.ts';
import { useZones } from '../../../cloud/regions/describe-zones.ts';
import { AppLink } from '../../../components/ui/app-link.tsx';
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { DataTable, HeaderRow, Td, Th } from '../../../components/ui/data-table.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { FormSuccess } from '../../../components/ui/form-alert.tsx';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { PlusIcon } from '../../../components/ui/icons.tsx';
import { PageHeading } from '../../../components/ui/page-heading.tsx';
import { QueryPanel } from '../../../components/ui/query-panel.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { Timestamp } from '../../../components/ui/timestamp.tsx';
import { useFormatTimestamp } from '../../../i18n/format.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { usePlacementChange } from '../api/placement-change.ts';
import { placementMessages } from '../messages.ts';
import { FormDialog } from '../../../components/ui/form-dialog.tsx';
import { SectionPages } from '../../../app/section-pages.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';

type OpenDialog = { kind: 'allocate' } | { kind: 'edit'; host: HostItem } | { kind: 'renew'; host: HostItem };

/** The host types AllocateHosts documents (its default HS1) and the ones its examples show. */
const HOST_TYPES = ['HS1', 'HS50', 'HM50'] as const;
/** The periods a host is bought or renewed for (AllocateHosts' and RenewHosts' InvalidPeriod: 1–12, 24, 36 months). */
const HOST_PERIODS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36] as const;
const RENEW_FLAGS: readonly RenewFlag[] = ['NOTIFY_AND_AUTO_RENEW', 'NOTIFY_AND_MANUAL_RENEW', 'DISABLE_NOTIFY_AND_MANUAL_RENEW'];
const STATE_TONES: Record<HostState, BadgeTone> = { PENDING: 'info', LAUNCH_FAILURE: 'danger', RUNNING: 'success', EXPIRED: 'warning' };
const SHOWN_INSTANCES = 3;

/** The create wizard set to buy onto this host: dedicated-host billing, its zone and it. */
export function buyOntoHostPath(host: HostItem): string {
  const path = createInstancesPath();
  return `${path}${path.includes('?') ? '&' : '?'}${new URLSearchParams({ host: host.HostId, zone: host.Placement.Zone })}`;
}

/**
 * /dedicated-hosts: the region's dedicated hosts (DescribeHosts), with what their instances leave of their vCPUs and
 * memory; operators buy them (AllocateHosts; a new one is Creating until the cloud has made it, the list looks again
 * meanwhile), rename them or change their renewal (ModifyHostsAttribute), renew them at the quoted price
 * (InquiryPriceRenewHosts, RenewHosts), and open the wizard to buy an instance onto one.
 */
export default function DedicatedHostsPage() {
  const m = useLocalized(placementMessages);
  const { scope, account } = useCloudScope();
  const user = useSignedInUser();
  const hosts = useDedicatedHosts(scope);
  const [dialog, setDialog] = useState<OpenDialog>();
  const [notice, setNotice] = useState<string>();
  const mayChange = roleAllows(user.role, cvm.AllocateHosts.minRole);
  const mayBuy = roleAllows(user.role, cvm.RunInstances.minRole);
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
        title={m.hosts.title}
        subtitle={m.hosts.subtitle(scope.region)}
        actions={
          mayChange && (
            <Button variant="primary" onClick={() => setDialog({ kind: 'allocate' })}>
              <PlusIcon />
              {m.hosts.allocate}
            </Button>
          )
        }
      />
      {notice && <FormSuccess className="mb-4">{notice}</FormSuccess>}
      <QueryPanel query={hosts} loadFailed={m.hosts.loadFailed} empty={m.hosts.empty} emptyHint={m.hosts.emptyHint} keepListOnError>
        {(list) => (
          <DataTable label={m.hosts.tableLabel}>
            <HeaderRow>
              <Th>{m.name}</Th>
              <Th>{m.id}</Th>
              <Th>{m.hosts.columns.zone}</Th>
              <Th>{m.hosts.columns.type}</Th>
              <Th>{m.hosts.columns.state}</Th>
              <Th>{m.hosts.columns.cpu}</Th>
              <Th>{m.hosts.columns.memory}</Th>
              <Th>{m.hosts.columns.instances}</Th>
              <Th>{m.hosts.columns.expires}</Th>
              <Th>{m.hosts.columns.renewal}</Th>
              {(mayChange || mayBuy) && <Th className="text-right">{m.actions}</Th>}
            </HeaderRow>
            <tbody className="divide-y divide-line">
              {list.map((host) => {
                const made = host.HostState === 'RUNNING' || host.HostState === 'EXPIRED';
                const name = host.HostName || host.HostId;
                return (
                  <tr key={host.HostId} data-host={host.HostId}>
                    <Th scope="row" className="text-left font-medium text-fg">
                      {host.HostName}
                    </Th>
                    <Td className="font-mono text-xs">{host.HostId}</Td>
                    <Td className="font-mono text-xs">{host.Placement.Zone}</Td>
                    <Td>{host.HostType}</Td>
                    <Td>
                      <Badge tone={STATE_TONES[host.HostState] ?? 'neutral'} dot={host.HostState === 'PENDING' ? 'pulse' : true}>
                        {m.hosts.states[host.HostState] ?? host.HostState}
                      </Badge>
                    </Td>
                    <Td>{m.hosts.free(host.HostResource.CpuAvailable, host.HostResource.CpuTotal)}</Td>
                    <Td>{m.hosts.freeMemory(host.HostResource.MemAvailable, host.HostResource.MemTotal)}</Td>
                    <Td>
                      <span className="block">{host.InstanceIds.length}</span>
                      {host.InstanceIds.slice(0, SHOWN_INSTANCES).map((id) => (
                        <AppLink
                          key={id}
                          href={instancesPath({ account: account.id, region: scope.region }, { instance: id })}
                          className="mr-2 font-mono text-xs text-accent hover:underline"
                        >
                          {id}
                        </AppLink>
                      ))}
                      {host.InstanceIds.length > SHOWN_INSTANCES && <span className="text-xs text-fg-muted">…</span>}
                    </Td>
                    <Td>
                      <Timestamp value={host.ExpiredTime} />
                    </Td>
                    <Td className="text-fg-muted">{m.hosts.renewFlags[host.RenewFlag] ?? host.RenewFlag}</Td>
                    {(mayChange || mayBuy) && (
                      <Td>
                        <div className="flex justify-end gap-2">
                          {mayBuy && host.HostState === 'RUNNING' && (
                            <AppLink
                              href={buyOntoHostPath(host)}
                              aria-label={m.hosts.buyOntoNamed(name)}
                              className="inline-flex h-8 shrink-0 items-center rounded-md border border-line bg-surface px-3 text-sm font-medium whitespace-nowrap text-fg hover:border-line-strong hover:bg-surface-2"
                            >
                              {m.hosts.buyOnto}
                            </AppLink>
                          )}
                          {mayChange && (
                            <>
                              <Button aria-label={m.hosts.editNamed(name)} disabled={!made} onClick={() => setDialog({ kind: 'edit', host })}>
                                {m.hosts.edit}
                              </Button>
                              <Button aria-label={m.hosts.renewNamed(name)} disabled={!made} onClick={() => setDialog({ kind: 'renew', host })}>
                                {m.hosts.renew}
                              </Button>
                            </>
                          )}
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
      {dialog?.kind === 'allocate' && <AllocateDialog scope={scope} onClose={close} onDone={done} />}
      {dialog?.kind === 'edit' && <EditHostDialog scope={scope} host={dialog.host} onClose={close} onDone={done} />}
      {dialog?.kind === 'renew' && <RenewHostDialog scope={scope} host={dialog.host} onClose={close} onDone={done} />}
    </>
  );
}

interface DialogProps {
  scope: CloudScope;
  onClose: () => void;
  onDone: (message: string) => void;
}

function PeriodField({ value, onChange }: { value: number; onChange: (months: number) => void }) {
  const m = useLocalized(placementMessages);
  const id = useId();
  return (
    <FormField id={id} label={m.hosts.period} className="w-48">
      <Select id={id} value={String(value)} onChange={(event) => onChange(Number(event.target.value))}>
        {HOST_PERIODS.map((months) => (
          <option key={months} value={months}>
            {m.hosts.months(months)}
          </option>
        ))}
      </Select>
    </FormField>
  );
}

/** AllocateHosts: where, which type, how many, for how long, and whether it renews itself. */
function AllocateDialog({ scope, onClose, onDone }: DialogProps) {
  const m = useLocalized(placementMessages);
  const zones = useZones(scope);
  const open = (zones.data ?? []).filter((zone) => zone.ZoneState === 'AVAILABLE');
  const [zone, setZone] = useState('');
  const [type, setType] = useState<string>(HOST_TYPES[0]);
  const [count, setCount] = useState(1);
  const [period, setPeriod] = useState(1);
  const [autoRenew, setAutoRenew] = useState(true);
  const chosenZone = zone || open[0]?.Zone || '';
  const allocate = usePlacementChange<{ HostIdSet: string[] }>(scope);
  const ids = { zone: useId(), type: useId(), count: useId(), renew: useId() };
  return (
    <FormDialog
      title={m.hosts.allocateTitle}
      submitLabel={m.hosts.allocate}
      pending={allocate.isPending}
      error={allocate.error}
      errorTitle={m.hosts.allocateFailed}
      ready={Boolean(chosenZone)}
      onClose={onClose}
      onSubmit={() =>
        allocate.mutate(
          () =>
            callAction(
              cvm.AllocateHosts,
              {
                Placement: { Zone: chosenZone },
                HostType: type,
                HostCount: count,
                HostChargeType: 'PREPAID',
                HostChargePrepaid: { Period: period, RenewFlag: autoRenew ? 'NOTIFY_AND_AUTO_RENEW' : 'NOTIFY_AND_MANUAL_RENEW' },
              },
              scope,
            ),
          { onSuccess: (answer) => onDone(m.hosts.allocated(answer.HostIdSet.length)) },
        )
      }
    >
      <p className="text-fg-muted">{m.hosts.allocateBody}</p>
      {zones.isError && <ErrorPanel error={zones.error} onRetry={() => void zones.refetch()} />}
      <div className="flex flex-wrap gap-4">
        <FormField id={ids.zone} label={m.hosts.zone} className="w-56">
          {zones.data ? (
            <Select id={ids.zone} value={chosenZone} onChange={(event) => setZone(event.target.value)} data-autofocus>
              {open.map((z) => (
                <option key={z.Zone} value={z.Zone}>
                  {z.ZoneName ? `${z.ZoneName} (${z.Zone})` : z.Zone}
                </option>
              ))}
            </Select>
          ) : (
            <Spinner label={m.hosts.zonesLoading} className="text-fg-muted" />
          )}
        </FormField>
        <FormField id={ids.type} label={m.hosts.hostType} hint={m.hosts.hostTypeHint} className="w-56">
          <Select id={ids.type} value={type} onChange={(event) => setType(event.target.value)} aria-describedby={describedBy(ids.type, { hint: true })}>
            {HOST_TYPES.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField id={ids.count} label={m.hosts.count} className="w-28">
          <Select id={ids.count} value={String(count)} onChange={(event) => setCount(Number(event.target.value))}>
            {[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </FormField>
      </div>
      <PeriodField value={period} onChange={setPeriod} />
      <div className="flex items-center gap-2.5">
        <Checkbox id={ids.renew} checked={autoRenew} onChange={(event) => setAutoRenew(event.target.checked)} />
        <label htmlFor={ids.renew} className="text-sm text-fg">
          {m.hosts.autoRenew}
        </label>
      </div>
    </FormDialog>
  );
}

/** ModifyHostsAttribute: a new name or another renewal, one at a time as the cloud takes them. */
function EditHostDialog({ scope, host, onClose, onDone }: DialogProps & { host: HostItem }) {
  const m = useLocalized(placementMessages);
  const [name, setName] = useState(host.HostName);
  const [renewFlag, setRenewFlag] = useState<RenewFlag>(host.RenewFlag);
  const [attempted, setAttempted] = useState(false);
  const save = usePlacementChange(scope);
  const ids = { name: useId(), renew: useId() };
  const trimmed = name.trim();
  const nameChanged = trimmed !== host.HostName;
  const flagChanged = renewFlag !== host.RenewFlag;
  const nameProblem = attempted && (trimmed === '' || [...trimmed].length > 60) ? m.hosts.nameProblem : undefined;
  const label = host.HostName || host.HostId;
  return (
    <FormDialog
      title={m.hosts.editTitle(label)}
      submitLabel={m.save}
      pending={save.isPending}
      error={save.error}
      errorTitle={m.hosts.changeFailed(label)}
      onClose={onClose}
      onSubmit={() => {
        setAttempted(true);
        if (trimmed === '' || [...trimmed].length > 60 || (!nameChanged && !flagChanged)) return;
        // "参数HostName和RenewFlag必须设置其中一个，但不能同时设置": each change is its own call.
        save.mutate(
          async () => {
            if (nameChanged) await callAction(cvm.ModifyHostsAttribute, { HostIds: [host.HostId], HostName: trimmed }, scope);
            if (flagChanged) await callAction(cvm.ModifyHostsAttribute, { HostIds: [host.HostId], RenewFlag: renewFlag }, scope);
            return {};
          },
          { onSuccess: () => onDone(m.hosts.saved(trimmed)) },
        );
      }}
    >
      <TextField id={ids.name} label={m.hosts.hostName} hint={m.hosts.hostNameHint} error={nameProblem} value={name} onChange={setName} data-autofocus />
      <FormField id={ids.renew} label={m.hosts.renewal}>
        <Select id={ids.renew} value={renewFlag} onChange={(event) => setRenewFlag(event.target.value as RenewFlag)}>
          {RENEW_FLAGS.map((flag) => (
            <option key={flag} value={flag}>
              {m.hosts.renewFlags[flag]}
            </option>
          ))}
        </Select>
      </FormField>
      {attempted && !nameChanged && !flagChanged && <p className="text-sm text-fg-muted">{m.hosts.nothingChanged}</p>}
    </FormDialog>
  );
}

/** RenewHosts for a period, priced first by InquiryPriceRenewHosts. */
function RenewHostDialog({ scope, host, onClose, onDone }: DialogProps & { host: HostItem }) {
  const m = useLocalized(placementMessages);
  const format = useFormatPrice();
  const formatTimestamp = useFormatTimestamp();
  const [period, setPeriod] = useState(1);
  const price = useQuery({
    queryKey: ['placement', scope.account, scope.region, 'renew-price', host.HostId, period],
    queryFn: ({ signal }) => callAction(cvm.InquiryPriceRenewHosts, { HostIds: [host.HostId], HostChargePrepaid: { Period: period } }, scope, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const renew = usePlacementChange(scope);
  const label = host.HostName || host.HostId;
  const figure = price.data?.Price.HostPrice;
  return (
    <FormDialog
      title={m.hosts.renewTitle(label)}
      submitLabel={m.hosts.renew}
      pending={renew.isPending}
      error={renew.error}
      errorTitle={m.hosts.changeFailed(label)}
      onClose={onClose}
      onSubmit={() =>
        renew.mutate(() => callAction(cvm.RenewHosts, { HostIds: [host.HostId], HostChargePrepaid: { Period: period } }, scope), {
          onSuccess: () => onDone(m.hosts.renewed(label)),
        })
      }
    >
      <p className="text-fg-muted">{m.hosts.renewBody(formatTimestamp(host.ExpiredTime))}</p>
      <PeriodField value={period} onChange={setPeriod} />
      <div role="status" className="text-sm">
        {price.isError ? (
          <ErrorPanel error={price.error} title={m.hosts.priceFailed} onRetry={() => void price.refetch()} />
        ) : !figure ? (
          <Spinner label={m.hosts.priceLoading} className="text-fg-muted" />
        ) : (
          <p>
            <span className="text-fg-muted">{m.hosts.price}: </span>
            <span className="font-semibold text-fg" data-testid="renew-price">
              {format.total(figure.DiscountPrice)}
            </span>
            {figure.DiscountPrice < figure.OriginalPrice && <span className="ml-2 text-fg-subtle line-through">{format.total(figure.OriginalPrice)}</span>}
          </p>
        )}
      </div>
    </FormDialog>
  );
}
