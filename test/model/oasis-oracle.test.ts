/**
 * Conformance oracle: our validator must give the same accept/reject verdict as the OASIS STIX 2.1
 * JSON schemas (read from ../shared, never copied) on every example object and on systematic
 * mutations of each. Where the schemas and the specification text disagree and we follow the text,
 * the case is listed in SPEC_OVER_SCHEMA with its section, and counted separately.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { hasShared, requireShared, sharedPath } from '../helpers/shared.ts';
import { formatIssue, hasErrors, validateBundle, validateObject } from '../../src/model/stix/validate.ts';
import { SCO_TYPES, SDO_TYPES, SRO_TYPES } from '../../src/model/stix/types.ts';
import { SAMPLES } from './stix/samples.ts';

type Obj = Record<string, unknown>;

const SCHEMA_DIR = sharedPath('reference', 'stix2-json-schemas', 'schemas');
const EXAMPLE_DIRS = ['cti-documentation', 'cti-stix2-json-schemas', 'cti-python-stix2'].map((d) =>
  sharedPath('reference', 'stix-examples', d),
);
const ATTACK_ICS = sharedPath('reference', 'attack', 'ics-attack-18.1.json');
const SCHEMA_BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/';

let sharedAjv: Ajv2020 | undefined;

/** One ajv holding every OASIS schema, so their relative `$ref`s resolve by `$id`. */
function loadAjv(): Ajv2020 {
  if (sharedAjv) return sharedAjv;
  // unicodeRegExp off: the schemas use escapes (`\-`) that are only legal in non-unicode RegExps.
  const ajv = new Ajv2020({ strict: false, allErrors: false, unicodeRegExp: false });
  // CommonJS default export seen through ESM.
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv2020) => Ajv2020;
  addFormats(ajv);
  // ajv-formats has no idn-hostname; the spec's domain-name rule (RFC 1034/5890) is ours to check.
  ajv.addFormat('idn-hostname', true);
  for (const dir of ['common', 'sdos', 'sros', 'observables']) {
    for (const f of readdirSync(join(SCHEMA_DIR, dir))) {
      if (f.endsWith('.json')) ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, dir, f), 'utf8')));
    }
  }
  return (sharedAjv = ajv);
}

function loadOracle(): (o: Obj, fallbackType: string) => boolean {
  const ajv = loadAjv();
  const byType = new Map<string, ValidateFunction>();
  const get = (rel: string): ValidateFunction => ajv.getSchema(SCHEMA_BASE + rel)!;
  for (const t of SDO_TYPES) byType.set(t, get(`sdos/${t}.json`));
  for (const t of SRO_TYPES) byType.set(t, get(`sros/${t}.json`));
  for (const t of SCO_TYPES) byType.set(t, get(`observables/${t}.json`));
  for (const t of ['marking-definition', 'language-content', 'extension-definition']) byType.set(t, get(`common/${t}.json`));
  const core = get('common/core.json');
  const scoCore = get('common/cyber-observable-core.json');
  return (o, fallbackType) => {
    const type = typeof o.type === 'string' ? o.type : fallbackType;
    const known = byType.get(type);
    if (known) return known(o) as boolean;
    // Custom types have no schema of their own (README: bundle.json rejects them all), so they get
    // the core schema of their family: declared by a new-sco/new-sdo extension, else SDO-like when
    // they carry created/modified (section 11.2).
    return (customIsSco(o) ? scoCore(o) : core(o)) as boolean;
  };
}

/** The OASIS bundle schema (it rejects custom objects, so only bundles of standard types go through it). */
function loadBundleOracle(): ValidateFunction {
  return loadAjv().getSchema(`${SCHEMA_BASE}common/bundle.json`)!;
}

function customIsSco(o: Obj): boolean {
  const ext = o.extensions;
  if (ext && typeof ext === 'object') {
    for (const b of Object.values(ext as Obj)) {
      const et = (b as Obj | null)?.extension_type;
      if (et === 'new-sco') return true;
      if (et === 'new-sdo' || et === 'new-sro') return false;
    }
  }
  return o.created === undefined && o.modified === undefined;
}

interface Example {
  source: string;
  object: Obj;
}

function loadExamples(): Example[] {
  const out: Example[] = [];
  for (const dir of EXAMPLE_DIRS) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      const data = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const objects: Obj[] = Array.isArray(data) ? data : data.objects;
      objects.forEach((object, i) => out.push({ source: `${f}#${i}`, object }));
    }
  }
  return out;
}

// ---- mutations ----

interface Mutation {
  kind: string;
  property: string;
  object: Obj;
}

const TS_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const OTHER_TYPE: Record<string, string> = { sdo: 'tool', sco: 'mutex', other: 'identity' };

/** Paths use granular-marking selector syntax (`external_references.[0].url`). */
function setAt(o: Obj, path: (string | number)[], value: unknown): Obj {
  const copy = structuredClone(o);
  let cur = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) cur = cur[step] as Record<string | number, unknown>;
  const last = path.at(-1);
  assert.ok(last !== undefined, 'setAt needs a non-empty path');
  if (value === REMOVE) delete cur[last];
  else cur[last] = value;
  return copy;
}
const REMOVE = Symbol('remove');
const selector = (path: (string | number)[]): string => path.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.');

/** Value swaps for one position: nulls, wrong JSON types, empty lists, broken timestamps. */
function* valueMutations(v: unknown): Generator<[string, unknown]> {
  yield ['null', null];
  if (typeof v === 'string') {
    yield ['number-for-string', 42];
    if (TS_RE.test(v)) {
      yield ['corrupt-timestamp', '2016-13-45T25:61:00Z'];
      yield ['timestamp-without-z', v.slice(0, -1)];
    }
  } else if (Array.isArray(v)) {
    yield ['string-for-list', 'not-a-list'];
    yield ['empty-list', []];
    if (v.every((x) => typeof x === 'string')) yield ['number-in-string-list', [42]];
  } else if (typeof v === 'boolean') {
    yield ['string-for-boolean', String(v)];
  } else if (typeof v === 'number') {
    yield ['string-for-number', String(v)];
    if (Number.isInteger(v)) yield ['fraction-for-integer', v + 0.5];
  } else if (v && typeof v === 'object') {
    yield ['string-for-object', 'not-an-object'];
    yield ['empty-object', {}];
  }
}

/** Every property (and, three levels down, every nested property / first list items) in turn. */
function* walk(root: Obj, node: unknown, path: (string | number)[], depth: number): Generator<Mutation> {
  const entries: [string | number, unknown][] = Array.isArray(node)
    ? node.slice(0, 2).map((v, i) => [i, v])
    : Object.entries(node as Obj);
  for (const [key, v] of entries) {
    const at = [...path, key];
    const property = selector(at);
    if (!Array.isArray(node)) yield { kind: 'remove', property, object: setAt(root, at, REMOVE) };
    for (const [kind, value] of valueMutations(v)) yield { kind, property, object: setAt(root, at, value) };
    if (v && typeof v === 'object' && depth < 3) yield* walk(root, v, at, depth + 1);
  }
}

function* mutations(o: Obj): Generator<Mutation> {
  const type = String(o.type);
  const uuid = typeof o.id === 'string' ? o.id.split('--')[1] : '6b1b5f8b-3c8e-4f8a-9d5e-1f2a3b4c5d6e';
  assert.ok(uuid);
  const with_ = (property: string, value: unknown, kind: string): Mutation => ({ kind, property, object: { ...o, [property]: value } });
  yield* walk(o, o, [], 1);
  yield with_('id', 'not-an-identifier', 'corrupt-id');
  yield with_('id', `${type}--1234`, 'corrupt-id');
  yield with_('id', `${type}--${uuid.slice(0, 14)}0${uuid.slice(15)}`, 'corrupt-id-version');
  yield with_('id', `bogus-type--${uuid}`, 'id-prefix-mismatch');
  yield with_('type', 42, 'wrong-type');
  yield with_('type', type.toUpperCase(), 'wrong-type');
  const family = (SCO_TYPES as readonly string[]).includes(type) ? 'sco' : (SDO_TYPES as readonly string[]).includes(type) ? 'sdo' : 'other';
  const other = OTHER_TYPE[family] === type ? 'campaign' : OTHER_TYPE[family];
  yield with_('type', other, 'wrong-type');
  for (const [property, value] of RANGE_BREAKERS) if (property in o) yield with_(property, value, 'out-of-range');
  yield* refMutations(o, o, []);
}

const ID_LIKE = /^[a-z][a-z0-9-]*--[0-9a-f-]{36}$/;

/** Points each reference (top level and in extension bodies) at an object of a type it may not name. */
function* refMutations(root: Obj, node: Obj, path: string[]): Generator<Mutation> {
  for (const [key, v] of Object.entries(node)) {
    const wrong = `${key.includes('marking') ? 'identity' : 'marking-definition'}--0f2b7a3c-6d5e-4f1a-9b8c-7d6e5f4a3b2c`;
    if (key.endsWith('_ref') && typeof v === 'string' && ID_LIKE.test(v)) {
      yield { kind: 'ref-wrong-type', property: [...path, key].join('.'), object: setAt(root, [...path, key], wrong) };
    } else if (key.endsWith('_refs') && Array.isArray(v) && typeof v[0] === 'string' && ID_LIKE.test(v[0])) {
      yield { kind: 'ref-wrong-type', property: [...path, key].join('.'), object: setAt(root, [...path, key, 0], wrong) };
    } else if (key === 'extensions' && v && typeof v === 'object') {
      for (const [name, body] of Object.entries(v as Obj)) {
        if (body && typeof body === 'object' && !Array.isArray(body)) yield* refMutations(root, body as Obj, [...path, key, name]);
      }
    }
  }
}

/** Integer and number ranges the spec and the schemas both set. */
const RANGE_BREAKERS: [string, number][] = [
  ['confidence', 101], ['confidence', -1], ['count', 1_000_000_000], ['count', -1], ['number_observed', 0],
  ['number_observed', 1_000_000_000], ['src_port', 65536], ['dst_port', -1], ['latitude', 90.5], ['longitude', -181], ['size', -1],
];

// ---- where we follow the spec text over the schemas ----

interface Exception {
  reason: string;
  applies: (m: Mutation, original: Obj) => boolean;
  /** The verdicts expected in that case. */
  schema: boolean;
  ours: boolean;
}

const SPEC_OVER_SCHEMA: Exception[] = [
  {
    reason: '§7.2.3.1: granular-marking selectors MUST select content of the object (schema does not resolve them)',
    applies: (m, o) =>
      m.kind === 'remove' &&
      Array.isArray(o.granular_markings) &&
      (o.granular_markings as Obj[]).some((g) => Array.isArray(g.selectors) && (g.selectors as string[]).some((s) => s === m.property || s.startsWith(`${m.property}.`))),
    schema: true,
    ours: false,
  },
  {
    reason: '§7.2.1.4: a TLP 1.0 marking-definition is one of four fixed objects (schema does not require definition.tlp)',
    applies: (m, o) => o.definition_type === 'tlp' && (m.property === 'definition' || m.property.startsWith('definition.')),
    schema: true,
    ours: false,
  },
  {
    reason: '§6.15.2: unix-account-ext gid is an integer (schema says number)',
    applies: (m) => m.property === 'extensions.unix-account-ext.gid' && m.kind === 'fraction-for-integer',
    schema: true,
    ours: false,
  },
  {
    reason: '§4.5: incident kill_chain_phases is a list of kill-chain-phase (incident.json does not declare it)',
    applies: (m, o) => o.type === 'incident' && m.property.startsWith('kill_chain_phases'),
    schema: true,
    ours: false,
  },
  {
    reason: '§7.1: language-content contents map each language to a dictionary of translated properties (schema: any value)',
    applies: (m, o) => o.type === 'language-content' && /^contents\.[^.]+(\.|$)/.test(m.property),
    schema: true,
    ours: false,
  },
  {
    reason: '§7.3: extension-definition requires created_by_ref (schema does not)',
    applies: (m, o) => o.type === 'extension-definition' && m.property === 'created_by_ref' && m.kind === 'remove',
    schema: true,
    ours: false,
  },
  {
    reason: '§3.2, §4.10, §4.11, §4.13, §6: reference target types the schemas leave open (created_by_ref, object_marking_refs, SCO references, ...)',
    applies: (m, o) => m.kind === 'ref-wrong-type' && refTypeOpenInSchema(String(o.type), m.property),
    schema: true,
    ours: false,
  },
  {
    reason: '§2.9: an id\'s object-type part is the exact type (core.json does not tie them for custom types)',
    applies: (m, o) => m.kind === 'id-prefix-mismatch' && !KNOWN_TYPES.has(String(o.type)),
    schema: true,
    ours: false,
  },
];

/**
 * Where the spec names the referenced type but the schema only asks for an identifier (or, for
 * SCOs, any string): created_by_ref -> identity, object_marking_refs -> marking-definition,
 * observed-data object_refs -> SCOs/SROs, malware-analysis analysis_sco_refs -> SCOs,
 * malware sample_refs -> file/artifact, and every SCO reference (section 6 property tables).
 */
function refTypeOpenInSchema(type: string, property: string): boolean {
  if (property === 'created_by_ref' || property === 'object_marking_refs') return true;
  if ((SCO_TYPES as readonly string[]).includes(type)) return true;
  return (
    (type === 'observed-data' && property === 'object_refs') ||
    (type === 'malware-analysis' && property === 'analysis_sco_refs') ||
    (type === 'malware' && property === 'sample_refs')
  );
}

const KNOWN_TYPES = new Set<string>([...SDO_TYPES, ...SRO_TYPES, ...SCO_TYPES, 'marking-definition', 'language-content', 'extension-definition']);

// ---- the comparison ----

interface Outcome {
  objects: number;
  mutations: number;
  mutationsRejected: number;
  excepted: Map<string, number>;
  disagreements: string[];
  /** Sources of the originals the schemas reject (they are not mutated). */
  rejected: string[];
}

let cachedOracle: ReturnType<typeof loadOracle> | undefined;

/** Verdicts of schema and validator on each object and (for every `mutateEvery`-th valid one) its mutations. */
function compare(examples: Example[], mutateEvery = 1): Outcome {
  const oracle = (cachedOracle ??= loadOracle());
  const out: Outcome = { objects: examples.length, mutations: 0, mutationsRejected: 0, excepted: new Map(), disagreements: [], rejected: [] };
  examples.forEach(({ source, object }, i) => {
    const theirs = oracle(object, String(object.type));
    const issues = validateObject(object);
    const ours = !hasErrors(issues);
    if (theirs !== ours) out.disagreements.push(`${source} (${object.type}) original: schema=${theirs} ours=${ours} ${issues.map(formatIssue).join('; ')}`);
    if (!theirs) out.rejected.push(source);
    // Mutate only valid objects: a mutation of an invalid one says little.
    if (!theirs || i % mutateEvery !== 0) return;
    for (const m of mutations(object)) {
      out.mutations++;
      const s = oracle(m.object, String(object.type));
      if (!s) out.mutationsRejected++;
      const mine = validateObject(m.object);
      const o = !hasErrors(mine);
      if (s === o) continue;
      const ex = SPEC_OVER_SCHEMA.find((e) => e.applies(m, object) && e.schema === s && e.ours === o);
      if (ex) out.excepted.set(ex.reason, (out.excepted.get(ex.reason) ?? 0) + 1);
      else {
        const errors = mine.filter((x) => x.severity === 'error').map(formatIssue).join('; ');
        out.disagreements.push(`${source} (${object.type}) ${m.kind} ${m.property}: schema=${s} ours=${o} ${errors}`);
      }
    }
  });
  return out;
}

function report(t: { diagnostic(msg: string): void }, label: string, r: Outcome): void {
  const total = r.objects + r.mutations;
  const excepted = [...r.excepted.values()].reduce((a, b) => a + b, 0);
  const agreed = total - r.disagreements.length - excepted;
  t.diagnostic(`${label}: ${r.objects} objects + ${r.mutations} mutations: ${agreed}/${total} agree (${((100 * agreed) / total).toFixed(2)}%)`);
  t.diagnostic(`${label}: mutations the schemas reject ${r.mutationsRejected}, accept ${r.mutations - r.mutationsRejected}`);
  for (const [reason, n] of r.excepted) t.diagnostic(`${label}: spec over schema, ${n}: ${reason}`);
  // The mutations must exercise both verdicts, or agreement would prove nothing.
  assert.ok(r.mutationsRejected > r.mutations / 3 && r.mutationsRejected < r.mutations, 'mutations exercise both verdicts');
  assert.deepEqual(r.disagreements.slice(0, 30), [], `${r.disagreements.length} disagreements`);
}

// ---- the tests ----

test('OASIS oracle: every reference example and its mutations get the same verdict', { timeout: 300_000 }, (t) => {
  if (!requireShared(t)) return;
  const examples = loadExamples();
  assert.ok(examples.length >= 400, `expected the example set, found ${examples.length} objects`);
  const r = compare(examples);
  report(t, 'examples', r);
  // Exactly the SCO array's three artifacts with placeholder payload_bin are invalid.
  assert.deepEqual(
    r.rejected.map((s) => `${s.split('#')[0]}:${examples.find((e) => e.source === s)!.object.type}`),
    Array(3).fill('sco-examples-objects.json:artifact'),
  );
});

test('OASIS oracle: one sample of every STIX 2.1 type and its mutations get the same verdict', { timeout: 300_000 }, (t) => {
  if (!requireShared(t)) return;
  const r = compare(SAMPLES.map((object, i) => ({ source: `sample#${i}`, object })));
  assert.deepEqual(r.rejected, []);
  const covered = new Set(SAMPLES.map((o) => o.type));
  for (const type of KNOWN_TYPES) assert.ok(covered.has(type), `no sample of ${type}`);
  report(t, 'samples', r);
});

test('OASIS oracle: ATT&CK for ICS (standard and x-mitre custom objects) gets the same verdict', { timeout: 300_000 }, (t) => {
  if (!requireShared(t)) return;
  const bundle = JSON.parse(readFileSync(ATTACK_ICS, 'utf8')) as { objects: Obj[] };
  // Every object is checked; a deterministic tenth is mutated to keep the suite fast.
  const r = compare(bundle.objects.map((object, i) => ({ source: `ics#${i}`, object })), 10);
  assert.deepEqual(r.rejected, []);
  report(t, 'ATT&CK ICS', r);
});

test('OASIS oracle: example bundles and bundle-level mutations get the same verdict from validateBundle', { timeout: 120_000 }, (t) => {
  if (!requireShared(t)) return;
  const bundleSchema = loadBundleOracle();
  const id = 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d';
  let checked = 0;
  const disagreements: string[] = [];
  for (const dir of EXAMPLE_DIRS) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      const data = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const bundle: Obj = Array.isArray(data) ? { type: 'bundle', id, objects: data } : data;
      const variants: [string, Obj][] = [
        ['original', bundle],
        ['no id', Object.fromEntries(Object.entries(bundle).filter(([k]) => k !== 'id'))],
        ['wrong type', { ...bundle, type: 'bundel' }],
        ['corrupt id', { ...bundle, id: 'bundle--nope' }],
        ['indicator id', { ...bundle, id: 'indicator--5d0092c5-5f74-4287-9642-33f4c354e56d' }],
        ['empty objects', { ...bundle, objects: [] }],
        ['objects not a list', { ...bundle, objects: {} }],
        ['a non-object member', { ...bundle, objects: [...(bundle.objects as Obj[]), 'text'] }],
        ['one object broken', { ...bundle, objects: [...(bundle.objects as Obj[]).slice(1), { ...(bundle.objects as Obj[])[0], id: 'x' }] }],
      ];
      for (const [label, b] of variants) {
        checked++;
        const theirs = bundleSchema(b) as boolean;
        const ours = !hasErrors(validateBundle(b));
        if (theirs !== ours) disagreements.push(`${f} ${label}: schema=${theirs} ours=${ours}`);
      }
    }
  }
  t.diagnostic(`bundles: ${checked} bundle verdicts, ${checked - disagreements.length} agree`);
  assert.deepEqual(disagreements, []);
});

if (!hasShared) test('OASIS schema oracle needs ../shared', (t) => void requireShared(t));
