export { startEmulator, createWorld, DEFAULT_CREDENTIAL, type EmulatorOptions, type RunningEmulator } from './emulator.ts';
export type { EmulatorCredential } from './http/authenticate.ts';
/** Every Tencent Cloud service the emulator serves, with its handlers (each one's catalog entry is its `spec`). */
export { TENCENT_SERVICES } from './services/tencent-services.ts';
export { ManualClock, systemClock, type Clock } from './state/clock.ts';
/** The model of change over time: what tests and tools use to inject failures or read what is under way. */
export { FaultInjector, Timeline, transitionNames, type FaultRule } from './state/change-over-time/index.ts';
export { World } from './state/world.ts';
/** For tools that shape a world directly (benchmarks): the same builder the seed uses. */
export { buildInstance, type InstanceSpec } from './state/build-instance.ts';
export { DEFAULT_ALIYUN_CREDENTIAL, AliyunWorld, type AliyunCredential } from './aliyun/index.ts';
/** The region's instance index and its ordered lists (state/instance-index.ts), for tests of the index itself. */
export { InstanceIndex, InstanceMap, newestFirst } from './state/instance-index.ts';
export { SortedRecords } from './state/sorted-records.ts';
