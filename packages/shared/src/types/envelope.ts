// The API 3.0 envelope (reference 7888–7964): every processed request answers HTTP 200 with {"Response": {..., RequestId}}.

export interface CloudErrorDetail {
  Code: string;
  Message: string;
}

/** `Error` is present exactly when the call failed; the action's own fields are present otherwise. */
export interface CloudEnvelope<T = Record<string, unknown>> {
  Response: Partial<T> & { RequestId: string; Error?: CloudErrorDetail };
}

/** What the console's server answers when a call fails, whether the cloud refused it or the server did. */
export interface ConsoleErrorBody {
  code: string;
  message: string;
  requestId?: string;
  /** For validation failures: the dotted path of the offending parameter, e.g. "Filters.0.Values". */
  field?: string;
  /** For refusals that end (a locked sign-in): how long to wait. */
  retryAfterSeconds?: number;
  /**
   * A change was sent but its answer never came back (lost connection, timeout, the cloud's internal error): it may have
   * been carried out. The browser says so and re-reads what it touched instead of calling it a failure.
   */
  mayHaveHappened?: boolean;
}

export interface WithRequestId {
  RequestId: string;
}
