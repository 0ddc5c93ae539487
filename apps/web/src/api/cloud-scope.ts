/**
 * Where a cloud call acts: which of the console's cloud accounts (sent as X-Account) and which region (X-Region).
 * Both are part of every cloud query's key, so switching either one refetches, and one account's instances are
 * never shown under another's name.
 */
export interface CloudScope {
  account: string;
  region: string;
}
