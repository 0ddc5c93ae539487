import type { CloudError } from './cloud-error.ts';
import { ERROR_TEXTS_ZH } from './error-texts-zh.ts';

// The Message in the language the caller asked for (X-TC-Language, or v1's Language): English by default; in zh-CN the
// refusing rule's own Chinese, else the reference's description of the code, else of the family it belongs to
// (`InvalidParameterValue.Malformed` → `InvalidParameterValue`) — a code the CVM reference does not list, from vpc or
// batch, still answers in Chinese.

export type Language = 'zh-CN' | 'en-US';

export function localizedMessage(error: CloudError, language: Language): string {
  if (language !== 'zh-CN') return error.message;
  if (error.messageZh) return error.messageZh;
  for (let code = error.code; code; code = code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : '') {
    const text = ERROR_TEXTS_ZH[code];
    if (text) return text;
  }
  return error.message;
}
