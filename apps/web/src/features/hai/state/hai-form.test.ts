import { describe, expect, it } from 'vitest';
import type { HaiApplication } from '@cvm/shared';
import { emptyHaiForm, haiFormProblems, quoteDiskSize, toPurchase } from './hai-form.ts';

const deepseek = { ApplicationId: 'app-dsr1q32b', ApplicationName: 'DeepSeek-R1 32B', MinSystemDiskSize: 200 } as HaiApplication;

describe('the HAI create form', () => {
  it("starts at the application's minimum disk and one instance", () => {
    expect(emptyHaiForm(deepseek)).toMatchObject({ applicationId: 'app-dsr1q32b', diskSize: '200', count: '1', bundleType: '' });
    expect(emptyHaiForm().diskSize).toBe('80');
  });

  it('checks the disk against the application, then the documented range', () => {
    const form = { ...emptyHaiForm(deepseek), bundleType: 'XL' as const };
    expect(haiFormProblems({ ...form, diskSize: '150' }, deepseek)).toEqual([{ field: 'diskSize', kind: 'belowApplication', min: 200, application: 'DeepSeek-R1 32B' }]);
    expect(haiFormProblems({ ...form, diskSize: '1001' }, deepseek)).toEqual([{ field: 'diskSize', kind: 'range', min: 80, max: 1000 }]);
    expect(haiFormProblems({ ...form, diskSize: '12.5' }, deepseek)).toEqual([{ field: 'diskSize', kind: 'whole' }]);
    expect(quoteDiskSize({ ...form, diskSize: '150' }, deepseek)).toBe(200);
    expect(quoteDiskSize({ ...form, diskSize: '300' }, deepseek)).toBe(300);
  });

  it('takes 1 to 10 instances and names of at most 128 characters, a Chinese character counting as one', () => {
    const form = { ...emptyHaiForm(deepseek), bundleType: 'XL' as const };
    expect(haiFormProblems({ ...form, count: '11' }, deepseek)[0]).toMatchObject({ field: 'count' });
    expect(haiFormProblems({ ...form, count: '0' }, deepseek)[0]).toMatchObject({ field: 'count' });
    expect(haiFormProblems({ ...form, name: '名'.repeat(128) }, deepseek)).toEqual([]);
    expect(haiFormProblems({ ...form, name: 'n'.repeat(129) }, deepseek)).toEqual([{ field: 'name', kind: 'tooLong', max: 128, length: 129 }]);
  });

  it('makes RunInstances parameters only from a complete, valid form', () => {
    const form = { ...emptyHaiForm(deepseek), diskSize: ' 250 ', count: '2', name: ' llm ' };
    expect(toPurchase(form, deepseek)).toBeUndefined();
    expect(toPurchase({ ...form, bundleType: '3XL' }, deepseek)).toEqual({
      ApplicationId: 'app-dsr1q32b',
      BundleType: '3XL',
      SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 250 },
      InstanceCount: 2,
      InstanceName: 'llm',
    });
    expect(toPurchase({ ...form, bundleType: '3XL', count: '20' }, deepseek)).toBeUndefined();
  });
});
