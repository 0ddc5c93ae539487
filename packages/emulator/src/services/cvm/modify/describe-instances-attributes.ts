import { cvm } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { handler } from '../../action-handler.ts';
import { batchTargets } from '../instance-state-errors.ts';

// DescribeInstancesAttributes (reference 20166): the attributes DescribeInstances does not show — UserData, the only
// one the reference lists — as the instance's last RunInstances, ModifyInstancesAttribute or ResetInstance set it (an
// instance given none answers an empty string). Unknown IDs and malformed ones are refused as a batch is.

const ATTRIBUTES = ['UserData'] as const;

export const describeInstancesAttributes = handler(cvm.DescribeInstancesAttributes, (ctx, params) => {
  const unknown = params.Attributes.find((name) => !(ATTRIBUTES as readonly string[]).includes(name));
  if (unknown !== undefined) {
    throw new CloudError('InvalidParameterValue', `\`Attributes\` names \`${unknown}\`; the attributes are: ${ATTRIBUTES.join(', ')}.`);
  }
  const records = batchTargets(ctx.world, ctx.region, params.InstanceIds);
  return {
    InstanceSet: records.map((record) => ({ InstanceId: record.instance.InstanceId, Attributes: { UserData: record.userData ?? '' } })),
  };
});
