// SSH key pairs' rules (reference 28772–29940), one copy for the emulator, which refuses by them with the cloud's codes,
// and the console, which says what is wrong before anything is sent.

/** KeyName: letters, digits and underscores, at most 25 (CreateKeyPair, ImportKeyPair, ModifyKeyPairAttribute). */
export const KEY_PAIR_NAME_MAX = 25;
export const KEY_PAIR_NAME_PATTERN = /^[A-Za-z0-9_]+$/;
/** ModifyKeyPairAttribute's Description: at most 60 characters. */
export const KEY_PAIR_DESCRIPTION_MAX = 60;

export type KeyPairNameProblem = 'empty' | 'tooLong' | 'illegalChar';

/** What is wrong with a key pair's name, or undefined; in the order the cloud checks. */
export function keyPairNameProblem(name: string): KeyPairNameProblem | undefined {
  if (name === '') return 'empty';
  if (name.length > KEY_PAIR_NAME_MAX) return 'tooLong';
  if (!KEY_PAIR_NAME_PATTERN.test(name)) return 'illegalChar';
  return undefined;
}

/** A Uint8Array of base64 text, or undefined when it is not base64 (atob is in browsers and Node alike). */
function base64Bytes(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  const binary = atob(text);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/**
 * Whether `text` is an OpenSSH RSA public key, as ImportKeyPair takes it: `ssh-rsa <base64 blob> [comment]`, the blob
 * itself starting with the length-prefixed string "ssh-rsa" followed by the exponent and the modulus. Anything else
 * (a private key, an ed25519 key, a PEM public key) is refused.
 */
export function isOpenSshRsaPublicKey(text: string): boolean {
  const [kind, blob, ...rest] = text.trim().split(/\s+/);
  if (kind !== 'ssh-rsa' || !blob || rest.join(' ').includes('\n')) return false;
  const bytes = base64Bytes(blob);
  if (!bytes || bytes.length < 4 + 7 + 4 + 1 + 4 + 64) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const field = (): Uint8Array | undefined => {
    if (at + 4 > bytes.length) return undefined;
    const length = view.getUint32(at);
    at += 4;
    if (length === 0 || at + length > bytes.length) return undefined;
    const value = bytes.subarray(at, at + length);
    at += length;
    return value;
  };
  const name = field();
  if (!name || new TextDecoder().decode(name) !== 'ssh-rsa') return false;
  const exponent = field();
  const modulus = field();
  // Nothing after the modulus, and a modulus of at least 1,024 bits.
  return exponent !== undefined && modulus !== undefined && at === bytes.length && modulus.length >= 128;
}
