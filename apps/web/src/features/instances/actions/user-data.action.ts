import { cvm } from '@cvm/shared';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';
import { lineIcon } from '../../../components/ui/icons.tsx';
import { localizedFor, type Localized } from '../../../i18n/localized.ts';
import type { Messages } from '../../../i18n/en.ts';
import { OK, type InstanceAction } from './instance-action.ts';

/** A page with lines of text: a script. */
const ScriptIcon = lineIcon('M4 2.5h6l2 2v9H4v-11ZM6 7h4M6 9.5h4M6 12h2');

const words: Localized<{ label: string }> = { en: { label: 'User data' }, 'zh-CN': { label: '自定义数据' } };

/**
 * DescribeInstancesAttributes { UserData } (reference 20166): the script or data the instance was launched (or last
 * changed) with, shown decoded. In any state; an operator's, as the catalog says (bootstrap scripts often hold secrets).
 */
export const userDataAction: InstanceAction = {
  id: 'userData',
  group: 'change',
  order: 12,
  offeredIn: ['detail'],
  label: (t: Messages) => localizedFor(words, t).label,
  icon: ScriptIcon,
  spec: cvm.DescribeInstancesAttributes,
  allowed: () => OK,
  Dialog: lazyDialog(() => import('../components/modify/user-data-dialog.tsx'), 'UserDataDialog'),
};

export default userDataAction;
