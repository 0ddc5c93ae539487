import { describe, expect, it } from 'vitest';
import { ConsoleError } from '../../api/console-error.ts';
import { en } from '../../i18n/en.ts';
import { zhCN } from '../../i18n/zh-CN.ts';
import { errorWords } from './error-words.ts';

const lost = (code: string) =>
  new ConsoleError(
    {
      code,
      message: 'StopInstances was sent to Tencent Cloud, but its answer was lost: the cloud may have carried it out.',
      requestId: 'req-1',
      mayHaveHappened: true,
    },
    504,
  );

describe('errorWords', () => {
  it('puts a change that may have happened as a warning, not as the caller’s "Could not …"', () => {
    for (const code of ['CloudAnswerLost', 'CloudTimeout', 'CloudBadResponse', 'InternalError']) {
      expect(errorWords(lost(code), en, 'Could not stop web-1')).toEqual({
        tone: 'warning',
        title: 'The change may have been carried out',
        hint: en.errors.mayHaveHappenedHint,
      });
    }
    expect(en.errors.mayHaveHappenedHint).toMatch(/list .*will show what happened/);
  });

  it('says it in Simplified Chinese too', () => {
    const words = errorWords(lost('CloudAnswerLost'), zhCN, '无法关机 web-1');
    expect(words.tone).toBe('warning');
    expect(words.title).toBe('该操作可能已经执行');
    expect(words.hint).toContain('列表');
  });

  it('keeps a plain failure a failure, with the caller’s title and the code’s hint', () => {
    const timeout = new ConsoleError({ code: 'CloudTimeout', message: 'DescribeInstances timed out' }, 504);
    expect(errorWords(timeout, en, 'Could not load instances')).toEqual({ tone: 'error', title: 'Could not load instances', hint: en.errors.cloudTimeoutHint });
    const refused = new ConsoleError({ code: 'IncorrectInstanceState', message: 'not running', mayHaveHappened: false }, 409);
    expect(errorWords(refused, zhCN)).toEqual({ tone: 'error', title: zhCN.errors.title, hint: undefined });
  });
});
