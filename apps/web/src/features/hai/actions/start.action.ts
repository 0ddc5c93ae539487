import { HaiStartInstance } from '../../../api/actions.ts';
import { callAction } from '../../../api/call-action.ts';
import { haiLifecycleAction } from './hai-action.ts';

/** StartInstance: a stopped (not billed) instance starts again. */
export default haiLifecycleAction({
  id: 'start',
  order: 1,
  spec: HaiStartInstance,
  send: (scope, id) => callAction(HaiStartInstance, { InstanceId: id }, scope),
  stateAfter: 'STARTING',
  allowedIn: ['STOPPED_NO_CHARGE'],
  refused: (words, state) => words.actions.startNeedsStopped(state),
});
