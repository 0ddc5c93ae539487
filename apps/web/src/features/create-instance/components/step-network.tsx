import { useId } from 'react';
import { MAX_BANDWIDTH_MBPS, type InternetChargeType } from '@cvm/shared';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { ChoiceGroup } from '../../../components/ui/choice-group.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { useT } from '../../../i18n/use-t.ts';
import { numberText, parseNumberText } from '../../../lib/number-text.ts';
import { createMessages } from '../messages.ts';
import { bandwidthMax, problemFor } from '../state/validate.ts';
import { MAX_SECURITY_GROUPS, internetChargeTypesFor } from '../state/wizard-form.ts';
import type { StepProps } from './step-props.ts';
import { Block, FieldError, StepFrame } from './wizard-section.tsx';

/** Step 5: VPC and its subnet in the chosen zone, security groups, and the public IP's bandwidth and billing. */
export function StepNetwork({ form, update, lists, problems, attempted }: StepProps) {
  const m = useLocalized(createMessages);
  const t = useT();
  const ids = { vpc: useId(), subnet: useId(), groups: useId(), bandwidth: useId() };
  const zoneName = lists.zones.data?.find((zone) => zone.Zone === form.zone)?.ZoneName || form.zone;
  const vpcError = problemFor(problems, 'vpcId', attempted)?.text(m);
  const subnetError = problemFor(problems, 'subnetId', attempted)?.text(m);
  const bandwidthError = problemFor(problems, 'bandwidth', attempted)?.text(m);
  const groupsError = problemFor(problems, 'securityGroups', attempted)?.text(m);
  const max = bandwidthMax(form);
  const bandwidthHint = m.bandwidthHint(max);
  const subnets = lists.subnets;
  const noSubnet = subnets.data?.length === 0;

  const toggleGroup = (id: string, on: boolean) => update((f) => ({ ...f, securityGroupIds: on ? [...f.securityGroupIds, id] : f.securityGroupIds.filter((g) => g !== id) }));

  return (
    <StepFrame title={m.steps.network}>
      <Block>
        <div className="grid gap-4 md:grid-cols-2">
          <FormField id={ids.vpc} label={m.vpc} error={vpcError}>
            {lists.vpcs.isError ? (
              <ErrorPanel error={lists.vpcs.error} title={m.vpcsFailed} onRetry={() => void lists.vpcs.refetch()} />
            ) : (
              <Select
                id={ids.vpc}
                value={form.vpcId}
                disabled={!lists.vpcs.data}
                onChange={(event) => update({ vpcId: event.target.value, subnetId: '' })}
                aria-invalid={vpcError ? true : undefined}
                aria-describedby={describedBy(ids.vpc, { error: vpcError })}
              >
                {!lists.vpcs.data && <option value="">{m.vpcsLoading}</option>}
                {lists.vpcs.data && !form.vpcId && <option value="">{m.chooseVpc}</option>}
                {lists.vpcs.data?.map((vpc) => (
                  <option key={vpc.VpcId} value={vpc.VpcId}>
                    {m.vpcOption(vpc.VpcName, vpc.VpcId, vpc.CidrBlock, vpc.IsDefault)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField id={ids.subnet} label={m.subnet} error={noSubnet ? undefined : subnetError}>
            {subnets.isError ? (
              <ErrorPanel error={subnets.error} title={m.subnetsFailed} onRetry={() => void subnets.refetch()} />
            ) : (
              <Select
                id={ids.subnet}
                value={form.subnetId}
                disabled={!subnets.data || noSubnet}
                onChange={(event) => update({ subnetId: event.target.value })}
                aria-invalid={subnetError ? true : undefined}
                aria-describedby={noSubnet ? `${ids.subnet}-none` : describedBy(ids.subnet, { error: subnetError })}
              >
                {!subnets.data && <option value="">{form.vpcId && form.zone ? m.subnetsLoading : m.chooseSubnet}</option>}
                {subnets.data && !form.subnetId && <option value="">{m.chooseSubnet}</option>}
                {subnets.data?.map((subnet) => (
                  <option key={subnet.SubnetId} value={subnet.SubnetId}>
                    {m.subnetOption(subnet.SubnetName, subnet.SubnetId, subnet.CidrBlock, subnet.AvailableIpAddressCount)}
                  </option>
                ))}
              </Select>
            )}
            {noSubnet && (
              <p id={`${ids.subnet}-none`} role="alert" className="text-xs font-medium text-amber-800 dark:text-amber-300">
                {m.noSubnetInZone(zoneName)}
              </p>
            )}
          </FormField>
        </div>
      </Block>
      <Block title={m.securityGroups} hint={m.securityGroupsHint(MAX_SECURITY_GROUPS, form.securityGroupIds.length)}>
        {lists.securityGroups.isError ? (
          <ErrorPanel error={lists.securityGroups.error} title={m.securityGroupsFailed} onRetry={() => void lists.securityGroups.refetch()} />
        ) : !lists.securityGroups.data ? (
          <Spinner label={m.securityGroupsLoading} className="text-fg-muted" />
        ) : lists.securityGroups.data.length === 0 ? (
          <p className="text-sm text-fg-muted">{m.securityGroupsEmpty}</p>
        ) : (
          <ul className="grid gap-2 md:grid-cols-2" aria-describedby={groupsError ? ids.groups : undefined}>
            {lists.securityGroups.data.map((group) => {
              const checked = form.securityGroupIds.includes(group.SecurityGroupId);
              const full = !checked && form.securityGroupIds.length >= MAX_SECURITY_GROUPS;
              const id = `${ids.groups}-${group.SecurityGroupId}`;
              return (
                <li key={group.SecurityGroupId} className="flex gap-2.5 rounded-md border border-line px-3 py-2">
                  <Checkbox
                    id={id}
                    checked={checked}
                    disabled={full}
                    onChange={(event) => toggleGroup(group.SecurityGroupId, event.target.checked)}
                    aria-describedby={`${id}-hint`}
                    className="mt-0.5"
                  />
                  <div className="min-w-0">
                    <label htmlFor={id} className="text-sm font-medium text-fg">
                      {group.SecurityGroupName}
                    </label>
                    <p id={`${id}-hint`} className="text-xs text-fg-muted">
                      <span className="font-mono">{group.SecurityGroupId}</span>
                      {group.IsDefault && ` · ${m.defaultMark}`}
                      {group.SecurityGroupDesc && ` · ${group.SecurityGroupDesc}`}
                    </p>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        {form.securityGroupIds.length === 0 && lists.securityGroups.data && lists.securityGroups.data.length > 0 && <p className="text-xs text-fg-muted">{m.noSecurityGroup}</p>}
        <FieldError id={ids.groups} text={groupsError} />
      </Block>
      <Block title={m.publicNetwork}>
        <ChoiceGroup<InternetChargeType>
          legend={m.internetCharge}
          layout="row"
          value={form.internetChargeType}
          onChange={(internetChargeType) =>
            update((f) => ({ ...f, internetChargeType, bandwidth: Number.isFinite(f.bandwidth) ? Math.min(f.bandwidth, MAX_BANDWIDTH_MBPS[internetChargeType]) : f.bandwidth }))
          }
          choices={internetChargeTypesFor(form.chargeType).map((type) => ({
            value: type,
            label: t.internetChargeTypes[type],
            hint: m.internetChargeHints[type],
          }))}
        />
        <FormField id={ids.bandwidth} label={m.bandwidth} hint={bandwidthHint} error={bandwidthError} className="w-56">
          <TextInput
            id={ids.bandwidth}
            type="number"
            inputMode="numeric"
            min={0}
            max={max}
            step={1}
            value={numberText(form.bandwidth)}
            onChange={(event) => update({ bandwidth: parseNumberText(event.target.value) })}
            aria-invalid={bandwidthError ? true : undefined}
            aria-describedby={describedBy(ids.bandwidth, { hint: bandwidthHint, error: bandwidthError })}
          />
        </FormField>
        {form.bandwidth === 0 && <p className="text-sm text-fg-muted">{m.noPublicIp}</p>}
      </Block>
    </StepFrame>
  );
}
