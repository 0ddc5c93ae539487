import type { EcsInstanceStatus, ScalingActivityStatus, ScalingGroupLifecycleState, ScalingInstance } from '@cvm/shared';
import type { Localized } from '../../i18n/localized.ts';
import type { GroupBlocker, Ineligibility } from './model/attach-eligibility.ts';
import type { WeightProblem } from './model/weight.ts';

// Alibaba Cloud Auto Scaling's words: the scaling groups page, a group's detail and the attach dialog. They load with
// the page, not with the instance list. The cloud's own names (ESS, ECS, VPC) stay as the cloud spells them.

const groupStates = { Active: 'Active', Inactive: 'Inactive', Deleting: 'Deleting' } satisfies Record<ScalingGroupLifecycleState, string>;
const memberStates = { InService: 'In service', Pending: 'Being added', Removing: 'Being removed' } satisfies Record<ScalingInstance['LifecycleState'], string>;
const creationTypes = { AutoCreated: 'Created by the group', Attached: 'Attached' } satisfies Record<ScalingInstance['CreationType'], string>;
const activityStates = {
  InProgress: 'In progress',
  Successful: 'Successful',
  Warning: 'Warning',
  Failed: 'Failed',
  Rejected: 'Rejected',
} satisfies Record<ScalingActivityStatus, string>;
const ecsStates = { Pending: 'Pending', Running: 'Running', Starting: 'Starting', Stopping: 'Stopping', Stopped: 'Stopped' } satisfies Record<EcsInstanceStatus, string>;

const en = {
  // The page
  title: 'Scaling groups',
  subtitle: (region: string) => `Alibaba Cloud Auto Scaling (ESS) groups in ${region}`,
  tableLabel: 'Scaling groups',
  loadFailed: 'Could not load the scaling groups',
  empty: 'No scaling groups in this region',
  emptyHint: 'Scaling groups are created in the Auto Scaling console; they appear here with their instances and activities.',
  columns: { group: 'Group', state: 'State', capacity: 'Capacity (total / max)', min: 'Min', network: 'Network', loadBalancers: 'Load balancers', created: 'Created' },
  open: (name: string) => `Open ${name}`,
  capacity: (total: number, max: number) => `${total} / ${max}`,
  pending: (n: number) => `${n} being added`,
  classicNetwork: 'Classic network',
  none: 'None',
  groupStates,
  // One group
  panelLabel: 'Scaling group',
  groupNotFound: (id: string) => `Scaling group ${id} was not found in this region.`,
  summary: 'Summary',
  facts: {
    capacity: 'Instances (total / max)',
    inService: 'In service',
    pending: 'Being added',
    minMax: 'Min / max',
    network: 'Network',
    vswitches: 'vSwitches',
    loadBalancers: 'Load balancers',
    cooldown: 'Default cooldown',
    created: 'Created',
  },
  seconds: (n: number) => `${n} s`,
  membersTitle: 'Instances',
  membersLabel: (name: string) => `Instances in ${name}`,
  membersLoadFailed: 'Could not load the instances of this group',
  noMembers: 'No instances in this group',
  noMembersHint: 'Attach running ECS instances of the same network to add them.',
  memberColumns: { instance: 'Instance', creationType: 'How it joined', state: 'Lifecycle state', weight: 'Weight', zone: 'Zone', since: 'Since' },
  memberStates,
  creationTypes,
  activitiesTitle: 'Recent activities',
  activitiesLabel: (name: string) => `Activities of ${name}`,
  activitiesLoadFailed: 'Could not load the activities of this group',
  noActivities: 'No activities yet',
  noActivitiesHint: 'Attaching instances starts an activity; its progress shows here.',
  activityStates,
  activityColumns: { activity: 'Activity', status: 'Status', progress: 'Progress', started: 'Started', ended: 'Ended' },
  activityProgress: (description: string) => `Progress of ${description}`,
  percent: (n: number) => `${n}%`,
  running: 'Running…',
  cause: 'Cause',
  statusMessage: 'Status message',
  activityId: 'Activity ID',
  // Attach
  attach: 'Attach instances',
  attachTitle: (name: string) => `Attach instances to ${name}`,
  attachIntro: 'Choose running ECS instances of the group’s network. Each joins the group’s load balancers with the weight given.',
  room: (room: number, total: number, max: number) =>
    room === 0 ? `The group is at its MaxSize (${total} / ${max}): no instance can be added.` : `Room for ${room} more before MaxSize (${total} / ${max} now).`,
  perCall: (max: number) => `At most ${max} instances can be attached at a time.`,
  chosen: (n: number, limit: number) => `${n} of at most ${limit} chosen`,
  limitReached: (limit: number) => `No more can be chosen: at most ${limit} this time.`,
  groupFull: 'The group is at its MaxSize',
  blockers: {
    notActive: (state: string) => `The group is ${state}: only an Active group takes instances. Enable it first.`,
    activityInProgress: (id: string) => `Activity ${id} is still in progress: the group takes new instances once it ends.`,
  },
  ecsTableLabel: 'ECS instances of this region',
  ecsLoadFailed: 'Could not load the ECS instances',
  ecsEmpty: 'No ECS instances in this region',
  ecsColumns: { choose: 'Choose', instance: 'Instance (zone · network)', status: 'Status', weight: 'Weight (0–100)', note: 'Can it join?' },
  ecsStates,
  selectInstance: (name: string) => `Select ${name}`,
  weightOf: (name: string) => `Weight of ${name}`,
  canJoin: 'Can join',
  ineligible: {
    inThisGroup: 'Already in this group',
    inOtherGroup: (group: string) => `Already in ${group}`,
    notRunning: (status: string) => `Not running (${status})`,
    classicInstance: 'Classic network instance; the group is in a VPC',
    vpcInstance: 'VPC instance; the group is in the classic network',
    otherVpc: (vpc: string) => `In another VPC (${vpc})`,
  },
  weightProblems: {
    empty: 'Enter a weight from 0 to 100',
    notInteger: 'A whole number from 0 to 100',
    outOfRange: 'From 0 to 100',
  } satisfies Record<WeightProblem, string>,
  pageOf: (page: number, pages: number, total: number) => `Page ${page} of ${pages} · ${total} instances`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  submit: (n: number) => (n === 1 ? 'Attach 1 instance' : `Attach ${n} instances`),
  submitNothing: 'Attach instances',
  attachFailed: 'The cloud refused to attach the instances',
  startedActivity: 'The cloud accepted the request and started an activity:',
  done: 'Done',
};

export type ScalingMessages = typeof en;

const zhCN: ScalingMessages = {
  title: '伸缩组',
  subtitle: (region) => `${region} 的阿里云弹性伸缩（ESS）伸缩组`,
  tableLabel: '伸缩组',
  loadFailed: '无法加载伸缩组',
  empty: '该地域暂无伸缩组',
  emptyHint: '伸缩组在弹性伸缩控制台中创建，创建后会在此显示其实例和伸缩活动。',
  columns: { group: '伸缩组', state: '状态', capacity: '容量（总数 / 最大）', min: '最小', network: '网络', loadBalancers: '负载均衡', created: '创建时间' },
  open: (name) => `打开 ${name}`,
  capacity: (total, max) => `${total} / ${max}`,
  pending: (n) => `${n} 台加入中`,
  classicNetwork: '经典网络',
  none: '无',
  groupStates: { Active: '已启用', Inactive: '已停用', Deleting: '删除中' },
  panelLabel: '伸缩组',
  groupNotFound: (id) => `在该地域未找到伸缩组 ${id}。`,
  summary: '概要',
  facts: {
    capacity: '实例数（总数 / 最大）',
    inService: '服务中',
    pending: '加入中',
    minMax: '最小 / 最大',
    network: '网络',
    vswitches: '交换机',
    loadBalancers: '负载均衡',
    cooldown: '默认冷却时间',
    created: '创建时间',
  },
  seconds: (n) => `${n} 秒`,
  membersTitle: '实例',
  membersLabel: (name) => `${name} 中的实例`,
  membersLoadFailed: '无法加载该伸缩组的实例',
  noMembers: '该伸缩组暂无实例',
  noMembersHint: '添加同一网络中运行中的 ECS 实例即可加入。',
  memberColumns: { instance: '实例', creationType: '加入方式', state: '生命周期状态', weight: '权重', zone: '可用区', since: '加入时间' },
  memberStates: { InService: '服务中', Pending: '加入中', Removing: '移出中' },
  creationTypes: { AutoCreated: '伸缩组创建', Attached: '手动添加' },
  activitiesTitle: '最近的伸缩活动',
  activitiesLabel: (name) => `${name} 的伸缩活动`,
  activitiesLoadFailed: '无法加载该伸缩组的伸缩活动',
  noActivities: '暂无伸缩活动',
  noActivitiesHint: '添加实例会启动一个伸缩活动，其进度会在此显示。',
  activityStates: { InProgress: '进行中', Successful: '成功', Warning: '警告', Failed: '失败', Rejected: '已拒绝' },
  activityColumns: { activity: '伸缩活动', status: '状态', progress: '进度', started: '开始时间', ended: '结束时间' },
  activityProgress: (description) => `${description} 的进度`,
  percent: (n) => `${n}%`,
  running: '进行中…',
  cause: '原因',
  statusMessage: '状态信息',
  activityId: '活动 ID',
  attach: '添加实例',
  attachTitle: (name) => `向 ${name} 添加实例`,
  attachIntro: '请选择与伸缩组同一网络中运行中的 ECS 实例。每台实例按所填权重加入伸缩组的负载均衡。',
  room: (room, total, max) => (room === 0 ? `伸缩组已达最大实例数（${total} / ${max}），无法再添加实例。` : `达到最大实例数前还可添加 ${room} 台（当前 ${total} / ${max}）。`),
  perCall: (max) => `每次最多添加 ${max} 台实例。`,
  chosen: (n, limit) => `已选 ${n} 台，本次最多 ${limit} 台`,
  limitReached: (limit) => `无法再选择：本次最多 ${limit} 台。`,
  groupFull: '伸缩组已达最大实例数',
  blockers: {
    notActive: (state) => `伸缩组当前为${state}状态，只有已启用的伸缩组才能添加实例。请先启用伸缩组。`,
    activityInProgress: (id) => `伸缩活动 ${id} 仍在进行中，结束后才能添加新实例。`,
  },
  ecsTableLabel: '该地域的 ECS 实例',
  ecsLoadFailed: '无法加载 ECS 实例',
  ecsEmpty: '该地域暂无 ECS 实例',
  ecsColumns: { choose: '选择', instance: '实例（可用区 · 网络）', status: '状态', weight: '权重（0–100）', note: '能否加入' },
  ecsStates: { Pending: '准备中', Running: '运行中', Starting: '启动中', Stopping: '停止中', Stopped: '已停止' },
  selectInstance: (name) => `选择 ${name}`,
  weightOf: (name) => `${name} 的权重`,
  canJoin: '可以加入',
  ineligible: {
    inThisGroup: '已在该伸缩组中',
    inOtherGroup: (group) => `已在 ${group} 中`,
    notRunning: (status) => `未运行（${status}）`,
    classicInstance: '经典网络实例，而伸缩组位于专有网络（VPC）中',
    vpcInstance: '专有网络实例，而伸缩组位于经典网络中',
    otherVpc: (vpc) => `位于其他专有网络（${vpc}）`,
  },
  weightProblems: { empty: '请输入 0 到 100 的权重', notInteger: '须为 0 到 100 的整数', outOfRange: '须在 0 到 100 之间' },
  pageOf: (page, pages, total) => `第 ${page} / ${pages} 页 · 共 ${total} 台实例`,
  previousPage: '上一页',
  nextPage: '下一页',
  submit: (n) => `添加 ${n} 台实例`,
  submitNothing: '添加实例',
  attachFailed: '云端拒绝添加这些实例',
  startedActivity: '云端已接受请求并启动了伸缩活动：',
  done: '完成',
};

export const scalingMessages: Localized<ScalingMessages> = { en, 'zh-CN': zhCN };

/** Why an instance cannot join, in words; `groupName` turns another group's ID into its name when the list knows it. */
export function ineligibilityText(m: ScalingMessages, reason: Ineligibility, ownGroupId: string, groupName: (id: string) => string): string {
  switch (reason.code) {
    case 'inGroup':
      return reason.groupId === ownGroupId ? m.ineligible.inThisGroup : m.ineligible.inOtherGroup(groupName(reason.groupId));
    case 'notRunning':
      return m.ineligible.notRunning(m.ecsStates[reason.status]);
    case 'classicInstance':
      return m.ineligible.classicInstance;
    case 'vpcInstance':
      return m.ineligible.vpcInstance;
    case 'otherVpc':
      return m.ineligible.otherVpc(reason.vpcId);
  }
}

export function blockerText(m: ScalingMessages, blocker: GroupBlocker): string {
  return blocker.code === 'notActive' ? m.blockers.notActive(m.groupStates[blocker.state]) : m.blockers.activityInProgress(blocker.activityId);
}
