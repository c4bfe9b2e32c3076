import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import type { ApiCallError } from '../api/api-error.ts';

/**
 * Why an import was refused. The core words it as a headline and one line per problem
 * (第 3 行“检查结果”列：…); the lines are listed so the clerk can work down them in Excel.
 */
export function ImportProblemsDialog({ error, onClose }: { error: ApiCallError; onClose: () => void }) {
  const [headline = '', ...lines] = error.message.split('\n');
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="result-import-problems">
      <DialogTitle id="result-import-problems">检查结果未导入</DialogTitle>
      <DialogContent dividers>
        <Alert severity="error" sx={{ mb: lines.length ? 1.5 : 0 }}>
          {headline}
          {error.ref && (
            <Box component="span" sx={{ ml: 1, opacity: 0.7 }}>
              参考号 {error.ref}
            </Box>
          )}
        </Alert>
        {lines.length > 0 && (
          <Box component="ol" aria-label="文件中的问题" sx={{ m: 0, pl: 3, maxHeight: 360, overflow: 'auto' }}>
            {lines.map((line, i) => (
              <Typography component="li" key={i} variant="body2" sx={{ py: 0.25 }}>
                {line}
              </Typography>
            ))}
          </Box>
        )}
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
          请按上面的说明修改 Excel 文件，保存后重新导入。没有写入任何结果。
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          知道了
        </Button>
      </DialogActions>
    </Dialog>
  );
}
