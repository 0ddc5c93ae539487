// The emulated account's CAM roles that STS AssumeRole can take on (sts 2018-08-13). A role is named in a RoleArn by
// its ID (qcs::cam::uin/<uin>:role/<roleId>) or its name (qcs::cam::uin/<uin>:roleName/<name>), as the SDK model's
// examples write them.

export interface EmulatedRole {
  roleId: string;
  roleName: string;
  description: string;
}

export const SEED_ROLES: readonly EmulatedRole[] = [
  { roleId: '4611686018427397919', roleName: 'cvm-console-operator', description: 'What the CVM console needs to run and change instances' },
  { roleId: '4611686018427397920', roleName: 'cvm-console-readonly', description: 'What the CVM console needs to look' },
];
