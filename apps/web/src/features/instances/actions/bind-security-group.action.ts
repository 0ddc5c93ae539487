import { cvm } from '@cvm/shared';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';
import { lineIcon } from '../../../components/ui/icons.tsx';
import { localizedFor, type Localized } from '../../../i18n/localized.ts';
import type { Messages } from '../../../i18n/en.ts';
import { changeable } from './change-rules.ts';
import { refuse, type InstanceAction } from './instance-action.ts';

/** A wall with a plus: one more group. */
const AddGroupIcon = lineIcon('M2.5 4h8v8h-8V4ZM2.5 8h8M6 4v4M13.5 5v4M11.5 7h4');

const words: Localized<{ label: string; full: (who: string) => string }> = {
  en: { label: 'Bind a security group', full: (who) => `${who} already has ${cvm.MAX_INSTANCE_SECURITY_GROUPS} security groups, the most an instance takes.` },
  'zh-CN': { label: '绑定安全组', full: (who) => `${who} 已绑定 ${cvm.MAX_INSTANCE_SECURITY_GROUPS} 个安全组，已达上限。` },
};

/**
 * AssociateSecurityGroups (reference 30066) for many instances at once: one group, appended after each instance's own
 * (last in priority). The row's "Security groups" edits one instance's list and order.
 */
export const bindSecurityGroupAction: InstanceAction = {
  id: 'bindSecurityGroup',
  group: 'change',
  order: 3,
  offeredIn: ['toolbar'],
  label: (t: Messages) => localizedFor(words, t).label,
  icon: AddGroupIcon,
  spec: cvm.AssociateSecurityGroups,
  allowed: (instance) =>
    instance.SecurityGroupIds.length >= cvm.MAX_INSTANCE_SECURITY_GROUPS ? refuse((t, who) => localizedFor(words, t).full(who)) : changeable(instance, 'AssociateSecurityGroups'),
  Dialog: lazyDialog(() => import('../components/modify/bind-security-group-dialog.tsx'), 'BindSecurityGroupDialog'),
};

export default bindSecurityGroupAction;
