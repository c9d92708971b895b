import { contextBridge, ipcRenderer } from 'electron';
// First: the preload parses with zod too, under the page's policy, which refuses eval.
import '../shared/ipc/zod-jitless';
import { buildStudioApi } from './studio-api';

contextBridge.exposeInMainWorld('studio', buildStudioApi(ipcRenderer));
