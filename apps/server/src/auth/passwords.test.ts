import { describe, expect, it } from 'vitest';
import { PasswordHasher } from './passwords.ts';

describe('PasswordHasher', () => {
  it("hashes with argon2id at OWASP's baseline unless told otherwise", async () => {
    const hash = await new PasswordHasher().hash('a long enough secret');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('verifies a hash made at any cost, and refuses a wrong password or a malformed hash', async () => {
    const cheap = new PasswordHasher({ memorySize: 1024, iterations: 1 });
    const hash = await cheap.hash('a long enough secret');
    expect(hash).toMatch(/m=1024,t=1,p=1/);
    expect(await new PasswordHasher().verify('a long enough secret', hash)).toBe(true);
    expect(await new PasswordHasher().verify('another secret', hash)).toBe(false);
    expect(await new PasswordHasher().verify('a long enough secret', 'not a hash')).toBe(false);
  });
});
