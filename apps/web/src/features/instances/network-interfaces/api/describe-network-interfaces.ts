import { vpc, type NetworkInterface } from '@cvm/shared';
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { callAction } from '../../../../api/call-action.ts';
import type { CloudScope } from '../../../../api/cloud-scope.ts';

// Keys nest account → region like every other cloud query; invalidating `scope` after a bind, unbind, create or delete
// reads both lists again (the instance's interfaces and the VPC's), nothing else.
export const interfaceKeys = {
  scope: (scope: CloudScope | undefined) => ['network-interfaces', scope?.account, scope?.region] as const,
  ofInstance: (scope: CloudScope | undefined, instanceId: string) => [...interfaceKeys.scope(scope), 'instance', instanceId] as const,
  ofVpc: (scope: CloudScope | undefined, vpcId: string) => [...interfaceKeys.scope(scope), 'vpc', vpcId] as const,
};

/**
 * One page is all the console reads: an instance has at most ten interfaces, and a VPC's list is read without the
 * instances' primary ones (below), bounded by the cloud's default quota of 50 elastic interfaces a region.
 */
const LIMIT = 100;

/** An interface whose binding or unbinding is under way; the lists are read again every few seconds while one shows. */
export function isChanging(eni: NetworkInterface): boolean {
  return eni.State !== 'AVAILABLE';
}

const CHANGING_REFETCH_MS = 2_000;
const NONE_FOLLOWED: ReadonlySet<string> = new Set();

/**
 * Re-reads a list every few seconds while an interface in it is changing, unless the console is already following that
 * interface's task (DescribeVpcTaskResult, a much cheaper read, after which the lists are read once).
 */
const whileChanging = (data: { NetworkInterfaceSet: NetworkInterface[] } | undefined, followed: ReadonlySet<string> = NONE_FOLLOWED) =>
  data?.NetworkInterfaceSet.some((eni) => isChanging(eni) && !followed.has(eni.NetworkInterfaceId)) ? CHANGING_REFETCH_MS : false;

/** The interfaces bound to an instance: its primary one (Primary: true, device 0) and the elastic ones. */
export function instanceInterfacesQueryOptions(scope: CloudScope | undefined, instanceId: string, followed?: ReadonlySet<string>) {
  return queryOptions({
    queryKey: interfaceKeys.ofInstance(scope, instanceId),
    queryFn: scope
      ? ({ signal }) => callAction(vpc.DescribeNetworkInterfaces, { Filters: [{ Name: 'attachment.instance-id', Values: [instanceId] }], Limit: LIMIT }, scope, signal)
      : skipToken,
    staleTime: 10_000,
    refetchInterval: (query) => whileChanging(query.state.data, followed),
  });
}

/** `followed`: interfaces whose bind or unbind task the console is following; the list need not poll for those. */
export function useInstanceInterfaces(scope: CloudScope | undefined, instanceId: string, followed?: ReadonlySet<string>) {
  return useQuery(instanceInterfacesQueryOptions(scope, instanceId, followed));
}

/**
 * Every elastic interface of a VPC, bound or not: the bind picker offers the unbound ones. The instances' primary
 * interfaces, one per instance and never free, are left out by the cloud's `is-primary` filter (false: secondary only),
 * so a VPC with many instances does not push its free interfaces off the page.
 */
export function vpcInterfacesQueryOptions(scope: CloudScope | undefined, vpcId: string) {
  return queryOptions({
    queryKey: interfaceKeys.ofVpc(scope, vpcId),
    queryFn: scope && vpcId ? ({ signal }) => callAction(vpc.DescribeNetworkInterfaces, { Filters: vpcInterfacesFilters(vpcId), Limit: LIMIT }, scope, signal) : skipToken,
    staleTime: 10_000,
    refetchInterval: (query) => whileChanging(query.state.data),
  });
}

/** The VPC's elastic interfaces: `vpc-id`, and `is-primary` false. */
export const vpcInterfacesFilters = (vpcId: string) => [
  { Name: 'vpc-id', Values: [vpcId] },
  { Name: 'is-primary', Values: ['false'] },
];

export function useVpcInterfaces(scope: CloudScope | undefined, vpcId: string) {
  return useQuery(vpcInterfacesQueryOptions(scope, vpcId));
}
