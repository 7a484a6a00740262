/**
 * Vite build of the web UI: `npx vite build web` writes web/dist, which `opstrack serve` serves at /.
 * `npx vite web` runs a dev server that proxies /api and /taxii2 to OPSTRACK_URL (default :4000).
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const target = process.env.OPSTRACK_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // cytoscape is code-split to the graph page; the rest stays well under this
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { '/api': target, '/taxii2': target } },
});
