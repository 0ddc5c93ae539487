import { fileURLToPath } from 'node:url';

// The people the browser tests sign in as. The server's database is fresh for every run (DATA_DIR=:memory:): the
// setup project creates them (first-run.setup.ts) and saves each one's signed-in browser state for the other tests.

export interface Person {
  username: string;
  displayName: string;
  password: string;
  role: 'admin' | 'operator' | 'viewer';
}

export const SETUP_TOKEN = 'e2e-setup-token-0123456789';

export const ADMIN: Person = { username: 'ada', displayName: 'Ada Admin', password: 'Correct-Horse-Battery-9', role: 'admin' };
export const OPERATOR: Person = { username: 'olga', displayName: 'Olga Operator', password: 'Stop-Start-Reboot-42', role: 'operator' };
export const VIEWER: Person = { username: 'victor', displayName: 'Victor Viewer', password: 'Look-But-Do-Not-Touch-7', role: 'viewer' };

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Where a person's signed-in storage state (the session cookie) is kept between the setup project and the tests. */
export function storageStateOf(person: Person): string {
  return `${root}test-results/.auth/${person.role}.json`;
}

/** A state with no session: for tests that sign in themselves (and may sign out without ending a shared session). */
export const SIGNED_OUT = { cookies: [], origins: [] };
