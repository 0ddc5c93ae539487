import { useSignedInUser } from '../api/session.ts';
import { AppLink } from '../components/ui/app-link.tsx';
import { ChevronDownIcon } from '../components/ui/icons.tsx';
import { MenuButton } from '../components/ui/menu.tsx';
import { cn } from '../components/ui/cn.ts';
import { useT } from '../i18n/use-t.ts';
import { cloudOfPage } from './cloud-pages.ts';
import { PATHS } from './paths.ts';
import { useCloudScope } from './use-cloud-scope.ts';
import { navigate, usePathname } from './url-state.ts';

interface Section {
  href: string;
  label: string;
  /** Other pages of the section (its first page is `href`): the section is current on them too. */
  also?: readonly string[];
}

/** Whether `pathname` is one of the section's pages. */
export const isIn = (section: Section, pathname: string) => section.href === pathname || (section.also?.includes(pathname) ?? false);

/** The console's sections this person can open, in order; the admin ones only for admins (the pages also say so). */
export function useSections(): Section[] {
  const t = useT();
  const user = useSignedInUser();
  const cloud = useCloudScope().account?.cloud;
  const links: Section[] = [
    { href: PATHS.overview, label: t.header.nav.overview },
    { href: PATHS.instances, label: t.header.nav.instances },
    { href: PATHS.images, label: t.header.nav.images },
    { href: PATHS.launchTemplates, label: t.header.nav.launchTemplates },
    { href: PATHS.hai, label: t.hai.nav },
    { href: PATHS.batch, label: t.header.nav.batch },
    { href: PATHS.keyPairs, label: t.header.nav.security, also: [PATHS.securityGroups] },
    { href: PATHS.hpcClusters, label: t.header.nav.hpc, also: [PATHS.chcHosts] },
    { href: PATHS.placementGroups, label: t.header.nav.placement, also: [PATHS.dedicatedHosts] },
    ...(user.role === 'admin'
      ? [
          { href: PATHS.users, label: t.header.nav.users },
          { href: PATHS.accounts, label: t.header.nav.accounts },
          { href: PATHS.audit, label: t.header.nav.audit },
        ]
      : []),
  ];
  // An Alibaba Cloud account has its own sections in place of Tencent Cloud's, whose pages it could not call.
  return cloud === 'aliyun' ? [{ href: PATHS.scalingGroups, label: t.header.nav.scalingGroups }, ...links.filter((link) => cloudOfPage(link.href) === undefined)] : links;
}

/**
 * The sections side by side on a wide screen; on a laptop (below 1,360 px) one menu button naming the current
 * section, so the header never pushes the page sideways.
 */
export function NavLinks() {
  const t = useT();
  const pathname = usePathname();
  const shown = useSections();
  const current = shown.find((link) => isIn(link, pathname));
  return (
    <>
      <nav aria-label={t.header.navLabel} className="hidden h-full items-stretch gap-1 min-[1360px]:flex">
        {shown.map((link) => {
          const here = isIn(link, pathname);
          return (
            <AppLink
              key={link.href}
              href={link.href}
              aria-current={here ? 'page' : undefined}
              className={cn(
                'flex items-center border-b-2 px-2.5 text-sm font-medium whitespace-nowrap transition-colors',
                here ? 'border-accent text-fg' : 'border-transparent text-fg-muted hover:text-fg',
              )}
            >
              {link.label}
            </AppLink>
          );
        })}
      </nav>
      <div className="flex items-center min-[1360px]:hidden">
        <MenuButton
          label={t.header.navLabel}
          align="start"
          buttonClassName="h-8 gap-1.5 px-2.5 text-sm font-medium text-fg"
          items={shown.map((link) => ({ key: link.href, label: link.label, onSelect: () => navigate(link.href) }))}
        >
          {current?.label ?? t.header.navLabel}
          <ChevronDownIcon className="text-fg-subtle" />
        </MenuButton>
      </div>
    </>
  );
}
