/**
 * Words that only people recognition reads (never claims): what makes a named person act beyond
 * speaking, how a transcript labels its speakers, and how a title names the author of a statement.
 * Regular-expression sources, compiled like the cue lexicons (whole words except in Chinese).
 */
import { compileCues } from '../index.ts';

export interface PersonActProfile {
  /**
   * Verbs of an official's own act with the person as their subject ("X raised the matter", "X
   * summoned the ambassador", "X kündigt an", "X a réagi", "X convocó", "X ответил", "X chủ trì",
   * "X主持"): the person acts even without a speech verb.
   */
  acts: string[];
  /**
   * Verbs of reacting that take no object and may stand before their subject in reported speech
   * ("a rétorqué le porte-parole X", "replicó el ministro X", "ответил посол X"); transitive acts
   * never do ("summoned ambassador X": X is summoned).
   */
  reactions: string[];
  /** Titles that may open a speaker label before the name and are not part of it ("Sir", "L'hon.", "Chairman"). */
  labelTitles: string[];
  /**
   * Titles of a peer that are part of the name when one word follows ("Lord Hartwell", "Baroness Smith",
   * "Lady Jones"): the title and that word are how the press names them, not a title before a name.
   */
  peerTitles?: string[];
  /**
   * Nouns for a statement, a briefing or a press conference in a title, before the person who
   * gives it ("Statement by", "Комментарий", "Брифинг", "Déclaration de"): that person speaks.
   */
  statements: string[];
  /**
   * Whom a speech verb addresses, standing between the verb and the speaker after it ("— заявил
   * журналистам X", "sagte den Journalisten X", "dijo a la prensa X"): the speaker still follows.
   */
  addressees?: string[];
  /**
   * Verbs of writing that stand before their subject right after a quotation or a comma, as a speech
   * verb does ("« ... », écrit X", "\"...,\" writes X"): X speaks. Not among the reactions, which also
   * reach a person further on ("écrit par X" names an author, no speaker).
   */
  writing?: string[];
  /**
   * Words that mark a person as the object of the verb before them ("señaló como responsable al
   * exministro X", "culpó a X"): a name after one, between the verb and the name, is no inverted
   * subject. Whom the verb addresses ("dijo a la prensa X") is read first.
   */
  objectMarkers?: string[];
  /**
   * Prepositions of a topic between a name and a colon that opens what they state, as a post or a
   * live blog heads a statement ("Ministerin X zur Datenpanne: Man prüfe alles ...", "Minister X on the
   * breach: ..."): the person states what follows.
   */
  topicColon?: string[];
}

export const PERSON_ACTS: Record<string, PersonActProfile> = {
  en: {
    reactions: [],
    writing: ['writes', 'wrote'],
    acts: [
      'raised', 'issued', 'signed', 'summoned', 'convened', 'asks', 'asked', 'pressed', 'responded', 'replied', 'rejected',
      'dismissed', 'vowed', 'pledged', 'promised', 'welcomed', 'condemned', 'briefed', 'unveiled', 'chaired', 'hosted',
      'ordered', 'called', 'questioned', 'defended', 'acknowledged', 'apologi[sz]ed', 'resigned', 'resigns', 'stepped down', 'steps down',
      // speaking about something rather than stating a clause ("X criticised the response", "X posted on X")
      'criti(?:ci[sz]ed|ci[sz]es)', 'denounced', 'described', 'discussed', 'addressed', 'highlighted', 'commented', 'tweeted', 'posted',
      'spoke', 'testified', 'lamented', 'praised',
      'lashed out at', 'slammed', 'announced',
      // stating with a stance of one's own ("X confirmed that ...", "X warned", "X admitted")
      'confirmed', 'warned', 'admitted', 'recalled', 'wrote',
      // an expert's finding ('researchers X and Y analysed the exploit', 'X discovered the implant')
      'analy[sz]ed', 'discovered', 'uncovered', 'investigated', 'concluded',
    ],
    peerTitles: ['Lord', 'Lady', 'Baroness', 'Baron', 'Viscount', 'Viscountess', 'Earl', 'Countess'],
    labelTitles: ['Sir', 'Dame', 'Lord', 'Baroness', 'Rep\\.', 'Sen\\.', 'Hon\\.', 'The Hon\\.', 'Ranking member', 'Chairman', 'Chairwoman', 'Speaker', 'MP', 'Mr\\.?', 'Mrs\\.?', 'Ms\\.?', 'Dr\\.?'],
    addressees: ['reporters', 'journalists', 'the press', 'lawmakers', 'parliament'],
    topicColon: ['on'],
    statements: ['(?:written |oral |parliamentary )?question (?:from|by)', '(?:letter|reply|answer) (?:from|by)', 'statement by', 'remarks by', 'briefing by', 'comments? by', 'interview with', 'press conference (?:by|of|with)', 'message from', 'speech by', 'op-ed by', '(?:video|televised|recorded) (?:message|address|statement) (?:by|from|of)', 'address by'],
  },
  de: {
    reactions: ['entgegnete', 'konterte', 'antwortete'],
    writing: ['schreibt', 'schrieb'],
    acts: [
      'kündigt\\p{L}*', 'weist', 'wies', 'ergänzt\\p{L}*', 'bestellt\\p{L}*', 'stellt\\p{L}*', 'verurteilt\\p{L}*', 'fordert\\p{L}*',
      'lässt', 'ließ', 'unterzeichnet\\p{L}*', 'reagiert\\p{L}*', 'antwortet\\p{L}*', 'versprach', 'verspricht', 'begrüßt\\p{L}*',
      'bestätigt\\p{L}*', 'räumt\\p{L}*', 'räumte', 'wandte sich', 'wendet sich', 'rief', 'ruft', 'trat zurück', 'tritt zurück', 'ist zurückgetreten',
      // speaking about something ("X kritisierte die Reaktion", "X schilderte den Angriff")
      'attackiert\\p{L}*', 'schoss gegen', 'schießt gegen', 'kritisiert\\p{L}*', 'kommentiert\\p{L}*', 'beschrieb', 'beschreibt', 'schilderte', 'schildert', 'bedauert\\p{L}*', 'lobte', 'lobt',
      // stating with a stance of one's own ("X warnte", "X unterstrich", "X fügte hinzu")
      'warnte', 'warnt', 'unterstrich', 'unterstreicht', 'erinnerte', 'meinte', 'meint', 'fügte hinzu', 'hob hervor', 'hebt hervor', 'schrieb',
      // characterising what happened: "X bezeichnete den Angriff als gezielt"
      'bezeichnete', 'bezeichnet(?= (?:\\S+ ){0,6}?als(?!\\p{L}))',
      // Befunde von Fachleuten ('X analysierte den Exploit', 'X entdeckte')
      'analysiert(?:e|en)', 'entdeckte\\p{L}*', 'untersuchte\\p{L}*',
    ],
    labelTitles: ['Herr', 'Frau', 'Dr\\.', 'Abgeordnete[rn]?'],
    addressees: ['(?:den )?Journalisten', 'der Presse', 'den Reportern', 'dem Parlament'],
    topicColon: ['zum', 'zur', 'zu', 'über'],
    statements: ['(?:Kleine |Große |[Ss]chriftliche )?Anfrage (?:von|des|der)', '(?:Antwort|Brief|Schreiben) (?:von|des|der)', 'Erklärung (?:von|des|der)', 'Stellungnahme (?:von|des|der)', 'Rede (?:von|des|der)', 'Interview mit', 'Pressekonferenz (?:von|des|der|mit)', 'Briefing (?:von|des|der)', '(?:Video-?)?[Bb]otschaft (?:von|des|der)', '(?:Video-?|Fernseh)?[Aa]nsprache (?:von|des|der)'],
  },
  fr: {
    reactions: ['a (?:réagi|rétorqué|répliqué|lancé|répondu|ironisé|tranché)', 'réagit', 'rétorque', 'réplique', 'tranche'],
    writing: ['a écrit', 'écrit', 'écrivait'],
    acts: [
      'a (?:réagi|lancé|signé|convoqué|rejeté|répliqué|rétorqué|promis|condamné|demandé|présenté|reconnu|répondu|appelé|dénoncé|réclamé)',
      'évoquant', 'rejette', 'répond', 'réagit', 'lance', 'convoque', 'condamne', 'réclame', 'a démissionné', 'démissionne',
      // parler de quelque chose ("X a critiqué la réponse", "X a décrit l'attaque")
      'a (?:critiqué|commenté|décrit|déploré|salué|regretté|fustigé)', 'critique', 'déplore', 'fustige',
      // s'attaquer en paroles, annoncer, porter plainte ('X s'en prend au gouvernement', 'X a porté plainte')
      "s['’]en (?:prend|est pris|est prise) (?:à|au|aux)", 'a annoncé', '(?:a porté|porte) plainte',
      // déclarer avec une position ("X a confirmé que ...", "X a averti", "X a écrit")
      'a (?:confirmé|averti|prévenu|admis|écrit)', 'confirme', 'avertit', 'prévient',
      // constats d'experts ('X a analysé le code', 'X et Y ont découvert')
      '(?:a|ont) (?:analysé|découvert|identifié|conclu|enquêté)',
    ],
    labelTitles: ["L['’]hon\\.", 'Hon\\.', 'M\\.', 'Mme', 'Monsieur', 'Madame', 'Sir'],
    addressees: ['aux journalistes', 'à la presse', 'aux députés'],
    topicColon: ['sur'],
    statements: ['[Qq]uestion(?: écrite| orale| parlementaire)? (?:de|du)', '[Rr]éponse (?:de|du)', '[Ll]ettre (?:de|du)', 'déclaration (?:de|du|des)', 'communiqué (?:de|du|des)', 'discours (?:de|du|des)', 'entretien avec', 'point de presse (?:de|du|des)', 'conférence de presse (?:de|du|des)', 'intervention (?:de|du|des)', 'message(?: vidéo| télévisé| enregistré)? (?:de|du|des)', 'allocution(?: télévisée| vidéo)? (?:de|du|des)'],
  },
  es: {
    reactions: ['replicó', 'respondió', 'reaccionó', 'zanjó', 'ironizó'],
    writing: ['escribió', 'escribe'],
    acts: [
      'convocó', 'convoca', 'anunci(?:a|ó)', 'firmó', 'firma', 'respondió', 'responde', 'rechaz(?:a|ó)', 'reconoc(?:e|ió)', 'ordenó',
      'pidió', 'pide', 'exig(?:e|ió)', 'condenó', 'condena', 'prometió', 'replicó', 'defendió', 'dimitió', 'dimite', 'presentó su dimisión',
      // hablar de algo ("X criticó la respuesta", "X describió el ataque")
      'critic(?:a|ó)', 'coment(?:a|ó)', 'describ(?:e|ió)', 'lament(?:a|ó)', 'elogi(?:a|ó)',
      // afirmar con una postura ("X confirmó que ...", "X advirtió", "X escribió")
      'confirm(?:a|ó)', 'advirt(?:ió|e)', 'advierte', 'admit(?:e|ió)', 'escrib(?:e|ió)',
      // exponer o denunciar ('X expuso ante el país'), y hallazgos de expertos ('X analizó el código')
      'expuso', 'expone', 'denunci(?:a|ó)', 'analiz(?:a|ó|aron)', 'descubri(?:ó|eron)',
      // atacar de palabra ('X carga contra la junta', 'X arremetió contra el Gobierno')
      'carg(?:a|ó|aron) contra', 'arremet(?:e|ió|ieron) contra', '(?:ha|han) (?:cargado|arremetido) contra',
      // repetir lo dicho ('X ha repetido desde entonces que ...')
      '(?:ha|han) (?:repetido|reiterado)',
    ],
    labelTitles: ['Sr\\.', 'Sra\\.', 'señor', 'señora', 'don', 'doña', 'El señor', 'La señora'],
    addressees: ['a (?:los )?periodistas', 'a la prensa', 'a los medios', 'ante el Congreso'],
    objectMarkers: ['a', 'al'],
    topicColon: ['sobre'],
    statements: ['[Pp]regunta(?: escrita| oral| parlamentaria)? (?:de|del)', '[Rr]espuesta (?:de|del)', '[Cc]arta (?:de|del)', 'declaración (?:de|del)', 'comunicado (?:de|del)', 'discurso (?:de|del)', 'mensaje(?: en (?:vídeo|video)| televisado| grabado)? (?:de|del)', 'videomensaje (?:de|del)', 'entrevista (?:con|a)', 'conferencia de prensa(?: \\p{L}+)? (?:de|del)', 'rueda de prensa (?:de|del)', 'comparecencia (?:de|del)'],
  },
  ru: {
    reactions: ['ответил\\p{L}*', 'парировал\\p{L}*', 'отреагировал\\p{L}*'],
    writing: ['написал\\p{L}*', 'пишет'],
    acts: [
      'ответил\\p{L}*', 'пообещал\\p{L}*', 'отверг\\p{L}*', 'подписал\\p{L}*', 'объявил\\p{L}*', 'осудил\\p{L}*', 'вызвал\\p{L}*',
      'потребовал\\p{L}*', 'признал\\p{L}*', 'прокомментировал\\p{L}*', 'провел\\p{L}*', 'провёл\\p{L}*', 'провела', '(?:ушёл|ушел|ушла|подал|подала) в отставку',
      // говорить о чём-то ("X раскритиковал ответ", "X описал атаку")
      '(?:рас)?критиковал\\p{L}*', 'описал\\p{L}*', 'выступил\\p{L}*',
      'обрушил(?:ся|ась|ись) с критикой',
      // заявлять с позицией ("X подтвердил, что ...", "X предупредил", "X написал")
      'подтвердил\\p{L}*', 'предупредил\\p{L}*', 'написал\\p{L}*', 'настаивал\\p{L}*', 'констатировал\\p{L}*', 'уверен(?:а|ы)?',
      // выводы экспертов ('X и Y проанализировали эксплойт и установили')
      'проанализировал\\p{L}*', 'обнаружил\\p{L}*', 'выявил\\p{L}*', 'изучил\\p{L}*',
    ],
    labelTitles: ['господин', 'госпожа', 'г-н', 'г-жа'],
    addressees: ['журналистам', 'репортёрам', 'репортерам', 'прессе', 'депутатам'],
    statements: ['слова', 'комментарий', 'заявление', 'брифинг', 'выступление', 'интервью', 'ответ', 'ответы', 'пресс-конференция', 'обращение', 'видеообращение'],
  },
  vi: {
    reactions: [],
    acts: [
      'chủ trì', 'viết', 'trả lời', 'phản bác', 'bác bỏ', 'tranh luận', 'chất vấn', 'ký', 'triệu tập', 'công bố', 'yêu cầu',
      'đề nghị', 'giải trình', 'thừa nhận', 'lên án', 'phản hồi', 'từ chức', 'giải thích', 'chia sẻ',
      // "Đại biểu X (đoàn Y) nêu: ...": raising a point in a debate.
      'nêu',
      // characterising what happened: "X gọi đây là một vụ xâm nhập" (X called it an intrusion)
      'gọi (?:\\p{L}+ ){1,3}?là',
      // chuyên gia phân tích, phát hiện ('chuyên gia X phân tích mã độc')
      'phân tích', 'phát hiện',
    ],
    labelTitles: ['Đại biểu', 'Chủ nhiệm(?: [\\p{L}\\p{N}]+){0,3}', 'ông', 'bà', 'ngài'],
    statements: ['tuyên bố của', 'phát biểu của', 'trả lời phỏng vấn của', 'họp báo của', 'thông cáo của', 'thông điệp(?: video)? của', 'bài phát biểu của'],
  },
  zh: {
    reactions: [],
    acts: ['主持', '回答', '答复', '答覆', '宣布', '签署', '簽署', '召见', '召見', '回应', '回應', '驳斥', '駁斥', '备询', '備詢', '辞职', '辭職', '请辞', '請辭'],
    labelTitles: [],
    statements: ['答记者问', '答記者問', '主持例行记者会', '主持例行記者會', '讲话', '講話', '声明', '聲明'],
  },
};

export interface CompiledPersonActs {
  acts: RegExp | null;
  reactions: RegExp | null;
  labelTitles: RegExp | null;
  peerTitles: RegExp | null;
  statements: RegExp | null;
  addressees: RegExp | null;
  writing: RegExp | null;
  objectMarkers: RegExp | null;
  topicColon: RegExp | null;
}

const compiledActs = new Map<string, CompiledPersonActs | null>();

/** The language's person-act words compiled once (whole words; substrings in Chinese). */
export function personActsFor(lang: string): CompiledPersonActs | null {
  let c = compiledActs.get(lang);
  if (c === undefined) {
    const p = PERSON_ACTS[lang];
    const nwb = lang === 'zh';
    c = p ? { acts: compileCues(p.acts, nwb), reactions: compileCues(p.reactions, nwb), labelTitles: compileCues(p.labelTitles, nwb), peerTitles: compileCues(p.peerTitles ?? [], nwb), statements: compileCues(p.statements, nwb), addressees: compileCues(p.addressees ?? [], nwb), writing: compileCues(p.writing ?? [], nwb), objectMarkers: compileCues(p.objectMarkers ?? [], nwb), topicColon: compileCues(p.topicColon ?? [], nwb) } : null;
    compiledActs.set(lang, c);
  }
  return c;
}

/**
 * Relative pronouns that open a clause about a person right after their name ("X, who later said",
 * "X, der ... erklärte", "X, qui a affirmé", "X, quien dijo", "X, который заявил"): the clause's
 * speech verb is the person's.
 */
export const RELATIVE_PRONOUNS: Record<string, string[]> = {
  en: ['who'],
  de: ['der', 'die'],
  fr: ['qui'],
  es: ['quien', 'que'],
  ru: ['который', 'которая'],
};

/**
 * Objects a verb-second language fronts before its finite verb, whose subject then follows the verb
 * ("Das bestätigte Sprecher X", "Den Angriff verurteilte Ministerin X"): the whole stretch before the
 * verb. A fronted subject in the nominative ("Der Minister warnte X") is not one: X is its object.
 */
export const FRONTED_OBJECTS: Record<string, string[]> = {
  de: ['das', 'dies', 'das alles', 'dies alles', 'den [\\p{L}-]+', 'diesen [\\p{L}-]+', 'einen [\\p{L}-]+'],
};

/**
 * Prepositions that, opening a sentence before a name and its comma, mark whose view the sentence
 * gives ("Pour X, la Russie est ...", "Para X, el grupo es ...", "For X, the group is ..."): the
 * person holds the opinion as a speaker would state it.
 */
export const OPINION_OPENERS: Record<string, string[]> = {
  en: ['for'],
  fr: ['pour'],
  es: ['para'],
};

/**
 * Languages that put a speech verb before its subject only right after the quotation or clause it
 * reports ('"...," said X', '..., said X'), and drop "that" after a verb with its own subject
 * ("Prosecutors say X developed ..."): there the name after the verb opens the reported clause.
 */
export const INVERSION_AFTER_REPORT = new Set(['en']);

/**
 * Conjunctions that join two people as the subjects of one verb ("Minister A and Minister B
 * condemned", "A und B verurteilten", "A和B表示"): the first acts as the second does.
 */
export const PERSON_COORDINATORS: Record<string, string[]> = {
  en: ['and', 'as well as'],
  de: ['und', 'sowie'],
  fr: ['et', 'ainsi que'],
  es: ['y', 'e', 'así como'],
  ru: ['и', 'а также'],
  zh: ['和', '与', '與', '及', '以及', '、'],
  vi: ['và', 'cùng'],
};

/**
 * Prepositions that tie a person to the body they work for, between their name and their verb
 * without commas ("X of Quorvex said", "X von der Firma Y sagte", "X из компании «Y» заявил"). French
 * and Spanish "de" also joins the parts of a name, so they have none here.
 */
export const AFFILIATION_WORDS: Record<string, string[]> = {
  en: ['of', 'at', 'from'],
  de: ['von', 'vom', 'bei', 'beim'],
  ru: ['из'],
  // "chuyên gia X của hãng Y nhận định": the possessive ties an expert to the firm they work for.
  vi: ['của'],
};

/**
 * Role words of people quoted for their expertise ("researcher X of Y", "chuyên gia X của Y"): such a role
 * names no body of its own, so the affiliation after the name says whom they speak for. An office's role
 * ("Attorney X of the District of Y") holds a post of state and keeps to what its role phrase says.
 */
export const EXPERT_ROLES: Record<string, string[]> = {
  en: ['researchers?', 'analysts?', 'experts?', 'specialists?', 'scientists?', 'engineers?'],
  de: ['(?:sicherheits)?forscher(?:in)?', 'analyst(?:in)?', 'expert(?:e|in)', 'spezialist(?:in)?'],
  fr: ['chercheu(?:r|se)', 'analyste', 'experte?', 'spécialiste', 'ingénieure?'],
  es: ['investigador(?:a)?', 'analista', 'expert[oa]', 'especialista', 'ingenier[oa]'],
  ru: ['исследовател\\p{L}*', 'аналитик\\p{L}*', 'эксперт\\p{L}*', 'специалист\\p{L}*', 'инженер\\p{L}*'],
  vi: ['chuyên gia', 'nhà nghiên cứu', 'nhà phân tích', 'kỹ sư'],
};
