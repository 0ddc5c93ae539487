import type { EcsInstance, ScalingActivity, ScalingGroup, ScalingInstance } from '@cvm/shared';
import { defineTransition, type Change, type Timeline } from '../../state/change-over-time/index.ts';
import type { Random } from '../../state/random.ts';
import { aliyunTime } from './aliyun-time.ts';

/** A scaling group's settings; its capacities are counted from its members whenever it is described. */
export type ScalingGroupSettings = Omit<ScalingGroup, 'TotalCapacity' | 'ActiveCapacity' | 'PendingCapacity' | 'RemovingCapacity'> & {
  /** The group's load balancers' state: an inactive one makes AttachInstances fail with IncorrectLoadBalancerStatus. */
  loadBalancerStatus: 'active' | 'inactive';
};

export interface ScalingGroupRecord {
  settings: ScalingGroupSettings;
  /** Instance ID → its membership (InService, or Pending while the activity that adds it runs). */
  members: Map<string, ScalingInstance>;
}

export interface ActivityRecord {
  activity: ScalingActivity;
  instanceIds: string[];
  change: Change<'Successful'>;
}

export interface AliyunRegionState {
  regionId: string;
  localName: string;
  /** LocalName for AcceptLanguage en-US. */
  englishName: string;
  /** The two letters in this region's resource IDs (bp for cn-hangzhou). */
  idCode: string;
  zones: string[];
  instances: Map<string, EcsInstance>;
  groups: Map<string, ScalingGroupRecord>;
  /** Newest last. */
  activities: ActivityRecord[];
}

/**
 * Adding instances to a group: its activity reports Successful after 12 s (× the transition scale). A failure (only
 * ever injected) ends it Failed with the message, and the instances leave the group again.
 */
export const ESS_TRANSITIONS = {
  attach: defineTransition('ess.AttachInstances', 12, 'The instances could not be added to the scaling group; no instance was attached.'),
} as const;

/** One emulated Alibaba Cloud account: ECS instances and Auto Scaling groups, per region. */
export class AliyunWorld {
  readonly regions = new Map<string, AliyunRegionState>();

  constructor(
    /** The emulator's one timeline, shared with the Tencent Cloud side: the same clock, scale and failure injection. */
    readonly changes: Timeline,
    readonly random: Random,
  ) {}

  get clock() {
    return this.changes.clock;
  }

  /** A region, with everything due by now landed (lazily, like the CVM side: nothing runs between requests). */
  region(regionId: string): AliyunRegionState | undefined {
    const region = this.regions.get(regionId);
    if (region) this.changes.settle();
    return region;
  }

  /** Which region holds an instance, whichever region was asked: AttachInstances tells a wrong region from no instance. */
  findInstanceAnywhere(instanceId: string): { region: AliyunRegionState; instance: EcsInstance } | undefined {
    for (const region of this.regions.values()) {
      const instance = region.instances.get(instanceId);
      if (instance) return { region, instance };
    }
    return undefined;
  }

  /** The group an instance belongs to in its region, if any. */
  groupOf(region: AliyunRegionState, instanceId: string): ScalingGroupRecord | undefined {
    return [...region.groups.values()].find((group) => group.members.has(instanceId));
  }

  describeGroup(record: ScalingGroupRecord): ScalingGroup {
    const { loadBalancerStatus: _status, ...settings } = record.settings;
    const members = [...record.members.values()];
    return {
      ...settings,
      TotalCapacity: members.length,
      ActiveCapacity: members.filter((m) => m.LifecycleState === 'InService').length,
      PendingCapacity: members.filter((m) => m.LifecycleState === 'Pending').length,
      RemovingCapacity: members.filter((m) => m.LifecycleState === 'Removing').length,
    };
  }

  inProgress(region: AliyunRegionState, groupId: string): ActivityRecord | undefined {
    return region.activities.find((a) => a.activity.ScalingGroupId === groupId && a.activity.StatusCode === 'InProgress');
  }

  /**
   * Starts an activity that adds instances (already members, Pending) to a group. While it runs its Progress grows with
   * the time spent, in the cloud's coarse steps and never 100 before the end; then its instances go into service and it
   * reports Successful, or Failed with the instances gone from the group again.
   */
  startAttachActivity(region: AliyunRegionState, activity: ScalingActivity, instanceIds: string[]): void {
    const group = () => region.groups.get(activity.ScalingGroupId);
    const end = (change: Change<'Successful'>) => {
      activity.EndTime = aliyunTime(change.endsAt);
      activity.TotalCapacity = String(group()?.members.size ?? 0);
    };
    const change: Change<'Successful'> = this.changes.start<'Successful'>({
      transition: ESS_TRANSITIONS.attach,
      legs: [{ to: 'Successful' }],
      onProgress: (running, now) => {
        activity.Progress = Math.min(90, Math.floor(running.fraction(now) * 10) * 10);
      },
      onSuccess: () => {
        for (const id of instanceIds) {
          const member = group()?.members.get(id);
          if (member) member.LifecycleState = 'InService';
        }
        Object.assign(activity, { Progress: 100, StatusCode: 'Successful', StatusMessage: '' } satisfies Partial<ScalingActivity>);
        end(change);
      },
      onFailure: (message) => {
        for (const id of instanceIds) group()?.members.delete(id);
        Object.assign(activity, { Progress: 100, StatusCode: 'Failed', StatusMessage: message } satisfies Partial<ScalingActivity>);
        end(change);
      },
    });
    region.activities.push({ activity, instanceIds, change });
  }
}
