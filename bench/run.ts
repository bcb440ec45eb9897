// `npm run bench`: runs every benchmark module in bench/ (each exports run()) and prints one table.
// Results are recorded by hand in docs/benchmarks.md with the machine and date.
import { readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';

const result = z.array(
  z.object({ name: z.string(), value: z.number(), unit: z.string(), note: z.string().optional() }),
);
const only = process.argv.slice(2);
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows: string[] = [];
for (const file of files) {
  const mod: unknown = await import(pathToFileURL(join(import.meta.dirname, file)).href);
  const runFn = z.object({ run: z.function() }).safeParse(mod);
  if (!runFn.success) continue;
  console.error(`… ${file}`);
  const results = result.parse(await runFn.data.run());
  for (const r of results) {
    rows.push(
      `| ${file.replace(/\.ts$/, '')} | ${r.name} | ${Number(r.value.toPrecision(4))} ${r.unit} | ${r.note ?? ''} |`,
    );
  }
}
console.log(
  `\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`,
);
console.log('| benchmark | measure | value | note |\n| --- | --- | --- | --- |');
console.log(rows.join('\n'));
