export * from './instance.ts';
export * from './catalog.ts';
export * from './envelope.ts';
export * from './console.ts';
export * from './console-auth.ts';
export * from './pricing.ts';
export * from './offerings.ts';
export * from './network.ts';
