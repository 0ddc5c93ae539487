import type { InstanceState } from '@cvm/shared';
import { cn } from '../../../../components/ui/cn.ts';
import { CheckIcon } from '../../../../components/ui/icons.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import type { FlowStep, RunningChoice } from '../../api/change-flow.ts';
import { modifyMessages } from './messages.ts';

const ORDER: FlowStep[] = ['stopping', 'waiting', 'changing', 'done'];

/**
 * The stop-first way, step by step, as it happens: stop, wait until stopped (with the state last read), then the
 * change. Announced politely as each step begins; the dialog must stay open until the instance has stopped.
 */
export function FlowProgress({ step, observed, changeText }: { step: FlowStep; observed: InstanceState | undefined; changeText: string }) {
  const m = useLocalized(modifyMessages);
  const t = useT();
  const at = ORDER.indexOf(step);
  const state = observed ? (Object.hasOwn(t.states, observed) ? t.states[observed] : observed) : '';
  const steps = [
    { key: 'stopping', text: m.stepStop },
    { key: 'waiting', text: m.stepWait(state) },
    { key: 'changing', text: changeText },
  ];
  const current = steps[at]?.text;
  return (
    <div className="space-y-2">
      <p role="status" className="sr-only">
        {current ?? ''}
      </p>
      <ol aria-label={m.progressLabel} className="space-y-1.5 rounded-md border border-line px-3 py-2.5">
        {steps.map((item, index) => {
          const status = at > index ? 'done' : at === index ? 'active' : 'pending';
          return (
            <li key={item.key} data-status={status} className={cn('flex items-center gap-2', status === 'pending' && 'text-fg-subtle')}>
              <span className="flex size-4 shrink-0 items-center justify-center">
                {status === 'done' ? (
                  <CheckIcon className="text-emerald-600 dark:text-emerald-300" />
                ) : status === 'active' ? (
                  <Spinner />
                ) : (
                  <span className="size-1.5 rounded-full bg-current" />
                )}
              </span>
              <span>
                {item.text}
                <span className="sr-only"> ({m.stepStatus[status]})</span>
              </span>
            </li>
          );
        })}
      </ol>
      {(step === 'stopping' || step === 'waiting') && <p className="text-xs text-fg-muted">{m.keepOpen}</p>}
    </div>
  );
}

/** The stop-first progress, shown only once the console has begun that way for a running instance. */
export function StopFirstProgress({
  flow,
  running,
  choice,
  changeText,
}: {
  flow: { step: FlowStep; observed: InstanceState | undefined };
  running: boolean;
  choice: RunningChoice;
  changeText: string;
}) {
  if (!running || choice !== 'stop-first' || flow.step === 'idle') return null;
  return <FlowProgress step={flow.step} observed={flow.observed} changeText={changeText} />;
}
