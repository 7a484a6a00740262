/**
 * Builds known entities for threat groups, state organisations and state-used software from the
 * curated lists in group-list.ts.
 */
import { knowledgeId, slugKey } from '../ids.ts';
import type { KnownAlias, KnownEntity } from '../types.ts';
import { addNamesByLanguage, aliasCollector } from './countries.ts';
import { GROUPS, ORGANIZATIONS, SOFTWARE, type GroupSpec } from './group-list.ts';
import { STATE_AGENCIES } from './state-agencies.ts';

const ATTACK = 'MITRE ATT&CK';

export function groupEntity(spec: GroupSpec): KnownEntity {
  const type = spec.type ?? 'intrusion-set';
  const add = aliasCollector(spec.name);
  for (const n of spec.attack ?? []) add({ name: n, source: ATTACK, form: 'name' });
  for (const [source, names] of Object.entries(spec.same ?? {})) {
    for (const n of names) add({ name: n, ...(source === 'common' ? {} : { source }), form: 'name' });
  }
  for (const [lang, names] of Object.entries(spec.names ?? {})) for (const n of names ?? []) add({ name: n, lang, form: 'name' });
  const aliases: KnownAlias[] = add.done();
  // Overlaps are kept even when the same string is a 'same' alias elsewhere: they never merge.
  for (const [source, names] of Object.entries(spec.overlap ?? {})) {
    for (const n of names) aliases.push({ name: n, source, relation: 'overlap', form: 'name' });
  }
  return {
    id: knowledgeId(type, 'group', slugKey(spec.name)),
    type,
    kind: 'group',
    name: spec.name,
    ...(spec.g ? { attackId: spec.g } : {}),
    aliases,
    ...(spec.c ? { attributedTo: (spec.by ?? ['OpsTrack']).map((source) => ({ country: spec.c!, source, ...(spec.org ? { organization: spec.org } : {}) })) } : {}),
    ...(spec.d ? { description: spec.d } : {}),
  };
}

export function buildGroups(): KnownEntity[] {
  const groups = GROUPS.map(groupEntity);
  const orgs: KnownEntity[] = [...ORGANIZATIONS, ...STATE_AGENCIES].map((o) => {
    const add = aliasCollector(o.name);
    addNamesByLanguage(add, o.aliases);
    return {
      id: knowledgeId('identity', 'organization', o.key),
      type: 'identity',
      kind: 'organization',
      name: o.name,
      aliases: add.done(),
      attributedTo: [{ country: o.c, source: 'OpsTrack' }],
    };
  });
  const software: KnownEntity[] = SOFTWARE.map((s) => {
    const type = s.tool ? 'tool' : 'malware';
    const add = aliasCollector(s.name);
    for (const n of s.aliases ?? []) add({ name: n, ...(s.s ? { source: ATTACK } : {}), form: 'name' });
    for (const [lang, names] of Object.entries(s.names ?? {})) for (const n of names ?? []) add({ name: n, lang, form: 'name' });
    return {
      id: knowledgeId(type, 'software', slugKey(s.name)),
      type,
      kind: 'software',
      name: s.name,
      ...(s.s ? { attackId: s.s } : {}),
      aliases: add.done(),
      ...(s.d ? { description: s.d } : {}),
      ...(s.by ? { usedBy: s.by } : {}),
    };
  });
  return [...groups, ...orgs, ...software];
}
