import type { ScalingActivity } from '@cvm/shared';
import { cn } from '../../../components/ui/cn.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { scalingMessages } from '../messages.ts';

const barTones: Record<ScalingActivity['StatusCode'], string> = {
  InProgress: 'bg-accent',
  Successful: 'bg-emerald-500 dark:bg-emerald-400',
  Warning: 'bg-amber-500 dark:bg-amber-400',
  Failed: 'bg-red-500 dark:bg-red-400',
  Rejected: 'bg-red-500 dark:bg-red-400',
};

/** An activity's progress: a labelled progressbar (0–100) with the percentage written beside it. */
export function ActivityProgress({ activity, className }: { activity: ScalingActivity; className?: string }) {
  const m = useLocalized(scalingMessages);
  const value = Math.max(0, Math.min(100, activity.Progress));
  return (
    <div className={cn('flex items-center gap-2', className)}>
      <div
        role="progressbar"
        aria-label={m.activityProgress(activity.Description)}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={`${m.percent(value)} · ${m.activityStates[activity.StatusCode]}`}
        className="h-1.5 w-40 overflow-hidden rounded-full bg-surface-3"
      >
        <div className={cn('h-full rounded-full transition-[width] duration-500', barTones[activity.StatusCode])} style={{ width: `${value}%` }} />
      </div>
      <span className="w-10 text-right text-xs tabular-nums text-fg-muted">{m.percent(value)}</span>
    </div>
  );
}
