import { AppLink } from '../components/ui/app-link.tsx';
import { cn } from '../components/ui/cn.ts';
import { useT } from '../i18n/use-t.ts';
import { PATHS } from './paths.ts';
import { usePathname } from './url-state.ts';

/**
 * The Security section's pages side by side (SSH key pairs, security groups), under one entry of the header so the
 * header still fits a laptop; the account and region carry over as on every page.
 */
export function SecuritySections() {
  const t = useT();
  const pathname = usePathname();
  const pages = [
    { href: PATHS.keyPairs, label: t.header.securitySections.keyPairs },
    { href: PATHS.securityGroups, label: t.header.securitySections.securityGroups },
  ];
  const query = window.location.search;
  return (
    <nav aria-label={t.header.securitySections.label} className="mb-4 flex gap-1 border-b border-line">
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
