// Cross-feature imports that existed when feature-boundaries was introduced (issue 13): each passes, and
// `pnpm lint` says how many remain. An import between features that is not listed here fails. Delete an entry once
// its import is gone (the check says which ones no longer occur); the list should end empty.

export interface KnownException {
  /** The importing file, repository-relative. */
  from: string;
  /** The imported file, repository-relative. */
  to: string;
}

export const KNOWN_CROSS_FEATURE_IMPORTS: readonly KnownException[] = [];

/**
 * Value import cycles that exist and are to be broken, each as the files of the cycle. The check counts them; any other
 * cycle fails, and so does a listed one that grows a file.
 */
export const KNOWN_CYCLES: readonly (readonly string[])[] = [];
