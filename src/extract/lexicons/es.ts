import type { CueLexicon } from './types.ts';

/** Perfect and periphrastic past: "ha dicho", "han afirmado", "había señalado". */
const PF = '(?:ha|han|había|habían|hemos)\\s+';

/** "Volver a" + infinitive, the act done again ("ha vuelto a acusar", "volvió a negar"): the infinitive carries the stance. */
const AGAIN = '(?:vuelv(?:e|en)|volv(?:ió|ieron|ía|ían|erá|erán)|vuelto) a';
/** "Seguir"/"continuar" + gerund, the act kept up ("sigue negando", "continuó rechazando"). */
const STILL = '(?:sigu(?:e|en|ió|ieron)|continú(?:a|an)|continu(?:ó|aron))';

/** Acts whose long phrase may stand between "detrás de" and its verb ("detrás del ataque contra ... en 2019 estaba X"). */
const BEHIND_ACTS = '(?:ciber)?ataques?|hackeos?|intrusi(?:ón|ones)|filtraci(?:ón|ones)|campañas?|operaci(?:ón|ones)|incidentes?|sabotajes?';

/** Threat predicates: their subject is the threat warned of (threatPredicate below); also warning cues. */
// Threatening a party with a consequence: "amenazó a X con sanciones" (profile `threatensParty`).
const THREATENS_PARTY = ['amenaz(?:ó|aron|a|an|aba|aban|ado) (?:a|al) (?:\\S+ ){0,3}?con (?:\\p{L}+ ){0,2}?(?:sanciones|represalias|medidas|consecuencias|respuesta|contramedidas|acciones)(?!\\p{L})'];
const THREAT_PREDICATE = ['(?:es|son|era|eran|sigue siendo|siguen siendo|representa\\p{L}*|supone\\p{L}*|constituye\\p{L}*) (?:\\p{L}+ ){0,3}?(?:amenazas?|peligro)(?!\\p{L})', '(?:es|son) (?:\\p{L}+ ){0,2}?fuente de amenazas'];

/** Not ruling out that ...: a hedged finding whose negation is the hedge's own (profile `notRuledOut`). */
const NOT_RULED_OUT = ['no (?:se |lo )?descart(?:a|ó|aron|an|aba)', 'no (?:puede|pueden|podía|pudo) descartar'];

/** What is traced to the accused: the act, its traffic, its infrastructure or tools (pointsTo). */
/** Condemned objects that are no act of the accused: a decision, a policy, a law, sanctions or measures (the condemnation cues' negative lookahead). */
const NON_ACTS = 'decisi(?:ón|ones)|polític(?:a|as)|leyes|ley|sanciones|medidas|prohibici(?:ón|ones)|expulsi(?:ón|ones)|sentencias?|fallos?';
const NOT_NON_ACT = `(?![»"”]? (?:[\\p{L}-]+ ){0,2}?(?:${NON_ACTS})(?!\\p{L}))`;

const TRACED = 'ataques?|ciberataques?|intrusi(?:ón|ones)|operaci(?:ón|ones)|campañas?|actividad(?:es)?|tráfico|infraestructuras?|servidores?|direcciones IP|dominios?|malware|hackeos?';
/** Source markers naming an investigation's finding, not who made it (`findingSources`). */
const FINDING_SOURCES = ['según (?:las|la) (?:investigaci(?:ón|ones)|pesquisas?)', 'según (?:los )?(?:primeros )?(?:resultados|indicios|hallazgos) de la (?:investigación|pesquisa)', 'según los investigadores'];

/** Source markers pointing back to the clause before (`sourceBack`). */
const SOURCE_BACK = ['(?:según|de acuerdo con) (?:el|la|los|las|lo) cual(?:es)?'];

/** Verbs of ceasing among the cues of a call: what a call asks ("urged X to cesar", "X should cesar"); alone, the act of their subject (claims/own-cessation.ts). */
const CEASE_CALLS = ['deje de', 'dejen de', 'cese', 'cesar'];
/**
 * Verbs of stopping an act (thwarting, repelling, neutralising), active: as with a discovery verb, the one who
 * stopped the act tells of it. Whose hit it was, claims/rules/reported-hit.ts decides from the words after it
 * (its own systems: a confirmation; another's: none). The passive ("was thwarted") names no defender.
 */
const DEFENCE_VERBS = ['(?<!(?:fue|fueron|ha sido|han sido) )(?:frustr(?:ó|aron)|repeli(?:ó|eron)|neutraliz(?:ó|aron)|desbarat(?:ó|aron))', `${PF}(?:frustrado|repelido|neutralizado|desbaratado)`];

/** Objects of a verb that rejects only when it has an accusation or a report as its object ("desestimó las acusaciones"). */
const ACCUSATION_OBJECTS = 'acusaci|señalamient|alegaci|imputaci|afirmaci|informe|versión|denuncia';

/** Qualifiers naming a report a sham: denials that carry the report they rebut. */
const SHAM_REPORTS = ['(?:pseudo-?|seudo-?)(?:investigaci(?:ón|ones)|informes?)'];

// Threats of a response to a hostile party (profile `responseThreat`): a consequence, a price, accountability or a
// response promised, "tendrá consecuencias", "no quedarán impunes", "pagarán un alto precio". Warning cues whose party is the one threatened.
const RESPONSE_THREAT = [
    'consecuencias', 'no quedará sin respuesta', 'pedir(?:emos|á|án)? cuentas', 'rendir cuentas', 'har(?:é|emos|á|án) (?:\\p{L}+ ){0,2}?responsables?',
    'no quedar(?:á|án|ía|ían) sin respuesta', 'no quedar(?:á|án|ía|ían) impunes?', 'pagar(?:á|án) (?:un |el )?(?:\\p{L}+ )?precio(?!\\p{L})',
];

export const es: CueLexicon = {
  lang: 'es',
  functionWords: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'a', 'al', 'por', 'con', 'una', 'es', 'se', 'su'],
  closedClass: ['como', 'según', 'cuando', 'mientras', 'aunque', 'así', 'también', 'además', 'asimismo', 'pero', 'porque', 'pues', 'donde', 'luego', 'entonces', 'tras', 'ante', 'desde', 'hasta', 'ya', 'sin', 'conforme', 'tal', 'igualmente', 'ayer', 'hoy'],
  distinctLetters: ['ñ', '¿', '¡', 'á', 'í', 'ó', 'ú'],
  notRuledOut: NOT_RULED_OUT,
  say: [...NOT_RULED_OUT, ...DEFENCE_VERBS, 'detect(?:ó|aron)', 'identific(?:ó|aron)', 'recuerda(?:n)?(?= que)',
    // Findings: the one who discovered speaks ("X descubrió que ...", "X ha descubierto una vulnerabilidad explotada por ...").
    'descubri(?:ó|eron)', 'descubierto',
    // Counting attacks received: "el ministerio registró 300 ataques contra sus portales".
    'registr(?:ó|aron)', 'contabiliz(?:ó|aron)', 'encontr(?:ó|aron)', 'hall(?:ó|aron)',
    // Characterising an actor: "X describe al grupo como vinculado a Y".
    'describ(?:e|en|ió|ieron|ía|ían)(?= (?:\\S+ ){0,4}?como(?!\\p{L}))',
    'tiene(?:n)? (?:constancia|conocimiento) de', 'repitió', 'repite', 'reiteraron', 'reitera', 'denunci(?:ó|a|aron|an)', 'sostuvo', 'calific(?:ó|a|aron) (?:de|como)', 'evaluamos', 'estimamos', 'consideramos', 'concluy(?:ó|eron|e)', 'ha publicado', 'publicaron', 'reivindic\\p{L}*', 
    `${PF}(?:dicho|declarado|afirmado|señalado|indicado|asegurado|explicado|subrayado|añadido|manifestado|sostenido|insistido|anunciado|informado|revelado|precisado|recordado|concluido|determinado|evaluado|calificado|tachado|denunciado)`,
    'dijo', 'dice', 'dicen', 'dijeron', 'declaró', 'declara', 'declararon', 'afirmó', 'afirma', 'afirman', 'afirmaron',
    'señaló', 'señala', 'señalaron', 'indicó', 'indica', 'aseguró', 'asegura', 'aseguraron', 'explicó', 'subrayó',
    'añadió', 'agregó', 'manifestó', 'sostuvo', 'sostiene', 'insistió', 'anunció', 'anuncia', 'anunciaron', 'inform(?:ó|aron)',
    // Publishing a finding, the voice of a news outlet above all: "el diario X difundió que ...", "la revista Y desveló que ...".
    '(?:difund|desvel|divulg)(?:ió|ó|ieron|aron)(?= (?:\\S+ ){0,2}?que)',
    'informan?', 'reveló', 'revelaron', 'precisó', 'recordó', 'advirtió', 'concluyó', 'concluye', 'determinó', 'estimó',
    'estima', 'considera', 'consideró', 'expresó', 'comunicó', 'publicó', 'detalló', 'evalúa', 'evaluó', 'sostienen',
    'reiteró', 'apuntó', 'destacó', 'enfatizó', 'añaden', 'agregan', 'añadieron', 'agregaron', 'concluimos', 'creemos', 'atribuimos', 'vinculamos', 'observamos', 'hemos (?:observado|detectado|identificado|atribuido|vinculado)',
    // Speaking of an act rather than stating a clause: "X habló de ataques rusos", "X se refirió a", "X aludió a".
    // Characterising, the object between verb and qualifier: "X calificó las acusaciones de infundadas", "X tachó el informe de".
    'calific(?:ó|a|an|aron|aba|aban)', 'tach(?:ó|a|an|aron)', 'tild(?:ó|a|an|aron)',
    'habl(?:ó|a|an|aron|aba|aban) de', 'se refiri(?:ó|eron) a', 'alud(?:ió|ieron|e|en) a',
    // Stressing, arguing, raising, establishing: "X recalcó que ...", "X alegó que ...", "X constató que ...".
    'recalc(?:ó|a|an|aron)', 'puntualiz(?:ó|a|an|aron)', 'remarc(?:ó|a|an|aron)', 'argument(?:ó|a|an|aron)(?= que)', 'aleg(?:ó|a|an|aron)(?= que)',
    'plante(?:ó|a|an|aron)(?= que)', 'acot(?:ó|a|aron)(?= que)', 'constat(?:ó|a|an|aron)', 'comprob(?:ó|aron)(?= que)',
    '(?:dio|dieron|da|dan) a conocer(?= que)',
    // Learning of it: "X ha tomado conocimiento de que Y habría ...", "X tuvo conocimiento de que ...".
    '(?:(?:ha|han|había|habían|hemos) tomado|tom(?:ó|aron|a|an|amos)|tuvo|tuvieron) conocimiento(?=,? (?:\\S+ ){0,24}?de que)',
    // Believing, judging and assessing a finding in the forms the list above lacks: "X cree que ...", "X consideran que ...",
    // "X juzga que ..." (only before the clause: "estiman los daños en", "creemos en el diálogo" hold no finding).
    'cre(?:e|en|ía|ían)(?= que(?!\\p{L}))', 'consider(?:an|aba|aban)(?= que(?!\\p{L}))', 'estim(?:an|aba|aban)(?= que(?!\\p{L}))', 'juzg(?:a|an|ó|aron)(?= que(?!\\p{L}))',
  ],
  sourceBefore: ['según', 'como (?:revel(?:ó|aron)|desvel(?:ó|aron)|inform(?:ó|aron|a|an)|señal(?:ó|aron)|indic(?:ó|aron)|afirm(?:ó|aron)|explic(?:ó|aron)|precis(?:ó|aron)|detall(?:ó|aron)|(?:ha|han) (?:informado|señalado|indicado|revelado|afirmado|explicado))', 'de acuerdo con', 'de acuerdo al?', 'a decir del?', 'citando a', 'en palabras de', 'a juicio del?', 'en opinión del?', 'a criterio del?', 'en la (?:evaluación|valoración) del?', ...FINDING_SOURCES, ...SOURCE_BACK],
  findingSources: FINDING_SOURCES,
  sourceBack: SOURCE_BACK,
  accuse: [
    // Repudiar o deplorar un acto cuyo autor sigue (como "condenó"): "repudió el ataque realizado por X", "repudia el
    // ataque de X". Solo con un acto por objeto; con una acusación por objeto, "repudiar" niega (deny).
    `(?:repudi(?:a|an|ó|aron)|(?:ha|han|había|habían) repudiado|deplor(?:a|an|ó|aron))(?= (?:\\S+ ){0,3}?(?:${TRACED})(?!\\p{L}))`,
    // The act traced to the accused by the subject: "la agencia rastreó el ataque hasta X" (the act right before "hasta";
    // not the passive or the impersonal "se": "fue rastreado hasta", "se rastreó", evidence in pointsTo).
    `(?<!(?:fue|fueron|ha sido|han sido|sido|es|son|era|eran|se) )rastre(?:ó|aron|a|an|aba|aban|ado) (?:\\S+ ){0,4}?(?:${TRACED})\\S* (?:(?:de|del|contra) (?:\\S+ ){1,3}?)?hasta(?!\\p{L})`,
    `${AGAIN} (?:acusar|culpar|responsabilizar|señalar a)(?!\\p{L})`,
    // Naming the culprit: "identificó a Rusia como responsable", "señaló a X como autor".
    '(?:identific|señal)(?:ó|aron|a|an) (?:[\\p{L}\\p{N}-]+ ){1,5}?como (?:el |la |los |las )?(?:responsables?|autor(?:es)?|culpables?)(?!\\p{L})',
   
    // Suspicion of a named party: "sospechan que Rusia está detrás", "sospecha de Rusia".
    'sospech(?:a|an|aba|aban|ó|aron) (?:que|de|del)(?!\\p{L})',
   'acusaci(?:ón|ones)(?: formal(?:es)?)? contra', 'ofrec(?:e|en|ió|ieron|ía) (?:una )?recompensas? por (?:información|datos) (?:sobre|de)', `denunci(?:ó|a|aron|an)${NOT_NON_ACT}`, 'acus(?:ó|aron) formalmente', 'present(?:ó|aron|a) cargos(?: (?:penales |formales )?contra)?', 'cargos (?:penales |formales )?contra', 
    'acus(?:a|an|ó|aron|ado|ada|ados|adas|ando|aba|aban)', 'responsabiliz\\p{L}*', '(?:hizo|hicieron|hace|hacen|considera|consideran|consideró|consideraron) (?:\\S+ ){0,4}?responsables?', 'atribu(?:ye|yen|yó|yeron|ido|ida|idos|idas)',
    'culp(?:a|an|ó|aron)', 'señal(?:ó|a|aron) como responsable',
    // Blaming and charging in the verbs and tenses wire copy uses beside those above: "achacó el ataque a X",
    // "culpabilizó a X", "ha culpado", "culpaba", "atribuía", "atribuirá", "ligó el ataque a X", "inculpó a X".
    'achac(?:a|an|ó|aron|aba|aban|ado|ada|ados|adas)', 'culpabiliz\\p{L}*', 'culp(?:aba|aban|ado|ada|ados|adas)',
    'atribu(?:ía|ían|irá|irán|iría|irían)', 'lig(?:ó|aron)', 'inculp(?:a|an|ó|aron)', 'incrimin(?:a|an|ó|aron)', 'vincul(?:a|an|ó|aron)', 'relaciona(?:n)?',
    // Association in the active, its object before the party: "X asocia la campaña con Rusia", "han asociado a Y al grupo Z"
    // (not the reflexive "se asocia con", partnering).
    '(?<!se )(?:asoci(?:a|an|ó|aron)|(?:ha|han|había|habían) asociado) (?:[\\p{L}\\p{N}’\'-]+ ){1,6}?(?:con|al?)(?!\\p{L})',
    // The participle accuses in the passive ("fue vinculado a X"); in apposition ("el grupo X, vinculado a China") it ties an actor to its sponsor.
    // Hedging adverbs may stand between the copula and the participle ("estaba muy probablemente vinculado a X"): the
    // literal comes first, the look-behind after it.
    '(?:vinculad|relacionad)[oa]s?(?<=(?<!\\p{L})(?:es|son|fue|fueron|sido|era|eran|está|están|estaba) (?:(?:muy|más|casi|bastante|\\p{L}+mente) ){0,3}(?:vinculad|relacionad)[oa]s?)',
    // ... and one of association in the passive with its agent: "la campaña fue asociada por X al grupo Y".
    'asociad[oa]s?(?<=(?<!\\p{L})(?:es|son|fue|fueron|sido|era|eran|está|están|estaba) (?:\\p{L}+ )?asociad[oa]s?)(?= por )',
    'imput(?:a|ó|ado|ada)', `conden(?:a|ó|aron|an|amos)${NOT_NON_ACT}`, 'sancion(?:a|ó|aron|ado|ada|ados)', 'impuso sanciones', 'impusieron sanciones',
    'imputó', 'acusación formal', 'acusar(?:ía|ían)', '(?:ha|han|había|habían) presentado cargos(?: (?:penales |formales )?contra)?', 'formul(?:ó|aron|a|an) cargos(?: (?:penales |formales )?contra)?', 'atribuimos', 

  ],
  anaphora: ['el mismo grupo', 'dicho grupo', 'esto', 'eso', 'est(?:e|a|os|as)', 'es(?:e|a|os|as)', 'dichas? acusaci(?:ón|ones)', 'tales acusaciones', 'las acusaciones', 'el grupo', 'el ataque', 'la campaña'],
  // "afirma haber cifrado los servidores": an actor saying it did a hostile act claims it.
  claimsOwn: ['reivindic\\p{L}*', 'se atribuy\\p{L}*', '(?:afirm|asegur|declar|dij|admit|recono[cz])\\p{L}* haber (?:hackeado|pirateado|atacado|cifrado|paralizado|infiltrado|penetrado|comprometido|destruido|borrado|robado|saboteado|inutilizado|copiado|extraído|sustraído|filtrado|secuestrado|descargado|tumbado|derribado|bloqueado|tomado el control)'],
  claimsOwnAgent: ['por'],
  claimsOwnAgentGroup: ['por (?:(?:un|el|unos|los|este) )?(?:grupo|colectivo|hackers|piratas)'],
  pointsTo: [
    // Indicios que señalan al acusado: "las huellas apuntan a China".
    '(?:huellas|pistas|indicios|pruebas|rastros?|evidencias)(?:,(?: [^\\s,]+){1,8},)? (?:\\S+ ){0,4}?(?:apunta|apuntan|apuntaba|apuntaban|apuntaron|conducen|conducían|llevan|llevaban) (?:\\S+ ){0,1}?(?:a|al|hacia)(?!\\p{L})',
    // Rastrear el ataque hasta el acusado: "el ataque fue rastreado hasta servidores en Irán".
    `rastre\\p{L}* (?:\\S+ ){0,3}?hasta(?!\\p{L})(?<=(?<!\\p{L})(?:${TRACED})\\S*(?: \\S+){0,4} rastre\\p{L}* (?:\\S+ ){0,3}?hasta)`,
    `rastre\\p{L}* (?:\\S+ ){0,5}?(?:${TRACED})\\S* (?:\\S+ ){0,10}?hasta(?!\\p{L})`,
  ],
  blame: ['(?:está|estaba|están|estaban|estaría|estarían|estar) detrás', 'detrás (?:hay|había|habría|está|estaba|estaría)',
    // Fronted: "Detrás del ataque está X", "detrás de la campaña estarían X".
    'detrás (?:del?|de la|de los|de las) (?:\\S+ ){1,4}?(?:hay|había|habría|está|estaba|estaría|están|estaban|estarían)',
    // The act's phrase longer, with its victim, place and date: the verb alone is the cue, so the act's own cue and its
    // victim phrase stay apart from the accused after it.
    `(?=h|e)(?<=(?<!\\p{L})detrás (?:del?|de la|de los|de las) (?:\\S+ ){0,2}?(?:${BEHIND_ACTS}) (?:\\S+ ){4,11})(?:hay|había|habría|está|estaba|estaría|están|estaban|estarían)(?!\\p{L})`, 'señalad[oa]s? como (?:\\p{L}+ )?responsables?', 'imperio de (?:los )?(?:hackers|piratas|ciberataques)', '(?:es|era|son|eran|sería|serían|fue|fueron) (?:\\p{L}+ ){0,2}?responsables? del?', 'autor(?:es)? de'],
  // Only verbs of perpetration: "realizada por", "dirigida por" tell as often of an inquiry or a report.
  doneBy: ['llevad[oa]s? a cabo por', 'orquestad[oa]s?(?: y \\p{L}+)? por', 'perpetrad[oa]s? por', 'patrocinad[oa]s? por', 'obra del?', 'fruto del?'],
  actOrigin: ['(?:proced(?:e|en|ía|ían|ió|ieron)|provien(?:e|en)|proven(?:ía|ían)|provin(?:o|ieron))(?= (?:de|del) )'],
  agentHedges: ['presuntamente(?: vinculad[oa]s? a)?', 'supuestamente(?: vinculad[oa]s? a)?', 'que se cree (?:que es|vinculad[oa]s? a)'],
  passive: ['fue', 'fueron', 'sido', 'es', 'son', 'era', 'eran'],
  accusedPassive: ['(?:es|son|fue|fueron|ha sido|han sido) (?:\\p{L}+ )?acusad\\p{L}*'],
  accuseNoun: ['acusaci(?:ón|ones)', 'alegaci(?:ón|ones)', 'afirmaci(?:ón|ones)', 'señalamientos?', 'atribuci(?:ón|ones)'],
  unknownActors: ['quién', 'nadie', 'qué (?:país|Estado|grupo)'],
  unnamedStateActors: ['un servicio (?:de inteligencia|secreto)(?: extranjero)?(?!\\p{L})(?= (?:\\S+ ){0,4}?(?:detrás|responsable))', 'un [«„"“]?(?:[\\p{L}-]+ )?actor (?:[\\p{L}-]+ )?estatal', 'un (?:[\\p{L}-]+ )?(?:grupo|actor) (?:[\\p{L}-]+ ){0,2}?(?:patrocinado|respaldado|apoyado|dirigido) por un (?:Estado|Gobierno)', 'por cuenta de un (?:Estado|Gobierno)', 'con el (?:respaldo|apoyo|patrocinio) de un (?:Estado|Gobierno)(?: extranjero)?', 'en (?:el )?interés de una? (?:Estado|potencia|Gobierno|país) extranjer[oa]', 'detrás (?:\\S+ ){0,5}?(?:hay|había|habría|está|estaría) un (?:Estado|Gobierno)(?: extranjero)?', 'un (?:Estado|Gobierno)(?: extranjero)?(?= (?:está|estaría|estaba) detrás)', '(?:(?:realizad|perpetrad|ejecutad|lanzad|orquestad|cometid|dirigid|patrocinad|respaldad|llevad[oa]s? a cabo)\\p{L}{0,2} por|desde|procedente de|proveniente de) una? (?:Estado|país|Gobierno|potencia) extranjer[oa]'],
  classifyingCopulas: ['(?:es|son|era|eran|sería|serían|fue)(?: (?:muy|probablemente|posiblemente|seguramente))*', '(?:cuenta|cuentan|contaba|contaban|contaría|contarían)'],
  languageActors: ['una? (?:grupos?|actor(?:es)?|atacantes?|operadores?|piratas?) (?:[\\p{L}-]+ ){0,3}?(?:de habla \\p{L}+|\\p{L}+parlantes?|\\p{L}+hablantes?|cuya lengua (?:materna )?es el \\p{L}+)(?!\\p{L})'],
  universalQuantifiers: ['cualquier', 'cualquiera', 'cada'],
  // Withdrawing a charge (claims/withdrawn-charge.ts): before the charge, and after its noun.
  withdrawals: ['(?<!no )(?:retir|desestim|anul|archiv)(?:ó|aron|a|an|ado)', '(?<!no )sobrese(?:yó|yeron|e|en|ído)'],
  withdrawnAfter: ['(?<!no )(?:fueron|han sido|habían sido|fue|ha sido|había sido|quedaron|quedó) (?:retirad|desestimad|anulad|archivad|sobreseíd)[oa]s?'],
  conditional: ['si', 'en caso de que', 'suponiendo que'],
  // Admitting (claims/admitted-access.ts): the verbs among `confirm`, and others' access to one's systems told after them.
  admission: ['reconoc(?:e|ió|ieron|en)', 'admit(?:e|ió|ieron)'],
  admittedAccess: ['(?:accedi(?:ó|eron|do)|(?:obtuvo|obtuvieron|obtenido|tuvo|tuvieron|tenido|ganó|ganaron) acceso) a (?:sus?|nuestr[oa]s?) (?:[\\p{L}-]+ ){0,2}?(?:sistemas?|redes?|servidores?|ordenadores?|computadoras?|equipos|bases? de datos|cuentas?)(?!\\p{L})'],
  noEvidenceThat: [
    '(?:ningun[ao] |no (?:\\p{L}+ ){0,3}?)(?:\\p{L}+ )?(?:pruebas?|evidencias?|indicios?|señales?) (?:\\p{L}+ ){0,5}?(?:de que|que|para (?:atribuir|vincular|demostrar|determinar))',
    // A lack of reason to believe it: "no hay motivos para creer que las cuentas fueran vulneradas".
    '(?:ningún |no (?:\\p{L}+ ){0,3}?)(?:motivos?|razón|razones) (?:para )?(?:creer|pensar|sospechar|suponer)(?: que)?',
  ],
  deny: [
    // Blanket negation: a hostile act negated over everyone ("no espiamos a nadie", "nunca ha espiado a nadie").
    '(?:no|nunca) (?:(?:ha|han|hemos|había|habían|va a|vamos a) )?(?:esp(?:ía|ían|iamos|iaba|iaban|iado|iar|ió|iaron)|vigil(?:a|an|amos|aba|ado|ar|ó)|hacke(?:a|an|amos|ado|ar|ó)|pinch(?:a|an|amos|ado|ar|ó)) a nadie',
    `${AGAIN} (?:negar|rechazar|desmentir)(?!\\p{L})`,
    `${STILL} (?:negando|rechazando|desmintiendo)(?!\\p{L})`,
    // First person plural, a statement's own voice ("rechazamos").
    'rechazamos', 'negamos', 'desmentimos', 'refutamos',
    'nunca (?:\\p{L}+ ){0,3}?(?:ha|hemos|han) (?:\\p{L}+ ){0,2}?(?:participado|realizado|colaborado)', 'nunca (?:se )?(?:ha|han|había|habían|hemos) (?:interferido|injerido|inmiscuido)', 'no (?:se )?(?:ha|han|había|habían) (?:interferido|injerido|inmiscuido)','no tiene(?:n)? ni', 'no realiza', 'ningún papel', 
    // "se negó a responder": a refusal, not a denial.
    'neg(?:ó|aron|a|ado)(?! a (?:responder|contestar|comentar|pronunciarse))', 
    // The stem-changing present of "negar" ("el Kremlin niega", "niegan las acusaciones"); "se niega a" is a refusal to act.
    '(?<!se )nieg(?:a|an)(?! a )', 'rechaz(?:a|an|ó|aron|ado|ando)', 'desmient(?:e|en)', 'desmintió', 'desmintieron', 'refut(?:a|ó|aron)',
    // The other verbs and tenses of rejecting an accusation: "ha desmentido", "rebatió", "negaba", "rechazaba"; "desestimar"
    // and "repudiar" (which condemns an act in much of Latin America) only with an accusation or a report as their object.
    '(?:ha|han|había|habían) (?:desmentido|refutado|rebatido)', 'rebat(?:e|en|ió|ieron)', 'neg(?:aba|aban)(?! a )', 'rechaz(?:aba|aban)', 'refutan',
    `(?:desestim(?:a|an|ó|aron)|(?:ha|han|había|habían) desestimado|repudi(?:a|an|ó|aron)|(?:ha|han|había|habían) repudiado)(?= (?:\\S+ ){0,3}?(?:${ACCUSATION_OBJECTS}))`,
    'nos oponemos firmemente', 'se opone firmemente', 'nada que ver', 'ninguna relación', 'no tiene(?:n)? relación',
    'no está(?:n)? implicad\\p{L}*', 'no ha participado', 
    // Denial of any part in it: "no tuvo participación", "nunca ha tenido ninguna participación".
    '(?:no|nunca) (?:(?:ha|han|había|habían) )?(?:tuvo|tuvieron|tenido|tiene|tienen) (?:ninguna )?participación', 'no tiene conocimiento',
    // "descarta su implicación" rejects; "no (se) descarta que ..." (does not rule out) is a hedged attribution, no denial.
    '(?<![Nn]o (?:se |lo )?)descart(?:a|ó|aron)',
  ],
  denyQualifier: [...SHAM_REPORTS, 'ninguna prueba', 'ningún (?:indicio|rastro|signo)', 'ninguna (?:huella|señal|evidencia)', 'la menor prueba', 'sin la menor prueba',
    'infundad\\p{L}*', 'sin fundamento', 'sin pruebas', 'sin ninguna prueba', 'ninguna prueba', 'calumni\\p{L}*', 'difam\\p{L}*',
    'desinformación', 'falsas?', 'sin base',
    // "las acusaciones carecen de fundamento", "calificó el informe de invención".
    'carec\\p{L}* de (?:todo |cualquier )?fundamento', 'invención', 'invento', 'absurd[oa]s?',
    // An accusation fabricated by its maker: "la acusación fue inventada por X".
    // Calling the accusation a lie or baseless after a copula or a verb of calling: "son mentiras", "tachó de patraña",
    // "carecen de sustento" ("difundir mentiras" alone tells someone else's lies).
    '(?:son|es|eran|era|fueron|fue|calific\\p{L}* de|tach\\p{L}* de|tild\\p{L}* de) (?:\\p{L}+ ){0,2}?(?:mentiras?|patrañas?|farsas?|infundios?|bulos?)(?!\\p{L})',
    'carec\\p{L}* de (?:toda |todo |cualquier )?(?:base|sustento|veracidad|fundamentos)', 'carentes? de (?:toda |todo |cualquier )?(?:base|sustento|fundamentos?|veracidad)', 'sin sustento',
    'inventad[oa]s?', 'invent(?:ó|aron)', 'fabricad[oa]s? (?:por|de toda)', 'fabric(?:ó|aron) (?:la|una|esta|esa) (?:narrativa|historia|versión|acusación)',
  ],
  responseThreat: RESPONSE_THREAT,
  warn: [...RESPONSE_THREAT, ...THREAT_PREDICATE, ...THREATENS_PARTY, 
    // A promise to pursue hostile actors: "perseguirá a los piratas iraníes", "castigará a quienes ..."; what is pursued is hostile.
    '(?:perseguir|castigar|sancionar)(?:á|án|emos|ía|ían)(?= (?:[^\\s.;:!?]+ ){0,4}?(?:[\\p{L}-]*(?:pirat|hacker|ciber|malicios|espí|espion|criminal|delincuen|autor|responsable)|quienes))',
    'se reserva(?:n)? el derecho', 'contramedidas',
    
    '(?:representa|supone|constituye)n? una (?:\\p{L}+ )?amenaza', 'guía conjunta', 'objetivo prioritario', 'amenaz(?:ó|aron|a|an) con','medidas necesarias', 'avis(?:o|os) (?:conjunto|de seguridad)?', 'alerta(?:s)?', 'recomend(?:ó|aron|a|an)', 'respuesta (?:contundente|firme)', 'medidas (?:de respuesta|recíprocas)', 'acciones judiciales', 
    'advirt(?:ió|ieron|e|en)', 'advierte', 'advierten', 'advert(?:ido|imos)', 'alertamos', 'prevenimos',
    // The other verbs and tenses of warning: "avisó de que", "ha alertado de que", "advertía", "previno de que" ("previno
    // un ataque" stopped one), "lanzó una advertencia".
    'avis(?:a|an|ó|aron|aba|aban)(?= (?:de )?que(?!\\p{L}))', `${PF}(?:alertado|avisado)`, 'advert(?:ía|ían)', 'previn(?:o|ieron)(?= (?:de )?que(?!\\p{L}))',
    '(?:lanz(?:a|an|ó|aron)|emit(?:e|en|ió|ieron)|formul(?:a|an|ó|aron)|hizo|hicieron) (?:una|nueva|nuevas|varias) (?:\\p{L}+ )?advertencias?',
    // An expectation that the actor goes on: "prevemos que X seguirá atacando", "esperamos que X continúe" (accented), "... que X siga".
    '(?:prevemos|anticipamos|esperamos|prevé|prevén|espera|esperan) que (?:\\S+ ){0,5}?(?:seguir|sig[au]|contin[uú]|prosig)\\p{L}*', 'recomiend(?:a|an)', 'recomend(?:amos|ado)', 'alert(?:a|ó|an|aron)', 'responderá', 'responderemos',
    'tomará las medidas',
    // Readiness to answer an attack: "estamos preparados para responder", "está dispuesto a tomar represalias".
    '(?:estoy|estamos|está|están|estaba|estaban) (?:\\p{L}+ )?(?:preparad|dispuest|list)(?:o|a|os|as) (?:para|a) (?:responder|reaccionar|tomar represalias)(?! (?:a )?(?:las|sus|cualquier) (?:\\p{L}+ )?(?:preguntas?|consultas?|solicitudes?))', 'tomaremos medidas', 'no tolerar\\p{L}*',
    // A vow to keep countering a threat: "seguirá combatiendo la actividad cibernética maliciosa"; what is countered is hostile.
    '(?:seguirá|seguirán|continuará|continuarán) (?:combatiendo|enfrentando|contrarrestando|luchando contra)(?= (?:\\S+ ){0,5}?\\S*(?:hacker|pirat|ciber|malicios|amenaza|ataque|espion))', 'represalias', 'disuadir', 
  ],
  callFor: [
    // An order to investigate ("ordenó a la Fiscalía una investigación", "ordenó investigar"): the one who orders calls
    // for the inquiry, with no other party addressed (the investigators are its own); the cue is an appeal too.
    'orden(?:ó|aron|a|an)(?<!se orden\\p{L}*)(?= (?:[^\\s.;:!?]+ ){0,8}?(?:investigar|indagar|(?:una|la apertura de una) (?:\\p{L}+ )?(?:investigación|pesquisa))(?!\\p{L}))',
    // A directive to named addressees ("ordenó a los ministerios cambiar las contraseñas", "instruyó a las alcaldías
    // que apliquen"): the one who orders calls on them; "a"/"al" opens the addressee and an infinitive or "que" closes it.
    // An order with no addressee ("ordenó la liberación de") or in the passive ("se ordenó") calls on no one.
    '(?:orden(?:ó|aron|a|an)|instruy(?:ó|eron|e|en))(?<!se (?:orden|instruy)\\p{L}*)(?= (?:a|al) (?:[^\\s.;:!?]+ ){0,6}?(?:que|\\p{L}+(?:ar|er|ir))(?!\\p{L}))',
    // A summons made to demand ("convocó al embajador de X para exigir una investigación", "... y le pidió"):
    // the summoner calls on the one summoned, whose state is named after the verb. A summons alone calls for nothing.
    'convoc(?:ó|aron|a|an|amos|ado)(?<!(?:fue|fueron|ha sido|han sido|había sido|era|eran|sido|es|son) convoc\\p{L}*)(?= (?:[^\\s.;:!?]+ ){1,14}?(?:para|y) (?:(?:le|les) )?(?:exigir|pedir|solicitar|reclamar|demandar|exigió|pidió|solicitó|reclamó|demandó)(?:le|les)?(?!\\p{L}))',
    'exhortó a', 'desafía a', 'hace(?:mos)? un llamamiento','hacemos un llamamiento', 'hac\\p{L}* un (?:\\p{L}+ )?llamado', 'llamamiento a', 'propuesto', 'desafía a', 'insta(?:mos)? a', 
    'inst(?:a|amos|ó|aron|an) a', 'ped(?:ir|imos)',
    // The perfect and a request ("ha pedido a las empresas que", "solicitó a la población que").
    '(?:pedido|instado|exhortado|solicitado) a', 'solicit(?:a|an|ó|aron) a', 'pid(?:e|en|ió|ieron)', 'exig(?:e|en|ió|ieron|imos)', '(?:ha|han|había|habían|hemos) exigido', 'exhort(?:a|ó|amos|aron)',
    'llam(?:a|ó|amos|aron) a', 'inst(?:a|ó|amos) al',
    // Appeals in the verbs the list lacked: "reclamó a X que", "conminó a", "emplazó a", "urgió a", "hizo un llamado a";
    // "reclamó la autoría" claims an act and "demandó a X" with no clause sues.
    '(?:reclam(?:a|an|ó|aron)|(?:ha|han|había|habían) reclamado|conmin(?:a|an|ó|aron)|emplaz(?:a|an|ó|aron)|urg(?:e|en|ió|ieron)|requiri(?:ó|eron))(?= a )',
    'demand(?:a|an|ó|aron)(?= a (?:\\S+ ){1,4}?que(?!\\p{L}))',
    // Pressing an addressee to act, only with the clause or infinitive it asks for ("presionó a los ministros para que
    // abran", "para abrir"); pressing someone during a session asks for nothing.
    'presion(?:a|an|ó|aron)(?= a (?:[^\\s.;:!?]+ ){1,6}?para (?:que|\\p{L}+r)(?!\\p{L}))', '(?:hizo|hicieron) un (?:\\p{L}+ )?(?:llamado|llamamiento)', ...CEASE_CALLS, 'diálogo',
    // An offer of cooperation, a call that needs no addressee (appeal): "X está dispuesta a cooperar con".
    '(?<!no )(?:está|están|estaba|estaban|se mostró|se mostraron|se declaró|se declararon|sigue|siguen) (?:\\p{L}+ )?dispuest[oa]s? a (?:cooperar|colaborar|dialogar|trabajar (?:junt[oa]s|con))',
  ],
  negativeConcord: ['nada', 'nadie', 'ningun[oa]s?', 'ningún', 'ninguna'],
  // "no solo ... sino también" adds to the verb, it negates nothing.
  negation: ['no(?! s[oó]lo| solamente| únicamente)', 'nunca', 'ni', 'jamás',
    // "sin acusar a", "evitó acusar", "se abstuvo de señalar".
    // Not "sin duda" (without doubt: an affirmation).
    'sin(?! duda)', 'evit(?:ó|a|an|aron)', 'se abst(?:uvo|uvieron|iene|ienen) de'],
  confirm: [
    '(?:había|han|habían|ha) sido objeto', '(?:fue|fueron|ha sido|han sido) (?:atacad|hackead|vulnerad)\\p{L}*', 'sufrid[oa]', 'repelid[oa]s?','fue víctima', '(?:haber|ha|han|había|habían|habría) sido víctimas? de (?:un|una)(?!\\p{L})', '(?:resultó|resultaron) víctimas? de (?:un|una)(?!\\p{L})', 'fueron víctimas', 'sufri(?:ó|eron) (?:un|una)', 'ha sido objeto', 'fueron objeto', '(?:fue|fueron|ha sido|han sido|había sido|habían sido) (?:el )?blanco de', '(?:se convirtió|se convirtieron|se ha convertido|se han convertido) en (?:el )?blanco de', '(?:ha|han|había|habían) recibido (?:[\\p{L}\\p{N},.-]+ ){0,5}?(?:ciber)?ataques', 'fue objeto', 'fue alertad[oa]', 'confirm(?:a|ó|an|aron|ado|amos)', '(?:puedo|podemos) confirmar', 'reconoc(?:e|ió|ieron|en|emos)', 'admit(?:e|ió|ieron)'],
  selfJustification: [
    // Restricted to lawful use: "solo se usó contra delincuentes", "únicamente conforme a la ley".
    '(?:solo|sólo|solamente|únicamente|exclusivamente) (?:\\p{L}+ ){0,3}?(?:legalmente|de (?:forma|manera) legal|(?:de acuerdo con|conforme a|dentro de|en el marco de) la ley|con (?:autorización|orden) judicial|contra (?:delincuentes|criminales|terroristas))',
    // "contra delincuentes, no contra opositores"; "no la empresa misma, sino sus clientes".
    'contra (?:\\p{L}+ ){0,2}?(?:delincuentes|criminales|terroristas),? (?:y )?no contra',
    'no (?:\\p{L}+ ){0,3}?(?:misma|mismo|mismas|mismos),? sino',
  ],
  toolMaker: [
    '(?:fabricante|desarrolladora|desarrollador|proveedora|proveedor|vendedora)s?(?!\\p{L})', '(?:fabricad|desarrollad|cread|vendid|comercializad)[oa]s? por',
  ],
  deniedBy: ['(?:rechazad|negad|desmentid|refutad)[oa]s?(?: de inmediato| \\p{L}+mente)? por'],
  confirmedBy: ['(?:confirmad|reconocid)[oa]s? por'],
  hostile: ['pinchad[oa]s?', 'escuchas? ilegales?', 'accesos? no autorizados?', 'hackeo', 'afect(?:ó|aron|a|an|ando|ado|ados|ada|adas)', 'paraliz\\p{L}*', 'inutiliz\\p{L}*', 'ciberactividad(?:es)?', 'actor(?:es)? de amenazas', 'actividad maliciosa', 'saboteador(?:es)?', '(?:los|sus) autores(?! (?:de|del|de la|de los|de las) )', `autor(?:es)? (?:de|del|de la|de los|de las) (?:${TRACED})(?!\\p{L})`, 'explotación', 'ciberrobo', 
    // A cyber means deployed for a hostile purpose ("uses its cyber capabilities to obtain ...", "setzt seine Cyberfähigkeiten ein, um ... zu beschaffen"):
    // the means and the purpose together tell the act; a defensive purpose ("to protect ...") is no such verb.
    `(?:capacidades? (?:cibernéticas?|informáticas? ofensivas?)|medios? cibernéticos?|ciberactores|hackers|piratas informáticos|malware|programas? (?:informáticos?|espía)|software espía|herramientas? (?:informáticas|de hackeo|de espionaje)) (?:\\S+\\s+){0,6}?para (?:\\S+\\s+){0,1}?(?:obtener|adquirir|hacerse con|recopilar|recabar|robar|sustraer|mapear|rastrear|vigilar|espiar|interceptar)(?!\\p{L})`,
    'objetivos?', 'víctimas?', 'blancos?',
    // Security incidents and breaches: a hit told by its kind ("sufrió una vulneración de sus sistemas").
    'vulneraci(?:ón|ones)', 'brechas? de seguridad', 'incidentes? de (?:ciber)?seguridad', 'incidentes? cibernéticos?',
    'ciberataques?', 'ataques?', 'atac(?:ó|aron|ado|ada|ados|adas|ar|a|an|ando|aba|aban)', 'hackers?', 'pirat\\p{L}*', 'hacke(?:o|ado|ada|aron|ó)', 'intrusi(?:ón|ones)',
    'espionaje', 'ciberespionaje', 'espi(?:ar|ó|aron)', 'infiltr\\p{L}*', 'sabotaje', 'injerencia', 'interferencia', 'intercept\\p{L}*',
    'rob(?:ar|ó|aron|o)', 'sustra(?:jo|jeron|er)', 'malware', 'ransomware', 'comprometi(?:ó|eron|do|da|dos|das)', 'vulner(?:ó|aron)',
    'irrumpi\\p{L}*', 'penetr(?:ó|aron|ar|ado|ada|ados|adas)', 'campaña', 'operaci(?:ón|ones) contra', 'culpables?', 'autores? del ataque',
  ],
  perpetratorRemedy: ['(?:entreg|liber|public|proporcion|d(?:ar|ará|aría|io)|facilit)\\p{L}* (?:\\p{L}+ ){0,3}?(?:claves?|llaves?|herramientas?) de (?:descifrado|desencriptación)'],
  unnamedGroupHeads: ['grupos?', 'piratas?', 'hackers?', 'hacktivistas?', 'colectivos?', 'ciberdelincuentes'],
  ownOperatives: ['sus (?:propios )?(?:ciber)?(?:especialistas|expertos|técnicos|unidades|hackers)(?: cibernéticos| cibernéticas| en ciberseguridad)?'],
  operationAgainst: ['(?:ciber)?operaci(?:ón|ones)(?: especial(?:es)?)? contra'],
  actorNouns: ['hackers?', 'piratas?(?: informáticos)?', 'espías?', 'ciberdelincuentes', 'agentes', 'oficiales'],
  victimNouns: ['víctimas?'],
  targetNouns: ['objetivos', 'blancos', '(?:personas|organizaciones|entidades|empresas) atacadas'],
  victimSpread: ['inclu(?:ían|ía|yen|ye|yendo|yeron)', '(?:se encontraban|se encuentran|se concentraban|se concentran|se ubican|se ubicaban) en'],
  userNouns: ['usuari[oa]s?', 'internautas', 'abonados'],
  hitNouns: ['sistemas', 'redes', 'servidores', 'bancos', 'hospitales', 'organizaciones', 'infraestructuras?'],
  hitNounModifiers: ['gubernamental(?:es)?', 'públic[oa]s?', 'estatal(?:es)?', 'federal(?:es)?', 'municipal(?:es)?', 'locales?'],
  hostileVerbs: ['atacando', 'perturb(?:ar|ó|aron|aba|aban)', 'paraliz(?:ar|ó|aron|aba|aban)', 'sabote(?:ar|ó|aron|aba|aban)', 'atac(?:ó|aron|an|aba|aban|ar)', 'tuv(?:o|ieron) como (?:objetivo|blanco)', 'hacke(?:ó|aron|an|ar)', 'pirate(?:ó|aron|an|ar)', 'infiltr(?:ó|aron|an|ar)'],
  patientPassive: ['sido (?:atacad|hackead|comprometid|infectad|infiltrad|pirated)(?:o|a|os|as)'],
  governmentOfLeader: ['(?:el )?(?:[Gg]obierno|[Rr]égimen|[Gg]abinete|[Aa]dministración)(?: de)?(?: (?:presidente|primer ministro|canciller))?'],
  victimStates: ['(?:el|la|los|las|sus|estos|estas|esos|esas|nuestros|nuestras) \\p{L}+ (?:comprometid|hackead|infectad|secuestrad|afectad|vulnerad)(?:o|a|os|as)(?! por)'],
  defendantNouns: ['ciudadanos?', 'nacionales', 'hermanos', 'hombres', 'mujeres', 'personas?', 'individuos?', 'sospechosos?', 'líderes', 'cabecillas', 'miembros?', 'operadores?', 'compañías?', 'empresas?', 'entidades'],
  defendantOrigin: ['de', 'de la', 'del', 'de los'],
  similar: ['se aline(?:ó|aron) con', 'compart\\p{L}* (?:la|esta|esa|su|dicha) (?:evaluación|conclusión|atribución|valoración)', 'hizo lo mismo', 'hicieron lo mismo', 'similares?', 'asimismo', 'cofirm\\p{L}*', '(?:aviso|comunicado|declaración|informe|documento|texto|alerta|boletín) (?:está |fue |ha sido |había sido |es )?firmad[oa](?= por )', 'se sum(?:ó|aron|an|a)', 'se unieron', 'respald(?:ó|aron|a|an)', 'suscrib\\p{L}*', 'apoy(?:ó|aron) (?:esta|esa|la)'],
  likeness: ['similares?'],
  statementNouns: ['declaraci(?:ón|ones)', 'evaluaci(?:ón|ones)', 'conclusi(?:ón|ones)', 'valoraci(?:ón|ones)', 'comunicados?', 'informes?', 'denuncias?', 'anuncios?', 'posici(?:ón|ones)', 'advertencias?', 'preocupaci(?:ón|ones)', 'pronunciamientos?', 'términos', 'sentido', 'forma', 'manera'],
  joinVerbs: ['se aline(?:ó|aron) con', 'compart\\p{L}* (?:la|esta|esa|su|dicha) (?:evaluación|conclusión|atribución|valoración)', 'cofirm\\p{L}*', '(?:aviso|comunicado|declaración|informe|documento|texto|alerta|boletín) (?:está |fue |ha sido |había sido |es )?firmad[oa](?= por )', 'se sum(?:ó|aron|an|a)', 'se unieron', 'respald(?:ó|aron|a|an)', 'suscrib\\p{L}*', 'apoy(?:ó|aron) (?:esta|esa|la)'],
  agentMarkers: ['por'],
  joint: ['junto (?:con|a)', 'conjuntamente con', 'en colaboración con', 'en coordinación con', 'en (?:asociación|alianza) con', 'de la mano de', 'socios de', 'aliados de', '(?:con (?:sus|nuestros) )?homólog(?:os|as) (?:de|del)', 'firmad[oa] (?:también )?por', 'se (?:unió|sumó|han? unido|han? sumado) al?(?=[^.;!?]{1,200}conjunt)', 'se (?:une|unen|suma|suman|unió|unieron|sumó|sumaron|ha unido|han unido|ha sumado|han sumado) (?:hoy )?al?(?=\\s+(?:[^\\s.;!?]+\\s+){1,80}?para (?:publicar|difundir|emitir))'],
  alsoDid: ['como (?:lo )?(?:hicieron|hizo|habían hecho|había hecho|han hecho|ha hecho)'],
  jointActs: ['(?:aviso|comunicado|informe|alerta|declaración) conjunt[oa]'],
  jointRefs: ['los (?:socios|aliados|firmantes|signatarios)', '(?:las|ambas) (?:dos |tres |cuatro |cinco |seis |siete |ocho )?agencias(?<=(?:dos|tres|cuatro|cinco|seis|siete|ocho|ambas) agencias)', '(?:los|ambos) (?:dos |tres |cuatro |cinco |seis |siete |ocho )?(?:países|gobiernos|organismos)(?<=(?:dos|tres|cuatro|cinco|seis|siete|ocho|ambos) (?:países|gobiernos|organismos))', 'las (?:agencias|autoridades) (?:firmantes|participantes|socias|aliadas)'],
  cooperation: [
    // Partners listed as examples ("partners such as X and Y", "nos partenaires, tels que X"): they side with the speaker.
    'socios(?: [\\p{L}-]+){0,2},? (?:como|entre ellos)', 'aliados(?: [\\p{L}-]+){0,2},? (?:como|entre ellos)',
    'en (?:estrecha )?cooperación con', 'cooper\\p{L}* (?:estrechamente )?con', 'colabor\\p{L}* (?:estrechamente )?con', 'trabaj\\p{L}* estrechamente con'],
  // The future and conditional too: "X deberá cesar", "X tendría que cesar".
  modal: ['debe', 'deben', 'debería', 'deberían', 'deber(?:á|án)', 'tiene que', 'tienen que', 'tendr(?:á|án|ía|ían) que'],
  ceaseCalls: CEASE_CALLS,
  // "deben asumir que ...", "deben esperar": a modal before a verb of expectation warns (claims/rules/modal-call.ts).
  expectAfterModal: ['asumir', 'suponer', 'esperar', 'contar con que', 'partir de la base', 'estar preparad\\p{L}* para', 'prepararse para'],
  ascribedTo: ['a', 'al'],
  victim: ['contra', '(?<=(?:intrusi[oó]n(?:es)?|ataques?|ciberataques?|incursi[oó]n(?:es)?|hackeos?) )en', 'sobre', 'dirigid[oa]s? (?:a|contra)', 'víctimas? de'],
  linkedTo: ['(?:operando|que opera|que operan|que actúa|actuando) desde', 'procedentes? de(?:l)?', 'provenientes? de(?:l)?', 'alinead[oa]s? con(?: los intereses)?', 'afiliad[oa]s? (?:a|al)', 'con sede en', 'vinculad[oa]s? (?:a|al|con)', 'ligad[oa]s? a', 'respaldad[oa]s? por', 'patrocinad[oa]s? por', 'al servicio del?', 'trabaj(?:a|an|aba|aban) para', 'por cuenta del?', 'por (?:orden|órdenes|encargo|instrucciones) del?', 'relacionad[oa]s? con', 'en (?:el )?interés del?', 'que sirven? a los intereses del?'],
  // A parliamentary question's header, its authors inside it, its first person, the heading of its answer (claims/asker.ts).
  questionNouns: ['preguntas? con respuesta', 'preguntas? (?:por escrito|escritas?|orales?|parlamentarias?)'],
  askerRefs: ['este grupo parlamentario', 'nuestro grupo parlamentario', 'los diputados firmantes', 'el diputado firmante', 'la diputada firmante'],
  // A verb whose ending says "I" stands for the pronoun ('Puedo confirmar que ...').
  firstSingular: ['yo', 'puedo'],
  answerHeads: ['respuesta', 'contestación'],
  // A challenge is an appeal too ("desafía a quienes repiten esas acusaciones a que presenten pruebas"); a bare demand is not ("exige explicaciones").
  memberRefs: ['el legislador', 'la legisladora', 'el diputado', 'la diputada', 'el senador', 'la senadora', 'el parlamentario', 'la parlamentaria', 'el congresista', 'la congresista'],
  // Pressing an addressee to act (the call cue holds the clause it asks for): "presionó a los ministros para que".
  appeal: ['presion\\p{L}*', '(?<!no )(?:está|están|estaba|estaban|se mostró|se mostraron|se declaró|se declararon|sigue|siguen) (?:\\p{L}+ )?dispuest[oa]s? a (?:cooperar|colaborar|dialogar|trabajar (?:junt[oa]s|con))', 'orden(?:ó|aron|a|an)', 'inst\\p{L}*', 'solicit\\p{L}*', 'exhort\\p{L}*', 'llam\\p{L}*', 'ped\\p{L}*', 'pid\\p{L}*', 'hac\\p{L}* un (?:\\p{L}+ )?llama(?:do|miento)', 'desaf(?:ía|ían|ió|iaron|iamos)'],
  relativePronouns: ['que', 'quien(?:es)?', 'a quien(?:es)?', 'los cuales', 'las cuales'],
  objectRelatives: ['que', 'a la que', 'al que', 'a los que', 'a las que', 'a quien(?:es)?', 'a la cual', 'al cual', 'a los cuales', 'a las cuales'],
  relativeClauseOpeners: ['que', 'quien', 'quienes', 'cuyo', 'cuya', 'el cual', 'la cual'],
  stateWords: ['Estados?'],
  ownRefs: ['(?:sus?|nuestr[oa]s?) (?:[\\p{L}-]+ ){0,2}?(?:sistemas?|red(?:es)?|servidores?|sitios?|páginas?|portales?|plataformas?|infraestructuras?|servicios?|cuentas?|dispositivos|empleados|clientes|datos|correos?|buzones)', 'del país', 'de la (?:empresa|compañía)'],
  nonFiniteHit: ['haber (?:sido|sufrido)'],
  potential: ['podría(?:n)?', 'puede(?:n)?', 'podrá(?:n)?'],
  hitEffects: ['(?:problemas?|fallos?|fallas?|incidencias?) técnic[oa]s?', 'caídas? del servicio', 'fuera de servicio', '(?:interrupci(?:ón|ones)|cortes?) (?:del|de los|en el|en los) servicios?', '(?:no|dejaron de estar|dejó de estar) disponibles?', '(?:paraliz\\p{L}*|detuvo|detuvieron|suspendió|suspendieron) (?:la |su )?(?:producción|actividad|operaciones)', '(?:producción|actividad|operaciones) (?:\\S+ ){0,2}?(?:paralizad|detenid|suspendid)[oa]s?'],
  // Speech verbs with no subject of their own ("…, se informó", "según se informó, …"): claims/impersonal-speech.ts.
  impersonalSay: ['se (?:informó|indicó|señaló|afirmó|explicó|precisó|aseguró|detalló|comunicó|dijo)'],
  reportBack: ['Así lo (?:informó|informaron|anunció|anunciaron|confirmó|confirmaron|indicó|indicaron|dijo|dijeron|explicó|explicaron|precisó|precisaron)(?!\\p{L})'],
  stateOwnRefs: ['(?:en|por) (?:todo )?el país', '(?:sitios|páginas|sistemas|redes|servidores|servicios|portales|plataformas)(?: [\\p{L}-]+){0,2}? (?:gubernamentales|del (?:Estado|Gobierno)|estatales|de los ministerios)'],
  nationalSystems: ['nacional(?:es)?'],
  unnamedOfficials: ['las autoridades', '(?:los )?funcionarios', 'el Gobierno', 'fuentes oficiales'],
  possessive: ['del', 'de la', 'de los', 'de las'],
  originPlace: ['(?:desde|procedentes? de) (?:el )?(?:territorio|suelo) (?:del|de la|de los|de las|de)'],
  // A body taken up by its kind noun: the body named just before, not the last speaker (claims/kind-noun-ref.ts).
  bodyKindNouns: ['agencia', 'ministerio', 'autoridad', 'regulador', 'departamento'],
  bodyGenericNouns: ['el organismo'],
  organNouns: ['ministr[oa]', 'ministerio', 'agencia', 'servicio', 'oficina', 'dirección', 'centro', 'departamento', 'embajada', 'policía', 'autoridad', 'administración', 'gobierno', 'consejo', 'fiscalía', 'secretaría', 'mando', 'instituto', 'estado'],
  appositionOrgans: ['servicios?', 'agencia', 'dirección', 'oficina', 'instituto', 'unidad', 'ministerio', 'centro', 'policía', 'comité', 'inteligencia', 'mando', 'departamento'],
  personPronouns: ['él', 'ella'],
  envoyNouns: ['embajador(?:a|es)?', 'enviad[oa]s?', 'encargad[oa] de negocios'],
  postingMarkers: ['en', 'ante', 'ante el', 'ante la', 'en el', 'en la'],
  ourPossessives: ['nuestr[oa]s?'],
  roleBodyMarkers: ['de', 'del', 'en'],
  selfPossessives: ['nuestr[oa]s?'],
  selfRefs: ['nosotros'],
  bylineTeam: ['el equipo(?: [\\p{L}-]+){0,3} de', '(?:[\\p{L}-]+ ){0,3}equipo'],
  selfAt: ['en', 'desde'],
  intervieweeBefore: ['entrevista con', 'hablamos con', 'conversamos con', 'entrevistamos a'],
  citedFindings: ['(?:los )?(?:hallazgos|resultados|conclusiones) (?:de|del)', 'un informe (?:de|del)', 'citando a'],
  statementTitles: ['comunicado', 'declaración', 'comentario', 'nota de prensa', 'pronunciamiento'],
  titleTopics: ['sobre'],
  // Stances too, taken in a statement's own voice ('Condenamos', 'Confirmamos', 'Puedo confirmar'): the speaker's.
  selfSay: ['confirmamos', 'reconocemos', 'condenamos', 'rechazamos', 'negamos', 'desmentimos', 'denunciamos', '(?:puedo|podemos) confirmar', 'evaluamos', 'estimamos', 'consideramos', 'concluimos', 'creemos', 'atribuimos', 'vinculamos', 'observamos', 'descubrimos', 'detectamos', 'identificamos', 'recomendamos', 'advertimos', 'alertamos', 'prevenimos', 'prevemos', 'anticipamos', 'esperamos', 'instamos', 'exigimos', 'pedimos', 'exhortamos', 'hacemos un llamamiento', 'hemos (?:evaluado|observado|detectado|descubierto|identificado|atribuido|vinculado)'],
  sayObjectWords: ['que', 'de', 'del', 'sobre', 'a', 'al', 'contra', 'en', 'con', 'para', 'si'],
  complementizers: ['que'],
  factRelatives: ['lo que', 'lo cual', 'algo que'],
  gapAdverbials: ['de plano', 'rotundamente', 'tajantemente', 'categóricamente', 'firmemente', 'enérgicamente', 'de inmediato', 'inmediatamente', 'ya', 'también', 'nuevamente', 'de nuevo'],
  inversionAsides: ['entre otros', 'por su parte', 'por ejemplo'],
  subjectAsides: ['por su parte', 'por su lado', 'a su vez', 'por el contrario'],
  // The one named last: "este último", "esta última" as a subject (a comma, an auxiliary or a verb in the preterite after
  // it), not as a determiner ("esta última campaña"; claims/latter-ref.ts).
  latterRefs: ['(?:este|esta) últim[oa](?=\\s*,|\\s+(?:ha|había|habría)(?!\\p{L})|\\s+\\p{L}+(?:ó|aron|ieron)(?!\\p{L}))'],
  backRefs: [
    'el ministerio', 'la cancillería', 'el portavoz', 'la portavoz', 'el ministro', 'la ministra', 'el embajador',
    'el gobierno', 'la agencia', 'el comunicado', 'el texto', 'el documento', 'el diplomático', 'el funcionario', 'ellos',
    // Feminine roles, Latin American role words and an organ named by its kind: "la vocera", "el mandatario", "el organismo"
    // (not "el canciller", as often a head of government named apart from the speaker, nor "la cartera", as often a portfolio of clients).
    'el vocero', 'la vocera', 'la funcionaria', 'la diplomática', 'la embajadora', 'el mandatario', 'la mandataria',
    'el organismo',
    // An envoy, a consul and a state's other offices by their kind ("la enviada", "el cónsul", "el regulador", "la misión
    // diplomática", "la legación"): not "la autoridad" nor "el departamento", as often a power or a state's named department.
    'el enviado(?: especial)?', 'la enviada(?: especial)?', 'el cónsul', 'la cónsul', 'el regulador',
    'el director general', 'la directora general', '(?:la )?(?:misión|representación) diplomática', 'la legación',
  ],
  // A news outlet by its kind, pointing back to the outlet named before (outlet-ref.ts); never the outlet's audience.
  outletRefs: ['el diario', 'el periódico', 'la revista', 'el semanario', 'el rotativo', 'la agencia de noticias', 'el medio digital'],
  // An embassy by its kind noun alone: its own statement's self-reference, else the embassy named last (claims/kind-noun-ref.ts).
  embassyRefs: ['la embajada'],
  embassyNouns: ['embajadas?'],
  companyRefs: ['la empresa', 'la organización', 'la compañía', 'la firma', 'la tecnológica'],
  companyRefDeterminers: ['la'],
  companyRefComplements: ['de', 'del'],
  parentAfter: ['(?:una|la) (?:filial|subsidiaria|división) (?:de la|del|de)(?: \\p{L}+){0,2}'],
  stateBodyRefs: ['el ministerio de (?:Defensa|Hacienda|Justicia|Interior|Economía)', 'la comisión(?: electoral)?', 'fuentes del (?:departamento|ministerio)'],
  nationalBodyKinds: ['seguro social', 'seguridad social', 'consejo nacional electoral', 'comisión (?:nacional )?electoral', 'tribunal (?:supremo )?electoral', 'jurado nacional de elecciones', 'policía nacional', 'policía de investigaciones', 'protección de datos'],
  investigatingBodies: ['la fiscalía', 'los fiscales', 'la policía', 'los investigadores', 'la justicia'],
  bodyPlaceLinks: ['de', 'del'],
  reportRefs: ['el informe', 'el estudio', 'el análisis', 'su informe', 'la investigación', 'las investigaciones', 'la pesquisa', 'su investigación'],
  reportNouns: ['informes?', 'estudios?', 'análisis', 'investigaci(?:ón|ones)', 'pesquisas?'],
  reportedContent: ['informaci(?:ón|ones)', 'artículos?', 'publicaci(?:ón|ones)'],
  shamReports: SHAM_REPORTS,
  findingVerbs: ['muestra(?:n)?', 'mostró', 'mostraron', 'demuestra(?:n)?', 'demostró', 'demostraron', 'determinó', 'determinaron', 'estableció', 'establecieron', 'revela(?:n)?', 'reveló', 'revelaron', 'concluy(?:e|ó|eron)', 'confirm(?:a|ó)(?= que)'],
  staffRefs: ['los investigadores', 'sus investigadores', 'los analistas', 'sus analistas', 'el equipo(?: de investigación| técnico)?', 'su equipo'],
  accusationBy: ['de', 'del', 'de la', 'de los'],
  accusationAgainst: ['contra', 'en contra de', 'dirigid[oa]s? contra'],
  eventRelatives: ['en (?:el|la|los|las) que', 'durante (?:el|la) cual', 'en (?:el|la) cual'],
  staffNouns: ['investigadores', 'analistas', 'expertos', 'especialistas'],
  quantifiers: ['un', 'una', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'varios', 'varias', 'algunos', 'algunas', 'muchos', 'muchas', 'otros', 'otras', 'numerosos', 'ambos', 'diversos'],
  companyNouns: ['empresas?', 'compañías?', 'firmas?', 'gigantes? (?:tecnológicos?|informáticos?|de internet)', 'proveedor(?:es)?', 'investigadores', 'expertos', 'especialistas', 'analistas', 'medios(?: de comunicación)?', 'prensa', 'periódicos', 'diarios', 'ONG', 'organizaci(?:ón|ones) (?:no gubernamental(?:es)?|de (?:defensa de los )?derechos)'],
  stateOffices: ['viceministr[oa]', 'vicecanciller', 'canciller', 'subsecretari[oa]'],
  roles: [
    'portavoz', 'ministr[oa]', 'canciller', 'secretari[oa]', 'director(?:a)?', 'asesor(?:a)?', 'embajador(?:a)?', 'president(?:e|a)',
    'primer(?:a)? ministr[oa]', 'jefe', 'jefa', 'vicepresident(?:e|a)', 'viceministr[oa]', 'fiscal', 'diplomático', 'funcionari[oa]',
    'coordinador(?:a)?', 'comandante', 'general', 'senador(?:a)?', 'diputad[oa]', 'congresista', 'legislador(?:a)?', 'responsable',
    // people quoted for their expertise ("según el investigador X", "la analista X")
    'investigador(?:a)?', 'analista', 'expert[oa]', 'especialista', 'profesor(?:a)?',
    // envoys, consuls and heads the list lacked ("el enviado especial X", "el cónsul X", "la gobernadora X")
    'enviad[oa](?: especial)?', 'cónsul', 'gobernador(?:a)?', 'subsecretari[oa]', 'alcalde(?:sa)?', 'vocer[oa]', 'encargad[oa] de negocios',
  ],
  memberRoles: ['diputad[oa]s?', 'senador(?:a|es|as)?', 'parlamentari[oa]s?', 'legislador(?:a|es|as)?', 'congresista', 'líder', 'dirigente', 'president[ea] del partido', 'secretari[oa] general'],
  oppositionRoles: ['ministr[oa] (?:\\p{L}+ ){0,3}en la sombra', 'del gabinete en la sombra', 'del gobierno en la sombra'],
  partyMembership: ['miembros? de(?:l)?', 'militantes? de(?:l)?', 'del'],
  honorifics: ['Sr\\.', 'Sra\\.', 'señor', 'señora', 'don', 'doña'],
  continuation: ['además', 'asimismo', 'también', 'por otra parte', 'en segundo lugar', 'por último', 'finalmente', 'lo que es más'],
  recommendHeads: ['recomendaci(?:ón|ones)', 'mitigaci(?:ón|ones)', 'medidas de (?:mitigación|protección)', 'contramedidas'],
  advisoryAudience: ['organizaciones', 'empresas', 'operadores', 'usuarios', 'administradores', 'entidades', '(?:el )?público'],
  adviseVerbs: ['recomend\\p{L}*'],
  consumers: ['usuarios', 'clientes', 'abonados', 'miembros', 'socios', 'consumidores'],
  harmIntent: ['(?:se prepar\\p{L}*|list(?:o|a|os|as)) para (?:\\p{L}+ ){0,2}?["«“]?(?:causar|provocar|infligir|perturbar|destruir|sabotear|paralizar)'],
  actForecast: ['(?:continuarán|seguirán|proseguirán|no (?:cesarán|se detendrán|pararán))(?!\\p{L})'],
  forecastJoin: ['y', 'e'],
  hostilePursuit: ['(?:intentos? de|esfuerzos? (?:para|por)|intenta(?:n|rá|rán)?|trata(?:n|rá|rán)? de|procura(?:n)?|busca(?:n|rá|rán)?|sigue(?:n)?|seguirá(?:n)?|continúa(?:n)?|continuará(?:n)?) (?:(?!evit|deten|bloque|fren|contrarrest|proteg|preven|repel|impedi|detect)\\p{L}+ ){0,2}?(?:atac\\p{L}*|apunt(?:ar|ando) a|explot\\p{L}*|penetr\\p{L}*|infiltr\\p{L}*|robar|robando|comprometer|hackear|espiar|acceder|obtener (?:información|acceso|datos))'],
  enemyNouns: ['el enemigo', 'del enemigo', 'al enemigo', 'los enemigos', 'fuerzas enemigas'],
  messageNouns: ['mensajes?', 'SMS', 'pantallas?', 'carteles', 'paneles', 'notas? de rescate'],
  governmentNouns: ['(?:al |el |del )?Gobierno', '(?:a )?las autoridades', '(?:al |el )?Ejecutivo'],
  // A demand fronted as the source of a modal (claims/rules/fronted-demand.ts): "Como reclama desde hace años X, los Estados deberían".
  frontedDemand: ['como (?:lo |ya |bien )?(?:[^\\s,.;:!?]+ ){0,4}?(?:reclam|exig|pid|pide|ped|insist|recomiend|recomend|propon|propugn)\\p{L}*'],
  inquiryNouns: ['investigaci(?:ón|ones)', 'pesquisas?', 'indagaci(?:ón|ones)'],
  // Money as a demand's object (claims/money-demand.ts): a ransom or a price asked, no call.
  moneyDemands: ['rescates?', 'dinero', 'd[oó]lares', 'euros', 'bitcoins?', 'pagos?'],
  statuteHeads: ['del? (?:la |el )?(?:Constitución|Ley|Convención|Declaración|Pacto|Carta|Tratado|Código|Reglamento|Estatuto)(?!\\p{L})'],
  unitOf: ['(?:una |la )?(?:unidad|división|rama|dependencia|área|equipo|centro|departamento) (?:de|del|dentro de|adscrit[oa] a)'],
  stateBodies: ['(?:servicios? de )?inteligencia', 'servicios? secretos?', 'ejército', 'fuerzas armadas', 'ministerio', 'gobierno'],
  threatPredicate: THREAT_PREDICATE,
  threatensParty: THREATENS_PARTY,
  threatens: ['amenaz(?:ó|aron|a|an|aba|aban) con'],
  measuresTaken: ['(?:tomó|tomaron|adoptó|adoptaron|(?:ha|han|había|habían) (?:tomado|adoptado)) (?:\\p{L}+ ){0,2}?medidas'],
  cannotEstablish: ['no (?:pudo|pudieron|puede|pueden|podía|podían|ha podido|han podido) (?:\\p{L}+ ){0,1}?(?:determinar|confirmar|establecer|verificar|precisar|atribuir)'],
  warnAsTime: ['(?:siguió|siguieron|sigue|siguen) a', 'se produj(?:o|eron) tras', 'tras', 'después de(?:l)?', 'a raíz de(?:l)?', 'desde'],
  questionLabels: ['P', 'Pregunta'],
  answerLabels: ['R', 'Respuesta'],
  questionLetters: ['P'],
  answerLetters: ['R'],
  noComment: ['no respondió', '(?:se neg(?:ó|aron|aba)|rehus(?:ó|aron)|declin(?:ó|aron)) a (?:responder|contestar|pronunciarse)', 'no ha respondido', 'declinó comentar', 'rehusó comentar', 'no quiso comentar', 'sin comentarios', 'no ha comentado', 'no hizo comentarios'],
  sanctionActs: ['sancion(?:es|ó|aron|ado|ada|ados|adas|a|an|ar)?', 'inculp\\p{L}*', 'acusación formal', 'lista de sancionados'],
  // Things a confirmation may be about instead of a hit (claims/technical-finding.ts).
  technicalFindings: ['vulnerabilidad(?:es)?', 'fallos?', 'parches?', 'modelos?', 'código', 'solapamientos?', 'coincidencias?', 'direcci(?:ón|ones) IP', 'muestras?'],
  findingExploited: ['explotad[oa]s?', 'aprovechad[oa]s?', 'utilizad[oa]s? para', 'usad[oa]s? para'],
  withheldNames: ['no (?:ha |han |había |habían )?(?:identific|nombr|precis|revel|divulg|especific)(?:ó|aron|ado)', 'sin (?:identificar|nombrar|precisar|revelar|especificar)', 'declinó (?:identificar|nombrar|precisar)'],
  stateWithheld: ['no (?:nombró|nombraron|identificó|identificaron|señaló|señalaron|nombra|señala) (?:a )?ningún (?:país|Estado)'],
  groupHeads: ['(?:grupos?|actor(?:es)?)(?: de (?:piratas(?: informáticos)?|hackers|ciberespionaje|amenazas?))?', 'piratas(?: informáticos)?', 'hackers'],
  partisanMarks: ['pro', 'anti'],
  threatNouns: ['amenazas?'],
  threatSources: ['(?:amenazas?|peligros?) (?:\\p{L}+ ){0,3}?(?:que (?:supone|suponen|representa|representan|plantea|plantean|constituye|constituyen)|(?:procedentes?|provenientes?|por parte|de parte) (?:de|del))'],
  counterCharges: ['mientras (?:que )?(?:\\p{L}+ ){0,2}?(?:ellos|ellas|él|ella) mism[oa]s?', 'mientras (?:que )?(?:\\p{L}+ ){0,2}?se (?:presenta|presentan|erige|erigen) como víctimas?'],
  thiefIdioms: ['ladrón que grita [«"“]?¡?al ladrón'],
  asMarkers: ['como'],
  supportMarkers: ['con (?:el|la) (?:\\p{L}+ )?(?:apoyo|ayuda|asistencia|colaboración)(?: \\p{L}+)? de(?:l)?'],
  supplierMarkers: ['(?:suministrad|proporcionad|vendid|provist)(?:o|a|os|as) por'],
  sponsorLead: ['(?:respaldad|patrocinad|apoyad|financiad|dirigid|controlad|operad|auspiciad|comandad)(?:o|a|os|as) por'],
  correspondents: ['corresponsal(?:es)?', 'enviad[oa]s? especial(?:es)?', 'periodistas?', 'reporteros?|reporteras?'],
  guises: ['suplant\\p{L}*(?: la identidad de)?', '(?:se )?hac\\p{L}* pasar por', 'hacerse pasar por', 'haciéndose pasar por', 'hicieron pasar por', 'hizo pasar por'],
  inNameOf: ['en nombre (?:de|del)'],
  verbJoin: ['y', 'e', 'pero'],
  predicateJoin: ['y', 'pero'],
  predicateOpener: ['ha', 'han', 'había', 'habían', 'es', 'fue', 'será', 'va', 'van', 'se', 'no', 'prometió', 'ofreció', 'rechazó', 'envió', 'expresó', 'reiteró'],
  coordinators: ['y', 'e', 'así como', 'junto con', 'el', 'la', 'los', 'las'],
  disjunctions: ['o', 'u', 'o bien'],
  officialHeads: ['funcionari[oa]s?', 'diplomátic[oa]s?', 'portavo(?:z|ces)', 'representantes?', 'responsables?', 'oficiales'],
  clauseOpeners: ['algo que', 'lo que', 'y', 'pero', 'aunque', 'mientras', 'una acusación que', 'acusaciones que', 'cosa que'],
  groupDescribers: ['una? (?:[\\p{L}-]+ ){0,3}?(?:grupo|actor|colectivo|unidad|banda)'],
  describedAs: ['como'],
  // First describing, exposing or reporting on a group (claims/described-group.ts): "X lo describió en 2020 como una banda".
  groupIntroducers: ['describi(?:ó|eron)', '(?:ha|han|había|habían) descrito', 'descubri(?:ó|eron)', '(?:ha|han|había|habían) descubierto',
    '(?:dio|dieron) a conocer', '(?:ha|han|había|habían) dado a conocer', 'document(?:ó|aron)', 'destap(?:ó|aron)', 'desenmascar(?:ó|aron)',
    '(?:publicó|publicaron) (?:\\S+ ){0,3}?(?:un|una|su) (?:[\\p{L}-]+ ){0,2}?(?:informe|análisis|estudio) sobre'],
  objectCliticsBefore: ['lo', 'la', 'los', 'las'],
  attributionNouns: ['atribuci(?:ón|ones)'],
  anterior: ['anteriormente', 'previamente', 'en el pasado', 'hasta ahora'],
  background: ['ya', 'en su momento', 'en aquel momento', 'en su día'],
  habitual: ['desde hace (?:mucho tiempo|años|décadas)', 'durante (?:mucho tiempo|años|décadas)', 'constantemente', 'sistemáticamente', 'a diario', 'cada día', 'todos los días'],
  questionWords: ['qué', 'cómo', 'por qué', 'cuál(?:es)?', 'cuándo', 'quién(?:es)?'],
  articles: ['el', 'la', 'los', 'las', 'un', 'una'],
  listPrepositions: ['a', 'al'],
  listPossessives: ['de', 'del', 'por'],
  courtSeats: ['(?:gran )?jurado(?: federal)? (?:de|en)', 'tribunal(?: \\p{L}+)? (?:de|en)', 'juzgado(?: \\p{L}+)? (?:de|en)', 'fiscal(?:ía|es)(?: \\p{L}+)? (?:de|en)', 'audiencia (?:provincial|nacional) (?:de|en)'],
  courts: ['tribunal(?:es)?(?: \\p{L}+)?', 'juzgados?', 'jueza?', 'jueces', 'corte', 'audiencia nacional'],
  resemblance: ['solapamientos?', 'similitud(?:es)?', 'superposici(?:ón|ones)', 'coincidencias'],
  grounds: ['basándose en', 'con base en', 'sobre la base de', 'debido a', 'a partir de'],
  locative: ['en', 'ante'],
  // A body an impersonal speech verb names after it as the source of the words ("..., señalaron desde la cancillería").
  sourceLocatives: ['desde', 'en'],
  // A body named in the source phrase that opens a clause whose plural verb has no subject ("En <body> advirtieron").
  subjectlessPlural: ['\\p{L}+(?:aron|ieron|eron)'],
  scene: ['en'],
  placeLeads: ['tras', 'después (?:de|del)', 'durante', 'desde', 'antes (?:de|del)', 'a raíz (?:de|del)'],
  bodyOf: ['de', 'del'],
  // "(en adelante, la ANV)": the short form the bracket defines follows, its article with it.
  shortFormLead: ['en adelante', 'en lo sucesivo'],
  portfolios: ['Interior', 'Defensa', 'Exteriores', 'Asuntos Exteriores', 'Relaciones Exteriores', 'Gobernación', 'Justicia', 'Hacienda', 'Economía', 'Seguridad Pública', 'Seguridad Ciudadana', 'Asuntos Digitales'],
  kinetic: ['drones?', 'misil(?:es)?', 'cohetes?', 'bombarde\\p{L}*', 'bombas?', 'ataques? aéreos?', 'artillería', 'cazas'],
  cyberMarks: ['ciber\\p{L}*', 'hacke\\p{L}*', 'hacker\\p{L}*', 'pirat\\p{L}* informátic\\p{L}*', 'malware', 'ransomware', 'programas? malicios\\p{L}*', 'DDoS', 'denegación de servicio', 'phishing', 'botnets?', 'puertas? traseras?', 'intrusi\\p{L}*', 'internet', 'en línea', 'informátic\\p{L}*', 'servidores?', 'redes', 'datos', 'sitios? web', 'páginas? web'],
  threat: ['filtraci(?:ón|ones) de datos', 'interferir', 'interfiri\\p{L}*', 'interfier\\p{L}*', 'injerir', 'injiri\\p{L}*', 'amenazas?', 'amenaz\\p{L}+'],
  sectorHeads: ['sectores?', 'instituciones', 'empresas', 'entidades', 'organismos', 'redes', 'infraestructuras?', 'compañías'],
  reportWords: ['inform\\p{L}*', 'public\\p{L}*', 'revel\\p{L}*', 'cit\\p{L}*', 'escrib\\p{L}*', 'reportó', 'difundid\\p{L}*'],
  addresseeBefore: ['en declaraciones a(?: la| el)? [\\p{L}-]+', 'en (?:una )?entrevista con(?: la| el)? [\\p{L}-]+'],
  // Adjuncts of a speech verb: when, where, on which occasion ("dijo este lunes en una rueda de prensa en Madrid").
  speechAdjuncts: [
    '(?:este |el |el pasado |este pasado )?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)',
    '(?:el )?\\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?: de \\d{4})?',
    'hoy', 'ayer', 'anoche', 'la (?:noche|mañana|tarde) del? \\p{L}+', '(?:esta|la) semana(?: pasada)?', 'en su momento',
    '(?:en|durante|a través de|mediante) (?:un|una|el|la|su|sus) (?:[\\p{L}-]+ ){0,2}?(?:comunicado|declaración|declaraciones|informe|entrevista|rueda de prensa|conferencia(?: de prensa)?|discurso|mensaje|publicación|nota|sitio|cuenta|alocución|comparecencia|audiencia|sesión|video|vídeo)s?',
    '(?:publicado|publicada|difundido|difundida|emitido|emitida)',
    'en (?:X|Twitter|Telegram|Facebook|LinkedIn|redes sociales)',
    'en \\p{Lu}[\\p{L}-]+',
  ],
  interview: ['entrevista con', 'en declaraciones a', 'dijo a', 'declaró a', 'afirmó a'],
  audienceBefore: ['ante', 'frente a', 'delante de', 'compareci\\p{L}* (?:ante|en)'],
  sourceDeterminers: ['los', 'las', 'el', 'la', 'estos', 'estas', 'esos', 'esas', 'varios', 'varias', 'algunos', 'algunas'],
  pairBefore: ['ambos', 'ambas', '(?:los )?dos'],
  pairAfter: ['de (?:ambos|los dos) países'],
  commonWords: ['reunión'],
  orgWords: ['ministerio', 'agencia', 'centro', 'oficina', 'departamento', 'empresa', 'compañía', 'universidad', 'partido', 'embajada', 'instituto', 'consejo', 'comisión', 'gobierno', 'servicio', 'dirección', 'fiscalía', 'policía', 'guardia', 'mando', 'secretaría', 'tribunal', 'fundación', 'sistemas', 'seguridad', 'tecnologías', 'laboratorios?', 'diario', 'noticias'],
  // A report's basis, its parties neither claimant nor accused (claims/basis-phrase.ts): "based on documents leaked by X".
  basisPhrase: ['(?:basad[oa]s?|basándose|fundad[oa]s?|apoyad[oa]s?) en (?:\\p{L}+ ){0,3}?(?:documentos|archivos|expedientes|registros|materiales|filtraciones|cables|correos)'],
};
