import { ChoiceGroup } from '../../../../components/ui/choice-group.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import type { RunningChoice } from '../../api/change-flow.ts';
import { modifyMessages } from './messages.ts';

/**
 * What to do with a running instance for a change that needs it stopped: the console stops it first (a clean
 * shutdown, and it stays stopped), or the cloud forces it off and starts it again (ForceStop); disks can also grow
 * while it runs (ResizeOnline). Only shown for a running instance; a stopped one simply stays stopped.
 */
export function RunningChoiceField({
  value,
  onChange,
  online = false,
  disabled = false,
}: {
  value: RunningChoice;
  onChange: (value: RunningChoice) => void;
  online?: boolean;
  disabled?: boolean;
}) {
  const m = useLocalized(modifyMessages);
  const why = disabled ? m.choiceLocked : undefined;
  return (
    <ChoiceGroup<RunningChoice>
      legend={m.runningLegend}
      value={value}
      onChange={onChange}
      choices={[
        ...(online ? [{ value: 'online' as const, label: m.online, hint: m.onlineHint, disabledReason: why }] : []),
        { value: 'stop-first', label: m.stopFirst, hint: m.stopFirstHint, disabledReason: why },
        { value: 'force', label: m.force, hint: m.forceHint, disabledReason: why },
      ]}
    />
  );
}
