import { describe, expect, it } from 'vitest';
import { decodeUserData } from './user-data-dialog.tsx';

describe('user data', () => {
  it('is shown as the text it encodes, Chinese included; what is not UTF-8 is left as base64', () => {
    expect(decodeUserData(Buffer.from('#!/bin/sh\necho 你好\n').toString('base64'))).toBe('#!/bin/sh\necho 你好\n');
    expect(decodeUserData(Buffer.from([0xff, 0xfe, 0x00, 0x81]).toString('base64'))).toBeUndefined();
    expect(decodeUserData('not base64!')).toBeUndefined();
  });
});
