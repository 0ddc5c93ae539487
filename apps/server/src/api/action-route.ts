import { Router, type Request } from 'express';
import { CONSOLE_CLIENT_HEADER, REGION_HEADER, REGION_ID_PATTERN, findAction, issueField } from '@cvm/shared';
import type { CloudClient } from '../cloud/cloud-client.ts';
import { ConsoleError } from '../cloud/cloud-error.ts';

// POST /api/:service/:action — the console's only way to the cloud: catalog allowlist, parameter validation,
// then one signed call. The cloud's Response comes back unchanged.

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

export function actionRouter(cloud: CloudClient): Router {
  const router = Router();
  router.post('/api/:service/:action', async (req, res) => {
    // A custom header cannot be sent cross-site without a CORS preflight, which this server never grants.
    if (req.get(CONSOLE_CLIENT_HEADER) !== '1') {
      throw new ConsoleError(403, 'CsrfCheckFailed', `Requests to the API must carry the ${CONSOLE_CLIENT_HEADER} header.`);
    }
    const service = String(req.params.service);
    const action = String(req.params.action);
    const spec = findAction(service, action);
    if (!spec) {
      throw new ConsoleError(404, 'UnknownAction', `The action ${service}.${action} is not in the console's catalog, so the console will not sign it.`);
    }
    const region = regionOf(req, spec.regional);
    const parsed = spec.params.safeParse(req.body ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issueField(issue) || '(body)';
      throw new ConsoleError(400, 'InvalidParameter', `${field}: ${issue.message}`, undefined, field);
    }
    const response = await cloud.call({
      service: spec.service,
      version: spec.version,
      action: spec.action,
      region,
      params: parsed.data as object,
      idempotent: spec.kind === 'read' || (typeof parsed.data === 'object' && parsed.data !== null && 'ClientToken' in parsed.data),
      language: req.get('Accept-Language')?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US',
    });
    // Instance data (addresses, key IDs) is the account's business: no cache on the way may keep it.
    res.set('Cache-Control', 'no-store').json(response);
  });
  return router;
}
