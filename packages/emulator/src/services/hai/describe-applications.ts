import { hai } from '@cvm/shared';
import { CloudError } from '../../http/cloud-error.ts';
import { handler } from '../action-handler.ts';
import { compileFilters, paginate, type FilterDefinition } from '../filters.ts';
import { HAI_APPLICATIONS, applicationInfo, type SeedApplication } from './applications.ts';
import { assertApplicationId, assertNoDuplicates, assertSceneId } from './ids.ts';

// DescribeApplications: ApplicationIds or Filters (not both), sorted by CREATED_TIME (default) or
// APPLICATION_SIZE, DESC (default) or ASC, paged with Offset/Limit (default 20). The catalogue holds public
// applications only; the account has made no private ones.

const APPLICATION_TYPES = ['PUBLIC_APPLICATION', 'PRIVATE_APPLICATION', 'COMMUNITY_APPLICATION'];

const FILTERS: Record<string, FilterDefinition<SeedApplication>> = {
  'application-id': { match: (app, values) => values.includes(app.id), validate: (value, name) => assertApplicationId(value, `Filters.${name}`) },
  'scene-id': { match: (app, values) => values.includes(app.sceneId), validate: (value, name) => assertSceneId(value, `Filters.${name}`) },
  'application-name': { match: (app, values) => values.some((value) => app.name.toLowerCase().includes(value.toLowerCase())) },
  'application-type': {
    match: (_app, values) => values.includes('PUBLIC_APPLICATION'),
    validate: (value) => {
      if (!APPLICATION_TYPES.includes(value)) {
        throw new CloudError('InvalidParameterValue.InvalidApplicationType', `\`application-type\` \`${value}\` is not one of ${APPLICATION_TYPES.join(', ')}.`);
      }
    },
  },
};

const ORDER_FIELDS: Record<string, (app: SeedApplication) => string | number> = {
  CREATED_TIME: (app) => app.createTime,
  APPLICATION_SIZE: (app) => app.size,
};

export const describeHaiApplications = handler(hai.DescribeApplications, (ctx, params) => {
  if (params.ApplicationIds?.length && params.Filters?.length) {
    throw new CloudError('InvalidParameter.AtMostOne', '`ApplicationIds` and `Filters` cannot be given together.');
  }
  for (const id of params.ApplicationIds ?? []) assertApplicationId(id, 'ApplicationIds');
  assertNoDuplicates(params.ApplicationIds ?? [], 'ApplicationIds');
  const orderField = params.OrderField ?? 'CREATED_TIME';
  const key = Object.hasOwn(ORDER_FIELDS, orderField) ? ORDER_FIELDS[orderField] : undefined;
  if (!key) throw new CloudError('InvalidParameterValue.InvalidOrderField', `\`OrderField\` \`${orderField}\` is not CREATED_TIME or APPLICATION_SIZE.`);
  const order = params.Order ?? 'DESC';
  if (order !== 'ASC' && order !== 'DESC') throw new CloudError('InvalidParameterValue.InvalidOrder', `\`Order\` \`${order}\` is not ASC or DESC.`);

  const matches = compileFilters(params.Filters, FILTERS, 'InvalidParameterValue');
  const wanted = params.ApplicationIds?.length ? new Set(params.ApplicationIds) : undefined;
  const direction = order === 'ASC' ? 1 : -1;
  const apps = HAI_APPLICATIONS.filter((app) => (!wanted || wanted.has(app.id)) && matches(app)).sort((a, b) =>
    key(a) < key(b) ? -direction : key(a) > key(b) ? direction : a.id < b.id ? -1 : 1,
  );
  return {
    TotalCount: apps.length,
    ApplicationSet: paginate(apps, params.Offset, params.Limit).map((app) => applicationInfo(app, ctx.language)),
  };
});
