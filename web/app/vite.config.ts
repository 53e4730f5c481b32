import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// The production build goes straight into the Maven module's output so the
// web module's jar serves it from classpath:/static.
const outDir = fileURLToPath(new URL('../target/classes/static', import.meta.url));

// Where `npm run dev` forwards /api to (the web entry of the backend).
const apiTarget = process.env.FRACTAL_API_URL ?? 'http://localhost:8080';

/**
 * Fails the build if an emitted HTML file carries an inline <script> (one
 * without src), so the page keeps working under a strict Content-Security-Policy.
 */
function noInlineScripts(): Plugin {
  return {
    name: 'fractal:no-inline-scripts',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.html')) {
          continue;
        }
        const html = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
        for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
          if (!/\ssrc\s*=/i.test(tag)) {
            this.error(`${file.fileName} has an inline script (${tag}); a strict CSP would block it.`);
          }
        }
      }
    },
  };
}

export default defineConfig({
  plugins: [noInlineScripts()],
  // No @vitejs/plugin-react: esbuild compiles JSX with the automatic runtime.
  esbuild: {
    jsx: 'automatic',
  },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      onwarn(warning, warn) {
        // react-router marks its modules "use client" for server components; meaningless in this SPA.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use client')) {
          return;
        }
        warn(warning);
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.mjs'],
  },
});
