#!/usr/bin/env node
// Builds the compact data files in ../data from the project's shared reference data.
//
//   node scripts/build-data.mjs <dir with vn-admin-units-2025.json, vn-provinces-pre-2025.json,
//                                 vn-wards-old-to-new-2025.json>
//
// The output keeps every fact the package uses (codes, names, types, mappings, NSO notes) and drops what it
// does not (counts, corrections log), in a shape that is cheap to bundle. It checks that nothing it derives
// (type words, kinds) differs from the source, and fails loudly if it does. See ../data/README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sourceDir = process.argv[2];
if (!sourceDir) {
  console.error('usage: node scripts/build-data.mjs <shared data dir>');
  process.exit(2);
}
const outDir = new URL('../data/', import.meta.url);
const read = (name) => JSON.parse(readFileSync(join(sourceDir, name), 'utf8'));
const write = (name, value) => writeFileSync(new URL(name, outDir), `${JSON.stringify(value)}\n`);
const fail = (message) => {
  throw new Error(message);
};
const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);

// 2025: 34 provinces and 3,321 communes. `name` and `type` are derived from `full_name` at run time.
const units = read('vn-admin-units-2025.json');
const provinces2025 = [];
const wards2025 = {};
for (const p of units.provinces) {
  if (p.full_name !== `${capital(p.type)} ${p.name}`) fail(`province ${p.code}: name/type mismatch`);
  provinces2025.push([p.code, p.full_name]);
  wards2025[p.code] = p.wards.map((w) => {
    if (w.full_name !== `${capital(w.type)} ${w.name}`) fail(`ward ${w.code}: name/type mismatch`);
    return [w.code, w.full_name];
  });
}
if (provinces2025.length !== 34) fail('expected 34 provinces');
write('provinces-2025.json', { source: units.source, effective: units.effective, provinces: provinces2025 });
write('wards-2025.json', { source: units.source, effective: units.effective, wards: wards2025 });

// Before 2025-07-01: 63 provinces, each with the 2025 province it became part of.
const old = read('vn-provinces-pre-2025.json');
const oldProvinces = old.provinces.map((p) => {
  if (p.full_name !== `${capital(p.type)} ${p.name}`) fail(`old province ${p.code}: name/type mismatch`);
  return [p.code, p.full_name, p.new_code];
});
if (oldProvinces.length !== 63) fail('expected 63 old provinces');
write('provinces-pre-2025.json', {
  source: old.source,
  validUntil: old.valid_until,
  provinces: oldProvinces,
});

// The NSO conversion table, one row per old commune: [old code, old name, old district, new codes, kind].
// kind: w = whole, p = part (always more than one new code), u = unchanged, r = renamed.
const conv = read('vn-wards-old-to-new-2025.json');
const kindChar = { whole: 'w', part: 'p', unchanged: 'u', renamed: 'r' };
const byOld = new Map();
for (const [oldCode, oldName, district, newCode, kind] of conv.rows) {
  const entry = byOld.get(oldCode);
  if (!entry) {
    byOld.set(oldCode, [oldCode, oldName, district, [newCode], kindChar[kind] ?? fail(`kind ${kind}`)]);
  } else {
    if (entry[1] !== oldName || entry[2] !== district) fail(`${oldCode}: inconsistent rows`);
    if (kind !== 'part' || entry[4] !== 'p') fail(`${oldCode}: several rows that are not all part`);
    entry[3].push(newCode);
  }
}
const rows = [...byOld.values()].map(([c, n, d, targets, k]) => {
  if ((k === 'p') !== targets.length > 1) fail(`${c}: kind ${k} with ${targets.length} targets`);
  return [c, n, d, targets.join(' '), k];
});
if (rows.length !== 10035) fail('expected 10,035 old communes');
write('wards-old-to-new-2025.json', {
  source: conv.source,
  effective: conv.effective,
  columns: ['old_code', 'old_name', 'old_district_code', 'new_codes (space separated)', 'kind (w|p|u|r)'],
  districts: conv.old_districts,
  districtLevel: conv.district_level.map((d) => [d.old_district_code, d.new_code]),
  notes: conv.notes,
  rows,
});
console.log(
  `wrote ${provinces2025.length} provinces, ${Object.values(wards2025).flat().length} wards, ` +
    `${oldProvinces.length} old provinces, ${rows.length} old communes`,
);
