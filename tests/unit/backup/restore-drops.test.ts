import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/api/dispatch.ts';
import { openAppContext } from '../../../electron/core/app-context.ts';
import { listAudit, verifyAuditChain } from '../../../electron/core/audit/audit-log.ts';
import { createBackup } from '../../../electron/core/backup/backup-service.ts';
import { cli } from '../cli-in-process.ts';
import { RESOURCES_DIR, tempContext } from '../temp-db.ts';
import { deskWithOneDraw, drawAnotherTask, drawIds } from './restore-fixtures.ts';

describe('restoring a backup older than the newest draw', () => {
  it('first says which draws it would drop (number, task, date) and changes nothing', async () => {
    const ctx = tempContext();
    deskWithOneDraw(ctx);
    const backup = await createBackup(ctx.db, ctx.dbPath, 'manual');
    const later = drawAnotherTask(ctx, '第二次抽查');
    const answer = await invoke(ctx, 'backup:restore', { file: backup.file });
    expect(answer).toMatchObject({
      restored: false,
      dropped: [{ id: later.draw.id, taskCode: later.task.code, taskName: '第二次抽查', drawnAt: later.draw.drawnAt }],
    });
    if (answer.restored) throw new Error('restored without confirmation');
    expect(answer.message).toContain(`抽取记录 #${later.draw.id}`);
    expect(answer.message).toContain(`任务 ${later.task.code}`);
    expect(answer.message).toContain('第二次抽查');
    expect(drawIds(ctx)).toEqual([1, later.draw.id]);
  });

  it('restores once the clerk confirms exactly those draws, and records the restore in the restored audit log, chained from its head', async () => {
    const ctx = tempContext();
    deskWithOneDraw(ctx);
    const backup = await createBackup(ctx.db, ctx.dbPath, 'manual');
    const backupHead = ctx.db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as string;
    const later = drawAnotherTask(ctx, '第二次抽查');
    const done = await invoke(ctx, 'backup:restore', { file: backup.file, confirmDrop: [later.draw.id] });
    expect(done).toMatchObject({ restored: true, restoredFrom: backup.file, dropped: [{ id: later.draw.id }] });
    expect(drawIds(ctx)).toEqual([1]);

    // The record survives the restore: it is in the file the program opens from now on.
    ctx.db.close();
    const reopened = openAppContext({ dbPath: ctx.dbPath, resourcesDir: RESOURCES_DIR, version: 't', log: () => {} });
    ctx.db = reopened.db;
    const [entry] = listAudit(reopened.db, 1);
    expect(entry).toMatchObject({ action: '恢复备份', subject: path.basename(backup.file), prevHash: backupHead });
    expect(entry!.details).toMatchObject({
      backup: backup.file,
      dropped: [
        { id: later.draw.id, taskCode: later.task.code, taskName: '第二次抽查', drawnAt: later.draw.drawnAt, hash: later.draw.hash },
      ],
    });
    expect(entry!.details.safetyBackup).toBe(done.restored ? done.safetyBackup : null);
    expect(verifyAuditChain(reopened.db).ok).toBe(true);
    expect((await invoke(ctx, 'audit:verify', {})).ok).toBe(true);
  });

  it('asks again when a draw was made after the clerk confirmed (the confirmation names draws, not a blanket yes)', async () => {
    const ctx = tempContext();
    deskWithOneDraw(ctx);
    const backup = await createBackup(ctx.db, ctx.dbPath, 'manual');
    const second = drawAnotherTask(ctx, '第二次抽查');
    const third = drawAnotherTask(ctx, '第三次抽查');
    const answer = await invoke(ctx, 'backup:restore', { file: backup.file, confirmDrop: [second.draw.id] });
    expect(answer).toMatchObject({ restored: false, dropped: [{ id: second.draw.id }, { id: third.draw.id }] });
    expect(drawIds(ctx)).toEqual([1, second.draw.id, third.draw.id]);
  });

  it('needs no confirmation when the backup holds every draw, and still records the restore', async () => {
    const ctx = tempContext();
    deskWithOneDraw(ctx);
    const backup = await createBackup(ctx.db, ctx.dbPath, 'manual');
    ctx.db.prepare("UPDATE entities SET name = '改错的名称' WHERE id = 1").run();
    const done = await invoke(ctx, 'backup:restore', { file: backup.file });
    expect(done).toMatchObject({ restored: true, dropped: [] });
    expect(ctx.db.prepare('SELECT name FROM entities WHERE id = 1').pluck().get()).toBe('测试主体1');
    expect(listAudit(ctx.db, 1)[0]).toMatchObject({ action: '恢复备份', details: { backup: backup.file, dropped: [] } });
    expect((await invoke(ctx, 'audit:verify', {})).ok).toBe(true);
  });

  it('on the command line: refuses without --confirm-drop, listing the draws, and restores with it', async () => {
    const ctx = tempContext();
    deskWithOneDraw(ctx);
    const backup = await createBackup(ctx.db, ctx.dbPath, 'manual');
    const later = drawAnotherTask(ctx, '第二次抽查');
    ctx.db.close();
    const refused = await cli('--db', ctx.dbPath, 'restore', backup.file, '--yes');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/^错误：/);
    expect(refused.stderr).toContain(`抽取记录 #${later.draw.id}`);
    expect(refused.stderr).toContain(`任务 ${later.task.code}`);
    expect(refused.stderr).toContain('--confirm-drop');
    const done = await cli('--db', ctx.dbPath, 'restore', backup.file, '--yes', '--confirm-drop');
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(done.stdout).toContain(`已从 ${backup.file} 恢复`);
    expect(done.stdout).toContain(`丢弃抽取记录 #${later.draw.id}`);
    const verify = await cli('--db', ctx.dbPath, 'audit', 'verify');
    expect(verify.code).toBe(0);
    const reopened = openAppContext({ dbPath: ctx.dbPath, resourcesDir: RESOURCES_DIR, version: 't', log: () => {} });
    ctx.db = reopened.db;
    expect(drawIds(ctx)).toEqual([1]);
  });
});
