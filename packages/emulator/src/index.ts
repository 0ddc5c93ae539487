export { startEmulator, createWorld, DEFAULT_CREDENTIAL, type EmulatorOptions, type RunningEmulator } from './emulator.ts';
export type { EmulatorCredential } from './http/authenticate.ts';
export { ManualClock, systemClock, type Clock } from './state/clock.ts';
export { World } from './state/world.ts';
