import type { Instance } from '@cvm/shared';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import { actionDialogMessages } from './messages.ts';

const SHOWN = 8;

/** The instances a confirmation is about, by name and ID, so nobody confirms for the wrong ones. */
export function AffectedInstances({ instances }: { instances: Instance[] }) {
  const t = useT();
  const m = useLocalized(actionDialogMessages);
  const shown = instances.slice(0, SHOWN);
  return (
    <div>
      <h3 className="mb-1.5 text-xs font-semibold tracking-wide text-fg-muted uppercase">{m.affected}</h3>
      <ul className="divide-y divide-line rounded-md border border-line">
        {shown.map((instance) => (
          <li key={instance.InstanceId} className="flex items-baseline justify-between gap-3 px-3 py-1.5">
            <span className="truncate font-medium">{instance.InstanceName || t.instances.unnamed}</span>
            <span className="shrink-0 font-mono text-xs text-fg-muted">{instance.InstanceId}</span>
          </li>
        ))}
        {instances.length > SHOWN && <li className="px-3 py-1.5 text-fg-muted">{m.more(instances.length - SHOWN)}</li>}
      </ul>
    </div>
  );
}
