import { cvm } from '@cvm/shared';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';
import { lineIcon } from '../../../components/ui/icons.tsx';
import { localizedFor, type Localized } from '../../../i18n/localized.ts';
import type { Messages } from '../../../i18n/en.ts';
import { changeable, stoppedWithoutCharging } from './change-rules.ts';
import { refuse, type InstanceAction } from './instance-action.ts';

/** Three boxes apart: instances spread out. */
const SpreadIcon = lineIcon('M2 10h3.5v3.5H2zM6.25 3h3.5v3.5h-3.5zM10.5 10H14v3.5h-3.5z');

const words: Localized<{ label: string; onHost: (who: string) => string; noCharge: (who: string) => string }> = {
  en: {
    label: 'Placement group',
    onHost: (who) => `${who} runs on a dedicated host: the host is its placement`,
    noCharge: (who) => `${who} is stopped without charging: start it first`,
  },
  'zh-CN': { label: '调整置放群组', onHost: (who) => `${who}位于专用宿主机上，由宿主机决定部署`, noCharge: (who) => `${who}已关机不收费：请先开机` },
};
const w = (t: Messages) => localizedFor(words, t);

/**
 * ModifyInstancesDisasterRecoverGroup (reference 18526): instances into a placement group of the region, or out of
 * theirs. Running or stopped ones (the page's InstanceState* codes otherwise), not stopped without charging, not on a
 * dedicated host (UnsupportedOperation.InstanceChargeType).
 */
export const placementGroupAction: InstanceAction = {
  id: 'placementGroup',
  group: 'change',
  order: 15,
  offeredIn: ['row', 'detail'],
  label: (t) => w(t).label,
  icon: SpreadIcon,
  spec: cvm.ModifyInstancesDisasterRecoverGroup,
  allowed: (instance) => {
    if (instance.InstanceChargeType === 'CDHPAID') return refuse((t, who) => w(t).onHost(who));
    if (stoppedWithoutCharging(instance)) return refuse((t, who) => w(t).noCharge(who));
    return changeable(instance, ['RUNNING', 'STOPPED']);
  },
  Dialog: lazyDialog(() => import('../components/modify/placement-group-dialog.tsx'), 'PlacementGroupDialog'),
};

export default placementGroupAction;
