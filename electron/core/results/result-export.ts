import ExcelJS from 'exceljs';
import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import { writeWorkbookFile } from '../files/atomic-write.ts';
import { getTask } from '../tasks/task-service.ts';
import type { WritableCell } from '../xlsx/safe-cell.ts';
import { addTableSheet, type TableColumn } from '../xlsx/table-writer.ts';
import { listResultCodes } from './result-codes.ts';
import { PART_LABELS, type FindingPart } from './result-import-items.ts';
import type { TaskResultRow } from './result-schema.ts';
import { taskResults } from './result-service.ts';

/** What `exportResults` wrote. */
export interface ResultExport {
  path: string;
  /** Drawn entities, one row each. */
  count: number;
  /** Of them, with a result entered. */
  entered: number;
}

const PARTS: FindingPart[] = ['checked', 'problem', 'handling'];

interface Column extends TableColumn {
  value: (row: TaskResultRow) => WritableCell;
}

/**
 * The sheet's columns: the ones the results import reads, under the names it reads them by, and
 * per 检查事项 its 是否检查 / 发现问题 / 处置情况 headed “事项名称-是否检查”; 名称, 检查组 and 结果说明
 * are for the reader only (the import passes over them). 更正理由 is left for the clerk.
 */
function columnsOf(db: Db, taskCode: string, items: readonly { id: number; name: string }[]): Column[] {
  const labels = new Map(listResultCodes(db).map((c) => [c.code, c.label]));
  const r = (row: TaskResultRow) => row.result;
  const nameOf = (row: TaskResultRow, cert: string) => row.team.find((t) => t.certNo === cert)?.name ?? cert;
  const fixed: Column[] = [
    { header: '任务编号', width: 11, align: 'center', value: () => taskCode },
    { header: '统一社会信用代码', width: 21, align: 'center', value: (row) => row.code },
    { header: '名称', width: 26, value: (row) => row.name },
    { header: '检查组', width: 14, value: (row) => row.team.map((t) => t.name).join('、') },
    { header: '检查结果', width: 10, align: 'center', value: (row) => r(row)?.codes.join('、') ?? '' },
    {
      header: '结果说明',
      width: 22,
      value: (row) =>
        r(row)
          ?.codes.map((c) => labels.get(c) ?? c)
          .join('；') ?? '',
    },
    { header: '检查日期', width: 11, align: 'center', value: (row) => r(row)?.inspectedOn ?? '' },
    { header: '核查方式', width: 14, value: (row) => r(row)?.methods.join('、') ?? '' },
    { header: '后续处置', width: 26, value: (row) => r(row)?.disposal ?? '' },
    { header: '发现问题', width: 20, value: (row) => r(row)?.findings ?? '' },
    { header: '备注', width: 14, value: (row) => r(row)?.notes ?? '' },
    {
      header: '实到执法人员',
      width: 14,
      value: (row) =>
        r(row)
          ?.inspectorsPresent.map((c) => nameOf(row, c))
          .join('、') ?? '',
    },
  ];
  const perItem = items.flatMap((item, i) =>
    PARTS.map((part): Column => ({
      header: `${item.name}-${PART_LABELS[part]}`,
      width: part === 'checked' ? 10 : 18,
      align: part === 'checked' ? 'center' : 'left',
      value: (row) => {
        const f = r(row)?.itemFindings[i];
        if (!f) return '';
        return part === 'checked' ? (f.checked ? '是' : '否') : f[part];
      },
    })),
  );
  return [...fixed, ...perItem, { header: '更正理由', width: 18, value: () => '' }];
}

/**
 * A task's drawn entities with their results so far, one row each, in a sheet that the results
 * import reads back unchanged: to fill in away from the program, to print, or to check.
 */
export async function exportResults(db: Db, taskId: number, outPath: string): Promise<ResultExport> {
  const task = getTask(db, taskId);
  const rows = taskResults(db, taskId);
  if (rows.length === 0) throw new AppError(`任务 ${task.code} 还没有有效的抽取结果，没有可导出的检查对象。`);
  const columns = columnsOf(db, task.code, task.items);
  const workbook = new ExcelJS.Workbook();
  addTableSheet(workbook, {
    sheetName: '检查结果',
    title: `${task.name}（${task.code}）检查结果`,
    columns,
    rows: rows.map((row) => columns.map((c) => c.value(row))),
    landscape: true,
  });
  await writeWorkbookFile(workbook, outPath);
  return { path: outPath, count: rows.length, entered: rows.filter((r) => r.result).length };
}
