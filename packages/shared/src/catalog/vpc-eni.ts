import type { NetworkInterface, VpcTaskResult, WithRequestId } from '../types/index.ts';
import { defineAction, type Zod } from './define.ts';
import { filtersSchema, idListSchema, limitSchema, offsetSchema } from './common-params.ts';

// Elastic network interfaces (VPC 2017-03-12; seed 004 AttachNetworkInterface, with the neighbouring ENI actions).
// Attach and detach are asynchronous: the RequestId they return is the TaskId of DescribeVpcTaskResult.
const service = 'vpc';
const version = '2017-03-12';

export const DescribeNetworkInterfaces = defineAction<{ TotalCount: number; NetworkInterfaceSet: NetworkInterface[] }>()({
  service,
  version,
  action: 'DescribeNetworkInterfaces',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 100, source: 'not in the seeds; Tencent Cloud VPC API page cloud.tencent.com/document/api/215/15817: 100/s' },
  params: (z) =>
    z.strictObject({
      NetworkInterfaceIds: idListSchema(z, 100).optional(),
      Filters: filtersSchema(z, 10, 5).optional(),
      Offset: offsetSchema(z).optional(),
      Limit: limitSchema(z).optional(),
    }),
});

export const CreateNetworkInterface = defineAction<WithRequestId & { NetworkInterface: NetworkInterface }>()({
  service,
  version,
  action: 'CreateNetworkInterface',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 100, source: 'not in the seeds; Tencent Cloud VPC API page cloud.tencent.com/document/api/215/15818: 100/s' },
  params: (z) =>
    z.strictObject({
      VpcId: z.string().min(1),
      NetworkInterfaceName: z.string(),
      SubnetId: z.string().min(1),
      NetworkInterfaceDescription: z.string().optional(),
      SecondaryPrivateIpAddressCount: z.number().int().min(0).optional(),
      QosLevel: z.string().optional(),
      SecurityGroupIds: z.array(z.string().min(1)).optional(),
      // The SDK's PrivateIpAddressSpecification (the answers' structure too): the address, whether it is the primary
      // one and its Description are read; the answer-only fields and QosLevel are taken and not applied.
      PrivateIpAddresses: z
        .array(
          z.strictObject({
            PrivateIpAddress: z.string(),
            Primary: z.boolean().optional(),
            PublicIpAddress: z.string().optional(),
            AddressId: z.string().optional(),
            Description: z.string().optional(),
            IsWanIpBlocked: z.boolean().optional(),
            State: z.string().optional(),
            QosLevel: z.string().optional(),
          }),
        )
        .optional(),
      Tags: z.array(z.strictObject({ Key: z.string(), Value: z.string() })).optional(),
      /** Enable makes a trunking interface (EniType 2); Disable, the default, an ordinary one. */
      TrunkingFlag: z.string().optional(),
      IsRdma: z.boolean().optional(),
      /** The same token answers the same interface again (at most 64 ASCII characters). */
      ClientToken: z.string().optional(),
    }),
});

const attachment = (z: Zod) => ({
  NetworkInterfaceId: z.string().min(1),
  InstanceId: z.string().min(1),
  ClientToken: z.string().optional(),
});

export const AttachNetworkInterface = defineAction<WithRequestId>()({
  service,
  version,
  action: 'AttachNetworkInterface',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 100, source: '004 line 107' },
  params: (z) => z.strictObject({ ...attachment(z), AttachType: z.number().int().optional() }),
});

export const DetachNetworkInterface = defineAction<WithRequestId>()({
  service,
  version,
  action: 'DetachNetworkInterface',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 100, source: 'not in the seeds; Tencent Cloud VPC API page tencentcloud.com/document/api/215/15816: 100/s' },
  params: (z) => z.strictObject(attachment(z)),
});

export const DeleteNetworkInterface = defineAction<WithRequestId>()({
  service,
  version,
  action: 'DeleteNetworkInterface',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 100, source: 'not in the seeds; Tencent Cloud VPC API page tencentcloud.com/document/api/215/15822: 100/s' },
  params: (z) => z.strictObject({ NetworkInterfaceId: z.string().min(1) }),
});

export const DescribeVpcTaskResult = defineAction<VpcTaskResult>()({
  service,
  version,
  action: 'DescribeVpcTaskResult',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 20, source: 'not in the seeds; Tencent Cloud VPC API page tencentcloud.com/document/api/215/41567: 20/s (api/related.md line 87)' },
  params: (z) => z.strictObject({ TaskId: z.string().min(1) }),
});
