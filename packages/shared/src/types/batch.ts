// Batch (批量计算, batch 2017-03-12) shapes, spelled as the Batch API spells them: ComputeEnvView (DescribeComputeEnvs),
// the DescribeComputeEnv answer, ComputeNode and ComputeNodeMetrics. Seed 000 (AttachInstances) names only the request's
// Instance {InstanceId, ImageId, LoginSettings}; the rest follows the public Batch SDK models.

/** What kind of machines an environment's nodes are: CVM instances or CPM bare metal. */
export type BatchResourceType = 'CVM' | 'CPM';

/**
 * A compute node's life, as Batch's node events name it (COMPUTE_NODE_CREATED, ..._CREATION_FAILED, ..._RUNNING,
 * ..._ABNORMAL, ..._DELETING), plus the submitted and creating steps ComputeNodeMetrics counts.
 */
export const COMPUTE_NODE_STATES = ['SUBMITTED', 'CREATING', 'CREATION_FAILED', 'CREATED', 'RUNNING', 'DELETING', 'ABNORMAL'] as const;
export type ComputeNodeState = (typeof COMPUTE_NODE_STATES)[number];

/** BATCH_CREATED: bought by Batch for the environment; USER_ATTACHED: an existing instance added with AttachInstances. */
export type ComputeNodeOrigin = 'BATCH_CREATED' | 'USER_ATTACHED';

/** The same Placement structure as CVM's: an environment on no dedicated host or resource pack has its fields empty. */
export interface BatchPlacement {
  Zone: string;
  ProjectId: number;
  HostIds: string[];
  HostId: string;
  DedicatedResourcePackTenancy: string;
  DedicatedResourcePackIds: string[];
  RackId: string;
}

export interface BatchTag {
  Key: string;
  Value: string;
}

/** How many of an environment's nodes are in each state. */
export interface ComputeNodeMetrics {
  SubmittedCount: number;
  CreatingCount: number;
  CreationFailedCount: number;
  CreatedCount: number;
  RunningCount: number;
  DeletingCount: number;
  AbnormalCount: number;
}

export interface ComputeNode {
  ComputeNodeId: string;
  /** For CVM environments, the CVM InstanceId. */
  ComputeNodeInstanceId: string;
  ComputeNodeState: ComputeNodeState;
  Cpu: number;
  /** GiB. */
  Mem: number;
  ResourceCreatedTime: string;
  /** How many more task instances the node can take; 0 means busy. */
  TaskInstanceNumAvailable: number;
  AgentVersion: string;
  PrivateIpAddresses: string[];
  PublicIpAddresses: string[];
  ResourceType: BatchResourceType;
  ResourceOrigin: ComputeNodeOrigin;
}

/** One environment in DescribeComputeEnvs' ComputeEnvSet. */
export interface ComputeEnvView {
  EnvId: string;
  EnvName: string;
  Placement: BatchPlacement;
  CreateTime: string;
  ComputeNodeMetrics: ComputeNodeMetrics;
  /** Only MANAGED environments exist. */
  EnvType: string;
  DesiredComputeNodeCount: number;
  ResourceType: BatchResourceType;
  NextAction: string;
  /** Nodes added by the user (AttachInstances), as opposed to those Batch created. */
  AttachedComputeNodeCount: number;
  Tags: BatchTag[];
}

/** DescribeComputeEnv: the environment with its nodes. */
export interface ComputeEnvDetail extends ComputeEnvView {
  ComputeNodeSet: ComputeNode[];
}

/** One entry of AttachInstances' Instances: the instance, and what it is reinstalled with. */
export interface BatchInstance {
  InstanceId: string;
  ImageId?: string;
  LoginSettings?: { Password?: string; KeyIds?: string[]; KeepImageLogin?: 'TRUE' | 'FALSE' };
}
