// dump-npm.mjs prints the person-name lists of two MIT-licensed npm
// packages as JSON ({"given": [...], "surnames": [...]}) for names_gen.go.
// Run it where both packages are unpacked:
//   npm pack @faker-js/faker@10.6.0 chance@1.1.13
//   mkdir faker chance
//   tar xzf faker-js-faker-10.6.0.tgz -C faker --strip-components=1
//   tar xzf chance-1.1.13.tgz -C chance --strip-components=1
//   node dump-npm.mjs > npm-names.json
import { createRequire } from 'node:module';
import { allLocales } from './faker/dist/index.js';

const flat = v => v == null ? [] : Array.isArray(v) ? v : typeof v === 'object' ? Object.values(v).flatMap(flat) : [v];
const given = [], surnames = [];
for (const loc of Object.values(allLocales)) {
  const p = loc.person || {};
  given.push(...flat(p.first_name));
  surnames.push(...flat(p.last_name));
}
const Chance = createRequire(import.meta.url)('./chance/chance.js');
const c = new Chance();
given.push(...flat(c.get('firstNames')));
surnames.push(...flat(c.get('lastNames')));
console.log(JSON.stringify({ given, surnames }));
