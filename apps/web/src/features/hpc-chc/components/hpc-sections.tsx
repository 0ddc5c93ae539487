import { PATHS } from '../../../app/paths.ts';
import { usePathname } from '../../../app/url-state.ts';
import { AppLink } from '../../../components/ui/app-link.tsx';
import { cn } from '../../../components/ui/cn.ts';
import { useLocalized } from '../../../i18n/localized.ts';
import { hpcChcMessages } from '../messages.ts';

/** The HPC section's two pages side by side (clusters, CHC hosts); the account and region carry over. */
export function HpcSections() {
  const m = useLocalized(hpcChcMessages);
  const pathname = usePathname();
  const pages = [
    { href: PATHS.hpcClusters, label: m.sections.clusters },
    { href: PATHS.chcHosts, label: m.sections.hosts },
  ];
  const query = window.location.search;
  return (
    <nav aria-label={m.sectionsLabel} className="mb-4 flex gap-1 border-b border-line">
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
