import type { Localized } from '../../../i18n/localized.ts';

// The wizard's words about launch templates: filling it in from a version, and saving its choices as a template or a
// new version of the one it came from. They load with the wizard.
const en = {
  saveAsTemplate: 'Save as launch template',
  prefilling: (id: string) => `Filling in from launch template ${id}…`,
  prefillFailed: (id: string) => `Could not read launch template ${id} to fill in the wizard`,
  prefillMissing: (id: string, version?: number) =>
    `Launch template ${id}${version ? ` has no version ${version}` : ' was not found'} in this region; the wizard was not filled in.`,
  fromTemplate: (name: string, version: number) => `From launch template ${name}, version ${version}.`,
  fromTemplateHint: 'The price and the purchase use it; what you choose here overrides it. Choose a password or key pair: a template keeps none the cloud shows.',
  stopUsing: 'Stop using the template',
  dialogTitle: 'Save as launch template',
  dialogIntro:
    'A launch template keeps these choices — where, billing, type, image, disks, network, bandwidth, how many, names, tags and the key pair — to buy the same again. It never keeps a password.',
  incomplete: 'Choose a zone, an instance type and an image first: a template needs them.',
  saveAs: 'Save as',
  newTemplate: 'A new launch template',
  newVersion: (name: string) => `A new version of ${name}`,
  name: 'Template name',
  nameHint: '2 to 128 characters.',
  nameProblem: 'Give the template a name of 2 to 128 characters.',
  description: 'Version description (optional)',
  descriptionHint: 'None, or 2 to 256 characters.',
  descriptionProblem: 'None, or 2 to 256 characters.',
  save: 'Save',
  cancel: 'Cancel',
  failed: 'Could not save the launch template',
  savedTemplate: (name: string, id: string) => `Saved as launch template ${name} (${id}), version 1. The wizard now buys from it.`,
  savedVersion: (name: string, version: number) => `Saved as version ${version} of ${name}. The wizard now buys from it.`,
  openTemplates: 'Open launch templates',
};

const zhCN: typeof en = {
  saveAsTemplate: '保存为启动模板',
  prefilling: (id) => `正在根据启动模板 ${id} 填写…`,
  prefillFailed: (id) => `无法读取启动模板 ${id} 来填写向导`,
  prefillMissing: (id, version) => `此地域中${version ? `启动模板 ${id} 没有版本 ${version}` : `找不到启动模板 ${id}`}，向导未被填写。`,
  fromTemplate: (name, version) => `来自启动模板 ${name}，版本 ${version}。`,
  fromTemplateHint: '询价和购买都使用它；此处的选择会覆盖它。请设置密码或选择密钥：模板不保存可查看的密码。',
  stopUsing: '不再使用此模板',
  dialogTitle: '保存为启动模板',
  dialogIntro: '启动模板保存这些选择——位置、计费、机型、镜像、磁盘、网络、带宽、数量、名称、标签和密钥——以便再次购买相同配置。它从不保存密码。',
  incomplete: '请先选择可用区、机型和镜像：模板需要它们。',
  saveAs: '保存为',
  newTemplate: '新的启动模板',
  newVersion: (name) => `${name} 的新版本`,
  name: '模板名称',
  nameHint: '2 到 128 个字符。',
  nameProblem: '请填写 2 到 128 个字符的模板名称。',
  description: '版本描述（可选）',
  descriptionHint: '不填，或 2 到 256 个字符。',
  descriptionProblem: '不填，或 2 到 256 个字符。',
  save: '保存',
  cancel: '取消',
  failed: '无法保存启动模板',
  savedTemplate: (name, id) => `已保存为启动模板 ${name}（${id}），版本 1。向导现在从它购买。`,
  savedVersion: (name, version) => `已保存为 ${name} 的版本 ${version}。向导现在从它购买。`,
  openTemplates: '打开启动模板',
};

export const launchTemplateWords: Localized<typeof en> = { en, 'zh-CN': zhCN };
