import { useId } from 'react';
import { useT } from '../../i18n/use-t.ts';

/** A control with its label and, when it is refused, why. */
export interface RefusedControl {
  label: string;
  reason: string | undefined;
}

export interface RefusalHint {
  id: string;
  reason: string;
  labels: string[];
}

/**
 * One hint per distinct reason among the controls ("Start, Stop, Reboot: Needs the operator role"), each with an ID the
 * refused controls are described by (aria-describedby), so a reason is said once however many controls it refuses.
 */
export function useRefusalHints(controls: readonly RefusedControl[]) {
  const hintsId = useId();
  const reasons = [...new Set(controls.map((control) => control.reason).filter((reason): reason is string => Boolean(reason)))];
  const hints: RefusalHint[] = reasons.map((reason, index) => ({
    id: `${hintsId}-${index}`,
    reason,
    labels: controls.filter((control) => control.reason === reason).map((control) => control.label),
  }));
  const hintIdFor = (reason: string | undefined) => hints.find((hint) => hint.reason === reason)?.id;
  return { hints, hintIdFor };
}

/** The hints in words, under the controls they explain; `quiet`: for screen readers only (the controls' titles show them). */
export function RefusalHints({ hints, quiet = false }: { hints: readonly RefusalHint[]; quiet?: boolean }) {
  const t = useT();
  if (hints.length === 0) return null;
  return (
    <ul className={quiet ? 'sr-only' : 'mt-2 space-y-0.5 text-xs text-fg-muted'}>
      {hints.map((hint) => (
        <li key={hint.id} id={hint.id}>
          {t.actions.hint(hint.labels.join(t.actions.listSeparator), hint.reason)}
        </li>
      ))}
    </ul>
  );
}
