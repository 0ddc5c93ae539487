import type { KeyPair, WithRequestId } from '../types/index.ts';
import { defineAction, type Zod } from './define.ts';
import { idListSchema } from './common-params.ts';

// SSH key pairs (reference 28772–29940): created by the cloud (its private key answered once and never kept), imported
// from a public key, renamed and described, deleted while nothing uses them, and bound to or unbound from Linux
// instances — stopped ones, or after a forced stop (ForceStop), restarting those that were running. Names, counts
// and states are the cloud's rules, checked by it with its own codes; the schemas check shapes.
const service = 'cvm';
const version = '2017-03-12';

const tagSpecification = (z: Zod) => z.array(z.strictObject({ ResourceType: z.string().min(1), Tags: z.array(z.strictObject({ Key: z.string(), Value: z.string() })) })).optional();

/** A key pair as CreateKeyPair answers it: with its private key, the only time the cloud ever sends it. */
export type CreatedKeyPair = KeyPair & { PrivateKey: string };

/** 28772 */
export const CreateKeyPair = defineAction<WithRequestId & { KeyPair: CreatedKeyPair }>()({
  service,
  version,
  action: 'CreateKeyPair',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 28782' },
  params: (z) => z.strictObject({ KeyName: z.string(), ProjectId: z.number().int(), TagSpecification: tagSpecification(z) }),
});

/** 29850 */
export const ImportKeyPair = defineAction<WithRequestId & { KeyId: string }>()({
  service,
  version,
  action: 'ImportKeyPair',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 29858' },
  params: (z) => z.strictObject({ KeyName: z.string(), ProjectId: z.number().int(), PublicKey: z.string(), TagSpecification: tagSpecification(z) }),
});

/** 29650: KeyName or Description, or both. */
export const ModifyKeyPairAttribute = defineAction<WithRequestId>()({
  service,
  version,
  action: 'ModifyKeyPairAttribute',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 29660' },
  params: (z) => z.strictObject({ KeyId: z.string().min(1), KeyName: z.string().optional(), Description: z.string().optional() }),
});

/** 29489: a key bound to an instance or an image is refused. */
export const DeleteKeyPairs = defineAction<WithRequestId>()({
  service,
  version,
  action: 'DeleteKeyPairs',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 29495' },
  params: (z) => z.strictObject({ KeyIds: idListSchema(z, 100).min(1) }),
});

const bindParams = (z: Zod) => z.strictObject({ InstanceIds: idListSchema(z, 100).min(1), KeyIds: idListSchema(z, 100).min(1), ForceStop: z.boolean().optional() });

/** 29007: Linux only; STOPPED unless ForceStop (then stopped first, and started again if it was running). */
export const AssociateInstancesKeyPairs = defineAction<WithRequestId>()({
  service,
  version,
  action: 'AssociateInstancesKeyPairs',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 29023' },
  params: bindParams,
});

/** 29255: the same rules as binding. */
export const DisassociateInstancesKeyPairs = defineAction<WithRequestId>()({
  service,
  version,
  action: 'DisassociateInstancesKeyPairs',
  kind: 'mutate',
  minRole: 'operator',
  rateLimit: { perSecond: 10, source: '001 line 29269' },
  params: bindParams,
});
