import { useId, useState, type KeyboardEvent } from 'react';
import type { Instance } from '@cvm/shared';
import type { CloudScope } from '../../../../api/cloud-scope.ts';
import { toConsoleError } from '../../../../api/console-error.ts';
import { cn } from '../../../../components/ui/cn.ts';
import { errorWords } from '../../../../components/ui/error-words.ts';
import { CheckIcon, CloseIcon } from '../../../../components/ui/icons.tsx';
import { Spinner } from '../../../../components/ui/spinner.tsx';
import { useLocalized } from '../../../../i18n/localized.ts';
import { useT } from '../../../../i18n/use-t.ts';
import { RENAME_MAX_LENGTH, renameProblem, useRenameInstance } from '../../api/rename-instance.ts';
import { renameIconButton, stopClick } from '../inline-rename.tsx';
import { modifyMessages } from './messages.ts';

interface RenameEditorProps {
  instance: Instance;
  scope: CloudScope;
  className?: string | undefined;
  inputClassName: string;
  /** Saved or cancelled: back to showing the name. */
  onDone: () => void;
}

/**
 * The name as a text box: Enter saves, Escape cancels (and only the editor closes, not the panel around it). Too long
 * is said while typing, empty once Enter was pressed; either way nothing is sent. The cloud's refusal is shown as the
 * rest of the console shows errors: code, message and RequestId.
 */
export function RenameEditor({ instance, scope, className, inputClassName, onDone }: RenameEditorProps) {
  const t = useT();
  const m = useLocalized(modifyMessages);
  const errorId = useId();
  const [draft, setDraft] = useState(instance.InstanceName);
  const [attempted, setAttempted] = useState(false);
  const rename = useRenameInstance(scope);
  const problem = renameProblem(draft, m);
  const shown = attempted || draft.length > RENAME_MAX_LENGTH ? problem : undefined;
  const error = rename.error ? toConsoleError(rename.error) : undefined;
  // "Could not rename", or, when the answer was lost, "may have been carried out" (the row is being read again).
  const words = error && errorWords(error, t, m.renameFailed);
  const message = shown ?? (error && words ? `${words.title}: ${error.code} — ${error.message}${error.requestId ? ` (${t.errors.requestId} ${error.requestId})` : ''}` : undefined);

  const save = () => {
    if (rename.isPending) return;
    if (draft === instance.InstanceName) return onDone();
    setAttempted(true);
    if (problem) return rename.reset();
    rename.mutate({ ids: [instance.InstanceId], name: draft }, { onSuccess: onDone });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      // Not the side panel's Escape: only the editor closes.
      event.preventDefault();
      onDone();
    }
  };

  return (
    <span className={cn('flex flex-col gap-1', className)} onClick={stopClick}>
      <span className="flex items-center gap-1">
        <input
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          aria-label={m.newName}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? errorId : undefined}
          title={m.renameHint}
          autoComplete="off"
          spellCheck={false}
          // The person asked for the editor this moment: focus follows.
          autoFocus
          className={cn(
            'h-7 min-w-0 rounded-md border border-line bg-surface px-2 text-[13px] font-normal text-fg hover:border-line-strong aria-invalid:border-red-500',
            inputClassName,
          )}
        />
        {rename.isPending ? (
          <Spinner className="text-fg-subtle" label={t.common.saving} />
        ) : (
          <>
            <button type="button" aria-label={t.common.save} title={t.common.save} onClick={save} className={renameIconButton}>
              <CheckIcon className="size-3.5" />
            </button>
            <button type="button" aria-label={t.common.cancel} title={t.common.cancel} onClick={onDone} className={renameIconButton}>
              <CloseIcon className="size-3.5" />
            </button>
          </>
        )}
      </span>
      {message && (
        <span
          id={errorId}
          role="alert"
          className={cn(
            'max-w-72 text-xs font-medium whitespace-normal',
            !shown && words?.tone === 'warning' ? 'text-amber-800 dark:text-amber-300' : 'text-red-700 dark:text-red-300',
          )}
        >
          {message}
        </span>
      )}
    </span>
  );
}
