import { Router } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { INSTANCE_COLUMN_IDS, type ConsolePreferences, type PreferenceName } from '@cvm/shared';
import { requireCsrf, signedIn } from '../auth/request-auth.ts';
import { ConsoleError } from '../cloud/cloud-error.ts';
import type { Database } from '../db/schema.ts';
import { parseBody } from '../http/parse-body.ts';
import type { Clock } from '../time/clock.ts';

// Each person's own preferences: anyone signed in reads and writes theirs, nobody else's. Not audited: they change
// what one person sees, not what anyone can do.
//   GET    /api/console/preferences         → ConsolePreferences (only what was chosen)
//   PUT    /api/console/preferences/:name   {value} → {value}
//   DELETE /api/console/preferences/:name   → 204, back to the console's default

const noDuplicates = (values: readonly string[]) => new Set(values).size === values.length;

/** What each preference may hold. A stored value a newer console no longer accepts is read as unset. */
const PREFERENCE_SCHEMAS = {
  instanceColumns: z
    .array(z.enum(INSTANCE_COLUMN_IDS))
    .min(1, { message: 'choose at least one column' })
    .max(INSTANCE_COLUMN_IDS.length, { message: `there are only ${INSTANCE_COLUMN_IDS.length} columns` })
    .refine(noDuplicates, { message: 'lists a column more than once' }),
} satisfies { [K in PreferenceName]-?: z.ZodType<NonNullable<ConsolePreferences[K]>> };

function preferenceNamed(name: string): PreferenceName {
  if (!Object.hasOwn(PREFERENCE_SCHEMAS, name)) {
    throw new ConsoleError(404, 'UnknownPreference', `There is no preference called ${name}; there are: ${Object.keys(PREFERENCE_SCHEMAS).join(', ')}.`);
  }
  return name as PreferenceName;
}

/** One person's preferences as stored; a value this console no longer accepts is left out (read as unset). */
export async function readPreferences(db: Kysely<Database>, userId: string): Promise<ConsolePreferences> {
  const rows = await db.selectFrom('user_preferences').select(['name', 'value']).where('user_id', '=', userId).execute();
  const preferences: Record<string, unknown> = {};
  for (const { name, value } of rows) {
    if (!Object.hasOwn(PREFERENCE_SCHEMAS, name)) continue;
    const parsed = PREFERENCE_SCHEMAS[name as PreferenceName].safeParse(value);
    if (parsed.success) preferences[name] = parsed.data;
  }
  return preferences;
}

export function preferenceRouter({ db, clock }: { db: Kysely<Database>; clock: Clock }): Router {
  const router = Router();

  router.get('/api/console/preferences', async (_req, res) => {
    const { user } = signedIn(res).session;
    res.set('Cache-Control', 'no-store').json(await readPreferences(db, user.id));
  });

  router.put('/api/console/preferences/:name', requireCsrf, async (req, res) => {
    const { user } = signedIn(res).session;
    const name = preferenceNamed(String(req.params.name));
    const { value } = parseBody(z.strictObject({ value: PREFERENCE_SCHEMAS[name] }), req.body);
    const json = JSON.stringify(value);
    const now = new Date(clock.now());
    await db
      .insertInto('user_preferences')
      .values({ user_id: user.id, name, value: json, updated_at: now })
      .onConflict((conflict) => conflict.columns(['user_id', 'name']).doUpdateSet({ value: json, updated_at: now }))
      .execute();
    res.set('Cache-Control', 'no-store').json({ value });
  });

  router.delete('/api/console/preferences/:name', requireCsrf, async (req, res) => {
    const { user } = signedIn(res).session;
    const name = preferenceNamed(String(req.params.name));
    await db.deleteFrom('user_preferences').where('user_id', '=', user.id).where('name', '=', name).execute();
    res.status(204).end();
  });

  return router;
}
