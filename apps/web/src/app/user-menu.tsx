import { useSignedInUser } from '../api/session.ts';
import { Badge } from '../components/ui/badge.tsx';
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
      <span className="max-w-40 truncate text-sm font-medium">{user.displayName}</span> {/* The header is full below 1,600 px: the role goes (the button's name still says it). */}
      <span className="hidden min-[1600px]:inline-flex">
        <Badge tone={user.role === 'admin' ? 'info' : 'neutral'}>{role}</Badge>
      </span>
      <ChevronDownIcon className="text-fg-subtle" />
    </MenuButton>
  );
}
