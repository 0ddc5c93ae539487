import { useId, useState } from 'react';
import { cvmHpc } from '@cvm/shared';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useZones } from '../../../cloud/regions/describe-zones.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { FormAlert } from '../../../components/ui/form-alert.tsx';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useHpcChcChange } from '../api/hpc-chc-queries.ts';
import { hpcChcMessages } from '../messages.ts';
import { FormDialog } from '../../../components/ui/form-dialog.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';

// Creating, editing and deleting HPC clusters. The name and remark are checked as the cloud checks them (1–60, ≤ 256)
// before anything is sent; the cloud's own refusals (a zone not on sale) are shown with their code.

type HpcClusterInfo = cvmHpc.HpcClusterInfo;
const { HPC_CLUSTER_NAME_MAX, HPC_CLUSTER_REMARK_MAX } = cvmHpc;
/** The types offered: CDC needs a dedicated cluster (CDC) the console does not list. */
const TYPES = ['STANDARD', 'CHC'] as const;

interface Props {
  scope: CloudScope;
  onClose: () => void;
  onDone: (message: string) => void;
}

const nameOk = (name: string) => name.trim().length >= 1 && name.trim().length <= HPC_CLUSTER_NAME_MAX;

function NameAndRemark({
  name,
  remark,
  setName,
  setRemark,
  attempted,
}: {
  name: string;
  remark: string;
  setName: (v: string) => void;
  setRemark: (v: string) => void;
  attempted: boolean;
}) {
  const c = useLocalized(hpcChcMessages).clusters;
  const nameId = useId();
  const remarkId = useId();
  const nameProblem = attempted && !nameOk(name) ? c.nameProblem : undefined;
  const remarkProblem = attempted && remark.length > HPC_CLUSTER_REMARK_MAX ? c.remarkProblem : undefined;
  return (
    <>
      <TextField id={nameId} label={c.name} hint={c.nameHint} error={nameProblem} value={name} onChange={setName} data-autofocus />
      <TextField id={remarkId} label={c.remark} hint={c.remarkHint} error={remarkProblem} value={remark} onChange={setRemark} />
    </>
  );
}

/** CreateHpcCluster in one of the region's zones on sale. */
export function CreateHpcClusterDialog({ scope, onClose, onDone }: Props) {
  const m = useLocalized(hpcChcMessages);
  const c = m.clusters;
  const zones = useZones(scope);
  const open = zones.data?.filter((zone) => zone.ZoneState === 'AVAILABLE') ?? [];
  const [zone, setZone] = useState('');
  const [name, setName] = useState('');
  const [remark, setRemark] = useState('');
  const [type, setType] = useState<(typeof TYPES)[number]>('STANDARD');
  const [attempted, setAttempted] = useState(false);
  const create = useHpcChcChange<{ HpcClusterSet: HpcClusterInfo[] }>(scope);
  const zoneId = useId();
  const typeId = useId();
  const chosenZone = zone || open[0]?.Zone || '';
  return (
    <FormDialog
      title={c.createTitle}
      submitLabel={c.create}
      pending={create.isPending}
      error={create.error}
      errorTitle={c.createFailed}
      onClose={onClose}
      onSubmit={() => {
        setAttempted(true);
        if (!nameOk(name) || remark.length > HPC_CLUSTER_REMARK_MAX || !chosenZone) return;
        create.mutate(
          () =>
            callAction(
              cvmHpc.CreateHpcCluster,
              { Zone: chosenZone, Name: name.trim(), ...(remark ? { Remark: remark } : {}), ...(type !== 'STANDARD' ? { HpcClusterType: type } : {}) },
              scope,
            ),
          { onSuccess: (answer) => onDone(c.created(answer.HpcClusterSet[0]?.Name ?? name.trim())) },
        );
      }}
    >
      <FormField id={zoneId} label={c.zone} hint={zones.data ? c.zoneHint : c.zonesLoading}>
        <Select id={zoneId} value={chosenZone} onChange={(event) => setZone(event.target.value)} disabled={!zones.data} aria-describedby={describedBy(zoneId, { hint: true })}>
          {open.map((z) => (
            <option key={z.Zone} value={z.Zone}>
              {z.ZoneName ? `${z.ZoneName} (${z.Zone})` : z.Zone}
            </option>
          ))}
        </Select>
      </FormField>
      <NameAndRemark name={name} remark={remark} setName={setName} setRemark={setRemark} attempted={attempted} />
      <FormField id={typeId} label={c.type}>
        <Select id={typeId} value={type} onChange={(event) => setType(event.target.value as (typeof TYPES)[number])}>
          {TYPES.map((value) => (
            <option key={value} value={value}>
              {c.types[value]}
            </option>
          ))}
        </Select>
      </FormField>
    </FormDialog>
  );
}

/** ModifyHpcClusterAttribute: a new name, a remark, or both; only what changed is sent. */
export function EditHpcClusterDialog({ scope, cluster, onClose, onDone }: Props & { cluster: HpcClusterInfo }) {
  const c = useLocalized(hpcChcMessages).clusters;
  const [name, setName] = useState(cluster.Name);
  const [remark, setRemark] = useState(cluster.Remark);
  const [attempted, setAttempted] = useState(false);
  const modify = useHpcChcChange(scope);
  const changes = {
    ...(name.trim() !== cluster.Name ? { Name: name.trim() } : {}),
    ...(remark !== cluster.Remark ? { Remark: remark } : {}),
  };
  const unchanged = attempted && Object.keys(changes).length === 0;
  // The cloud takes a remark of 1–256 characters when it is changed: an emptied remark cannot be sent.
  const remarkEmptied = attempted && remark !== cluster.Remark && remark.length === 0;
  return (
    <FormDialog
      title={c.editTitle(cluster.Name)}
      submitLabel={useLocalized(hpcChcMessages).save}
      pending={modify.isPending}
      error={modify.error}
      errorTitle={c.failed(cluster.Name)}
      onClose={onClose}
      onSubmit={() => {
        setAttempted(true);
        if (!nameOk(name) || remark.length > HPC_CLUSTER_REMARK_MAX || Object.keys(changes).length === 0 || (remark !== cluster.Remark && !remark)) return;
        modify.mutate(() => callAction(cvmHpc.ModifyHpcClusterAttribute, { HpcClusterId: cluster.HpcClusterId, ...changes }, scope), {
          onSuccess: () => onDone(c.updated(name.trim())),
        });
      }}
    >
      <NameAndRemark name={name} remark={remark} setName={setName} setRemark={setRemark} attempted={attempted} />
      {remarkEmptied && <FormAlert>{c.remarkProblem}</FormAlert>}
      {unchanged && <FormAlert>{c.nothingChanged}</FormAlert>}
    </FormDialog>
  );
}

/** DeleteHpcClusters for one empty cluster (the page offers it only then; the cloud refuses it otherwise too). */
export function DeleteHpcClusterDialog({ scope, cluster, onClose, onDone }: Props & { cluster: HpcClusterInfo }) {
  const c = useLocalized(hpcChcMessages).clusters;
  const remove = useHpcChcChange(scope);
  return (
    <ConfirmDialog
      title={c.deleteTitle(cluster.Name)}
      confirmLabel={c.delete}
      danger
      pending={remove.isPending}
      error={remove.error}
      errorTitle={c.failed(cluster.Name)}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(() => callAction(cvmHpc.DeleteHpcClusters, { HpcClusterIds: [cluster.HpcClusterId] }, scope), { onSuccess: () => onDone(c.deleted(cluster.Name)) })
      }
    >
      <p>{c.deleteBody}</p>
    </ConfirmDialog>
  );
}
