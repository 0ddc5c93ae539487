import { cvm } from '@cvm/shared';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';
import { lineIcon } from '../../../components/ui/icons.tsx';
import { localizedFor, type Localized } from '../../../i18n/localized.ts';
import type { Messages } from '../../../i18n/en.ts';
import { OK, type InstanceAction } from './instance-action.ts';

/** A sheet with a folded corner: a template. */
const TemplateIcon = lineIcon('M4 2.5h5.5l2.5 2.5v8.5H4v-11ZM9.5 2.5V5H12M6 8h4M6 10.5h4');

const words: Localized<{ label: string }> = { en: { label: 'Save as launch template' }, 'zh-CN': { label: '保存为启动模板' } };

/**
 * CreateLaunchTemplate (reference 31918) from one instance's configuration — where, billing, type, image, disks,
 * network, bandwidth, key pairs, name and tags — to buy the same again. In any state: it changes nothing on the instance.
 */
export const saveAsTemplateAction: InstanceAction = {
  id: 'saveAsTemplate',
  group: 'handover',
  order: 5,
  offeredIn: ['row', 'detail'],
  label: (t: Messages) => localizedFor(words, t).label,
  icon: TemplateIcon,
  spec: cvm.CreateLaunchTemplate,
  allowed: () => OK,
  Dialog: lazyDialog(() => import('../components/save-as-template-dialog.tsx'), 'SaveAsTemplateDialog'),
};

export default saveAsTemplateAction;
