import { describe, expect, it } from 'vitest';
import { loadConfig } from '@cvm/server';

describe('configuration from the environment', () => {
  it('uses the embedded emulator when no keys are set', () => {
    const config = loadConfig({});
    expect(config.target.mode).toBe('emulator');
    expect(config.port).toBe(8080);
    expect(config.host).toBe('127.0.0.1');
  });

  it('uses the cloud when keys are set', () => {
    const config = loadConfig({ TENCENTCLOUD_SECRET_ID: 'AKIDX', TENCENTCLOUD_SECRET_KEY: 'k', TENCENTCLOUD_REGION: 'ap-shanghai' });
    expect(config.target).toMatchObject({ mode: 'cloud', credentials: { secretId: 'AKIDX' } });
    expect(config.defaultRegion).toBe('ap-shanghai');
  });

  it('refuses secrets with spaces or control characters', () => {
    expect(() => loadConfig({ TENCENTCLOUD_SECRET_ID: 'AKID\nX', TENCENTCLOUD_SECRET_KEY: 'k' })).toThrow(/TENCENTCLOUD_SECRET_ID: must be printable ASCII/);
  });

  it('explains every mistake at once, in words, without echoing secrets', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'eighty', TENCENTCLOUD_SECRET_KEY: 'hunter2-secret', TENCENTCLOUD_REGION: 'Guangzhou' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('PORT');
    expect(message).toContain('TENCENTCLOUD_SECRET_ID');
    expect(message).toContain('TENCENTCLOUD_REGION');
    expect(message).not.toContain('hunter2-secret');
  });
});
