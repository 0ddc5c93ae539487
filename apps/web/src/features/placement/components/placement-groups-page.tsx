import { useId, useState } from 'react';
import { cvm, DISASTER_RECOVER_GROUP_TYPES, roleAllows, type DisasterRecoverGroup, type DisasterRecoverGroupType } from '@cvm/shared';
import { skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../../api/call-action.ts';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useSignedInUser } from '../../../api/session.ts';
import { instancesPath } from '../../../app/paths.ts';
import { useCloudScope } from '../../../app/use-cloud-scope.ts';
import { usePlacementGroups, placementKeys } from '../../../cloud/cvm/placement.ts';
import { AppLink } from '../../../components/ui/app-link.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { ChoiceGroup } from '../../../components/ui/choice-group.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { DataTable, HeaderRow, Td, Th } from '../../../components/ui/data-table.tsx';
import { FormSuccess } from '../../../components/ui/form-alert.tsx';
import { PlusIcon } from '../../../components/ui/icons.tsx';
import { PageHeading } from '../../../components/ui/page-heading.tsx';
import { QueryPanel } from '../../../components/ui/query-panel.tsx';
import { Timestamp } from '../../../components/ui/timestamp.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { usePlacementChange } from '../api/placement-change.ts';
import { placementMessages } from '../messages.ts';
import { FormDialog } from '../../../components/ui/form-dialog.tsx';
import { SectionPages } from '../../../app/section-pages.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';

type OpenDialog = { kind: 'create' } | { kind: 'rename'; group: DisasterRecoverGroup } | { kind: 'delete'; group: DisasterRecoverGroup };

/** Instance IDs a row lists before "…". */
const SHOWN_INSTANCES = 3;
const NAME_MAX = 60;

/** The cloud's name rule, said as it is typed: 1–60 characters. */
function nameProblem(name: string, m: (typeof placementMessages)['en']): string | undefined {
  if (!name.trim()) return m.groups.nameEmpty;
  if ([...name].length > NAME_MAX) return m.groups.nameTooLong;
  return undefined;
}

/**
 * /placement-groups: the region's placement groups (DescribeDisasterRecoverGroups) with their instances against each
 * group's spread limit; operators create, rename and delete them (only empty ones: the row says so instead of offering
 * it). Instances join one when bought (the create wizard) or later (the instance's "Placement group" action).
 */
export default function PlacementGroupsPage() {
  const m = useLocalized(placementMessages);
  const { scope, account } = useCloudScope();
  const user = useSignedInUser();
  const groups = usePlacementGroups(scope);
  const quota = useQuery({
    queryKey: [...placementKeys.groups(scope), 'quota'],
    queryFn: scope ? ({ signal }) => callAction(cvm.DescribeDisasterRecoverGroupQuota, {}, scope, signal) : skipToken,
    staleTime: 30_000,
  });
  const [dialog, setDialog] = useState<OpenDialog>();
  const [notice, setNotice] = useState<string>();
  const mayChange = roleAllows(user.role, cvm.CreateDisasterRecoverGroup.minRole);
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
        title={m.groups.title}
        subtitle={m.groups.subtitle(scope.region)}
        actions={
          mayChange && (
            <Button variant="primary" onClick={() => setDialog({ kind: 'create' })}>
              <PlusIcon />
              {m.groups.create}
            </Button>
          )
        }
      />
      {quota.data && (
        <p className="mb-3 text-sm text-fg-muted">
          {m.groups.quota(quota.data.CurrentNum, quota.data.GroupQuota)} ·{' '}
          {m.groups.limits(quota.data.CvmInHostGroupQuota, quota.data.CvmInSwitchGroupQuota, quota.data.CvmInRackGroupQuota)}
        </p>
      )}
      {notice && <FormSuccess className="mb-4">{notice}</FormSuccess>}
      <QueryPanel query={groups} loadFailed={m.groups.loadFailed} empty={m.groups.empty} emptyHint={m.groups.emptyHint} keepListOnError>
        {(list) => (
          <DataTable label={m.groups.tableLabel}>
            <HeaderRow>
              <Th>{m.name}</Th>
              <Th>{m.id}</Th>
              <Th>{m.groups.columns.type}</Th>
              <Th>{m.groups.columns.instances}</Th>
              <Th>{m.groups.columns.affinity}</Th>
              <Th>{m.created}</Th>
              {mayChange && <Th className="text-right">{m.actions}</Th>}
            </HeaderRow>
            <tbody className="divide-y divide-line">
              {list.map((group) => (
                <tr key={group.DisasterRecoverGroupId} data-group={group.DisasterRecoverGroupId}>
                  <Th scope="row" className="text-left font-medium text-fg">
                    {group.Name}
                  </Th>
                  <Td className="font-mono text-xs">{group.DisasterRecoverGroupId}</Td>
                  <Td>{m.groups.types[group.Type] ?? group.Type}</Td>
                  <Td>
                    <span className="mr-2">{m.groups.usage(group.CurrentNum, group.CvmQuotaTotal)}</span>
                    {group.CurrentNum >= group.CvmQuotaTotal && <Badge tone="warning">{m.groups.full}</Badge>}
                    <span className="block">
                      {group.InstanceIds.slice(0, SHOWN_INSTANCES).map((id) => (
                        <AppLink
                          key={id}
                          href={instancesPath({ account: account.id, region: scope.region }, { instance: id })}
                          className="mr-2 font-mono text-xs text-accent hover:underline"
                        >
                          {id}
                        </AppLink>
                      ))}
                      {group.InstanceIds.length > SHOWN_INSTANCES && <span className="text-xs text-fg-muted">…</span>}
                    </span>
                  </Td>
                  <Td>{group.Affinity}</Td>
                  <Td>
                    <Timestamp value={group.CreateTime} />
                  </Td>
                  {mayChange && (
                    <Td>
                      <div className="flex justify-end gap-2">
                        <Button aria-label={m.groups.renameNamed(group.Name)} onClick={() => setDialog({ kind: 'rename', group })}>
                          {m.groups.rename}
                        </Button>
                        <Button
                          aria-label={m.groups.deleteNamed(group.Name)}
                          disabled={group.CurrentNum > 0}
                          title={group.CurrentNum > 0 ? m.groups.deleteRefused(group.CurrentNum) : undefined}
                          onClick={() => setDialog({ kind: 'delete', group })}
                          className="text-red-700 dark:text-red-300"
                        >
                          {m.groups.delete}
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
      {dialog?.kind === 'create' && <CreateGroupDialog scope={scope} onClose={close} onDone={done} />}
      {dialog?.kind === 'rename' && <RenameGroupDialog scope={scope} group={dialog.group} onClose={close} onDone={done} />}
      {dialog?.kind === 'delete' && <DeleteGroupDialog scope={scope} group={dialog.group} onClose={close} onDone={done} />}
    </>
  );
}

interface DialogProps {
  scope: CloudScope;
  onClose: () => void;
  onDone: (message: string) => void;
}

function NameAndAffinity({
  name,
  setName,
  affinity,
  setAffinity,
  attempted,
}: {
  name: string;
  setName: (name: string) => void;
  affinity: string;
  setAffinity: (affinity: string) => void;
  attempted: boolean;
}) {
  const m = useLocalized(placementMessages);
  const nameId = useId();
  const affinityId = useId();
  const problem = attempted ? nameProblem(name, m) : undefined;
  return (
    <>
      <TextField id={nameId} label={m.name} hint={m.groups.nameHint} error={problem} value={name} onChange={setName} data-autofocus />
      <TextField
        id={affinityId}
        label={m.groups.affinity}
        hint={m.groups.affinityHint}
        fieldClassName="w-40"
        value={affinity}
        onChange={setAffinity}
        type="number"
        min={1}
        max={10}
      />
    </>
  );
}

/** CreateDisasterRecoverGroup: a name, what to spread over, and the affinity. */
function CreateGroupDialog({ scope, onClose, onDone }: DialogProps) {
  const m = useLocalized(placementMessages);
  const [name, setName] = useState('');
  const [type, setType] = useState<DisasterRecoverGroupType>('HOST');
  const [affinity, setAffinity] = useState('1');
  const [attempted, setAttempted] = useState(false);
  const create = usePlacementChange<{ Name: string }>(scope);
  return (
    <FormDialog
      title={m.groups.createTitle}
      submitLabel={m.groups.create}
      pending={create.isPending}
      error={create.error}
      errorTitle={m.groups.createFailed}
      onClose={onClose}
      onSubmit={() => {
        setAttempted(true);
        if (nameProblem(name, m)) return;
        create.mutate(() => callAction(cvm.CreateDisasterRecoverGroup, { Name: name.trim(), Type: type, Affinity: Number(affinity) || 1 }, scope), {
          onSuccess: (answer) => onDone(m.groups.made(answer.Name)),
        });
      }}
    >
      <NameAndAffinity name={name} setName={setName} affinity={affinity} setAffinity={setAffinity} attempted={attempted} />
      <ChoiceGroup<DisasterRecoverGroupType>
        legend={m.groups.type}
        value={type}
        onChange={setType}
        choices={DISASTER_RECOVER_GROUP_TYPES.map((value) => ({ value, label: m.groups.types[value], hint: m.groups.typeHints[value] }))}
      />
    </FormDialog>
  );
}

/** ModifyDisasterRecoverGroupAttribute: a new name and affinity. */
function RenameGroupDialog({ scope, group, onClose, onDone }: DialogProps & { group: DisasterRecoverGroup }) {
  const m = useLocalized(placementMessages);
  const [name, setName] = useState(group.Name);
  const [affinity, setAffinity] = useState(String(group.Affinity));
  const [attempted, setAttempted] = useState(false);
  const rename = usePlacementChange(scope);
  return (
    <FormDialog
      title={m.groups.renameTitle(group.Name)}
      submitLabel={m.save}
      pending={rename.isPending}
      error={rename.error}
      errorTitle={m.groups.changeFailed(group.Name)}
      onClose={onClose}
      onSubmit={() => {
        setAttempted(true);
        if (nameProblem(name, m)) return;
        rename.mutate(
          () =>
            callAction(
              cvm.ModifyDisasterRecoverGroupAttribute,
              { DisasterRecoverGroupId: group.DisasterRecoverGroupId, Name: name.trim(), Affinity: Number(affinity) || group.Affinity },
              scope,
            ),
          { onSuccess: () => onDone(m.groups.renamed(name.trim())) },
        );
      }}
    >
      <NameAndAffinity name={name} setName={setName} affinity={affinity} setAffinity={setAffinity} attempted={attempted} />
    </FormDialog>
  );
}

/** DeleteDisasterRecoverGroups of one empty group. */
function DeleteGroupDialog({ scope, group, onClose, onDone }: DialogProps & { group: DisasterRecoverGroup }) {
  const m = useLocalized(placementMessages);
  const remove = usePlacementChange(scope);
  return (
    <ConfirmDialog
      title={m.groups.deleteTitle(group.Name)}
      confirmLabel={m.groups.delete}
      danger
      pending={remove.isPending}
      error={remove.error}
      errorTitle={m.groups.changeFailed(group.Name)}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(() => callAction(cvm.DeleteDisasterRecoverGroups, { DisasterRecoverGroupIds: [group.DisasterRecoverGroupId] }, scope), {
          onSuccess: () => onDone(m.groups.deleted(group.Name)),
        })
      }
    >
      <p className="text-fg-muted">{m.groups.deleteBody}</p>
    </ConfirmDialog>
  );
}
