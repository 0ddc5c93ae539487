// Alibaba Cloud shapes (RPC style, JSON format): lists arrive wrapped as { Things: { Thing: [...] } }, the way the XML
// form nests repeated elements. Field names are the cloud's own.

/** Paging as every Aliyun Describe* answers it: 1-based page numbers. */
export interface AliyunPage {
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  RequestId: string;
}

/** The error body of a failed call (with an HTTP status of 400, 403, 404 or 5xx). */
export interface AliyunErrorBody {
  RequestId: string;
  HostId: string;
  Code: string;
  Message: string;
  Recommend?: string;
}

export interface AliyunRegion {
  RegionId: string;
  LocalName: string;
  RegionEndpoint: string;
}

/** ECS 2014-05-26 instance status. */
export type EcsInstanceStatus = 'Pending' | 'Running' | 'Starting' | 'Stopping' | 'Stopped';

export interface EcsInstance {
  InstanceId: string;
  InstanceName: string;
  RegionId: string;
  ZoneId: string;
  Status: EcsInstanceStatus;
  InstanceType: string;
  Cpu: number;
  /** MiB. */
  Memory: number;
  OSName: string;
  ImageId: string;
  /** `vpc`, or `classic` for the old shared network. */
  InstanceNetworkType: 'vpc' | 'classic';
  InstanceChargeType: 'PrePaid' | 'PostPaid';
  VpcAttributes: { VpcId: string; VSwitchId: string; PrivateIpAddress: { IpAddress: string[] } };
  InnerIpAddress: { IpAddress: string[] };
  PublicIpAddress: { IpAddress: string[] };
  CreationTime: string;
}

export type ScalingGroupLifecycleState = 'Active' | 'Inactive' | 'Deleting';

export interface ScalingGroup {
  ScalingGroupId: string;
  ScalingGroupName: string;
  RegionId: string;
  LifecycleState: ScalingGroupLifecycleState;
  MinSize: number;
  MaxSize: number;
  /** Instances in service plus those being added: what MaxSize bounds. */
  TotalCapacity: number;
  ActiveCapacity: number;
  PendingCapacity: number;
  RemovingCapacity: number;
  DefaultCooldown: number;
  /** Empty for a classic-network group. */
  VpcId: string;
  VSwitchId: string;
  VSwitchIds: { VSwitchId: string[] };
  LoadBalancerIds: { LoadBalancerId: string[] };
  ActiveScalingConfigurationId: string;
  CreationTime: string;
}

export type ScalingActivityStatus = 'InProgress' | 'Successful' | 'Warning' | 'Failed' | 'Rejected';

export interface ScalingActivity {
  ScalingActivityId: string;
  ScalingGroupId: string;
  Description: string;
  Cause: string;
  StartTime: string;
  /** Absent while the activity runs. */
  EndTime?: string;
  /** 0–100. */
  Progress: number;
  StatusCode: ScalingActivityStatus;
  StatusMessage: string;
  TotalCapacity: string;
  AttachedCapacity: string;
  AutoCreatedCapacity: string;
  ScalingInstanceNumber: number;
}

export interface ScalingInstance {
  InstanceId: string;
  ScalingGroupId: string;
  ScalingConfigurationId?: string;
  /** `Attached` for instances added by AttachInstances; `AutoCreated` for those the group launched. */
  CreationType: 'AutoCreated' | 'Attached';
  LifecycleState: 'InService' | 'Pending' | 'Removing';
  HealthStatus: 'Healthy' | 'Unhealthy';
  LoadBalancerWeight: number;
  CreationTime: string;
  ZoneId: string;
}
