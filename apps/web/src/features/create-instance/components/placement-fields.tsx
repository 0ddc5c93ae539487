import { useEffect, useId } from 'react';
import { PATHS } from '../../../app/paths.ts';
import { useUrlState } from '../../../app/url-state.ts';
import { useDedicatedHosts, usePlacementGroups } from '../../../cloud/cvm/placement.ts';
import { AppLink } from '../../../components/ui/app-link.tsx';
import { ErrorPanel } from '../../../components/ui/error-panel.tsx';
import { FormField, describedBy } from '../../../components/ui/form-field.tsx';
import { Select } from '../../../components/ui/select.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { placementWords } from '../placement-words.ts';
import { problemFor } from '../state/validate.ts';
import { withChargeType } from '../state/wizard-form.ts';
import type { StepProps } from './step-props.ts';
import { Block } from './wizard-section.tsx';

/**
 * Where the instances go beyond their zone: a placement group of the region to join (DisasterRecoverGroupIds), and,
 * billed on a dedicated host (CDHPAID), the host of the zone to buy onto (Placement.HostIds), with what it has free.
 * The dedicated hosts page opens the wizard with `?host=<id>&zone=<zone>`: that host is chosen here, and the link's
 * parameters are dropped so a reload keeps the person's later choices.
 */
export function PlacementFields({ scope, form, update, problems, attempted }: StepProps) {
  const w = useLocalized(placementWords);
  const [params, setParams] = useUrlState();
  const onHost = form.chargeType === 'CDHPAID';
  const groups = usePlacementGroups(scope);
  const hosts = useDedicatedHosts(scope, onHost || params.has('host'));
  const ids = { group: useId(), host: useId() };
  const zoneHosts = (hosts.data ?? []).filter((host) => host.Placement.Zone === form.zone && host.HostState === 'RUNNING');
  const hostProblem = problemFor(problems, 'hostId', attempted);

  const linkedHost = params.get('host');
  const linkedZone = params.get('zone');
  // Applied until it holds: the wizard's first defaults (the first zone) may land in the same moment.
  const { chargeType, hostId, zone } = form;
  useEffect(() => {
    if (!linkedHost) return;
    const holds = chargeType === 'CDHPAID' && hostId === linkedHost && (!linkedZone || zone === linkedZone);
    if (holds) setParams({ host: null, zone: null }, 'replace');
    else update((f) => ({ ...withChargeType(f, 'CDHPAID'), ...(linkedZone ? { zone: linkedZone } : {}), hostId: linkedHost }));
  }, [linkedHost, linkedZone, chargeType, hostId, zone, update, setParams]);

  // A host of another zone is no choice once the zone changed.
  const stale = Boolean(form.hostId && hosts.data && !zoneHosts.some((host) => host.HostId === form.hostId));
  useEffect(() => {
    if (stale && !linkedHost) update({ hostId: '' });
  }, [stale, linkedHost, update]);

  return (
    <Block title={w.placement}>
      {onHost && (
        <FormField id={ids.host} label={w.host} hint={w.hostHint} error={hostProblem ? w.hostMissing : undefined}>
          {hosts.isError ? (
            <ErrorPanel error={hosts.error} title={w.hostsFailed} onRetry={() => void hosts.refetch()} />
          ) : !hosts.data ? (
            <Spinner label={w.hostsLoading} className="text-fg-muted" />
          ) : zoneHosts.length === 0 ? (
            <p className="text-sm text-fg-muted">
              {w.noHosts(form.zone)}{' '}
              <AppLink href={`${PATHS.dedicatedHosts}${window.location.search}`} className="font-medium text-accent hover:underline">
                {w.hostsPage}
              </AppLink>
            </p>
          ) : (
            <Select
              id={ids.host}
              value={form.hostId ?? ''}
              onChange={(event) => update({ hostId: event.target.value })}
              aria-invalid={hostProblem ? true : undefined}
              aria-describedby={describedBy(ids.host, { hint: true, error: hostProblem })}
              className="w-full max-w-xl"
            >
              <option value="">{w.chooseHost}</option>
              {zoneHosts.map((host) => (
                <option key={host.HostId} value={host.HostId}>
                  {w.hostOption(
                    `${host.HostName || host.HostId} (${host.HostId}, ${host.HostType})`,
                    host.HostResource.CpuAvailable,
                    host.HostResource.CpuTotal,
                    host.HostResource.MemAvailable,
                    host.HostResource.MemTotal,
                  )}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      )}
      <FormField id={ids.group} label={w.group} hint={w.groupHint}>
        {groups.isError ? (
          <ErrorPanel error={groups.error} title={w.groupsFailed} onRetry={() => void groups.refetch()} />
        ) : (
          <Select
            id={ids.group}
            value={form.placementGroupId ?? ''}
            onChange={(event) => update({ placementGroupId: event.target.value })}
            aria-describedby={describedBy(ids.group, { hint: true })}
            className="w-full max-w-xl"
          >
            <option value="">{w.noGroup}</option>
            {(groups.data ?? []).map((group) => (
              <option key={group.DisasterRecoverGroupId} value={group.DisasterRecoverGroupId}>
                {w.groupOption(group.Name, w.spreadOver[group.Type] ?? group.Type, group.CurrentNum, group.CvmQuotaTotal)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
    </Block>
  );
}
