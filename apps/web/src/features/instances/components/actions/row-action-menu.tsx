import type { Instance } from '@cvm/shared';
import { useSignedInUser } from '../../../../api/session.ts';
import { createInstancesPath } from '../../../../app/paths.ts';
import { navigate } from '../../../../app/url-state.ts';
import { CopyIcon, MoreIcon } from '../../../../components/ui/icons.tsx';
import { MenuButton } from '../../../../components/ui/menu.tsx';
import { useT } from '../../../../i18n/use-t.ts';
import { INSTANCE_ACTIONS } from '../../actions/instance-actions.ts';
import { actionGroupsIn } from '../../../../actions/collect-actions.ts';
import { instanceLabel, refusalOf } from '../../actions/refusal.ts';
import { useCreateRefusal } from '../create-buttons.tsx';
import type { OpenActionDialog } from './use-action-dialog.tsx';

/** The per-row "Actions for <name>" menu: the toolbar's actions and the changes, for this instance alone. */
export function RowActionMenu({ instance, onOpen }: { instance: Instance; onOpen: OpenActionDialog }) {
  const t = useT();
  const user = useSignedInUser();
  const createRefusal = useCreateRefusal();
  return (
    <MenuButton
      label={t.actions.rowMenu(instanceLabel(instance))}
      items={[
        // Each group after the first (the changes after start, stop, reboot and terminate) behind a separator.
        ...actionGroupsIn(INSTANCE_ACTIONS, 'row').flatMap(({ actions }, groupIndex) =>
          actions.map((action, index) => {
            const Icon = action.icon;
            return {
              key: action.id,
              label: action.label(t),
              icon: Icon ? <Icon /> : undefined,
              danger: action.danger,
              disabledReason: refusalOf(action, [instance], user.role, t, true),
              separatorBefore: groupIndex > 0 && index === 0,
              onSelect: () => onOpen(action, [instance]),
            };
          }),
        ),
        {
          key: 'create-similar',
          label: t.actions.createSimilar,
          icon: <CopyIcon />,
          disabledReason: createRefusal,
          separatorBefore: true,
          onSelect: () => navigate(createInstancesPath(instance.InstanceId)),
        },
      ]}
    >
      <MoreIcon />
    </MenuButton>
  );
}
