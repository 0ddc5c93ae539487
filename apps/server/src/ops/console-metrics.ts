import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

// What /metrics exposes, in Prometheus' text format (prom-client). One registry per console, not prom-client's global
// one, so that two consoles in one process (the tests' replicas) never count into each other. Labels are bounded:
// routes are Express' patterns, never paths; actions are the catalog's; codes are the clouds' documented ones.

/** Where sessions are counted from at scrape time (the shared table, so every replica says the same). */
export interface SessionCounter {
  countActive(): Promise<number>;
}

export class ConsoleMetrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: 'console_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'console_http_request_duration_seconds',
    help: 'Time from a request arriving to its answer being sent, by method and route pattern.',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly cloudCalls = new Counter({
    name: 'console_cloud_calls_total',
    help: "Calls sent to a cloud (each attempt), by cloud, service, action and the cloud's error code (OK for success).",
    labelNames: ['cloud', 'service', 'action', 'code'] as const,
    registers: [this.registry],
  });
  readonly cloudDuration = new Histogram({
    name: 'console_cloud_call_duration_seconds',
    help: 'Time a cloud took to answer one call, signing and sending included, by cloud, service and action.',
    labelNames: ['cloud', 'service', 'action'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private readonly rateWaits = new Histogram({
    name: 'console_rate_limit_wait_seconds',
    help: "Time calls waited for their turn in an action's documented rate limit (account, region, action), by service and action.",
    labelNames: ['service', 'action'] as const,
    buckets: [0, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2],
    registers: [this.registry],
  });
  private readonly busyRefusals = new Counter({
    name: 'console_rate_limit_busy_total',
    help: 'Calls answered 429 ConsoleBusy: their turn in the rate limit was further away than CLOUD_MAX_WAIT_MS.',
    labelNames: ['service', 'action'] as const,
    registers: [this.registry],
  });
  readonly auditWriteFailures = new Counter({
    name: 'console_audit_write_failures_total',
    help: 'Audit entries that could not be written (stage=write: the request was refused) or settled (stage=settle: it stays pending).',
    labelNames: ['stage'] as const,
    registers: [this.registry],
  });

  constructor(info: { version: string; mode: string }, sessions?: SessionCounter) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'console_info',
      help: "The console's version and whether it runs on the embedded emulator or a cloud.",
      labelNames: ['version', 'mode'],
      registers: [this.registry],
    })
      .labels(info.version, info.mode)
      .set(1);
    if (sessions) {
      new Gauge({
        name: 'console_active_sessions',
        help: 'Sessions live now (not ended, used within the idle timeout), across every replica.',
        registers: [this.registry],
        async collect() {
          this.set(await sessions.countActive());
        },
      });
    }
  }

  rateLimitWait(service: string, action: string, seconds: number): void {
    this.rateWaits.labels(service, action).observe(seconds);
  }

  rateLimitBusy(service: string, action: string): void {
    this.busyRefusals.labels(service, action).inc();
  }

  auditWriteFailed(stage: 'write' | 'settle'): void {
    this.auditWriteFailures.labels(stage).inc();
  }

  /** One attempt of a cloud call, as it ended: its code is '' on success. */
  cloudCall(cloud: string, service: string, action: string, code: string, seconds: number): void {
    this.cloudCalls.labels(cloud, service, action, code || 'OK').inc();
    this.cloudDuration.labels(cloud, service, action).observe(seconds);
  }
}
