import type { CloudCall, CloudCaller } from './cloud-call.ts';
import { ConsoleError } from './cloud-error.ts';

/** Who is told how each call to a cloud ended (ops/console-metrics.ts): its code ('' for success) and its time. */
export interface CloudCallObserver {
  cloudCall(cloud: string, service: string, action: string, code: string, seconds: number): void;
}

/**
 * A cloud client that reports every call it sends, success or refusal, to `observer`. It sits inside the traffic
 * rules (traffic/cloud-traffic.ts), so each attempt counts once and a read shared by many people counts once too:
 * what is counted is what the cloud saw.
 */
export function meteredCaller(cloud: string, inner: CloudCaller, observer: CloudCallObserver): CloudCaller {
  return {
    async call(call: CloudCall) {
      const started = performance.now();
      let code = '';
      try {
        return await inner.call(call);
      } catch (error) {
        code = error instanceof ConsoleError ? error.code : 'InternalError';
        throw error;
      } finally {
        observer.cloudCall(cloud, call.service, call.action, code, (performance.now() - started) / 1000);
      }
    },
  };
}
