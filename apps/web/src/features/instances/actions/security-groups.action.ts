import { cvm } from '@cvm/shared';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';
import { lineIcon } from '../../../components/ui/icons.tsx';
import { localizedFor, type Localized } from '../../../i18n/localized.ts';
import type { Messages } from '../../../i18n/en.ts';
import { changeable } from './change-rules.ts';
import type { InstanceAction } from './instance-action.ts';

/** A wall with a gap: what a security group is. */
const FirewallIcon = lineIcon('M2.5 4h11v8h-11V4ZM2.5 8h11M6 4v4M10 8v4');

const words: Localized<{ label: string }> = { en: { label: 'Security groups' }, 'zh-CN': { label: '安全组' } };

/**
 * ModifyInstancesAttribute { SecurityGroups } (reference: the instance's whole list, in the order their rules apply, at
 * most five): bind, unbind and reorder in one change, which applies at once. In the states the reference allows the
 * attribute change, and not during another change.
 */
export const securityGroupsAction: InstanceAction = {
  id: 'securityGroups',
  group: 'change',
  order: 13,
  offeredIn: ['row', 'detail'],
  label: (t: Messages) => localizedFor(words, t).label,
  icon: FirewallIcon,
  spec: cvm.ModifyInstancesAttribute,
  allowed: (instance) => changeable(instance, 'ModifyInstancesAttribute'),
  Dialog: lazyDialog(() => import('../components/modify/security-groups-dialog.tsx'), 'SecurityGroupsDialog'),
};

export default securityGroupsAction;
