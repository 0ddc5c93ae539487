/**
 * The console's version: what /healthz, /api/meta, the metrics' console_info and the UI say, and what every
 * package.json of the workspace carries (version.test.ts holds them to it). Bumped with a CHANGELOG.md entry.
 */
export const CONSOLE_VERSION = '0.3.0';
