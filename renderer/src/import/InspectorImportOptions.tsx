import { DepartmentSelect } from '../departments/DepartmentSelect.tsx';

interface InspectorImportOptionsProps {
  /** The mapped 所属部门 column, if the file has one. */
  hasDepartmentColumn: boolean;
  departmentId: number | '';
  onChange: (id: number | '') => void;
}

/**
 * Which department the list is imported for (部门联合抽查: another department's own roster). The
 * department chosen is the 所属部门 of every row that does not name one.
 */
export function InspectorImportOptions({ hasDepartmentColumn, departmentId, onChange }: InspectorImportOptionsProps) {
  const none = hasDepartmentColumn
    ? '按文件中的“所属部门”列（该列为空的，已有人员不变，新人员归本局）'
    : '不指定（新人员归本局，已有人员不变）';
  return (
    <DepartmentSelect
      label="为哪个部门导入"
      value={departmentId}
      onChange={onChange}
      emptyLabel={none}
      helperText={
        hasDepartmentColumn
          ? '文件中写明所属部门的行按文件导入；选择部门后，没写的行归该部门'
          : '导入其他部门的人员名单时选择该部门：全部人员归该部门'
      }
      sx={{ maxWidth: 560 }}
    />
  );
}
