import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fileArg, parseIpcArgs, pickOpenArgs, pickSaveArgs } from '../../../electron/main/file-ipc-args.ts';
import { isOwnPage } from '../../../electron/main/navigation.ts';
import { openTypeRefusal, printTypeRefusal } from '../../../electron/main/open-policy.ts';

describe('what the shell opens with the system’s program', () => {
  it('opens the documents the program handles, by an allow-list', () => {
    for (const name of ['a.pdf', 'B.XLSX', 'c.xls', 'd.csv', 'e.docx', 'f.json', 'g.txt', 'h.db', 'C:\\数据\\公示.pdf']) {
      expect(openTypeRefusal(name)).toBeNull();
    }
  });

  it('never opens what Windows would run, nor a name Windows reads differently', () => {
    for (const name of ['a.exe', 'a.bat', 'a.cmd', 'a.lnk', 'a.js', 'a.vbs', 'a.ps1', 'a.msi', 'a.com', 'a.scr', 'a.hta', 'a.url', 'noext', 'a.pdf.exe']) {
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

describe('the arguments of the files:* channels', () => {
  it('are checked, and a refusal speaks Chinese', () => {
    expect(parseIpcArgs(pickOpenArgs, { title: '选择', filters: [{ name: 'Excel', extensions: ['xlsx', 'xls'] }] })).toMatchObject({ title: '选择' });
    expect(() => parseIpcArgs(pickOpenArgs, { title: '选择', filters: [{ name: 'x', extensions: ['../x'] }] })).toThrow(/拒绝访问/);
    expect(() => parseIpcArgs(fileArg, 42)).toThrow(/拒绝访问/);
    expect(() => parseIpcArgs(fileArg, '')).toThrow(/拒绝访问/);
  });

  it('keep only a name for the save dialog, never a folder the page chose', () => {
    const parsed = parseIpcArgs(pickSaveArgs, { title: '保存', defaultName: 'C:\\Windows\\System32\\x.dll', filters: [] });
    expect(parsed.defaultName).toBe('C__Windows_System32_x.dll');
  });
});

describe('the shell’s decisions', () => {
  it('live in modules that run under plain Node (no electron import)', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const dir = path.resolve(import.meta.dirname, '../../../electron/main');
    for (const file of ['file-grants.ts', 'navigation.ts', 'open-policy.ts', 'file-ipc-args.ts']) {
      expect(fs.readFileSync(path.join(dir, file), 'utf8')).not.toMatch(/from 'electron'/);
    }
  });
});
