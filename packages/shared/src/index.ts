export * from './types/index.ts';
export * from './catalog/index.ts';
export * from './regions.ts';
export * from './rules/index.ts';
export * from './input/index.ts';
export * from './version.ts';
