import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { startFirstReads } from './app/first-reads.ts';
import { createQueryClient } from './app/query-client.ts';
import { initTheme } from './app/theme.ts';
import { initialLanguage, loadDictionary } from './i18n/languages.ts';
import './index.css';

// Before the first render, so the page never flashes the wrong theme (no inline script: strict CSP).
initTheme();

// The first screen's reads go out now, before React renders (app/first-reads.ts).
const queryClient = createQueryClient();
const firstScreen = startFirstReads(queryClient);
// The reader's dictionary, beside them (English is already here; Chinese is its own file).
const dictionary = loadDictionary(initialLanguage());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/**
 * How long the first render waits for the first screen's reads. Drawn before they answer, the page is drawn twice
 * (the frame with its loading state, then again with the rows; on a laptop each draw of the signed-in page is tens of
 * milliseconds of script, style and layout); drawn once they answer, it is drawn once. A read slower than this
 * (a distant cloud region) gets the frame first, as before.
 */
const FIRST_SCREEN_WAIT_MS = 120;

const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
// The dictionary is waited for without a limit: drawing in another language first would be worse than a late frame.
// Should it fail to load, the page is drawn in English.
void Promise.all([dictionary.catch(() => undefined), Promise.race([firstScreen, new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS))])]).then(render);
