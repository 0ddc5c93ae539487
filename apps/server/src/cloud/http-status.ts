// Which HTTP status the console answers for a cloud error Code. The cloud itself always answers 200; the browser and
// any script calling the console get a status that says whose fault it was.

const RULES: [RegExp, number][] = [
  [/^(RequestLimitExceeded|LimitExceeded|InstancesQuotaLimitExceeded)/, 429],
  [/^(AuthFailure|UnauthorizedOperation|InvalidPermission)/, 403],
  [/\.NotFound$|^ResourceNotFound|^InvalidRegion\.NotFound/, 404],
  [/^(UnsupportedOperation|OperationDenied|ResourceInUse|MutexOperation|FailedOperation|ResourceInsufficient|ResourcesSoldOut|ResourceUnavailable|DryRunOperation)/, 409],
  [/^(InternalError|InternalServerError|ServiceUnavailable|ResponseSizeLimitExceeded)/, 502],
  [/^(Invalid|Missing|Unknown|UnsupportedRegion|UnsupportedProtocol|NoSuchVersion|RequestSizeLimitExceeded)/, 400],
];

export function statusForCloudCode(code: string): number {
  return RULES.find(([pattern]) => pattern.test(code))?.[1] ?? 502;
}
