import type { EcsInstance, ScalingActivity, ScalingGroup, ScalingInstance } from '@cvm/shared';
import type { Clock } from '../../state/clock.ts';
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
  startedAtMs: number;
  durationMs: number;
}

export interface AliyunRegionState {
  regionId: string;
  localName: string;
  /** The two letters in this region's resource IDs (bp for cn-hangzhou). */
  idCode: string;
  zones: string[];
  instances: Map<string, EcsInstance>;
  groups: Map<string, ScalingGroupRecord>;
  /** Newest last. */
  activities: ActivityRecord[];
}

/** How long adding instances to a group takes before its activity reports Successful (× the transition scale). */
export const ATTACH_ACTIVITY_SECONDS = 12;

/** One emulated Alibaba Cloud account: ECS instances and Auto Scaling groups, per region. */
export class AliyunWorld {
  readonly regions = new Map<string, AliyunRegionState>();

  constructor(
    readonly clock: Clock,
    readonly random: Random,
    readonly transitionScale: number,
  ) {}

  region(regionId: string): AliyunRegionState | undefined {
    const region = this.regions.get(regionId);
    if (region) this.settle(region);
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
   * Moves running activities on to now: progress grows with the time spent, and when an activity's time is up its
   * instances go into service and it reports Successful. Lazy, like the CVM side: nothing runs between requests.
   */
  settle(region: AliyunRegionState): void {
    const now = this.clock.now();
    for (const record of region.activities) {
      const { activity } = record;
      if (activity.StatusCode !== 'InProgress') continue;
      const elapsed = now - record.startedAtMs;
      const group = region.groups.get(activity.ScalingGroupId);
      if (elapsed < record.durationMs) {
        // The cloud reports progress in coarse steps, and never 100 before the end.
        activity.Progress = Math.min(90, Math.floor((elapsed / record.durationMs) * 10) * 10);
        continue;
      }
      for (const id of record.instanceIds) {
        const member = group?.members.get(id);
        if (member) member.LifecycleState = 'InService';
      }
      activity.Progress = 100;
      activity.StatusCode = 'Successful';
      activity.StatusMessage = '';
      activity.EndTime = aliyunTime(record.startedAtMs + record.durationMs);
      activity.TotalCapacity = String(group?.members.size ?? 0);
    }
  }
}
