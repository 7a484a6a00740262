/**
 * Builds the OpenAPI 3.1 document from the routes' own JSON Schemas, gathered by an onRoute hook:
 * the schema that validates a request is the one that documents it, so they cannot drift.
 */
import type { RouteOptions } from 'fastify';

declare module 'fastify' {
  interface FastifySchema {
    tags?: readonly string[];
    summary?: string;
    description?: string;
    operationId?: string;
    /** Media types the route takes, when more than JSON. */
    consumes?: readonly string[];
    /** The documented body of a route that parses its body itself (multipart uploads). */
    openapiBody?: unknown;
  }
}

export interface RouteRecord {
  method: string;
  url: string;
  schema: Record<string, unknown>;
  isPublic: boolean;
}

type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; required?: string[] };

const DOC_KEYS = ['summary', 'description', 'tags', 'operationId', 'deprecated'];

export function recordRoute(route: RouteOptions): RouteRecord[] {
  const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
  const isPublic = (route.config as { public?: boolean } | undefined)?.public === true;
  return methods.map((method) => ({ method, url: route.url, schema: (route.schema ?? {}) as Record<string, unknown>, isPublic }));
}

function parameters(where: 'path' | 'query', schema: Schema | undefined): unknown[] {
  if (!schema?.properties) return [];
  return Object.entries(schema.properties).map(([name, s]) => {
    const { description, ...rest } = s;
    const param: Record<string, unknown> = { name, in: where, required: where === 'path' || (schema.required ?? []).includes(name), schema: rest };
    if (description) param.description = description;
    if (rest.type === 'array') Object.assign(param, { style: 'form', explode: true });
    return param;
  });
}

function operationId(method: string, path: string): string {
  const words = path.replace(/^\/api\//, '').split(/[/{}:_-]+/).filter(Boolean);
  return [method.toLowerCase(), ...words.map((w) => w.charAt(0).toUpperCase() + w.slice(1))].join('');
}

export function buildOpenApi(routes: RouteRecord[], info: { title: string; version: string }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of [...routes].sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method))) {
    const path = r.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const s = r.schema as Record<string, Schema | undefined>;
    const op: Record<string, unknown> = {};
    for (const key of DOC_KEYS) if (s[key] !== undefined) op[key] = s[key];
    op.operationId ??= operationId(r.method, path);
    const params = [...parameters('path', s.params), ...parameters('query', s.querystring)];
    if (params.length) op.parameters = params;
    const body = s.body ?? s.openapiBody;
    if (body) {
      const consumes = ((s as Record<string, unknown>).consumes as string[] | undefined) ?? ['application/json'];
      const content: Record<string, unknown> = {};
      for (const type of consumes) {
        content[type] = type === 'multipart/form-data'
          ? { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', contentMediaType: 'application/json' } } } }
          : { schema: body };
      }
      op.requestBody = { required: true, content };
    }
    const responses: Record<string, unknown> = {};
    for (const [status, schema] of Object.entries((s.response ?? {}) as Record<string, Schema>)) {
      const description = (schema.description as string | undefined) ?? (status.startsWith('2') ? 'Success' : 'Error');
      responses[status] = schema.type === 'null' ? { description } : { description, content: { 'application/json': { schema } } };
    }
    if (!Object.keys(responses).length) responses['200'] = { description: 'Success' };
    op.responses = responses;
    op.security = r.isPublic ? [] : [{ bearer: [] }, { basic: [] }, { session: [] }];
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: { ...info, description: 'The OpsTrack JSON API. Every read is filtered by the caller\'s TLP 2.0 visibility.' },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An API token from `opstrack token create USER` or POST /api/tokens.' },
        basic: { type: 'http', scheme: 'basic' },
        session: { type: 'apiKey', in: 'cookie', name: 'opstrack_session', description: 'From POST /api/session; writes also need the `X-OpsTrack-CSRF` header.' },
      },
    },
  };
}
