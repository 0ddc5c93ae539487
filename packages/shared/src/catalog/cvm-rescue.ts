import type { WithRequestId } from '../types/index.ts';
import { defineAction } from './define.ts';

// Rescue mode (reference 17363–17594, 17599–17731): a running or stopped instance boots a rescue system, logged in to
// with the Password (and Username) given here, and leaves it again with ExitRescueMode. An admin action: whoever holds
// the rescue login holds the instance's disks. States and the password rule are the cloud's, checked by it with its
// own codes; the schemas check shapes.
const service = 'cvm';
const version = '2017-03-12';

/** 17363: Password under the login-password rule of the instance's OS; a running instance is shut down first (StopType). */
export const EnterRescueMode = defineAction<WithRequestId>()({
  service,
  version,
  action: 'EnterRescueMode',
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 20, source: '001 line 17365' },
  params: (z) =>
    z.strictObject({
      InstanceId: z.string().min(1),
      Password: z.string(),
      Username: z.string().optional(),
      /** Deprecated in the SDK for StopType, and refused together with it. */
      ForceStop: z.boolean().optional(),
      StopType: z.enum(['SOFT', 'HARD', 'SOFT_FIRST']).optional(),
    }),
});

/** 17599: only an instance in RESCUE_MODE. */
export const ExitRescueMode = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ExitRescueMode',
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 20, source: '001 line 17601' },
  params: (z) => z.strictObject({ InstanceId: z.string().min(1) }),
});
