import { vpc, type NetworkInterface } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { taskResult } from '../../../network/vpc-tasks.ts';
import { handler } from '../../action-handler.ts';
import { NETWORK_INTERFACE_ID } from '../../cvm/id-formats.ts';
import { compileFilters, paginate, type FilterDefinition } from '../../filters.ts';
import { UNKNOWN_FILTER_CODE, refuseIdsWithFilters, tagFilters } from '../vpc-paging.ts';
import { currentInterfaces, findInterface } from './eni-lookup.ts';
import { interfaceAnswer } from './interface-answer.ts';

// DescribeNetworkInterfaces (paged with integer Offset/Limit, unlike the VPC list actions), DeleteNetworkInterface
// (only an unbound, idle interface; its addresses go back to the subnet) and DescribeVpcTaskResult.

const FILTERS: Record<string, FilterDefinition<NetworkInterface>> = {
  'vpc-id': { match: (eni, values) => values.includes(eni.VpcId) },
  'subnet-id': { match: (eni, values) => values.includes(eni.SubnetId) },
  'network-interface-id': { match: (eni, values) => values.includes(eni.NetworkInterfaceId) },
  'attachment.instance-id': { match: (eni, values) => values.includes(eni.Attachment?.InstanceId ?? '') },
  'groups.security-group-id': { match: (eni, values) => eni.GroupSet.some((g) => values.includes(g)) },
  'network-interface-name': { match: (eni, values) => values.some((v) => eni.NetworkInterfaceName.includes(v)) },
  'network-interface-description': { match: (eni, values) => values.some((v) => eni.NetworkInterfaceDescription.includes(v)) },
  'address-ip': { match: (eni, values) => eni.PrivateIpAddressSet.some((a) => values.includes(a.PrivateIpAddress)) },
  'mac-address': { match: (eni, values) => values.includes(eni.MacAddress) },
  'is-primary': { match: (eni, values) => values.includes(String(eni.Primary)) },
  ...tagFilters<NetworkInterface>(),
};

export const describeNetworkInterfaces = handler(vpc.DescribeNetworkInterfaces, (ctx, params) => {
  refuseIdsWithFilters('NetworkInterfaceIds', params.NetworkInterfaceIds, params.Filters);
  const ids = params.NetworkInterfaceIds;
  for (const id of ids ?? []) {
    if (!NETWORK_INTERFACE_ID.test(id)) throw new CloudError('InvalidParameterValue.Malformed', `The ID \`${id}\` in \`NetworkInterfaceIds\` is malformed.`);
  }
  const matches = compileFilters(params.Filters, FILTERS, UNKNOWN_FILTER_CODE);
  const all = currentInterfaces(ctx.world, ctx.region).filter((eni) => (ids?.length ? ids.includes(eni.NetworkInterfaceId) : matches(eni)));
  return { TotalCount: all.length, NetworkInterfaceSet: paginate(all, params.Offset, params.Limit).map((eni) => interfaceAnswer(structuredClone(eni))) };
});

export const deleteNetworkInterface = handler(vpc.DeleteNetworkInterface, (ctx, params) => {
  const eni = findInterface(ctx.world, ctx.region, params.NetworkInterfaceId);
  if (eni.Attachment || eni.State !== 'AVAILABLE') {
    throw new CloudError(
      'UnsupportedOperation.ResourceIsInvalidState',
      `The network interface \`${eni.NetworkInterfaceId}\` is ${eni.Attachment ? `bound to ${eni.Attachment.InstanceId}` : eni.State}; unbind it first.`,
    );
  }
  const network = ctx.region.network;
  const subnet = network.subnets.find((s) => s.info.SubnetId === eni.SubnetId);
  for (const address of eni.PrivateIpAddressSet) {
    if (subnet?.used.delete(address.PrivateIpAddress)) subnet.info.AvailableIpAddressCount++;
  }
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
