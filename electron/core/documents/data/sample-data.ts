import type { DrawRecord } from '../../draw/draw-read.ts';
import { CHECK_METHODS, DISPOSALS } from '../../results/result-schema.ts';
import { OWN_DEPARTMENT_ID } from '../../departments/department-schema.ts';
import type { Settings } from '../../settings/settings-service.ts';
import { formatDocNumber } from './doc-number.ts';
import { methodsOf, type NoticeData } from './notice-data.ts';
import type { PublicationData } from './publication-data.ts';
import type { SheetData } from './record-sheet-data.ts';

/**
 * Made-up but realistic data for the settings screen's preview of a template: the bureau's own
 * name, prefix, contact and items; an invented entity and team.
 */
export interface SampleSource {
  settings: Settings;
  items: { name: string; method: string }[];
  resultCodes: { code: string; label: string }[];
  date: string;
}

const ENTITY = {
  name: '大同县示例商贸有限公司',
  code: '91140221MA0K8Y2X3R',
  address: '大同县西坪镇东大街18号',
  legalRep: '王示例',
  phone: '0352-6000000',
};
const TEAM = [
  { name: '张执法', certNo: '14022100101' },
  { name: '李执法', certNo: '14022100102' },
];
const TASK = {
  code: '2026-001',
  name: '2026年度示例抽查任务',
  periodStart: '2026-12-01',
  periodEnd: '2026-12-31',
  department: '执法稽查科',
};

const orPlaceholder = (value: string, label: string) => value || `（${label}）`;

/** A notice to the invented entity, numbered as the bureau's next 文号 would look. */
export function sampleNotice(source: SampleSource, materials: string[]): NoticeData {
  const { settings } = source;
  return {
    taskId: 0,
    entityId: 0,
    docNumber: formatDocNumber(settings.docPrefix, Number(source.date.slice(0, 4)), 1),
    issuedOn: source.date,
    bureauName: settings.bureauName,
    contactName: orPlaceholder(settings.contactName, '联系人'),
    contactPhone: orPlaceholder(settings.contactPhone, '联系电话'),
    task: TASK,
    entity: ENTITY,
    items: source.items.map((i) => i.name),
    methods: methodsOf(source.items.map((i) => i.method)),
    materials,
    inspectors: TEAM,
  };
}

/** A record sheet for the invented entity, with the bureau's items and result codes. */
export function sampleSheet(source: SampleSource): SheetData {
  return {
    bureauName: source.settings.bureauName,
    position: 1,
    entityId: 0,
    task: TASK,
    entity: ENTITY,
    items: source.items.map((i) => i.name),
    inspectors: TEAM,
    checkMethods: CHECK_METHODS,
    resultCodes: source.resultCodes,
    disposals: DISPOSALS,
  };
}

/** A 公示 of three invented entities, one with a problem found. */
export function samplePublication(source: SampleSource): PublicationData {
  const { settings } = source;
  const names = [ENTITY.name, '大同县示例食品加工厂', '大同县示例五金店'];
  return {
    bureauName: settings.bureauName,
    contactName: orPlaceholder(settings.contactName, '联系人'),
    contactPhone: orPlaceholder(settings.contactPhone, '联系电话'),
    task: TASK,
    date: source.date,
    lines: names.map((name, i) => ({
      position: i + 1,
      name,
      code: i === 0 ? ENTITY.code : `92140221MA0K8Y2X${i}${i}`,
      items: source.items.map((it) => it.name).join('；'),
      agency: settings.bureauName,
      inspectedOn: '2026-12-05',
      result: source.resultCodes[i === 2 ? 1 : 0]?.label ?? '未发现问题',
    })),
  };
}

/** A draw of two invented entities, with made-up seed and fingerprints. */
export function sampleDraw(source: SampleSource): DrawRecord {
  const at = `${source.date}T02:30:00.000Z`;
  const hex = (c: string) => c.repeat(64);
  return {
    id: 1,
    taskId: 0,
    algorithm: 'SSJ-DRAW-2',
    seed: hex('a'),
    seedMode: 'plain',
    poolHash: hex('b'),
    poolSize: 1200,
    operator: '张操作',
    witness: '李监督',
    drawnAt: at,
    hash: hex('c'),
    prevHash: hex('0'),
    voided: false,
    voidedAt: null,
    voidReason: null,
    params: {
      quotas: [{ group: '', ratio: null, count: 2 }],
      perEntity: 2,
      sameAreaRecusal: false,
      withLeader: true,
      areas: {},
      excluded: { closed: 35, repeat: 12 },
      task: {
        ...TASK,
        items: source.items.map((i) => i.name),
        roster: null,
        filters: { area: ['西坪镇'], industry: [], entityType: [], riskClass: [] },
      },
    },
    selected: [1, 2].map((position) => ({
      position,
      entityId: position,
      code: position === 1 ? ENTITY.code : '92140221MA0K8Y2X22',
      name: position === 1 ? ENTITY.name : '大同县示例食品加工厂',
      address: ENTITY.address,
      legalRep: ENTITY.legalRep,
      area: '西坪镇',
      inspected: false,
      inspectors: TEAM.map((t, slot) => ({
        slot,
        inspectorId: slot,
        certNo: t.certNo,
        name: t.name,
        leader: slot === 0,
        departmentId: OWN_DEPARTMENT_ID,
        departmentName: source.settings.bureauName,
        replaced: null,
      })),
    })),
    replacements: [],
  };
}
