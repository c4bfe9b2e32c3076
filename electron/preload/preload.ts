import { contextBridge, ipcRenderer } from 'electron';
import type { CallFn } from '../api/contract.ts';
import type { WindowApi } from '../api/files.ts';

/**
 * The page's only way out: `window.api`, typed from the contract. No raw ipcRenderer, no Node.
 * Each call goes to its own channel (`api:<name>`), which main registered from the contract; the
 * file door's operations answer the same `{ ok, data | error }` shape.
 */
const call = ((name: string, input: unknown) => ipcRenderer.invoke(`api:${name}`, input)) as CallFn;

const api = {
  call,
  files: {
    pickOpen: (options) => ipcRenderer.invoke('files:pickOpen', options),
    pickSave: (options) => ipcRenderer.invoke('files:pickSave', options),
    pickFolder: (options) => ipcRenderer.invoke('files:pickFolder', options),
    // The file is already where the clerk chose to save it.
    deliver: async () => ({ ok: true, data: undefined }),
    open: (file) => ipcRenderer.invoke('files:open', file),
    print: (file) => ipcRenderer.invoke('files:print', file),
    reveal: (file) => ipcRenderer.invoke('files:reveal', file),
  },
} satisfies WindowApi;

contextBridge.exposeInMainWorld('api', api);
