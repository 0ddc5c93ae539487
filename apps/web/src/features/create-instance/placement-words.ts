import type { DisasterRecoverGroupType } from '@cvm/shared';
import type { Localized } from '../../i18n/localized.ts';
import { createMessages, type CreateMessages } from './messages.ts';

// The wizard's words for placement: a placement group to join, and buying onto a dedicated host (CDHPAID). They load
// with the wizard.
const en = {
  dedicatedHost: 'Dedicated host',
  dedicatedHostHint: 'On a dedicated host of yours: its vCPUs and memory pay for these instances',
  placement: 'Placement',
  group: 'Placement group',
  groupHint: 'Optional: the instances join the group and are spread as it says, up to the number it holds.',
  noGroup: 'None',
  spreadOver: { HOST: 'physical hosts', SW: 'switches', RACK: 'racks' } satisfies Record<DisasterRecoverGroupType, string>,
  groupOption: (name: string, over: string, current: number, total: number) => `${name}: over ${over}, ${current} of ${total}`,
  groupsFailed: 'Could not read the placement groups',
  host: 'Dedicated host',
  hostHint: 'The instances use the host’s free vCPUs and memory.',
  chooseHost: 'Choose a host',
  hostOption: (name: string, cpu: number, cpuTotal: number, memory: number, memoryTotal: number) => `${name}: ${cpu} of ${cpuTotal} vCPU, ${memory} of ${memoryTotal} GiB free`,
  noHosts: (zone: string) => `No running dedicated host in ${zone}.`,
  hostsPage: 'See the dedicated hosts',
  hostsLoading: 'Loading dedicated hosts…',
  hostsFailed: 'Could not read the dedicated hosts',
  hostMissing: 'Choose the dedicated host to buy onto.',
  priceOnHost: 'The host’s monthly price pays for these instances’ vCPUs and memory: there is no quote for a purchase on a dedicated host.',
  reviewGroup: 'Placement group',
  reviewHost: 'Dedicated host',
};

const zhCN: typeof en = {
  dedicatedHost: '专用宿主机',
  dedicatedHostHint: '部署在您的专用宿主机上：实例使用宿主机的 vCPU 和内存，不再另行计费',
  placement: '部署位置',
  group: '置放群组',
  groupHint: '可选：实例加入该群组，按其维度分散部署，数量不超过群组上限。',
  noGroup: '不使用',
  spreadOver: { HOST: '物理机', SW: '交换机', RACK: '机架' },
  groupOption: (name, over, current, total) => `${name}：${over}维度，${current} / ${total}`,
  groupsFailed: '无法读取置放群组',
  host: '专用宿主机',
  hostHint: '实例使用宿主机的可用 vCPU 和内存。',
  chooseHost: '请选择宿主机',
  hostOption: (name, cpu, cpuTotal, memory, memoryTotal) => `${name}：可用 ${cpu} / ${cpuTotal} vCPU，${memory} / ${memoryTotal} GiB`,
  noHosts: (zone) => `${zone} 没有运行中的专用宿主机。`,
  hostsPage: '查看专用宿主机',
  hostsLoading: '正在加载专用宿主机…',
  hostsFailed: '无法读取专用宿主机',
  hostMissing: '请选择要部署到的专用宿主机。',
  priceOnHost: '宿主机按月计费，已包含这些实例的 vCPU 和内存：专用宿主机上的购买不提供询价。',
  reviewGroup: '置放群组',
  reviewHost: '专用宿主机',
};

export const placementWords: Localized<typeof en> = { en, 'zh-CN': zhCN };

/** The placement words in the language of the wizard's own words `m` (a validation problem is given only those). */
export const placementWordsFor = (m: CreateMessages) => (m === createMessages['zh-CN'] ? zhCN : en);
