import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./src/web', import.meta.url));

export default defineConfig(({ command }) => ({
  root,
  plugins: [react()],
  // A build is always the production bundle, even when started from a process with
  // NODE_ENV=test (the test runner builds the UI on demand): otherwise React ships
  // its development build, slower and with double-run effects.
  define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  oxc: command === 'build' ? { jsx: { development: false } } : {},
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000', '/healthz': 'http://localhost:3000' },
  },
}));
