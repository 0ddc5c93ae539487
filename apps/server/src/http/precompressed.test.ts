import { describe, expect, it } from 'vitest';
import { chooseEncoding } from './precompressed.ts';

const both = ['br', 'gzip'] as const;

describe('chooseEncoding', () => {
  it('prefers brotli when the client accepts both, as browsers send it', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', both)).toBe('br');
    expect(chooseEncoding('br', both)).toBe('br');
    expect(chooseEncoding('BR;Q=1.0, GZip', both)).toBe('br');
  });

  it('takes gzip when brotli is not accepted or not there', () => {
    expect(chooseEncoding('gzip, deflate', both)).toBe('gzip');
    expect(chooseEncoding('x-gzip', both)).toBe('gzip');
    expect(chooseEncoding('gzip, br', ['gzip'])).toBe('gzip');
  });

  it('sends the plain file without a header, with an empty one, or when nothing offered is accepted', () => {
    expect(chooseEncoding(undefined, both)).toBeUndefined();
    expect(chooseEncoding('', both)).toBeUndefined();
    expect(chooseEncoding('identity', both)).toBeUndefined();
    expect(chooseEncoding('deflate, zstd', both)).toBeUndefined();
    expect(chooseEncoding('br', ['gzip'])).toBeUndefined();
    expect(chooseEncoding('gzip, br', [])).toBeUndefined();
  });

  it('respects q=0, alone or through the wildcard', () => {
    expect(chooseEncoding('br;q=0, gzip', both)).toBe('gzip');
    expect(chooseEncoding('gzip, br; q=0.000', both)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0', both)).toBeUndefined();
    expect(chooseEncoding('*;q=0', both)).toBeUndefined();
    expect(chooseEncoding('gzip, *;q=0', both)).toBe('gzip');
    expect(chooseEncoding('br;q=0, *', both)).toBe('gzip');
  });

  it('follows the weights the client gives, and the wildcard for codings it does not name', () => {
    expect(chooseEncoding('br;q=0.5, gzip;q=0.8', both)).toBe('gzip');
    expect(chooseEncoding('br;q=0.8, gzip;q=0.8', both)).toBe('br');
    expect(chooseEncoding('*', both)).toBe('br');
    expect(chooseEncoding('gzip;q=0.9, *;q=0.1', both)).toBe('gzip');
  });

  it('reads a malformed weight as no permission, and a repeated coding by its first mention', () => {
    expect(chooseEncoding('br;q=2, gzip', both)).toBe('gzip');
    expect(chooseEncoding('br;q=abc, gzip', both)).toBe('gzip');
    expect(chooseEncoding('br;q=, gzip', both)).toBe('gzip');
    expect(chooseEncoding('br;q=0, br, gzip', both)).toBe('gzip');
  });
});
