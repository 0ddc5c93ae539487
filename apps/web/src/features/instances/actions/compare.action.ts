import { monitor } from '@cvm/shared';
import { lineIcon } from '../../../components/ui/icons.tsx';
import { COMPARE_MAX_INSTANCES } from '../../../cloud/monitor/monitor-limits.ts';
import { OK, refuse, type InstanceAction } from './instance-action.ts';
import { lazyDialog } from '../../../actions/lazy-dialog.ts';

/** Two lines on a chart: instances side by side. */
const CompareIcon = lineIcon('M2 13.5h12M2.5 11l3-4 3 2 5-6M2.5 12.5l3-2.5 3 .5 5-3');

/**
 * Compare: the ticked instances' one metric on one chart (GetMonitorData, one call), at most ten lines, which a reader
 * can still tell apart. Any instance may be compared; a stopped one shows as a gap.
 */
export const compareAction: InstanceAction = {
  id: 'compare',
  group: 'observe',
  order: 1,
  offeredIn: ['toolbar'],
  label: (t) => t.actions.compare,
  icon: CompareIcon,
  spec: monitor.GetMonitorData,
  allowed: () => OK,
  allowedTogether: (instances) => (instances.length > COMPARE_MAX_INSTANCES ? refuse((t) => t.actions.compareTooMany(COMPARE_MAX_INSTANCES)) : OK),
  Dialog: lazyDialog(() => import('../monitoring/components/compare-dialog.tsx'), 'CompareDialog'),
};

export default compareAction;
