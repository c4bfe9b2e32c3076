import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import type { Settings } from '../../../electron/api/types.ts';
import { useVocabulary } from '../common/use-vocabulary.ts';

interface SettingsFieldsProps {
  values: Settings;
  reasons: Record<string, string>;
  onChange: (field: keyof Settings, value: string) => void;
}

/** An example 文号 from the prefix and this year, so the clerk sees what documents will carry. */
function docNumberExample(prefix: string): string {
  return `例如：${prefix.trim() || '（前缀）'}〔${new Date().getFullYear()}〕3号`;
}

/** 单位名称, 文号前缀, 联系人, 联系电话, 公示期限, 机关代码, each with the core's reason when it was refused. */
export function SettingsFields({ values, reasons, onChange }: SettingsFieldsProps) {
  // The names come from the core's one table, which `shuangsuiji settings` takes as keys too.
  const labels = useVocabulary().settingsLabels;
  const field = (name: keyof Settings, hint: string) => ({
    name,
    label: labels[name],
    value: String(values[name]),
    onChange: (e: { target: { value: string } }) => onChange(name, e.target.value),
    error: Boolean(reasons[name]),
    helperText: reasons[name] ?? hint,
    fullWidth: true,
  });
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2, rowGap: 1.5 }}>
      <Box sx={{ gridColumn: 'span 2' }}>
        <TextField {...field('bureauName', '印在文书落款处的全称')} required />
      </Box>
      <TextField {...field('docPrefix', docNumberExample(values.docPrefix))} required />
      <Box />
      <TextField {...field('contactName', '检查通知书上的联系人，生成通知书前须填写')} />
      <TextField {...field('contactPhone', '如：0352-1234567，生成通知书前须填写')} />
      <TextField
        {...field('publicationDays', '最后检查日期后多少个工作日内公示结果，节假日和调休按国家安排计算')}
        type="number"
        slotProps={{ htmlInput: { min: 1, max: 60, step: 1 } }}
      />
      <TextField
        {...field('authorityCode', '6 位数字，如 140221；国家企业信用信息公示系统的计划、任务编号以它开头，不知道时可留空')}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
    </Box>
  );
}
