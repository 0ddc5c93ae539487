import { IMAGE_DESCRIPTION_MAX, IMAGE_NAME_MAX } from '@cvm/shared';
import type { Localized } from '../../../../i18n/localized.ts';

// The "Create image" dialog's words; they load with the dialog.
const en = {
  title: (who: string) => `Create an image of ${who}`,
  intro: 'An image of the system disk (and the data disks chosen), to launch or reinstall instances from. It shows as Creating on the Images page until it is Normal.',
  name: 'Image name',
  nameHint: `At most ${IMAGE_NAME_MAX} characters, unlike the names of the region's other images.`,
  nameEmpty: 'Give the image a name.',
  nameTooLong: `At most ${IMAGE_NAME_MAX} characters.`,
  description: 'Description',
  descriptionHint: `Optional, at most ${IMAGE_DESCRIPTION_MAX} characters.`,
  descriptionTooLong: `At most ${IMAGE_DESCRIPTION_MAX} characters.`,
  dataDisks: 'Data disks in the image',
  dataDisksHint: 'The system disk is always in it; data disks make it a whole-machine image.',
  dataDisk: (id: string, size: number, type: string) => `${id} · ${size} GB · ${type}`,
  localDisk: 'A local disk cannot go into an image.',
  noDataDisks: 'The instance has no data disks: the image holds its system disk.',
  runningLegend: 'The instance is running',
  stopFirst: 'Shut it down first (recommended)',
  stopFirstHint: 'The console stops it with a normal shutdown, waits until it is stopped, then makes the image; it stays stopped.',
  force: 'Let the cloud power it off',
  forceHint: 'The cloud powers it off, makes the image and starts it again (ForcePoweroff).',
  online: 'Image it as it runs',
  onlineHint: 'No downtime, but what is not yet written to disk is not in the image.',
  staysStopped: 'The instance is stopped and stays stopped while its disks are read.',
  choiceLocked: 'The console has already stopped it.',
  stepImage: 'Make the image',
};

export type CreateImageMessages = typeof en;

const zhCN: CreateImageMessages = {
  title: (who) => `为 ${who} 制作镜像`,
  intro: '用系统盘（及所选数据盘）制作镜像，可用于创建实例或重装系统。在镜像页面中，它先显示为“创建中”，完成后为“正常”。',
  name: '镜像名称',
  nameHint: `最多 ${IMAGE_NAME_MAX} 个字符，不能与此地域的其他镜像重名。`,
  nameEmpty: '请填写镜像名称。',
  nameTooLong: `最多 ${IMAGE_NAME_MAX} 个字符。`,
  description: '描述',
  descriptionHint: `可选，最多 ${IMAGE_DESCRIPTION_MAX} 个字符。`,
  descriptionTooLong: `最多 ${IMAGE_DESCRIPTION_MAX} 个字符。`,
  dataDisks: '镜像包含的数据盘',
  dataDisksHint: '镜像总是包含系统盘；加入数据盘即为整机镜像。',
  dataDisk: (id, size, type) => `${id} · ${size} GB · ${type}`,
  localDisk: '本地盘不能加入镜像。',
  noDataDisks: '该实例没有数据盘：镜像只包含系统盘。',
  runningLegend: '实例正在运行',
  stopFirst: '先关机（推荐）',
  stopFirstHint: '控制台先正常关机，等实例关机后再制作镜像；实例保持关机。',
  force: '由云端强制关机',
  forceHint: '云端强制关机，制作镜像后再开机（ForcePoweroff）。',
  online: '开机状态制作',
  onlineHint: '无需停机，但尚未写入磁盘的数据不会进入镜像。',
  staysStopped: '实例已关机，读取磁盘期间保持关机。',
  choiceLocked: '控制台已将其关机。',
  stepImage: '制作镜像',
};

export const createImageMessages: Localized<CreateImageMessages> = { en, 'zh-CN': zhCN };
