import { vpc, type NetworkInterface } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { taskResult } from '../../../network/vpc-tasks.ts';
import { handler } from '../../action-handler.ts';
import { NETWORK_INTERFACE_ID } from '../../cvm/id-formats.ts';
import { compileFilters, paginate, type FilterDefinition } from '../../filters.ts';
import { UNKNOWN_FILTER_CODE, refuseIdsWithFilters, tagFilters } from '../vpc-paging.ts';
import { currentInterfaces, findInterface, releaseAddresses } from './eni-lookup.ts';
import { interfaceAnswer } from './interface-answer.ts';
import { instanceOfPrimaryInterfaceId, primaryInterfaceOf } from './primary-interface.ts';
import { listedOwners, primaryInterfaceOwners, primaryInterfaceOwnersById } from './primary-interface-query.ts';

// DescribeNetworkInterfaces (paged with integer Offset/Limit, unlike the VPC list actions), DeleteNetworkInterface
// (only an unbound, idle interface; its addresses go back to the subnet) and DescribeVpcTaskResult.
// The list holds the elastic interfaces, in the order they were created, then every instance's primary interface
// (primary-interface.ts), newest instance first; each filter selects among both.

const FILTERS: Record<string, FilterDefinition<NetworkInterface>> = {
  'vpc-id': { match: (eni, values) => values.includes(eni.VpcId) },
  'subnet-id': { match: (eni, values) => values.includes(eni.SubnetId) },
  'network-interface-id': { match: (eni, values) => values.includes(eni.NetworkInterfaceId) },
  'attachment.instance-id': { match: (eni, values) => values.includes(eni.Attachment?.InstanceId ?? '') },
  'groups.security-group-id': { match: (eni, values) => eni.GroupSet.some((g) => values.includes(g)) },
  'network-interface-name': { match: (eni, values) => values.some((v) => eni.NetworkInterfaceName.includes(v)) },
  'network-interface-description': { match: (eni, values) => values.some((v) => eni.NetworkInterfaceDescription.includes(v)) },
  'address-ip': { match: (eni, values) => eni.PrivateIpAddressSet.some((a) => values.includes(a.PrivateIpAddress)) },
  // In any case, as a primary interface's MAC is found (primary-interface.ts reads it back in any case).
  'mac-address': { match: (eni, values) => values.some((value) => value.toUpperCase() === eni.MacAddress.toUpperCase()) },
  'is-primary': { match: (eni, values) => values.includes(String(eni.Primary)) },
  // "0" secondary, "1" primary, "2" trunk (the SDK's DescribeNetworkInterfacesRequest; EniType answers the same).
  'eni-type': { match: (eni, values) => values.includes(String(eni.EniType)) },
  ...tagFilters<NetworkInterface>(),
};

export const describeNetworkInterfaces = handler(vpc.DescribeNetworkInterfaces, (ctx, params) => {
  refuseIdsWithFilters('NetworkInterfaceIds', params.NetworkInterfaceIds, params.Filters);
  const ids = params.NetworkInterfaceIds;
  for (const id of ids ?? []) {
    if (!NETWORK_INTERFACE_ID.test(id)) throw new CloudError('InvalidParameterValue.Malformed', `The ID \`${id}\` in \`NetworkInterfaceIds\` is malformed.`);
  }
  const matches = compileFilters(params.Filters, FILTERS, UNKNOWN_FILTER_CODE);
  const { world, region } = ctx;
  const elastic = currentInterfaces(world, region).filter((eni) => (ids?.length ? ids.includes(eni.NetworkInterfaceId) : matches(eni)));
  const primaries = ids?.length
    ? listedOwners(
        primaryInterfaceOwnersById(
          world,
          region,
          ids.flatMap((id) => instanceOfPrimaryInterfaceId(id) ?? []),
        ),
      )
    : primaryInterfaceOwners(world, region, params.Filters ?? [], FILTERS);
  // One page across both lists; only the primary interfaces on it are built.
  const offset = params.Offset ?? 0;
  const limit = params.Limit ?? 20;
  const elasticPage = paginate(elastic, offset, limit).map((eni) => structuredClone(eni));
  const from = Math.max(0, offset - elastic.length);
  const primaryPage = primaries.page(from, limit - elasticPage.length).map((record) => primaryInterfaceOf(world, record));
  return { TotalCount: elastic.length + primaries.total, NetworkInterfaceSet: [...elasticPage, ...primaryPage].map(interfaceAnswer) };
});

export const deleteNetworkInterface = handler(vpc.DeleteNetworkInterface, (ctx, params) => {
  const eni = findInterface(ctx.world, ctx.region, params.NetworkInterfaceId);
  if (eni.Primary) {
    throw new CloudError(
      'UnsupportedOperation.ResourceIsInvalidState',
      `The network interface \`${eni.NetworkInterfaceId}\` is the primary interface of \`${eni.Attachment?.InstanceId}\`: it goes with the instance and cannot be deleted.`,
    );
  }
  if (eni.Attachment || eni.State !== 'AVAILABLE') {
    throw new CloudError(
      'UnsupportedOperation.ResourceIsInvalidState',
      `The network interface \`${eni.NetworkInterfaceId}\` is ${eni.Attachment ? `bound to ${eni.Attachment.InstanceId}` : eni.State}; unbind it first.`,
    );
  }
  const network = ctx.region.network;
  releaseAddresses(network, eni);
  network.networkInterfaces = network.networkInterfaces.filter((e) => e !== eni);
  return {};
});

export const describeVpcTaskResult = handler(vpc.DescribeVpcTaskResult, (ctx, params) => {
  ctx.world.changes.settle();
  const task = ctx.region.network.tasks.get(params.TaskId);
  if (!task)
    throw new CloudError(
      'ResourceNotFound',
      `No asynchronous task \`${params.TaskId}\` exists in ${ctx.region.seed.region}; the TaskId is the RequestId of the call that started it.`,
    );
  const { status, output } = taskResult(task);
  return { Status: status, Output: output, Result: [{ ResourceId: task.resourceId, Status: status }] };
});
