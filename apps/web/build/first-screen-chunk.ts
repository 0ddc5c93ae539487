import type { Rolldown } from 'vite';

type ChunkingContext = Parameters<Extract<Rolldown.CodeSplittingGroup['name'], (...args: never[]) => unknown>>[1];

/**
 * One chunk for everything the entry imports statically (the first screen's code), instead of the two dozen small
 * shared chunks the bundler makes of the modules the entry shares with lazily loaded pages. Each file is a request
 * the browser issues, reads from its cache and links, on the main thread: on the instance list's navigation the 25
 * files took about 100 ms from the first request to the last answer, one file about 20 ms. The lazily loaded pages
 * still load alone and import what they share from this chunk.
 */
/**
 * Modules the entry reaches only through a barrel's re-exports (@cvm/shared's catalog of every service) while only
 * lazily loaded pages use them: left to the bundler, which puts them with the pages that need them.
 */
const LAZY_ONLY =
  /packages\/shared\/src\/(catalog\/(hai|aliyun-ecs|aliyun-ess|vpc-eni|monitor|vpc-security-group-policies|cvm-instance-settings|cvm-maintenance|cvm-hpc-chc|cvm-hosts|cvm-placement-groups|cvm-os-and-fpga|cvm-launch-templates|cvm-images|sts)|rules\/(key-pair-rules|tag-rules|security-group-policy-rules|login-password|reset-password|disk-limits|image-fit|interface-binding|csv|character-classes|instance-naming))\.ts$/;

export function firstScreenChunk(entry: string): Rolldown.CodeSplittingGroup {
  let firstScreen: Set<string> | undefined;
  const staticImportsOf = (ctx: ChunkingContext): Set<string> => {
    const reached = new Set<string>();
    const stack = [entry];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (reached.has(id)) continue;
      reached.add(id);
      stack.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
    }
    return reached;
  };
  return {
    debugName: 'first screen',
    name: (id, ctx) => {
      firstScreen ??= staticImportsOf(ctx);
      return firstScreen.has(id) && !LAZY_ONLY.test(id) ? 'app' : null;
    },
  };
}
