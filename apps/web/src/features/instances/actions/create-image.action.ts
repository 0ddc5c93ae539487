import { cvm } from '@cvm/shared';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';
import { DiskIcon } from '../../../components/ui/change-icons.tsx';
import { localizedFor } from '../../../i18n/localized.ts';
import { changeable, stoppedWithoutCharging } from './change-rules.ts';
import { refuse, type InstanceAction } from './instance-action.ts';
import { rescueWords } from './rescue-words.ts';

/**
 * CreateImage (reference 27699): an image of a running or stopped instance's system disk and the data disks chosen,
 * in its dialog; not of one stopped without charging (UnsupportedOperation.StoppedModeStopCharging, 28054).
 */
export const createImageAction: InstanceAction = {
  id: 'createImage',
  group: 'change',
  order: 8,
  offeredIn: ['row', 'detail'],
  label: (t) => localizedFor({ en: 'Create image', 'zh-CN': '制作镜像' }, t),
  icon: DiskIcon,
  spec: cvm.CreateImage,
  allowed: (instance) => (stoppedWithoutCharging(instance) ? refuse((t, who) => localizedFor(rescueWords, t).stopCharging(who)) : changeable(instance, 'CreateImage')),
  Dialog: lazyDialog(() => import('../components/create-image/create-image-dialog.tsx'), 'CreateImageDialog'),
};

export default createImageAction;
