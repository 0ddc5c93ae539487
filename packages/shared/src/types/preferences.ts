// What a person chooses once and expects to find again in any browser they sign in from: kept by the console's server
// per person (GET/PUT /api/console/preferences), never in one browser's storage.

/**
 * The instance list's columns a person can show, hide and order. The ID and name always come first and the row's
 * actions last: they are how a row is recognised and acted on, so they are not in this list. The same choice decides
 * what an export of the list holds.
 */
export const INSTANCE_COLUMN_IDS = [
  'state',
  'zone',
  'type',
  'cpuMemory',
  'ip',
  'privateIp',
  'publicIp',
  'ipv6',
  'chargeType',
  'created',
  'expires',
  'renewFlag',
  'os',
  'image',
  'vpc',
  'subnet',
  'securityGroups',
  'tags',
  'project',
  'bandwidth',
  'internetChargeType',
  'systemDisk',
  'dataDisks',
  'keyPairs',
  'gpu',
  'camRole',
  'terminationProtection',
  'latestOperation',
  'uuid',
  'cpu1h',
  'costHour',
] as const;
export type InstanceColumnId = (typeof INSTANCE_COLUMN_IDS)[number];

/** The list as it is shown to someone who has chosen nothing (and after "Reset"). */
export const DEFAULT_INSTANCE_COLUMNS: readonly InstanceColumnId[] = ['state', 'zone', 'type', 'cpuMemory', 'ip', 'chargeType', 'created'];

export function isInstanceColumnId(value: unknown): value is InstanceColumnId {
  return typeof value === 'string' && (INSTANCE_COLUMN_IDS as readonly string[]).includes(value);
}

/** Every preference a person can have; absent means "as the console shows it by default". */
export interface ConsolePreferences {
  /** The instance list's columns in the order shown, after ID / name. */
  instanceColumns?: InstanceColumnId[];
}

export type PreferenceName = keyof ConsolePreferences;
