import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasCommand, inCi, skipping, toolMissing } from './needs-tool.ts';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('a test that needs a tool', () => {
  it('runs where the tool is there, in CI or not', () => {
    vi.stubEnv('CI', 'true');
    expect(toolMissing('pdftotext', true, 'poppler-utils')).toBe(false);
    vi.stubEnv('CI', '');
    expect(toolMissing('pdftotext', true, 'poppler-utils')).toBe(false);
  });

  it('fails in CI where the tool is missing, naming the tool and its apt package', () => {
    vi.stubEnv('CI', 'true');
    expect(() => toolMissing('no-such-tool-a', false, 'some-package')).toThrow(/no-such-tool-a is missing: apt-get install some-package/);
  });

  it('is skipped outside CI where the tool is missing, and says why once', () => {
    vi.stubEnv('CI', '');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(toolMissing('no-such-tool-b', false, 'other-package')).toBe(true);
    expect(toolMissing('no-such-tool-b', false, 'other-package')).toBe(true);
    expect(warn.mock.calls).toEqual([['skipped: no-such-tool-b is missing: apt-get install other-package']]);
  });

  it('takes CI=true, CI=1 as CI, and CI unset, empty, 0 or false as not', () => {
    for (const value of ['true', '1', 'TRUE']) {
      vi.stubEnv('CI', value);
      expect(inCi(), value).toBe(true);
    }
    for (const value of [undefined, '', '0', 'false']) {
      vi.stubEnv('CI', value);
      expect(inCi(), String(value)).toBe(false);
    }
  });

  it('finds programs on PATH', () => {
    expect(hasCommand('node')).toBe(true);
    expect(hasCommand('no-such-program-here')).toBe(false);
  });
});

describe('a skip for another reason than a missing tool', () => {
  it('stays a skip in CI, and says why', () => {
    vi.stubEnv('CI', 'true');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(skipping(true, 'running as root (test of the helper)')).toBe(true);
    expect(skipping(false, 'never printed')).toBe(false);
    expect(warn.mock.calls).toEqual([['skipped: running as root (test of the helper)']]);
  });
});
