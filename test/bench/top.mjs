/**
 * Summarises a V8 .cpuprofile: self time and total time per function (file:line), top N.
 *
 *   node test/bench/top.mjs <file.cpuprofile> [N] [filter]
 */
import { readFileSync } from 'node:fs';

const [file, n = '25', filter = ''] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const hits = new Map();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const total = profile.samples.length;
const label = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url
    ? `${url.replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/^.*\/work\/main\//, '')}:${lineNumber + 1}`
    : '';
  return `${functionName || '(anonymous)'} ${where}`.trim();
};
const self = new Map();
const inclusive = new Map();
for (const [id, count] of hits) {
  const own = label(byId.get(id));
  self.set(own, (self.get(own) ?? 0) + count);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const name = label(byId.get(cur));
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + count);
  }
}
const show = (title, map) => {
  console.log(title);
  const rows = [...map]
    .filter(([name]) => name.includes(filter))
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(n));
  for (const [name, count] of rows)
    console.log(`${((100 * count) / total).toFixed(1).padStart(5)}%  ${name}`);
};
show('self time', self);
show('\ntotal time', inclusive);
