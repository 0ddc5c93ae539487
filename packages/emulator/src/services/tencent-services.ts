import type { ActionHandler } from './action-handler.ts';
import { batchHandlers } from './batch/index.ts';
import { cvmHandlers } from './cvm/index.ts';
import { haiHandlers } from './hai/index.ts';
import { monitorHandlers } from './monitor/index.ts';
import { stsHandlers } from './sts/index.ts';
import { tagHandlers } from './tag/index.ts';
import { vpcHandlers } from './vpc/index.ts';

/**
 * Every Tencent Cloud service the emulator serves on its port, by the name a request signs with, and its handlers. The
 * emulator registers these; tests that must cover every emulated action (test/emulator/response-completeness.test.ts)
 * read the same list.
 */
export const TENCENT_SERVICES: Readonly<Record<string, readonly ActionHandler[]>> = {
  cvm: cvmHandlers,
  vpc: vpcHandlers,
  hai: haiHandlers,
  batch: batchHandlers,
  tag: tagHandlers,
  monitor: monitorHandlers,
  sts: stsHandlers,
};
