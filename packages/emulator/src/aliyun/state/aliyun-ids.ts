import { uuid, type Random } from '../../state/random.ts';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Alibaba Cloud resource IDs: a type prefix, the region's two-letter code and 18 lower-case letters or digits, e.g.
 * i-bp67acfmxazb4ph0t1ad (an ECS instance in cn-hangzhou), asg-bp1..., asa-bp1....
 */
export function aliyunId(prefix: string, regionCode: string, random: Random): string {
  let suffix = '';
  for (let i = 0; i < 18; i++) suffix += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return `${prefix}-${regionCode}${suffix}`;
}

/** Aliyun RequestIds are upper-case UUIDs: 473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E. */
export function aliyunRequestId(random: Random): string {
  return uuid(random).toUpperCase();
}
