import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  plugins: [react()],
  resolve: {
    // The pure domain core (labels, rules) is shared with the server, never copied.
    alias: { '@domain': fileURLToPath(new URL('../src/domain', import.meta.url)) },
  },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/public': 'http://127.0.0.1:8080',
    },
  },
});
