/**
 * A cue lexicon for one language: regular-expression sources (case-insensitive, compiled with
 * Unicode word boundaries except for Chinese) grouped by what they signal in a sentence.
 */
export interface CueLexicon {
  lang: string;
  /** Scripts without spaces between words (Chinese): cues match as substrings. */
  noWordBoundaries?: boolean;
  /** Short words frequent in any text of the language, which tell Latin-script languages apart ("the", "le", "der", "el"). */
  functionWords?: string[];
  /**
   * Conjunctions, prepositions and adverbs that open a clause ("como", "según", "wie", "comme", "ainsi", "как",
   * "as", "như", "正如"): a closed class, never a name at a sentence start whatever its case ("Como informó la
   * empresa X" is said by X). Kept apart from `functionWords`, which also tell languages apart; both count as such.
   */
  closedClass?: string[];
  /** Letters only this language's Latin alphabet uses among the profiles' languages ("ñ", "ç", "ß"). */
  distinctLetters?: string[];
  /** Speech verbs with the speaker before them ("X said", "X cho biết", "X表示", "X заявил"). */
  say: string[];
  /** Markers whose source follows ("according to X", "theo X", "据X", "по словам X", "selon X"). */
  sourceBefore: string[];
  /**
   * Source markers that name the finding of an investigation and no one who made it ("according to the
   * findings so far", "nach den bisherigen Erkenntnissen", "по данным следствия", "основная версия следствия",
   * "selon les premiers éléments de l'enquête", "según las pesquisas", "qua điều tra", "经查", "据调查"): also
   * in `sourceBefore`. With no source of their own after them, the body that runs the investigation speaks
   * (claims/finding-owner.ts).
   */
  findingSources?: string[];
  /**
   * Source markers that point back to the clause before them ("according to which", "wonach", "demzufolge", "selon
   * lesquelles", "según las cuales", "согласно которым", "theo đó", "据此"): also in `sourceBefore`. Their source is
   * the subject that opens the clause before ("X released its findings, according to which ..."), never a party
   * after them, which is what the findings tell (claims/speech.ts).
   */
  sourceBack?: string[];
  /** Accusing or attributing ("accused", "cáo buộc", "指责", "обвинил", "accuse"). */
  accuse: string[];
  /** Claiming one's own attack ("claimed responsibility", "revendiqué", "reivindicó", "взяла на себя ответственность", "nhận trách nhiệm", "认领"). */
  claimsOwn?: string[];
  /**
   * The passive of such a claim, read right after its cue ("claimed by", "revendiquée par", "reivindicado por",
   * "reklamiert von"): the claimant is the agent after it, and the words before the cue are the act claimed.
   */
  claimsOwnAgent?: string[];
  /**
   * An unnamed group as that agent ("claimed by a pro-Russian group", "revendiquée par un groupe", "reivindicados
   * por un grupo prorruso"): the group under discussion.
   */
  claimsOwnAgentGroup?: string[];
  /**
   * Head nouns of an unnamed threat group or its members ("groups", "hackers", "Gruppen", "группировки", "nhóm tin
   * tặc", "黑客"): a state word beside one ("Iranian hackers claimed ...", "Iranische Gruppen bekannten sich ...") is
   * the group's tie, not the one who claims the act.
   */
  unnamedGroupHeads?: string[];
  /**
   * A group noun with no article, demonstrative or modifier before it ("группа", "nhóm"), as the subject right before
   * a group's speech verb ("Группа заявила, что взломала ...", "nhóm tuyên bố đã xâm nhập ..."): the threat group named
   * shortly before (claims/bare-group-subject.ts). Languages with articles refer back with GROUP_REFS ("the group").
   */
  bareGroupNouns?: string[];
  /**
   * A body's own operatives named by a possessive ("its cyber specialists", "его киберспециалисты", "ses
   * spécialistes", "seine Cyberexperten", "sus especialistas", "các chuyên gia của mình"): a state body saying they did
   * a hostile act announces its own operation (claims/rules/own-operatives.ts).
   */
  ownOperatives?: string[];
  /**
   * An operation told by its noun and whom it was against ("a special operation against", "спецоперацию против",
   * "une opération contre"): the act of a body's own operatives when no hostile verb tells it.
   */
  operationAgainst?: string[];
  /**
   * What only the perpetrator of an extortion can offer: the key to undo it ("will hand over the decryption keys",
   * "fournir les clés de déchiffrement", "trao khóa giải mã", "提供解密密钥"). A threat group as the
   * subject of one owns the act.
   */
  perpetratorRemedy?: string[];
  /** Predicates whose subject is the accused, said by the speaker ("is behind", "responsible for", "đứng sau", "стоит за"). */
  blame?: string[];
  /**
   * Evidence that points to the accused, who follows the predicate ("the traces point to", "les traces mènent à",
   * "die Spuren deuten auf", "las huellas apuntan a", "следы указывают на", "线索指向", "dấu vết chỉ về").
   */
  pointsTo?: string[];
  /**
   * A verbless headline's word between the doer and the hostile act it did ("X behind attack on ..."): the party
   * right before it is the accused (home-state.ts does not take its organs for the article's speakers).
   */
  headlineBlame?: string[];
  /** Subjects that name no actor ("who", "wer", "кто", "nobody"): "it is unclear who is behind the attack" accuses no one. */
  unknownActors?: string[];
  /**
   * A state actor the speaker does not name ("a state actor", "einen staatlichen Akteur", "un acteur étatique",
   * "un actor estatal", "государственного субъекта", "một chủ thể nhà nước", "国家级黑客"): an attribution with no target.
   */
  unnamedStateActors?: string[];
  /**
   * A copula, with the hedges that may follow it, by which a speaker classifies a subject as what comes next ("is",
   * "is highly likely", "es probablemente", "est", "ist", "là", "为", "является"): with a threat group as its subject
   * and an unnamed state actor after it ("we assess that X is a state-sponsored actor"), the group is attributed to a
   * state the speaker does not name (claims/rules/state-actor-predicate.ts).
   */
  classifyingCopulas?: string[];
  /**
   * An actor described only by the language it works in ("a Russian-speaking actor", "русскоязычная группировка",
   * "ein russischsprachiger Akteur", "un groupe russophone", "un grupo de habla rusa", "một nhóm nói tiếng Nga"):
   * attributed an act, it names no state, so the attribution has no target (claims/rules/language-actor.ts).
   */
  languageActors?: string[];
  /**
   * Quantifiers over every member of a kind ("any", "every", "jeder", "toute", "cualquier", "любая", "bất kỳ", "任何"):
   * an act they determine ("any attack carried out by a foreign state would be answered") is no incident, and an
   * unnamed state actor told as its author is no attribution (claims/rules/unnamed-state.ts).
   */
  universalQuantifiers?: string[];
  /**
   * Verbs that withdraw a charge, told before it ("dropped the charges against", "retiró los cargos contra", "a annulé
   * l'acte d'accusation visant", "отозвал обвинительное заключение", "rút lại cáo trạng", "撤销了对……的起诉"): a charge
   * cue a few words after one accuses no one (claims/withdrawn-charge.ts). A refusal or negation before the verb
   * ("refused to drop") is excluded in the entry itself: the charge stands.
   */
  withdrawals?: string[];
  /** The same told after the charge noun, in the passive or verb-final ("charges ... were dropped", "обвинения сняты", "Anklage ... zurückgezogen"). */
  withdrawnAfter?: string[];
  /** Conjunctions that open a supposed clause ("if", "si", "falls", "если", "如果", "nếu"): its accusations are not made. */
  conditional?: string[];
  /** Words that open an embedded question ("whether", "ob", "是否", "liệu"): what it asks is not asserted. */
  interrogative?: string[];
  /**
   * A lack of evidence that opens what it does not show ("found no evidence that", "has not seen evidence
   * that", "keine Hinweise darauf, dass", "aucune preuve que", "ninguna prueba de que", "нет доказательств
   * того, что", "chưa có bằng chứng cho thấy", "没有证据表明"), or of reason to believe it ("no reason to
   * believe", "kein Grund zur Annahme, dass", "нет оснований полагать", "没有理由相信"): what follows, to the next break, is not
   * asserted (claims/supposed.ts). Each source runs to the word that opens the complement, so "without
   * evidence" or "no evidence was presented" opens nothing.
   */
  noEvidenceThat?: string[];
  /** Verbs of admitting, among the `confirm` cues ("admitted", "reconoció", "a reconnu", "räumte ... ein", "признали", "thừa nhận", "承认"): they concede a wrong (claims/admitted-access.ts). */
  admission?: string[];
  /** Others' access to one's systems, the verb with the systems reached ("accessed its servers", "accedieron a sus sistemas", "访问了其系统"): told after an admission, a hit (claims/admitted-access.ts). */
  admittedAccess?: string[];
  /** Markers the speaker disputes the words after with ("so-called", "所谓", "так называемых", "cái gọi là"): what they hold, to the next break, is not asserted. */
  soCalled?: string[];
  /** Verbs that open a sentence as an inverted conditional ("Should Russia be behind it, ...", "Sollte Russland dahinterstecken, ..."). */
  conditionalOpeners?: string[];
  /**
   * Markers of the perpetrator of an act, who is no speaker: a participle with its agent after it ("menée par",
   * "llevado a cabo por"), or a frame holding the agent ("由 … 实施", "do … thực hiện").
   */
  doneBy?: string[];
  /**
   * Verbs telling where an act came from, with its source after them ("came from", "provenaient du", "procedían
   * del", "исходили от", "xuất phát từ", "来自"), or a frame holding it ("gingen von … aus"): a threat group named
   * as the source is the act's doer (claims/act-origin.ts).
   */
  actOrigin?: string[];
  /**
   * Hedges between an agent's noun and the state it is said to belong to ("by a group believed to be North
   * Korean", "par un groupe présumé nord-coréen", "bị một nhóm được cho là của Triều Tiên đột nhập"): the
   * state is still the agent's; the hedge is the victim's caution, not another party (rules/stance.ts).
   */
  agentHedges?: string[];
  /** Auxiliaries of the passive, right before a participle cue ("was", "được", "被", "été", "fue", "был"). */
  passive?: string[];
  /**
   * Passive markers that take the agent between them and the verb ("bị Canada trừng phạt", "được Đức xác nhận",
   * "被美方指控", "遭到俄方驳斥"): the party between the marker and the cue is the agent (claims/passive-agent.ts).
   */
  agentFirstPassive?: string[];
  /** Verb forms that look passive after such an auxiliary but are not ("has been warning"). */
  progressive?: string[];
  /**
   * Auxiliaries of the passive in verb-second position, apart from the participle that closes the clause ("Am Montag
   * wurde das Amt vor ... gewarnt"): the party between them is the one warned, not the warner (claims/text.ts bracketPassive).
   */
  bracketPassive?: string[];
  /** Agent markers of such a passive ("vom Amt gewarnt", "durch X gewarnt"): the agent warns. */
  bracketPassiveAgents?: string[];
  /** Nouns of accusation: suppressed after a denial cue; carriers of echoed claims. */
  accuseNoun: string[];
  /** Passive accusation verbs: the subject is accused, its accuser untold ("is falsely accused", "обвиняется", "被指控"). */
  accusedPassive?: string[];
  /** Words that refer back to an earlier statement or act ("this", "these accusations", "điều này", "此事", "это"). */
  anaphora?: string[];
  /** Denying or rejecting, said by the subject: "denied", "rejected", "had no knowledge", "not involved". */
  deny: string[];
  /** Qualifiers of an accusation that deny it in the speaker's words: "groundless", "no evidence", "毫无根据". */
  denyQualifier: string[];
  /** Warning or threatening consequences. */
  warn: string[];
  /** Urging, demanding, calling for (dialogue, restraint, stopping). */
  callFor: string[];
  /** Negators: a confirmation or an accusation right after one is not made ("have not confirmed", "n'a jamais accusé", "не подтвердили"). */
  negation?: string[];
  /**
   * Negators that close a verb-second clause after its verb and negate it there ("bestätigte den Angriff nicht",
   * "machte X dafür nicht verantwortlich", text.ts `negated`).
   */
  clauseFinalNegation?: string[];
  /**
   * Words that open a complement of the verb right after such a negator in the middle field: articles and the
   * prepositions of the verbs' objects ("nicht der ...", "nicht für ...", "nicht vor ..."). The negator negates the
   * clause's verb (claims/complement-negation.ts).
   */
  negatedComplementOpeners?: string[];
  /** Conjunctions that correct a negated constituent ("nicht X, sondern Y"): the verb is not negated. */
  negationCorrection?: string[];
  /**
   * Negative words a negator before them agrees with (negative concord): "no tuvo ningún papel", "не играл никакой
   * роли", "n'a rien à voir". A denial cue holding one denies by that negation: the negator before it is its own
   * (text.ts `negatedDenial`).
   */
  negativeConcord?: string[];
  /** Acknowledging (a breach, an attribution). */
  confirm: string[];
  /** A confirmation in the passive with its agent right after ("confirmed by", "confirmado por", "confirmé par", "bestätigt von", "подтверждено", "được xác nhận bởi"): the agent confirms. */
  confirmedBy?: string[];
  /**
   * A denial in the passive with its agent right after ("rejected by", "rejetée par", "rechazada por",
   * "zurückgewiesen von", "отвергнуто" + instrumental): the agent denies, not the sentence's subject.
   */
  deniedBy?: string[];
  /** Hostile cyber acts and their actors (attack, hack, espionage, hackers). */
  hostile: string[];
  /** Nouns for those who carry out hostile acts ("hackers", "tin tặc", "黑客", "хакеры", "pirates"): a state named right beside one is the actor's. */
  actorNouns?: string[];
  /** Nouns for those hit ("victims", "victimes", "Opfer", "víctimas", "жертвы", "nạn nhân", "受害者"): a state named right beside one is the victim's, never the actor's. */
  victimNouns?: string[];
  /**
   * Nouns for what a hostile act aims at ("targets", "cibles", "objetivos", "Ziele", "цели", "mục tiêu", "目标"): like a
   * victim noun, the subject of a predicate listing or locating those hit (claims/victim-complement.ts) and the noun a
   * place after a locative belongs to ("targets in X").
   */
  targetNouns?: string[];
  /**
   * Verbs and markers by which a victim or target noun lists or locates its members ("included", "comprenaient",
   * "incluían", "gehörten", "включали", "bao gồm", "包括", "分布在"): every state in their complement is on the side of
   * those hit (claims/victim-complement.ts).
   */
  victimSpread?: string[];
  /**
   * Nouns for the users of a service or a network ("users", "utilisateurs", "Nutzer", "usuarios", "пользователи",
   * "người dùng", "用户"): like a victim noun, a state named right beside one says where they are, never who acts
   * (claims/role-nationality.ts).
   */
  userNouns?: string[];
  /**
   * Nouns for what a hostile act hits and that never carries one out: systems, networks, servers, banks, hospitals,
   * organisations ("systems", "réseaux", "Banken", "bancos", "организаций", "ngân hàng"). A state's adjective or name
   * beside one, a word or two between at most ("Moldovan government organisations", "bancos moldavos"), says whose
   * the thing hit is, never who acts (claims/hit-noun-state.ts). Authorities, ministries and companies are left out:
   * they may be the actor's own ("the Chinese company that built the tool").
   */
  hitNouns?: string[];
  /**
   * Words that may stand between a state and a hit noun of `hitNouns` ("government", "state", "public":
   * "Moldovan government organisations", "молдавских государственных организаций"). Nothing else may: a verb between
   * ("the USA attack Chinese networks") puts the state outside the noun's phrase (claims/hit-noun-state.ts).
   */
  hitNounModifiers?: string[];
  /**
   * Transitive verbs of a hostile act whose direct object is its victim ("attacked", "атаковали",
   * "ont attaqué", "atacaron", "đã tấn công", "攻击了"): a state named in the object right after one
   * ("attacked American officials") is hit, not the actor.
   */
  hostileVerbs?: string[];
  /**
   * A hostile verb in the passive with its auxiliary ("ont été piratés", "wurden angegriffen", "были атакованы",
   * "han sido atacados", "đã bị tấn công", "遭到攻击"): a state named in its subject, a few words before, is the one hit,
   * never the actor (claims/patient-before-hit.ts).
   */
  patientPassive?: string[];
  /**
   * A hostile verb that closes a verb-final clause, its object before it ("die Behörden angriff", "in die Netze
   * eingedrungen"): a state written as the adjective of that object is the one hit (claims/patient-before-hit.ts).
   */
  patientFinal?: string[];
  /**
   * A hostile participle used as the adjective of what it hit ("the compromised routers", "die gehackten
   * Konten", "les serveurs piratés", "los equipos comprometidos"), with its determiner and, where the
   * adjective follows its noun, the noun: it describes the victim's state and tells no act of anyone
   * named beside it ("the compromised routers were taken offline in an operation led by the FBI"). A
   * participle with its agent after it ("des serveurs piratés par X") is an act told, not a state.
   */
  victimStates?: string[];
  /**
   * A government named by its leader, before the name ("the government of", "el Gobierno de", "le
   * gouvernement d'", "le gouvernement", "die Regierung von", "die Regierung", "chính quyền") or after it ("administration" in "the Biden
   * administration", "政府" in "马杜罗政府"): the leader is named as its owner and does not act.
   */
  governmentOfLeader?: string[];
  governmentAfterLeader?: string[];
  /**
   * Nouns for people charged, sanctioned or arrested as private persons ("nationals", "brothers",
   * "Staatsbürger", "công dân", "公民", "граждан"), and for companies so named ("companies", "empresas",
   * "Firmen", "công ty", "公司"): their nationality and their names are not the party accused (the state
   * the clause ties the act to, else the group they are charged with running).
   */
  defendantNouns?: string[];
  /**
   * Words between a defendant noun and the state it tells the defendants are of ("citizens of", "ciudadanos de",
   * "ressortissants de l'", "Bürger aus", "граждан из"): that state is their nationality, as one right beside the noun.
   */
  defendantOrigin?: string[];
  /** "similar" + report/accusation: another party echoes the previous attribution. */
  similar: string[];
  /**
   * Adjectives of likeness among the `similar` cues ("similar", "similaires", "similares", "ähnliche",
   * "аналогичные", "tương tự", "类似"): they make an echo only beside a noun of statement ("similar
   * accusations", "des déclarations similaires", "cáo buộc tương tự"), not beside samples, tools or attacks.
   */
  likeness?: string[];
  /**
   * Nouns of a statement or a stance another party may take alike, besides `accuseNoun` and `attributionNouns`
   * ("statements", "assessment", "concerns", "déclarations", "Erklärung", "заявление", "tuyên bố", "声明"), and of
   * the manner of saying ("in similar terms", "de manière similaire", "аналогичным образом", "theo cách tương tự").
   */
  statementNouns?: string[];
  /** Echo cues that join the statement of another ("co-signed", "supporting the assessment"): the echoing party is their subject or agent, not their object. */
  joinVerbs?: string[];
  /** Markers of the agent of a passive ("co-signed by X", "cosigné par", "bởi", "由", "от"). */
  agentMarkers?: string[];
  /**
   * A word in the case that marks the agent of a passive with no marker of its own (the Russian instrumental: "приписана
   * Ирану Израилем", "властями Филиппин"); the pattern must match the whole word (claims/passive-agent.ts `agentInCase`).
   */
  agentCase?: string[];
  /** Markers of a joint act before the co-signers ("together with", "gemeinsam mit", "conjointement avec", "совместно с", "联合"). */
  joint?: string[];
  /** Collective references back to the co-signers of a joint act ("the authoring agencies", "die beteiligten Behörden", "各方"). */
  jointRefs?: string[];
  /** Nouns of an act several parties make together ("joint advisory", "gemeinsame Warnung", "avis conjoint", "联名"): the list that makes it co-signs it. */
  jointActs?: string[];
  /** Pro-verbs after a clause that join further parties to its claim ("as did", "comme l'ont fait", "como hicieron"): the parties after them make it too. */
  alsoDid?: string[];
  /**
   * Markers of cooperation with partners ("cooperate with", "与…合作", "mit … zusammenarbeiten",
   * "coopérer avec"): the parties they name side with the speaker, neither accused nor warned. A
   * marker that closes around its partners matches them too.
   */
  cooperation?: string[];
  /** Modals that make "X should/must ..." a call on X. */
  modal: string[];
  /**
   * Verbs of expectation right after a modal ("must assume that", "müssen davon ausgehen", "doivent s'attendre à",
   * "phải giả định", "必须假定"): the modal warns of what is to come, it calls for no act.
   */
  expectAfterModal?: string[];
  /**
   * Modals that also tell hearsay (German "soll", "sollen": "X soll Daten gestohlen haben" = X reportedly stole data), and
   * the predicates closing their clause that make them so (`reportativeTail`: a perfect infinitive, a predicate of
   * responsibility). Such a modal is no call on its subject (claims/reportative-modal.ts).
   */
  reportativeModal?: string[];
  reportativeTail?: string[];
  /** The preposition opening what a warning warns of before a verb-final or fronted verb (German "vor": "hatten vor der Gruppe X gewarnt"): X is the threat, not the one who warns (claims/warned-of-phrase.ts). */
  warnedOfMarkers?: string[];
  /**
   * Verbs of ceasing that are also cues of a call ("cesser", "cesar", "прекратить", "chấm dứt", "停止"): what a call
   * asks ("urged X to stop", "X should stop"). With no call verb and no modal before them, their subject stops its
   * own doing and calls on no one ("X将停止营运", "X podría cesar"; claims/own-cessation.ts).
   */
  ceaseCalls?: string[];
  /**
   * A party's account of its own conduct that narrows or corrects it, with no verb of denial: a restriction to lawful
   * use ("only used lawfully", "nur gesetzlich", "только в рамках закона", "仅用于合法", "chỉ ... theo đúng pháp luật"),
   * or a correction that puts the act on someone else ("not the company itself but", "nicht X selbst, sondern",
   * "本身并不操作"). Said by a party the text holds accused, it denies (claims/rules/self-justification.ts).
   */
  selfJustification?: string[];
  /**
   * Words that tell a party as the maker or seller of surveillance tools, right before or after its name ("the spyware
   * maker X", "Spähsoftware-Hersteller X", "développé par X", "fabricado por X", "разработчик X", "do X phát triển",
   * "X开发的"): its tools are what the text tells of, so its account of their use answers the accusation
   * (claims/rules/self-justification.ts `toolMaker`).
   */
  toolMaker?: string[];
  /** Markers before a victim or recipient ("against", "nhằm vào", "针对", "против", "contre"). */
  victim: string[];
  /**
   * Markers of the one an act is ascribed to, after a verb of attributing and its object ("attributed the attack
   * on the hospitals to Russia", "a imputé l'attaque contre les hôpitaux à la Russie", "atribuyó el ataque
   * contra los hospitales a Rusia", "quy trách nhiệm vụ tấn công nhằm vào ... cho Nga"): they end a victim's
   * phrase, and the party after them is the accused.
   */
  ascribedTo?: string[];
  /** Markers that tie an actor to the state behind it ("linked to", "có liên hệ với", "связанная с", "liée à", "vinculado a"). */
  linkedTo?: string[];
  /**
   * A marker of origin and a noun for a state's ground, ending in the profile's possessive ("from the territory of",
   * "depuis le territoire de", "desde el territorio de los", "từ lãnh thổ của"): the state after it is where an act came
   * from, not the owner of what the act hit (claims/parties.ts `victimBefore`). A profile whose genitive needs no word
   * ("с территории России", "来自俄罗斯境内") needs none.
   */
  originPlace?: string[];
  /**
   * The same told around the state, the agent between the passive's marker and its participle (verb-final or
   * agent-first passives): the marker before the state ("vom", "được", "得到") with one after it ("unterstützt",
   * "hậu thuẫn", "的支持"), as in "vom Iran unterstützt", "được Iran hậu thuẫn", "得到伊朗的支持". Both must stand
   * right beside the state.
   */
  linkedAroundBefore?: string[];
  linkedAroundAfter?: string[];
  /**
   * Nouns of a parliamentary question in a text's header ("question écrite", "Kleine Anfrage", "pregunta"): with a
   * party named there, the text is a question whose asker is that party (claims/asker.ts).
   */
  questionNouns?: string[];
  /** References to the authors of a parliamentary question inside it ("die Fragesteller", "este grupo parlamentario", "l'honorable membre"). */
  askerRefs?: string[];
  /** The first person singular ("je", "j'", "ich"): in a question, before the answer's heading, its asker. */
  firstSingular?: string[];
  /**
   * Definite nouns of a member of parliament or a party's leader ("the lawmaker", "el legislador", "l'élu", "le
   * député", "der Abgeordnete", "该议员"): they point back to the last person named before as a party's member,
   * who speaks for the party (claims/parties.ts, context.ts).
   */
  memberRefs?: string[];
  /** Words that open the heading of the answer to a question ("Réponse", "Antwort", "Respuesta"). */
  answerHeads?: string[];
  /** Verbs of appeal that make a call even without a named addressee ("urged", "kêu gọi", "呼吁", "призвал"). */
  appeal?: string[];
  /** Suffixes after a hyphen that make a state a modifier of someone else ("China-linked", "Kremlin-backed"). */
  modifierSuffix?: string[];
  /**
   * What opens the agent phrase of a backing participle right before its agent, the sponsor of what the phrase
   * describes ("hackers backed by X", "un groupe dirigé par X", "хакеры, поддерживаемые X"): the participle with its
   * "by" where the participle comes first, the agent's marker alone ("durch", "do", "由") where it comes last
   * (sponsorClose). The sponsor qualifies someone else: it does not speak (claims/sponsor-agent.ts).
   */
  sponsorLead?: string[];
  /** Backing participles that close the agent phrase after its agent ("durch X unterstützte", "do X bảo trợ", "由X支持的"), in profiles whose sponsorLead is a bare marker. */
  sponsorClose?: string[];
  /**
   * What stands between a company and the name of a unit of its that follows ("Google's Mandiant", "Google-owned
   * Mandiant", "die Google-Tochter Mandiant", "谷歌旗下的Mandiant"): the company only qualifies the unit, which is the
   * party that acts or speaks.
   */
  parentOfNext?: string[];
  /**
   * The cue of a participial phrase telling what a report rests on ("based on documents leaked by", "basado en
   * documentos filtrados por", "dựa trên tài liệu do"), a noun of documents in it: the parties inside the phrase, up to
   * the next clause break, are neither claimant nor accused (claims/basis-phrase.ts).
   */
  basisPhrase?: string[];
  /**
   * What stands, after a comma, between an organisation and the name of its parent in an apposition ("X, a subsidiary
   * of Y", "X, eine Tochter der Y", "X, filiale de Y"), an adjective of the parent allowed: the parent only qualifies
   * the organisation before it, which is what a later reference to a company or its staff points back to.
   */
  parentAfter?: string[];
  /**
   * Role words that close a hyphenated compound opened by the name of the body the person speaks for ("Velmar-Sprecher",
   * "Velmar-Sprecherin"): the name before the hyphen is the organisation, the compound no name of its own.
   */
  speakerCompoundTails?: string[];
  /**
   * Relative pronouns that put the accused before the verb ("whom it accuses", "que acusa", "которых
   * обвиняют"), looked up as cues wherever they stand, also in a restrictive clause ("a group that Y
   * accuses"). Not relativeClauseOpeners: see there.
   */
  relativePronouns?: string[];
  /**
   * Relative words, in any case, that open a clause set off by commas inside a sentence, read by
   * position right after the comma ("the association, which criticises X, said", "l'association, qui
   * critique X, annonce", "die Gruppe, die gegen X klagt, erklärte"): what the clause names is not the
   * subject of the verb after its closing comma (claims/relative-opener.ts). It differs from
   * relativePronouns on purpose, and the two are not merged because either set of rules would then
   * read other clauses: a comma clause is not opened by English "that" (", that" is a conjunction
   * or a demonstrative there), but is by possessive relatives ("whose", "deren", "dessen", "cuyo")
   * that never stand for the accused before a verb; both lists are the rules' as they were tuned.
   */
  relativeClauseOpeners?: string[];
  /**
   * Relative words in a case of the object or the indirect object, that open a clause set off by a comma
   * right after its antecedent ("Russia, which Washington blames", "la Russie, à laquelle Washington
   * impute", "Rusia, a la que Washington atribuye", "Россия, которую Вашингтон обвиняет", "Russland,
   * dem Washington ... zuschreibt", "Nga, nước mà Washington cáo buộc"): with a party of its own right
   * after the word, that party is the clause's subject and the antecedent the object of its accusation
   * (claims/relative-object.ts). Only forms that cannot be the subject ("qui", "которая", "die" are not).
   */
  objectRelatives?: string[];
  /**
   * Heads that open a description of a threat group after the comma that follows its name ("X, a group
   * that ...", "X, un groupe que ...", "X, einer Gruppe, die ...", "X, một nhóm từng bị ...", "X, группировка,
   * которую ..."): with the relative pronouns and the group nouns that point back ("该组织"), what makes the
   * clause after the comma tell of the group rather than continue the sentence (claims/group-description.ts).
   */
  groupDescribers?: string[];
  /**
   * The word that introduces what a characterisation makes of an actor, right before an indefinite group noun
   * of `groupDescribers` ("described the group as a China-based actor", "califica al grupo como un actor iraní",
   * "stuft die Gruppe als einen chinesischen Akteur ein", "характеризует группировку как китайскую группировку",
   * "mô tả nhóm này là một nhóm Iran"): a state inside that noun phrase (or right after its head) is the one the
   * description ties the actor to (claims/rules/reported-act.ts).
   */
  describedAs?: string[];
  /**
   * Verbs of first describing, discovering, exposing or reporting on something, whose object may be a threat
   * group ("first described", "dio a conocer", "a décrit", "entdeckte", "описала", "công bố báo cáo về"): with
   * an act of the group after it, the describer's attribution (claims/described-group.ts).
   */
  groupIntroducers?: string[];
  /**
   * Object pronouns that stand before their verb and may point back to a threat group named before ("lo", "la",
   * "l'"): "X lo describió como un grupo que ..." (claims/described-group.ts).
   */
  objectCliticsBefore?: string[];
  /** Object pronouns that stand right after their verb ("it", "её", "sie"): "X first described it as ...". */
  objectPronounsAfter?: string[];
  /** Nouns of attribution as a practice ("attribution", "atribución", "Zuschreibung", "атрибуция", "quy kết", "归因"). */
  attributionNouns?: string[];
  /** Adverbs that put an act before the time told ("earlier", "previously", "auparavant", "zuvor", "ранее", "trước đó", "此前"). */
  anterior?: string[];
  /**
   * Words that tell a statement as background, told before the time of the story, besides the adverbs of
   * anteriority: "already", "at the time" ("bereits", "déjà", "ya", "уже", "曾", "từng"). A statement
   * they mark before its verb is another statement than the one the story tells (claims/background.ts).
   */
  background?: string[];
  /**
   * Adverbs of habitual or lasting conduct ("has long", "constantly", "every day": "уже давно", "постоянно", "desde hace
   * años", "liên tục", "长期以来", "每天"). An accusation they mark charges a practice, not the act the story tells: said of
   * the same party as that act's attribution, it is another claim (claims/habitual-charge.ts).
   */
  habitual?: string[];
  /** Words for "the state" in general: a capitalised one is no party ("l'État", "der Staat"). */
  stateWords?: string[];
  /**
   * Words a speaker's reported words use for the speaker itself as the one hit: possessives of the subject
   * ("its networks", "sus sistemas", "ses serveurs", "seine Webseite", "свою сеть", "của mình", "其"), its own
   * country ("the country's", "del país", "du pays", "des Landes", "страны", "nước này", "本国") and its own company
   * ("the company", "la empresa", "компании", "该公司").
   */
  ownRefs?: string[];
  /**
   * A state's own systems, named by what they are rather than by whose ("government websites", "state
   * networks", "sites gouvernementaux", "sitios gubernamentales", "Regierungsnetz", "государственные
   * сайты", "hệ thống của cơ quan nhà nước", "政府网站"), or as the country's ("in several parts of the country",
   * "dans tout le pays", "landesweit", "по всей стране", "trên cả nước", "全国"): a state that tells of attacks on
   * them tells of its own hit.
   */
  stateOwnRefs?: string[];
  /**
   * What a hit does to the one hit, told with no owner ("technical problems", "outages", "production was halted",
   * "technische Probleme", "problèmes techniques", "problemas técnicos", "выведены из строя", "sự cố kỹ thuật",
   * "技术问题"): a speaker that tells of such effects of an attack, and of no other party, tells of its own hit
   * (rules/reported-hit.ts).
   */
  hitEffects?: string[];
  /**
   * A hit told only by its effect on what it hit, as a predicate with no act named ("machines were affected",
   * "étaient touchées", "waren betroffen", "были затронуты", "fueron afectados", "bị ảnh hưởng", "受到影响"), not as
   * the attribute of a noun ("the affected firms", "受影响的企业"): the hit a victim tells of when its own state or
   * its own systems are what was affected (rules/reported-hit.ts).
   */
  affectedHits?: string[];
  /**
   * Modals of what may happen ("could", "might", "pourrait", "könnte", "podría", "может", "có thể", "可能"): an
   * attack told with one before it is supposed, no hit the speaker confirms (rules/reported-hit.ts).
   */
  potential?: string[];
  /**
   * Markers of a hit told as a non-finite verb, with no subject of its own ("avoir été [la cible]", "haber sido
   * [víctima]", "[Ziel eines Angriffs] geworden zu sein", "having been [hacked]"): a confirmation only under a
   * verb of saying or confirming, not under a denial or a modal (claims/non-finite-hit.ts).
   */
  nonFiniteHit?: string[];
  /**
   * A sentence that opens by pointing back at the one before with a speech verb, its speaker after ("Das teilte die
   * Regierung mit", "Об этом сообщило министерство", "C'est ce qu'a annoncé X", "Así lo informó X"): that speaker says
   * the words of the sentence before (claims/speech.ts).
   */
  reportBack?: string[];
  /**
   * Speech verbs with no subject of their own: an expletive ("hieß es", "heißt es"), an impersonal pronoun ("dit-on"),
   * a reflexive or impersonal passive ("говорится", "сообщается", "se informó", "it was said"). Told after the words
   * they report or opening the sentence, no party in the sentence speaks them; a body named in the place phrase after
   * them, else the source the paragraph relays, does (claims/impersonal-speech.ts).
   */
  impersonalSay?: string[];
  /**
   * Words that name a system or a body as the nation's ("National Power System", "Sistema Eléctrico Nacional",
   * "réseau électrique national", "Nationales Stromnetz", "Национальная энергосистема", "国家电力系统", "Hệ thống
   * điện quốc gia"): hit, in the words of a state, it is that state's own (national-system.ts).
   */
  nationalSystems?: string[];
  /**
   * Bare nouns for officials of no named state ("officials", "authorities", "les autorités", "власти", "官员",
   * "giới chức"): next to a speech verb, the speakers of a wire report whose state the words tell (unnamed-officials.ts).
   */
  unnamedOfficials?: string[];
  /** Markers before a possessor that is not the subject ("of", "của"). */
  possessive: string[];
  /** Nouns that head a state organ's name or its head's title (ministry, agency, embassy, minister): a state next to them owns the organ (organ-state.ts). */
  organNouns?: string[];
  /**
   * Organ nouns an acronym may stand in apposition to, with German compounds ("the Belarusian security service VDB",
   * "dem russischen Auslandsgeheimdienst SWR", "белорусской спецслужбой ВДБ", "cơ quan an ninh Belarus VDB"): with a state
   * qualifying the phrase, the text tells whose body the acronym is, wherever it names it alone (claims/acronym-apposition.ts).
   */
  appositionOrgans?: string[];
  /**
   * Nouns of a body's kind that take up the body the text named just before with the same noun ("the agency", "die
   * Behörde", "l'agence", "la agencia", "агентство", "机构"), not whoever spoke last (claims/kind-noun-ref.ts).
   */
  bodyKindNouns?: string[];
  /** Generic references to a body ("l'organisme", "el organismo", "ведомство", "cơ quan này", "该机构"): the state body named just before (claims/kind-noun-ref.ts). */
  bodyGenericNouns?: string[];
  /**
   * For scripts written without spaces: the nouns that close a state organ's name ("局", "中心", "委员会"), so that a state
   * opening a run of such a name owns the short form bracketed after it ("捷克安全情报局（BIS）": bracket-aliases.ts).
   */
  organNameEnds?: string[];
  /**
   * Kinds of national body whose own name may hold no organ noun: an election commission, a social-security
   * fund, a national police, a data-protection or privacy authority ("Commission on Elections",
   * "Seguro Social", "选举委员会"). A name of such a kind with its short form in brackets is a state's body: the state
   * written in the name, else the article's home state (claims/national-body.ts).
   */
  nationalBodyKinds?: string[];
  /**
   * For scripts written without spaces: further heads of a state body's name ("省", "府", "内阁", "宫") that, between a
   * state and a role word ("日本外務省發言人", "英国内阁负责人"), make the compound one speaker for that state (claims/body-compound.ts).
   */
  roleBodyEnds?: string[];
  /**
   * Role words that name an office of state beyond the organ nouns: compounds and prefixed forms ("Verteidigungsminister",
   * "Innenministerin", "Regierungssprecher", "viceministro", "vice-ministre", "thứ trưởng", "замминистра", "部长") and
   * titles only a government has ("canciller", "chancellor"). A named holder whose role names no state speaks for the
   * article's officials' state (organ-state.ts officialPeopleStates).
   */
  stateOffices?: string[];
  /** Personal pronouns usable as a speaker (he, she, ông, 他, он, il). */
  personPronouns: string[];
  /** Speech and assessment verbs whose person ending says "we", with no pronoun before them ("evaluamos", "atribuimos"): their speaker is the self. */
  selfSay?: string[];
  /**
   * Words that open a speech verb's object or complement right after it ("о", "об", "que", "sur", "über"): a
   * party after them is what is told, not who tells it. A profile with this list lets a speech verb take its
   * subject after it ("Как сообщила компания X", "informó la empresa X", "a indiqué la société X").
   */
  sayObjectWords?: string[];
  /**
   * Conjunctions that open a reported clause ("that", "que", "dass", "что"): a party after a speech verb and
   * one of them is what the clause tells, never the verb's subject in inverted order ("..., a déclaré que la
   * Russie ...").
   */
  complementizers?: string[];
  /**
   * Relatives whose antecedent is the whole clause before them, after a comma (", which", ", ce qui", ", lo que", "，这"): a verb of
   * confirming after one tells that a fact corroborates another ("..., which confirms a broad campaign"), not that a
   * victim confirms it was hit.
   */
  factRelatives?: string[];
  /** Parenthetical words set off by commas between an inverted speech verb and its subject ("в частности"). */
  inversionAsides?: string[];
  /**
   * Short adverbials of manner or time and fronted object pronouns that stand between a subject and its verb, or between
   * an inverted verb and its subject, and hold no party ("de plano", "rotundamente", "formellement", "对此"): they count
   * as no word of that gap (claims/verb-gap.ts).
   */
  gapAdverbials?: string[];
  /**
   * Asides set off by commas right after a subject that only set it against another party ("lui", "for its part", "pour
   * sa part", "por su parte", "seinerseits", "со своей стороны"): the subject still governs the verb after them
   * ("Le collectif, lui, dément ...": claims/rules/group-stance.ts).
   */
  subjectAsides?: string[];
  /**
   * Speech verbs of a hedge that do not rule out what follows ("did not rule out that", "n'exclut pas que",
   * "schließt nicht aus, dass", "no descarta que"): also speech verbs, whose own negation is the hedge, no denial
   * of the speech (text.ts `negatedCue`).
   */
  notRuledOut?: string[];
  /** Envoy nouns ("ambassador", "embajador", "Botschafter", "посол", "大使", "Đại sứ"): in their role phrase a state after a posting marker is where the envoy serves, not whom they speak for (people.ts). */
  envoyNouns?: string[];
  /** Posting markers right before the state an envoy is posted to ("in", "to", "en", "ante", "à", "auprès de", "in", "в", "驻", "tại"), with an article when the language puts one there. */
  postingMarkers?: string[];
  /**
   * Markers after a role that name where it is held ("an analyst at", "Leiter ... bei", "chercheur chez", "giám đốc ...
   * của", "эксперт из"): the body right after them, with at most an article or an organisation word between, is the
   * role holder's (role-owner.ts).
   */
  roleBodyMarkers?: string[];
  /** Possessive endings or particles written between an owner and the role it owns ("'s", "的"): exact forms, no patterns (role-owner.ts). */
  ownerPossessives?: string[];
  /** First-person plural possessives before an envoy noun or in its owner's place ("our", "nuestro", "notre", "unser", "наш", "我国", "nước ta"): the envoy is the article's home state's. */
  ourPossessives?: string[];
  /**
   * First-person plural possessives of a body's own staff or tools opening a text ("Our researchers found", "Nos équipes
   * ont détecté", "Unsere Experten haben", "Наши специалисты обнаружили"): the text speaks in its author's own voice.
   */
  selfPossessives?: string[];
  /** First-person plural: the speaker's body or state speaking ("we", "nous", "wir", "мы", "chúng tôi", "我们", "nosotros"). */
  selfRefs?: string[];
  /** A byline's team words around a body's name ("By the X team", "Par l'équipe de X", "Por el equipo de X"): the body publishes, no writer signs. */
  bylineTeam?: string[];
  /** Markers of the body a first-person plural speaks from, right before its name ("At X, we assess", "Chez X, nous", "En X evaluamos", "В X мы"): the "we" is that body. */
  selfAt?: string[];
  /**
   * Words that introduce the person an interview questions, right before the name ("Wir sprachen mit X", "an interview
   * with X", "Nous avons interrogé X", "Мы поговорили с X"): a "we" answering a question is that person's side
   * (claims/interviewee.ts).
   */
  intervieweeBefore?: string[];
  /** Markers after a speech verb of the finder whose findings an outlet reports ("reported findings by X", "citing X", "unter Berufung auf X", "со ссылкой на X"): the finder is the claimant. */
  citedFindings?: string[];
  /**
   * Title words that make the text a body's own statement ("Statement by", "Remarks of", "Communiqué de",
   * "Заявление", "答记者问"): the first party the title names publishes it, and speaks its "we".
   */
  statementTitles?: string[];
  /**
   * Words joining a title's body to the topic of its statement ("<Body> on <topic>": "on", "zu", "sur", "о", "về"): a
   * state body opening such a title publishes the text (claims/titled-body.ts). Anchored at the word's start.
   */
  titleTopics?: string[];
  /** Other pronouns and role references that point back to the last speaker (it, the ministry, 这位发言人). */
  backRefs: string[];
  /**
   * "The latter": references to the party named last before them, whoever spoke before ("ce dernier", "Letzterer",
   * "este último", "последний", "người này", "后者"; claims/latter-ref.ts).
   */
  latterRefs?: string[];
  /**
   * Definite common nouns for a company ("the company", "l'éditeur", "das Unternehmen", "компания", "该公司",
   * "công ty này", "la empresa"): they point back to the organisation named last, not to the last speaker.
   */
  companyRefs?: string[];
  /**
   * An embassy by its kind noun alone ("the embassy", "l'ambassade", "die Botschaft", "Посольство", "Đại sứ quán", "使馆"):
   * in a state body's own statement the publisher itself, elsewhere the embassy named last (claims/kind-noun-ref.ts).
   */
  embassyRefs?: string[];
  /** The noun an embassy's name is headed by ("embassy", "ambassade", "посольств-", "使馆"), to find the embassy named last. */
  embassyNouns?: string[];
  /**
   * Definite nouns for a news outlet by its kind ("the newspaper", "le quotidien", "l'hebdomadaire", "die Zeitung", "el
   * diario", "издание", "tờ báo này", "该报"): they point back to the news outlet named last (preferring one the text
   * introduced with the same noun), never to the last speaker; with no outlet named before, to no one.
   */
  outletRefs?: string[];
  /**
   * Words of a company reference that are no part of its noun ("the", "la", "l'", "này", "该", "这家"): what is left
   * ("company", "éditeur", "công ty", "公司") is the noun the text may have put before the company's name when it
   * introduced it ("the security company Velmora", "l'éditeur finlandais Velmora", "网络安全公司Velmora").
   */
  companyRefDeterminers?: string[];
  /**
   * Words right after a company noun that open a complement of its own ("the organisation of the summit", "die
   * Organisation des Gipfels", "l'organisation du sommet", "la organización de la cumbre"): the noun then names that
   * thing, no organisation named before (kind-noun-antecedent.ts).
   */
  companyRefComplements?: string[];
  /**
   * Definite nouns for the people of an organisation ("the researchers", "its analysts", "l'équipe",
   * "die Forscher", "исследователи", "技术团队", "các nhà nghiên cứu", "los investigadores"): they speak for
   * the organisation named last, a state's body included (a CERT's team speaks for its state).
   */
  staffRefs?: string[];
  /**
   * A state's police, prosecutors and investigators named by their common noun with no state beside them ("federal
   * prosecutors", "police", "le parquet", "die Staatsanwaltschaft", "la fiscalía", "прокуратура", "警方", "cảnh sát"):
   * the voice of the state the text is about, the one its title opens with, else the state speaking before
   * (claims/investigating-body.ts).
   */
  investigatingBodies?: string[];
  /**
   * A state body named by its common noun, with or without its portfolio, and no state beside it ("the defence ministry",
   * "das Justizministerium", "la commission électorale", "la cancillería", "Министерство", "в пресс-службе парламента",
   * "国防部", "Bộ Quốc phòng"): as the subject opening a sentence before a verb of saying or of a stance, it speaks for the
   * state the text ties it to (claims/state-body.ts), never for an organisation.
   */
  stateBodyRefs?: string[];
  /**
   * Words joining a state body to the city named after it ("the police of X", "la fiscalía de X", "Công an của X"):
   * the city's state owns the body (body-city.ts).
   */
  bodyPlaceLinks?: string[];
  /** Definite references to a report that speaks ("the report", "le rapport", "报告认为"): its author speaks (claims/report-author.ts). */
  reportRefs?: string[];
  /**
   * Nouns naming what a report or an accusation put forward, not the report itself ("the information", "the
   * reporting", "các thông tin", "有关消息", "эти сведения"): a qualifier of falsity said of one rebuts it, like one said of
   * a report noun (claims/rules/rebutted-report.ts).
   */
  reportedContent?: string[];
  /**
   * Qualifiers that name the report itself a sham ("pseudo-investigations", "псевдорасследования",
   * "pseudo-enquêtes"): also qualifiers of denial, they carry the report they rebut (claims/rules/rebutted-report.ts).
   */
  shamReports?: string[];
  /** Nouns naming a report, a study or an analysis anywhere ("a report", "un rapport", "发布报告"): where its author is named. */
  reportNouns?: string[];
  /**
   * Verbs of showing or finding that no speaker uses of himself ("shows", "montre", "zeigt", "muestra", "показало",
   * "cho thấy", "显示"): they report only after a report, an investigation or a team as their subject, whose
   * author speaks (claims/report-voice.ts).
   */
  findingVerbs?: string[];
  /** Words between an accusation noun and the party that made it ("the accusations of X", "les accusations de X", "các cáo buộc của X"). */
  accusationBy?: string[];
  /**
   * Words between an accusation noun (with the party that made it) and the party it is made against ("the accusations
   * of X against Y", "las acusaciones de X contra Y", "die Vorwürfe Xs gegen Y", "обвинения X в адрес Y", "các cáo buộc
   * của X nhằm vào Y"): narrower than `victim`, which also marks where an act struck (claims/rules/owned-accusation.ts).
   */
  accusationAgainst?: string[];
  /**
   * Relative openers of a clause that tells what happened in an event ("the attack on the network, in which the
   * ministry was hit", "bei dem", "lors de laquelle", "en el que", "в ходе которой", "trong đó"): the parties it
   * names are the event's victims or setting, neither accusers nor accused of the clause around it.
   */
  eventRelatives?: string[];
  /**
   * Bare nouns for a company, a trade association or their people ("security firm", "entreprise",
   * "Sicherheitsunternehmen", "Branchenverband", "компания", "công ty", "公司", "researchers"): a state's adjective or name right beside one tells the company's nationality
   * ("a Dutch security firm said", "une entreprise néerlandaise a déclaré"); the state does not speak.
   */
  companyNouns?: string[];
  /** The same nouns bare ("Researchers", "Analysten", "Эксперты"): opening a sentence capitalised, they are no organisation's name. */
  staffNouns?: string[];
  /**
   * Nouns for a commercial firm alone, with the words of its trade that follow them in the language's order ("компании",
   * "фирмы", "công ty an ninh mạng", "hãng bảo mật"): a capitalised name in Latin letters right after one, or after one and a
   * state between ("công ty an ninh mạng Mỹ Velmora"), is the firm's own name (firm-names.ts). No noun for a product,
   * a program or a piece of malware ("программа", "mã độc"), nor for people or the press.
   */
  firmNouns?: string[];
  /**
   * Number words and quantifiers that count people ("two", "several", "deux", "zwei", "dos", "два", "hai", "两名"):
   * capitalised at a sentence's start before a staff noun ("Two researchers said"), they are no organisation's name.
   */
  quantifiers?: string[];
  /** Role words that introduce or describe an official (minister, spokesperson, người phát ngôn, 发言人). */
  roles: string[];
  /**
   * Role words of a member of parliament, opposition front-benchers and party leaders included (MP, lawmaker,
   * député, Abgeordneter, diputado, депутат, nghị sĩ, 议员, chef du parti): a party in the role phrase is what they speak for,
   * where an office of state ("minister") speaks for the state (people.ts).
   */
  memberRoles?: string[];
  /**
   * Roles only an opposition party's member holds (shadow home secretary, ministre du cabinet fantôme, Schattenminister,
   * ministro en la sombra, теневой министр, 影子内阁): with no party in the role phrase, the person speaks for the party
   * the text named last before them (people.ts).
   */
  oppositionRoles?: string[];
  /**
   * Words that tie a person named before them to the party named right after (at most an article and a modifier
   * between): "a member of", "membre du", "Mitglied der", "miembro del", "член", "thuộc", "属于" (party-membership.ts).
   */
  partyMembership?: string[];
  /** Honorifics before a person's name (ông, bà, Mr, Mme). */
  honorifics: string[];
  /** Sentence openers that continue the previous speaker's statement (secondly, also, 其次). */
  continuation: string[];
  /** Verb forms of reported speech anywhere in a sentence (German Konjunktiv I): the last speaker goes on. */
  reportedMood?: string[];
  /**
   * Common words of the language spelled like a place's name ("reunión", "réunion": a meeting): capitalised
   * only at the start of a sentence or a title, they are the word there, not the place.
   */
  commonWords?: string[];
  /** Words that make a capitalised sequence an organisation rather than a person. */
  orgWords: string[];
  /**
   * Words right after a name that make the name the one speaking, where no space or capital marks a subject
   * (Chinese: "官方帳戶", "发布公告", "发言人", "方面"): a Latin-script name that opens its clause and is followed by
   * one, then by a verb of speech, confirmation or denial in the same clause, is an organisation ("Velmora发布公告承认").
   */
  orgVoice?: string[];
  /**
   * Headings of an advisory's or a vendor's list of recommendations ("Recommendations", "Mitigations",
   * "Empfehlungen", "Рекомендации", "Khuyến nghị", "防护建议"): the items under one are the publisher's
   * warning of the threat the text describes, not calls of their own.
   */
  recommendHeads?: string[];
  /**
   * The generic audience of a defensive advisory ("organisations", "operators", "the public", "exploitants",
   * "Betreiber", "операторов", "doanh nghiệp", "各机关"): an appeal addressed to it ("urged organisations to
   * patch") is the appealing body's warning of the threat the text describes, not a call on a party.
   */
  advisoryAudience?: string[];
  /**
   * Verbs of advice among the warning cues ("recommend", "advise", "recommander", "recomendar", "рекомендовать",
   * "khuyến cáo", "建议"): the advice is the advisor's warning of the threat, unless it addresses consumers
   * (advice-call.ts), when it is a call with no party addressed.
   */
  adviseVerbs?: string[];
  /**
   * Consumers a body advises ("users", "customers", "members", "clients", "Kunden", "пользователей", "người dùng",
   * "用户"): advice addressed to them right after the verb is a call on no party (advice-call.ts).
   */
  consumers?: string[];
  /**
   * A hostile actor's readiness or preparation to do harm ("preparing to cause damage", "готовятся нанести
   * ущерб", "sẵn sàng tàn phá", "准备造成破坏", "se préparent à frapper"): told by a speaker of an actor, a
   * warning of the threat from that actor.
   */
  harmIntent?: string[];
  /**
   * A hostile actor's ongoing or intended pursuit of a hostile act, in the present or the future ("tries to get
   * into", "continues to exploit", "стремится получить информацию", "продолжит атаки", "cherche à infiltrer",
   * "versucht einzudringen", "intenta atacar", "tìm cách xâm nhập", "企图窃取"): told by a speaker of an actor
   * named as its subject, a warning of the threat from that actor, as a preparation to do harm is. Past attempts
   * ("tried to") are acts told, not warnings, and are left out.
   */
  hostilePursuit?: string[];
  /**
   * A future of a hostile act going on, as the predicate of the act's noun ("will continue", "will not stop",
   * "continuarán", "продолжатся", "будут продолжены", "werden nicht aufhören", "se poursuivront", "sẽ tiếp tục"):
   * in a warning, the doer named beside that noun ("Chinese attacks ... will continue") is the one warned of
   * (claims/rules/forecast-actor.ts). A past ("continued") tells an act, not a forecast, and is left out.
   */
  actForecast?: string[];
  /**
   * Words joining a second main clause to the first after a comma ("and", "und", "и", "et", "y", "và"): a forecast
   * opening that clause ("X has been hacking us for months, and the attacks will not stop") has the first clause's
   * subject, when that clause tells a hostile act, as the doer of the act it forecasts (claims/rules/forecast-actor.ts).
   */
  forecastJoin?: string[];
  /**
   * The enemy as a noun, standing for the state at war with a state speaking ("the enemy", "der Feind", "противник",
   * "l'ennemi", "el enemigo", "kẻ thù", "敌人"): a warning of it by a state warns of its adversary.
   */
  enemyNouns?: string[];
  /**
   * Media that carry words with no speaker of their own ("a message", "text messages", "display boards", "un
   * message", "сообщение", "tin nhắn", "短信"): an appeal they voice ("a message urging Ukrainians to ...",
   * "tin nhắn ..., kêu gọi trả thù") is part of what the attackers or the hit systems displayed, no claim.
   */
  messageNouns?: string[];
  /**
   * A government as a common noun, the addressee of a call ("urged the government to", "exige al Gobierno que",
   * "a exigé que le gouvernement", "fordern die Bundesregierung auf", "потребовала от правительства", "đề nghị
   * Chính phủ", "要求政府"): a body of the caller's own state, so a call on it needs no party named.
   */
  governmentNouns?: string[];
  /**
   * An inquiry as the object of a demand ("demanded an independent inquiry", "exigió una investigación", "a réclamé une
   * enquête", "yêu cầu điều tra"): a demand for one is a call that needs no party addressed (claims/inquiry-demand.ts).
   */
  inquiryNouns?: string[];
  /**
   * Money as the object of a demand ("a ransom", "Lösegeld", "un rescate", "une rançon", "выкуп", "tiền chuộc", "赎金",
   * a currency): a demand for it is extortion or a price asked, no call on the one asked to pay (claims/money-demand.ts).
   */
  moneyDemands?: string[];
  /**
   * The statute a numbered article belongs to, right after its number ("of the Constitution", "de la Ley", "des
   * Grundgesetzes", "конституции"): a known name that ends in a numeral and stands before one is the article, no
   * organisation (organizations.ts).
   */
  statuteHeads?: string[];
  /**
   * An apposition telling that a body is part of another ("a unit of", "une unité de", "eine Abteilung des", "una
   * unidad de", "подразделение", "đơn vị trực thuộc", "下属"): a state's body named in it owns the head, so the head
   * speaks for that state ("Harbor CERT, a unit of the national cyber agency of Malaysia, said").
   */
  unitOf?: string[];
  /**
   * Nouns of a state's body that a threat group may be a unit of or belong to (intelligence, the army, a ministry,
   * "renseignement", "Militärgeheimdienst", "cơ quan tình báo"): "X, a unit of Russian military intelligence" ties
   * the group to the state in the body's noun phrase (claims/body-unit.ts). Never a company's or a group's noun.
   */
  stateBodies?: string[];
  /**
   * A copula or verb of posing with a threat noun ("is the main threat", "poses a serious threat", "является
   * главной угрозой", "constitue une menace", "sei die größte Bedrohung", "representa una amenaza", "là mối đe
   * dọa", "构成威胁"): its subject is the threat a speaker warns of, never the one who warns. Also warning cues.
   */
  threatPredicate?: string[];
  /**
   * Verbs of threatening, as the start of a warning cue ("threatened to", "a menacé de", "drohte", "amenazó con",
   * "пригрозила", "đe dọa công bố", "威胁将", "扬言"): a threat made by a threat group, which may be referred
   * back to by a group noun ("the group threatened to publish ...") and whose threatened act names the
   * threatened party further after the verb than an addressee (claims/rules/group-stance.ts).
   */
  threatens?: string[];
  /**
   * Verbs of threatening a party with a consequence, spanning the party and the consequence ("threatened X with
   * sanctions", "menace X de représailles", "amenazó a X con sanciones", "đe dọa trừng phạt X", "đe dọa X bằng
   * trừng phạt", "威胁对X实施制裁"). Warning cues: the party threatened is the one warned; the threat noun at the start
   * is a verb, no "menace" of the state before it (claims/own-threat.ts), and the sanction threatened is not
   * imposed, so no accusation (claims/threatened-party.ts).
   */
  threatensParty?: string[];
  /**
   * Threats of a response to a hostile party: a consequence, a price, accountability or a response promised ("will be
   * held accountable", "prendra les mesures appropriées", "понесут ответственность", "必将付出代价", "wird Konsequenzen
   * haben", "tendrá consecuencias", "sẽ phải trả giá"). Warning cues (spread into `warn`) whose party is the one
   * threatened: the accused of the discourse, never the threat group merely under discussion (claims/response-threat.ts).
   */
  responseThreat?: string[];
  /**
   * Measures already taken ("took the necessary measures", "a pris les mesures nécessaires", "уже принял
   * необходимые меры", "已采取必要措施", "đã có các biện pháp cần thiết", "habe die Maßnahmen ergriffen"): a report
   * of an act done, not a warning, though its noun phrase is a warning cue when promised.
   */
  measuresTaken?: string[];
  /**
   * The speaker's own inability to establish something ("could not determine", "no pudo determinar", "n'a pas pu
   * établir", "könne nicht feststellen", "не смогли установить", "không thể xác định", "无法确定"): a warning verb
   * that introduces it ("cautioned that it could not determine") reports a caveat, not a warning.
   */
  cannotEstablish?: string[];
  /**
   * Prepositions that make a warning noun the time of another event ("after a CISA alert", "nach der
   * Warnung des BSI", "tras la alerta", "sau cảnh báo của"): an advisory issued earlier, told in passing,
   * is no warning made in the text.
   */
  warnAsTime?: string[];
  /** Transcript labels of a question ("Q", "问", "Вопрос", "Hỏi", "Pregunta", "Frage"): the asker speaks, not the briefer. */
  questionLabels?: string[];
  /** Transcript labels of an answer ("A", "答", "Ответ", "Trả lời", "Respuesta", "Antwort"): the briefing's host speaks. */
  answerLabels?: string[];
  /**
   * One-letter turn labels written with a period or a dash instead of a colon at a paragraph's start ("Q. …", "P. …",
   * "F - …", "В. …"): the journalist asks (turn-letters.ts).
   */
  questionLetters?: string[];
  /** One-letter answer labels of the same kind ("A. …", "R. …", "О. …"): the interviewee or the briefing's host answers. */
  answerLetters?: string[];
  /** "declined to comment", "chưa bình luận", "未回应": the clause reports silence, not a claim. */
  noComment?: string[];
  /**
   * The act of sanctioning, listing or charging ("sanctioned", "indicted", "trừng phạt", "truy tố", "制裁", "起诉",
   * "ввели санкции", "предъявили обвинения", "sanktioniert", "Anklage", "sancionó", "inculpé"): an accusation told by
   * such an act after the attribution it acts on, about the same groups carried over from the text around it, is
   * that attribution told again (claims/postprocess.ts).
   */
  sanctionActs?: string[];
  /**
   * A negated verb of naming or disclosing ("did not name", "n'a pas précisé", "không công bố tên", "未透露"): a hit
   * told right after it is of victims the subject leaves unnamed, no confirmation (claims/withheld.ts).
   */
  withheldNames?: string[];
  /**
   * Things a confirmation may be about instead of a hit: a vulnerability, a patch, a model, code, an overlap, an IP
   * address ("vulnerability", "faille", "lỗ hổng", "уязвимость", "Schwachstelle", "vulnerabilidad", "漏洞"). Opening
   * what is confirmed, with no hostile act after them, they make it a technical finding (claims/technical-finding.ts).
   */
  technicalFindings?: string[];
  /**
   * Using such a thing against someone ("exploited", "exploitée", "khai thác", "эксплуатир-", "ausgenutzt",
   * "explotada", "利用"): told after it, what is confirmed is a hit after all (claims/technical-finding.ts).
   */
  findingExploited?: string[];
  /**
   * "named no country", "nannte kein Land", "ne nomme aucun pays", "не назвали страну": the subject of the
   * sentence leaves the state behind an attack unnamed, so its warnings are of the group, not of the state
   * the text names elsewhere (claims/withheld-state.ts).
   */
  stateWithheld?: string[];
  /**
   * Nouns that head a noun phrase naming a threat group, which a state's adjective or name may qualify ("an Iranian
   * hacking group known as X", "die russische Hackergruppe X", "китайская группировка X", "nhóm tin tặc Trung Quốc X",
   * "朝鲜黑客组织X", "un groupe chinois"): the phrase ties the group it names to that state (claims/group-nationality.ts).
   */
  groupHeads?: string[];
  /** Marks right before a state's word that make it the side a group takes, not the group's state ("pro-Russian", "anti-Western", "thân Nga", "亲俄"): no tie (claims/group-nationality.ts). */
  partisanMarks?: string[];
  /** Nouns of a threat ("threat", "menace", "угроза", "mối đe dọa", "威胁"): a state beside one, said by itself, is a threat it disputes (claims/own-threat.ts). */
  threatNouns?: string[];
  /** Words that present something as what follows ("as", "comme", "в качестве", "als"): "Russia as a threat" (claims/own-threat.ts). */
  asMarkers?: string[];
  /**
   * A threat noun with a marker of where the threat comes from, ending right before its source ("the threat from",
   * "la menace que représente", "die Bedrohung durch", "угроза со стороны", "la amenaza que supone", "mối đe dọa từ"),
   * or a marker of origin standing before the source with the threat noun after it ("来自 … 的 … 威胁", "von … ausgehende
   * Bedrohung"): told by a speaker, a warning of that source (claims/rules/threat-source.ts).
   */
  threatSources?: string[];
  /**
   * A counter-charge: a contrastive or concessive marker whose clause turns the charge back on the accuser ("while
   * itself ...", "trong khi chính mình ...", "一方面…，一方面…", "в то время как сами ...", "alors qu'eux-mêmes ...",
   * "während sie selbst ...", "mientras que ellos mismos ..."): told by a speaker beside a hostile act, an attribution
   * to the accuser (claims/rules/counter-charge.ts).
   */
  counterCharges?: string[];
  /**
   * The idiom of the thief crying "stop thief" ("贼喊捉贼", "vừa ăn cướp vừa la làng", "вор кричит «держи вора»"): a
   * counter-charge's contrast, it tells the act itself, no hostile word needed beside it; alone it is a rebuke
   * (claims/rules/counter-charge.ts).
   */
  thiefIdioms?: string[];
  /**
   * An outlet's correspondent or reporter after a source marker ("theo phóng viên TTXVN", "according to a Reuters
   * correspondent", "selon le correspondant de l'AFP", "据新华社记者"): the outlet relays, it is no source (claims/speech.ts).
   */
  correspondents?: string[];
  /**
   * Markers of the support given to the subject's act ("with the technical support of", "con el apoyo técnico de",
   * "avec le soutien de", "mit Unterstützung von", "при поддержке", "với sự hỗ trợ của"): a party in that phrase, up to
   * a few words after the marker ("con el apoyo técnico del equipo Ardilla Labs de X"), backs the act and is not its subject.
   */
  supportMarkers?: string[];
  /**
   * Markers of who supplied a means ("supplied by", "fournis par", "suministrado por", "geliefert von", "поставленного
   * ...", "do ... cung cấp", "由……提供"): a state in that phrase, a few words after the marker, sold or handed over the
   * means and did not deploy it (claims/supplier.ts).
   */
  supplierMarkers?: string[];
  /**
   * Markers of impersonation before the impersonated ("posing as", "impersonated", "se faisant passer pour", "giả mạo",
   * "выдавая себя за", "冒充"): the party after one is the disguise, not the actor (claims/rules/reported-act.ts).
   */
  guises?: string[];
  /**
   * "in the name of", "au nom de", "dưới danh nghĩa", "от имени": before a body (no bare state, which may be a sponsor:
   * "acting in the name of the state"), the body is impersonated in what is sent.
   */
  inNameOf?: string[];
  /** The close of a frame "in the name of" after the body ("以……的名义"). */
  inNameOfAfter?: string[];
  /** Words that join parties into one subject ("and", "và", "和", "и", "et") and the articles between them. */
  coordinators?: string[];
  /**
   * Words that join two parties as alternatives ("or", "ou", "oder", "o", "или", "hoặc", "或"): in a list of the accused
   * each alternative is accused as each member of an "and" list is (claims/disjunct-accused.ts); never a subject's list.
   */
  disjunctions?: string[];
  /**
   * Nouns of a state's official or officials, singular and plural, that a state's adjective or name qualifies ("a US
   * official", "britische Beamte", "un diplomate britannique", "американский чиновник", "quan chức Mỹ", "美国官员"):
   * officials of several states listed as one subject each speak for their own state (claims/official-list.ts).
   */
  officialHeads?: string[];
  /**
   * Words that open a new clause with a subject of its own after a comma ("..., which Minsk denied",
   * "..., but Minsk denied it", "..., ce que Minsk dément", "..., что Минск отрицает", "，但明斯克否认").
   */
  clauseOpeners?: string[];
  /**
   * Words that make a clause a question ("what", "how", "你对此有何评论", "как вы"): a question after a
   * reported statement ("X says ..., what is your response?") asks only from the clause that holds one.
   */
  questionWords?: string[];
  /**
   * Prepositions that front the object of a stance verb or noun between the subject and the verb ("中方对美方的
   * 恶意行为表示谴责", "对此予以强烈谴责"): the party right after one is the one accused or addressed.
   */
  frontedObject?: string[];
  /**
   * Appeal verbs in verb-final order, a participle or the finite verb of a subordinate clause ("hat X aufgefordert, …",
   * "…, nachdem Berlin X aufgefordert hatte"): the party right before one is its addressee (verb-final-appeal.ts).
   */
  verbFinalAppeal?: string[];
  /**
   * A demand or appeal fronted as the source of the clause after it ("As X has long demanded, ...", "Como reclama X, ...",
   * "Comme le réclame X, ...", "Как давно требует X, ...", "Wie X seit Jahren fordert, ...", "Như X đã kêu gọi, ...",
   * "正如X一再呼吁的，..."): opening its sentence, with its party before the comma, it makes a modal of the main clause
   * ("states should ...") that party's call (claims/rules/fronted-demand.ts).
   */
  frontedDemand?: string[];
  /** Conjunctions that give a second verb the subject of the first ("said ... and accused", "a déclaré ... et a accusé", "表示……并敦促"). */
  verbJoin?: string[];
  /** Coordinators that may open a second predicate after an accusation cue ("but", "mais", "aber", "но", "nhưng", "但") (claims/new-predicate.ts). */
  predicateJoin?: string[];
  /**
   * Verb forms that open a predicate right after such a coordinator: auxiliaries, modals, negations and verbs of
   * response ("has", "will", "promised", "a", "hat", "ha", "не", "đã", "承诺"); a party after them is not the cue's object.
   * No verbs of saying: what is said after the accusation may name the accused ("and says it works for X").
   */
  predicateOpener?: string[];
  /**
   * Appeal verbs a language joins to its speaker's other verb with a comma alone ("警告，……，呼吁……", "cảnh báo ..., kêu gọi
   * ..."): right after a comma inside the speaker's words, with no subject of their own, they are the speaker's (elided-subject.ts).
   */
  commaJoinedAppeals?: string[];
  /** Articles and determiners, which sit between list items without joining them ("the", "die", "les", "các"). */
  articles?: string[];
  /**
   * Prepositions repeated before each item of a list of objects ("au FBI, à la CISA et à la NSA", "al FBI y a la NSA",
   * "to the FBI and to the NSA"): like articles, they sit between list items without joining them.
   */
  listPrepositions?: string[];
  /**
   * Possessive or agent prepositions each item of a coordinated list may repeat ("de l'ANSSI et du BSI", "del CCN y del
   * FBI", "von BfV und von NIS", "của FBI và của NSA", "of the NCSC and of the FBI"): they sit between items a coordinating
   * word joins, not after a comma alone ("Mandiant, de Google" is an apposition).
   */
  listPossessives?: string[];
  /**
   * Nouns of an organisation's research or response unit, written lower-case in running text ("research team",
   * "équipe", "đơn vị", "团队", "Analyseeinheit"): a unit phrase beside an organisation's name in a coordinated list
   * ("ESET's research team and Kaspersky's analysis unit") names that organisation as the list's member
   * (claims/unit-conjunct.ts).
   */
  unitNouns?: string[];
  /**
   * A court, jury or prosecution and the marker of its seat, right before the seat's name ("grand jury in", "gran
   * jurado federal de", "tribunal judiciaire de", "Landgericht", "суд города"): the name there is a place, and the
   * body that acts is the court, not the place.
   */
  courtSeats?: string[];
  /**
   * Nouns of a court or a judge as the body that rules ("court", "tribunal", "Gericht", "juez", "суд", "tòa án",
   * "法院"): what it dismisses or rejects is a ruling on a suit, no denial of an accusation (claims/rules/court-ruling.ts).
   */
  courts?: string[];
  /**
   * Nouns and verbs of a resemblance between acts, tools or groups ("overlaps", "similarities with", "recoupements",
   * "Überschneidungen", "solapamientos", "пересечения", "điểm tương đồng", "重叠"): reported words that compare clues
   * pin no act on a state (claims/resemblance.ts).
   */
  resemblance?: string[];
  /** Markers of the grounds of a finding ("based on", "sur la base de", "aufgrund", "con base en", "на основе", "dựa trên", "基于"). */
  grounds?: string[];
  /** Locative markers: "the Chinese embassy in Canberra", "Посольство России в США", "驻英国". */
  locative?: string[];
  /**
   * Prepositions by which an impersonal speech verb after the words it reports names the body they come from
   * ("заявили в СБУ", "hieß es aus dem Ministerium", "señalaron desde la cancillería", "indique-t-on au ministère"):
   * claims/locative-speaker.ts.
   */
  sourceLocatives?: string[];
  /**
   * A finite verb in the third person plural told with no subject, the impersonal report of a body named in the
   * source phrase before it ("В <body> заявили", "En <body> advirtieron"): whole verb forms (claims/opening-source.ts).
   */
  subjectlessPlural?: string[];
  /** Prepositions of the place where an act happens, before a state: "in", "in der", "en", "aux", "в", "ở" ("intrusions in Poland"). */
  scene?: string[];
  /**
   * Prepositions of time or occasion that open an adverbial before the subject, in which a state after a `scene`
   * preposition is a place ("After the incident in X, ...", "Sau vụ việc ở X, ...", "Nach dem Vorfall in X ..."):
   * claims/place-lead.ts.
   */
  placeLeads?: string[];
  /**
   * Portfolios of a minister or a ministry ("Interior", "Defence", "Armées", "Affaires étrangères", "Gobernación",
   * "Innern"): after a role or organ noun and "of", "de", "des", "del" ("the Minister of the Interior", "la ministre
   * de l'Intérieur", "el ministro del Interior"), part of the role's phrase, no organisation of their own.
   */
  portfolios?: string[];
  /** Words that attach a body to a role or an organisation word ("of", "des", "der", "für", "de", "del", "du"): capitalised words right after them name the body, not a person ("Sprecher des Auswärtigen Amts"). */
  bodyOf?: string[];
  /** Words that open a bracket defining a short form for the name before it ("hereafter", "以下简称"): the short form follows them. */
  shortFormLead?: string[];
  /**
   * Sector-only cues: words of threat that name a target without an act ("a serious threat to critical
   * infrastructure") and the effects of an act on its victims (outages, infections, access gained).
   */
  threat?: string[];
  /**
   * Weapons and acts of physical warfare ("drones", "missiles", "air strikes", "shelling"): an accusation
   * whose clause tells such an act and no cyber one (see `cyberMarks`) is about a strike, not a cyber operation.
   */
  kinetic?: string[];
  /** Words that make an act a cyber one ("cyber...", "hacked", "malware", "DDoS", "servers", "online"). */
  cyberMarks?: string[];
  /** Head nouns that turn a sector adjective into a sector ("financial, energy and government sectors"). */
  sectorHeads?: string[];
  /** Reporting words after a media mention that make the media a source ("media reports", "в СМИ появились сообщения", "媒体报道"). */
  reportWords?: string[];
  /**
   * Adjuncts a speech verb takes that tell when, where or on which occasion it spoke, not what ("on Tuesday", "in a
   * statement", "at a briefing in Geneva", "am Montag", "lors d'un point presse", "в понедельник на брифинге", "hôm thứ Hai tại
   * cuộc họp báo"): each pattern is one adjunct; a run of them may close a sentence after a trailing speaker
   * ("..., the ministry said on Tuesday in a statement") without counting as words of its own (claims/speech.ts).
   */
  speechAdjuncts?: string[];
  /** Words before a media mention that make it the audience of a statement ("told", "in an interview with", "trả lời phỏng vấn"). */
  interview?: string[];
  /**
   * Words that open an addressee phrase standing before the speech verb ("对路透社表示", "向媒体表示", "gegenüber der
   * Zeitung sagte", "в интервью ТАСС заявил", "en declaraciones a la prensa dijo"): a party inside the phrase is told,
   * it does not speak. Each pattern spans the phrase (Chinese: up to a verb that opens reported words, "对X表示，";
   * "对X的行为表示谴责" fronts an object instead).
   */
  addresseeBefore?: string[];
  /**
   * Prepositions of the audience or forum of a statement, before the press or a state body ("testified
   * before Congress", "devant la presse", "ante el Congreso", "vor dem Bundestag", "перед журналистами"):
   * the sector there hears what is said, it is not hit.
   */
  audienceBefore?: string[];
  /** Determiners between a source marker and the source ("selon ces médias", "según los periodistas"). */
  sourceDeterminers?: string[];
  /** Determiners before "government(s)" that make it the states as parties ("both", "les deux", "两国"). */
  pairBefore?: string[];
  /** The same after the noun, in head-first languages ("chính phủ hai nước", "gouvernements des deux pays"). */
  pairAfter?: string[];
}
