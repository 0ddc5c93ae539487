import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_TEXTS_ZH } from '../packages/emulator/src/http/error-texts-zh.ts';
import { DEFAULT_REFERENCE, OUTPUT, extractErrorTexts, renderErrorTexts } from './extract-error-texts.ts';

describe('the emulator’s Chinese error texts', () => {
  it('hold the 38 common codes and the 390 CVM business codes of the reference’s error page, none empty', () => {
    const codes = Object.keys(ERROR_TEXTS_ZH);
    expect(codes).toHaveLength(428);
    for (const common of ['UnsupportedProtocol', 'UnknownParameter', 'RequestSizeLimitExceeded', 'AuthFailure.SignatureFailure', 'InvalidRequest']) {
      expect(codes).toContain(common);
    }
    expect(Object.entries(ERROR_TEXTS_ZH).filter(([, text]) => !/[\u4e00-\u9fff]/.test(text))).toEqual([]);
    // A description broken over PDF lines is joined whole, not cut at the first line or taken for a code.
    expect(ERROR_TEXTS_ZH['InvalidParameterValue.VpcIdMalformed']).toBe('VPC IDxxx不合要求，请提供规范的Vpc ID， 类似vpc-xxxxxxxx，字母x代表小写字符或者数字。');
  });

  // The reference lives beside the repository (shared/seeds); where it is present, the committed table is its extract.
  it.skipIf(!existsSync(DEFAULT_REFERENCE))('are what the extractor makes of the reference today', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(renderErrorTexts(extractErrorTexts(readFileSync(DEFAULT_REFERENCE, 'utf8'))));
  });
});
