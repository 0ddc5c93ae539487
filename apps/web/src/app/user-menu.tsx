import { useSignedInUser } from '../api/session.ts';
import { ChevronDownIcon, UserIcon } from '../components/ui/icons.tsx';
import { MenuButton } from '../components/ui/menu.tsx';
import { signOut } from '../features/auth/api/sign-out.ts';
import { useT } from '../i18n/use-t.ts';
import { PATHS } from './paths.ts';
import { navigate } from './url-state.ts';

/** The signed-in person (display name and role) as a menu button: "Your account" and "Sign out". */
export function UserMenu() {
  const t = useT();
  const user = useSignedInUser();
  const role = t.roles[user.role];
  return (
    <MenuButton
      label={t.header.userMenu(user.displayName, role)}
      buttonClassName="h-8 gap-2 border border-line px-2.5 text-fg"
      items={[
        { key: 'profile', label: t.header.yourAccount, icon: <UserIcon />, onSelect: () => navigate(PATHS.profile) },
        {
          key: 'sign-out',
          label: t.header.signOut,
          onSelect: () =>
            void signOut().then(
              () => navigate(PATHS.signIn, 'replace'),
              () => undefined,
            ),
        },
      ]}
    >
      <UserIcon />
      {/* The name alone, cut to fit: the role is in the button's name and on Your account, the header keeps its room. */}
      <span className="max-w-40 truncate text-sm font-medium">{user.displayName}</span>
      <ChevronDownIcon className="text-fg-subtle" />
    </MenuButton>
  );
}
