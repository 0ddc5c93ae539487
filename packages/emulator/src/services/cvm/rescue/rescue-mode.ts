import { checkLoginPassword, cvm, PASSWORD_RULES, PASSWORD_SYMBOLS, stateAllows, TRANSITIONAL_STATES, type Instance, type InstanceState } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import type { Leg } from '../../../state/change-over-time/index.ts';
import type { InstanceRecord, InstanceTarget } from '../../../state/instance-record.ts';
import { handler } from '../../action-handler.ts';
import { refuseFailedReinstall, singleTarget, stateError } from '../instance-state-errors.ts';
import { isWindows } from '../key-pairs/key-pair-lookup.ts';
import { requireIdle, runOperation } from '../operation.ts';
import { CVM_TRANSITIONS } from '../transitions.ts';

// EnterRescueMode and ExitRescueMode (reference 17363–17594, 17599–17731). Entering: a RUNNING instance is shut down
// (StopType, the way StopInstances does) and boots the rescue system — ENTER_RESCUE_MODE, then RESCUE_MODE; a STOPPED
// one boots it at once. The rescue login's password follows the instance's OS (the LoginSettings rule) and is checked
// and forgotten, as ResetInstancesPassword's is. Exiting: EXIT_RESCUE_MODE, then STOPPED. The reference does not say
// where an instance lands after rescue (nor whether it boots again); the emulator leaves it STOPPED, powered off on its
// own system disk, for the user to start — the cautious choice: nothing boots what was just repaired unasked.

type RescueAction = 'EnterRescueMode' | 'ExitRescueMode';

/** The wrong states each action's error table names with its UnsupportedOperation.InstanceState* code. */
const DOCUMENTED_STATE_CODES: Record<RescueAction, readonly InstanceState[]> = {
  // 17570–17590
  EnterRescueMode: [
    'ENTER_RESCUE_MODE',
    'ENTER_SERVICE_LIVE_MIGRATE',
    'EXIT_RESCUE_MODE',
    'EXIT_SERVICE_LIVE_MIGRATE',
    'REBOOTING',
    'RESCUE_MODE',
    'SERVICE_LIVE_MIGRATE',
    'SHUTDOWN',
    'STOPPING',
    'TERMINATING',
  ],
  // 17719–17733
  ExitRescueMode: ['ENTER_RESCUE_MODE', 'EXIT_RESCUE_MODE', 'REBOOTING', 'RUNNING', 'SERVICE_LIVE_MIGRATE', 'SHUTDOWN', 'STOPPED', 'STOPPING'],
};

/**
 * Refuses an instance the action does not take, by @cvm/shared's table: with the state's own code where the action
 * documents it; otherwise, as the action's table says too, an instance still on its way somewhere (PENDING, STARTING)
 * is busy (OperationDenied.InstanceOperationInProgress) and one that never launched is not supported.
 */
function requireRescueState(record: InstanceRecord, action: RescueAction): void {
  const { InstanceId, InstanceState } = record.instance;
  if (stateAllows(action, InstanceState)) return;
  if (DOCUMENTED_STATE_CODES[action].includes(InstanceState)) throw stateError(InstanceId, InstanceState, action);
  if (TRANSITIONAL_STATES.includes(InstanceState)) {
    throw new CloudError('OperationDenied.InstanceOperationInProgress', `Instance \`${InstanceId}\` is ${InstanceState}; wait until it settles.`);
  }
  throw new CloudError('InvalidInstance.NotSupported', `${action} is not supported for instance \`${InstanceId}\` in state ${InstanceState}.`);
}

/** Powered off as a normal stop leaves it: a pay-as-you-go instance keeps charging (it was never stopped without). */
function stoppedNormally(instance: Instance): void {
  instance.StopChargingMode = instance.InstanceChargeType === 'POSTPAID_BY_HOUR' ? 'KEEP_CHARGING' : 'NOT_APPLICABLE';
}

export const enterRescueMode = handler(cvm.EnterRescueMode, (ctx, params) => {
  const record = singleTarget(ctx.world, ctx.region, params.InstanceId);
  const instance = record.instance;
  if (params.ForceStop !== undefined && params.StopType !== undefined) {
    // The SDK: ForceStop "不可以与参数StopType同时使用"; refused as StopInstances refuses the same pair (14742).
    throw new CloudError('InvalidParameterCombination', 'The parameters `ForceStop` and `StopType` cannot be specified together; use StopType.');
  }
  const platform = isWindows(instance) ? 'windows' : 'linux';
  if (!checkLoginPassword(params.Password, platform).ok) {
    const rule = PASSWORD_RULES[platform];
    throw new CloudError(
      'InvalidParameterValue.InvalidPassword',
      `\`Password\` does not meet the ${platform === 'windows' ? 'Windows' : 'Linux'} rule: ${rule.min}–${rule.max} characters, at least ${rule.classes} of lower case, upper case, digits and ${PASSWORD_SYMBOLS}.`,
    );
  }
  refuseFailedReinstall([record], 'EnterRescueMode');
  requireRescueState(record, 'EnterRescueMode');
  if (instance.InstanceState === 'STOPPED' && instance.StopChargingMode === 'STOP_CHARGING') {
    throw new CloudError('UnsupportedOperation.StoppedModeStopCharging', `Instance \`${instance.InstanceId}\` is stopped without charging; start it first.`);
  }
  requireIdle([record]);
  const hard = params.StopType === 'HARD' || params.ForceStop === true;
  // A running instance stays ENTER_RESCUE_MODE while it shuts down, then boots the rescue system.
  const legs: Leg<InstanceTarget>[] =
    instance.InstanceState === 'RUNNING'
      ? [{ to: 'ENTER_RESCUE_MODE', after: hard ? CVM_TRANSITIONS.hardStop : CVM_TRANSITIONS.stop }, { to: 'RESCUE_MODE' }]
      : [{ to: 'RESCUE_MODE' }];
  runOperation(ctx, record, CVM_TRANSITIONS.enterRescue, 'ENTER_RESCUE_MODE', legs);
  return {};
});

export const exitRescueMode = handler(cvm.ExitRescueMode, (ctx, params) => {
  const record = singleTarget(ctx.world, ctx.region, params.InstanceId);
  requireRescueState(record, 'ExitRescueMode');
  requireIdle([record]);
  runOperation(ctx, record, CVM_TRANSITIONS.exitRescue, 'EXIT_RESCUE_MODE', [{ to: 'STOPPED', onArrive: () => stoppedNormally(record.instance) }]);
  return {};
});
