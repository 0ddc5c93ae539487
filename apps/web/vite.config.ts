import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { firstScreenChunk } from './build/first-screen-chunk.ts';
import { precompress } from './build/precompress.ts';
import { dropParamSchemas } from './build/drop-param-schemas.ts';

// In `pnpm dev` Vite serves the app with hot reload on VITE_PORT (5173) and forwards the API, health and metrics
// calls to the console's server, which listens on PORT (8080) as it does in production — so the browser still sees
// one origin, and PORT means the same thing in both. (Root `pnpm dev` runs turbo with --env-mode=loose, so both
// processes get the environment it was given.)
const serverPort = Number(process.env.PORT || 8080);
const apiTarget = `http://127.0.0.1:${serverPort}`;
const vitePort = Number(process.env.VITE_PORT || 5173);

export default defineConfig({
  // precompress: dist gets .br and .gz siblings of its text files, which the console's server sends by Accept-Encoding.
  // dropParamSchemas: the catalog's zod schema builders, which only the server calls, stay out of the browser's code.
  plugins: [react(), tailwindcss(), dropParamSchemas(), precompress()],
  server: {
    host: '127.0.0.1',
    port: vitePort,
    strictPort: true,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
      '/healthz': { target: apiTarget, changeOrigin: true },
      '/readyz': { target: apiTarget, changeOrigin: true },
      '/metrics': { target: apiTarget, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: { codeSplitting: { groups: [firstScreenChunk(fileURLToPath(new URL('src/main.tsx', import.meta.url)))] } },
    },
  },
});
