import { describe, expect, it } from 'vitest';
import { INSTANCE_ACTION_STATES, instanceStateErrorCode, stateAllows } from './instance-action-states.ts';
import { INSTANCE_STATES } from '../types/instance.ts';

describe('the action-by-state table', () => {
  it('names only states the cloud has', () => {
    for (const states of Object.values(INSTANCE_ACTION_STATES)) for (const state of states) expect(INSTANCE_STATES).toContain(state);
  });

  it('starts only stopped instances, stops and reboots only running ones, never terminates one that failed to launch', () => {
    expect(INSTANCE_STATES.filter((state) => stateAllows('StartInstances', state))).toEqual(['STOPPED']);
    expect(INSTANCE_STATES.filter((state) => stateAllows('StopInstances', state))).toEqual(['RUNNING']);
    expect(stateAllows('TerminateInstances', 'LAUNCH_FAILED')).toBe(false);
    expect(stateAllows('ModifyInstancesAttribute', 'LAUNCH_FAILED')).toBe(true);
  });

  it('enters rescue mode from running or stopped, and exits it only from rescue mode', () => {
    expect(INSTANCE_STATES.filter((state) => stateAllows('EnterRescueMode', state))).toEqual(['RUNNING', 'STOPPED']);
    expect(INSTANCE_STATES.filter((state) => stateAllows('ExitRescueMode', state))).toEqual(['RESCUE_MODE']);
  });

  it('spells the refusal as the cloud does', () => {
    expect(instanceStateErrorCode('RUNNING')).toBe('UnsupportedOperation.InstanceStateRunning');
    expect(instanceStateErrorCode('LAUNCH_FAILED')).toBe('UnsupportedOperation.InstanceStateLaunchFailed');
    expect(instanceStateErrorCode('SERVICE_LIVE_MIGRATE')).toBe('UnsupportedOperation.InstanceStateServiceLiveMigrate');
  });
});
