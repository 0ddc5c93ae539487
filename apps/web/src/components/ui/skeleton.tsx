import { cn } from './cn.ts';

/** A grey placeholder bar; purely visual, so hidden from assistive technology (announce loading elsewhere). */
export function Skeleton({ className }: { className?: string }) {
  return <span aria-hidden="true" className={cn('block h-3 rounded bg-surface-3 motion-safe:animate-pulse', className)} />;
}
