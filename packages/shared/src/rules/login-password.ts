import { characterClasses, type CharacterClasses } from './character-classes.ts';

// LoginSettings.Password complexity (reference 38214): Linux 8–30 characters with at least two of lower case, upper
// case, digits and the listed symbols; Windows 12–30 with at least three. The emulator refuses with InvalidPassword,
// the browser explains the same rule as the person types.

export const PASSWORD_SYMBOLS = "()`~!@#$%^&*-+=|{}[]:;',.?/";

export type PasswordPlatform = 'linux' | 'windows';

export const PASSWORD_RULES: Record<PasswordPlatform, { min: number; max: number; classes: number }> = {
  linux: { min: 8, max: 30, classes: 2 },
  windows: { min: 12, max: 30, classes: 3 },
};

export interface PasswordCheck {
  lengthOk: boolean;
  /** Character classes present: lower, upper, digit, symbol. */
  classes: CharacterClasses;
  classesOk: boolean;
  /** Characters that are in no class (spaces, other symbols, non-ASCII). */
  invalidCharacters: string[];
  ok: boolean;
}

export function checkLoginPassword(password: string, platform: PasswordPlatform): PasswordCheck {
  const rule = PASSWORD_RULES[platform];
  const length = [...password].length;
  const { classes, count, invalidCharacters } = characterClasses(password, PASSWORD_SYMBOLS);
  const lengthOk = length >= rule.min && length <= rule.max;
  const classesOk = count >= rule.classes;
  return { lengthOk, classes, classesOk, invalidCharacters, ok: lengthOk && classesOk && invalidCharacters.length === 0 };
}

export function platformOf(imagePlatform: string): PasswordPlatform {
  return imagePlatform.toLowerCase() === 'windows' ? 'windows' : 'linux';
}
