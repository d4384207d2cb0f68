import { documentRenderBench } from './document-render.js';
import { lawSearchBench } from './law-search.js';
import { recordAppendBench } from './record-append.js';
import { benchLine, printResult, type BenchResult } from './report.js';
import { startupBench } from './startup.js';

const benches: Record<string, () => Promise<BenchResult[]>> = {
  startup: startupBench,
  'record-append': recordAppendBench,
  'decision-pdf': documentRenderBench,
  'law-search': lawSearchBench,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(
    `未知的基准 unknown bench: ${unknown.join(', ')}；可选：${Object.keys(benches).join(', ')}`,
  );
  process.exit(1);
}

const results: BenchResult[] = [];
for (const [name, run] of Object.entries(benches)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`运行 ${name} …`);
  for (const result of await run()) {
    printResult(result);
    results.push(result);
  }
}
for (const result of results) console.log(benchLine(result));
process.exit(0);
