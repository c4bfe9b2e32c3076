import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fileDoorHandlers, type ShellOps } from '../../../electron/main/file-door.ts';
import { FileGrants } from '../../../electron/main/file-grants.ts';
import { isOwnPage } from '../../../electron/main/navigation.ts';
import { openTypeRefusal, printTypeRefusal } from '../../../electron/main/open-policy.ts';

describe('what the shell opens with the system’s program', () => {
  it('opens the documents the program handles, by an allow-list', () => {
    for (const name of ['a.pdf', 'B.XLSX', 'c.xls', 'd.csv', 'e.docx', 'f.json', 'g.txt', 'h.db', 'C:\\数据\\公示.pdf']) {
      expect(openTypeRefusal(name)).toBeNull();
    }
  });

  it('never opens what Windows would run, nor a name Windows reads differently', () => {
    for (const name of [
      'a.exe',
      'a.bat',
      'a.cmd',
      'a.lnk',
      'a.js',
      'a.vbs',
      'a.ps1',
      'a.msi',
      'a.com',
      'a.scr',
      'a.hta',
      'a.url',
      'noext',
      'a.pdf.exe',
    ]) {
      expect(openTypeRefusal(name)).toMatch(/^拒绝打开/);
    }
    for (const name of ['a.exe.', 'a.exe ', 'a.exe:b.pdf', 'C:\\x\\run.exe:stream.pdf']) {
      expect(openTypeRefusal(name)).toMatch(/^拒绝打开/);
    }
  });

  it('prints only PDFs', () => {
    expect(printTypeRefusal('a.pdf')).toBeNull();
    expect(printTypeRefusal('a.xlsx')).toMatch(/^拒绝打印/);
  });
});

describe('where the window may navigate', () => {
  const own = pathToFileURL('/opt/双随机/resources/app.asar/dist/renderer/index.html').href;

  it('stays on the bundled renderer, whatever its route', () => {
    expect(isOwnPage(own, own)).toBe(true);
    expect(isOwnPage(`${own}#/settings`, own)).toBe(true);
  });

  it('goes to no other local file, site or scheme', () => {
    expect(isOwnPage('file:///etc/passwd', own)).toBe(false);
    expect(isOwnPage('file:///C:/Windows/System32/calc.exe', own)).toBe(false);
    expect(isOwnPage(own.replace('index.html', 'other.html'), own)).toBe(false);
    expect(isOwnPage(`${own}?x=1`, own)).toBe(false);
    expect(isOwnPage('https://evil.example/', own)).toBe(false);
    expect(isOwnPage('javascript:alert(1)', own)).toBe(false);
    expect(isOwnPage('not a url', own)).toBe(false);
  });

  it('in development, stays on the dev server’s origin', () => {
    expect(isOwnPage('http://localhost:5173/#/items', 'http://localhost:5173/')).toBe(true);
    expect(isOwnPage('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });
});

describe('the files:* channels', () => {
  function door(overrides: Partial<ShellOps> = {}) {
    const log: string[] = [];
    const asked: unknown[] = [];
    const ops: ShellOps = {
      chooseOpen: async (o) => (asked.push(o), '/home/clerk/名录.xlsx'),
      chooseSave: async (o) => (asked.push(o), '/home/clerk/公示.pdf'),
      chooseFolder: async (o) => (asked.push(o), '/home/clerk/通知书'),
      openPath: async () => '',
      print: () => {},
      reveal: () => {},
      log: (line) => log.push(line),
      ...overrides,
    };
    return { handlers: fileDoorHandlers(new FileGrants({ dbPath: () => '/data/data.db' }), ops), log, asked };
  }

  it('check their arguments like a contract call, and refuse in Chinese without opening a dialog', async () => {
    const { handlers, asked } = door();
    expect(await handlers.pickOpen({ title: '选择', filters: [{ name: 'Excel', extensions: ['xlsx', 'xls'] }] })).toEqual({
      ok: true,
      data: '/home/clerk/名录.xlsx',
    });
    for (const [channel, raw] of [
      ['pickOpen', { title: '选择', filters: [{ name: 'x', extensions: ['../x'] }] }],
      ['open', 42],
      ['open', ''],
      ['pickFolder', null],
    ] as const) {
      expect(await handlers[channel](raw)).toEqual({ ok: false, error: { message: '拒绝访问：文件操作的参数无效。' } });
    }
    expect(asked).toHaveLength(1);
  });

  it('keep only a name for the save dialog, never a folder the page chose', async () => {
    const { handlers, asked } = door();
    await handlers.pickSave({ title: '保存', defaultName: 'C:\\Windows\\System32\\x.dll', filters: [] });
    expect(asked[0]).toMatchObject({ defaultName: 'C__Windows_System32_x.dll' });
  });

  it('answer a refused path with the shell’s Chinese reason, not an English IPC error', async () => {
    const { handlers, log } = door();
    const answer = await handlers.open('/etc/passwd');
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.message).toMatch(/^[^A-Za-z]*[\u4e00-\u9fff]/);
    expect(log.join('\n')).toContain('/etc/passwd');
  });

  it('open a file the clerk chose, and say in Chinese when the system cannot', async () => {
    const opened: string[] = [];
    const { handlers } = door({ openPath: async (file) => (opened.push(file), 'No application is associated with the specified file') });
    await handlers.pickSave({ title: '保存', defaultName: '公示.pdf', filters: [] });
    const answer = await handlers.open('/home/clerk/公示.pdf');
    expect(opened).toEqual(['/home/clerk/公示.pdf']);
    expect(answer).toEqual({ ok: false, error: { message: expect.stringMatching(/^系统没能打开这个文件/) } });
  });
});

describe('the shell’s decisions', () => {
  it('live in modules that run under plain Node (no electron import)', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const dir = path.resolve(import.meta.dirname, '../../../electron/main');
    for (const file of ['file-grants.ts', 'navigation.ts', 'open-policy.ts', 'file-door.ts']) {
      expect(fs.readFileSync(path.join(dir, file), 'utf8')).not.toMatch(/from 'electron'/);
    }
  });
});
