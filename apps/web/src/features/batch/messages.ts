import type { ComputeNodeOrigin, ComputeNodeState } from '@cvm/shared';
import type { Localized } from '../../i18n/localized.ts';

// Batch's words: the compute environments page. They load with the page, not with the instance list. (The dialog that
// adds instances to an environment keeps its words with it: instances/components/batch/messages.ts.)
const en = {
  // The page
  title: 'Batch compute environments',
  subtitle: 'Environments of Batch (批量计算) in this region, their nodes, and the instances added to them.',
  envTable: 'Compute environments',
  loadFailed: 'Could not load the compute environments',
  empty: 'No compute environments in this region',
  emptyHint: 'Compute environments are created in Batch; instances can then be added to them from the instance list.',
  columns: {
    env: 'Environment',
    zone: 'Zone',
    type: 'Resources',
    nodes: 'Nodes',
    running: 'Running',
    attached: 'Added by you',
    desired: 'Desired',
    created: 'Created',
  },
  open: (name: string) => `Open ${name}`,
  resourceTypes: { CVM: 'CVM', CPM: 'Bare metal (CPM)' } as Record<string, string>,
  // One environment
  envLoadFailed: 'Could not load this compute environment',
  envNotFound: (id: string) => `Compute environment ${id} was not found in this region.`,
  envPanelLabel: 'Compute environment',
  facts: { id: 'ID', zone: 'Zone', type: 'Resources', envType: 'Type', desired: 'Desired nodes', attached: 'Nodes added by you', created: 'Created' },
  metrics: 'Nodes by state',
  nodeTable: 'Compute nodes',
  noNodes: 'No nodes yet',
  noNodesHint: 'Add running instances to this environment from the instance list (Add to Batch compute environment).',
  nodeColumns: { node: 'Node', instance: 'Instance', state: 'State', origin: 'Origin', size: 'vCPU / memory', ip: 'Private IP', created: 'Added' },
  openInstance: (id: string) => `Open instance ${id}`,
  size: (cpu: number, mem: number) => `${cpu} vCPU · ${mem} GiB`,
  states: {
    SUBMITTED: 'Submitted',
    CREATING: 'Creating',
    CREATION_FAILED: 'Creation failed',
    CREATED: 'Joining (reinstalling)',
    RUNNING: 'Running',
    DELETING: 'Leaving',
    ABNORMAL: 'Abnormal',
  } satisfies Record<ComputeNodeState, string>,
  origins: { BATCH_CREATED: 'Created by Batch', USER_ATTACHED: 'Added by you' } satisfies Record<ComputeNodeOrigin, string>,
  detach: 'Detach',
  detachFor: (id: string) => `Detach ${id}`,
  detachCreatedByBatch: 'Created by Batch for this environment: only instances added to it can be detached',
  detachWhileJoining: 'Still joining (its reinstall is under way): detach it once it is running',
  detachTitle: (id: string) => `Detach ${id} from the compute environment?`,
  detachBody: (env: string) =>
    `The instance leaves ${env}. It keeps running with the system it was reinstalled with; nothing on it changes, and no data is erased.`,
  detachFailed: (id: string) => `Could not detach ${id}`,
};

export type BatchMessages = typeof en;

const zhCN: BatchMessages = {
  title: '批量计算环境',
  subtitle: '本地域的批量计算（Batch）计算环境、计算节点，以及加入其中的实例。',
  envTable: '计算环境',
  loadFailed: '无法加载计算环境',
  empty: '本地域没有计算环境',
  emptyHint: '计算环境在批量计算中创建；之后可从实例列表将实例加入其中。',
  columns: {
    env: '计算环境',
    zone: '可用区',
    type: '资源类型',
    nodes: '节点',
    running: '运行中',
    attached: '用户添加',
    desired: '期望数',
    created: '创建时间',
  },
  open: (name) => `打开 ${name}`,
  resourceTypes: { CVM: '云服务器（CVM）', CPM: '黑石物理服务器（CPM）' },
  envLoadFailed: '无法加载该计算环境',
  envNotFound: (id) => `本地域中找不到计算环境 ${id}。`,
  envPanelLabel: '计算环境',
  facts: { id: 'ID', zone: '可用区', type: '资源类型', envType: '类型', desired: '期望节点数', attached: '用户添加的节点', created: '创建时间' },
  metrics: '各状态节点数',
  nodeTable: '计算节点',
  noNodes: '暂无计算节点',
  noNodesHint: '可从实例列表将运行中的实例加入此计算环境（加入批量计算环境）。',
  nodeColumns: { node: '节点', instance: '实例', state: '状态', origin: '来源', size: 'vCPU / 内存', ip: '内网 IP', created: '加入时间' },
  openInstance: (id) => `打开实例 ${id}`,
  size: (cpu, mem) => `${cpu} 核 · ${mem} GiB`,
  states: {
    SUBMITTED: '已提交',
    CREATING: '创建中',
    CREATION_FAILED: '创建失败',
    CREATED: '加入中（重装系统）',
    RUNNING: '运行中',
    DELETING: '移出中',
    ABNORMAL: '异常',
  },
  origins: { BATCH_CREATED: '批量计算创建', USER_ATTACHED: '用户添加' },
  detach: '移出',
  detachFor: (id) => `移出 ${id}`,
  detachCreatedByBatch: '由批量计算为该环境创建：只有用户添加的实例可以移出',
  detachWhileJoining: '仍在加入中（正在重装系统）：运行中后再移出',
  detachTitle: (id) => `将 ${id} 移出计算环境？`,
  detachBody: (env) => `实例将离开 ${env}。它会以重装后的系统继续运行，实例本身不做任何改动，也不会清除数据。`,
  detachFailed: (id) => `无法移出 ${id}`,
};

export const batchMessages: Localized<BatchMessages> = { en, 'zh-CN': zhCN };
