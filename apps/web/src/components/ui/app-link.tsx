import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from '../../app/url-state.ts';

/**
 * A real link (so it can be opened in a new tab, copied, read as a link) that moves within the console without a
 * page load when clicked plainly.
 */
export function AppLink({ href, onClick, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={onLinkClick} {...props} />;
}
