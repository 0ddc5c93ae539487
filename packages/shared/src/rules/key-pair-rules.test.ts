import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isOpenSshRsaPublicKey, keyPairNameProblem } from './key-pair-rules.ts';

/** An OpenSSH public key line written from a real key's JWK, as ssh-keygen writes it. */
function openSsh(kind: 'ssh-rsa', bits = 2048): string {
  // Each field length-prefixed (uint32, big-endian); the integers as mpints (a leading zero when the top bit is set).
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  const jwk = publicKey.export({ format: 'jwk' });
  const mpint = (b64url: string) => {
    let bytes = Buffer.from(b64url, 'base64url');
    if (bytes[0]! & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
    return bytes;
  };
  const parts = [Buffer.from(kind), mpint(jwk.e!), mpint(jwk.n!)].map((value) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(value.length);
    return Buffer.concat([length, value]);
  });
  return `${kind} ${Buffer.concat(parts).toString('base64')} me@laptop`;
}

describe('key pair rules', () => {
  it('checks names as the cloud does: letters, digits and underscores, at most 25', () => {
    expect(keyPairNameProblem('')).toBe('empty');
    expect(keyPairNameProblem('a'.repeat(26))).toBe('tooLong');
    expect(keyPairNameProblem('ops-key')).toBe('illegalChar');
    expect(keyPairNameProblem('运维')).toBe('illegalChar');
    expect(keyPairNameProblem('ops_team_2')).toBeUndefined();
  });

  it('takes an OpenSSH RSA public key, and nothing else', () => {
    const key = openSsh('ssh-rsa');
    expect(isOpenSshRsaPublicKey(key)).toBe(true);
    expect(isOpenSshRsaPublicKey(key.split(' ').slice(0, 2).join(' '))).toBe(true);
    // The blob must say what the prefix says, and be whole.
    expect(isOpenSshRsaPublicKey(key.replace('ssh-rsa', 'ssh-ed25519'))).toBe(false);
    expect(isOpenSshRsaPublicKey(`ssh-rsa ${key.split(' ')[1]!.slice(0, 100)}`)).toBe(false);
    expect(isOpenSshRsaPublicKey('ssh-rsa AAAA not-base64!')).toBe(false);
    const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }) as string;
    expect(isOpenSshRsaPublicKey(pem)).toBe(false);
    expect(isOpenSshRsaPublicKey('')).toBe(false);
  });
});
