import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { useNotify } from '../common/notify.tsx';
import type { ResultCode } from './result-types.ts';

/** The result code table (editable in 设置); inactive codes still name old results. */
export function useResultCodes() {
  const notify = useNotify();
  const [codes, setCodes] = useState<ResultCode[]>([]);
  useEffect(() => {
    api.run('results:codes', {}).then(setCodes, notify.error);
  }, [notify]);
  const label = new Map(codes.map((c) => [c.code, c.label]));
  return {
    codes,
    active: codes.filter((c) => c.active).map((c) => c.code),
    /** `1 未发现问题`; a code no longer in the table shows as it is. */
    describe: (code: string) => (label.has(code) ? `${code} ${label.get(code)}` : code),
    problem: (code: string) => codes.find((c) => c.code === code)?.problem ?? false,
  };
}
