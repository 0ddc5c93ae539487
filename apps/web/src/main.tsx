import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { startFirstReads } from './app/first-reads.ts';
import { createQueryClient } from './app/query-client.ts';
import { initTheme } from './app/theme.ts';
import './index.css';

// Before the first render, so the page never flashes the wrong theme (no inline script: strict CSP).
initTheme();

// The first screen's reads go out now, while React renders (app/first-reads.ts).
const queryClient = createQueryClient();
startFirstReads(queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
