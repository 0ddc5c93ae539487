import type { ReactNode } from 'react';
import { cn } from './cn.ts';

export type BadgeTone = 'success' | 'neutral' | 'info' | 'warning' | 'danger';

// Each tone is legible on both themes: tinted fill, darker (light theme) or lighter (dark theme) text.
const tones: Record<BadgeTone, string> = {
  success: 'bg-emerald-50 text-emerald-700 ring-emerald-600/20 dark:bg-emerald-400/10 dark:text-emerald-300 dark:ring-emerald-400/25',
  neutral: 'bg-zinc-100 text-zinc-600 ring-zinc-500/20 dark:bg-zinc-400/10 dark:text-zinc-300 dark:ring-zinc-400/25',
  info: 'bg-blue-50 text-blue-700 ring-blue-600/20 dark:bg-blue-400/10 dark:text-blue-300 dark:ring-blue-400/25',
  warning: 'bg-amber-50 text-amber-800 ring-amber-600/25 dark:bg-amber-400/10 dark:text-amber-300 dark:ring-amber-400/25',
  danger: 'bg-red-50 text-red-700 ring-red-600/20 dark:bg-red-400/10 dark:text-red-300 dark:ring-red-400/25',
};

interface BadgeProps {
  tone?: BadgeTone;
  /** Shows a leading dot; `pulse` animates it for states that are still changing. */
  dot?: boolean | 'pulse';
  title?: string;
  className?: string;
  children: ReactNode;
}

export function Badge({ tone = 'neutral', dot = false, title, className, children }: BadgeProps) {
  return (
    <span title={title} className={cn('inline-flex items-center gap-1.5 rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset', tones[tone], className)}>
      {dot && <span aria-hidden="true" className={cn('size-1.5 rounded-full bg-current', dot === 'pulse' && 'motion-safe:animate-pulse')} />}
      {children}
    </span>
  );
}
