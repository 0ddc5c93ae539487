import type { Role } from '@cvm/shared';

const RANK: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

/** Roles are ordered: an admin may do what an operator may, who may do what a viewer may. */
export function roleAllows(role: Role, least: Role): boolean {
  return RANK[role] >= RANK[least];
}
