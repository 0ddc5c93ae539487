import type { Instance } from '@cvm/shared';
import { Button } from '../../../../components/ui/button.tsx';
import { useT } from '../../../../i18n/use-t.ts';
import { ActionGroups } from './action-buttons.tsx';
import type { OpenActionDialog } from './use-action-dialog.tsx';

interface BatchToolbarProps {
  selected: Instance[];
  onOpen: OpenActionDialog;
  onClear: () => void;
}

/** The actions on the ticked rows, with how many are ticked; each action is offered only if all of them allow it. */
export function BatchToolbar({ selected, onOpen, onClear }: BatchToolbarProps) {
  const t = useT();
  return (
    <div role="group" aria-label={t.selection.toolbarLabel} className="flex flex-wrap items-start gap-x-4 gap-y-2">
      <ActionGroups instances={selected} single={false} onOpen={onOpen} placement="toolbar" />
      <div className="flex h-8 items-center gap-2 text-sm text-fg-muted">
        <span aria-live="polite">{t.selection.count(selected.length)}</span>
        {selected.length > 0 && (
          <Button variant="ghost" onClick={onClear}>
            {t.selection.clear}
          </Button>
        )}
      </div>
    </div>
  );
}
