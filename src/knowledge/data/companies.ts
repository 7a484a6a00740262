/**
 * Builds known organisations (identity, class organization) for the companies in company-list.ts,
 * each carrying its sector so that naming the company names the sector.
 */
import { knowledgeId } from '../ids.ts';
import type { KnownEntity } from '../types.ts';
import { COMPANIES } from './company-list.ts';
import { addNamesByLanguage, aliasCollector } from './countries.ts';

export function buildCompanies(): KnownEntity[] {
  return COMPANIES.map((c) => {
    const add = aliasCollector(c.name);
    addNamesByLanguage(add, c.aliases, 'name');
    return {
      id: knowledgeId('identity', 'organization', `company-${c.key}`),
      type: 'identity',
      kind: 'organization',
      name: c.name,
      sector: c.sector,
      aliases: add.done(),
    } satisfies KnownEntity;
  });
}
