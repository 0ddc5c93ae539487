import { Button } from '../../../../components/ui/button.tsx';
import { ErrorPanel } from '../../../../components/ui/error-panel.tsx';
import { FormAlert } from '../../../../components/ui/form-alert.tsx';
import { CheckIcon, CloseIcon } from '../../../../components/ui/icons.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import type { InterfaceTask, InterfaceTasks } from '../api/use-interface-tasks.ts';
import { interfaceMessages, type InterfaceMessages } from '../messages.ts';

function DismissButton({ task, onDismiss, m }: { task: InterfaceTask; onDismiss: (id: string) => void; m: InterfaceMessages }) {
  return (
    <Button variant="ghost" iconOnly aria-label={m.dismiss} title={m.dismiss} onClick={() => onDismiss(task.taskId)} className="-my-1 shrink-0">
      <CloseIcon />
    </Button>
  );
}

/**
 * The binds and unbinds under way, each with its task ID: a spinner while the cloud reports it RUNNING (a status, read
 * politely), then done, or failed with the cloud's reason (an alert). One still running after several minutes, or
 * whose progress could not be read, can be checked again.
 */
export function TaskList({ tasks, checkAgain, dismiss }: Pick<InterfaceTasks, 'tasks' | 'checkAgain' | 'dismiss'>) {
  const m = useLocalized(interfaceMessages);
  if (tasks.length === 0) return null;
  return (
    <ul aria-label={m.tasksLabel} className="space-y-2">
      {tasks.map((task) => {
        const bind = task.kind === 'bind';
        return (
          <li key={task.taskId} data-task-id={task.taskId} data-status={task.status}>
            {task.status === 'RUNNING' && (
              <div role="status" className="flex items-center gap-2 rounded-md border border-line bg-surface-2 px-3 py-2 text-sm text-fg">
                <Spinner className="text-accent" />
                <span className="min-w-0 break-all">{bind ? m.binding(task.interfaceName, task.taskId) : m.unbinding(task.interfaceName, task.taskId)}</span>
              </div>
            )}
            {task.status === 'SUCCESS' && (
              <div
                role="status"
                className="flex items-center gap-2 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-400/30 dark:bg-emerald-400/10 dark:text-emerald-100"
              >
                <CheckIcon className="shrink-0 text-emerald-600 dark:text-emerald-300" />
                <span className="min-w-0 flex-1 break-all">
                  {bind ? m.boundDone(task.interfaceName) : m.unboundDone(task.interfaceName)} <span className="text-xs opacity-80">({task.taskId})</span>
                </span>
                <DismissButton task={task} onDismiss={dismiss} m={m} />
              </div>
            )}
            {task.status === 'FAILED' && (
              <FormAlert>
                <div className="flex items-start gap-2">
                  <p className="min-w-0 flex-1 font-semibold break-all">
                    {bind ? m.bindTaskFailed(task.interfaceName, task.taskId) : m.unbindTaskFailed(task.interfaceName, task.taskId)}
                  </p>
                  <DismissButton task={task} onDismiss={dismiss} m={m} />
                </div>
                {task.output && <p className="font-mono text-xs break-words">{task.output}</p>}
              </FormAlert>
            )}
            {task.status === 'STILL_RUNNING' && (
              <div
                role="status"
                className="flex items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-400/30 dark:bg-amber-400/10 dark:text-amber-100"
              >
                <span className="min-w-0 flex-1 break-all">{m.stillRunning(task.taskId)}</span>
                <Button onClick={() => checkAgain(task.taskId)}>{m.checkAgain}</Button>
                <DismissButton task={task} onDismiss={dismiss} m={m} />
              </div>
            )}
            {task.status === 'UNREADABLE' && <ErrorPanel error={task.error} title={m.readFailed(task.taskId)} onRetry={() => checkAgain(task.taskId)} />}
          </li>
        );
      })}
    </ul>
  );
}
