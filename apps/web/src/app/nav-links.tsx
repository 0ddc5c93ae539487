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

/** One of the console's pages, by its path. */
interface SectionPage {
  href: string;
  label: string;
}

/** A section of the header: its first page is where its link goes; the others are its tabs (section-pages.tsx). */
export interface Section {
  href: string;
  label: string;
  pages: readonly SectionPage[];
  /** The accessible name of its tabs, when it has several pages. */
  pagesLabel?: string;
}

/** Whether `pathname` is one of the section's pages. */
export const isIn = (section: Section, pathname: string) => section.pages.some((page) => page.href === pathname);

const single = (href: string, label: string): Section => ({ href, label, pages: [{ href, label }] });
const grouped = (label: string, pagesLabel: string, pages: SectionPage[]): Section => ({ href: pages[0]!.href, label, pages, pagesLabel });

/**
 * The console's sections this person can open, in order; the admin ones only for admins (the pages also say so). Pages
 * of a kind share one section, so the header holds them side by side from 1,680 px: images with launch templates; placement groups,
 * dedicated hosts, HPC clusters and CHC hosts; key pairs with security groups.
 */
export function useSections(): Section[] {
  const t = useT();
  const user = useSignedInUser();
  const cloud = useCloudScope().account?.cloud;
  const pages = t.header.sectionPages;
  const links: Section[] = [
    single(PATHS.overview, t.header.nav.overview),
    single(PATHS.instances, t.header.nav.instances),
    grouped(t.header.nav.images, pages.images.label, [
      { href: PATHS.images, label: pages.images.images },
      { href: PATHS.launchTemplates, label: pages.images.launchTemplates },
    ]),
    grouped(t.header.nav.placement, pages.placement.label, [
      { href: PATHS.placementGroups, label: pages.placement.placementGroups },
      { href: PATHS.dedicatedHosts, label: pages.placement.dedicatedHosts },
      { href: PATHS.hpcClusters, label: pages.placement.hpcClusters },
      { href: PATHS.chcHosts, label: pages.placement.chcHosts },
    ]),
    single(PATHS.hai, t.hai.nav),
    single(PATHS.batch, t.header.nav.batch),
    grouped(t.header.nav.security, pages.security.label, [
      { href: PATHS.keyPairs, label: pages.security.keyPairs },
      { href: PATHS.securityGroups, label: pages.security.securityGroups },
    ]),
    ...(user.role === 'admin' ? [single(PATHS.users, t.header.nav.users), single(PATHS.accounts, t.header.nav.accounts), single(PATHS.audit, t.header.nav.audit)] : []),
  ];
  // An Alibaba Cloud account has its own sections in place of Tencent Cloud's, whose pages it could not call.
  return cloud === 'aliyun' ? [single(PATHS.scalingGroups, t.header.nav.scalingGroups), ...links.filter((link) => cloudOfPage(link.href) === undefined)] : links;
}

/**
 * The sections side by side on a wide screen; below 1,680 px (a laptop) one menu button naming the current page,
 * its items every page (a section's tabs too), so the header never pushes the page sideways.
 */
export function NavLinks() {
  const t = useT();
  const pathname = usePathname();
  const shown = useSections();
  const pages = shown.flatMap((section) => section.pages);
  const current = pages.find((page) => page.href === pathname);
  return (
    <>
      <nav aria-label={t.header.navLabel} className="hidden h-full items-stretch gap-1 min-[1680px]:flex">
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
      <div className="flex items-center min-[1680px]:hidden">
        <MenuButton
          // The page's name first, as the button shows it (a name must hold the visible words), then what it opens.
          label={current ? `${current.label}, ${t.header.navLabel}` : t.header.navLabel}
          align="start"
          buttonClassName="h-8 gap-1.5 px-2.5 text-sm font-medium text-fg"
          items={pages.map((page) => ({ key: page.href, label: page.label, onSelect: () => navigate(page.href) }))}
        >
          {current?.label ?? t.header.navLabel}
          <ChevronDownIcon className="text-fg-subtle" />
        </MenuButton>
      </div>
    </>
  );
}
