import type { CueLexicon } from './types.ts';

/** Threat predicates: their subject is the threat warned of (threatPredicate below); also warning cues. */
/**
 * A threat noun heading a compound that names a kind of actor ("是伊朗威胁行为者", "高级持续性威胁组织", "威脅情報公司"):
 * a description of the group, no warning.
 */
const THREAT_COMPOUND = '(?!行为者|行為者|行为体|行為體|组织|組織|团伙|團夥|团体|團體|集团|集團|情报|情報|猎|獵|者)';
// Threatening a party with a consequence: "威胁对X实施制裁" (profile `threatensParty`).
/** 谴责的对象不是被指责方的行为：决定、政策、法案、制裁、措施（谴责类线索的否定前瞻，宾语中心词在句读之前）。 */
const NON_ACTS = '决定|決定|政策|法案|法律|制裁|措施|禁令|判决|判決';
const NOT_NON_ACT = `(?![^，。；！？,;]{0,16}?(?:${NON_ACTS})(?=[，。；！？,;]|$))`;

const THREATENS_PARTY = ['(?:威胁|威脅|扬言|揚言)(?:要|将|將)?(?:对|對)[^，。；,;]{1,12}?(?:实施|實施|采取|採取|进行|進行)?(?:制裁|报复|報復|反制)'];
const THREAT_PREDICATE = [`(?:是|构成|構成|成为|成為|仍是)(?:\\p{Script=Han}{0,8})?(?:威胁|威脅)${THREAT_COMPOUND}(?:来源|來源)?`];

/** Source markers naming an investigation's finding, not who made it (`findingSources`). */
// "经查", the formula of an official finding; "据调查" is any survey's or outlet's as well, and stays with "据".
// Not the 经 of 已经/曾经 ("已经调查，": has investigated).
const FINDING_SOURCES = ['(?<![已曾神])经(?:初步)?(?:调|侦)?查(?=[，,：:])', '(?<![已曾神])經(?:初步)?(?:調|偵)?查(?=[，,：:])'];

/** Source markers pointing back to the clause before (`sourceBack`). */
const SOURCE_BACK = ['(?<![依根数证占论凭])据此', '(?<![依根數證佔論憑])據此'];

/** Verbs of ceasing among the cues of a call: what a call asks ("urged X to 停止", "X should 停止"); alone, the act of their subject (claims/own-cessation.ts). */
const CEASE_CALLS = ['(?<!没有|未|不|没|已|已经|已經)停止(?!了)'];
/**
 * Verbs of stopping an act (thwarting, repelling, neutralising), active: as with a discovery verb, the one who
 * stopped the act tells of it. Whose hit it was, claims/rules/reported-hit.ts decides from the words after it
 * (its own systems: a confirmation; another's: none). The passive ("was thwarted") names no defender.
 */
const DEFENCE_VERBS = ['(?<![被遭])(?:挫败|挫敗|击退|擊退|拦截|攔截|化解)'];

/**
 * Verbs of appeal beside 呼吁, 敦促 and 促请: pleading (吁请, 敦请, 恳请), urging on (督促), advising against (奉勸), charging
 * with a task (责成), and Taiwan's headline 籲 alone ("籲中國停止…"; not the 籲 of 呼籲).
 */
const APPEAL_VERBS = ['吁请', '(?<!呼)籲', '敦请', '敦請', '恳请', '懇請', '督促', '奉勸', '责成', '責成'];

// Threats of a response to a hostile party (profile `responseThreat`): a consequence, a price, accountability or a
// response promised, "必将付出代价", "追究其责任", "将作出有力回应". Warning cues whose party is the one threatened.
const RESPONSE_THREAT = [
    '付出代价', '付出代價', '后果', '後果', '追究', '坚决回应', '堅決回應', '(?:将|將)[^，。；,;]{0,12}?(?:作出|做出)(?:相应|相應|必要|有力|坚决|堅決|正当|正當)的?(?:回应|回應|反应|反應)',
];

export const zh: CueLexicon = {
  lang: 'zh',
  sponsorLead: ['由', '受'],
  sponsorClose: ['(?:支持|资助|資助|支援|扶持|赞助|贊助|操控|操纵|操縱|控制|指挥|指揮|主导|主導|领导|領導|指使|运营|運營)的'],
  closedClass: ['正如', '如', '据', '虽然', '但是', '同时', '此外', '随后'],
  noWordBoundaries: true,
  // "（以下简称“维网局”）", "（簡稱維網局）": the short form the bracket defines follows.
  shortFormLead: ['以下简称', '以下簡稱', '下称', '下稱', '简称', '簡稱'],
  say: [...DEFENCE_VERBS, '发现', '發現', '监测到', '監測到', '检测到', '偵測到', '记录到', '記錄到',
    '表示', '说(?!法|明(?![，,：:]))', '称', '指出', '强调', '认为', '介绍', '介紹', '宣称', '声称', '透露', '回应', '提到', '谈到', '提及', '談到', '坦言', '重申',
    '披露', '证实', '警告', '批评说', '援引',
    // Exposing, asserting, inferring: "报告揭露X对…发动网络攻击", "官员直言，…", "研究人员推测攻击者…".
    '揭露', '揭發', '揭发', '直言', '断言', '斷言', '推测', '推測', '推断', '推斷', '直指',
    // Assessments and findings: the assessor speaks ("我们评估", "技术团队认定", "高度确信").
    '认定', '判定', '研判', '评估', '确信', '断定', '查明',
    // "我们判断此次攻击来自…", "研究團隊判斷，…": the verb, not the noun of "作出判断" / "明确的判断" / "判断力",
    // nor judging by a bare means or judging as a task ("仅凭IP地址判断…", "难以判断…", "如何判断…").
    '(?<![作做出的确確])(?:判断|判斷)(?!力)(?<!(?:凭|憑|通过|通過|难以|難以|无法|無法|不能|如何|能否|是否|用以|用于|用於)[^，。；,;：:]{0,12}(?:判断|判斷))',
    // Suspicion is the suspecter's belief ('官员怀疑…背后有…'); not a passive ('被怀疑', the suspected one is no speaker).
    '(?<![被遭受])(?:怀疑|懷疑)(?![论論])',
    // Traditional forms ("說明", like "说明", is "shows", no speech verb, unless it opens the words: "說明，")
    '說(?!法|明(?![，,：:]))', '稱', '認為', '聲稱', '強調', '證實', '回應', '認定', '評估', '研判', '確信', '查明',
    // Declaring and characterising: "发言人X先前声明，…", "参议员X日前形容，这是…".
    '(?<![发發联聯共])声明(?=[，,：:])', '(?<![发發联聯共])聲明(?=[，,：:])', '形容(?=[，,：:])',
    // Characterising an actor: "X将该组织定性为……组织", "X把该团伙描述为……" (the one who classifies speaks).
    '(?:定性|归类|歸類|描述|形容)[为為]',
    // Telling the press: "部长告诉记者，…" (words after a break; 告诉 alone tells a fact, "告诉记者他将…"). Writing in a
    // document that names the writer's channel: "公司在博客中写道，…".
    '(?:告诉|告訴)(?=[^，。；,;：:]{0,12}?[，,：:])', '(?<=在[^，。；,;：:]{1,12}?中)(?:写|寫)道', '斷定',
    // Concluding a finding: "研究人员得出结论，…", "分析得出結論：…".
    '得出(?:了)?(?:结论|結論)',
    // "发布声明，指…", "發布報告，指…": 指 opening the words after a comma (not 指出, 指向, 指控, 指挥 ...).
    '(?<=[，,]\\s?)指(?![出向控责責称稱明示引导導挥揮定标標数數令南正])',
  ],
  sourceBefore: ['(?<![依根数证占论凭])据', '根据',
    // Traditional forms: "據X報導，…", "根據X說明，…"; not "根據" as evidence ("毫無根據") nor "據點" (a site).
    '(?<![依根數證佔論憑])據(?![點点])', '(?<![毫無无沒没有缺乏])根據', '引述',
    // "在X看来，…" (in X's view): the marker is the 在 before the holder, whom the frame closes with 看来/看來.
    '在(?=[^，。；,;：:]{1,16}?(?:看来|看來)[，,])', '(?<![已曾神])(?:经|經)(?=[^，。；,]{1,16}?(?:调查|調查|分析|研判|查证|查證|核实|核實)[，,])', ...FINDING_SOURCES, ...SOURCE_BACK],
  findingSources: FINDING_SOURCES,
  sourceBack: SOURCE_BACK,
  accuse: ['指责', '指控', `谴责${NOT_NON_ACT}`, '归咎', '归因于', '点名',
    // 主语把攻击溯源至被指责方："该机构将这次攻击溯源至X"、"把入侵追溯到X"（将/把 句式，施事为主语；被动"被溯源至"为证据，见 pointsTo）。
    '(?:溯源|追溯|追踪|追蹤|追查)(?:到|至)(?<=(?:将|將|把)[^，。；,;被]{0,6}(?:攻击|攻擊|入侵|活动|活動|行动|行動|流量|服务器|伺服器|服務器|恶意软件|惡意軟體|木马|木馬)[^，。；,;被]{0,2}(?:溯源|追溯|追踪|追蹤|追查)(?:到|至))',
    // Naming the culprit: "指认X为攻击的幕后黑手".
    '指认', '指認', '制裁', '起诉', '通缉', '悬赏',
    // Linking an act to its author, the author after "与" ("将该活动与X联系起来"): the cue ends before the author.
    '将[^，。；,;]{1,20}?与(?=[^，。；,;]{1,30}?(?:联系起来|联系在一起|关联|挂钩))', '將[^，。；,;]{1,20}?與(?=[^，。；,;]{1,30}?(?:聯繫起來|聯繫在一起|關聯|掛鉤))',
    // Assigning an act to its author: "将相关攻击活动归于X组织" (the author follows the verb), or linking it with the
    // author after the verb: "将该活动关联至X", "將該組織關聯到X".
    '将[^，。；,;]{1,20}?(?:归于|归属于|关联(?:至|到|于))', '將[^，。；,;]{1,20}?(?:歸於|歸屬於|關聯(?:至|到|於))',
    // Traditional forms
    '指責', `譴責${NOT_NON_ACT}`, '歸咎', '歸因於', '點名', '起訴', '通緝', '懸賞',
    // Charging, denouncing, pinning the act on its author; Hong Kong's 檢控.
    '控诉', '控訴', '控告', '检控', '檢控', '归罪于', '歸罪於'],
  anaphora: ['此事', '这一', '这些', '该事件', '上述', '有关(?:报道|说法|指控)', '相关(?:报道|说法|指控)', '此类', '这种', '该组织', '该团伙', '这次', '此次',
    // Traditional forms
    '這一', '這些', '該事件', '有關(?:報導|報道|說法|指控)', '相關(?:報導|報道|說法|指控)', '此類', '這種', '該組織', '該團夥', '這次'],
  claimsOwn: ['(?:声称|宣称|聲稱|宣稱)(?:已经|已經|已|成功)?(?:攻破|入侵|攻击了|攻擊了|瘫痪|癱瘓|加密了|窃取了|竊取了)', '认领', '(?:承认|承認)(?:已经|已經|已|曾)?(?:攻破|入侵|攻击|攻擊|瘫痪|癱瘓|加密|窃取|竊取)了', '宣称对.{0,20}负责', '声称对.{0,20}负责', '声称发动', '(?:声称|宣称|聲稱|宣稱)(?:已经|已經|已|成功)?(?:对|對).{0,20}(?:发动|發動|实施|實施)(?:了)?(?:网络|網路|網絡)?(?:攻击|攻擊)', '認領', '宣稱對.{0,20}負責'],
  pointsTo: [
    // 线索指向被指责方："线索指向中国"、"痕迹均指向…"。
    '(?:线索|線索|痕迹|痕跡|证据|證據|迹象|跡象)[^，。；,;]{0,8}?指向',
    // 溯源到被指责方："攻击被溯源至伊朗"、"追踪到位于伊朗的服务器"。
    '(?:溯源|追溯|追踪|追蹤|追查)(?:到|至)(?<=(?:攻击|攻擊|流量|服务器|伺服器|服務器|IP|地址|位址|恶意软件|惡意軟體|木马|木馬)[^，。；,;]{0,8}(?:溯源|追溯|追踪|追蹤|追查)(?:到|至))',
  ],
  blame: [
    '才是.{0,12}(?:黑客帝国|駭客帝國|攻击|攻擊|威胁|威脅|源头|源頭)', '幕后', '背后', '幕後', '背後', '(?:黑客|駭客)帝(?:国|國)', '(?:攻击|攻擊)的?(?:最大|主要)(?:来源|來源|源头|源頭)', '(?:最大|主要)的?(?:网络|網路|網絡)?(?:攻击|攻擊)(?:来源|來源|源头|源頭)', '负有责任', '应对.{0,12}负责', '負有責任', '應對.{0,12}負責',
    // Blame one cannot shake off: "X难辞其咎", "X脱不了干系".
    '(?:难辞其咎|難辭其咎|脱不了干系|脫不了干係)',
    // Responsibility told with a modal before it: "X必须为这次攻击负责" (the modal tells whose the act is, no call).
    '(?:为|為)(?<=(?:必须|必須|应当|應當|应该|應該)(?:为|為)).{0,12}?(?:负责|負責)', '是.{0,8}(?:始作俑者|罪魁祸首|罪魁禍首)', '所为', '所為'],
  doneBy: ['由[^，。；,;]{1,30}?(?:实施|實施|发起|發起|发动|發動|策划|策劃|操纵|操縱)', '(?<![体體统統联聯关關维維派])系[^，。；,;统統列]{1,30}?(?:实施|實施|所为|所為)'],
  actOrigin: ['来自', '來自', '源自', '源于', '源於', '出自'],
  agentHedges: ['疑似', '据信是', '據信是', '被认为是', '被認為是'],
  passive: ['被'],
  agentFirstPassive: ['被', '遭到', '遭', '受到'],
  accusedPassive: ['被指控', '被指责', '被指責', '被指'],
  accuseNoun: ['指控', '指责', '说法', '报告', '報告'],
  factRelatives: ['这', '此', '這'],
  unknownActors: ['谁', '誰', '哪个国家', '哪個國家', '哪国', '何方'],
  unnamedStateActors: ['国家级(?:黑客|行为体|攻击者)', '國家級(?:駭客|黑客|行為體|攻擊者)', '(?:国家支持的|具有国家背景的|国家背景的)(?:境外|海外|外国|国外)?(?:APT)?(?:黑客|黑客组织|攻击者|组织|团伙)', '(?:某个|某一|某)(?:国家|国)(?:政府)?(?:支持|资助|指使)的(?:黑客|黑客组织|攻击者|组织|团伙|APT)', '(?:某個|某一|某)(?:國家|國)(?:政府)?(?:支持|資助|指使)的(?:駭客|黑客|駭客組織|攻擊者|組織|團夥|APT)', '(?:国外|外国|境外)政府(?:支持|资助|指使)的(?:黑客|黑客组织|攻击者|组织|团伙|APT)', '(?:國家支持的|具有國家背景的|國家背景的)(?:境外|海外|外國|國外)?(?:APT)?(?:駭客|駭客組織|攻擊者|組織|團夥)', '(?:國外|外國|境外)政府(?:支持|資助|指使)的(?:駭客|黑客|駭客組織|攻擊者|組織|團夥|APT)', '(?:背后|幕后|背後|幕後)(?:有|是)(?:某个|一个|某個|一個)?(?:国家|國家|外国政府|外國政府|国外政府|國外政府)(?![级級机機])', '(?:一个|某个|某一|一個|某個)[“「]?(?:外国|外國|国外|國外)(?:国家|國家)(?:力量|势力|勢力|行为体|行為體)?', '来自(?:一个|某个|某一|一個|某個)?[“「]?(?:外国|外國|境外|国外|國外)(?:国家|國家|政府)(?![元首领导領導官员官員])'],
  classifyingCopulas: ['(?:很可能|极可能|極可能|可能)?(?:是|为|為|係)'],
  universalQuantifiers: ['任何', '任一', '一切'],
  // Withdrawing a charge (claims/withdrawn-charge.ts): before the charge, and after its noun.
  withdrawals: ['(?<!不|未|没有|拒绝)(?:撤销|撤回|撤消|取消|放弃)了?(?:对[^，。；！？]{1,24}?的(?=起诉|指控|诉讼))?'],
  withdrawnAfter: ['(?<!未|没有)被(?:撤销|撤回|撤消|驳回)'],
  conditional: ['如果', '一旦', '假如', '倘若', '假若', '如若', '假设'],
  // Admitting (claims/admitted-access.ts): the verbs among `confirm`, and others' access to one's systems told after them.
  admission: ['承认'],
  admittedAccess: ['(?:访问了?|进入了?|获取了?(?:\\S{0,6})?访问权限的?)(?:其|我们的?|本公司的?|该公司的?)\\S{0,6}?(?:系统|网络|服务器|电脑|计算机|数据库|账户|邮箱)'],
  noEvidenceThat: [
    '(?:没有|沒有|未发现|未發現|尚无|尚無|并无|並無|没有发现|沒有發現)(?:任何)?\\p{Script=Han}{0,3}?(?:证据|證據|迹象|跡象)(?:表明|显示|顯示|证明|證明|可将|可將|能够证明|能夠證明|指向)',
    // A lack of reason to believe it: "没有理由相信其账户遭到入侵".
    '(?:没有|沒有|并无|並無|尚无|尚無)(?:任何)?理由(?:相信|认为|認為|怀疑|懷疑|推断|推斷)',
  ],
  soCalled: ['所谓', '所謂'],
  interrogative: ['是否', '是不是'],
  deny: [
    // Blanket negation: a hostile act negated over everyone ("我们不监视任何人", "从未攻击任何国家"), or any tie to a
    // party denied ("与所谓X毫无关联").
    '(?:不|没有|沒有|从不|從不|从未|從未|从来没有|從來沒有)(?:监视|監視|监听|監聽|窃听|竊聽|监控|監控|入侵|攻击|攻擊)(?:过|過)?任何(?:人|国家|國家)',
    '(?:与|與)[^，。；,;]{1,20}?(?:毫无|毫無|并无|並無)(?:关联|關聯|关系|關係|联系|聯繫)',
    '否認', '駁斥', '堅決反對', '沒有任何關係', '从未与', '從未與',
    // Denial of any role: "没有发挥任何作用", "与此无关".
    '(?:没有|沒有|未)(?:发挥|發揮|起到|扮演)(?:过|過)?任何(?:作用|角色)', '(?:与|與)(?:此|该|該|这|這)\\p{Script=Han}{0,8}?(?:无关|無關)',
    '否认', '驳斥', '反驳', '所谓.{0,25}其实', '实为', '坚决反对', '没有任何关系', '从未',
    // Traditional forms
    '反駁', '所謂.{0,25}其實', '從未',
  ],
  denyQualifier: [
    '抹黑', '毫無根據', '沒有證據', '無端', '虛假(?:信息|資訊)', '政治闹剧', '自导自演', '自導自演','不实', '毫无根据', '没有证据', '无端', '子虚乌有', '捏造', '虚假信息', '炮制', '编造', '編造', '杜撰', '荒谬', '荒謬', '荒唐',
    // Calling a report speculation, not the verb "to speculate that": "该文章纯属猜测", "基于猜测".
    '(?:基于|基於|纯属|純屬|只是|仅是|僅是)猜[测測]'],
  responseThreat: RESPONSE_THREAT,
  warn: [...RESPONSE_THREAT, ...THREAT_PREDICATE, ...THREATENS_PARTY, 
    // A promise to crack down on hostile acts: "将坚决严惩…黑客攻击"; what is cracked down on is hostile.
    '(?:将|將|必将|必將|会|會)(?:依法)?(?:严厉|嚴厲|坚决|堅決)?(?:打击|打擊|惩治|懲治|严惩|嚴懲)(?=[^，。；,;]{0,20}?(?:攻击|攻擊|黑客|駭客|间谍|間諜|窃密|竊密|网络犯罪|網路犯罪))',
    // Refusing to tolerate: "绝不容忍", "絕不容許".
    '(?:绝|絕|决|決)不(?:容忍|容许|容許|允许|允許|姑息)',
    // A vow to keep countering a threat: "将继续打击恶意网络活动"; what is countered is hostile.
    '(?:将|將|会|會)(?:继续|繼續)(?:坚决|堅決|依法|严厉|嚴厲){0,2}(?:打击|打擊)(?=[^，。；,;]{0,12}?(?:黑客|駭客|网络|網絡|網路|恶意|惡意|攻击|攻擊|间谍|間諜|威胁|威脅))', '不会容忍', '不會容忍',
    '严惩', '嚴懲', 
    // A response announced for the future ("我方将根据对方举动作出相应回应", "將作出必要反應"): a threat of a response, a warning.
    '构成威胁', '構成威脅', '提醒',
    // An expectation that the actor goes on: "我们预计X将继续发动攻击".
    '(?:预计|預計|预期|預期)[^，。；,;]{0,16}?(?:将|將|会|會)(?:继续|繼續|持续|持續)', 
    // Further attacks not ruled out: "不排除进一步发动网络攻击" ("不排除与…有关", a link not ruled out, warns of nothing).
    '不排除(?:进一步|進一步)[^，。；,;]{0,32}?(?:攻击|攻擊)', '建议', '建議', '提高警觉', '提高警覺', '絕不容許', '决不容许','必要措施', '警告', '威胁(?:将|要|称)', '威脅(?:將|要|稱)', '扬言', '揚言', '反制', '回击', '采取必要措施', 
    // Retaliation vowed against a party (en "retaliate"): "誓言对以色列进行报复".
    '报复', '報復',
    // Readiness to answer an attack: "我们已准备好作出回应", "随时准备反击".
    '(?:准备好|準備好|随时准备|隨時準備)(?:作出|做出)?(?:回应|回應|反击|反擊|还击|還擊)',
    // Admonishing, cautioning, sounding the alarm; traditional 回擊. (An appeal to stay vigilant, "提高警惕", is no
    // warning of a party.)
    '告诫', '告誡', '警示', '敲响警钟', '敲響警鐘', '回擊'],
  callFor: [
    // An order to investigate ("下令检察机关彻查此次攻击", "责令有关部门调查"): the one who orders calls for the inquiry, with
    // no other party addressed (the investigators are its own).
    '(?:下令|责令|責令)(?=[^。；！？!?;，,]{0,12}?(?:彻查|徹查|调查|調查|查明))',
    // A summons made to demand ("召见X国大使，要求……", "召见……并要求……"): the summoner calls on the one summoned, whose
    // state is named after the verb; a passive summons ("被召见") names no summoner. A summons alone calls for nothing.
    '(?:召见|召見)(?<!被(?:召见|召見))(?=[^。；！？!?;]{1,30}?(?:要求|敦促|促请|促請|请求|請求))',
    '呼籲', '希望(?:有关方面|有關方面|\\p{Script=Han}{1,2}方)','敦促', '呼吁', '促请', '促請',
    // "应美方要求" (at the US's request): a request told as the occasion of another's act is no appeal.
    '要求(?<!(?<![反响響供相回适適])(?:应|應)(?![该該当當])\\p{Script=Han}{1,6}?要求)', '奉劝', ...CEASE_CALLS, '对话',
    ...APPEAL_VERBS],
  // "不" opening a word that negates no verb after it: "不断/不斷" (again and again), "不明" (unidentified), "不法"
  // (unlawful), "不少" (many), "不仅/不僅" (not only), "不久" (soon), "不同" (different).
  negativeConcord: ['任何'],
  // Not "毫不犹豫" (without hesitation: an affirmation).
  negation: ['不(?![断斷明法少仅僅久同]|犹豫|猶豫)', '未', '没有', '没', '无法', '尚未', '从未', '並未', '沒有', '并非', '並非'],
  confirm: [
    '遭受', '遭到', '(?<!可能|或将|或將|将|將|会|會|恐)(?:成为|成為|沦为|淪為)[^，。；]{0,12}(?:攻击|攻擊)的?(?:目标|目標|对象|對象)', '受(?:到)?[^，。；]{0,12}攻[击擊]', '受到.{0,6}攻擊', '证实', '證實', '承認', '確認','承认', '证实', '确认',
    // Owning up to a hit (Taiwan and Hong Kong usage): "公司坦承遭入侵".
    '坦承'],
  hostile: ['未经授权的?访问', '未經授權的?存取', '未授权访问', '未經授權的?訪問', 
    // A cyber means deployed for a hostile purpose ("uses its cyber capabilities to obtain ...", "setzt seine Cyberfähigkeiten ein, um ... zu beschaffen"):
    // the means and the purpose together tell the act; a defensive purpose ("to protect ...") is no such verb.
    '(?:利用|使用|借助|动用|運用|运用)(?:其|他们的|自身的?)?(?:网络能力|網路能力|网络手段|網路手段|网络工具|黑客|駭客|恶意软件|惡意軟體|间谍软件|間諜軟體)[^，。；：,;:]{0,6}?(?:获取|獲取|收集|搜集|盗取|盜取|监视|監視|监控|監控)',
    '受害',
    '网络攻击', '攻击', '黑客', '入侵', '窃密', '窃取', '间谍', '监听', '渗透', '窃听', '恶意软件', '数据窃取', '冒充', '幕后黑手', '元凶', '罪魁祸首',
    // Traditional forms
    '網路攻擊', '網絡攻擊', '攻擊', '駭客', '黑客', '竊密', '竊取', '間諜', '監聽', '滲透', '竊聽', '惡意軟體', '惡意軟件', '幕後黑手', '罪魁禍首', '骇客',
  ],
  perpetratorRemedy: ['(?:提供|公布|发布|發布|交出|释出|釋出|公开|公開)[^，。；]{0,6}?(?:解密密钥|解密密鑰|解密工具|解密器)'],
  unnamedGroupHeads: ['黑客', '駭客', '组织', '組織', '团伙', '團夥'],
  actorNouns: ['黑客', '间谍', '駭客', '黑客组织'],
  victimNouns: ['受害者', '受害方', '受害國', '受害国'],
  targetNouns: ['目标', '目標'],
  victimSpread: ['包括', '包含', '分布在', '分布于', '分布於', '集中在', '集中于', '集中於'],
  userNouns: ['用户', '用戶', '网民', '網民'],
  hostileVerbs: ['潜入', '潛入', '攻击了', '攻擊了', '入侵了', '侵入了'],
  patientPassive: ['(?:遭到?|被)(?!指|控告|怀疑|懷疑|认为|認為)(?:\\p{L}{1,12}?)?(?:攻击|攻擊|入侵|侵入)'],
  governmentAfterLeader: ['政府', '政權', '政权', '当局', '當局'],
  defendantNouns: ['公民', '国民', '國民', '兄弟', '嫌疑人', '嫌犯', '成员', '成員', '头目', '頭目', '公司', '企业', '企業'],
  similar: ['相同(?:认定|認定|结论|結論|判断|判斷)', '(?:声明|聲明)支持', '类似', '類似', '联合署名', '共同署名', '联署', '签署(?<=(?:公告|声明|报告|警告|文件|通报|咨询)由[^。，；！？]{1,40}签署)', '簽署(?<=(?:公告|聲明|報告|警告|文件|通報|諮詢)由[^。，；！？]{1,40}簽署)', '联合发布', '附和'],
  likeness: ['类似', '類似'],
  statementNouns: ['声明', '聲明', '表态', '表態', '认定', '認定', '结论', '結論', '判断', '判斷', '评估', '評估', '立场', '立場', '看法', '谴责', '譴責', '表示', '言论', '言論', '观点', '觀點', '警告', '关切', '關切', '方式'],
  joinVerbs: ['相同(?:认定|認定|结论|結論|判断|判斷)', '(?:声明|聲明)支持', '联合署名', '共同署名', '联署', '签署(?<=(?:公告|声明|报告|警告|文件|通报|咨询)由[^。，；！？]{1,40}签署)', '簽署(?<=(?:公告|聲明|報告|警告|文件|通報|諮詢)由[^。，；！？]{1,40}簽署)'],
  agentMarkers: ['由'],
  // 联合 before a word of issuing or of a document (联合声明, 联合发布, 联合通报) is "joint": its signers stand before it, none after.
  joint: ['(?:联合|聯合)(?!声明|聲明|公报|公報|发布|發布|发表|發表|公告|通报|通報|报告|報告|警告|咨询|諮詢|指南)', '会同', '携手', '伙伴', '夥伴'],
  jointActs: ['联名', '聯名', '联合(?:声明|警告|公告|报告|通报|咨询)', '聯合(?:聲明|警告|公告|報告|通報|諮詢)'],
  jointRefs: ['各方', '上述(?:机构|国家|機構|國家)', '这些(?:机构|国家)', '(?:两|兩|三|四|五|六|七|八)(?:国|國|家机构|家機構|机构|機構)', '(?:参与|联署|聯署)(?:机构|国家|方)'],
  cooperation: [
    // Partners listed as examples ("partners such as X and Y", "nos partenaires, tels que X"): they side with the speaker.
    '(?:伙伴|夥伴|盟友)[^，。；：]{0,4}?(?:如|包括)',
    '[与與同][^，。；：]{1,15}?(?:密切|紧密|緊密)?合作', '[与與同和][^，。；：]{1,18}?(?:一道|一起|携手|攜手)'],
  // "美方应停止……": 应 alone is the modal after a party ("X方", "X国") and before no character that makes it another word (应对, 应用).
  // A demand fronted as the source of a modal (claims/rules/fronted-demand.ts): "正如X一再呼吁的，各国应".
  frontedDemand: ['(?:正如|如同)[^，,。；;：:！!？?]{1,24}?(?:呼吁|呼籲|要求|敦促|主张|主張)'],
  modal: ['应该', '应当', '必须', '需要', '务必', '務必', '理应', '理應', '(?<=[方国])应(?![对用急变该当])', '應該', '應當', '(?<=[方國])應(?![對用急變該當])'],
  selfJustification: [
    // Restricted to lawful use: "仅用于合法用途", "只用于打击犯罪和恐怖主义", "依法使用".
    '(?:仅|只|仅仅|只是)(?:被)?用于(?:合法|执法|打击(?:犯罪|恐怖))',
    // The party itself does not run what is told: "本身并不操作该技术", "自身并未使用".
    '(?:本身|自身)(?:并|也)?(?:不|未|没有)(?:操作|使用|运营|控制|部署)',
  ],
  toolMaker: [
    '(?:开发|研发|制造|開發|研發|製造)的', '(?:开发商|供应商|制造商|開發商|供應商|製造商)', '(?:间谍软件|間諜軟體|间谍软體)(?:公司|厂商|廠商)',
  ],
  ceaseCalls: CEASE_CALLS,
  // "必须假定……", "应该预料到……": a modal before a verb of expectation warns (claims/rules/modal-call.ts).
  expectAfterModal: ['假定', '假设', '假設', '预料', '預料', '预计', '預計', '做好准备', '做好準備'],
  victim: ['针对', '对准', '对'],
  // ... and a state whose interests an actor serves: "代表Y国家利益行事", "维护Y的利益".
  linkedAroundBefore: ['得到', '受到', '獲得', '获得', '代表', '维护', '維護'],
  linkedAroundAfter: ['的?(?:支持|资助|資助|支援|指使|操纵|操縱|操控|控制|指挥|指揮)', '的?(?:国家|國家)?利益'],
  linkedTo: ['与', '受', '隶属于', '隸屬於', '为', '為'],
  // Traditional forms too: "本局呼籲國內企業…".
  memberRefs: ['该议员', '該議員', '这位议员', '這位議員', '该立委', '該立委'],
  // A hope addressed to "the parties concerned" is an appeal to an unnamed party ("希望有关方面以负责任的态度……").
  appeal: ['下令', '责令', '責令', '呼吁', '呼籲', '敦促', '促请', '促請', '要求', '希望(?:有关方面|有關方面)', ...APPEAL_VERBS],
  ownRefs: [
    // Its own systems, a short modifier between ("其内部网络", "其邮件系统").
    '其\\p{Script=Han}{0,4}?(?:网络|網絡|系统|系統|服务器|伺服器|网站|網站|基础设施|基礎設施|服务|服務|账户|帳戶|设备|設備|员工|員工|客户|客戶|数据|數據)', '该公司', '該公司', '本公司'],
  potential: ['可能', '或将', '或將', '恐将', '恐將'],
  hitEffects: ['技术问题', '技術問題', '技术故障', '技術故障', '中断', '中斷', '瘫痪', '癱瘓', '无法访问', '無法訪問', '无法继续生产', '無法繼續生產', '停产', '停產', '暂停运营', '暫停運營', '运营暂停', '運營暫停'],
  affectedHits: ['(?:受到|受|遭受)(?:了)?(?:严重|嚴重)?(?:影响|影響)(?!的)'],
  stateOwnRefs: ['全国', '全國', '国内', '國內', '(?:政府|国家机关|國家機關|政务|政務)\\p{Script=Han}{0,4}?(?:网站|網站|系统|系統|网络|網路|網絡|平台|服务器|伺服器)',
    // "政府機關遭駭客入侵", "公務電子郵件帳號遭入侵": the state's own agencies and the official accounts of its staff.
    '(?:中央(?:及|和|与|與)?地方)?(?:政府|国家|國家)(?:机关|機關|部门|部門|单位|單位)', '(?:公务|公務)\\p{Script=Han}{0,4}?(?:账号|帳號|账户|帳戶|邮箱|郵箱|信箱|邮件|郵件|系统|系統|电脑|電腦)'],
  nationalSystems: ['国家', '國家', '全国', '全國'],
  unnamedOfficials: ['官员', '官員', '当局', '當局', '官方', '政府'],
  possessive: [],
  // "他国" (other countries), "他们" (they), "其他" (other) are no person.
  personPronouns: ['(?<!其)他(?![国们])', '(?<!其)她(?!们)'],
  envoyNouns: ['大使', '公使', '代办', '特使'],
  postingMarkers: ['驻'],
  ourPossessives: ['我国', '我方', '本国'],
  ownerPossessives: ['的'],
  selfPossessives: ['我们的', '我們的'],
  selfRefs: ['我们', '我們', '我方', '中方', '(?<![日根基资資成版文样樣原剧劇课課标標])本(?:局|署|中心|院|會|会|部|公司)'],
  selfAt: ['在'],
  intervieweeBefore: ['专访', '采访了', '对话'],
  citedFindings: ['援引', '引述'],
  statementTitles: ['答记者问', '答記者問', '声明', '聲明', '谈话', '談話', '表态', '回应'],
  // The one named last: "后者", "後者" (claims/latter-ref.ts).
  latterRefs: ['[后後]者'],
  backRefs: ['该机构', '該機構', '这位发言人', '该发言人', '这位官员', '该官员', '该部', '发言人',
    // Traditional forms
    '這位發言人', '該發言人', '這位官員', '該官員', '該部', '發言人'],
  // A news outlet by its kind, pointing back to the outlet named before (outlet-ref.ts); never the outlet's audience.
  outletRefs: ['该报(?![告道])', '該報(?![告道])', '该刊', '該刊', '该杂志', '該雜誌', '该媒体', '該媒體', '这家报纸', '這家報紙', '该通讯社', '該通訊社', '该电视台', '該電視台'],
  // An embassy by its kind noun alone: its own statement's self-reference, else the embassy named last (claims/kind-noun-ref.ts).
  embassyRefs: ['(?<!\\p{Script=Han})(?:本馆|大使馆|使馆)', '(?<!\\p{Script=Han})(?:本館|大使館|使館)'],
  embassyNouns: ['使馆', '使館'],
  // A body taken up by its kind noun: the state body named just before, not the last speaker (claims/kind-noun-ref.ts).
  bodyGenericNouns: ['[该該这這](?:一|个|個)?(?:机构|機構)'],
  companyRefs: ['该公司', '这家公司', '该企业', '这家企业', '該公司', '這家公司', '該企業', '這家企業'],
  companyRefDeterminers: ['该', '这家', '該', '這家'],
  // A report pointed to ("该报告"); a bare "报告称" in a transcript as often quotes the accuser's report.
  stateBodyRefs: ['國防部', '国防部', '財政部', '财政部', '委员会', '委員會', '选委会', '選委會'],
  nationalBodyKinds: ['选举委员会', '選舉委員會', '选委会', '選委會', '隐私委员会', '隱私委員會', '社会保障', '社會保障', '社会保险', '社會保險', '国家警察', '國家警察', '数据保护', '數據保護', '資料保護'],
  investigatingBodies: ['警方', '检方', '檢方', '检察官', '檢察官', '调查人员', '調查人員', '公安机关', '公安機關'],
  bodyPlaceLinks: [],
  reportRefs: ['该报告', '這份報告', '这份报告', '該報告',
    // Chinese has no article: a report or an investigation opening a clause is its subject with a verb of finding or
    // assessing ("调查报告显示，…", "报告认为，…", "调查发现…"), not with a bare "称". The verb may follow the confidence
    // the assessment is made with ("报告以高度信心评估，…"), and the report may pin an act on a party with the object
    // fronted by 将/把 ("报告将此次入侵归因于…").
    '(?<=^|[。，；：！？,;:]\\s?)(?:调查|調查|技术|技術|分析)?(?:报告|報告)(?=(?:以[^，。；：,;:]{1,10}?(?:信心|把握)[”"」』]?)?(?:显示|顯示|表明|发现|發現|认定|認定|查明|证实|證實|指出|认为|認為|判断|判斷|评估|評估|研判)|(?:将|將|把)[^，。；：,;:]{1,20}?(?:归因于|歸因於|归咎于|歸咎於|归于|歸於))', '(?<=^|[。，；：！？,;:]\\s?)(?:调查|調查)(?:结果|結果)?(?=显示|顯示|表明|发现|發現|认定|認定|查明|证实|證實)'],
  reportNouns: ['报告', '報告', '调查', '調查'],
  reportedContent: ['消息', '报道', '報道', '信息', '資訊', '说法', '說法'],
  findingVerbs: ['显示', '顯示', '表明', '说明(?!书)', '說明(?!書)', '揭示'],
  staffRefs: ['研究人员', '技术团队', '研究团队', '分析人员', '调查人员', '该团队', '研究人員', '技術團隊', '研究團隊', '分析人員', '該團隊'],
  staffNouns: ['研究人员', '研究人員', '分析人员', '分析人員', '调查人员', '調查人員', '专家', '專家'],
  quantifiers: ['[一二两兩三四五六七八九十几幾数數多][名位个個家]', '多名', '多位', '一些', '部分', '许多', '許多'],
  // A firm's or an NGO's kind right before its own name, no space between (han-firm-names.ts): "资安业者X表示",
  // "网络安全公司X认为", "國際人權組織「X」指出", "安全厂商X称". The words of its trade stand before the noun.
  firmNouns: [
    '(?:网络安全|網路安全|網絡安全|信息安全|資訊安全|资安|資安|安全|科技|技术|技術|软件|軟體|研究|咨询|諮詢|顾问|顧問)(?:公司|企业|企業|厂商|廠商|业者|業者)',
    '(?:国际|國際)?(?:人权|人權|公民社会|公民社會|新闻自由|新聞自由|数字权利|數位權利|网络权利|網路權利|非政府|非营利|非營利)(?:组织|組織|团体|團體|机构|機構)',
    '(?:独立|獨立)?(?:研究|调查|調查)(?:机构|機構)',
  ],
  companyNouns: ['(?:网络安全|網路安全|網絡安全|信息安全|資訊安全|网络|網路|安全|资安|資安|科技|技术|技術|软件|軟體)?(?:公司|企业|企業|厂商|廠商)', '(?:科技|技术|技術|软件|軟體|互联网|互聯網)(?:巨头|巨頭|巨擘)', '(?:网络安全|網路安全|网络|網路|安全|资安|資安)?(?:研究人员|研究人員|专家|專家|分析人士|分析师|分析師)', '(?:网络空间安全|網路空間安全|网络安全|網路安全|网络|網路|安全|资安|資安|某)?(?:行业)?(?:协会|協會)', '媒体', '媒體', '报纸', '報紙',
    // "美国《X》": a title in 《》 right after a state is that state's publication (its outlet, law or report); the state only says where it is from.
    '《(?=[^》。，]{1,20}》)'],
  organNameEnds: ['局', '中心', '院', '部', '署', '委员会', '委員會', '厅', '廳', '处', '處', '机构', '機構', '办公室', '辦公室', '司令部', '服务', '服務', '小组', '小組', '团队', '團隊'],
  roleBodyEnds: ['省', '府', '内阁', '內閣', '宫', '宮'],
  stateOffices: ['部长', '部長', '副部长', '副部長', '外长', '外長', '总理', '總理'],
  roles: [
    '发言人', '部长', '外长', '大使', '主席', '总统', '总理', '局长', '主任', '司长', '国务卿', '外相', '顾问', '协调员', '官员',
    '副部长', '助理', '负责人', '检察官', '外交官', '参议员', '众议员', '议员', '议长', '院长', '署长', '市长',
    // Traditional forms
    '發言人', '部長', '外長', '總統', '總理', '局長', '國務卿', '顧問', '協調員', '官員', '副部長', '負責人', '參議員', '議員', '立委', '眾議員', '議長', '院長', '署長', '市長',
    // people quoted for their expertise or for their company ("专家X说", "首席执行官X表示")
    '专家', '研究员', '分析师', '工程师', '教授', '首席执行官', '首席技术官', '首席安全官', '总裁', '副总裁', '总经理', '董事长', '总监', '创始人',
    '專家', '研究員', '分析師', '工程師', '執行長', '技術長', '總裁', '副總裁', '總經理', '董事長', '總監', '創辦人',
    // Heads of government and ministers as other states title them, deputies, press secretaries, senior officials,
    // envoys and security chiefs (Taiwan: 次長, 主委, 資安長); no consulate (领事馆) nor command (司令部).
    '大臣', '防长', '防長', '次长', '次長', '司長', '檢察官', '新闻秘书', '新聞秘書', '高官', '主委', '秘书长', '秘書長', '总干事', '總幹事',
    '特使', '公使', '参赞', '參贊', '领事(?!馆)', '領事(?!館)', '幕僚长', '幕僚長', '司令(?!部)', '指挥官', '指揮官',
    '执行长', '技术长', '首席信息安全官', '首席資訊安全官', '資安長', '创办人',
  ],
  memberRoles: ['议员', '議員', '众议员', '眾議員', '参议员', '參議員', '立委', '国会议员', '國會議員', '党魁', '黨魁', '党主席', '黨主席', '秘书长', '秘書長'],
  oppositionRoles: ['影子内阁', '影子內閣', '影子(?:大臣|部长|部長|内政大臣|外交大臣)'],
  partyMembership: ['属于', '屬於', '所属', '所屬'],
  honorifics: [],
  continuation: ['其次', '此外', '另外', '第二', '第三', '最后', '他还', '她还', '同时'],
  recommendHeads: ['(?:防护|防范|处置|安全|应对)建议', '(?:防護|防範|處置|安全|應對)建議', '建议措施', '建議措施'],
  advisoryAudience: ['各(?:机关|機關|单位|單位|机构|機構)', '(?:广大|廣大)?(?:企业|企業|用户|用戶|公众|公眾|民众|民眾)', '(?:运营|營運|运营)(?:者|单位|單位)'],
  adviseVerbs: ['建议', '建議', '提醒'],
  consumers: ['用户', '用戶', '客户', '客戶', '会员', '會員', '使用者', '消费者', '消費者'],
  harmIntent: ['(?:准备|準備|伺机|伺機)(?:在[“"]?\\p{Script=Han}{1,6}[”"]?)?(?:造成|制造|製造|实施|實施)?(?:破坏|破壞|瘫痪|癱瘓|混乱|混亂)'],
  hostilePursuit: ['(?<![曾已])(?:企图|企圖|试图|試圖|图谋|圖謀|预谋|預謀|妄图|妄圖|持续|持續|继续|繼續|不断|不斷)(?:(?!防|抵|打击|打擊|应对|應對|阻|反制|遏制|查处|查處)\\p{Script=Han}){0,16}?(?:攻击|攻擊|入侵|窃取|竊取|渗透|滲透|窃密|竊密|针对|針對)'],
  enemyNouns: ['敌人', '敵人', '敌方', '敵方', '敌军', '敵軍'],
  messageNouns: ['短信', '簡訊', '显示屏', '顯示屏', '屏幕', '螢幕', '留言', '横幅', '橫幅', '弹窗', '彈窗'],
  governmentNouns: ['政府', '当局', '當局'],
  // Money as a demand's object (claims/money-demand.ts): a ransom or a price asked, no call.
  moneyDemands: ['赎金', '贖金', '美元', '比特币', '比特幣', '钱款', '錢款'],
  parentOfNext: ['旗下的?', '下属的?', '下屬的?', '的子公司', '子公司'],
  unitOf: ['下属', '下屬', '隶属', '隸屬', '旗下'],
  threatPredicate: THREAT_PREDICATE,
  threatensParty: THREATENS_PARTY,
  threatens: ['威胁(?:将|要|称)', '威脅(?:將|要|稱)', '扬言', '揚言'],
  measuresTaken: ['(?:已|已经|已經)(?:采取|採取)'],
  cannotEstablish: ['(?:无法|無法|不能|未能)(?:确定|確定|证实|證實|确认|確認|判断|判斷)'],
  questionLabels: ['问', '問', '记者', '記者'],
  answerLabels: ['答'],
  noComment: ['未回应', '尚未回应', '没有回应', '拒绝置评', '拒绝回答', '拒絕回答', '拒绝回应', '拒絕回應', '未予置评', '未作回应', '暂无回应'],
  sanctionActs: ['制裁', '起诉', '起訴', '黑名单', '黑名單', '实体清单', '實體清單'],
  // Things a confirmation may be about instead of a hit (claims/technical-finding.ts).
  technicalFindings: ['漏洞', '补丁', '補丁', '模型', '代码', '代碼', '重叠', '重疊', 'IP地址', 'IP位址', '样本', '樣本'],
  findingExploited: ['利用', '被用于', '被用來', '被用来'],
  withheldNames: ['(?:未|没有|沒有|并未|並未|拒绝|拒絕)(?:透露|公布|披露|点名|點名|公开|公開|说明|說明)'],
  threatNouns: ['威胁', '威脅'],
  threatSources: ['(?:来自|來自)(?=[^，。；：,;:]{1,12}?的[^，。；：,;:]{0,10}?(?:威胁|威脅))'],
  counterCharges: ['一方面(?=[^。！？]{1,40}?[，；,;]\\s*一方面)', '自己却', '自己卻', '自身却', '自身卻', '反过来(?:指责|指控|污蔑)', '反過來(?:指責|指控|污衊)', '(?:却|卻)(?:扮演|装扮成|裝扮成|自称|自稱)受害者'],
  thiefIdioms: ['贼喊捉贼', '賊喊捉賊'],
  asMarkers: ['作为', '視為', '视为'],
  correspondents: ['记者', '記者'],
  guises: ['冒充', '假冒', '伪装成', '偽裝成', '假扮', '冒名'],
  inNameOfAfter: ['的名义', '的名義'],
  frontedObject: ['对', '對'],
  verbJoin: ['并', '並', '并且', '並且', '同时', '同時', '还', '還'],
  predicateJoin: ['并', '並', '但', '但是'],
  predicateOpener: ['承诺', '承諾', '拒绝', '拒絕', '决定', '決定', '提供', '将', '將', '已', '未', '不', '没有', '沒有', '仍'],
  commaJoinedAppeals: ['呼吁', '呼籲', '敦促', '促请', '促請', ...APPEAL_VERBS],
  coordinators: ['和', '与', '與', '及', '以及', '、', '同'],
  disjunctions: ['或', '或者', '还是', '還是'],
  unitNouns: ['团队', '團隊', '小组', '小組', '部门', '部門', '实验室', '實驗室'],
  officialHeads: ['官员', '官員', '外交官', '发言人', '發言人', '代表'],
  gapAdverbials: ['对此', '對此', '就此', '随即', '隨即', '坚决', '堅決', '断然', '斷然', '一再', '再次', '始终', '始終', '一贯', '一貫'],
  clauseOpeners: ['但', '但是', '而', '对此', '對此', '不过', '不過', '然而'],
  groupDescribers: ['该组织', '該組織', '该团伙', '該團夥', '这一组织', '這一組織', '该黑客组织', '該駭客組織'],
  groupHeads: ['黑客组织', '黑客組織', '駭客組織', '黑客团伙', '黑客團夥', '间谍组织', '間諜組織', '组织', '組織', '黑客', '駭客'],
  partisanMarks: ['亲', '親', '反'],
  attributionNouns: ['归因', '歸因', '溯源归因', '溯源歸因'],
  courts: ['法院', '法庭', '法官', '仲裁庭'],
  resemblance: ['重叠', '重疊', '相似之处', '相似之處', '相似性', '雷同'],
  grounds: ['基于', '基於', '根据', '根據', '鉴于', '鑑於'],
  anterior: ['此前', '之前', '先前', '过去', '過去', '早前'],
  background: ['曾经', '曾', '早已', '已经', '当时', '當時'],
  habitual: ['长期以来', '長期以來', '长期', '長期', '一直', '多年来', '多年來', '常年', '每天', '每日', '天天', '不断', '不斷'],
  questionWords: ['什么', '何', '如何', '怎么', '怎样', '吗', '哪', '是否', '是不是'],
  locative: ['驻'],
  scene: ['在'],
  // Sector-only cues: threats, and the effects of an act on its victims (outage, infection, access).
  kinetic: ['无人机', '無人機', '导弹', '導彈', '飞弹', '飛彈', '火箭弹', '火箭彈', '空袭', '空襲', '炮击', '炮擊', '砲擊', '轰炸', '轟炸', '战机', '戰機'],
  cyberMarks: ['网络', '網路', '網絡', '黑客', '駭客', '骇客', '恶意', '惡意', '病毒', '木马', '木馬', '勒索', '入侵', '互联网', '網際網路', '计算机', '電腦', '电脑', '服务器', '伺服器', '数据', '資料', '后门', '後門', 'DDoS'],
  threat: ['干预', '干涉', '干預', '威胁', '威脅', '瘫痪', '癱瘓', '中断', '中斷', '故障', '感染', '勒索', '泄露', '洩露', '波及', '破坏', '破壞', '潜伏', '預置', '预置', 'DDoS'],
  reportWords: ['报道', '报导', '報導', '報道', '援引', '披露', '消息', '曝光', '刊文', '發文', '发文'],
  addresseeBefore: ['(?:对|對|向)[^，。；：！？,\\s的]{1,20}?(?=(?:表示|说|說|称|稱|透露|介绍|介紹)[，,：:])', '接受[^，。；：！？,\\s]{1,20}?(?:采访|採訪|专访|專訪)'],
  interview: ['接受', '采访', '对.{0,4}(?:说|表示)'],
  pairBefore: ['两国', '双方'],
  orgWords: [],
  orgVoice: ['官方(?:帳戶|账户|账号|帳號|推特|微博|博客|網站|网站)?', '(?:发布|發布|发表|發表|发出|發出)(?:了)?(?:公告|声明|聲明|博文|文章|通知|通告)', '(?:在|于|於)(?:公告|声明|聲明|博文|博客|官网|官網)中', '(?:发言人|發言人|负责人|負責人|首席执行官|執行長|方面|团队|團隊|公司)'],
};

/**
 * Kind-of-publication nouns the Chinese press may write outside a title's 《》 ("《明镜》周刊" for "明镜周刊"; a daily's 报 stays inside): an
 * outlet's form ending with one is also matched with only its stem bracketed (source-forms.ts).
 */
export const ZH_TITLE_KIND_SUFFIXES = ['周刊', '週刊', '杂志', '雜誌'];
