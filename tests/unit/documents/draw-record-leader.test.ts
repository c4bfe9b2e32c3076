import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDrawRecord } from '../../../electron/core/documents/batches/document-export.ts';
import { getDraw } from '../../../electron/core/draw/draw-read.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { makeTask, PEOPLE, seedEntities, seedInspectors } from '../draw/draw-fixtures.ts';
import { RESOURCES_DIR, tempContext, tempDir } from '../temp-db.ts';
import { hasCommand, toolMissing } from '../needs-tool.ts';
import { pdfText } from './poppler.ts';

/** Four-character names (复姓) and 13-digit 执法证号, the widest a county's team column holds. */
const NAMES = ['欧阳建国', '司马文静', '上官晓东', '诸葛明辉', '东方红梅', '慕容志强'];

describe('随机抽取记录: the team column', () => {
  it.skipIf(toolMissing('pdftotext', hasCommand('pdftotext'), 'poppler-utils'))(
    "keeps 组长 on the line of the leader's name, with four-character names and 13-digit 执法证号",
    async () => {
      const ctx = tempContext();
      seedEntities(ctx.db, 6);
      seedInspectors(ctx.db, 12, (i) => ({ name: NAMES[i % NAMES.length], cert: `1402262023${String(i).padStart(3, '0')}` }));
      const task = makeTask(ctx.db, { itemIds: [1], count: 6, inspectorsPerEntity: 2, withLeader: true });
      const draw = getDraw(ctx.db, runDraw(ctx.db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z')).id);
      const file = path.join(tempDir(), 'record.pdf');
      await exportDrawRecord(ctx.db, RESOURCES_DIR, { drawId: draw.id, path: file });
      if (process.env.SSJ_KEEP_PDF) fs.copyFileSync(file, process.env.SSJ_KEEP_PDF);

      const lines = pdfText(file, { raw: true })
        .split('\n')
        .map((l) => l.replace(/\s+/g, ''));
      const leaders = draw.selected.flatMap((e) => e.inspectors.filter((i) => i.leader));
      expect(leaders).toHaveLength(6);
      expect(lines).not.toContain('组长');
      for (const leader of leaders) {
        // The whole entry fits the column: the mark, the name and the 执法证号 on one line.
        expect(
          lines.some((l) => l.includes(`组长${leader.name}（${leader.certNo}）`)),
          leader.name,
        ).toBe(true);
      }
    },
  );
});
