import { characterClasses, type CharacterClasses } from './character-classes.ts';
import type { PasswordPlatform } from './login-password.ts';

// ResetInstancesPassword's rule (reference 15400), stricter than LoginSettings': Linux 8–30 and Windows 12–30
// characters, never starting with "/", at least three of lower case, upper case, digits and the symbols below (which
// add _ < > to LoginSettings' set); a Windows password must not contain the user name. A batch with any Windows
// instance follows the Windows rule.

export const RESET_PASSWORD_SYMBOLS = "()`~!@#$%^&*-+=_|{}[]:;'<>,.?/";

export const RESET_PASSWORD_RULES: Record<PasswordPlatform, { min: number; max: number; classes: number }> = {
  linux: { min: 8, max: 30, classes: 3 },
  windows: { min: 12, max: 30, classes: 3 },
};

export interface ResetPasswordCheck {
  lengthOk: boolean;
  classesOk: boolean;
  classes: CharacterClasses;
  startsWithSlash: boolean;
  containsUserName: boolean;
  invalidCharacters: string[];
  ok: boolean;
}

export function checkResetPassword(password: string, platform: PasswordPlatform, userName: string): ResetPasswordCheck {
  const rule = RESET_PASSWORD_RULES[platform];
  const length = [...password].length;
  const { classes, count, invalidCharacters } = characterClasses(password, RESET_PASSWORD_SYMBOLS);
  const lengthOk = length >= rule.min && length <= rule.max;
  const classesOk = count >= rule.classes;
  const startsWithSlash = password.startsWith('/');
  const containsUserName = platform === 'windows' && userName !== '' && password.toLowerCase().includes(userName.toLowerCase());
  return {
    lengthOk,
    classesOk,
    classes,
    startsWithSlash,
    containsUserName,
    invalidCharacters,
    ok: lengthOk && classesOk && !startsWithSlash && !containsUserName && invalidCharacters.length === 0,
  };
}
