import { useState } from 'react';
import { passwordMeetsRules, type PasswordRuleSet } from './password-rules.tsx';

/** The words a new instance password's fields use: their labels, and what to say when one is missing or wrong. */
export interface NewPasswordMessages {
  newPassword: string;
  confirmPassword: string;
  passwordNeverKept: string;
  passwordMissing: string;
  passwordWeak: string;
  confirmMissing: string;
  passwordsDiffer: string;
}

/**
 * What is wrong with a new password and its confirmation, as the person sees it: the password once something is typed
 * (or a confirm was tried), the confirmation only after a confirm was tried and the password itself passes the rule.
 */
export function newPasswordErrors(password: string, confirmation: string, rules: PasswordRuleSet, attempted: boolean, m: NewPasswordMessages) {
  const weak = !passwordMeetsRules(password, rules);
  const passwordError = (attempted || password !== '') && weak ? (password === '' ? m.passwordMissing : m.passwordWeak) : undefined;
  const confirmError = attempted && !weak ? (confirmation === '' ? m.confirmMissing : confirmation !== password ? m.passwordsDiffer : undefined) : undefined;
  return { ok: !weak && confirmation === password, passwordError, confirmError };
}

/**
 * A new instance password and its confirmation held in the dialog's memory (never in a cache), checked with `rules`:
 * `ok` once both may be sent, `fields` for NewPasswordFields.
 */
export function useNewPassword(rules: PasswordRuleSet, attempted: boolean, m: NewPasswordMessages) {
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { ok, passwordError, confirmError } = newPasswordErrors(password, confirmation, rules, attempted, m);
  return {
    password,
    ok,
    fields: {
      password,
      confirmation,
      onPasswordChange: setPassword,
      onConfirmationChange: setConfirmation,
      labels: { password: m.newPassword, confirm: m.confirmPassword, neverKept: m.passwordNeverKept },
      rules,
      passwordError,
      confirmError,
    },
  };
}
