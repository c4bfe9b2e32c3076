import { createTheme } from '@mui/material/styles';
import { zhCN as materialZhCN } from '@mui/material/locale';
import { zhCN as gridZhCN } from '@mui/x-data-grid/locales';

/** Fonts a Chinese Windows PC has (微软雅黑), then macOS and Linux equivalents. */
const fontFamily = ['"Microsoft YaHei"', '"微软雅黑"', '"PingFang SC"', '"Noto Sans CJK SC"', 'sans-serif'].join(',');

/** One theme for the whole program: Chinese texts for MUI and the Data Grid, office-like density. */
export const theme = createTheme(
  {
    typography: { fontFamily, fontSize: 14, button: { textTransform: 'none' } },
    palette: {
      primary: { main: '#1f5fa8' },
      background: { default: '#f4f6f9' },
    },
    components: {
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiTextField: { defaultProps: { size: 'small' } },
      MuiTooltip: { defaultProps: { arrow: true } },
    },
  },
  gridZhCN,
  materialZhCN,
);

/**
 * The Data Grid's Chinese texts, for a grid that overrides one of them (its empty-list sentence):
 * a `localeText` prop replaces the theme's texts as a whole, so it must carry them all.
 */
export function gridText(overrides: { noRowsLabel: string }) {
  return { ...gridZhCN.components.MuiDataGrid.defaultProps.localeText, ...overrides };
}
