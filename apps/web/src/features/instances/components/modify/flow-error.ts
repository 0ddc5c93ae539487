import { ConsoleError } from '../../../../api/console-error.ts';
import type { Messages } from '../../../../i18n/en.ts';
import { DidNotStopError } from '../../api/change-flow.ts';
import type { ModifyMessages } from './messages.ts';

/**
 * A change's failure as the dialog shows it: the cloud's own errors as they came (code, message, RequestId); the
 * console's "the instance did not stop" in words, with nothing changed.
 */
export function flowError(error: unknown, m: ModifyMessages, t: Messages): unknown {
  if (!(error instanceof DidNotStopError)) return error;
  const state = error.state ? (Object.hasOwn(t.states, error.state) ? t.states[error.state] : error.state) : m.notFound;
  return new ConsoleError({ code: 'InstanceDidNotStop', message: m.didNotStop(state) }, 0);
}
