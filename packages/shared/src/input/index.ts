export * from './unstorable-text.ts';
export * from './input-problem.ts';
export * from './json-nesting.ts';
