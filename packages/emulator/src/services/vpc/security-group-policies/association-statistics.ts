import { vpc, type SecurityGroupAssociationStatistics } from '@cvm/shared';
import { handler } from '../../action-handler.ts';
import { currentInterfaces } from '../eni/eni-lookup.ts';
import { findGroup } from './rule-book.ts';

// DescribeSecurityGroupAssociationStatistics: what uses each group, so a console can say what a rule change reaches.
// CVM counts the region's instances bound to the group, ENI the elastic network interfaces, SG the other groups whose
// rules name it (a group naming itself is not a use of it by another). The emulated account has no databases or load
// balancers: CDB and CLB are 0. InstanceStatistics lists the kinds that are used, and TotalCount is everything but SG
// ("所有资源的总计数（不包含被安全组引用数）"). Each group is answered once, in the order first asked.

export const describeSecurityGroupAssociationStatistics = handler(vpc.DescribeSecurityGroupAssociationStatistics, (ctx, params) => {
  const groups = [...new Set(params.SecurityGroupIds)].map((id, i) => findGroup(ctx, id, `SecurityGroupIds.${i}`).SecurityGroupId);
  const instances = ctx.world.listInstances(ctx.region);
  const interfaces = currentInterfaces(ctx.world, ctx.region);
  const book = ctx.region.network.securityGroupRules;
  const set = groups.map((id): SecurityGroupAssociationStatistics => {
    const cvm = instances.filter((record) => record.instance.SecurityGroupIds.includes(id)).length;
    const eni = interfaces.filter((eni) => eni.GroupSet.includes(id)).length;
    const sg = [...book].filter(([other, rules]) => other !== id && [...rules.Ingress, ...rules.Egress].some((policy) => policy.SecurityGroupId === id)).length;
    const used = [
      { InstanceType: 'CVM', InstanceCount: cvm },
      { InstanceType: 'ENI', InstanceCount: eni },
    ].filter((kind) => kind.InstanceCount > 0);
    return { SecurityGroupId: id, CVM: cvm, CDB: 0, ENI: eni, SG: sg, CLB: 0, InstanceStatistics: used, TotalCount: cvm + eni };
  });
  return { SecurityGroupAssociationStatisticsSet: set };
});
