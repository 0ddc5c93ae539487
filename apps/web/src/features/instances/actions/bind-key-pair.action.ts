import { cvm } from '@cvm/shared';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';
import { KeyIcon } from '../../../components/ui/change-icons.tsx';
import { localizedFor, type Localized } from '../../../i18n/localized.ts';
import type { Messages } from '../../../i18n/en.ts';
import type { InstanceAction } from './instance-action.ts';
import { keyPairsChangeable } from './key-pair-rule.ts';

const words: Localized<{ label: string }> = { en: { label: 'Bind a key pair' }, 'zh-CN': { label: '绑定密钥' } };

/**
 * AssociateInstancesKeyPairs (reference 29007) for many Linux instances at once: one key, replacing the keys each had.
 * Stopped ones stay stopped; running ones are forced off and started again by the cloud (ForceStop), when the person
 * says so. The row's "SSH key pairs" edits one instance's keys.
 */
export const bindKeyPairAction: InstanceAction = {
  id: 'bindKeyPair',
  group: 'change',
  order: 5,
  offeredIn: ['toolbar'],
  label: (t: Messages) => localizedFor(words, t).label,
  icon: KeyIcon,
  spec: cvm.AssociateInstancesKeyPairs,
  allowed: keyPairsChangeable,
  Dialog: lazyDialog(() => import('../components/modify/bind-key-pair-dialog.tsx'), 'BindKeyPairDialog'),
};

export default bindKeyPairAction;
