import type { EntityProfile } from './types.ts';

/**
 * Spanish words the entity rules need (people, parties, targeted sectors). Spanish has no claim
 * profile yet; when one is added to ../es.ts it takes over and this profile fills only what it lacks.
 */
export const es: EntityProfile = {
  lang: 'es',
  say: [
    'dijo', 'dice', 'afirmó', 'afirma', 'declaró', 'declara', 'aseguró', 'asegura', 'señaló', 'señala', 'indicó', 'indica',
    'explicó', 'añadió', 'subrayó', 'insistió', 'advirtió', 'anunció', 'sostuvo', 'manifestó', 'denunció', 'acusó', 'negó',
    'rechazó', 'reconoció', 'confirmó', 'respondió', 'agregó', 'precisó', 'apuntó', 'escribió', 'pidió', 'instó', 'exigió',
  ],
  sourceBefore: ['según', 'de acuerdo con', 'en palabras de', 'citando a'],
  accuse: ['acus\\p{L}*', 'atribu\\p{L}*', 'responsabiliz\\p{L}*', 'señal\\p{L}* a', 'culp\\p{L}*', 'sancion\\p{L}*'],
  deny: ['neg\\p{L}*', 'rechaz\\p{L}*', 'desmient\\p{L}*', 'desmint\\p{L}*'],
  warn: ['advirt\\p{L}*', 'advierte\\p{L}*', 'alert\\p{L}*'],
  confirm: ['confirm\\p{L}*', 'reconoc\\p{L}*', 'admit\\p{L}*'],
  callFor: ['inst\\p{L}*', 'pid\\p{L}*', 'exig\\p{L}*', 'llam\\p{L}* a'],
  hostile: [
    'objetivos?', 'víctimas?', 'ciberataques?', 'ataques?', 'atac\\p{L}*', 'hacke\\p{L}*', 'hackers?', 'piratas? informáticos?',
    'intrusi(?:ón|ones)', 'espionaje', 'ciberespionaje', 'espi(?:ar|ó|aron|aba|aban)', 'infiltr\\p{L}*', 'comprometi\\p{L}*',
    'sabotaje', 'malware', 'ransomware', 'robo', 'rob(?:ar|ó|aron)', 'sustra\\p{L}*', 'filtra\\p{L}*', 'vulner\\p{L}*',
    'apunt\\p{L}* contra', 'contra', 'interferencia', 'injerencia', 'denegación de servicio', 'DDoS', 'secuestr\\p{L}*',
    'interrump\\p{L}*', 'interrupci(?:ón|ones)', 'apagón', 'afect\\p{L}*', 'golpe\\p{L}*',
  ],
  threat: ['amenaz\\p{L}*', 'paraliz\\p{L}*', 'infectad\\p{L}*', 'caíd[oa]s?', 'fuera de servicio', 'cifrad[oa]s?', 'filtrad[oa]s?', 'robad[oa]s?', 'acceso a', 'DDoS'],
  roles: [
    'portavoz', 'ministr[oa]', 'ministr[oa] de \\p{L}+(?: \\p{L}+)?', 'secretari[oa]', 'director[a]?', 'directora', 'asesor[a]?',
    'embajador[a]?', 'presidente', 'presidenta', 'primer[a]? ministr[oa]', 'canciller', 'jef[ea]', 'responsable', 'diplomático',
    'diplomática', 'coordinador[a]?', 'fiscal(?: general)?', 'senador[a]?', 'diputad[oa]', 'comandante', 'general', 'vocero', 'vocera',
    'alto representante', 'alta representante', 'vicepresidente', 'vicepresidenta', 'investigador[a]?', 'analista', 'experto', 'experta',
  ],
  honorifics: ['Sr\\.', 'Sra\\.', 'señor', 'señora', 'don', 'doña'],
  orgWords: ['ministerio', 'agencia', 'centro', 'instituto', 'universidad', 'empresa', 'compañía', 'consejo', 'partido', 'embajada', 'guardia', 'policía', 'gobierno'],
  sectorHeads: ['sectores?', 'instituciones', 'empresas', 'organismos', 'entidades', 'redes', 'infraestructuras?', 'objetivos'],
  reportWords: ['inform\\p{L}*', 'public\\p{L}*', 'revel\\p{L}*', 'report\\p{L}*', 'escribió', 'cit\\p{L}*'],
  interview: ['(?:dijo|declaró|contó|aseguró) a', 'entrevista (?:con|a)', 'en declaraciones a', 'consultad[oa] por'],
  pairBefore: ['(?:los )?dos', 'ambos'],
  pairAfter: ['de (?:los )?dos países', 'de ambos países'],
};
