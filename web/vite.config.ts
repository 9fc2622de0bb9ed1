// Builds the web map into the API's wwwroot; in development proxies /api and /openapi to a running `./leefbaar serve`.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

export default defineConfig({
  base: '/',
  build: {
    outDir: resolve(import.meta.dirname, '../src/Leefbaar.Api/wwwroot'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: { main: resolve(import.meta.dirname, 'index.html'), docs: resolve(import.meta.dirname, 'docs.html'), modelcard: resolve(import.meta.dirname, 'modelcard.html') },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:5080', '/openapi': 'http://127.0.0.1:5080' },
  },
});
