import { cvm } from '@cvm/shared';
import { GaugeIcon } from '../../../components/ui/change-icons.tsx';
import { words } from './change-words.ts';
import { changeable } from './change-rules.ts';
import { OK, refuse, type InstanceAction } from './instance-action.ts';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';

/** ResetInstancesInternetMaxBandwidth: only an instance with a public IP has public bandwidth (FailedOperation.NotFoundEIP). */
export const bandwidthAction: InstanceAction = {
  id: 'bandwidth',
  group: 'change',
  order: 5,
  offeredIn: ['row', 'detail'],
  label: (t) => words(t).bandwidth,
  icon: GaugeIcon,
  spec: cvm.ResetInstancesInternetMaxBandwidth,
  allowed: (instance) => {
    const verdict = changeable(instance, 'ResetInstancesInternetMaxBandwidth');
    if (!verdict.ok) return verdict;
    const publicIp = instance.InternetAccessible.PublicIpAssigned ?? (instance.PublicIpAddresses ?? []).length > 0;
    return publicIp && instance.InternetAccessible.InternetChargeType ? OK : refuse((t, who) => words(t).noPublicIp(who));
  },
  Dialog: lazyDialog(() => import('../components/modify/index.ts'), 'BandwidthDialog'),
};

export default bandwidthAction;
