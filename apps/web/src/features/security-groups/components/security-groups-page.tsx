import { useId, useState } from 'react';
import { parseCloudTime, roleAllows, vpc, type SecurityGroup, type SecurityGroupPolicy } from '@cvm/shared';
import { useSignedInUser } from '../../../api/session.ts';
import { instancesPath } from '../../../app/paths.ts';
import { SectionPages } from '../../../app/section-pages.tsx';
import { useCloudScope } from '../../../app/use-cloud-scope.ts';
import { useUrlState } from '../../../app/url-state.ts';
import { AppLink } from '../../../components/ui/app-link.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Card } from '../../../components/ui/card.tsx';
import { DataTable, HeaderRow, Td, Th } from '../../../components/ui/data-table.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { PlusIcon } from '../../../components/ui/icons.tsx';
import { PageHeading } from '../../../components/ui/page-heading.tsx';
import { QueryPanel } from '../../../components/ui/query-panel.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { TabList, TabPanel } from '../../../components/ui/tabs.tsx';
import { Timestamp } from '../../../components/ui/timestamp.tsx';
import { useSecurityGroups } from '../../../cloud/vpc/security-groups.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { useSecurityGroupInstances, useSecurityGroupPolicies } from '../api/security-group-policies.ts';
import { securityGroupsMessages, type Direction } from '../messages.ts';
import { AddRuleDialog, DeleteRuleDialog } from './add-rule-dialog.tsx';

const DIRECTIONS: readonly Direction[] = ['Ingress', 'Egress'];

/**
 * /security-groups: the region's security groups; one chosen (`?group=`) shows its rules, inbound and outbound, in
 * the order they apply, with the instances bound to it. Admins add a rule (first or last) and delete one; every change
 * names the Version it was made from.
 */
export default function SecurityGroupsPage() {
  const m = useLocalized(securityGroupsMessages);
  const { scope } = useCloudScope();
  const [params, setParams] = useUrlState();
  const groups = useSecurityGroups(scope);
  const chosenId = params.get('group') ?? groups.data?.[0]?.SecurityGroupId;
  const chosen = groups.data?.find((group) => group.SecurityGroupId === chosenId);
  if (!scope) return null;

  return (
    <>
      <SectionPages />
      <PageHeading title={m.title} subtitle={m.subtitle(scope.region)} />
      <div className="grid gap-5 lg:grid-cols-[18rem_1fr]">
        <QueryPanel query={groups} loadFailed={m.loadFailed} empty={m.empty}>
          {(list) => (
            <ul aria-label={m.groupsLabel} className="divide-y divide-line">
              {list.map((group) => (
                <li key={group.SecurityGroupId}>
                  <button
                    type="button"
                    aria-pressed={group.SecurityGroupId === chosenId}
                    onClick={() => setParams({ group: group.SecurityGroupId }, 'replace')}
                    className="block w-full px-4 py-2.5 text-left text-sm hover:bg-surface-2 aria-pressed:bg-accent/10"
                  >
                    <span className="flex items-center gap-2 font-medium text-fg">
                      {group.SecurityGroupName}
                      {group.IsDefault && <Badge tone="neutral">{m.default}</Badge>}
                    </span>
                    <span className="font-mono text-xs text-fg-muted">{group.SecurityGroupId}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </QueryPanel>
        {chosen && <GroupRules key={chosen.SecurityGroupId} group={chosen} />}
      </div>
    </>
  );
}

function GroupRules({ group }: { group: SecurityGroup }) {
  const m = useLocalized(securityGroupsMessages);
  const { scope, account } = useCloudScope();
  const user = useSignedInUser();
  const idBase = useId();
  const [direction, setDirection] = useState<Direction>('Ingress');
  const [dialog, setDialog] = useState<{ kind: 'add' } | { kind: 'edit'; rule: SecurityGroupPolicy } | { kind: 'delete'; index: number }>();
  const rules = useSecurityGroupPolicies(scope, group.SecurityGroupId);
  const instances = useSecurityGroupInstances(scope, group.SecurityGroupId);
  const mayChange = roleAllows(user.role, vpc.CreateSecurityGroupPolicies.minRole);
  if (!scope || !account) return null;
  const close = () => setDialog(undefined);

  return (
    <div className="space-y-5">
      <Card title={m.rulesOf(group.SecurityGroupName)} description={rules.data ? m.version(rules.data.Version) : undefined}>
        <div className="mb-3 flex items-center justify-between gap-3">
          <TabList<Direction>
            label={m.directionsLabel}
            idBase={idBase}
            tabs={DIRECTIONS.map((key) => ({ key, label: m.directions[key] }))}
            selected={direction}
            onSelect={setDirection}
          />
          {mayChange && rules.data && (
            <Button variant="primary" onClick={() => setDialog({ kind: 'add' })}>
              <PlusIcon />
              {m.addRule}
            </Button>
          )}
        </div>
        {rules.isPending && <Spinner />}
        {rules.isError && <ErrorPanel error={rules.error} title={m.rulesFailed} onRetry={() => void rules.refetch()} />}
        {rules.data &&
          DIRECTIONS.map((key) => (
            <TabPanel key={key} idBase={idBase} tabKey={key} selected={key === direction}>
              <RuleTable
                direction={key}
                rules={rules.data[key]}
                mayChange={mayChange}
                onEdit={(rule) => setDialog({ kind: 'edit', rule })}
                onDelete={(index) => setDialog({ kind: 'delete', index })}
              />
            </TabPanel>
          ))}
      </Card>
      <Card title={m.instancesTitle} description={instances.data ? m.instancesCount(instances.data.TotalCount) : undefined}>
        {instances.isError && <ErrorPanel error={instances.error} title={m.instancesFailed} onRetry={() => void instances.refetch()} />}
        {instances.data && instances.data.InstanceSet.length === 0 && <p className="text-sm text-fg-muted">{m.noInstances}</p>}
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {instances.data?.InstanceSet.map((instance) => (
            <li key={instance.InstanceId}>
              <AppLink href={instancesPath({ account: account.id, region: scope.region }, { instance: instance.InstanceId })} className="text-accent hover:underline">
                {instance.InstanceName || instance.InstanceId}
              </AppLink>
            </li>
          ))}
        </ul>
      </Card>
      {dialog?.kind === 'add' && rules.data && <AddRuleDialog scope={scope} group={group} direction={direction} rules={rules.data} onClose={close} onDone={close} />}
      {dialog?.kind === 'edit' && rules.data && (
        <AddRuleDialog scope={scope} group={group} direction={direction} rules={rules.data} editing={dialog.rule} onClose={close} onDone={close} />
      )}
      {dialog?.kind === 'delete' && rules.data && (
        <DeleteRuleDialog scope={scope} group={group} direction={direction} index={dialog.index} version={rules.data.Version} onClose={close} onDone={close} />
      )}
    </div>
  );
}

function RuleTable({
  direction,
  rules,
  mayChange,
  onEdit,
  onDelete,
}: {
  direction: Direction;
  rules: SecurityGroupPolicy[];
  mayChange: boolean;
  onEdit: (rule: SecurityGroupPolicy) => void;
  onDelete: (index: number) => void;
}) {
  const m = useLocalized(securityGroupsMessages);
  if (rules.length === 0) return <p className="py-2 text-sm text-fg-muted">{m.noRules}</p>;
  return (
    <DataTable label={m.rulesLabel(m.directions[direction])}>
      <HeaderRow>
        <Th>{m.columns.order}</Th>
        <Th>{m.columns.protocol}</Th>
        <Th>{m.columns.port}</Th>
        <Th>{m.columns.peer[direction]}</Th>
        <Th>{m.columns.action}</Th>
        <Th>{m.columns.description}</Th>
        <Th>{m.columns.modified}</Th>
        {mayChange && <Th className="text-right">{m.columns.actions}</Th>}
      </HeaderRow>
      <tbody className="divide-y divide-line">
        {rules.map((rule) => (
          <tr key={`${rule.PolicyIndex}-${rule.ModifyTime}`}>
            <Td className="tabular-nums">{rule.PolicyIndex + 1}</Td>
            <Td>{rule.Protocol}</Td>
            <Td className="font-mono text-xs">{rule.Port === 'ALL' || !rule.Port ? m.allPorts : rule.Port}</Td>
            <Td className="font-mono text-xs">{rule.CidrBlock || rule.Ipv6CidrBlock || rule.SecurityGroupId}</Td>
            <Td>
              <Badge tone={rule.Action === 'ACCEPT' ? 'success' : 'danger'}>{m.actions[rule.Action] ?? rule.Action}</Badge>
            </Td>
            <Td className="text-fg-muted">{rule.PolicyDescription}</Td>
            <Td className="text-xs text-fg-muted">
              {/* Written the cloud's zoneless way (Beijing time): shown the console's one way. */}
              <Timestamp value={parseCloudTime(rule.ModifyTime)?.toISOString() ?? rule.ModifyTime} />
            </Td>
            {mayChange && (
              <Td className="space-x-2 text-right whitespace-nowrap">
                <Button aria-label={m.editRule(rule.PolicyIndex + 1)} onClick={() => onEdit(rule)}>
                  {m.edit}
                </Button>
                <Button aria-label={m.deleteRule(rule.PolicyIndex + 1)} onClick={() => onDelete(rule.PolicyIndex)} className="text-red-700 dark:text-red-300">
                  {m.delete}
                </Button>
              </Td>
            )}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
