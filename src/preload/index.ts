import { contextBridge, ipcRenderer } from 'electron';
import { z } from 'zod';
import { buildStudioApi } from './studio-api';

// The page's policy refuses eval, in the preload's world too: zod must not probe for it.
z.config({ jitless: true });

contextBridge.exposeInMainWorld('studio', buildStudioApi(ipcRenderer));
