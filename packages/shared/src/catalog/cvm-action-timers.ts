import type { WithRequestId } from '../types/index.ts';
import { defineAction } from './define.ts';
import { idListSchema } from './common-params.ts';

// Scheduled actions on instances, "action timers" (reference 17760–17923, 16885–17094, 19429–19560; the ActionTimer
// structure as the official SDK's cvm_models.d.ts has it): one timer per instance, due at an ActionTime at least five
// minutes ahead, that runs its TimerAction — today only TerminateInstances — on the instance once the time comes; UNDO
// until then, DOING while the action runs, DONE after. Only UNDO timers can be deleted.
const service = 'cvm';
const version = '2017-03-12';

/** The one TimerAction the cloud supports ("目前仅支持销毁一个值：TerminateInstances"). */
export const TIMER_ACTIONS = ['TerminateInstances'] as const;
export type TimerAction = (typeof TIMER_ACTIONS)[number];

export const ACTION_TIMER_STATUSES = ['UNDO', 'DOING', 'DONE'] as const;
export type ActionTimerStatus = (typeof ACTION_TIMER_STATUSES)[number];

/** An action timer as DescribeInstancesActionTimer answers it. */
export interface ActionTimer {
  ActionTimerId: string;
  InstanceId: string;
  TimerAction: string;
  /** ISO 8601 UTC, `2024-10-23T11:26:40Z`. */
  ActionTime: string;
  /** Output only; the reference's example answers `{}`. */
  Externals: Record<string, unknown>;
  Status: ActionTimerStatus;
}

/** 17760: one timer per named instance, answered in their order. Admin: a timer terminates the instance when it is due. */
export const ImportInstancesActionTimer = defineAction<WithRequestId & { ActionTimerIds: string[] }>()({
  service,
  version,
  action: 'ImportInstancesActionTimer',
  kind: 'mutate',
  minRole: 'admin',
  rateLimit: { perSecond: 10, source: '001 line 17762' },
  params: (z) =>
    z.strictObject({
      InstanceIds: idListSchema(z, 100).min(1),
      // As RunInstances takes it (cvm-create.ts): the SDK's structure, whose fields are all optional; the rules refuse
      // a timer without its action or time with MissingParameter.
      // ActionTimerId, Status and InstanceId are the answer's (DescribeInstancesActionTimer): taken, not applied.
      ActionTimer: z.strictObject({
        TimerAction: z.string().optional(),
        ActionTime: z.string().optional(),
        Externals: z.record(z.string(), z.unknown()).optional(),
        ActionTimerId: z.string().optional(),
        Status: z.string().optional(),
        InstanceId: z.string().optional(),
      }),
    }),
});

/** 16885: every filter optional and ANDed; no paging (the action documents none). Times as ActionTime or `YYYY-MM-DD hh:mm:ss`. */
export const DescribeInstancesActionTimer = defineAction<WithRequestId & { ActionTimers: ActionTimer[] }>()({
  service,
  version,
  action: 'DescribeInstancesActionTimer',
  kind: 'read',
  minRole: 'viewer',
  rateLimit: { perSecond: 10, source: '001 line 16892' },
  params: (z) =>
    z.strictObject({
      ActionTimerIds: idListSchema(z, 100).optional(),
      InstanceIds: idListSchema(z, 100).optional(),
      TimerAction: z.enum(TIMER_ACTIONS).optional(),
      StartActionTime: z.string().optional(),
      EndActionTime: z.string().optional(),
      StatusList: z.array(z.enum(ACTION_TIMER_STATUSES)).max(ACTION_TIMER_STATUSES.length).optional(),
    }),
});

/** 19429: only timers not yet run (UNDO). */
export const DeleteInstancesActionTimer = defineAction<WithRequestId>()({
  service,
  version,
  action: 'DeleteInstancesActionTimer',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 19431' },
  params: (z) => z.strictObject({ ActionTimerIds: idListSchema(z, 100).min(1) }),
});
