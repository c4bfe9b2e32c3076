import { z } from 'zod';
import { isoDate } from '../iso-date.ts';
import { textField } from '../text-field.ts';
import { parseTags } from './inspector-tags.ts';

/**
 * 状态: only 在岗 is drawn; the others are kept on the roster (a retired or seconded inspector is
 * a fact, not a wrong row) and never drawn.
 */
export const INSPECTOR_STATUSES = ['在岗', '退休', '借调', '休假', '病休', '调离', '停用'] as const;
export type InspectorStatus = (typeof INSPECTOR_STATUSES)[number];
/** The one status the draw takes inspectors from. */
export const DRAWN_STATUS = '在岗' satisfies InspectorStatus;

export const INSPECTOR_FIELD_LABELS = {
  name: '姓名',
  certNo: '执法证号',
  certExpiry: '证件有效期',
  unit: '所属科室/所',
  phone: '联系电话',
  tags: '执法领域/业务专长',
  status: '状态',
  notes: '备注',
  departmentId: '所属部门',
} as const;

/** Days before expiry from which a 执法证 is highlighted. */
export const CERT_WARNING_DAYS = 30;

/** 执法证号 as typed: full-width folded, spaces dropped, upper case. */
export function normaliseCertNo(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** At most this many characters per tag, and this many tags per inspector or task. */
const TAG_MAX_LENGTH = 20;
const TAG_MAX_COUNT = 30;

const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f]*$/;

/**
 * 执法领域 / 业务专长 as free tags: a list, or one text as a form or a file writes it
 * ("食品安全、特种设备"), both split by parseTags so they agree. Each element of a list is split
 * too: a stored tag must never hold a separator, as the column joins them with 、. Checked only
 * for length and count — never against the item categories or any other list.
 */
export function tagListSchema(label: string) {
  return z
    .union([z.string(), z.array(z.string())], { error: `${label}必须是文字` })
    .optional()
    .transform((raw) => (raw === undefined ? [] : typeof raw === 'string' ? parseTags(raw) : [...new Set(raw.flatMap(parseTags))]))
    .superRefine((tags, ctx) => {
      const long = tags.find((t) => [...t].length > TAG_MAX_LENGTH);
      if (long) ctx.addIssue({ code: 'custom', message: `${label}“${long}”超过 ${TAG_MAX_LENGTH} 字，请缩短或分成几项` });
      const odd = tags.find((t) => !NO_CONTROL_CHARACTERS.test(t));
      if (odd !== undefined) ctx.addIssue({ code: 'custom', message: `${label}含有看不见的控制字符，请删除后再试` });
      if (tags.length > TAG_MAX_COUNT)
        ctx.addIssue({ code: 'custom', message: `${label}最多 ${TAG_MAX_COUNT} 项，现有 ${tags.length} 项` });
    });
}

const text = textField;

export const inspectorInputSchema = z.object({
  name: text('姓名', 30).min(1, '姓名不能为空'),
  certNo: z
    .string({ error: '执法证号不能为空' })
    .transform(normaliseCertNo)
    .pipe(z.string().min(1, '执法证号不能为空').max(40, '执法证号不能超过 40 个字符')),
  certExpiry: isoDate('证件有效期', '2027-12-31').nullable().default(null),
  unit: text('所属科室/所', 50).default(''),
  phone: text('联系电话', 50).default(''),
  tags: tagListSchema('执法领域/业务专长'),
  status: z.enum(INSPECTOR_STATUSES, { error: `状态只能是：${INSPECTOR_STATUSES.join('、')}` }).default('在岗'),
  notes: text('备注', 500).default(''),
  /**
   * 所属部门 (null = 本局): in a 部门联合抽查 each department draws its own people. Left out, an
   * edit keeps the stored one and a new inspector is 本局's.
   */
  departmentId: z.number({ error: '所属部门必须从部门名单中选择' }).int('部门编号无效').positive('部门编号无效').nullable().optional(),
});

export type InspectorInput = z.input<typeof inspectorInputSchema>;
export type InspectorFields = z.output<typeof inspectorInputSchema>;

/** valid, expiring within CERT_WARNING_DAYS, expired, or no date recorded. */
export type CertState = 'valid' | 'expiring' | 'expired' | 'unknown';

export interface Inspector extends Omit<InspectorFields, 'departmentId'> {
  id: number;
  /** 所属部门, null = 本局. */
  departmentId: number | null;
  /** The 所属部门 as printed (本局's is the 单位名称 of 设置). */
  departmentName: string;
  certState: CertState;
  conflictCount: number;
  source: string;
  updatedAt: string;
}
