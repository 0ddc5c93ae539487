import { ROLE_ORDER, type Role } from '@cvm/shared';

/** Roles are ordered: an admin may do what an operator may, who may do what a viewer may. */
export function roleAllows(role: Role, least: Role): boolean {
  return ROLE_ORDER.indexOf(role) >= ROLE_ORDER.indexOf(least);
}
