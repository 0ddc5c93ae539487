import { hai } from '@cvm/shared';
import { callAction } from '../../../api/call-action.ts';
import { haiLifecycleAction } from './hai-action.ts';

/** StartInstance: a stopped (not billed) instance starts again. */
export default haiLifecycleAction({
  id: 'start',
  order: 1,
  spec: hai.StartInstance,
  send: (scope, id) => callAction(hai.StartInstance, { InstanceId: id }, scope),
  stateAfter: 'STARTING',
  allowedIn: ['STOPPED_NO_CHARGE'],
  refused: (words, state) => words.actions.startNeedsStopped(state),
});
