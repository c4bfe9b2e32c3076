import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileGrants } from '../../../electron/main/file-grants.ts';

const dataDir = '/home/clerk/数据';
const grantsFor = () => new FileGrants({ dbPath: () => path.join(dataDir, 'shuangsuiji.db'), caseless: false });

describe('the window’s file grants', () => {
  it('admits a path for a call only from the dialog of its role', () => {
    const grants = grantsFor();
    grants.pick('open', '/home/clerk/名录.xlsx');
    grants.pick('save', '/home/clerk/清单.xlsx');
    grants.pick('folder', '/home/clerk/通知书');
    expect(grants.gate('/home/clerk/名录.xlsx', 'inFile')).toBe(true);
    expect(grants.gate('/home/clerk/名录.xlsx', 'outFile')).toBe(false);
    expect(grants.gate('/home/clerk/清单.xlsx', 'outFile')).toBe(true);
    expect(grants.gate('/home/clerk/清单.xlsx', 'inFile')).toBe(false);
    expect(grants.gate('/home/clerk/通知书', 'outDir')).toBe(true);
    expect(grants.gate('/home/clerk/通知书/a.pdf', 'outFile')).toBe(false);
    expect(grants.gate('/any/file', 'outFile')).toBe(false);
    expect(grants.gate('/home/clerk/other/../清单.xlsx', 'outFile')).toBe(true);
  });

  it('admits for restore the program’s own backups and a backup file the clerk chose', () => {
    const grants = grantsFor();
    expect(grants.gate(path.join(dataDir, 'backups', 'shuangsuiji-20260101-000000-000-manual.db'), 'backupFile')).toBe(true);
    expect(grants.gate(path.join(dataDir, 'backups', 'sub', 'x.db'), 'backupFile')).toBe(false);
    expect(grants.gate('/tmp/x.db', 'backupFile')).toBe(false);
    grants.pick('open', '/media/usb/备份.db');
    expect(grants.gate('/media/usb/备份.db', 'backupFile')).toBe(true);
  });

  it('lets the shell open a chosen or written document, never a made-up path or a program', () => {
    const grants = grantsFor();
    grants.pick('save', '/home/clerk/清单.pdf');
    grants.pick('open', '/home/clerk/setup.exe');
    expect(grants.refusal('open', '/home/clerk/清单.pdf')).toBeNull();
    expect(grants.refusal('print', '/home/clerk/清单.pdf')).toBeNull();
    expect(grants.refusal('open', '/home/clerk/setup.exe')).toMatch(/拒绝打开.*\.exe/);
    expect(grants.refusal('open', 'C:\\Windows\\System32\\calc.exe')).toMatch(/^拒绝访问/);
    expect(grants.refusal('open', '/home/clerk/其他.pdf')).toMatch(/^拒绝访问/);
    expect(grants.refusal('reveal', '/home/clerk/其他.pdf')).toMatch(/^拒绝访问/);
    expect(grants.refusal('open', 'relative.pdf')).toMatch(/^拒绝访问/);
  });

  it('records files a call wrote directly inside a chosen folder, and nothing a result names elsewhere', () => {
    const grants = grantsFor();
    grants.pick('folder', '/home/clerk/通知书');
    grants.recordResult({
      id: 'job',
      result: {
        folder: '/home/clerk/通知书',
        files: ['/home/clerk/通知书/1.pdf', '/home/clerk/通知书/sub/2.pdf', '/etc/3.pdf'],
        combinedPath: null,
      },
    });
    grants.recordResult([{ path: '/home/clerk/evil.pdf', name: 'x' }]);
    expect(grants.refusal('open', '/home/clerk/通知书/1.pdf')).toBeNull();
    expect(grants.refusal('reveal', '/home/clerk/通知书')).toBeNull();
    expect(grants.refusal('open', '/home/clerk/通知书/sub/2.pdf')).toMatch(/^拒绝访问/);
    expect(grants.refusal('open', '/etc/3.pdf')).toMatch(/^拒绝访问/);
    expect(grants.refusal('open', '/home/clerk/evil.pdf')).toMatch(/^拒绝访问/);
    expect(grants.refusal('open', '/home/clerk/通知书/never-written.pdf')).toMatch(/^拒绝访问/);
  });

  it('records a backup the program wrote, and reveals the data and backup folders', () => {
    const grants = grantsFor();
    const backup = path.join(dataDir, 'backups', 'shuangsuiji-20260101-000000-000-manual.db');
    grants.recordResult({ file: backup, reason: 'manual' });
    expect(grants.refusal('reveal', backup)).toBeNull();
    expect(grants.refusal('reveal', path.join(dataDir, 'backups'))).toBeNull();
    expect(grants.refusal('reveal', dataDir)).toBeNull();
    expect(grants.refusal('reveal', '/home/clerk')).toMatch(/^拒绝访问/);
  });

  it('compares paths without case on Windows', () => {
    const grants = new FileGrants({ dbPath: () => '/d/shuangsuiji.db', caseless: true });
    grants.pick('save', '/Users/Clerk/清单.PDF');
    expect(grants.gate('/users/clerk/清单.pdf', 'outFile')).toBe(true);
  });
});
