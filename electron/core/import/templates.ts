import { writeLargeTable } from '../xlsx/stream-table-writer.ts';
import type { ImportKind } from './column-mapping.ts';
import { IMPORT_KINDS } from './import-kinds.ts';
import { usccCheckChar } from '../entities/uscc.ts';

const EXAMPLE_CODE = `91140221MA0K00000${usccCheckChar('91140221MA0K00000')}`;

/** One filled-in example row per template, so the clerk sees the expected form of each value. */
const EXAMPLES: Record<ImportKind, Record<string, string>> = {
  entities: {
    code: EXAMPLE_CODE,
    name: '大同县示例商贸有限公司',
    legalRep: '张三',
    address: '大同县西坪镇示例街 1 号',
    area: '西坪镇',
    regAuthority: '大同县市场监督管理局',
    jurisdiction: '西坪市场监管所',
    industry: '批发和零售业',
    entityType: '企业',
    regStatus: '存续',
    established: '2015-06-30',
    phone: '0352-1234567',
    riskClass: 'B',
    notes: '',
  },
  inspectors: {
    name: '李四',
    certNo: '14020012345',
    certExpiry: '2027-12-31',
    unit: '西坪市场监管所',
    phone: '13800000000',
    tags: '食品安全、特种设备',
    status: '在岗',
    notes: '',
  },
  conflicts: {
    certNo: '14020012345',
    inspectorName: '李四',
    entityCode: EXAMPLE_CODE,
    entityName: '大同县示例商贸有限公司',
    reason: '近亲属任该企业负责人',
  },
};

/** A blank import template: the header row our importer knows, and one example row. */
export async function writeImportTemplate(kind: ImportKind, outPath: string) {
  const { specs, label } = IMPORT_KINDS[kind];
  await writeLargeTable(outPath, {
    sheetName: label,
    columns: specs.map((s) => ({ header: s.label, width: Math.max(12, s.label.length * 2 + 6) })),
    rows: [specs.map((s) => EXAMPLES[kind][s.key] ?? '')],
    landscape: true,
  });
  return { path: outPath, count: 1 };
}
