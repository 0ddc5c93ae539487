// Node-only (node:crypto): never import this entry from the browser bundle.
export * from './percent-encode.ts';
export * from './flatten-params.ts';
export * from './sign.ts';
