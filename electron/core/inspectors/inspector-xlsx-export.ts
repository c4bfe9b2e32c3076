import type { Db } from '../db/connection.ts';
import { getSettings } from '../settings/settings-service.ts';
import { writeLargeTable } from '../xlsx/stream-table-writer.ts';
import { INSPECTOR_FIELD_LABELS as L } from './inspector-schema.ts';
import { TAG_JOINER } from './inspector-tags.ts';
import { listInspectors, type InspectorQuery } from './inspector-service.ts';

const CERT_WORDS = { valid: '有效', expiring: '30 天内到期', expired: '已过期', unknown: '未填写' } as const;

/**
 * The 执法检查人员名录库 (as searched and filtered by tag and 所属部门) as a styled .xlsx; its header
 * imports back as is (所属部门 by name; 本局 as the 单位名称).
 */
export async function exportInspectorsXlsx(db: Db, query: InspectorQuery, outPath: string) {
  const inspectors = listInspectors(db, query);
  const title = `${getSettings(db).bureauName}执法检查人员名录`;
  const count = await writeLargeTable(outPath, {
    sheetName: '执法检查人员名录',
    title,
    columns: [
      { header: L.name, width: 10 },
      { header: L.certNo, width: 20, align: 'center' },
      { header: L.certExpiry, width: 12, align: 'center' },
      { header: '证件状态', width: 12, align: 'center' },
      { header: L.departmentId, width: 18 },
      { header: L.unit, width: 16 },
      { header: L.phone, width: 16 },
      { header: L.tags, width: 30 },
      { header: L.status, width: 8, align: 'center' },
      { header: L.notes, width: 20 },
    ],
    rows: inspectors.map((i) => [
      i.name,
      i.certNo,
      i.certExpiry,
      CERT_WORDS[i.certState],
      i.departmentName,
      i.unit,
      i.phone,
      i.tags.join(TAG_JOINER),
      i.status,
      i.notes,
    ]),
    landscape: true,
  });
  return { path: outPath, count };
}
