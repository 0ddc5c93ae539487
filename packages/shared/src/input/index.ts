export * from './unstorable-text.ts';
export * from './input-problem.ts';
