import { describe, expect, it } from 'vitest';
import type { Image } from '@cvm/shared';
import { createMessages } from '../messages.ts';
import { systemDiskMin, validateForm, type ValidationContext } from './validate.ts';
import { emptyForm, type WizardForm } from './wizard-form.ts';

const m = createMessages.en;
const linux = { ImageId: 'img-1', ImageSize: 20, Platform: 'TencentOS' } as Image;
const windows = { ImageId: 'img-2', ImageSize: 50, Platform: 'Windows' } as Image;
const form: WizardForm = { ...emptyForm(), zone: 'z-1', instanceType: 'S5.MEDIUM4', imageId: 'img-1', vpcId: 'vpc-1', subnetId: 'subnet-1' };
const ctx: ValidationContext = { image: linux, offering: undefined, password: 'Good-Pass-1', confirm: 'Good-Pass-1' };
const texts = (f: WizardForm, c: Partial<ValidationContext> = {}) => validateForm(f, { ...ctx, ...c }).map((p) => `${p.field}: ${p.text(m)}`);

describe('validateForm', () => {
  it('accepts a complete purchase', () => {
    expect(texts(form)).toEqual([]);
  });

  it('checks the password with the cloud’s rule for the image’s platform', () => {
    expect(texts(form, { password: 'short', confirm: 'short' })).toEqual(['password: The password does not meet the rules below.']);
    // Good enough for Linux (8+, two classes), not for Windows (12+, three classes).
    expect(texts({ ...form, imageId: 'img-2' }, { image: windows, password: 'abcdefgh1', confirm: 'abcdefgh1' })).toContain(
      'password: The password does not meet the rules below.',
    );
    expect(texts(form, { confirm: 'Other-Pass-1' })).toEqual(['confirm: The two passwords differ.']);
  });

  it('refuses key pairs for Windows', () => {
    expect(texts({ ...form, loginMethod: 'key', keyId: 'skey-1' }, { image: windows })).toEqual(['loginMethod: Windows images cannot use key pairs: choose a password.']);
  });

  it('sizes disks as the cloud does', () => {
    expect(systemDiskMin(linux)).toBe(20);
    expect(systemDiskMin(windows)).toBe(50);
    expect(texts({ ...form, systemDiskSize: 30 }, { image: windows, password: 'Good-Pass-12', confirm: 'Good-Pass-12' })).toEqual([
      'systemDiskSize: The system disk must be 50–1024 GB.',
    ]);
    const disk = (type: 'CLOUD_SSD' | 'CLOUD_PREMIUM', size: number) => ({ ...form, dataDisks: [{ id: 'd', type, size, deleteWithInstance: true }] });
    expect(texts(disk('CLOUD_SSD', 50))).toEqual(['dataDisk:d:size: This disk type takes 100–32000 GB.']);
    expect(texts(disk('CLOUD_PREMIUM', 15))).toEqual(['dataDisk:d:size: Use a multiple of 10 GB.']);
    expect(texts(disk('CLOUD_PREMIUM', Number.NaN))).toEqual(['dataDisk:d:size: Enter a whole number.']);
  });

  it('checks numbered host names one by one, and repeated tag keys', () => {
    expect(texts({ ...form, hostName: 'web-{R:9}', count: 2 })).toEqual([]);
    expect(texts({ ...form, hostName: 'a-{R:1}-very-long-name', count: 1 }, { image: windows, password: 'Good-Pass-12', confirm: 'Good-Pass-12' })).toEqual([
      'hostName: a-1-very-long-name: host names have 2–15 characters.',
    ]);
    const tags = [
      { id: 'a', key: 'env', value: '1' },
      { id: 'b', key: 'env ', value: '2' },
    ];
    expect(texts({ ...form, tags })).toEqual(['tag:b:key: The key env is used twice.']);
  });

  it('flags a sold-out or unsold type, and an image the type cannot boot', () => {
    expect(texts(form, { offering: null })).toEqual(['instanceType: S5.MEDIUM4 is not sold in this zone and billing mode. Choose another type.']);
    expect(texts(form, { image: null })).toEqual(['imageId: Image img-1 cannot be used with this instance type here. Choose another image.']);
  });

  it('marks empty required choices as missing, to be shown once the step was attempted', () => {
    const problems = validateForm(emptyForm(), { ...ctx, image: undefined, password: '', confirm: '' });
    expect(problems.filter((p) => p.missing).map((p) => p.field)).toEqual(['zone', 'instanceType', 'imageId', 'vpcId', 'subnetId', 'password']);
  });
});
