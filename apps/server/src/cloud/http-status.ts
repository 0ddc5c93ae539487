// Which HTTP status the console answers for a cloud error Code. The cloud itself always answers 200; the browser and
// any script calling the console get a status that says whose fault it was.

const RULES: [RegExp, number][] = [
  [/^RequestLimitExceeded/, 429],
  [/^RequestSizeLimitExceeded/, 413],
  [/^(AuthFailure|UnauthorizedOperation|InvalidPermission|IpInBlacklist|IpNotInWhitelist|AccountQualificationRestrictions)/, 403],
  [/\.NotFound$|^ResourceNotFound|^InvalidRegion\.NotFound/, 404],
  // Quotas and state: the request was fine, the account or the instance is not in a state to allow it.
  [
    /^(LimitExceeded|InstancesQuotaLimitExceeded|UnsupportedOperation|OperationDenied|ResourceInUse|MutexOperation|FailedOperation|ResourceInsufficient|ResourcesSoldOut|ResourceUnavailable|DryRunOperation|InvalidAccount)/,
    409,
  ],
  // Batch: its call to CVM was refused (CVM's code is in the message); Batch's attach is all or nothing, so nothing
  // happened, and the reason is the request's (an unknown or malformed instance, an image CVM will not take).
  [/^InternalError\.CallCvm$/, 400],
  [/^(InternalError|InternalServerError|ServiceUnavailable|ResponseSizeLimitExceeded|ActionOffline)/, 502],
];

/** Unknown codes are the cloud refusing this request for a reason of its own: a client error, not an outage. */
export function statusForCloudCode(code: string): number {
  return RULES.find(([pattern]) => pattern.test(code))?.[1] ?? 400;
}
