import type { ActionSpec, CloudErrorDetail, ParamsOf, ResponseOf, WithRequestId } from '@cvm/shared';
import type { CloudScope } from './cloud-scope.ts';
import { ConsoleError } from './console-error.ts';
import { requestJson } from './http.ts';

/**
 * Calls one cloud action through the console's server: POST /api/<service>/<Action> with the
 * action's parameters spelled as the cloud spells them, in the given account and region. Params and
 * result are typed from the shared catalog, so a misspelt parameter fails typecheck rather than at
 * the cloud. `spec` is the catalog entry itself (`cvm.StopInstances`): @cvm/shared's entries load no zod, so the
 * browser imports them as values.
 */
export async function callAction<S extends ActionSpec>(
  spec: S,
  params: ParamsOf<S>,
  scope: CloudScope,
  signal?: AbortSignal,
  language?: string,
): Promise<ResponseOf<S> & WithRequestId> {
  const body = await requestJson(`/api/${spec.service}/${spec.action}`, {
    method: 'POST',
    body: params,
    region: scope.region,
    account: scope.account,
    signal,
    language,
  });

  // The server unwraps the cloud's envelope; should a raw {Error} ever get through, still treat it as a failure.
  const maybeError = (body as { Error?: CloudErrorDetail; RequestId?: string }).Error;
  if (maybeError && typeof maybeError.Code === 'string') {
    const requestId = (body as { RequestId?: string }).RequestId;
    throw new ConsoleError({ code: maybeError.Code, message: maybeError.Message, ...(requestId ? { requestId } : {}) }, 200);
  }
  return body as ResponseOf<S> & WithRequestId;
}
