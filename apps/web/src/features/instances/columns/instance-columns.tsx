import type { ReactNode } from 'react';
import type { Instance, InstanceColumnId } from '@cvm/shared';
import { isoInstant, type TimestampFormatter } from '../../../i18n/format.ts';
import type { Messages } from '../../../i18n/en.ts';
import { OperationFailedMark } from '../components/operation-failed-mark.tsx';
import { OperationMark } from '../components/operation-mark.tsx';
import { StateBadge } from '../components/state-badge.tsx';
import { gpuSummary, projectName, wordFor } from '../instance-words.ts';
import { lazy, Suspense } from 'react';
import { Skeleton } from '../../../components/ui/skeleton.tsx';

// Every column a person can show in the instance list, each said twice: as a cell (what the table shows) and as
// text (what an export writes, one line, no markup). Headers come from t.instances.columns, keyed by the same IDs.

export interface ColumnContext {
  t: Messages;
  formatTimestamp: TimestampFormatter;
}

export interface InstanceColumn {
  id: InstanceColumnId;
  cell: (instance: Instance, context: ColumnContext) => ReactNode;
  text: (instance: Instance, t: Messages) => string;
  /** Cell classes besides the padding every cell has. */
  className?: string;
  /** Read from another service while the page shows it (monitoring): not an instance field, so not in an export. */
  live?: true;
}

/** A word for an enum value, or nothing. */
const word = <K extends string>(words: Record<K, string>, value: K | null | undefined): string => wordFor(words, value) ?? '';
const joined = (values: readonly string[] | null | undefined, separator = ', ') => (values ?? []).join(separator);
const tagsOf = (i: Instance) => i.Tags.map((tag) => (tag.Value ? `${tag.Key}=${tag.Value}` : tag.Key));
const diskOf = (t: Messages, disk: { DiskType: Instance['SystemDisk']['DiskType']; DiskSize: number }) => `${word(t.diskTypes, disk.DiskType)} ${t.common.diskGb(disk.DiskSize)}`;

/** Shown when a cell has nothing to say, so an empty cell is not mistaken for one still loading. */
function Empty({ t }: { t: Messages }) {
  return <span className="text-fg-subtle">{t.common.emptyValue}</span>;
}

/** Text cells: the value, or the empty mark. */
function plain(text: (instance: Instance, t: Messages) => string, className = 'whitespace-nowrap'): Pick<InstanceColumn, 'cell' | 'text' | 'className'> {
  return { text, className, cell: (instance, { t }) => text(instance, t) || <Empty t={t} /> };
}

/** Identifiers and addresses: monospace, one a line. */
function codes(values: (instance: Instance) => readonly string[] | null | undefined): Pick<InstanceColumn, 'cell' | 'text' | 'className'> {
  return {
    text: (instance) => joined(values(instance)),
    className: 'whitespace-nowrap',
    cell: (instance, { t }) => {
      const list = values(instance) ?? [];
      if (list.length === 0) return <Empty t={t} />;
      return (
        <span className="flex flex-col font-mono text-xs leading-5">
          {list.map((value) => (
            <span key={value}>{value}</span>
          ))}
        </span>
      );
    },
  };
}

/** A cloud time: the reader's date over their time in the table (narrow enough for a laptop), the exact instant in an export. */
function time(value: (instance: Instance) => string | null): Pick<InstanceColumn, 'cell' | 'text' | 'className'> {
  return {
    text: (instance) => {
      const raw = value(instance);
      return raw ? (isoInstant(raw) ?? raw) : '';
    },
    className: 'whitespace-nowrap tabular-nums',
    cell: (instance, { t, formatTimestamp }) => {
      const raw = value(instance);
      if (!raw) return <Empty t={t} />;
      return (
        <time dateTime={isoInstant(raw)} title={isoInstant(raw)}>
          <span className="block">{formatTimestamp(raw, 'date')}</span>
          <span className="block text-fg-subtle">{formatTimestamp(raw, 'time')}</span>
        </time>
      );
    },
  };
}

/** Public addresses first, as the cloud console lists them; each tagged, since both share a column. */
function IpAddresses({ instance, t }: { instance: Instance; t: Messages }) {
  const rows = [
    ...(instance.PublicIpAddresses ?? []).map((ip) => ({ ip, kind: t.instances.publicIp })),
    ...(instance.PrivateIpAddresses ?? []).map((ip) => ({ ip, kind: t.instances.privateIp })),
  ];
  if (rows.length === 0) return <Empty t={t} />;
  return (
    <span className="flex flex-col whitespace-nowrap">
      {rows.map(({ ip, kind }) => (
        <span key={`${kind}:${ip}`}>
          <span className="font-mono text-xs leading-5">{ip}</span> <span className="text-fg-subtle">({kind})</span>
        </span>
      ))}
    </span>
  );
}

// The CPU column's cells and reads load the first time it is shown.
const CpuCell = lazy(() => import('./cpu-column.tsx').then((module) => ({ default: module.CpuCell })));
const CostCell = lazy(() => import('./cost-column.tsx').then((module) => ({ default: module.CostCell })));

const COLUMNS: { [K in InstanceColumnId]: Omit<InstanceColumn, 'id'> } = {
  state: {
    text: (i, t) => word(t.states, i.InstanceState),
    cell: (i) => (
      <span className="inline-flex flex-wrap items-center gap-1.5">
        <StateBadge state={i.InstanceState} />
        <OperationMark instance={i} />
        <OperationFailedMark instance={i} />
      </span>
    ),
  },
  zone: plain((i) => i.Placement.Zone),
  type: plain((i) => i.InstanceType),
  cpuMemory: {
    text: (i, t) => `${t.common.cores(i.CPU)} / ${t.common.memoryGb(i.Memory)}`,
    className: 'whitespace-nowrap tabular-nums',
    cell: (i, { t }) => (
      <>
        <span className="block">{t.common.cores(i.CPU)}</span>
        <span className="block">{t.common.memoryGb(i.Memory)}</span>
      </>
    ),
  },
  ip: {
    text: (i, t) =>
      [...(i.PublicIpAddresses ?? []).map((ip) => `${ip} (${t.instances.publicIp})`), ...i.PrivateIpAddresses.map((ip) => `${ip} (${t.instances.privateIp})`)].join(', '),
    cell: (i, { t }) => <IpAddresses instance={i} t={t} />,
  },
  privateIp: codes((i) => i.PrivateIpAddresses),
  publicIp: codes((i) => i.PublicIpAddresses),
  ipv6: codes((i) => i.IPv6Addresses),
  chargeType: plain((i, t) => word(t.chargeTypes, i.InstanceChargeType), ''),
  created: time((i) => i.CreatedTime),
  expires: time((i) => i.ExpiredTime),
  renewFlag: plain((i, t) => word(t.renewFlags, i.RenewFlag), ''),
  os: plain((i) => i.OsName, ''),
  image: codes((i) => [i.ImageId]),
  vpc: codes((i) => (i.VirtualPrivateCloud.VpcId ? [i.VirtualPrivateCloud.VpcId] : [])),
  subnet: codes((i) => (i.VirtualPrivateCloud.SubnetId ? [i.VirtualPrivateCloud.SubnetId] : [])),
  securityGroups: codes((i) => i.SecurityGroupIds),
  tags: {
    text: (i) => tagsOf(i).join('; '),
    cell: (i, { t }) =>
      i.Tags.length === 0 ? (
        <Empty t={t} />
      ) : (
        <span className="flex max-w-56 flex-wrap gap-1">
          {tagsOf(i).map((tag) => (
            <span key={tag} className="rounded border border-line bg-surface-2 px-1.5 text-xs">
              {tag}
            </span>
          ))}
        </span>
      ),
  },
  project: plain(projectName),
  bandwidth: plain((i, t) => t.common.mbps(i.InternetAccessible.InternetMaxBandwidthOut)),
  internetChargeType: plain((i, t) => word(t.internetChargeTypes, i.InternetAccessible.InternetChargeType), ''),
  systemDisk: plain((i, t) => diskOf(t, i.SystemDisk)),
  dataDisks: {
    text: (i, t) => i.DataDisks.map((disk) => diskOf(t, disk)).join('; '),
    className: 'whitespace-nowrap',
    cell: (i, { t }) =>
      i.DataDisks.length === 0 ? (
        <Empty t={t} />
      ) : (
        <span className="flex flex-col">
          {i.DataDisks.map((disk) => (
            <span key={disk.DiskId}>{diskOf(t, disk)}</span>
          ))}
        </span>
      ),
  },
  keyPairs: codes((i) => i.LoginSettings.KeyIds),
  gpu: plain((i, t) => gpuSummary(i, t) ?? ''),
  camRole: plain((i) => i.CamRoleName ?? ''),
  terminationProtection: plain((i, t) => (i.DisableApiTermination ? t.common.on : t.common.off)),
  latestOperation: plain((i, t) => (i.LatestOperation ? `${i.LatestOperation} (${word(t.operationStates, i.LatestOperationState)})` : '')),
  uuid: codes((i) => [i.Uuid]),
  cpu1h: {
    live: true,
    text: () => '',
    className: 'whitespace-nowrap',
    cell: (i) => (
      <Suspense fallback={<Skeleton className="h-4 w-24" />}>
        <CpuCell instance={i} />
      </Suspense>
    ),
  },
  costHour: {
    live: true,
    text: () => '',
    cell: (i) => (
      <Suspense fallback={<Skeleton className="h-4 w-20" />}>
        <CostCell instance={i} />
      </Suspense>
    ),
  },
};

/** The column with this ID. */
export function instanceColumn(id: InstanceColumnId): InstanceColumn {
  return { id, ...COLUMNS[id] };
}
