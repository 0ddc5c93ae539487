import { cvm, isOpenSshRsaPublicKey, type KeyPair } from '@cvm/shared';
import { CloudError } from '../../../http/cloud-error.ts';
import { cloudTime } from '../../../state/cloud-time.ts';
import { resourceId } from '../../../state/random.ts';
import { handler, type RequestContext } from '../../action-handler.ts';
import { checkKeyName, checkNewKey, keyPairTags } from './key-pair-lookup.ts';
import { newRsaKeyPair, publicKeyBlob } from './openssh.ts';

// CreateKeyPair makes a real RSA key pair and answers its private key once, never keeping it (the reference: "腾讯云不会
// 保存用户的私钥"); ImportKeyPair keeps a public key the user brings, an OpenSSH RSA one, not bound to anything.
// Both take a name unique in the region, the default project and tags of resource type "keypair".

function addKeyPair(ctx: RequestContext, fields: Pick<KeyPair, 'KeyId' | 'KeyName' | 'ProjectId' | 'PublicKey' | 'Tags'>): KeyPair {
  const key: KeyPair = { ...fields, Description: '', AssociatedInstanceIds: [], CreatedTime: cloudTime(ctx.world.clock.now()) };
  ctx.region.network.keyPairs.push(key);
  return key;
}

/** A key ID not yet taken in the region. */
function newKeyId(ctx: RequestContext): string {
  for (;;) {
    const id = resourceId('skey', ctx.world.random);
    if (!ctx.region.network.keyPairs.some((key) => key.KeyId === id)) return id;
  }
}

export const createKeyPair = handler(cvm.CreateKeyPair, (ctx, params) => {
  checkKeyName(ctx.region, params.KeyName);
  checkNewKey(ctx.region, params.ProjectId);
  const tags = keyPairTags(params.TagSpecification);
  const keyId = newKeyId(ctx);
  // The comment names the key, as the cloud's do (the reference's example ends "skey_112168").
  const { publicKey, privateKey } = newRsaKeyPair(keyId.replace('-', '_'));
  const key = addKeyPair(ctx, { KeyId: keyId, KeyName: params.KeyName, ProjectId: params.ProjectId, PublicKey: publicKey, Tags: tags });
  // Every field of the KeyPair structure, as DescribeKeyPairs will list it, and the private key this once.
  return { KeyPair: { ...key, AssociatedInstanceIds: [...key.AssociatedInstanceIds], Tags: [...key.Tags], PrivateKey: privateKey } };
});

export const importKeyPair = handler(cvm.ImportKeyPair, (ctx, params) => {
  checkKeyName(ctx.region, params.KeyName);
  checkNewKey(ctx.region, params.ProjectId);
  if (!isOpenSshRsaPublicKey(params.PublicKey)) {
    throw new CloudError('InvalidPublicKey.Malformed', '`PublicKey` is not an OpenSSH RSA public key ("ssh-rsa AAAA... comment").');
  }
  const blob = publicKeyBlob(params.PublicKey);
  const same = ctx.region.network.keyPairs.find((key) => publicKeyBlob(key.PublicKey) === blob);
  if (same) throw new CloudError('InvalidPublicKey.Duplicate', `This public key is already the key pair \`${same.KeyId}\` (${same.KeyName}).`);
  const tags = keyPairTags(params.TagSpecification);
  const key = addKeyPair(ctx, { KeyId: newKeyId(ctx), KeyName: params.KeyName, ProjectId: params.ProjectId, PublicKey: params.PublicKey.trim(), Tags: tags });
  return { KeyId: key.KeyId };
});
