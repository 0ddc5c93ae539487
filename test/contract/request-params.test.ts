import { describe, expect, it } from 'vitest';
// The model classes alone: the package's client entry also loads its HTTP stack, which the contract does not need.
import * as ecsSdk from '@alicloud/ecs20140526/dist/models/model';
import { catalog, type ActionSpec, type CatalogService, type Zod } from '@cvm/shared';
import { paramsSchema } from '@cvm/shared/params';
import { notCovered, optionalFieldsNotChecked, requestDifferences, type Difference } from './differences.ts';
import { compareRequest, type Counter, type Finding } from './request-contract.ts';
import { aliyunRequiredFields, loadDaraModels, loadTencentModels, sdkVersion, TENCENT_SDK_MODELS, type SdkModels } from './sdk-models.ts';
import { shapeOf } from './zod-shape.ts';

// The contract with the official SDKs, for request parameters: every catalog action's zod schema against the SDK's
// `<Action>Request` model (Tencent Cloud: the `*_models.d.ts` of tencentcloud-sdk-nodejs-cvm and tencentcloud-sdk-nodejs;
// Alibaba Cloud ECS: @alicloud/ecs20140526's model classes). A misspelt field, a wrong JSON type, a field the SDK does
// not have, a field the SDK declares that is not accepted (an SDK user's call would be refused as UnknownParameter), or
// a disagreement on what is required fails here, unless differences.ts lists it with its reason.
// Responses are checked at compile time (responses.ts).

/** The one place the test gets an action's schema. */
const schemaOf = (spec: ActionSpec): unknown => paramsSchema(spec);

const ECS_PACKAGE = '@alicloud/ecs20140526';

function ecsModels(): SdkModels {
  const requests = Object.keys(catalog.ecs).map((action) => `${action}Request`);
  const classes = requests.map((name) => (ecsSdk as unknown as Record<string, unknown>)[name]);
  const required = new Map<string, Set<string>>();
  return loadDaraModels(classes, (model, wireName) => {
    const file = requests.find((request) => model.startsWith(request))!;
    const key = `${file}/${model}`;
    if (!required.has(key)) required.set(key, aliyunRequiredFields(ECS_PACKAGE, file, model));
    return required.get(key)!.has(wireName.toLowerCase());
  });
}

const modelsOf: Record<Exclude<CatalogService, keyof typeof notCovered>, () => SdkModels> = {
  cvm: () => loadTencentModels('cvm'),
  vpc: () => loadTencentModels('vpc'),
  hai: () => loadTencentModels('hai'),
  batch: () => loadTencentModels('batch'),
  tag: () => loadTencentModels('tag'),
  monitor: () => loadTencentModels('monitor'),
  sts: () => loadTencentModels('sts'),
  ecs: ecsModels,
};

const services = Object.keys(catalog) as CatalogService[];
const covered = services.filter((service): service is keyof typeof modelsOf => !Object.hasOwn(notCovered, service));
const listed: Record<string, Difference> = requestDifferences;
const OPTIONAL_NOT_ACCEPTED = 'optional in the SDK, not accepted here';
const counter: Counter = { fields: 0 };

/** Every covered action's differences from the SDK, computed once (so each check below stands alone). */
const results = covered.map((service) => {
  const models = modelsOf[service]();
  const actions = (Object.entries(catalog[service]) as [string, ActionSpec][]).map(([action, spec]) => {
    const findings = compareRequest(shapeOf(schemaOf(spec)), `${action}Request`, models, counter);
    // A service listed in optionalFieldsNotChecked is held to every other difference, not to taking all the SDK's optional fields.
    const checked = Object.hasOwn(optionalFieldsNotChecked, service) ? findings.filter((finding) => finding.differs !== OPTIONAL_NOT_ACCEPTED) : findings;
    return { action, findings: checked.map((finding) => ({ key: `${service}.${action} ${finding.path}`, ...finding })) };
  });
  return { service, actions };
});
const found = new Map(results.flatMap(({ actions }) => actions.flatMap(({ findings }) => findings.map((f) => [f.key, f.differs] as const))));

describe.each(results)('$service request parameters against the official SDK', ({ service, actions }) => {
  it.each(actions)('$action', ({ action, findings }) => {
    const unlisted: Finding[] = findings.filter((finding) => listed[finding.key]?.differs !== finding.differs).map(({ path, differs }) => ({ path, differs }));
    expect(unlisted, `${service}.${action}: differences from the SDK not listed in test/contract/differences.ts`).toEqual([]);
  });
});

describe('the contract as a whole', () => {
  it('covers every catalog action of every service, but those listed as not covered', () => {
    const tested = covered.flatMap((service) => Object.keys(catalog[service]));
    const all = services.flatMap((service) => Object.keys(catalog[service]));
    const uncovered = services.filter((service) => !covered.includes(service as never)).flatMap((service) => Object.keys(catalog[service]).map((a) => `${service}.${a}`));
    expect(tested.length + uncovered.length).toBe(all.length);
    expect(uncovered.every((name) => Object.hasOwn(notCovered, name.split('.')[0]!))).toBe(true);
    // Printed once, so a run shows what the contract compared and against which SDK versions.
    console.info(
      `contract: ${tested.length} actions' parameters (${counter.fields} fields at every depth) against ` +
        `${Object.values(TENCENT_SDK_MODELS)
          .map((m) => m.pkg)
          .filter((p, i, a) => a.indexOf(p) === i)
          .map((p) => `${p}@${sdkVersion(p)}`)
          .join(', ')}, ${ECS_PACKAGE}@${sdkVersion(ECS_PACKAGE)}; ` +
        `not covered: ${uncovered.join(', ') || 'none'}`,
    );
  });

  it('lists no deliberate difference that is gone', () => {
    const stale = Object.entries(listed)
      .filter(([key, { differs }]) => found.get(key) !== differs)
      .map(([key]) => key);
    expect(stale, 'entries of requestDifferences that no longer differ: remove them').toEqual([]);
  });
});

describe('the comparison itself', () => {
  const cvm = loadTencentModels('cvm');
  const findingsFor = (action: string, params: (z: Zod) => unknown) =>
    compareRequest(shapeOf(schemaOf({ ...catalog.cvm[action as keyof typeof catalog.cvm], params } as unknown as ActionSpec)), `${action}Request`, cvm, { fields: 0 });

  it('names a misspelt field, a wrong type, a field it requires that the SDK does not, one the SDK requires, and one it declares', () => {
    const findings = findingsFor('StopInstances', (z) => z.strictObject({ InstanceIdz: z.array(z.string()), ForceStop: z.string().optional(), StopType: z.enum(['SOFT']) }));
    expect(findings).toEqual([
      { path: 'InstanceIdz', differs: "not in the SDK's StopInstancesRequest" },
      { path: 'ForceStop', differs: 'string here, boolean in the SDK' },
      { path: 'StopType', differs: 'required here, optional in the SDK' },
      { path: 'InstanceIds', differs: 'required by the SDK, not accepted here' },
      { path: 'StoppedMode', differs: 'optional in the SDK, not accepted here' },
    ]);
  });

  it('looks into arrays and nested structures', () => {
    const findings = findingsFor('DescribeInstances', (z) =>
      z.strictObject({ Filters: z.array(z.strictObject({ Namee: z.string(), Values: z.array(z.number()) })).optional(), Limit: z.string().optional() }),
    );
    expect(findings).toEqual([
      { path: 'Filters[].Namee', differs: "not in the SDK's Filter" },
      { path: 'Filters[].Values[]', differs: 'number here, string in the SDK' },
      { path: 'Filters[].Name', differs: 'required by the SDK, not accepted here' },
      { path: 'Limit', differs: 'string here, number in the SDK' },
      { path: 'InstanceIds', differs: 'optional in the SDK, not accepted here' },
      { path: 'Offset', differs: 'optional in the SDK, not accepted here' },
    ]);
  });
});
