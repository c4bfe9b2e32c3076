import type { Db } from '../db/connection.ts';
import { checkAssignedDepartment, departmentCellReader } from '../departments/department-refs.ts';
import { AppError } from '../errors.ts';
import type { InspectorDepartmentRule } from './inspector-row.ts';

/** How many refused cells the message lists; the preview shows them all. */
const LISTED = 5;

/**
 * The 所属部门 rule of one inspector import: cells read against the department list as it is now,
 * and the department chosen in the wizard (or `--dept`), which must exist and be in use.
 */
export function inspectorDepartmentRule(db: Db, chosenId: number | undefined): InspectorDepartmentRule {
  return {
    read: departmentCellReader(db, '所属部门'),
    chosen: chosenId === undefined ? undefined : checkAssignedDepartment(db, chosenId, null, '所属部门'),
    refused: [],
  };
}

/** Refuses a commit whose file names a department that is not on the list, naming row and column. */
export function refuseUnknownDepartments(fileName: string, refused: InspectorDepartmentRule['refused']): void {
  if (refused.length === 0) return;
  const listed = refused
    .slice(0, LISTED)
    .map((r) => `第 ${r.row} 行“${r.column}”列：${r.message}`)
    .join('；');
  const more = refused.length > LISTED ? `；等共 ${refused.length} 行` : '';
  throw new AppError(`文件“${fileName}”中有 ${refused.length} 行的部门无法识别，未导入任何内容：${listed}${more}。`, {
    cause: `inspector import refused: ${refused.length} unknown departments`,
  });
}
