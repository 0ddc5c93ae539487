import { cvm } from '@cvm/shared';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';
import { lineIcon } from '../../../components/ui/icons.tsx';
import { localizedFor, type Localized } from '../../../i18n/localized.ts';
import type { Messages } from '../../../i18n/en.ts';
import { changeable } from './change-rules.ts';
import type { InstanceAction } from './instance-action.ts';

/** A folder: what a project groups. */
const FolderIcon = lineIcon('M2.5 4.5h4l1.5 1.5h5.5v6.5h-11v-8Z');

const words: Localized<{ label: string }> = { en: { label: 'Move to project' }, 'zh-CN': { label: '移至项目' } };

/** ModifyInstancesProject (reference 19580): one or many instances into one of the account's projects, at once. */
export const projectAction: InstanceAction = {
  id: 'project',
  group: 'change',
  order: 4,
  offeredIn: ['toolbar', 'row', 'detail'],
  label: (t: Messages) => localizedFor(words, t).label,
  icon: FolderIcon,
  spec: cvm.ModifyInstancesProject,
  allowed: (instance) => changeable(instance, 'ModifyInstancesProject'),
  Dialog: lazyDialog(() => import('../components/modify/project-dialog.tsx'), 'ProjectDialog'),
};

export default projectAction;
