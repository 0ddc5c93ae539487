import { describe, expect, it } from 'vitest';
import { newPasswordErrors, type NewPasswordMessages } from './use-new-password.ts';

const m: NewPasswordMessages = {
  newPassword: 'New password',
  confirmPassword: 'Confirm',
  passwordNeverKept: 'Never kept',
  passwordMissing: 'missing',
  passwordWeak: 'weak',
  confirmMissing: 'confirm missing',
  passwordsDiffer: 'differ',
};
const rules = { kind: 'login', platform: 'linux' } as const;
const strong = 'Sturdy-Pass-2024';

describe('newPasswordErrors', () => {
  it('says nothing before anything is typed or tried', () => {
    expect(newPasswordErrors('', '', rules, false, m)).toEqual({ ok: false, passwordError: undefined, confirmError: undefined });
  });

  it('says a typed password is weak at once, a missing one only once a confirm was tried', () => {
    expect(newPasswordErrors('abc', '', rules, false, m).passwordError).toBe('weak');
    expect(newPasswordErrors('', '', rules, true, m).passwordError).toBe('missing');
  });

  it('checks the confirmation only after a confirm was tried, and only for a password that passes', () => {
    expect(newPasswordErrors(strong, '', rules, false, m).confirmError).toBeUndefined();
    expect(newPasswordErrors(strong, '', rules, true, m).confirmError).toBe('confirm missing');
    expect(newPasswordErrors(strong, 'other', rules, true, m).confirmError).toBe('differ');
    expect(newPasswordErrors('abc', 'other', rules, true, m).confirmError).toBeUndefined();
  });

  it('is ok with a passing password typed twice', () => {
    expect(newPasswordErrors(strong, strong, rules, true, m)).toEqual({ ok: true, passwordError: undefined, confirmError: undefined });
  });
});
