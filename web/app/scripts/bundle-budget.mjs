// Run by `npm run build` after `vite build`: fails the build when the JavaScript of the first page load
// is over budget (lazy page chunks do not count), and writes the figures to ../target/bundle-budget.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { measure } from './budget.mjs';

const outDir = fileURLToPath(new URL('../../target/classes/static', import.meta.url));
const report = fileURLToPath(new URL('../../target/bundle-budget.json', import.meta.url));

const result = await measure(outDir);
for (const file of result.files) {
  console.log(`  ${file.file}: ${file.gzipKb} kB gzip (${(file.bytes / 1000).toFixed(1)} kB raw)`);
}
console.log(`initial JS: ${result.totalGzipKb} kB gzip (budget ${result.budgetKb} kB)`);
await mkdir(fileURLToPath(new URL('../../target/', import.meta.url)), { recursive: true });
await writeFile(report, `${JSON.stringify(result, null, 2)}\n`);
if (!result.withinBudget) {
  console.error(`Initial JS is over the budget of ${result.budgetKb} kB gzip.`);
  process.exit(1);
}
