import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { ACCOUNT_HEADER, REGION_HEADER, REGION_ID_PATTERN, findAction, roleAllows, type ActionSpec } from '@cvm/shared';
import { paramsSchema } from '@cvm/shared/params';
import type { AccountRegistry } from '../accounts/account-registry.ts';
import type { AuditLog, AuditSettlement } from '../audit/audit-log.ts';
import { actorOf, signedIn } from '../auth/request-auth.ts';
import type { CloudAnswer } from '../cloud/cloud-answer.ts';
import { ConsoleError } from '../cloud/cloud-error.ts';
import { refuseUnusableInput, validateBody } from '../http/parse-body.ts';
import { accessNotes } from '../ops/access-log.ts';
import { checkStepUp, type StepUpPolicy } from '../auth/step-up.ts';

// POST /api/:service/:action — the console's only way to the cloud: a signed-in person, their CSRF token, the
// catalog allowlist, their role, the named account, validated parameters, then one signed call. The cloud's Response
// comes back unchanged: its bytes as they came, never parsed and written out again (cloud-answer.ts). Every mutation sent is written to the audit log before it goes and settled after, and every
// refusal for the role is written too; a body refused as invalid reached nothing and is answered with its field.

function regionOf(req: Request, required: boolean): string | undefined {
  const region = req.get(REGION_HEADER);
  if (!region) {
    if (required) throw new ConsoleError(400, 'MissingParameter', `The ${REGION_HEADER} header is required for this action.`, undefined, REGION_HEADER);
    return undefined;
  }
  if (!REGION_ID_PATTERN.test(region)) {
    throw new ConsoleError(400, 'InvalidParameterValue', `The ${REGION_HEADER} header \`${region}\` is not a region ID such as ap-guangzhou.`, undefined, REGION_HEADER);
  }
  return region;
}

const CLOUD_NAMES = { tencent: 'a Tencent Cloud', aliyun: 'an Alibaba Cloud' } as const;

function accountOf(req: Request): string {
  const account = req.get(ACCOUNT_HEADER);
  if (!account) throw new ConsoleError(400, 'MissingParameter', `The ${ACCOUNT_HEADER} header must name the cloud account to act in.`, undefined, ACCOUNT_HEADER);
  return account;
}

/**
 * A mutation with an idempotency token is sent with one, generated here when the caller gave none, so the client's
 * retries after a lost answer repeat the same request instead of buying twice.
 */
function withIdempotencyToken(spec: ActionSpec, params: Record<string, unknown>): Record<string, unknown> {
  const field = spec.idempotencyToken;
  if (!field || params[field] !== undefined) return params;
  return { ...params, [field]: randomUUID() };
}

/** How a sent mutation ended when the cloud did not answer with success. */
function settlementOf(error: unknown): AuditSettlement {
  if (!(error instanceof ConsoleError)) return { outcome: 'unknown', errorCode: 'InternalError', errorMessage: 'The console failed while the call was under way.' };
  // A dry run that would have succeeded is answered with an error code, but it is a passed check, not a failure.
  const outcome = error.code === 'DryRunOperation' ? 'success' : error.details.mayHaveHappened ? 'unknown' : 'failure';
  return { outcome, errorCode: error.code, errorMessage: error.message, requestId: error.requestId ?? null };
}

/** The handler of POST /api/:service/:action (app.ts mounts it, after requireCsrf). */
export function actionHandler({ accounts, audit, stepUp }: { accounts: AccountRegistry; audit: AuditLog; stepUp: StepUpPolicy }): RequestHandler {
  return async (req, res) => {
    const { user } = signedIn(res).session;
    const service = String(req.params.service);
    const action = String(req.params.action);
    const spec: ActionSpec | undefined = findAction(service, action);
    if (!spec) {
      throw new ConsoleError(404, 'UnknownAction', `The action ${service}.${action} is not in the console's catalog, so the console will not sign it.`);
    }
    if (spec.serverOnly) {
      throw new ConsoleError(403, 'ServerOnlyAction', `${service}.${action} answers with keys: the console's server calls it for itself and relays it to no one.`);
    }
    const accountId = accountOf(req);
    const region = regionOf(req, spec.regional);
    const entry = {
      actor: actorOf(req, res),
      category: 'cloud' as const,
      action: `${spec.service}.${spec.action}`,
      accountId,
      region: region ?? null,
    };
    // Hostile text and nesting are refused before anything else reads the body, the audit log included.
    refuseUnusableInput(req.body);
    if (!roleAllows(user.role, spec.minRole)) {
      await audit.record({ ...entry, outcome: 'denied', params: req.body, errorCode: 'Forbidden' });
      throw new ConsoleError(403, 'Forbidden', `${spec.action} needs the ${spec.minRole} role; you are signed in as ${user.role}.`);
    }
    const params = withIdempotencyToken(spec, validateBody(paramsSchema(spec), req.body) as Record<string, unknown>);
    if (spec.stepUp) {
      try {
        await checkStepUp(stepUp, res, spec.action);
      } catch (error) {
        await audit.record({ ...entry, outcome: 'denied', params, errorCode: 'StepUpRequired' });
        throw error;
      }
    }
    const { account, client } = await accounts.clientFor(accountId);
    if (account.cloud !== spec.cloud) {
      throw new ConsoleError(
        400,
        'CloudMismatch',
        `${spec.service}.${spec.action} is ${CLOUD_NAMES[spec.cloud]} action, and the account ${account.name} is ${CLOUD_NAMES[account.cloud]} account; switch accounts to call it.`,
        undefined,
        ACCOUNT_HEADER,
      );
    }
    // Fail closed: a mutation's entry is written before the call; when it cannot be, the call is never sent.
    const intent = spec.kind === 'mutate' ? await audit.begin({ ...entry, params }) : undefined;
    let response: CloudAnswer;
    try {
      response = await client.call({
        service: spec.service,
        version: spec.version,
        action: spec.action,
        region,
        params,
        idempotent: spec.kind === 'read' || spec.idempotencyToken !== undefined,
        mutates: spec.kind === 'mutate',
        rateLimit: spec.rateLimit.perSecond,
        shareForMs: spec.shareSeconds === undefined ? undefined : spec.shareSeconds * 1000,
        language: req.get('Accept-Language')?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US',
      });
    } catch (error) {
      if (error instanceof ConsoleError && error.requestId) accessNotes(res).cloudRequestId = error.requestId;
      if (intent) await audit.settle(intent, settlementOf(error));
      throw error;
    }
    accessNotes(res).cloudRequestId = response.requestId;
    if (intent) {
      // Instances a call created are what its entry is about, though no parameter named them.
      const { InstanceIdSet } = response.body;
      const created = Array.isArray(InstanceIdSet) ? (InstanceIdSet as string[]) : [];
      await audit.settle(intent, { outcome: 'success', targets: created, requestId: response.requestId });
    }
    // Instance data (addresses, key IDs) is the account's business: no cache on the way may keep it.
    // Written as it is (no res.send: nothing to negotiate, no ETag for a no-store answer).
    // A shared answer says how old it is (HTTP Age, whole seconds), so a quote can be shown with the time it was given.
    const bytes = response.bytes;
    const age = Math.floor((Date.now() - response.receivedAt) / 1000);
    res
      .writeHead(200, { 'Cache-Control': 'no-store', 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': bytes.length, ...(age > 0 ? { Age: age } : {}) })
      .end(bytes);
  };
}
