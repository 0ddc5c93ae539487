import { INSTANCE_CHARGE_TYPES, INSTANCE_STATES } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useZones } from '../../../cloud/regions/describe-zones.ts';
import { useTagKeys, useTagValues } from '../../../cloud/tag/tags.ts';
import { useSecurityGroups } from '../../../cloud/vpc/security-groups.ts';
import { useRegionSubnets } from '../../../cloud/vpc/subnets.ts';
import { useVpcs } from '../../../cloud/vpc/vpcs.ts';
import { useT } from '../../../i18n/use-t.ts';
import { lastToken, needOf, suggest, type Suggestion } from './search-suggestions.ts';

/**
 * The suggestions for the search box's last token, from the region (zones, VPCs, subnets, security groups) and the tag service
 * (keys, then a key's values). Each list is asked for only once someone types its key, and kept.
 */
export function useSearchSuggestions(scope: CloudScope | undefined, text: string): Suggestion[] {
  const t = useT();
  const { token } = lastToken(text);
  const need = needOf(token);
  const key = need.kind === 'values' ? need.key : undefined;
  const tagKeys = useTagKeys(scope, need.kind === 'tag-keys');
  const tagValues = useTagValues(scope, need.kind === 'tag-values' ? need.key : '', need.kind === 'tag-values');
  const zones = useZones(key === 'zone' ? scope : undefined);
  const vpcs = useVpcs(key === 'vpc' ? scope : undefined);
  const subnets = useRegionSubnets(key === 'subnet' ? scope : undefined);
  const groups = useSecurityGroups(key === 'sg' ? scope : undefined);

  let values: Suggestion[] = [];
  if (need.kind === 'tag-keys') values = (tagKeys.data ?? []).map((value) => ({ value }));
  else if (need.kind === 'tag-values') values = (tagValues.data ?? []).map((value) => ({ value }));
  else if (key === 'state') values = INSTANCE_STATES.map((state) => ({ value: state, detail: t.states[state] }));
  else if (key === 'billing') values = INSTANCE_CHARGE_TYPES.map((type) => ({ value: type, detail: t.chargeTypes[type] }));
  else if (key === 'zone') values = (zones.data ?? []).map((zone) => ({ value: zone.Zone, detail: zone.ZoneName }));
  else if (key === 'vpc') values = (vpcs.data ?? []).map((vpc) => ({ value: vpc.VpcId, detail: vpc.VpcName }));
  else if (key === 'subnet') values = (subnets.data ?? []).map((subnet) => ({ value: subnet.SubnetId, detail: `${subnet.SubnetName} · ${subnet.CidrBlock} · ${subnet.Zone}` }));
  else if (key === 'sg') values = (groups.data ?? []).map((group) => ({ value: group.SecurityGroupId, detail: group.SecurityGroupName }));
  return suggest(token, values);
}
