import { lazy, type ComponentType } from 'react';

/**
 * An action's dialog, loaded the first time it opens: most visits never open one, so its code and words stay out of
 * the page's first load. Dialogs that load together (the instance changes share one module) name the same module.
 * Whoever renders it wraps it in <Suspense>.
 */
export function lazyDialog<M, K extends keyof M & string>(load: () => Promise<M>, name: K) {
  type Props = M[K] extends ComponentType<infer P> ? P : never;
  return lazy(() => load().then((module) => ({ default: module[name] as ComponentType<Props> })));
}
