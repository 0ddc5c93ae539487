import { cvm } from '@cvm/shared';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';
import { lineIcon } from '../../../components/ui/icons.tsx';
import { localizedFor, type Localized } from '../../../i18n/localized.ts';
import type { Messages } from '../../../i18n/en.ts';
import { changeable } from './change-rules.ts';
import type { InstanceAction } from './instance-action.ts';

/** A shield: what keeps an instance from being terminated by accident. */
const ShieldIcon = lineIcon('M8 2 13 4v4c0 3-2.2 5.2-5 6-2.8-.8-5-3-5-6V4l5-2Z');

const words: Localized<{ label: string }> = {
  en: { label: 'Termination protection' },
  'zh-CN': { label: '实例销毁保护' },
};

/**
 * ModifyInstancesAttribute { DisableApiTermination } (reference: "实例销毁保护"): while on, TerminateInstances refuses
 * the instance (UnsupportedOperation.InstancesProtected) — the console's Terminate says "turn it off first", and this
 * is where it is turned off. In the states the reference allows the attribute change, and not during another change.
 */
export const protectionAction: InstanceAction = {
  id: 'protection',
  group: 'change',
  order: 11,
  offeredIn: ['row', 'detail'],
  label: (t: Messages) => localizedFor(words, t).label,
  icon: ShieldIcon,
  spec: cvm.ModifyInstancesAttribute,
  allowed: (instance) => changeable(instance, 'ModifyInstancesAttribute'),
  Dialog: lazyDialog(() => import('../components/modify/protection-dialog.tsx'), 'ProtectionDialog'),
};

export default protectionAction;
