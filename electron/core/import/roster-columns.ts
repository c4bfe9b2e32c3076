import type { ColumnSpec } from '../xlsx/header-detect.ts';
import { ENTITY_FIELD_LABELS, type EntityField } from '../entities/entity-schema.ts';
import { INSPECTOR_FIELD_LABELS } from '../inspectors/inspector-schema.ts';

/**
 * The names other offices' spreadsheets give each column. Matching ignores spaces, line breaks,
 * brackets and full-width forms (normaliseHeaderText), so "法定代表人（负责人）" matches
 * "法定代表人负责人" below.
 */
export const ENTITY_COLUMN_SPECS: readonly ColumnSpec<EntityField>[] = [
  {
    key: 'code',
    label: ENTITY_FIELD_LABELS.code,
    synonyms: [
      '社会信用代码',
      '信用代码',
      '统一代码',
      '注册号',
      '统一社会信用代码注册号',
      '统一社会信用代码/注册号',
      '统一社会信用代码或注册号',
      '信用代码注册号',
      '代码',
    ],
    required: true,
  },
  {
    key: 'name',
    label: ENTITY_FIELD_LABELS.name,
    synonyms: ['企业名称', '单位名称', '市场主体名称', '主体名称', '字号名称', '个体户名称', '名称字号', '检查对象名称', '检查对象'],
    required: true,
  },
  {
    key: 'legalRep',
    label: ENTITY_FIELD_LABELS.legalRep,
    synonyms: [
      '法定代表人负责人',
      '法定代表人负责人/经营者',
      '法定代表人/负责人/经营者',
      '法定代表人负责人经营者',
      '法定代表人经营者',
      '负责人',
      '经营者',
      '法人',
      '法人代表',
      '法定代表人姓名',
      '经营者姓名',
      '投资人',
      '负责人经营者',
    ],
  },
  {
    key: 'address',
    label: ENTITY_FIELD_LABELS.address,
    synonyms: ['地址', '经营场所', '注册地址', '住所经营场所', '经营地址', '企业地址'],
  },
  {
    key: 'area',
    label: ENTITY_FIELD_LABELS.area,
    synonyms: ['区域', '乡镇', '所属乡镇', '乡镇街道', '所在乡镇', '片区', '所属所', '辖区', '所属辖区'],
  },
  { key: 'regAuthority', label: ENTITY_FIELD_LABELS.regAuthority, synonyms: ['登记管理机关', '登记机构', '核准机关', '发照机关'] },
  { key: 'jurisdiction', label: ENTITY_FIELD_LABELS.jurisdiction, synonyms: ['管辖机关', '监管单位', '管辖所', '监管所', '日常监管单位'] },
  { key: 'industry', label: ENTITY_FIELD_LABELS.industry, synonyms: ['行业', '所属行业', '行业类别', '国民经济行业', '行业分类'] },
  { key: 'entityType', label: ENTITY_FIELD_LABELS.entityType, synonyms: ['类型', '企业类型', '市场主体类型', '主体类别', '企业类别'] },
  { key: 'regStatus', label: ENTITY_FIELD_LABELS.regStatus, synonyms: ['状态', '经营状态', '企业状态', '登记状态经营状态', '存续状态'] },
  { key: 'established', label: ENTITY_FIELD_LABELS.established, synonyms: ['成立时间', '注册日期', '登记日期', '核准日期', '开业日期'] },
  { key: 'phone', label: ENTITY_FIELD_LABELS.phone, synonyms: ['电话', '联系方式', '手机', '手机号', '联系人电话'] },
  {
    key: 'riskClass',
    label: ENTITY_FIELD_LABELS.riskClass,
    synonyms: ['风险分类', '信用风险分类结果', '风险等级', '信用风险等级', '分类结果', '信用风险类别', '风险类别', '信用分类'],
  },
  { key: 'notes', label: ENTITY_FIELD_LABELS.notes, synonyms: ['说明'] },
];

export type InspectorField = keyof typeof INSPECTOR_FIELD_LABELS;

export const INSPECTOR_COLUMN_SPECS: readonly ColumnSpec<InspectorField>[] = [
  { key: 'name', label: INSPECTOR_FIELD_LABELS.name, synonyms: ['执法人员', '执法人员姓名', '人员姓名'], required: true },
  {
    key: 'certNo',
    label: INSPECTOR_FIELD_LABELS.certNo,
    synonyms: ['行政执法证号', '执法证件号', '执法证件号码', '执法证件编号', '证件号', '证件编号', '执法证编号', '行政执法证件号', '证号'],
    required: true,
  },
  {
    key: 'certExpiry',
    label: INSPECTOR_FIELD_LABELS.certExpiry,
    synonyms: [
      '有效期',
      '有效期至',
      '证件有效期至',
      '执法证有效期',
      '执法证有效期至',
      '有效截止日期',
      '证件到期日',
      '到期日期',
      '有效日期',
    ],
  },
  {
    key: 'unit',
    label: INSPECTOR_FIELD_LABELS.unit,
    synonyms: [
      '所属科室',
      '科室',
      '所属所',
      '单位',
      '所在单位',
      '科室所',
      '科室或所',
      '所属单位',
      '所属单位/科室',
      '所属单位科室',
      '工作单位',
      '所在科室',
      '所在部门',
      '科室/所',
    ],
  },
  { key: 'phone', label: INSPECTOR_FIELD_LABELS.phone, synonyms: ['电话', '手机', '手机号', '联系方式'] },
  {
    key: 'tags',
    label: INSPECTOR_FIELD_LABELS.tags,
    synonyms: [
      '执法领域',
      '业务专长',
      '执法领域/业务专长',
      '执法领域业务专长',
      '专业领域',
      '专长',
      '执法类别',
      '执法范围',
      '领域',
      '执法门类',
      '执法领域类别',
      '执法事项类别',
    ],
  },
  {
    key: 'status',
    label: INSPECTOR_FIELD_LABELS.status,
    synonyms: ['在岗状态', '人员状态', '在岗情况', '状态', '工作状态', '在职状态', '是否在岗'],
  },
  { key: 'notes', label: INSPECTOR_FIELD_LABELS.notes, synonyms: ['说明'] },
  // 部门联合抽查 (issue 17): the department the inspector belongs to (县应急管理局 or its 简称). 所属单位
  // and 所在部门 stay the 科室/所 above: in a bureau's own list they name its 科室 and 所.
  { key: 'departmentId', label: INSPECTOR_FIELD_LABELS.departmentId, synonyms: ['部门', '实施部门', '所属部门名称', '执法部门'] },
];

export type ConflictField = 'certNo' | 'inspectorName' | 'entityCode' | 'entityName' | 'reason';

export const CONFLICT_COLUMN_SPECS: readonly ColumnSpec<ConflictField>[] = [
  { key: 'certNo', label: '执法证号', synonyms: ['行政执法证号', '证号'], required: true },
  { key: 'inspectorName', label: '姓名', synonyms: ['执法人员', '执法人员姓名'] },
  { key: 'entityCode', label: '统一社会信用代码', synonyms: ['社会信用代码', '信用代码', '注册号'], required: true },
  { key: 'entityName', label: '市场主体名称', synonyms: ['名称', '企业名称', '单位名称'] },
  { key: 'reason', label: '回避原因', synonyms: ['原因', '利害关系', '回避事由'], required: true },
];
