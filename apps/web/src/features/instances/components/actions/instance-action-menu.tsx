import type { ReactNode } from 'react';
import type { Instance } from '@cvm/shared';
import { useSignedInUser } from '../../../../api/session.ts';
import { createInstancesPath } from '../../../../app/paths.ts';
import { navigate } from '../../../../app/url-state.ts';
import type { Placement } from '../../../../actions/ui-action.ts';
import { actionGroupsIn } from '../../../../actions/collect-actions.ts';
import { CopyIcon } from '../../../../components/ui/icons.tsx';
import { MenuButton } from '../../../../components/ui/menu.tsx';
import { useT } from '../../../../i18n/use-t.ts';
import type { InstanceAction } from '../../actions/instance-action.ts';
import { INSTANCE_ACTIONS } from '../../actions/instance-actions.ts';
import { refusalOf } from '../../actions/refusal.ts';
import { useCreateRefusal } from '../create-buttons.tsx';
import type { OpenActionDialog } from './use-action-dialog.tsx';

interface InstanceActionMenuProps {
  instance: Instance;
  onOpen: OpenActionDialog;
  /** Where the menu stands: the actions offered there are its items. */
  placement: Placement;
  /** Actions already shown beside the menu as buttons. */
  without?: (action: InstanceAction) => boolean;
  /** The button's accessible name. */
  label: string;
  children: ReactNode;
  buttonClassName?: string;
}

/**
 * One instance's actions as a menu, grouped as the action files group them (a line between groups), then "Create
 * similar". A refused item stays in the menu, focusable, with its reason as its description.
 */
export function InstanceActionMenu({ instance, onOpen, placement, without, label, children, buttonClassName }: InstanceActionMenuProps) {
  const t = useT();
  const user = useSignedInUser();
  const createRefusal = useCreateRefusal();
  // Made when the menu opens: every row of the list has this menu, closed.
  const items = () => {
    const groups = actionGroupsIn(INSTANCE_ACTIONS, placement)
      .map(({ actions }) => actions.filter((action) => !without?.(action)))
      .filter((actions) => actions.length > 0);
    return [
      ...groups.flatMap((actions, groupIndex) =>
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
    ];
  };
  return (
    <MenuButton label={label} buttonClassName={buttonClassName} items={items}>
      {children}
    </MenuButton>
  );
}
