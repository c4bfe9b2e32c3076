import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportPublication } from '../../../electron/core/documents/batches/document-export.ts';
import { publish } from '../../../electron/core/publication/publication-act.ts';
import { saveSettings } from '../../../electron/core/settings/settings-service.ts';
import { drawnJointTask, reviewDepartment } from '../publication/joint-publication-fixture.ts';
import { RESOURCES_DIR, tempDir } from '../temp-db.ts';
import { readingText } from '../documents/poppler.ts';

describe("a department's 公示 of a joint task, printed", () => {
  it('is headed and sealed by that department, each row naming it as 检查实施机关, its items only', async () => {
    const { db, desk, taskId } = drawnJointTask();
    saveSettings(db, { contactName: '刘联系', contactPhone: '0352-6012345' });
    reviewDepartment(db, taskId, desk.safety.id);
    reviewDepartment(db, taskId, 1);
    const safety = publish(db, { taskId, departmentId: desk.safety.id, date: '2026-12-20' });
    const own = publish(db, { taskId, departmentId: 1, date: '2026-12-21' });
    const dir = tempDir();
    const pdf = path.join(dir, '应急公示.pdf');
    await exportPublication(db, RESOURCES_DIR, { taskId, publicationId: safety.id, path: pdf });
    const text = readingText(pdf);
    expect(text.startsWith('县应急管理局随机抽查结果公示')).toBe(true);
    expect(text).toContain('危险化学品经营安全检查：发现问题：危险化学品未分类存放（处置情况：责令当场改正）');
    expect(text).not.toContain('大同县市场和质量监督管理局');
    expect(text).not.toContain('公共场所卫生检查');
    expect(text).toContain('联系人：王应急，联系电话：0352-1111111');
    // It speaks as itself, not as 本局: the opening and the closing say 本单位.
    expect(text).toContain('现将本单位抽查任务');
    expect(text).toContain('请与本单位联系');
    expect(text).not.toContain('本局');
    expect(text).toContain('县应急管理局2026年12月20日');
    // 本局's own 公示 of the same task: 本局 as always.
    const xlsx = path.join(dir, '本局公示.xlsx');
    await exportPublication(db, RESOURCES_DIR, { taskId, publicationId: own.id, path: xlsx });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const sheet = wb.worksheets[0]!;
    expect(String(sheet.getCell('A1').value)).toContain('大同县市场和质量监督管理局');
    const header = (sheet.getRow(2).values as unknown[]).map(String);
    const agencyColumn = header.indexOf('检查实施机关');
    expect(agencyColumn).toBeGreaterThan(0);
    expect(sheet.getRow(3).getCell(agencyColumn).value).toBe('大同县市场和质量监督管理局');
  });
});
