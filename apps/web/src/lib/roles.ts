import { ROLE_ORDER, type Role } from '@cvm/shared';

/** True when `role` may do what `least` may (viewer < operator < admin); the server checks the same order. */
export function roleAllows(role: Role, least: Role): boolean {
  return ROLE_ORDER.indexOf(role) >= ROLE_ORDER.indexOf(least);
}
