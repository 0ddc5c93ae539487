import type { Localized } from '../../../../i18n/localized.ts';

// The words of the dialog that adds instances to a Batch compute environment; they load with the dialog.
const en = {
  addTitle: (subject: string) => `Add ${subject} to a Batch compute environment?`,
  wipeWarning: (subject: string) =>
    `Adding ${subject} to a compute environment reinstalls the operating system: everything on the system disk and the instance's UserData are erased and cannot be recovered. Data disks are kept. A running instance is stopped, reinstalled and started again.`,
  envLegend: 'Compute environment',
  envsLoading: 'Loading the compute environments…',
  envsFailed: 'Could not load the compute environments',
  noEnvs: 'This region has no compute environment to add instances to.',
  envChoice: (name: string, id: string) => `${name} (${id})`,
  envHint: (zone: string, nodes: number) => `${zone} · ${nodes === 1 ? '1 node' : `${nodes} nodes`}`,
  envBareMetal: 'Bare-metal (CPM) environment: CVM instances cannot be added to it',
  envOtherZone: (zone: string, who: string, instanceZone: string) => `In ${zone}: ${who} is in ${instanceZone}`,
  chooseEnv: 'Choose a compute environment.',
  image: 'Image after the reinstall',
  keepImage: (os: string) => `Keep the current image (${os})`,
  keepImages: "Keep each instance's current image",
  imagesLoading: 'Loading images…',
  setPassword: 'Set a new login password',
  setPasswordHint: 'Without one, the cloud sets a random password and sends it to the account’s Message Center; key pairs are removed.',
  newPassword: 'New password',
  confirmPassword: 'Confirm password',
  passwordNeverKept: 'The console sends the password to the cloud and never keeps it.',
  passwordMissing: 'Enter a password.',
  passwordWeak: 'The password does not meet the rules below.',
  confirmMissing: 'Enter the password again.',
  passwordsDiffer: 'The passwords differ.',
  eligibility: 'Eligibility',
  membershipLoading: 'Checking which instances are in Batch already…',
  alreadyMember: (who: string, env: string) => `${who} is already a node of ${env}; detach it there first.`,
  ready: (who: string) => `${who} can be added.`,
  typeName: (name: string) => `Type the instance name, ${name}, to confirm`,
  typeCount: (n: number) => `Type the number of instances, ${n}, to confirm`,
};

export type AddToBatchMessages = typeof en;

const zhCN: AddToBatchMessages = {
  addTitle: (subject) => `将 ${subject} 加入批量计算环境？`,
  wipeWarning: (subject) =>
    `将 ${subject} 加入计算环境会重装操作系统：系统盘上的所有数据以及实例的自定义数据（UserData）都会被清除，且无法恢复。数据盘会保留。运行中的实例会被关机、重装后再开机。`,
  envLegend: '计算环境',
  envsLoading: '正在加载计算环境…',
  envsFailed: '无法加载计算环境',
  noEnvs: '本地域没有可加入的计算环境。',
  envChoice: (name, id) => `${name}（${id}）`,
  envHint: (zone, nodes) => `${zone} · ${nodes} 个节点`,
  envBareMetal: '黑石物理服务器（CPM）计算环境：不能加入云服务器实例',
  envOtherZone: (zone, who, instanceZone) => `位于 ${zone}：${who}位于 ${instanceZone}`,
  chooseEnv: '请选择计算环境。',
  image: '重装后的镜像',
  keepImage: (os) => `保留当前镜像（${os}）`,
  keepImages: '保留各实例当前的镜像',
  imagesLoading: '正在加载镜像…',
  setPassword: '设置新的登录密码',
  setPasswordHint: '不设置时，云平台会生成随机密码并发送到账号的站内信；密钥将被解绑。',
  newPassword: '新密码',
  confirmPassword: '确认密码',
  passwordNeverKept: '控制台只把密码发送给云平台，从不保存。',
  passwordMissing: '请输入密码。',
  passwordWeak: '密码不符合下列规则。',
  confirmMissing: '请再次输入密码。',
  passwordsDiffer: '两次输入的密码不一致。',
  eligibility: '能否加入',
  membershipLoading: '正在检查哪些实例已在批量计算中…',
  alreadyMember: (who, env) => `${who} 已是 ${env} 的计算节点，请先从那里移出。`,
  ready: (who) => `${who} 可以加入。`,
  typeName: (name) => `输入实例名称 ${name} 以确认`,
  typeCount: (n) => `输入实例数量 ${n} 以确认`,
};

export const addToBatchMessages: Localized<AddToBatchMessages> = { en, 'zh-CN': zhCN };
