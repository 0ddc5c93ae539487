import type { ActionHandler } from '../services/action-handler.ts';
import { CloudError } from './cloud-error.ts';

/**
 * Finds which emulated service a request is for, when every service shares one port. The rule (written in the README):
 * 1. the credential scope's service, when it names an emulated service (cvm, vpc, ...);
 * 2. otherwise the Host header's first label, when it names one (cvm.localhost:8930, cvm.tencentcloudapi.com);
 * 3. otherwise the one service that implements the (X-TC-Action, X-TC-Version) pair. Official SDKs pointed at
 *    127.0.0.1:PORT sign with service "127", so they land here.
 */
export class ServiceRegistry {
  private services = new Map<string, { version: string; handlers: Map<string, ActionHandler> }>();

  /** Registers a service's handlers; its API version is the one their catalog entries declare. */
  register(service: string, handlers: ActionHandler[]): void {
    const versions = new Set(handlers.map((h) => h.spec.version));
    if (versions.size !== 1) throw new Error(`${service} handlers must share one API version, got ${[...versions].join(', ')}`);
    this.services.set(service, { version: [...versions][0]!, handlers: new Map(handlers.map((h) => [h.spec.action, h])) });
  }

  resolve(scopeService: string, host: string, action: string, version: string): { service: string; handler: ActionHandler } {
    const hostLabel = host.split('.')[0]?.split(':')[0] ?? '';
    const named = [scopeService, hostLabel].find((name) => this.services.has(name));
    if (named) return this.lookup(named, action, version);
    const candidates = [...this.services.entries()].filter(([, s]) => s.version === version && s.handlers.has(action));
    if (candidates.length === 1) {
      const [service, entry] = candidates[0]!;
      return { service, handler: entry.handlers.get(action)! };
    }
    if (candidates.length > 1) {
      throw new CloudError(
        'InvalidAction',
        `The action \`${action}\` exists in several services (${candidates.map(([s]) => s).join(', ')}); sign with the service name or use <service>.localhost as the host.`,
      );
    }
    throw new CloudError('InvalidAction', `The action \`${action}\` (version ${version}) is not supported by any emulated service.`);
  }

  private lookup(service: string, action: string, version: string) {
    const entry = this.services.get(service)!;
    const handler = entry.handlers.get(action);
    if (!handler) throw new CloudError('InvalidAction', `The action \`${action}\` does not exist in service ${service}.`);
    if (entry.version !== version) throw new CloudError('NoSuchVersion', `Service ${service} has no API version \`${version}\`; use ${entry.version}.`);
    return { service, handler };
  }
}
