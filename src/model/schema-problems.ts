/**
 * Turns ajv's errors into OpsTrack's problem lines, `<json path>: <problem>` (for example
 * `claims[2].subject_refs[0]: must reference intrusion-set or campaign`), so a schema written once
 * (TypeBox, compiled by ajv) checks input and explains what is wrong and where.
 *
 * A schema node may carry a `problem` annotation: the sentence said when that node fails (a
 * pattern is unreadable to a user). An object node with a `problem` answers for its whole subtree.
 * `problem` is not JSON Schema: `withoutProblems` strips it before a schema reaches Fastify or a file.
 * @module
 */
import type { ErrorObject } from 'ajv';

export interface SchemaProblem {
  /** JSON path of the offending value, e.g. `claims[2].evidence.end`. */
  path: string;
  problem: string;
}

type Node = Record<string, unknown>;

const TYPE_WORDS: Record<string, string> = {
  string: 'a string', integer: 'an integer', number: 'a number', boolean: 'a boolean', array: 'an array', object: 'an object', null: 'null',
};

/** `/objects/3/valid_from` -> `objects[3].valid_from` (after `prefix`, if any). */
export function jsonPath(pointer: string, prefix = ''): string {
  const parts = pointer === '' ? [] : pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), prefix);
}

function child(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** The outermost object node on the way to `pointer` that answers for its subtree, with its pointer. */
function answeringAncestor(root: Node, pointer: string): { node: Node; pointer: string } | undefined {
  const parts = pointer === '' ? [] : pointer.split('/').slice(1);
  let node: Node | undefined = root;
  let at = '';
  for (const part of parts) {
    const props = node.properties as Record<string, Node> | undefined;
    const next: Node | undefined = /^\d+$/.test(part) && node.items ? (node.items as Node) : props?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (!next) return undefined;
    node = next;
    at += `/${part}`;
    if (typeof node.problem === 'string' && node.type === 'object') return { node, pointer: at };
  }
  return undefined;
}

/** A required-only branch's property (`{ required: [k] }`), else undefined. */
function requiredOnly(branch: unknown): string | undefined {
  const b = branch as Node;
  return Array.isArray(b?.required) && b.required.length === 1 && Object.keys(b).length === 1 ? String(b.required[0]) : undefined;
}

/**
 * The problems in ajv's `errors` (compiled with `allErrors` and `verbose`) against `schema`, each
 * once, in ajv's order. `prefix` names the value itself (`claim`, `claims[2]`).
 */
export function schemaProblems(schema: object, errors: readonly ErrorObject[] | null | undefined, prefix = ''): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  const add = (path: string, problem: string) => {
    const line = `${path}: ${problem}`;
    if (seen.has(line)) return;
    seen.add(line);
    out.push({ path, problem });
  };
  for (const e of errors ?? []) {
    if (e.schemaPath.includes('/anyOf/')) continue; // the anyOf error itself says it
    const ancestor = answeringAncestor(schema as Node, e.instancePath);
    if (ancestor) {
      add(jsonPath(ancestor.pointer, prefix), String(ancestor.node.problem));
      continue;
    }
    const at = jsonPath(e.instancePath, prefix);
    const params = e.params as Record<string, unknown>;
    const node = (e.parentSchema ?? {}) as Node;
    switch (e.keyword) {
      case 'required':
        add(child(at, String(params.missingProperty)), 'required');
        break;
      case 'additionalProperties':
        add(child(at, String(params.additionalProperty)), 'unknown property');
        break;
      case 'dependentRequired':
        add(child(at, String(params.missingProperty)), `goes with ${String(params.property)}`);
        break;
      case 'enum':
        add(at, `must be one of ${(params.allowedValues as unknown[]).join(', ')}`);
        break;
      case 'const':
        add(at, `must be '${String(params.allowedValue)}'`);
        break;
      case 'uniqueItems':
        add(at, 'must not repeat values');
        break;
      case 'anyOf': {
        const keys = (node.anyOf as unknown[]).map(requiredOnly);
        if (keys.every((k) => k !== undefined)) add(child(at, keys[0]!), `required (or ${keys.slice(1).join(', ')})`);
        else add(at, typeof node.problem === 'string' ? node.problem : e.message ?? 'invalid');
        break;
      }
      case 'type':
        add(at, typeof node.problem === 'string' ? node.problem : `must be ${TYPE_WORDS[String(params.type)] ?? String(params.type)}`);
        break;
      default:
        add(at, typeof node.problem === 'string' ? node.problem : e.message ?? 'invalid');
    }
  }
  return out;
}

/** A deep copy of `schema` as plain JSON Schema: no `problem` annotations (TypeBox's symbols dropped too). */
export function withoutProblems<T>(schema: T): T {
  return JSON.parse(JSON.stringify(schema, (key, value) => (key === 'problem' && typeof value === 'string' ? undefined : value))) as T;
}

/**
 * `schema` for a Fastify route: Fastify's ajv (draft-07, strict) knows neither `problem` nor
 * draft 2020's `dependentRequired`; the model's own validator checks those after the route's schema.
 */
export function forFastify<T>(schema: T): T {
  return JSON.parse(JSON.stringify(schema, (key, value) =>
    (key === 'problem' && typeof value === 'string') || (key === 'dependentRequired' && typeof value === 'object') ? undefined : value)) as T;
}
