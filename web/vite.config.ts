import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The back office: built into web/dist, which the API server serves at `/`.
// `npm run dev` proxies /api to a running server (IDFLOW_DEV_API, default http://localhost:8080).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': process.env.IDFLOW_DEV_API ?? 'http://localhost:8080' } },
});
