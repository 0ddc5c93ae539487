/** A refusal the operator can act on (a missing file, a running console): said in one line, exit code 2. */
export class CliError extends Error {}
