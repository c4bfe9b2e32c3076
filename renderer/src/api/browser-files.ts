import type { FileDoor, FileFilter } from '../../../electron/api/files.ts';
import { ApiCallError } from './api-error.ts';
import { whileBusy } from './busy.ts';
import { failureText } from './http-call.ts';
import { previewToken } from './preview-token.ts';

/** POSTs to one of the host's /files/ routes and returns the server-side path it answers with. */
function postForPath(route: 'upload' | 'reserve', name: string, body?: Blob): Promise<string> {
  return whileBusy(() => post(route, name, body));
}

async function post(route: 'upload' | 'reserve', name: string, body?: Blob): Promise<string> {
  let res: Response;
  try {
    res = await fetch(`/files/${route}?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'X-Api-Token': previewToken() },
      ...(body ? { body } : {}),
    });
  } catch {
    throw new ApiCallError({ message: '无法连接预览服务，文件未能传送。请确认预览服务仍在运行。' });
  }
  if (!res.ok) throw new ApiCallError({ message: await failureText(res) });
  return ((await res.json()) as { path: string }).path;
}

function fileUrl(route: 'download' | 'view', path: string): string {
  return `/files/${route}?path=${encodeURIComponent(path)}&token=${encodeURIComponent(previewToken())}`;
}

function download(path: string): void {
  const link = document.createElement('a');
  link.href = fileUrl('download', path);
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}

function acceptOf(filters: FileFilter[]): string {
  return filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');
}

/**
 * The browser's stand-in for file dialogs. `pickOpen` must be called straight from a click
 * handler (before any await): browsers open a file chooser only during a user gesture.
 */
export const browserFiles: FileDoor = {
  pickOpen({ filters }) {
    return new Promise<string | null>((resolve, reject) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = acceptOf(filters);
      input.style.display = 'none';
      document.body.append(input);
      input.addEventListener('cancel', () => {
        input.remove();
        resolve(null);
      });
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        input.remove();
        if (!file) return resolve(null);
        postForPath('upload', file.name, file).then(resolve, reject);
      });
      input.click();
    });
  },

  pickSave({ defaultName }) {
    return postForPath('reserve', defaultName);
  },

  async deliver(path) {
    download(path);
  },

  async open(path) {
    // A browser may refuse a new tab when the export took long (the click "expired"): then the
    // file is downloaded instead, and the clerk is told where it went.
    const opened = window.open(fileUrl('view', path), '_blank');
    if (!opened) {
      download(path);
      throw new ApiCallError({
        message: '浏览器拦截了新窗口，文件已改为下载：请在浏览器的下载列表中打开它再打印。也可以允许本页面弹出窗口后重试。',
      });
    }
  },
};
