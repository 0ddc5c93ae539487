import { SERVICE_ENDPOINTS, type CatalogService } from '@cvm/shared';

/**
 * The Tencent Cloud endpoint for a service and region (protocol.md §1): the nearest-region host for ordinary regions,
 * and the region's own host for the isolated financial regions, which the nearest-region host does not serve.
 */
export function publicEndpoint(service: string, region?: string): URL {
  if (region?.endsWith('-fsi')) return new URL(`https://${service}.${region}.tencentcloudapi.com`);
  return new URL(`https://${SERVICE_ENDPOINTS[service as CatalogService] ?? `${service}.tencentcloudapi.com`}`);
}
