import { hai } from '@cvm/shared';
import { callAction } from '../../../api/call-action.ts';
import { haiLifecycleAction } from './hai-action.ts';

/** StopInstance: a running instance stops, and stops being billed (StopMode STOP_CHARGE). */
export default haiLifecycleAction({
  id: 'stop',
  order: 2,
  spec: hai.StopInstance,
  send: (scope, id) => callAction(hai.StopInstance, { InstanceId: id, StopMode: 'STOP_CHARGE' }, scope),
  stateAfter: 'STOPPING',
  allowedIn: ['RUNNING'],
  refused: (words, state) => words.actions.stopNeedsRunning(state),
});
