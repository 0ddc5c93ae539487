import { cn } from '../../../components/ui/cn.ts';
import { AlertIcon, CheckIcon } from '../../../components/ui/icons.tsx';
import { useLocalized } from '../../../i18n/localized.ts';
import { createMessages } from '../messages.ts';
import { STEP_IDS, stepIndex, type StepId } from '../state/steps.ts';
import type { Problem } from '../state/validate.ts';

interface WizardStepperProps {
  current: StepId;
  problems: Problem[];
  /** Steps the person has been past: their problems are flagged here. */
  visited: ReadonlySet<StepId>;
  onGo: (step: StepId) => void;
}

/**
 * The steps as a list of buttons: any step can be opened at any time (the price and the review follow), the current
 * one is marked aria-current="step", and a visited step that still has a problem says so in its name.
 */
export function WizardStepper({ current, problems, visited, onGo }: WizardStepperProps) {
  const m = useLocalized(createMessages);
  return (
    <nav aria-label={m.stepsLabel}>
      <ol className="flex flex-wrap gap-1.5">
        {STEP_IDS.map((step, index) => {
          const active = step === current;
          const flagged = visited.has(step) && step !== 'review' && problems.some((p) => p.step === step && (!p.missing || visited.has(step)));
          const done = !flagged && visited.has(step) && stepIndex(step) < stepIndex(current);
          return (
            <li key={step}>
              <button
                type="button"
                aria-current={active ? 'step' : undefined}
                onClick={() => onGo(step)}
                className={cn(
                  'inline-flex h-8 items-center gap-1.5 rounded-full border px-3 text-[13px] font-medium whitespace-nowrap transition-colors',
                  active ? 'border-accent bg-accent text-on-accent' : 'border-line bg-surface text-fg-muted hover:border-line-strong hover:text-fg',
                )}
              >
                {flagged ? <AlertIcon className={cn('size-3.5', active ? '' : 'text-amber-600 dark:text-amber-300')} /> : done ? <CheckIcon className="size-3.5" /> : null}
                {m.stepNumber(index + 1, m.steps[step])}
                {flagged && <span className="sr-only">({m.stepHasProblems})</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
