import type { CallFn } from '../../../electron/api/contract.ts';
import type { ApiResult } from '../../../electron/api/define.ts';
import { previewToken } from './preview-token.ts';

const UNREACHABLE = '无法连接预览服务。请确认启动预览的终端窗口仍在运行，然后刷新页面。';

/** The preview host's door to the contract: `POST /api/<name>` with the JSON input. */
export const httpCall: CallFn = async (name, input) => {
  let res: Response;
  try {
    res = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Api-Token': previewToken() },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { message: UNREACHABLE } };
  }
  if ((res.headers.get('content-type') ?? '').includes('application/json')) {
    return (await res.json()) as ApiResult<never>;
  }
  return { ok: false, error: { message: await failureText(res) } };
};

/** The host answers refusals (bad token, missing file) with a Chinese sentence in plain text. */
export async function failureText(res: Response): Promise<string> {
  const text = (await res.text().catch(() => '')).trim();
  return text || `预览服务拒绝了请求（状态 ${res.status}）。`;
}
