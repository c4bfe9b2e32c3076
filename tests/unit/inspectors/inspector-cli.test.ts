import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/core/app-context.ts';
import { saveInspector } from '../../../electron/core/inspectors/inspector-service.ts';
import { cli } from '../cli-in-process.ts';
import { RESOURCES_DIR, tempDir } from '../temp-db.ts';

describe('shuangsuiji inspectors', () => {
  it('lists the inspectors holding one tag with `inspectors list --tag`, and the tags in use with `inspectors tags`', async () => {
    const dbPath = path.join(tempDir(), 'cli.db');
    const ctx = openAppContext({ dbPath, resourcesDir: RESOURCES_DIR, version: '0.0.0-test', log: () => {} });
    saveInspector(ctx.db, { inspector: { name: '王一', certNo: '14020001', certExpiry: '2030-12-31', tags: '食品安全、特种设备' } });
    saveInspector(ctx.db, { inspector: { name: '李二', certNo: '14020002', certExpiry: '2030-12-31', tags: '计量', status: '退休' } });
    ctx.db.close();

    const listed = await cli('--db', dbPath, 'inspectors', 'list', '--tag', '食品安全');
    expect(listed.code).toBe(0);
    expect(listed.stdout.trim().split('\n')).toEqual([
      '14020001\t王一\t大同县市场和质量监督管理局\t\t在岗\t2030-12-31\t食品安全、特种设备',
    ]);
    const json = await cli('--db', dbPath, '--json', 'inspectors', 'list', '--tag', '计量');
    expect((JSON.parse(json.stdout) as { name: string; tags: string[]; status: string }[]).map((i) => [i.name, i.tags, i.status])).toEqual([
      ['李二', ['计量'], '退休'],
    ]);
    const tags = await cli('--db', dbPath, 'inspectors', 'tags');
    expect(tags.stdout.trim().split('\n')).toEqual(['计量\t1 人\t在岗 0 人', '食品安全\t1 人\t在岗 1 人', '特种设备\t1 人\t在岗 1 人']);
  });
});
