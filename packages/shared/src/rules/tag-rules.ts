import { TAG_KEY_MAX_LENGTH, TAG_VALUE_MAX_LENGTH } from '../catalog/tag.ts';

// What a tag key or value may say (the tag service's Use Limits, cloud.tencent.com/document/product/651/13354): one copy
// for the emulator, which refuses with the service's codes, and the console, which says so as it is typed.
// - a key starting with a reserved prefix: the page reserves `qcs:`, `project` and `项目`; the code's own description
//   (InvalidParameter.ReservedTagKey) `qcloud`, `tencent` and `project`: all five are refused;
// - 1 to 127 Unicode characters for a key, 1 to 255 for a value;
// - letters (any script), digits, spaces inside but not at either end, and the page's special characters — in English
//   `+ - = . _ : / @ ( ) [ ] , ; > <`, in Chinese `（ ） 【 】 ：` besides those.

export const RESERVED_TAG_KEY_PREFIXES = ['qcs:', 'qcloud', 'tencent', 'project', '项目'] as const;
const ALLOWED = /^[\p{L}\p{M}\p{N} +\-=._:/@()[\],;><（）【】：]*$/u;

/** The suffix of the service's code for what is wrong (TagKeyEmpty, TagValueLengthExceeded...), or Reserved. */
export type TagTextProblem = 'Reserved' | 'Empty' | 'LengthExceeded' | 'CharacterIllegal';

/** The first thing wrong with a key or a value, in the order the service checks; undefined when it may be used. */
export function tagTextProblem(text: string, part: 'Key' | 'Value'): TagTextProblem | undefined {
  if (part === 'Key' && RESERVED_TAG_KEY_PREFIXES.some((prefix) => text.toLowerCase().startsWith(prefix))) return 'Reserved';
  const length = [...text].length;
  if (length === 0) return 'Empty';
  if (length > (part === 'Key' ? TAG_KEY_MAX_LENGTH : TAG_VALUE_MAX_LENGTH)) return 'LengthExceeded';
  if (!ALLOWED.test(text) || text.trim() !== text) return 'CharacterIllegal';
  return undefined;
}
