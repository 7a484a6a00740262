import { extract } from './src/extract/extract.ts';
import { readFileSync } from 'node:fs';
const f = process.argv[2];
const x = extract(readFileSync(f, 'utf8'));
const short = { ...x, countries: x.countries.map(c => `${c.code}(${c.mentions.length})`), sectors: x.sectors.map(s => s.name), intrusion_sets: x.intrusion_sets.map(s=>s.name),
  people: x.people.map(p => `${p.name}|${p.aliases.join('/')}|${p.speaks_for}|${p.role}`), mentioned_people: x.mentioned_people.map(p => `${p.name}|${p.speaks_for}|${p.role}`),
  claims: x.claims.map(c => `${c.claimant} ${c.stance} ${c.target} [${c.about}] ${c.method} :: ${c.evidence.text.slice(0, 110)}`) };
console.log(JSON.stringify(short, null, 1));
