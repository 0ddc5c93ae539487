// Node-only: never import this entry from the browser bundle.
export * from './sign.ts';
export * from './authorization.ts';
