import type { catalog, ResponseOf } from '@cvm/shared';
import type EcsClient from '@alicloud/ecs20140526';
import type { Client as BatchClient } from 'tencentcloud-sdk-nodejs/tencentcloud/services/batch/v20170312/batch_client';
import type { Client as HaiClient } from 'tencentcloud-sdk-nodejs/tencentcloud/services/hai/v20230812/hai_client';
import type { Client as VpcClient } from 'tencentcloud-sdk-nodejs/tencentcloud/services/vpc/v20170312/vpc_client';
import type { Client as TagClient } from 'tencentcloud-sdk-nodejs/tencentcloud/services/tag/v20180813/tag_client';
import type { Client as MonitorClient } from 'tencentcloud-sdk-nodejs/tencentcloud/services/monitor/v20180724/monitor_client';
import type { Client as StsClient } from 'tencentcloud-sdk-nodejs/tencentcloud/services/sts/v20180813/sts_client';
import type { Client as CvmClient } from 'tencentcloud-sdk-nodejs-cvm/tencentcloud/services/cvm/v20170312/cvm_client';
import type { notCovered, responseDifferences } from './differences.ts';

// The contract with the official SDKs, for responses, checked at compile time (responses are types only): for every
// catalog action, each field of `ResponseOf<spec>` must exist in the SDK's `<Action>Response` — recursively into objects
// and arrays — with the same JSON kind (string, number, boolean, array, object). `pnpm typecheck` (turbo, test/'s
// tsconfig) fails on a difference not listed in differences.ts, naming the action and the field path, e.g.
//   Property '"cvm.DescribeInstances InstanceSet[].Placement.Zonee: not in the SDK"' is missing in type '{}' ...
// The SDK marks every response field optional (a field may come back empty), so required-ness is not compared here;
// null (`string | null`) is the same kind as its type. Fields typed `unknown` on either side are not looked into.

/** The SDK's answer to an action: what its client method resolves to (Alibaba Cloud: the body of the response). */
type TencentResponse<Client, Action extends string> = Action extends keyof Client ? (Client[Action] extends (...args: never[]) => Promise<infer R> ? R : never) : never;
type AliyunResponse<Client, Action extends string> =
  Uncapitalize<Action> extends keyof Client
    ? Client[Uncapitalize<Action>] extends (...args: never[]) => Promise<infer R>
      ? NonNullable<R extends { body?: infer B } ? B : never>
      : never
    : never;

/** JSON kind of a type, null and undefined aside. Literal unions are their base kind; mixed unions are `mixed`. */
type Kind<T> = [NonNullable<T>] extends [never]
  ? 'null'
  : [NonNullable<T>] extends [string]
    ? 'string'
    : [NonNullable<T>] extends [number | bigint]
      ? 'number'
      : [NonNullable<T>] extends [boolean]
        ? 'boolean'
        : [NonNullable<T>] extends [readonly unknown[]]
          ? 'array'
          : [NonNullable<T>] extends [object]
            ? 'object'
            : 'mixed';

type Element<T> = NonNullable<T> extends readonly (infer E)[] ? E : never;
type Join<Path extends string, Key extends string> = Path extends '' ? Key : `${Path}.${Key}`;
type IsUnknown<T> = unknown extends T ? true : false;
/** The declared fields only: Alibaba Cloud's models inherit `[key: string]: any` from Darabonba's Model. */
type Declared<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/**
 * Tencent Cloud's models spell fields as the wire does; Alibaba Cloud's Darabonba classes in camelCase, the first letter
 * lowered (`vSwitchId` for VSwitchId) unless the name starts with an acronym (`OSName`), so there a field is found under
 * its own name or with its first letter lowered — and a wrongly cased `OsName` or `localName` is still not found.
 */
type Casing = 'exact' | 'camel';
type SdkKey<S, K extends string, C extends Casing> = C extends 'exact'
  ? K extends keyof S
    ? K
    : never
  : K extends Capitalize<K> // a wire name starts with a capital: `localName` is not LocalName
    ? K extends keyof S
      ? K
      : Uncapitalize<K> extends keyof S
        ? Uncapitalize<K>
        : never
    : never;

/** Every difference between our type O and the SDK's S below Path, as `<path>: <what differs>`. */
type Problems<O, S, Path extends string, C extends Casing> =
  IsUnknown<O> extends true
    ? never
    : IsUnknown<S> extends true
      ? never
      : Kind<O> extends 'null'
        ? never
        : Kind<O> extends Kind<S>
          ? Kind<O> extends 'array'
            ? Problems<Element<O>, Element<S>, `${Path}[]`, C>
            : Kind<O> extends 'object'
              ? FieldProblems<NonNullable<O>, Declared<NonNullable<S>>, Path, C>
              : never
          : `${Path}: ${Kind<O>} here, ${Kind<S>} in the SDK`;

type FieldProblems<O, S, Path extends string, C extends Casing> = string extends keyof O
  ? never // a map with free keys (Record<string, unknown>): nothing to name
  : {
      [K in keyof O & string]-?: [SdkKey<S, K, C>] extends [never] ? `${Join<Path, K>}: not in the SDK` : Problems<O[K], S[SdkKey<S, K, C>], Join<Path, K>, C>;
    }[keyof O & string];

/** One service's differences, each prefixed `<service>.<Action> `. */
type ServiceProblems<Service extends string, Actions, Client, C extends Casing> = {
  [A in keyof Actions & string]: [C extends 'exact' ? TencentResponse<Client, A> : AliyunResponse<Client, A>] extends [never]
    ? `${Service}.${A} : the SDK has no such action`
    : IsUnknown<ResponseOf<Actions[A]>> extends true
      ? `${Service}.${A} : the catalog declares no response type`
      : `${Service}.${A} ${Problems<ResponseOf<Actions[A]>, C extends 'exact' ? TencentResponse<Client, A> : AliyunResponse<Client, A>, '', C>}`;
}[keyof Actions & string];

type Catalog = typeof catalog;

/** Every catalog service the contract covers, with the SDK client its answers are compared with. */
interface Clients {
  cvm: [CvmClient, 'exact'];
  vpc: [VpcClient, 'exact'];
  hai: [HaiClient, 'exact'];
  batch: [BatchClient, 'exact'];
  tag: [TagClient, 'exact'];
  monitor: [MonitorClient, 'exact'];
  sts: [StsClient, 'exact'];
  ecs: [EcsClient, 'camel'];
}

export type ResponseProblems = {
  [S in keyof Clients & keyof Catalog]: ServiceProblems<S, Catalog[S], Clients[S][0], Clients[S][1]>;
}[keyof Clients & keyof Catalog];

type Listed = { [K in keyof typeof responseDifferences & string]: `${K}: ${(typeof responseDifferences)[K]['differs']}` }[keyof typeof responseDifferences & string];

/** Differences nobody listed: each one is a member this object lacks, and the compiler names it. */
export const unlistedResponseDifferences: Record<Exclude<ResponseProblems, Listed>, 'differs from the SDK'> = {};
/** Listed differences that are gone: remove them from responseDifferences. */
export const staleResponseDifferences: Record<Exclude<Listed, ResponseProblems>, 'no longer differs'> = {};
/** Every catalog service is compared with an SDK, or listed as not covered with its reason. */
export const uncoveredServices: Record<Exclude<keyof Catalog, keyof Clients | keyof typeof notCovered>, 'neither compared nor listed as not covered'> = {};

// The check checks: a misspelt field, a wrong kind deep in an array, and an Alibaba Cloud field cased wrongly are named.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
export type SelfTest = [
  Expect<
    Equal<
      Problems<{ TotalCount: number; InstanceSet: { Uuidd: string; CPU: string; Placement: { Zone: string } }[] }, TencentResponse<CvmClient, 'DescribeInstances'>, '', 'exact'>,
      'InstanceSet[].Uuidd: not in the SDK' | 'InstanceSet[].CPU: string here, number in the SDK'
    >
  >,
  Expect<
    Equal<
      Problems<{ Regions: { Region: { RegionId: string; localName: string; RegionEndPoint: string }[] } }, AliyunResponse<EcsClient, 'DescribeRegions'>, '', 'camel'>,
      'Regions.Region[].localName: not in the SDK' | 'Regions.Region[].RegionEndPoint: not in the SDK'
    >
  >,
];
