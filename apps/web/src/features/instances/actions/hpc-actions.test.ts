import { describe, expect, it } from 'vitest';
import type { Instance } from '@cvm/shared';
import { en } from '../../../i18n/en.ts';
import { convertOsAction } from './convert-os.action.ts';
import { isConvertibleOs, isFpgaType } from './hpc-words.ts';
import { programFpgaAction } from './program-fpga.action.ts';
import { refusalOf } from './refusal.ts';

// ConvertOperatingSystems (28270) and ProgramFpgaImage (18748) on an instance's menu: offered to the instances the cloud
// takes, and otherwise refused in words before anything is sent.

const instance = (fields: Partial<Instance>) =>
  ({
    InstanceId: 'ins-1',
    InstanceName: 'node',
    InstanceState: 'RUNNING',
    LatestOperationState: 'SUCCESS',
    OsName: 'CentOS 7.9 64bit',
    InstanceType: 'S5.MEDIUM4',
    ...fields,
  }) as Instance;

describe('the operating-system conversion and FPGA programming', () => {
  it('know CentOS 7 and 8 and the FX families', () => {
    expect(['CentOS 7.9 64bit', 'CentOS 8.2 64bit', 'CentOS Stream 8'].map(isConvertibleOs)).toEqual([true, true, true]);
    expect(['CentOS 6.10 64bit', 'TencentOS Server 2.4 (TK4)', 'Windows Server 2022'].map(isConvertibleOs)).toEqual([false, false, false]);
    expect(['FX4.4XLARGE64', 'FX2.2XLARGE32', 'S5.MEDIUM4', 'HCCPNV4ane.58XLARGE1929'].map(isFpgaType)).toEqual([true, true, false, false]);
  });

  it('convert a running CentOS instance for an admin, and say why not otherwise', () => {
    expect(refusalOf(convertOsAction, [instance({})], 'admin', en)).toBeUndefined();
    expect(refusalOf(convertOsAction, [instance({})], 'operator', en)).toBe('Needs the admin role');
    expect(refusalOf(convertOsAction, [instance({ OsName: 'Ubuntu Server 22.04 LTS 64bit' })], 'admin', en)).toMatch(/Only CentOS 7 and 8 convert/);
    expect(refusalOf(convertOsAction, [instance({ InstanceState: 'STOPPED' })], 'admin', en)).toBeDefined();
  });

  it('program an FX instance, running or stopped, and no other', () => {
    expect(refusalOf(programFpgaAction, [instance({ InstanceType: 'FX4.8XLARGE128' })], 'operator', en)).toBeUndefined();
    expect(refusalOf(programFpgaAction, [instance({ InstanceType: 'FX4.8XLARGE128', InstanceState: 'STOPPED' })], 'operator', en)).toBeUndefined();
    expect(refusalOf(programFpgaAction, [instance({})], 'operator', en)).toMatch(/Only FPGA instances \(FX4\)/);
    expect(
      refusalOf(programFpgaAction, [instance({ InstanceType: 'FX4.8XLARGE128', LatestOperationState: 'OPERATING', LatestOperation: 'ProgramFpgaImage' })], 'operator', en),
    ).toBeDefined();
  });
});
