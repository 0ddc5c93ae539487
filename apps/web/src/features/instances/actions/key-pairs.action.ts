import { cvm } from '@cvm/shared';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';
import { KeyIcon } from '../../../components/ui/change-icons.tsx';
import { localizedFor, type Localized } from '../../../i18n/localized.ts';
import type { Messages } from '../../../i18n/en.ts';
import type { InstanceAction } from './instance-action.ts';
import { keyPairsChangeable } from './key-pair-rule.ts';

const words: Localized<{ label: string }> = { en: { label: 'SSH key pairs' }, 'zh-CN': { label: 'SSH 密钥' } };

/**
 * AssociateInstancesKeyPairs / DisassociateInstancesKeyPairs (reference 29007, 29255): the keys that log in to a
 * Linux instance, bound (replacing the ones it had) or unbound. A stopped instance, or a running one stopped first
 * (by the console, or by the cloud with ForceStop, which starts it again).
 */
export const keyPairsAction: InstanceAction = {
  id: 'keyPairs',
  group: 'change',
  order: 7,
  offeredIn: ['row', 'detail'],
  label: (t: Messages) => localizedFor(words, t).label,
  icon: KeyIcon,
  spec: cvm.AssociateInstancesKeyPairs,
  allowed: keyPairsChangeable,
  Dialog: lazyDialog(() => import('../components/modify/key-pairs-dialog.tsx'), 'KeyPairsDialog'),
};

export default keyPairsAction;
