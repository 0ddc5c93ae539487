import { useContext } from 'react';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import { actionDialogMessages } from './messages.ts';
import { SkippedInstancesContext } from './skipped-context.ts';

/** In a batch's confirmation: the instances it will not touch, and why, so nobody thinks they were done too. */
export function SkippedInstancesList() {
  const skipped = useContext(SkippedInstancesContext);
  const t = useT();
  const m = useLocalized(actionDialogMessages);
  if (skipped.length === 0) return null;
  return (
    <div>
      <h3 className="mb-1.5 text-xs font-semibold tracking-wide text-amber-800 uppercase dark:text-amber-300">{m.skipped(skipped.length)}</h3>
      <ul className="divide-y divide-line rounded-md border border-line">
        {skipped.map(({ target, reason }) => (
          <li key={target.InstanceId} className="px-3 py-1.5">
            <div className="flex items-baseline justify-between gap-3">
              <span className="truncate font-medium">{target.InstanceName || t.instances.unnamed}</span>
              <span className="shrink-0 font-mono text-xs text-fg-muted">{target.InstanceId}</span>
            </div>
            <p className="text-xs text-fg-muted">{reason}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
