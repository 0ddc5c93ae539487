import { PATHS } from '../../../app/paths.ts';
import { usePathname } from '../../../app/url-state.ts';
import { AppLink } from '../../../components/ui/app-link.tsx';
import { cn } from '../../../components/ui/cn.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { placementMessages } from '../messages.ts';

/** The Placement section's pages side by side (placement groups, dedicated hosts); account and region carry over. */
export function PlacementSections() {
  const m = useLocalized(placementMessages);
  const pathname = usePathname();
  const pages = [
    { href: PATHS.placementGroups, label: m.sections.groups },
    { href: PATHS.dedicatedHosts, label: m.sections.hosts },
  ];
  const query = window.location.search;
  return (
    <nav aria-label={m.sections.label} className="mb-4 flex gap-1 border-b border-line">
      {pages.map((page) => {
        const here = page.href === pathname;
        return (
          <AppLink
            key={page.href}
            href={`${page.href}${query}`}
            aria-current={here ? 'page' : undefined}
            className={cn('-mb-px border-b-2 px-3 py-2 text-sm font-medium', here ? 'border-accent text-fg' : 'border-transparent text-fg-muted hover:text-fg')}
          >
            {page.label}
          </AppLink>
        );
      })}
    </nav>
  );
}
