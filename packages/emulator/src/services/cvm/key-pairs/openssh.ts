import { generateKeyPairSync } from 'node:crypto';

// Real RSA keys, as CreateKeyPair hands them out: the private key in PEM PKCS#1 ("BEGIN RSA PRIVATE KEY", as the
// reference's example), the public key as an OpenSSH line, "ssh-rsa <blob> <comment>", as ssh-keygen writes it.

/** One SSH wire field: a uint32 big-endian length, then the bytes. */
function field(bytes: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/** An SSH mpint from a JWK number (base64url, big-endian, unsigned): a leading zero byte when the top bit is set. */
function mpint(base64url: string): Buffer {
  const bytes = Buffer.from(base64url, 'base64url');
  return bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes;
}

/**
 * A new 2048-bit RSA key pair. Generating one blocks for a fraction of a second; handlers answer
 * synchronously, and CreateKeyPair is limited to 10 calls a second anyway.
 */
export function newRsaKeyPair(comment: string): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  const blob = Buffer.concat([field(Buffer.from('ssh-rsa')), field(mpint(jwk.e!)), field(mpint(jwk.n!))]);
  return {
    publicKey: `ssh-rsa ${blob.toString('base64')} ${comment}`,
    privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }) as string,
  };
}

/** The key material of an OpenSSH public key line (its base64 blob), whatever its comment: what makes two keys the same. */
export function publicKeyBlob(line: string): string {
  return line.trim().split(/\s+/)[1] ?? '';
}
