/**
 * A STIX 2.1 validator written from the specification (no JSON Schema engine in the product path).
 * Per-type rule tables are built once at load; validating an object walks its own properties once.
 * It reports every problem it finds (errors for MUSTs, warnings for SHOULDs and open vocabularies)
 * with a JSON path (`objects[3].valid_from: required`) and never mutates its input, so custom
 * properties and extensions pass through untouched.
 * @module
 */
import { idContributingObject, ID_CONTRIBUTING_PROPERTIES, idType, idVersion, scoId } from './ids.ts';
import { compareTimestamps, timestampProblem } from './timestamps.ts';
import { checkShape, error, isObj, join, own, TYPE_NAME_RE, warn, type Issues, type Obj, type ValidationIssue } from './property-checks.ts';
import { checkSelectors } from './embedded-rules.ts';
import { compileTables, customRules, definesNewType } from './type-rules.ts';

export type { ValidationIssue } from './property-checks.ts';

/** `objects[3].valid_from: required` */
export function formatIssue(issue: ValidationIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

const TABLE = compileTables((v, p, out) => validateInto(v as Obj, p, out, 'sco'));

function validateInto(o: Obj, path: string, out: Issues, expect?: 'sco'): void {
  const type = o.type;
  if (type === undefined) error(out, join(path, 'type'), 'required');
  else if (typeof type !== 'string') error(out, join(path, 'type'), 'must be a string');
  else if (type.length < 3 || type.length > 250 || !TYPE_NAME_RE.test(type)) error(out, join(path, 'type'), 'must be 3-250 characters of a-z, 0-9 and single hyphens');
  else if (type === 'action' || type === 'bundle') error(out, join(path, 'type'), `"${type}" is not an object type`);
  const typeName = typeof type === 'string' ? type : '';

  let rules = TABLE.get(typeName);
  if (!rules) {
    rules = customRules(o);
    if (TYPE_NAME_RE.test(typeName) && typeName !== 'action' && typeName !== 'bundle' && !typeName.startsWith('x-') && !definesNewType(o)) {
      warn(out, join(path, 'type'), `unknown type "${typeName}": custom object types SHOULD start with x- or be defined by an extension`);
    }
  }
  if (expect === 'sco' && rules.family !== 'sco') error(out, join(path, 'type'), 'must be a cyber-observable type');

  // id: section 2.9
  const id = o.id;
  if (id === undefined) error(out, join(path, 'id'), 'required');
  else if (typeof id !== 'string') error(out, join(path, 'id'), 'must be a string');
  else {
    const idPart = idType(id);
    if (idPart === undefined) error(out, join(path, 'id'), 'must be type--UUID with an RFC 4122 UUID');
    else if (typeName && idPart !== typeName) error(out, join(path, 'id'), `type part "${idPart}" must match type "${typeName}"`);
    else if (rules.family === 'sco') checkScoId(o, id, join(path, 'id'), out);
    else if (idVersion(id) !== 4 && idVersion(id) !== 1) warn(out, join(path, 'id'), 'SHOULD use a UUIDv4');
  }

  // spec_version: section 3.2
  const sv = o.spec_version;
  if (sv !== undefined && sv !== '2.1') error(out, join(path, 'spec_version'), 'must be "2.1"');

  checkShape(o, rules.shape, path, out, true);

  for (const [a, b, strict] of rules.order) {
    const av = o[a];
    const bv = o[b];
    if (typeof av !== 'string' || typeof bv !== 'string' || timestampProblem(av) !== undefined || timestampProblem(bv) !== undefined) continue;
    const c = compareTimestamps(bv, av);
    if (strict ? c <= 0 : c < 0) error(out, join(path, b), `must be ${strict ? 'later than' : 'later than or equal to'} ${a}`);
  }
  checkSelectors(o, path, out);
}

function checkScoId(o: Obj, id: string, p: string, out: Issues): void {
  const props = own(ID_CONTRIBUTING_PROPERTIES, o.type as string);
  if (!props || props.length === 0) return;
  if (idVersion(id) !== 5) return warn(out, p, 'SHOULD be a UUIDv5 from the ID contributing properties');
  // Only when contributing values are present: otherwise the spec's answer is a random UUIDv4.
  if (!idContributingObject(o as { type: string })) return;
  try {
    const expected = scoId(o as { type: string });
    if (expected !== id) warn(out, p, `does not match the deterministic id ${expected}`);
  } catch {
    // Malformed contributing values (non-finite numbers) are reported by their own checks.
  }
}

/**
 * Validates one STIX object; returns every error and warning (empty when clean).
 * @param path JSON path prefix for issue paths, e.g. `objects[3]`.
 * @example validateObject({ type: 'indicator', ... }, 'objects[3]') // [{ path: 'objects[3].valid_from', message: 'required', severity: 'error' }]
 */
export function validateObject(obj: unknown, path = ''): ValidationIssue[] {
  const out: Issues = [];
  if (!isObj(obj)) error(out, path, 'must be a JSON object');
  else validateInto(obj, path, out);
  return out;
}

/** Validates a bundle (section 8) and every object in it, paths rooted at `objects[i]`. */
export function validateBundle(bundle: unknown): ValidationIssue[] {
  const out: Issues = [];
  if (!isObj(bundle)) {
    error(out, '', 'must be a JSON object');
    return out;
  }
  if (bundle.type !== 'bundle') error(out, 'type', bundle.type === undefined ? 'required' : 'must be "bundle"');
  if (bundle.id === undefined) error(out, 'id', 'required');
  else if (idType(bundle.id) !== 'bundle') error(out, 'id', 'must be bundle--UUID with an RFC 4122 UUID');
  if (bundle.spec_version !== undefined) warn(out, 'spec_version', 'bundles carry no spec_version in STIX 2.1');
  const objects = bundle.objects;
  if (objects === undefined) return out;
  if (!Array.isArray(objects)) {
    error(out, 'objects', 'must be a list');
    return out;
  }
  if (objects.length === 0) error(out, 'objects', 'must not be empty');
  const versions = new Map<string, number>();
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i];
    if (!isObj(o)) {
      error(out, `objects[${i}]`, 'must be a JSON object');
      continue;
    }
    validateInto(o, `objects[${i}]`, out);
    // The same version twice is legal but usually a producer bug; different versions are normal.
    if (typeof o.id === 'string') {
      const key = `${o.id} ${typeof o.modified === 'string' ? o.modified : typeof o.created === 'string' ? o.created : ''}`;
      const first = versions.get(key);
      if (first === undefined) versions.set(key, i);
      else warn(out, `objects[${i}]`, `same id and version as objects[${first}]`);
    }
  }
  return out;
}
