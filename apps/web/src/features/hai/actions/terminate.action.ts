import { hai } from '@cvm/shared';
import { callAction } from '../../../api/call-action.ts';
import { haiLifecycleAction } from './hai-action.ts';

/** TerminateInstances: any settled instance is destroyed; drawn in red. */
export default haiLifecycleAction({
  id: 'terminate',
  order: 3,
  spec: hai.TerminateInstances,
  danger: true,
  send: (scope, id) => callAction(hai.TerminateInstances, { InstanceIds: [id] }, scope),
  stateAfter: 'TERMINATING',
  allowedIn: ['RUNNING', 'STOPPED_NO_CHARGE', 'LAUNCH_FAILED', 'ARREARS'],
  refused: (words, state) => words.actions.terminateBusy(state),
});
