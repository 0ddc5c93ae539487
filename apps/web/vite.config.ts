import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { firstScreenChunk } from './build/first-screen-chunk.ts';
import { precompress } from './build/precompress.ts';

// The console's server (apps/server) listens on 8080; in `pnpm dev` Vite serves the app with hot
// reload and forwards API and health calls to it, so the browser still sees one origin.
const apiTarget = 'http://127.0.0.1:8080';

export default defineConfig({
  // precompress: dist gets .br and .gz siblings of its text files, which the console's server sends by Accept-Encoding.
  plugins: [react(), tailwindcss(), precompress()],
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
      '/healthz': { target: apiTarget, changeOrigin: true },
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
