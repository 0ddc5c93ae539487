import { cvm } from '@cvm/shared';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';
import { lineIcon } from '../../../components/ui/icons.tsx';
import { localizedFor, type Localized } from '../../../i18n/localized.ts';
import type { Messages } from '../../../i18n/en.ts';
import { changeable } from './change-rules.ts';
import type { InstanceAction } from './instance-action.ts';

/** Two linked nodes: an address on a network. */
const NetworkIcon = lineIcon('M4 4.5h3v3H4v-3ZM9 8.5h3v3H9v-3ZM7 6h2.5v2.5');

const words: Localized<{ label: string }> = { en: { label: 'Private IP and subnet' }, 'zh-CN': { label: '内网 IP 与子网' } };

/**
 * ModifyInstancesVpcAttribute (reference 31360): a new private IP, or another subnet of the zone, for one instance. The
 * cloud shuts a running instance down, changes it and starts it again. Admin: it moves the instance on the network.
 */
export const privateIpAction: InstanceAction = {
  id: 'privateIp',
  group: 'change',
  order: 14,
  offeredIn: ['row', 'detail'],
  label: (t: Messages) => localizedFor(words, t).label,
  icon: NetworkIcon,
  spec: cvm.ModifyInstancesVpcAttribute,
  allowed: (instance) => changeable(instance, 'ModifyInstancesVpcAttribute'),
  Dialog: lazyDialog(() => import('../components/modify/private-ip-dialog.tsx'), 'PrivateIpDialog'),
};

export default privateIpAction;
