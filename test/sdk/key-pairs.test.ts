import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startEmulator, type RunningEmulator } from '@cvm/emulator';
import * as tencentcloud from 'tencentcloud-sdk-nodejs-cvm';
import { bypassProxies, codeOf, cvmClientOn } from '../support/sdk-on-emulator.ts';

// SSH key pairs through the official Node SDK, unmodified: created (the private key answered once), imported, renamed,
// bound to and unbound from Linux instances — stopped ones, or running ones with ForceStop — and deleted once unbound.
// The emulator's clock is manual, so the operations' passing states are seen and then landed.

bypassProxies();

const CvmClient = tencentcloud.cvm.v20170312.Client;
const clock = new ManualClock();
let emulator: RunningEmulator;
let sdk: InstanceType<typeof CvmClient>;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, clock });
  sdk = cvmClientOn(emulator.port);
});
afterAll(() => emulator.close());

/** The fields of an OpenSSH public key line's blob: each a uint32 length and its bytes. */
function sshFields(line: string): Buffer[] {
  const blob = Buffer.from(line.split(' ')[1]!, 'base64');
  const fields: Buffer[] = [];
  for (let at = 0; at < blob.length; ) {
    const length = blob.readUInt32BE(at);
    fields.push(blob.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return fields;
}

/** An OpenSSH RSA public key line for a fresh key, written here as ssh-keygen writes it. */
function openSshPublicKey(comment = 'me@laptop'): string {
  const jwk = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' });
  const mpint = (b64url: string) => {
    const bytes = Buffer.from(b64url, 'base64url');
    return bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes;
  };
  const field = (bytes: Buffer) => Buffer.concat([Buffer.from([0, 0, bytes.length >> 8, bytes.length & 0xff]), bytes]);
  return `ssh-rsa ${Buffer.concat([field(Buffer.from('ssh-rsa')), field(mpint(jwk.e!)), field(mpint(jwk.n!))]).toString('base64')} ${comment}`;
}

const instance = async (id: string) => (await sdk.DescribeInstances({ InstanceIds: [id] })).InstanceSet![0]!;
const keyPair = async (id: string) => (await sdk.DescribeKeyPairs({ KeyIds: [id] })).KeyPairSet![0];

/** A fresh instance of its own (Linux unless an image is given), RUNNING or, with stop, STOPPED. */
async function launch({ stop = false, imageId = 'img-eb30mz89', keyIds }: { stop?: boolean; imageId?: string; keyIds?: string[] } = {}): Promise<string> {
  const { InstanceIdSet } = await sdk.RunInstances({
    Placement: { Zone: 'ap-guangzhou-4' },
    ImageId: imageId,
    InstanceType: 'S5.LARGE8',
    SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
    LoginSettings: keyIds ? { KeyIds: keyIds } : { Password: 'Qcloud@TestApi123++' },
  });
  const id = InstanceIdSet![0]!;
  clock.advance(13_000);
  if (stop) {
    await sdk.StopInstances({ InstanceIds: [id] });
    clock.advance(6_000);
  }
  expect((await instance(id)).InstanceState).toBe(stop ? 'STOPPED' : 'RUNNING');
  return id;
}

let created = 0;
/** A new key pair of the emulator's making, named uniquely. */
const newKey = async () => (await sdk.CreateKeyPair({ KeyName: `sdk_key_${++created}`, ProjectId: 0 })).KeyPair!.KeyId!;

describe('CreateKeyPair and ImportKeyPair', () => {
  it('creates a real RSA key pair, answering the private key once and never again', async () => {
    const { KeyPair, RequestId } = await sdk.CreateKeyPair({ KeyName: 'sdk_created', ProjectId: 0 });
    expect(RequestId).toBeTruthy();
    expect(KeyPair).toMatchObject({ KeyName: 'sdk_created', ProjectId: 0 });
    expect(KeyPair!.KeyId).toMatch(/^skey-[a-z0-9]{8}$/);
    expect(KeyPair!.PrivateKey).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n[\s\S]+\n-----END RSA PRIVATE KEY-----\n$/);
    expect(KeyPair!.PublicKey).toMatch(/^ssh-rsa AAAA[A-Za-z0-9+/]+=* \S+$/);

    // The private key parses, and its public half is the ssh-rsa key answered beside it: the blob's e and n.
    const privateKey = createPrivateKey(KeyPair!.PrivateKey!);
    expect(privateKey.asymmetricKeyType).toBe('rsa');
    expect(privateKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
    const [kind, e, n] = sshFields(KeyPair!.PublicKey!);
    expect(kind!.toString()).toBe('ssh-rsa');
    const unsigned = (bytes: Buffer) => (bytes[0] === 0 ? bytes.subarray(1) : bytes).toString('base64url');
    expect([unsigned(e!), unsigned(n!)]).toEqual([jwk.e, jwk.n]);

    const listed = await keyPair(KeyPair!.KeyId!);
    expect(listed).toMatchObject({ KeyId: KeyPair!.KeyId, KeyName: 'sdk_created', PublicKey: KeyPair!.PublicKey, AssociatedInstanceIds: [] });
    expect(listed!.CreatedTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(listed).not.toHaveProperty('PrivateKey');
    const all = await sdk.DescribeKeyPairs({ Limit: 100 });
    expect(all.KeyPairSet!.some((key) => 'PrivateKey' in key)).toBe(false);
  });

  it('refuses empty, illegal, too long and taken names, and unknown projects', async () => {
    const create = (KeyName: string, ProjectId = 0) => codeOf(sdk.CreateKeyPair({ KeyName, ProjectId }));
    expect(await create('')).toBe('InvalidKeyPairNameEmpty');
    expect(await create('ops-key')).toBe('InvalidKeyPairNameIncludeIllegalChar');
    expect(await create('运维')).toBe('InvalidKeyPairNameIncludeIllegalChar');
    expect(await create('a'.repeat(26))).toBe('InvalidKeyPairNameTooLong');
    expect(await create('ops_team')).toBe('InvalidKeyPairName.Duplicate');
    expect(await create('fresh_name', 1002)).toBe('InvalidProjectId.NotFound');
    expect(await codeOf(sdk.CreateKeyPair({ KeyName: 'tagged', ProjectId: 0, TagSpecification: [{ ResourceType: 'instance', Tags: [] }] }))).toBe('InvalidParameterValue');
    const tagged = await sdk.CreateKeyPair({ KeyName: 'a'.repeat(25), ProjectId: 0, TagSpecification: [{ ResourceType: 'keypair', Tags: [{ Key: 'team', Value: 'ops' }] }] });
    const byTag = await sdk.DescribeKeyPairs({ Filters: [{ Name: 'tag:team', Values: ['ops'] }] });
    expect(byTag.KeyPairSet!.map((key) => key.KeyId)).toEqual([tagged.KeyPair!.KeyId]);
  });

  it('imports an OpenSSH RSA public key, and refuses anything else or the same key twice', async () => {
    const publicKey = openSshPublicKey();
    const { KeyId } = await sdk.ImportKeyPair({ KeyName: 'laptop', ProjectId: 0, PublicKey: publicKey });
    expect(KeyId).toMatch(/^skey-[a-z0-9]{8}$/);
    expect(await keyPair(KeyId!)).toMatchObject({ KeyName: 'laptop', PublicKey: publicKey, AssociatedInstanceIds: [] });

    const importing = (KeyName: string, PublicKey: string) => codeOf(sdk.ImportKeyPair({ KeyName, ProjectId: 0, PublicKey }));
    expect(await importing('garbage', 'not a key at all')).toBe('InvalidPublicKey.Malformed');
    expect(await importing('garbage', `ssh-rsa ${Buffer.from('hello world').toString('base64')}`)).toBe('InvalidPublicKey.Malformed');
    expect(await importing('garbage', publicKey.replace('ssh-rsa', 'ssh-ed25519'))).toBe('InvalidPublicKey.Malformed');
    const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }) as string;
    expect(await importing('garbage', pem)).toBe('InvalidPublicKey.Malformed');
    // The same key under another comment is still the same key.
    expect(await importing('laptop_again', publicKey.replace('me@laptop', 'other'))).toBe('InvalidPublicKey.Duplicate');
    expect(await importing('laptop', openSshPublicKey())).toBe('InvalidKeyPairName.Duplicate');
    expect(await importing('bad name', openSshPublicKey())).toBe('InvalidKeyPairNameIncludeIllegalChar');
  });
});

describe('ModifyKeyPairAttribute', () => {
  it('renames and describes a key pair, one or both at a time', async () => {
    const id = await newKey();
    await sdk.ModifyKeyPairAttribute({ KeyId: id, KeyName: 'renamed_key' });
    expect(await keyPair(id)).toMatchObject({ KeyName: 'renamed_key', Description: '' });
    await sdk.ModifyKeyPairAttribute({ KeyId: id, Description: 'Deployments, 2025 onwards' });
    expect(await keyPair(id)).toMatchObject({ KeyName: 'renamed_key', Description: 'Deployments, 2025 onwards' });
    await sdk.ModifyKeyPairAttribute({ KeyId: id, KeyName: 'renamed_again', Description: '' });
    expect(await keyPair(id)).toMatchObject({ KeyName: 'renamed_again', Description: '' });
    // Its own name is not a duplicate of itself.
    expect(await codeOf(sdk.ModifyKeyPairAttribute({ KeyId: id, KeyName: 'renamed_again' }))).toBeUndefined();
    const byName = await sdk.DescribeKeyPairs({ Filters: [{ Name: 'key-name', Values: ['renamed_again'] }] });
    expect(byName.KeyPairSet!.map((key) => key.KeyId)).toEqual([id]);
  });

  it('refuses a call that changes nothing, a taken or bad name, a long description and unknown keys', async () => {
    const id = await newKey();
    const modify = (params: { KeyId?: string; KeyName?: string; Description?: string }) => codeOf(sdk.ModifyKeyPairAttribute({ KeyId: id, ...params }));
    expect(await modify({})).toBe('MissingParameter');
    expect(await modify({ KeyName: 'ci_deploy' })).toBe('InvalidKeyPairName.Duplicate');
    expect(await modify({ KeyName: 'no spaces' })).toBe('InvalidKeyPairNameIncludeIllegalChar');
    expect(await modify({ KeyName: 'b'.repeat(26) })).toBe('InvalidKeyPairNameTooLong');
    expect(await modify({ Description: 'd'.repeat(61) })).toBe('InvalidParameterValue');
    expect(await modify({ Description: 'd'.repeat(60) })).toBeUndefined();
    expect(await modify({ KeyId: 'skey-1122', KeyName: 'whatever' })).toBe('InvalidKeyPairId.Malformed');
    expect(await modify({ KeyId: 'skey-zzzzzzzz', KeyName: 'whatever' })).toBe('InvalidKeyPairId.NotFound');
  });
});

describe('AssociateInstancesKeyPairs and DisassociateInstancesKeyPairs', () => {
  it('binds keys to a stopped Linux instance when the operation lands, as both the instance and the key show', async () => {
    const id = await launch({ stop: true });
    const [first, second] = [await newKey(), await newKey()];
    const { RequestId } = await sdk.AssociateInstancesKeyPairs({ InstanceIds: [id], KeyIds: [first, second] });
    expect(await instance(id)).toMatchObject({
      InstanceState: 'STOPPED',
      LoginSettings: { KeyIds: null },
      LatestOperation: 'AssociateInstancesKeyPairs',
      LatestOperationState: 'OPERATING',
      LatestOperationRequestId: RequestId,
    });
    // Busy until it lands.
    expect(await codeOf(sdk.AssociateInstancesKeyPairs({ InstanceIds: [id], KeyIds: [first] }))).toBe('OperationDenied.InstanceOperationInProgress');
    clock.advance(4_000);
    expect(await instance(id)).toMatchObject({ InstanceState: 'STOPPED', LoginSettings: { KeyIds: [first, second] }, LatestOperationState: 'SUCCESS' });
    expect((await keyPair(first))!.AssociatedInstanceIds).toEqual([id]);
    expect((await keyPair(second))!.AssociatedInstanceIds).toEqual([id]);

    // Binding again replaces what was bound: the keys bound before no longer open the instance.
    const third = await newKey();
    await sdk.AssociateInstancesKeyPairs({ InstanceIds: [id], KeyIds: [third] });
    clock.advance(4_000);
    expect((await instance(id)).LoginSettings).toEqual({ KeyIds: [third], KeepImageLogin: 'false' });
    expect((await keyPair(first))!.AssociatedInstanceIds).toEqual([]);
    expect((await keyPair(third))!.AssociatedInstanceIds).toEqual([id]);
  });

  it('refuses a running instance without ForceStop; with it, stops, binds and starts again', async () => {
    const id = await launch();
    const key = await newKey();
    expect(await codeOf(sdk.AssociateInstancesKeyPairs({ InstanceIds: [id], KeyIds: [key] }))).toBe('UnsupportedOperation.InstanceStateRunning');
    expect(await codeOf(sdk.AssociateInstancesKeyPairs({ InstanceIds: [id], KeyIds: [key], ForceStop: false }))).toBe('UnsupportedOperation.InstanceStateRunning');
    await sdk.AssociateInstancesKeyPairs({ InstanceIds: [id], KeyIds: [key], ForceStop: true });
    expect(await instance(id)).toMatchObject({ InstanceState: 'STOPPING', LatestOperation: 'AssociateInstancesKeyPairs', LatestOperationState: 'OPERATING' });
    clock.advance(5_500);
    expect(await instance(id)).toMatchObject({ InstanceState: 'STOPPED', LoginSettings: { KeyIds: null } });
    clock.advance(3_500);
    expect(await instance(id)).toMatchObject({ InstanceState: 'STARTING', LoginSettings: { KeyIds: [key] }, LatestOperationState: 'OPERATING' });
    clock.advance(4_500);
    expect(await instance(id)).toMatchObject({ InstanceState: 'RUNNING', LoginSettings: { KeyIds: [key] }, LatestOperationState: 'SUCCESS' });
    expect((await keyPair(key))!.AssociatedInstanceIds).toEqual([id]);

    // Unbinding follows the same rules.
    expect(await codeOf(sdk.DisassociateInstancesKeyPairs({ InstanceIds: [id], KeyIds: [key] }))).toBe('UnsupportedOperation.InstanceStateRunning');
    await sdk.DisassociateInstancesKeyPairs({ InstanceIds: [id], KeyIds: [key], ForceStop: true });
    clock.advance(20_000);
    expect(await instance(id)).toMatchObject({
      InstanceState: 'RUNNING',
      LoginSettings: { KeyIds: null },
      LatestOperation: 'DisassociateInstancesKeyPairs',
      LatestOperationState: 'SUCCESS',
    });
    expect((await keyPair(key))!.AssociatedInstanceIds).toEqual([]);
  });

  it('refuses Windows instances, and malformed or unknown instances and keys', async () => {
    const windows = await launch({ stop: true, imageId: 'img-1eckiyjb' });
    const linux = await launch({ stop: true });
    const key = await newKey();
    const associate = (InstanceIds: string[], KeyIds: string[]) => codeOf(sdk.AssociateInstancesKeyPairs({ InstanceIds, KeyIds }));
    expect(await associate([windows], [key])).toBe('UnsupportedOperation.InstanceOsWindows');
    // A batch is all or nothing: the Linux instance beside it is not bound either.
    expect(await associate([linux, windows], [key])).toBe('UnsupportedOperation.InstanceOsWindows');
    expect(await codeOf(sdk.DisassociateInstancesKeyPairs({ InstanceIds: [windows], KeyIds: [key] }))).toBe('UnsupportedOperation.InstanceOsWindows');
    expect(await associate(['ins-1122'], [key])).toBe('InvalidInstanceId.Malformed');
    expect(await associate(['ins-zzzzzzzz'], [key])).toBe('InvalidInstanceId.NotFound');
    expect(await associate([linux], ['skey-1122'])).toBe('InvalidKeyPairId.Malformed');
    expect(await associate([linux], ['skey-zzzzzzzz'])).toBe('InvalidKeyPairId.NotFound');
    expect(await associate([linux], [key, key])).toBe('InvalidParameterValue');
    expect(
      await associate(
        [linux],
        Array.from({ length: 101 }, () => key),
      ),
    ).toBe('InvalidParameterValue.LimitExceeded');
    clock.advance(4_000);
    expect((await instance(linux)).LoginSettings).toEqual({ KeyIds: null, KeepImageLogin: 'false' });
    // Nothing to unbind from an instance that has none of the keys.
    expect(await codeOf(sdk.DisassociateInstancesKeyPairs({ InstanceIds: [linux], KeyIds: [key] }))).toBe('InvalidParameterValue');
  });
});

describe('DeleteKeyPairs', () => {
  it('refuses a key still bound; once unbound it deletes, and the key is gone', async () => {
    const id = await launch({ stop: true });
    const [bound, spare] = [await newKey(), await newKey()];
    await sdk.AssociateInstancesKeyPairs({ InstanceIds: [id], KeyIds: [bound] });
    clock.advance(4_000);
    // All or nothing: the spare key named beside it stays too.
    expect(await codeOf(sdk.DeleteKeyPairs({ KeyIds: [spare, bound] }))).toBe('InvalidParameterValue.KeyPairNotSupported');
    expect(await keyPair(spare)).toBeDefined();

    await sdk.DisassociateInstancesKeyPairs({ InstanceIds: [id], KeyIds: [bound] });
    expect(await instance(id)).toMatchObject({ LatestOperation: 'DisassociateInstancesKeyPairs', LatestOperationState: 'OPERATING' });
    clock.advance(4_000);
    expect(await instance(id)).toMatchObject({ InstanceState: 'STOPPED', LoginSettings: { KeyIds: null }, LatestOperationState: 'SUCCESS' });
    expect((await keyPair(bound))!.AssociatedInstanceIds).toEqual([]);

    expect(await codeOf(sdk.DeleteKeyPairs({ KeyIds: [spare, bound] }))).toBeUndefined();
    expect((await sdk.DescribeKeyPairs({ KeyIds: [spare, bound] })).TotalCount).toBe(0);
    expect(await codeOf(sdk.DeleteKeyPairs({ KeyIds: [bound] }))).toBe('InvalidKeyPairId.NotFound');
    expect(await codeOf(sdk.DeleteKeyPairs({ KeyIds: ['skey-1122'] }))).toBe('InvalidKeyPairId.Malformed');
    expect(await codeOf(sdk.AssociateInstancesKeyPairs({ InstanceIds: [id], KeyIds: [bound] }))).toBe('InvalidKeyPairId.NotFound');
  });

  it('keeps a key bound at purchase until its instance is gone', async () => {
    const key = await newKey();
    const id = await launch({ keyIds: [key] });
    expect((await instance(id)).LoginSettings).toEqual({ KeyIds: [key], KeepImageLogin: 'false' });
    expect((await keyPair(key))!.AssociatedInstanceIds).toEqual([id]);
    expect(await codeOf(sdk.DeleteKeyPairs({ KeyIds: [key] }))).toBe('InvalidParameterValue.KeyPairNotSupported');
    await sdk.TerminateInstances({ InstanceIds: [id] });
    clock.advance(4_000);
    expect((await keyPair(key))!.AssociatedInstanceIds).toEqual([]);
    expect(await codeOf(sdk.DeleteKeyPairs({ KeyIds: [key] }))).toBeUndefined();
  });
});
