// The pieces of the bundle budget check, kept apart from the command so a test can feed them a fixture.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB = 250;

/** The attribute values of every `<tag …>` in `html` whose attributes pass `accept`. */
function tags(html, tagName) {
  const found = [];
  for (const [, attributes] of html.matchAll(new RegExp(`<${tagName}\\b([^>]*)>`, 'gi'))) {
    const attrs = {};
    for (const [, name, , doubleQuoted, singleQuoted, bare] of attributes.matchAll(
      /([\w:-]+)(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g,
    )) {
      attrs[name.toLowerCase()] = doubleQuoted ?? singleQuoted ?? bare ?? '';
    }
    found.push(attrs);
  }
  return found;
}

/**
 * The JS files the page loads before anything else: module scripts and modulepreload links of
 * index.html. Lazy chunks (dynamic import()) appear in neither, so they do not count. Paths are as
 * written in the HTML (e.g. `/assets/index-abc.js`).
 */
export function initialScripts(html) {
  const scripts = tags(html, 'script')
    .filter((attrs) => attrs.src && (attrs.type ?? '').toLowerCase() === 'module')
    .map((attrs) => attrs.src);
  const preloads = tags(html, 'link')
    .filter((attrs) => (attrs.rel ?? '').toLowerCase().split(/\s+/).includes('modulepreload') && attrs.href)
    .map((attrs) => attrs.href);
  return [...new Set([...scripts, ...preloads])].filter((src) => !/^([a-z]+:)?\/\//i.test(src));
}

/**
 * Static imports of an emitted chunk (`import … from "./x.js"`, bare `import "./x.js"`, `export … from`), resolved
 * against the chunk's own URL path. Vite lists them as modulepreload links too; following them as
 * well keeps the figure honest if that ever changes. `import(...)` calls (lazy chunks) are skipped.
 */
export function staticImports(code, fromPath) {
  const found = [];
  for (const [, specifier] of code.matchAll(/(?:^|[;\n}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    if (specifier.startsWith('.') || specifier.startsWith('/')) {
      found.push(path.posix.resolve(path.posix.dirname(fromPath), specifier));
    }
  }
  return found;
}

/** Gzipped size in kB of 1000 bytes, the unit Vite prints, so the two figures can be compared. */
export function gzipKb(bytes) {
  return gzipSync(bytes, { level: 9 }).length / 1000;
}

/** Measures the initial JS of the build in `outDir` (where index.html is). */
export async function measure(outDir) {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const queue = initialScripts(html).map((src) => path.posix.resolve('/', src));
  const seen = new Set();
  const files = [];
  while (queue.length > 0) {
    const urlPath = queue.shift();
    if (seen.has(urlPath)) {
      continue;
    }
    seen.add(urlPath);
    const bytes = await readFile(path.join(outDir, ...urlPath.split('/').filter(Boolean)));
    files.push({ file: urlPath, bytes: bytes.length, gzipKb: round(gzipKb(bytes)) });
    queue.push(...staticImports(bytes.toString('utf8'), urlPath));
  }
  const totalGzipKb = round(files.reduce((sum, file) => sum + file.gzipKb, 0));
  return { budgetKb: BUDGET_KB, totalGzipKb, withinBudget: totalGzipKb <= BUDGET_KB, files };
}

function round(kb) {
  return Math.round(kb * 10) / 10;
}
