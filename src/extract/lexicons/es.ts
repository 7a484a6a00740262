import type { CueLexicon } from './types.ts';

/** Perfect and periphrastic past: "ha dicho", "han afirmado", "había señalado". */
const PF = '(?:ha|han|había|habían|hemos)\\s+';

export const es: CueLexicon = {
  lang: 'es',
  say: [
    `${PF}(?:dicho|declarado|afirmado|señalado|indicado|asegurado|explicado|subrayado|añadido|manifestado|sostenido|insistido|anunciado|informado|revelado|precisado|recordado|concluido|determinado|evaluado)`,
    'dijo', 'dice', 'dicen', 'dijeron', 'declaró', 'declara', 'declararon', 'afirmó', 'afirma', 'afirman', 'afirmaron',
    'señaló', 'señala', 'señalaron', 'indicó', 'indica', 'aseguró', 'asegura', 'aseguraron', 'explicó', 'subrayó',
    'añadió', 'agregó', 'manifestó', 'sostuvo', 'sostiene', 'insistió', 'anunció', 'anuncia', 'anunciaron', 'informó',
    'informa', 'reveló', 'revelaron', 'precisó', 'recordó', 'advirtió', 'concluyó', 'concluye', 'determinó', 'estimó',
    'estima', 'considera', 'consideró', 'expresó', 'comunicó', 'publicó', 'detalló', 'evalúa', 'evaluó', 'sostienen',
    'reiteró', 'apuntó', 'destacó', 'enfatizó',
  ],
  sourceBefore: ['según', 'de acuerdo con', 'citando a', 'en palabras de'],
  accuse: [
    'acus(?:a|an|ó|aron|ado|ada|ados|adas|ando|aba|aban)', 'responsabiliz\\p{L}*', 'atribu(?:ye|yen|yó|yeron|ido|ida|idos|idas)',
    'culp(?:a|an|ó|aron)', 'señal(?:ó|a|aron) como responsable', 'vincul(?:a|an|ó|aron|ado|ada)', 'relaciona(?:n|do|da)?',
    'imput(?:a|ó|ado|ada)', 'conden(?:a|ó|aron|an)', 'sancion(?:a|ó|aron|ado|ada|ados)', 'impuso sanciones', 'impusieron sanciones',
    'imputó', 'acusación formal', 

  ],
  anaphora: ['esto', 'eso', 'est(?:e|a|os|as)', 'es(?:e|a|os|as)', 'dichas? acusaci(?:ón|ones)', 'tales acusaciones', 'las acusaciones', 'el grupo', 'el ataque', 'la campaña'],
  blame: ['(?:está|estaba|están|estaban|estaría|estarían|estar) detrás', '(?:es|era|son|eran|sería|serían|fue|fueron) (?:\\p{L}+ ){0,2}?responsables? del?', 'autor(?:es)? de'],
  passive: ['fue', 'fueron', 'sido', 'es', 'son', 'era', 'eran'],
  accuseNoun: ['acusaci(?:ón|ones)', 'alegaci(?:ón|ones)', 'afirmaci(?:ón|ones)', 'señalamientos?', 'atribuci(?:ón|ones)'],
  deny: [
    'neg(?:ó|aron|a|ado)', 'rechaz(?:a|an|ó|aron|ado|ando)', 'desmient(?:e|en)', 'desmintió', 'desmintieron', 'refut(?:a|ó|aron)',
    'nos oponemos firmemente', 'se opone firmemente', 'nada que ver', 'ninguna relación', 'no tiene(?:n)? relación',
    'no está(?:n)? implicad\\p{L}*', 'no ha participado', 'no tiene conocimiento', 'descart(?:a|ó|aron)',
  ],
  denyQualifier: [
    'infundad\\p{L}*', 'sin fundamento', 'sin pruebas', 'sin ninguna prueba', 'ninguna prueba', 'calumni\\p{L}*', 'difam\\p{L}*',
    'desinformación', 'falsas?', 'sin base',
  ],
  warn: [
    'advirt(?:ió|ieron|e|en)', 'advierte', 'advierten', 'alert(?:a|ó|an|aron)', 'consecuencias', 'responderá', 'responderemos',
    'tomará las medidas', 'tomaremos medidas', 'no tolerar\\p{L}*', 'represalias', 'disuadir', 'rendir cuentas',
  ],
  callFor: [
    'inst(?:a|amos|ó|aron|an) a', 'ped(?:ir|imos)', 'pid(?:e|en|ió|ieron)', 'exig(?:e|en|ió|ieron|imos)', 'exhort(?:a|ó|amos|aron)',
    'llam(?:a|ó|amos|aron) a', 'inst(?:a|ó|amos) al', 'deje de', 'dejen de', 'cese', 'cesar', 'diálogo',
  ],
  confirm: ['confirm(?:a|ó|an|aron|ado)', 'reconoc(?:e|ió|ieron|en)', 'admit(?:e|ió|ieron)'],
  hostile: [
    'objetivos?', 'víctimas?', 'blancos?',
    'ciberataques?', 'ataques?', 'atac(?:ó|aron|ado|ada|ar)', 'hackers?', 'pirat\\p{L}*', 'hacke(?:o|ado|ada|aron|ó)', 'intrusi(?:ón|ones)',
    'espionaje', 'ciberespionaje', 'espi(?:ar|ó|aron)', 'infiltr\\p{L}*', 'sabotaje', 'injerencia', 'interferencia', 'intercept\\p{L}*',
    'rob(?:ar|ó|aron|o)', 'sustra(?:jo|jeron|er)', 'malware', 'ransomware', 'comprometi(?:ó|eron|do|da|dos|das)', 'vulner(?:ó|aron)',
    'irrumpi\\p{L}*', 'penetr(?:ó|aron|ar)', 'campaña', 'operaci(?:ón|ones) contra', 'culpables?', 'autores? del ataque',
  ],
  similar: ['similares?', 'asimismo', 'cofirm\\p{L}*', 'se sum(?:ó|aron|an|a)', 'se unieron', 'respald(?:ó|aron|a|an)', 'suscrib\\p{L}*', 'apoy(?:ó|aron) (?:esta|esa|la)'],
  modal: ['debe', 'deben', 'debería', 'deberían', 'tiene que', 'tienen que'],
  victim: ['contra', 'sobre', 'dirigid[oa]s? (?:a|contra)', 'víctimas? de'],
  linkedTo: ['vinculad[oa]s? (?:a|al|con)', 'ligad[oa]s? a', 'respaldad[oa]s? por', 'patrocinad[oa]s? por', 'al servicio de', 'que trabaja(?:n)? para', 'por cuenta de', 'relacionad[oa]s? con'],
  possessive: ['del', 'de la', 'de los', 'de las'],
  personPronouns: ['él', 'ella'],
  selfRefs: ['nosotros'],
  backRefs: [
    'el ministerio', 'la cancillería', 'el portavoz', 'la portavoz', 'el ministro', 'la ministra', 'el embajador', 'la embajada',
    'el gobierno', 'la agencia', 'el comunicado', 'la empresa', 'la compañía', 'el diplomático', 'el funcionario', 'ellos',
  ],
  roles: [
    'portavoz', 'ministr[oa]', 'canciller', 'secretari[oa]', 'director(?:a)?', 'asesor(?:a)?', 'embajador(?:a)?', 'president(?:e|a)',
    'primer(?:a)? ministr[oa]', 'jefe', 'jefa', 'vicepresident(?:e|a)', 'viceministr[oa]', 'fiscal', 'diplomático', 'funcionari[oa]',
    'coordinador(?:a)?', 'comandante', 'general', 'senador(?:a)?', 'diputad[oa]', 'responsable',
  ],
  honorifics: ['Sr\\.', 'Sra\\.', 'señor', 'señora', 'don', 'doña'],
  continuation: ['además', 'asimismo', 'también', 'por otra parte', 'en segundo lugar', 'por último', 'finalmente', 'lo que es más'],
  noComment: ['no respondió', 'no ha respondido', 'declinó comentar', 'rehusó comentar', 'no quiso comentar', 'sin comentarios', 'no ha comentado', 'no hizo comentarios'],
  coordinators: ['y', 'e', 'así como', 'junto con', 'el', 'la', 'los', 'las'],
  locative: ['en'],
  threat: ['amenazas?', 'amenaz\\p{L}+'],
  sectorHeads: ['sectores?', 'instituciones', 'empresas', 'entidades', 'organismos', 'redes', 'infraestructuras?', 'compañías'],
  reportWords: ['inform\\p{L}*', 'public\\p{L}*', 'revel\\p{L}*', 'cit\\p{L}*', 'escrib\\p{L}*', 'reportó'],
  interview: ['entrevista con', 'en declaraciones a', 'dijo a', 'declaró a', 'afirmó a'],
  pairBefore: ['ambos', 'ambas', '(?:los )?dos'],
  pairAfter: ['de (?:ambos|los dos) países'],
  orgWords: ['ministerio', 'agencia', 'centro', 'oficina', 'departamento', 'empresa', 'compañía', 'universidad', 'partido', 'embajada', 'instituto', 'consejo', 'comisión', 'gobierno'],
};
