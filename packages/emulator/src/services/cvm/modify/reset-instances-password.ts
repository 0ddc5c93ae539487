import { RESET_PASSWORD_RULES, RESET_PASSWORD_SYMBOLS, checkResetPassword, cvm } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { handler } from '../../action-handler.ts';
import { batchTargets } from '../instance-state-errors.ts';
import { requireIdle } from '../operation.ts';
import { CVM_TRANSITIONS } from '../transitions.ts';
import { requireChangeableState, startChange } from './change-flow.ts';

// ResetInstancesPassword: one password for every named instance, under the reset rule (stricter than at purchase; a
// batch with any Windows instance follows the Windows rule). Stopped instances, or running ones with ForceStop (which
// stop, take the password and start again). The password is checked and forgotten: nothing keeps it.

export const resetInstancesPassword = handler(cvm.ResetInstancesPassword, (ctx, params) => {
  const records = batchTargets(ctx.world, ctx.region, params.InstanceIds);
  const userName = params.UserName ?? '';
  if (userName.length > 64) throw new CloudError('InvalidParameterValue.TooLong', '`UserName` is longer than 64 characters.');
  const windows = records.some((r) => r.instance.OsName.toLowerCase().includes('windows'));
  const platform = windows ? 'windows' : 'linux';
  const check = checkResetPassword(params.Password, platform, userName || (windows ? 'Administrator' : ''));
  if (!check.ok) {
    const rule = RESET_PASSWORD_RULES[platform];
    throw new CloudError(
      'InvalidParameterValue.InvalidPassword',
      `\`Password\` does not meet the ${windows ? 'Windows' : 'Linux'} rule: ${rule.min}–${rule.max} characters, not starting with "/", at least ${rule.classes} of lower case, upper case, digits and ${RESET_PASSWORD_SYMBOLS}${windows ? ', and not containing the user name' : ''}.`,
    );
  }
  for (const record of records) requireChangeableState(record, { action: 'ResetInstancesPassword', forceStop: params.ForceStop });
  requireIdle(records, { ctx, action: 'ResetInstancesPassword', params });
  for (const record of records) {
    startChange(ctx, record, { action: 'ResetInstancesPassword', transition: CVM_TRANSITIONS.passwordReset, forceStop: params.ForceStop, apply: () => {} });
  }
  return {};
});
