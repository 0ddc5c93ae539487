import { Fragment, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { cn } from './cn.ts';

export interface MenuItem {
  key: string;
  label: string;
  icon?: ReactNode;
  /** Why the item cannot be chosen; shown under it and read with it. The item stays focusable so the reason can be. */
  disabledReason?: string | undefined;
  danger?: boolean;
  /** Starts a new group: a line is drawn above it. */
  separatorBefore?: boolean;
  onSelect: () => void;
}

interface MenuButtonProps {
  /** The button's accessible name, e.g. "Actions for web-prod-01". */
  label: string;
  /** What the button shows (an icon, a short word); the accessible name is `label`. */
  children: ReactNode;
  /** The items, or how to make them: a function is called only once the menu opens (a table has a menu on every row). */
  items: readonly MenuItem[] | (() => readonly MenuItem[]);
  buttonClassName?: string;
  /** Align the menu's right edge with the button's (for buttons at the end of a row). */
  align?: 'start' | 'end';
}

/**
 * A button that opens a menu (WAI-ARIA menu button). The menu is a popover in the top layer, so a scrolling table
 * cannot clip it, and the browser closes it on Escape or a click elsewhere. Arrow keys, Home and End move between
 * items; focus goes back to the button when the menu closes. The items are made and drawn the first time the menu
 * opens, not before: closed, a menu is one button (twenty rows with fifteen drawn items each were two thirds of the
 * instance list's DOM and of its first render).
 */
export function MenuButton({ label, children, items, buttonClassName, align = 'end' }: MenuButtonProps) {
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [drawn, setDrawn] = useState(false);

  const itemElements = () => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  const place = () => {
    const button = buttonRef.current;
    const menu = menuRef.current;
    if (!button || !menu) return;
    const rect = button.getBoundingClientRect();
    const height = menu.offsetHeight;
    const width = menu.offsetWidth;
    const below = rect.bottom + 4 + height <= window.innerHeight;
    menu.style.top = `${below ? rect.bottom + 4 : Math.max(4, rect.top - 4 - height)}px`;
    const left = align === 'end' ? rect.right - width : rect.left;
    menu.style.left = `${Math.min(Math.max(4, left), window.innerWidth - width - 4)}px`;
  };

  const show = (focus: 'first' | 'last') => {
    const menu = menuRef.current;
    if (!menu) return;
    // The items must be in the DOM before the menu is placed (its size) and the first one focused.
    if (!drawn) flushSync(() => setDrawn(true));
    menu.showPopover();
    place();
    const elements = itemElements();
    (focus === 'first' ? elements[0] : elements.at(-1))?.focus();
  };

  const hide = () => {
    if (menuRef.current?.matches(':popover-open')) menuRef.current.hidePopover();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      show(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const elements = itemElements();
    const index = elements.indexOf(document.activeElement as HTMLElement);
    const move = (next: number) => {
      event.preventDefault();
      elements[(next + elements.length) % elements.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(elements.length - 1);
    else if (event.key === 'Tab') hide();
  };

  const choose = (item: MenuItem) => {
    if (item.disabledReason) return;
    hide();
    item.onSelect();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={(event) => {
          // The row behind the button opens the detail panel on click; this click is the menu's.
          event.stopPropagation();
          if (open) hide();
          else show('first');
        }}
        onKeyDown={onButtonKeyDown}
        className={cn(
          'inline-flex h-7 items-center justify-center gap-1 rounded-md px-2 text-fg-muted hover:bg-surface-3 hover:text-fg aria-expanded:bg-surface-3',
          buttonClassName,
        )}
      >
        {children}
      </button>
      <div
        ref={menuRef}
        id={menuId}
        role="menu"
        aria-label={label}
        popover="auto"
        onToggle={(event) => {
          const nowOpen = event.newState === 'open';
          setOpen(nowOpen);
          if (!nowOpen && menuRef.current?.contains(document.activeElement)) buttonRef.current?.focus();
        }}
        onKeyDown={onMenuKeyDown}
        onClick={(event) => event.stopPropagation()}
        className="fixed inset-auto m-0 max-h-[calc(100dvh-8px)] min-w-48 max-w-80 overflow-y-auto rounded-md border border-line bg-surface p-1 text-sm text-fg shadow-lg"
      >
        {drawn &&
          (typeof items === 'function' ? items() : items).map((item) => (
            <Fragment key={item.key}>
              {item.separatorBefore && <div role="separator" className="my-1 border-t border-line" />}
              <MenuEntry item={item} onChoose={choose} />
            </Fragment>
          ))}
      </div>
    </>
  );
}

function MenuEntry({ item, onChoose }: { item: MenuItem; onChoose: (item: MenuItem) => void }) {
  const labelId = useId();
  const reasonId = useId();
  const disabled = Boolean(item.disabledReason);
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      aria-labelledby={labelId}
      aria-describedby={disabled ? reasonId : undefined}
      aria-disabled={disabled || undefined}
      title={item.disabledReason}
      onClick={() => onChoose(item)}
      className={cn(
        'flex w-full items-start gap-2 rounded px-2.5 py-1.5 text-left focus:outline-none focus-visible:bg-surface-3',
        disabled ? 'cursor-not-allowed text-fg-subtle' : 'hover:bg-surface-3',
        !disabled && item.danger && 'text-red-700 dark:text-red-300',
      )}
    >
      <span className="mt-0.5 shrink-0">{item.icon}</span>
      <span className="min-w-0">
        <span id={labelId} className="block font-medium">
          {item.label}
        </span>
        {disabled && (
          <span id={reasonId} className="block text-xs text-fg-subtle">
            {item.disabledReason}
          </span>
        )}
      </span>
    </button>
  );
}
