import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDraft, sanitizeForm, saveDraft } from './wizard-storage.ts';
import { emptyForm } from './wizard-form.ts';

describe('wizard draft storage', () => {
  const store = new Map<string, string>();
  beforeEach(() => {
    (globalThis as { window?: unknown }).window = {
      sessionStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v), removeItem: (k: string) => store.delete(k) },
    };
  });
  afterEach(() => {
    store.clear();
    delete (globalThis as { window?: unknown }).window;
  });

  it('round-trips a draft; an empty number box comes back empty', () => {
    const form = { ...emptyForm(), name: 'web', systemDiskSize: Number.NaN };
    saveDraft({ place: 'emulator ap-chengdu', form, touched: true });
    const loaded = loadDraft()!;
    expect(loaded.place).toBe('emulator ap-chengdu');
    expect(loaded.touched).toBe(true);
    expect(loaded.form.name).toBe('web');
    expect(loaded.form.systemDiskSize).toBeNaN();
  });

  it('never writes a password, even one smuggled into the form object', () => {
    const form = { ...emptyForm(), Password: 'Secret-Pass-1' } as ReturnType<typeof emptyForm>;
    saveDraft({ place: 'p', form: sanitizeForm(form), touched: true });
    expect([...store.values()].join()).not.toContain('Secret-Pass-1');
  });

  it('falls back to defaults for anything unknown or mistyped', () => {
    const form = sanitizeForm({ chargeType: 'SPOTPAID', count: '3', dataDisks: [{ type: 'LOCAL_BASIC', size: 40 }], tags: 'x' });
    expect(form.chargeType).toBe('POSTPAID_BY_HOUR');
    expect(form.count).toBe(1);
    expect(form.dataDisks).toMatchObject([{ type: 'CLOUD_PREMIUM', size: 40, deleteWithInstance: true }]);
    expect(form.tags).toEqual([]);
    expect(loadDraft()).toBeUndefined();
  });
});
