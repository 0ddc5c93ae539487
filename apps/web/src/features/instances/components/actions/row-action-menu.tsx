import type { Instance } from '@cvm/shared';
import { MoreIcon } from '../../../../components/ui/icons.tsx';
import { useT } from '../../../../i18n/use-t.ts';
import { instanceLabel } from '../../actions/refusal.ts';
import { InstanceActionMenu } from './instance-action-menu.tsx';
import type { OpenActionDialog } from './use-action-dialog.tsx';

/** The per-row "Actions for <name>" menu: the toolbar's actions and the changes, for this instance alone. */
export function RowActionMenu({ instance, onOpen }: { instance: Instance; onOpen: OpenActionDialog }) {
  const t = useT();
  return (
    <InstanceActionMenu instance={instance} onOpen={onOpen} placement="row" label={t.actions.rowMenu(instanceLabel(instance))}>
      <MoreIcon />
    </InstanceActionMenu>
  );
}
