/**
 * How a department of a joint task is named on the narrow parts of the screen: 本局 (row 1, the
 * bureau running the program, whose printed name is the long 单位名称) as 本局, the others by 简称.
 */
export function departmentLabel(d: { departmentId: number; shortName: string }): string {
  return d.departmentId === 1 ? '本局' : d.shortName;
}
