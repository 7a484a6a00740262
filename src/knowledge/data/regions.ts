/**
 * World regions as STIX `location` objects with a `region` (region-ov). They matter to extraction
 * mostly as longer names that keep a country from being read inside them: "North America" is not
 * the United States, "Bắc Mỹ" is not "Mỹ", "Amérique latine" is not "Amérique".
 */
import { knowledgeId } from '../ids.ts';
import type { KnownEntity } from '../types.ts';
import { aliasCollector } from './countries.ts';

interface RegionSpec {
  /** STIX region-ov value. */
  region: string;
  name: string;
  names: Partial<Record<'en' | 'vi' | 'zh' | 'ru' | 'fr' | 'de' | 'es', string[]>>;
}

const REGIONS: RegionSpec[] = [
  { region: 'northern-america', name: 'North America', names: { en: ['North America', 'Northern America'], vi: ['Bắc Mỹ'], zh: ['北美', '北美洲'], ru: ['Северная Америка', 'Северной Америки', 'Северной Америке', 'Северную Америку'], fr: ['Amérique du Nord'], de: ['Nordamerika'], es: ['América del Norte', 'Norteamérica'] } },
  { region: 'south-america', name: 'South America', names: { en: ['South America'], vi: ['Nam Mỹ'], zh: ['南美', '南美洲'], ru: ['Южная Америка', 'Южной Америки', 'Южной Америке', 'Южную Америку'], fr: ['Amérique du Sud'], de: ['Südamerika'], es: ['América del Sur', 'Sudamérica'] } },
  { region: 'central-america', name: 'Central America', names: { en: ['Central America'], vi: ['Trung Mỹ'], zh: ['中美洲'], ru: ['Центральная Америка', 'Центральной Америки', 'Центральной Америке'], fr: ['Amérique centrale'], de: ['Mittelamerika', 'Zentralamerika'], es: ['América Central', 'Centroamérica'] } },
  { region: 'latin-america-caribbean', name: 'Latin America', names: { en: ['Latin America'], vi: ['Mỹ Latinh', 'Mỹ La-tinh'], zh: ['拉丁美洲', '拉美'], ru: ['Латинская Америка', 'Латинской Америки', 'Латинской Америке', 'Латинскую Америку'], fr: ['Amérique latine'], de: ['Lateinamerika'], es: ['América Latina', 'Latinoamérica'] } },
  { region: 'americas', name: 'Americas', names: { en: ['the Americas'], vi: ['châu Mỹ'], zh: ['美洲'], ru: ['обе Америки'], fr: ['les Amériques', 'continent américain'], de: ['Amerikas'], es: ['las Américas'] } },
];

export function buildRegions(): KnownEntity[] {
  return REGIONS.map((r) => {
    const add = aliasCollector(r.name);
    for (const [lang, names] of Object.entries(r.names)) for (const n of names ?? []) add({ name: n, lang, source: 'OpsTrack', form: 'name' });
    return {
      id: knowledgeId('location', 'region', r.region),
      type: 'location',
      kind: 'region',
      name: r.name,
      region: r.region,
      aliases: add.done(),
    } satisfies KnownEntity;
  });
}
