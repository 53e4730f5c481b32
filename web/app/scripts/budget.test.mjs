import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { initialScripts, measure, staticImports } from './budget.mjs';

const fixture = fileURLToPath(new URL('./fixture', import.meta.url));

describe('bundle budget', () => {
  it('takes module scripts and modulepreload links, not stylesheets or icons', () => {
    const html = `<script type="module" crossorigin src="/assets/a.js"></script>
      <script src="https://cdn.example/x.js" type="module"></script>
      <link rel="modulepreload" href='/assets/b.js'><link rel=stylesheet href=/assets/c.css>
      <link rel="icon" href="/favicon.svg"><script type="module" src="/assets/a.js"></script>`;
    expect(initialScripts(html)).toEqual(['/assets/a.js', '/assets/b.js']);
  });

  it('follows static imports and skips dynamic import()', () => {
    const code = 'import{x}from"./v.js";import "./s.js";const l=()=>import("./lazy.js");export*from"./e.js"';
    expect(staticImports(code, '/assets/index.js')).toEqual(['/assets/v.js', '/assets/s.js', '/assets/e.js']);
  });

  it('measures the initial files of a build, each once, and leaves lazy chunks out', async () => {
    const result = await measure(fixture);
    expect(result.files.map((file) => file.file)).toEqual([
      '/assets/index-abc.js',
      '/assets/vendor-def.js',
      '/assets/shared-ghi.js',
    ]);
    expect(result.budgetKb).toBe(250);
    expect(result.withinBudget).toBe(true);
    expect(result.totalGzipKb).toBeGreaterThan(0);
  });
});
