// First: configures zod before any module builds a schema.
import '../../shared/ipc/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createClient } from './client';
import { applyStoredTheme } from './theme/theme-choice';
import './theme/theme.css';

applyStoredTheme();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App client={createClient()} />
    </StrictMode>,
  );
}
