// `pnpm install` (the root's postinstall) runs this: the embedded database's template, made once for the installed
// PGlite so that a console's first start unpacks a cluster instead of running initdb (fresh-pglite.ts). Never fails
// the install: without a template the first start makes one, as it did before.
import { prepareClusterTemplate } from './fresh-pglite.ts';

const started = performance.now();
try {
  const file = await prepareClusterTemplate();
  console.log(`embedded database template: ${file} (${Math.round(performance.now() - started)} ms)`);
} catch (error) {
  console.warn(`embedded database template not made (a console's first start will make it): ${(error as Error).message.split('\n')[0]}`);
}
