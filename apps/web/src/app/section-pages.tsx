import { AppLink } from '../components/ui/app-link.tsx';
import { cn } from '../components/ui/cn.ts';
import { isIn, useSections } from './nav-links.tsx';
import { usePathname } from './url-state.ts';

/**
 * The tabs of the section the page belongs to, when it has several pages (Security, Images, Placement): one header
 * entry each, the pages side by side here. The account and region carry over, as on every page.
 */
export function SectionPages() {
  const pathname = usePathname();
  const section = useSections().find((candidate) => isIn(candidate, pathname));
  if (!section || section.pages.length < 2) return null;
  const query = window.location.search;
  return (
    <nav aria-label={section.pagesLabel} className="mb-4 flex gap-1 overflow-x-auto border-b border-line">
      {section.pages.map((page) => {
        const here = page.href === pathname;
        return (
          <AppLink
            key={page.href}
            href={`${page.href}${query}`}
            aria-current={here ? 'page' : undefined}
            className={cn('-mb-px border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap', here ? 'border-accent text-fg' : 'border-transparent text-fg-muted hover:text-fg')}
          >
            {page.label}
          </AppLink>
        );
      })}
    </nav>
  );
}
