/**
 * What each document's template may contain: its parts (【标题】, 【正文】 …) and its placeholders.
 * The layout around them (文号, tables, signature lines, seal area, date) is code, not template.
 */

export const DOCUMENT_TYPES = ['notice', 'drawRecord', 'recordSheet', 'publication', 'itemList', 'materials'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface TemplateSection {
  key: 'title' | 'addressee' | 'body' | 'intro' | 'closing' | 'note' | 'list';
  /** As written in the template: 【标题】. */
  label: string;
  required: boolean;
  /** Where it is printed, for the settings screen. */
  description: string;
}

export interface PlaceholderInfo {
  /** Written as {{name}}. */
  name: string;
  label: string;
  /** A list: one numbered line per entry ("1. …"). */
  list?: boolean;
}

export interface TemplateSpec {
  type: DocumentType;
  label: string;
  /** The default's file in resources/templates/. */
  file: string;
  sections: TemplateSection[];
  placeholders: PlaceholderInfo[];
}

const section = (key: TemplateSection['key'], label: string, required: boolean, description: string): TemplateSection => ({
  key,
  label,
  required,
  description,
});
const TITLE = section('title', '标题', true, '居中的大标题，每行一行');
const p = (name: string, label: string, list = false): PlaceholderInfo => (list ? { name, label, list } : { name, label });

const BUREAU = [p('bureau.name', '单位名称（设置中的单位名称）')];
const TASK = [
  p('task.code', '任务编号，如 2026-003'),
  p('task.name', '任务名称'),
  p('task.period', '检查时间，如 2026年12月1日至2026年12月31日'),
  p('task.department', '实施部门'),
];
const ENTITY = [
  p('entity.name', '检查对象名称'),
  p('entity.code', '统一社会信用代码或注册号'),
  p('entity.address', '住所（经营场所）'),
  p('entity.legalRep', '法定代表人（负责人）'),
];
const CONTACT = [p('contact.name', '联系人（设置中）'), p('contact.phone', '联系电话（设置中）')];

export const TEMPLATE_SPECS: Record<DocumentType, TemplateSpec> = {
  notice: {
    type: 'notice',
    label: '检查通知书',
    file: 'notice.txt',
    sections: [
      TITLE,
      section('addressee', '抬头', true, '标题和文号之下顶格的受文单位'),
      section('body', '正文', true, '每行一段，首行缩进两字；“一、”开头的行用黑体，“（一）”开头的行用楷体'),
    ],
    placeholders: [
      ...BUREAU,
      p('docNumber', '文号，如 大同县市监〔2026〕3号'),
      p('date', '成文日期，如 2026年11月24日'),
      ...ENTITY,
      ...TASK,
      p('items', '抽查检查事项', true),
      p('methods', '检查方法（取自各事项的检查方式）'),
      p('materials', '需要准备的资料', true),
      p('inspectors', '执法检查人员及执法证号'),
      ...CONTACT,
      p('issuer', '抽查机关的自称：本局；部门联合抽查为各部门名称加“联合”'),
      p('issuer.self', '依法处理的机关：本局；部门联合抽查为“有关部门”'),
    ],
  },
  drawRecord: {
    type: 'drawRecord',
    label: '随机抽取记录',
    file: 'draw-record.txt',
    sections: [
      TITLE,
      section('intro', '说明', false, '标题下、抽取情况表之前的一段话'),
      section('closing', '结语', false, '抽取结果之后、签字栏之前的一段话'),
    ],
    placeholders: [
      ...BUREAU,
      ...TASK,
      p('draw.id', '抽取记录编号'),
      p('draw.time', '抽取时间'),
      p('draw.operator', '操作人'),
      p('draw.witness', '监督人'),
      p('draw.poolSize', '候选对象户数'),
      p('draw.count', '抽取户数'),
    ],
  },
  recordSheet: {
    type: 'recordSheet',
    label: '随机抽查情况记录表',
    file: 'record-sheet.txt',
    sections: [TITLE, section('note', '说明', false, '表格下方的填写说明')],
    placeholders: [...BUREAU, ...TASK, ...ENTITY],
  },
  publication: {
    type: 'publication',
    label: '抽查结果公示',
    file: 'publication.txt',
    sections: [TITLE, section('intro', '说明', false, '表格之前的一段话'), section('closing', '结语', false, '表格之后的一段话')],
    placeholders: [
      ...BUREAU,
      ...TASK,
      p('count', '公示户数'),
      p('date', '公示日期'),
      p('issuer', '公示机关的自称：本局；其他部门的公示为“本单位”'),
      ...CONTACT,
    ],
  },
  itemList: {
    type: 'itemList',
    label: '随机抽查事项清单',
    file: 'item-list.txt',
    sections: [TITLE],
    placeholders: [...BUREAU, p('count', '事项数')],
  },
  materials: {
    type: 'materials',
    label: '需要准备的资料（新任务的默认清单）',
    file: 'materials.txt',
    sections: [section('list', '清单', true, '每行一项，通知书中自动编号')],
    placeholders: [],
  },
};

/** The section text goes into when the template names none (only a one-part template has one). */
export function defaultSection(spec: TemplateSpec): TemplateSection | undefined {
  return spec.sections.length === 1 && spec.sections[0]!.key === 'list' ? spec.sections[0] : undefined;
}
