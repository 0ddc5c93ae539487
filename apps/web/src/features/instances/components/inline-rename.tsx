import { lazy, Suspense, useId, useState, type ReactNode } from 'react';
import type { Instance } from '@cvm/shared';
import type { CloudScope } from '../../../api/cloud-scope.ts';
import { useSignedInUser } from '../../../api/session.ts';
import { cn } from '../../../components/ui/cn.ts';
import { PencilIcon } from '../../../components/ui/icons.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { instanceLabel, refusalOf } from '../actions/refusal.ts';
import { renameAction } from '../actions/rename.action.ts';

// The editor (and the call it makes) loads with the change dialogs, the first time someone renames.
const RenameEditor = lazy(() => import('./modify/index.ts').then((m) => ({ default: m.RenameEditor })));

// The row opens the detail panel on click; clicks on the name's editor are the editor's alone.
export const stopClick = (event: { stopPropagation: () => void }) => event.stopPropagation();

export const renameIconButton =
  'inline-flex size-6 shrink-0 items-center justify-center rounded text-fg-subtle hover:bg-surface-3 hover:text-fg aria-disabled:cursor-not-allowed aria-disabled:opacity-45';

interface InlineRenameProps {
  instance: Instance;
  scope: CloudScope;
  /** The name as shown when not editing. */
  children: ReactNode;
  className?: string;
  /** Width of the text box while editing. */
  inputClassName?: string;
}

/**
 * The instance's name with a pencil button beside it, which turns it into a text box: Enter saves
 * (ModifyInstancesAttribute), Escape cancels. The rule (at most 60 characters, not empty) is checked before anything
 * is sent. Refused (role, state) the pencil stays focusable with the reason as its description.
 */
export function InlineRename({ instance, scope, children, className, inputClassName = 'w-44' }: InlineRenameProps) {
  const t = useT();
  const user = useSignedInUser();
  const reasonId = useId();
  const [editing, setEditing] = useState(false);
  const refusal = refusalOf(renameAction, [instance], user.role, t, true);
  const label = instanceLabel(instance);

  const display = (
    <span className={cn('flex min-w-0 items-center gap-1', className)}>
      <span className="min-w-0 truncate">{children}</span>
      <button
        type="button"
        aria-label={t.instances.renameLabel(label)}
        title={refusal ?? t.instances.renameLabel(label)}
        aria-disabled={refusal ? true : undefined}
        aria-describedby={refusal ? reasonId : undefined}
        onClick={(event) => {
          stopClick(event);
          if (!refusal) setEditing(true);
        }}
        className={renameIconButton}
      >
        <PencilIcon className="size-3.5" />
      </button>
      {refusal && (
        <span id={reasonId} className="sr-only">
          {refusal}
        </span>
      )}
    </span>
  );

  if (!editing) return display;
  return (
    <Suspense fallback={display}>
      {/* The name stays for assistive technology (it may name the panel around it) while the box replaces it on screen. */}
      <span className="sr-only">{children}</span>
      <RenameEditor instance={instance} scope={scope} className={className} inputClassName={inputClassName} onDone={() => setEditing(false)} />
    </Suspense>
  );
}
