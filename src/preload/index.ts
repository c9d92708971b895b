import { contextBridge, ipcRenderer } from 'electron';
import { buildStudioApi } from './studio-api';

contextBridge.exposeInMainWorld('studio', buildStudioApi(ipcRenderer));
