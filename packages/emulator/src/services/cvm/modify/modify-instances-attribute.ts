import { INSTANCE_RENAME_MAX_LENGTH, cvm, hostNameProblem, type Instance } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { handler } from '../../action-handler.ts';
import { SECURITY_GROUP_ID } from '../id-formats.ts';
import { batchTargets, requireActionState } from '../instance-state-errors.ts';
import { beginOperation, requireIdle, runOperation } from '../operation.ts';
import { CVM_TRANSITIONS } from '../transitions.ts';
import { timerStatus } from '../action-timers/timers.ts';
import { requireJumboFrames } from '../jumbo-frames.ts';
import { checkUserData } from '../user-data.ts';

// ModifyInstancesAttribute: exactly one attribute per call, for every named instance. Names (≤ 60 characters) and
// termination protection change at once; security groups replace the old list (≤ 5); a host name reboots a running
// instance unless AutoReboot is false. Jumbo frames (EnableJumboFrame) only on types that have them, and a running
// instance reboots for them: with AutoReboot false it is UnsupportedOperation.InstancesEnableJumboWithoutReboot
// ("不支持不重启情况下修改Jumbo Frame状态", reference 15994); a stopped one, or one already so, changes at once.

const ATTRIBUTES = ['InstanceName', 'UserData', 'SecurityGroups', 'CamRoleName', 'HostName', 'DisableApiTermination', 'EnableJumboFrame'] as const;
const MAX_SECURITY_GROUPS = cvm.MAX_INSTANCE_SECURITY_GROUPS;

export const modifyInstancesAttribute = handler(cvm.ModifyInstancesAttribute, (ctx, params) => {
  const records = batchTargets(ctx.world, ctx.region, params.InstanceIds, { destroyedCode: 'UnsupportedOperation.InstanceStateTerminated' });
  const given = ATTRIBUTES.filter((name) => params[name] !== undefined);
  if (given.length !== 1) {
    throw new CloudError(
      given.length ? 'InvalidParameterCombination' : 'MissingParameter',
      given.length ? `Change one attribute per call; this call names ${given.join(', ')}.` : `Name the attribute to change: one of ${ATTRIBUTES.join(', ')}.`,
    );
  }
  requireActionState(records, 'ModifyInstancesAttribute');
  requireIdle(records);

  let change: (instance: Instance) => void = () => {};
  switch (given[0]) {
    case 'InstanceName': {
      const name = params.InstanceName!;
      if (name.length > INSTANCE_RENAME_MAX_LENGTH)
        throw new CloudError('InvalidInstanceName.TooLong', `\`InstanceName\` is ${name.length} characters; at most ${INSTANCE_RENAME_MAX_LENGTH} are allowed.`);
      if (!name.trim()) throw new CloudError('InvalidParameterValue', '`InstanceName` cannot be empty.');
      change = (instance) => {
        instance.InstanceName = name;
      };
      break;
    }
    case 'SecurityGroups': {
      const groups = params.SecurityGroups!;
      if (groups.length > MAX_SECURITY_GROUPS)
        throw new CloudError(
          'LimitExceeded.AssociateUSGLimitExceeded',
          `An instance takes at most ${MAX_SECURITY_GROUPS} security groups; \`SecurityGroups\` names ${groups.length}.`,
        );
      if (!groups.length) throw new CloudError('InvalidParameterValue', '`SecurityGroups` must name at least one security group.');
      for (const id of groups) {
        if (!SECURITY_GROUP_ID.test(id)) throw new CloudError('InvalidParameterValue', `The security group ID \`${id}\` in \`SecurityGroups\` is malformed.`);
        if (!ctx.region.network.securityGroups.some((sg) => sg.SecurityGroupId === id))
          throw new CloudError('InvalidSecurityGroupId.NotFound', `The security group \`${id}\` does not exist in ${ctx.region.seed.region}.`);
      }
      change = (instance) => {
        instance.SecurityGroupIds = [...new Set(groups)];
      };
      break;
    }
    case 'DisableApiTermination': {
      const value = params.DisableApiTermination!;
      // Protection against termination is refused to an instance whose termination is already set for later: "不支持已经
      // 设置了释放时间的实例，请…撤销实例定时销毁后" (UnsupportedOperation.InvalidInstanceNotSupportedProtectedInstance, 15996).
      if (value) {
        ctx.world.changes.settle();
        const timed = [...ctx.region.actionTimers.values()].find(
          (timer) => timerStatus(timer) === 'UNDO' && timer.TimerAction === 'TerminateInstances' && records.some((r) => r.instance.InstanceId === timer.InstanceId),
        );
        if (timed) {
          throw new CloudError(
            'UnsupportedOperation.InvalidInstanceNotSupportedProtectedInstance',
            `Instance \`${timed.InstanceId}\` is set to be terminated by the action timer \`${timed.ActionTimerId}\`; delete the timer before protecting it.`,
          );
        }
      }
      change = (instance) => {
        instance.DisableApiTermination = value;
      };
      break;
    }
    case 'CamRoleName': {
      const role = params.CamRoleName!;
      if (role !== '' && !/^[A-Za-z0-9_+=,.@-]{1,128}$/.test(role)) throw new CloudError('InvalidParameterValue.CamRoleNameMalformed', `\`CamRoleName\` \`${role}\` is malformed.`);
      change = (instance) => {
        instance.CamRoleName = role;
      };
      break;
    }
    case 'EnableJumboFrame': {
      const enable = params.EnableJumboFrame!;
      for (const { instance } of records) requireJumboFrames(instance.InstanceType, `Instance \`${instance.InstanceId}\``);
      const rebooting = records.filter((r) => r.instance.InstanceState === 'RUNNING' && (r.instance.EnableJumboFrame ?? false) !== enable);
      if (rebooting.length && params.AutoReboot === false) {
        throw new CloudError(
          'UnsupportedOperation.InstancesEnableJumboWithoutReboot',
          `Instance \`${rebooting[0]!.instance.InstanceId}\` is running: jumbo frames change only with a reboot; leave AutoReboot out or true, or stop it first.`,
        );
      }
      for (const { instance } of records) instance.EnableJumboFrame = enable;
      for (const record of rebooting) {
        runOperation(ctx, record, CVM_TRANSITIONS.hostNameReboot, 'REBOOTING', [{ to: 'RUNNING', after: CVM_TRANSITIONS.reboot }]);
      }
      for (const record of records.filter((r) => !rebooting.includes(r))) {
        beginOperation(ctx, record, 'ModifyInstancesAttribute');
        record.instance.LatestOperationState = 'SUCCESS';
      }
      return {};
    }
    case 'UserData': {
      checkUserData(params.UserData);
      const userData = params.UserData!;
      for (const record of records) record.userData = userData;
      break;
    }
    case 'HostName': {
      const hostName = params.HostName!;
      for (const { instance } of records) {
        if (hostNameProblem(hostName, instance.OsName.toLowerCase().includes('windows'))) {
          throw new CloudError('InvalidParameterValue.IllegalHostName', `\`HostName\` \`${hostName}\` is not a valid host name for \`${instance.InstanceId}\`.`);
        }
      }
      for (const { instance } of records) instance.HostName = hostName;
      // A new host name takes effect by rebooting a running instance, unless the caller reboots it later.
      if (params.AutoReboot !== false) {
        for (const record of records.filter((r) => r.instance.InstanceState === 'RUNNING')) {
          runOperation(ctx, record, CVM_TRANSITIONS.hostNameReboot, 'REBOOTING', [{ to: 'RUNNING', after: CVM_TRANSITIONS.reboot }]);
        }
        for (const record of records.filter((r) => r.instance.InstanceState !== 'REBOOTING')) {
          beginOperation(ctx, record, 'ModifyInstancesAttribute');
          record.instance.LatestOperationState = 'SUCCESS';
        }
        return {};
      }
      break;
    }
  }
  for (const record of records) {
    beginOperation(ctx, record, 'ModifyInstancesAttribute');
    change(record.instance);
    record.instance.LatestOperationState = 'SUCCESS';
  }
  return {};
});
