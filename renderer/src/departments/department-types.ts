import type { CallInput, CallOutput } from '../../../electron/api/contract.ts';

/** A department as the contract hands it out (本局's name is the 单位名称). */
export type Department = CallOutput<'departments:list'>[number];
export type DepartmentInput = CallInput<'departments:save'>['department'];

/** The 简称 a department set apart from its name; the list shows the name where it has none. */
export function ownShortName(d: Department): string {
  return d.shortName === d.name ? '' : d.shortName;
}
