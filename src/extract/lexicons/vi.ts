import type { CueLexicon } from './types.ts';

/** Threat predicates: their subject is the threat warned of (threatPredicate below); also warning cues. */
// Threatening a party with a consequence: "đe dọa trừng phạt X", "đe dọa X bằng các biện pháp trừng phạt" (profile `threatensParty`).
const THREATENS_PARTY = ['(?<!mối )(?:đe )?dọa (?:sẽ )?(?:trừng phạt|trả đũa|đáp trả|cấm vận)', '(?<!mối )(?:đe )?dọa (?:\\p{L}+ ){1,4}?bằng (?:\\p{L}+ ){0,3}?(?:trừng phạt|trả đũa|đáp trả|cấm vận)'];
const THREAT_PREDICATE = ['(?:là|vẫn là|trở thành|gây ra|tạo ra) (?:\\p{L}+ ){0,3}?mối (?:đe dọa|nguy hiểm|hiểm họa)'];

/** What is traced to the accused: the act, its traffic, its infrastructure or tools (pointsTo). */
/** Condemned objects that are no act of the accused: a decision, a policy, a law, sanctions or measures (the condemnation cues' negative lookahead). */
const NON_ACTS = 'quyết định|chính sách|luật|đạo luật|dự luật|lệnh cấm|lệnh trừng phạt|các biện pháp|biện pháp|trừng phạt|việc trục xuất|phán quyết|bản án';
const NOT_NON_ACT = `(?![»"”]? (?:(?:mạnh mẽ|kịch liệt|gay gắt) )?(?:(?:các|những|mọi) )?(?:${NON_ACTS})(?!\\p{L}))`;

const TRACED = 'cuộc tấn công|vụ tấn công|tấn công|xâm nhập|chiến dịch|hoạt động|lưu lượng|hạ tầng|máy chủ|địa chỉ IP|tên miền|mã độc';
/** Source markers naming an investigation's finding, not who made it (`findingSources`). */
const FINDING_SOURCES = ['theo (?:kết quả|kết luận) điều tra', 'qua (?:công tác )?điều tra', 'theo (?:các )?điều tra viên'];

/** Source markers pointing back to the clause before (`sourceBack`). */
const SOURCE_BACK = ['theo đó'];

/** Verbs of ceasing among the cues of a call: what a call asks ("urged X to chấm dứt", "X should chấm dứt"); alone, the act of their subject (claims/own-cessation.ts). */
const CEASE_CALLS = ['(?<!đã |đã từng )ngừng', '(?<!đã )chấm dứt'];
/**
 * Verbs of stopping an act (thwarting, repelling, neutralising), active: as with a discovery verb, the one who
 * stopped the act tells of it. Whose hit it was, claims/rules/reported-hit.ts decides from the words after it
 * (its own systems: a confirmation; another's: none). The passive ("was thwarted") names no defender.
 */
const DEFENCE_VERBS = ['(?<!(?:bị|được|đã được|đã bị) )(?:ngăn chặn|đẩy lùi|chặn đứng)'];

// Threats of a response to a hostile party (profile `responseThreat`): a consequence, a price, accountability or a
// response promised, "sẽ phải trả giá", "hậu quả", "truy cứu trách nhiệm". Warning cues whose party is the one threatened.
const RESPONSE_THREAT = [
    'hậu quả', 'phải trả giá', 'truy cứu trách nhiệm', '(?:buộc|bắt) (?:\\p{L}+ ){0,3}?(?:phải )?chịu trách nhiệm',
];

export const vi: CueLexicon = {
  lang: 'vi',
  closedClass: ['như', 'khi', 'theo', 'tuy', 'nhưng', 'và', 'cũng', 'sau', 'trước', 'đồng thời', 'trong khi', 'trong', 'tại', 'với', 'về', 'ngoài', 'vì', 'nếu', 'để', 'trên', 'qua', 'tuy nhiên', 'ngoài ra', 'bên cạnh', 'do đó', 'vì vậy', 'phía'],
  say: [...DEFENCE_VERBS,
    // Findings: the one who discovered speaks ("X phát hiện nhóm Y đã ..."), not the discovered ("bị phát hiện").
    '(?<!(?:bị|được) )phát hiện(?! của)',
    // Characterising an actor: "X mô tả nhóm này là có liên hệ với Y".
    'mô tả(?= (?:\\S+ ){0,6}?(?:là|như)(?!\\p{L}))',
    // "nói trên" after a noun is the anaphoric "aforementioned" ("mạng lưới nói trên và ..."), not "said on ..." ("nói trên truyền hình").
    'cho biết', 'nói(?! trên(?:[,.;:!?)"”…]|$| (?:và|của|cho|là|đã|được|bị|cũng|đều|sẽ|không|này|thì|mà|nhằm|để|có)(?!\\p{L})))(?: thêm)?(?: rằng)?', 'cho rằng', 'tuyên bố', 'khẳng định', 'nhấn mạnh', 'lưu ý', 'nêu rõ',
    // Publishing a finding, the voice of a news outlet above all: "báo X đưa tin các kỹ thuật viên ...", "hãng tin X loan tin" (not "đưa tin về": reporting on a topic).
    '(?:đưa|loan) tin(?! (?:về|vụ|này|trên|của))',
    'phát biểu', 'tiết lộ', 'thông báo', 'chỉ ra', 'nhắc lại', 'bày tỏ', 'kết luận', 'đánh giá', 'nhận định',
    // Findings and beliefs: the one who found or believes speaks ("xác định", "ghi nhận", "mà X cho là").
    'xác định', 'ghi nhận', 'cho là', 'tin rằng', 'nhận thấy',
    'tuyên bố rằng',
    // Speaking of an act rather than stating a clause: "X nhắc đến các cuộc tấn công của Nga".
    // Characterising a statement: "X gọi các cáo buộc này là vô căn cứ".
    '(?<!được )gọi (?:các |những )?(?:cáo buộc|thông tin|báo cáo)',
    'nhắc (?:đến|tới)', 'đề cập (?:đến|tới)', 'nói về',
    // Ordinary reporting verbs of the press: "X cho hay", "X quả quyết"; verbs that also take a topic speak only
    // before the clause they open ("giải thích rằng", not "để giải thích về vụ việc"), writing on a channel included
    // ("viết trên blog rằng").
    'cho hay', 'quả quyết', '(?:giải thích|lý giải|nhận xét|bình luận|chia sẻ|nghi ngờ)(?= rằng(?!\\p{L})|:)',
    'viết (?:(?:trên|trong) (?:[^\\s.;:!?]+ ){1,4}?)?rằng(?!\\p{L})',
  ],
  sourceBefore: ['theo', 'dẫn lời', 'trích lời', 'theo lời', 'theo đánh giá của', ...FINDING_SOURCES, ...SOURCE_BACK],
  findingSources: FINDING_SOURCES,
  sourceBack: SOURCE_BACK,
  accuse: [
    // Phản đối một vụ tấn công cụ thể (số nhiều hay một vụ), có tác nhân theo sau: lên án, không phải phủ nhận
    // (phản đối + "các cuộc/vụ tấn công" + người thực hiện). Phản đối tấn công "dưới mọi hình thức" thì vẫn là phủ nhận.
    `phản đối(?= (?:(?:mạnh mẽ|kịch liệt|quyết liệt) )?(?:(?:các|những) )?(?:cuộc|vụ) (?:tấn công|xâm nhập)(?!\\p{L}))`,
    // The act traced to the accused by the subject: "cơ quan này đã truy vết cuộc tấn công tới X" (not the passive "được/bị
    // truy vết", evidence in pointsTo; the act right before "tới/đến").
    `(?<!(?:được|bị) )truy (?:vết|ngược|dấu|nguồn) (?:\\S+ ){0,3}?(?:${TRACED})(?: (?:này|đó|trên|nói trên))? (?:đến|tới)(?!\\p{L})`,
    // Linking an act to its author: "X đã liên kết vụ đánh cắp tiền điện tử với nhóm Y" (syllables count as words).
    '(?:đã )?liên kết (?!với)(?:\\p{L}+ ){1,8}?với',
    // ... with "gắn", a synonym: "X gắn nhóm Y với tình báo Z" (not "gắn bó với", "gắn liền với": bonded, bound up with).
    '(?:đã )?gắn (?!(?:với|bó|kết|liền|chặt)(?!\\p{L}))(?:[\\p{L}\\p{N}-]+ ){1,8}?với',
    // Assigning an act to its author with the act between: "quy vụ tấn công cho nhóm X", "quy các chiến dịch này cho Y".
    'quy (?:(?:các|những|mọi) )?(?:vụ|cuộc|chiến dịch|hoạt động|đợt|loạt)(?: \\p{L}+){0,6}? cho(?!\\p{L})',
    // Not the noun heading a relative clause ("..., cáo buộc mà X phủ nhận": the charge that X denies), which accuses no one.
    'cáo buộc(?! mà (?!không(?!\\p{L})))', 'tố cáo', 'tố ngược', '(?<!yếu |nhân |cấu )tố', 'quy trách nhiệm', 'đổ lỗi', `lên án${NOT_NON_ACT}`, 'chỉ đích danh', 'quy kết',
    // Charging and laying guilt on a party, with the older spelling "qui" of the same words: "buộc tội X", "đổ tội cho X",
    // "quy tội cho X", "chỉ mặt X" (the passive "bị buộc tội" is accusedPassive).
    '(?<!bị )buộc tội', 'đổ tội', 'quy tội', 'đổ trách nhiệm', 'chỉ mặt', 'qui trách nhiệm', 'qui kết',
    'chỉ trích', 'đứng sau', 'trừng phạt', 'truy tố', 'treo thưởng', 'khởi tố', 'cáo trạng', 'cáo trạng (?:đối với|chống lại)', 'truy nã', 'quy cho',
  ],
  anaphora: ['điều này', 'việc này', 'vụ việc', 'vụ này', 'thông tin này', 'các cáo buộc này', 'cáo buộc này', 'những cáo buộc (?:này|đó|trên)', 'nhóm này', 'nhóm tin tặc này', 'chiến dịch này', 'vụ tấn công này', 'thông tin trên'],
  claimsOwn: ['nhận trách nhiệm', 'lên tiếng nhận', '(?:tuyên bố|tự nhận|khẳng định) (?:là )?(?:đã )?(?:thực hiện|tấn công|xâm nhập|đánh sập|mã hóa|đánh cắp|làm tê liệt|tiêu hủy|phá hủy|xóa sạch|chiếm quyền)',
    // Owning authorship: "tự nhận là tác giả của vụ rò rỉ dữ liệu", "tự nhận là thủ phạm".
    '(?:tự )?nhận (?:mình )?là (?:tác giả|thủ phạm|người đứng sau)',
    // Admitting one's own act: "thừa nhận đã xâm nhập ...", "cũng nhận đã đánh sập ..." (the perfect marks the act as done).
    '(?:thừa )?nhận đã (?:thực hiện|tấn công|xâm nhập|đánh sập|mã hóa|đánh cắp|làm tê liệt|tiêu hủy|phá hủy|xóa sạch|chiếm quyền)'],
  pointsTo: [
    // Dấu vết chỉ về bên bị cáo buộc: "các dấu vết đều chỉ về Trung Quốc".
    '(?:dấu vết|manh mối|bằng chứng|dấu hiệu) (?:\\S+ ){0,4}?(?:chỉ về|chỉ tới|chỉ đến|hướng về|dẫn tới|dẫn về|dẫn đến)',
    // Truy vết cuộc tấn công tới bên bị cáo buộc: "cuộc tấn công được truy vết tới các máy chủ ở Iran".
    `truy (?:vết|ngược|dấu|nguồn) (?:\\S+ ){0,3}?(?:đến|tới|về)(?!\\p{L})(?<=(?<!\\p{L})(?:${TRACED})(?: \\S+){0,6} truy (?:vết|ngược|dấu|nguồn) (?:\\S+ ){0,3}?(?:đến|tới|về))`,
    `truy (?:vết|ngược|dấu|nguồn) (?:\\S+ ){0,6}?(?:${TRACED})\\S* (?:\\S+ ){0,8}?(?:đến|tới|về)(?!\\p{L})`,
  ],
  blame: [
    'mới là (?:["“])?(?:nguồn gốc|kẻ|quốc gia|đế chế|mối đe dọa)', 'đứng sau', 'đế (?:chế|quốc) tin tặc', 'nguồn gốc (?:chính )?(?:của )?(?:các )?(?:cuộc )?tấn công', 'chịu trách nhiệm (?:cho|về)', 'là thủ phạm', 'là tác giả'],
  doneBy: ['do (?:[^\\s,.;]+ ){1,20}?(?:thực hiện|tiến hành|gây ra|tổ chức)', '(?:thực hiện|tiến hành|gây ra|tổ chức) bởi', 'là (?:sản phẩm|công việc|việc làm) của'],
  actOrigin: ['xuất phát từ', 'bắt nguồn từ', 'đến từ'],
  agentHedges: ['được cho là(?: của| do| từ| thuộc)?', 'bị nghi là(?: của)?', 'nghi là(?: của)?'],
  passive: ['được', 'bị'],
  agentFirstPassive: ['bị', 'được'],
  accusedPassive: ['bị cáo buộc', 'bị buộc tội'],
  accuseNoun: ['(?:các|những|lời) cáo buộc', 'cáo buộc'],
  unknownActors: ['ai', '(?:quốc gia|nước|nhóm)(?: nào)?'],
  unnamedStateActors: ['một (?:chủ thể|tác nhân) (?:cấp )?nhà nước', 'một (?:nhóm|tác nhân|chủ thể) (?:tin tặc )?(?:được )?(?:một )?nhà nước (?:hậu thuẫn|bảo trợ)', 'một (?:nhóm )?tin tặc được (?:một )?nhà nước (?:hậu thuẫn|bảo trợ)', '(?:nhóm|tin tặc|tác nhân|chủ thể)(?: tin tặc)? được một (?:nhà nước|chính phủ|quốc gia)(?: nước ngoài)? (?:hậu thuẫn|bảo trợ|tài trợ)', 'một (?:nhà nước|quốc gia|chính phủ)(?: nước ngoài)?(?= (?:\\S+ ){0,2}?đứng sau)', 'đứng sau (?:\\S+ ){0,6}?là một (?:nhà nước|quốc gia|chính phủ)', '(?:xuất phát|bắt nguồn|đến|tới) từ (?:\\S+ ){0,1}?một (?:quốc gia|nhà nước|chính phủ|nước) nước ngoài', '(?:do|bởi) một (?:quốc gia|nhà nước|chính phủ|cường quốc) nước ngoài(?= (?:\\S+ ){0,2}?(?:thực hiện|tiến hành|tổ chức|chỉ đạo|hậu thuẫn|bảo trợ))'],
  classifyingCopulas: ['(?:(?:nhiều )?khả năng |có thể |rất có thể )?là'],
  languageActors: ['(?:một )?(?:nhóm|tác nhân|chủ thể)(?: \\p{L}+){0,2}? (?:nói|sử dụng) tiếng \\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*)?'],
  universalQuantifiers: ['bất kỳ', 'bất cứ', 'mọi'],
  // Withdrawing a charge (claims/withdrawn-charge.ts): before the charge, and after its noun.
  withdrawals: ['(?<!(?:không|chưa|từ chối) )(?:rút lại|rút bỏ|hủy bỏ|huỷ bỏ|bãi bỏ|đình chỉ)'],
  withdrawnAfter: ['(?<!không )(?:đã )?bị (?:rút lại|rút bỏ|hủy bỏ|huỷ bỏ|bãi bỏ|đình chỉ)'],
  conditional: ['nếu', 'giả sử', 'trong trường hợp'],
  // Admitting (claims/admitted-access.ts): the verbs among `confirm`, and others' access to one's systems told after them.
  admission: ['thừa nhận', 'thú nhận'],
  admittedAccess: ['truy cập (?:được )?(?:vào )?(?:các )?(?:hệ thống|mạng|máy chủ|máy tính|cơ sở dữ liệu|tài khoản)(?: \\S+){0,3}? của (?:mình|bộ|công ty|cơ quan|tập đoàn|họ|chúng tôi)(?!\\p{L})'],
  noEvidenceThat: [
    '(?:không|chưa) (?:\\p{L}+ ){0,3}?(?:bằng chứng|dấu hiệu) (?:nào )?(?:cho thấy|chứng minh|để (?:quy|kết luận|khẳng định))',
    // A lack of reason to believe it: "không có lý do gì để tin rằng tài khoản bị xâm nhập".
    '(?:không|chưa) (?:\\p{L}+ ){0,3}?(?:lý do|cơ sở) (?:gì |nào )?(?:để )?(?:tin|cho rằng|nghi ngờ)(?: rằng)?',
  ],
  soCalled: ['cái gọi là'],
  // "liệu" asks whether; "dữ liệu" (data), "tài liệu" (documents), "số liệu" (figures) are nouns.
  interrogative: ['liệu(?<!(?:dữ|tài|số|vật|nguyên|tư) liệu)'],
  deny: [
    // Blanket negation: a hostile act negated over everyone ("chúng tôi không theo dõi ai cả", "chưa từng tấn công bất kỳ ai").
    '(?:không|không bao giờ|chưa bao giờ|chưa từng) (?:theo dõi|do thám|nghe lén|giám sát|tấn công|xâm nhập) (?:bất kỳ ai|bất cứ ai|ai cả)',
    'không liên quan gì',
    // Denial of any role: "không đóng vai trò gì trong", "không có vai trò nào".
    'không (?:hề )?(?:đóng|giữ|có) (?:bất kỳ |một )?vai trò (?:gì|nào)', 'chưa bao giờ hợp tác',
    // Negated perpetration: "X chưa bao giờ tiến hành tấn công mạng", "X không bao giờ tham gia".
    '(?:chưa (?:bao giờ|từng)|không bao giờ|không hề) (?:tiến hành|thực hiện|phát động|tham gia|tài trợ|hậu thuẫn)',
    // Negated interference: "Nga chưa bao giờ can thiệp vào bầu cử".
    '(?:chưa (?:bao giờ|từng)|không bao giờ|không hề) can thiệp',
    // Dismissing and disowning: "gạt bỏ cáo buộc", "chối bỏ việc đứng sau"; an uninvolved party in the words of the
    // press: "không liên can", "không dính dáng" (as "không liên quan", "không dính líu").
    'gạt bỏ', 'gạt phăng', 'chối bỏ', 'không liên can', 'không dính dáng',
    'bác bỏ', 'phủ nhận', 'phản bác', 'bác (?:tin|báo cáo|thông tin|cáo buộc|những|các)', 'không liên quan', 'không dính líu',
    `phản đối(?! (?:(?:mạnh mẽ|kịch liệt|quyết liệt) )?(?:(?:các|những) )?(?:cuộc|vụ) (?:tấn công|xâm nhập)(?!\\p{L}))`
  ],
  denyQualifier: ['không có bằng chứng', 'không (?:đưa ra|cung cấp|có)(?: (?:được|bất kỳ|một))? bằng chứng', 'thiếu bằng chứng', 'vô căn cứ', 'không có (?:bất kỳ )?cơ sở(?! (?:hạ tầng|dữ liệu|vật chất|sản xuất|y tế|giáo dục|kinh doanh))', 'bịa đặt', 'dựng chuyện', 'ngụy tạo',
    // "không có căn cứ" is "vô căn cứ" in other words; "vu cáo" is "vu khống"; distortion qualifies the accusation only when
    // it is what the accusation is called ("là xuyên tạc", "luận điệu xuyên tạc"), not the accused's campaign.
    '(?:không có|thiếu) (?:bất kỳ )?căn cứ', 'thiếu cơ sở', 'vu cáo', 'luận điệu', '(?<=(?:là|đều|hoàn toàn) )xuyên tạc', 'hoang đường', 'thêu dệt', 'vu khống', 'bôi nhọ', 'vô lý', 'phi lý',
    // Calling what was reported untrue: "cho rằng bài báo đó là sai sự thật".
    '(?<=(?:là|đều|hoàn toàn) )(?:sai|không đúng) sự thật',
    // "gọi báo cáo này là thông tin sai lệch".
    'gọi (?:\\S+ ){0,4}?là (?:thông tin sai lệch|tin giả|xuyên tạc|tuyên truyền)'],
  responseThreat: RESPONSE_THREAT,
  warn: [...RESPONSE_THREAT, ...THREAT_PREDICATE, ...THREATENS_PARTY, 
    
    'biện pháp cần thiết',
    'cảnh báo', 
    // Sounding the alarm over what follows ("báo động rằng", "báo động về"), not an alarm system ("hệ thống báo động").
    '(?:báo động|cảnh tỉnh)(?= (?:rằng|về)(?!\\p{L})|:)',
    // An expectation that the actor goes on: "chúng tôi dự đoán X sẽ tiếp tục tấn công".
    '(?:dự đoán|dự kiến|dự báo) (?:\\S+ ){0,5}?sẽ tiếp tục', '(?:đe )?dọa (?:sẽ )?(?:tấn công|tiếp tục|công bố|tung|phát tán)', 'đáp trả', 'trả đũa',
    // A vow to keep countering a threat: "sẽ tiếp tục đối phó với hoạt động mạng độc hại"; what is countered is hostile.
    'sẽ tiếp tục (?:đối phó|đấu tranh|ngăn chặn)(?= (?:\\S+ ){0,6}?(?:tin tặc|mạng|độc hại|tấn công|gián điệp|đe dọa))', 'răn đe', 'không dung thứ', 'khuyến cáo', 
  ],
  callFor: [
    // An order to investigate ("chỉ đạo cơ quan điều tra làm rõ vụ tấn công"): the one who orders calls for the inquiry,
    // with no other party addressed (the investigators are its own); "sự chỉ đạo" (the direction of) is a noun.
    '(?:chỉ đạo|ra lệnh)(?<!sự chỉ đạo)(?= (?:[^\\s.;:!?]+ ){0,8}?(?:điều tra|làm rõ)(?!\\p{L}))',
    // A summons made to demand ("triệu tập Đại sứ X để yêu cầu giải thích", "... và đề nghị"): the summoner calls on the
    // one summoned, whose state is named after the verb; a passive summons ("được triệu tập") names no summoner. A summons
    // alone calls for nothing.
    'triệu(?: tập)?(?<!(?:được|bị) triệu(?: tập)?)(?= (?:[^\\s.;:!?]+ ){0,2}?(?:[Đđ]ại sứ|[Đđ]ại biện|[Đđ]ại diện)(?: [^\\s.;:!?]+){1,20}? (?:yêu cầu|đề nghị)(?!\\p{L}))',
    'hối thúc', 'kêu gọi',
    // Petitioning: "thỉnh cầu X", "kiến nghị X" ("theo kiến nghị của", at the petition of, is the occasion of another's act).
    'thỉnh cầu', 'kiến nghị(?<!theo kiến nghị)',
    // "theo yêu cầu của Mỹ" (at the US's request): a request told as the occasion of another's act is no appeal.
    // An offer of cooperation, a call that needs no addressee (appeal): "X sẵn sàng hợp tác với các nước".
    '(?<!không |chưa )sẵn sàng (?:\\p{L}+ ){0,2}?(?:hợp tác|phối hợp|đối thoại)',
    'yêu cầu(?<!theo yêu cầu)', 'đề nghị(?<!theo đề nghị)', 'đề xuất', 'đối thoại', 'sẵn sàng cùng', ...CEASE_CALLS, 'thúc giục',
  ],
  // "không" also opens and closes compounds where it negates nothing: "hàng không" (aviation), "không gian mạng"
  // (cyberspace), "không quân" (air force), "không phận" (airspace), "không lưu" (air traffic), "không khí" (air).
  negativeConcord: ['gì', 'nào'],
  // Not "không chỉ ... mà còn" (not only ... but also): both are said.
  negation: ['(?<!hàng )không(?! gian| quân| phận| lưu| khí| chỉ)', 'chưa', 'chẳng', 'chưa từng', 'không thể'],
  confirm: [
    'bị tấn công', '(?<!(?:có thể|sẽ|dễ) )trở thành mục tiêu của (?:một |các |nhiều )?(?:cuộc|vụ)', '(?:đã |vừa )hứng chịu', '(?:là|trở thành) nạn nhân của (?:một|vụ)(?!\\p{L})', 'bị (?:tin tặc )?xâm nhập','thừa nhận', 'xác nhận',
    // Admitting in other words: "thú nhận", "công nhận" (as "thừa nhận").
    'thú nhận', 'công nhận'],
  confirmedBy: ['được xác nhận bởi'],
  hostile: [
    // A cyber means deployed for a hostile purpose ("uses its cyber capabilities to obtain ...", "setzt seine Cyberfähigkeiten ein, um ... zu beschaffen"):
    // the means and the purpose together tell the act; a defensive purpose ("to protect ...") is no such verb.
    '(?:năng lực (?:không gian )?mạng|phương tiện mạng|tin tặc|mã độc|phần mềm (?:gián điệp|độc hại)|công cụ (?:tin tặc|gián điệp|xâm nhập)) (?:\\S+\\s+){0,6}?(?:để|nhằm) (?:lấy cắp|chiếm đoạt|thu thập|giám sát|thu thập dữ liệu)',
    'mục tiêu', 'nạn nhân',
    'tấn công', 'tin tặc', 'hacker', 'xâm nhập', 'đột nhập', 'gián điệp', 'đánh cắp', 'do thám', 'nghe lén',
    'phá hoại', 'mã độc', 'xâm phạm', 'can thiệp', 'đánh cắp bí mật', 'theo dõi', 'nhắm vào', 'nhắm mục tiêu', 'thủ phạm', 'chủ mưu',
    // Activity told as a hit's trace ("phát hiện hoạt động đáng ngờ", like "detected suspicious activity").
    'hoạt động (?:đáng ngờ|bất thường|độc hại)',
  ],
  perpetratorRemedy: ['(?:cung cấp|trao|công bố|phát hành|gửi|chia sẻ|tung ra)(?: \\p{L}+){0,3}? (?:khóa|khoá|công cụ) giải mã'],
  unnamedGroupHeads: ['nhóm', 'tin tặc', 'hacker', 'tội phạm mạng'],
  bareGroupNouns: ['(?<!(?:một|các|những|mỗi) )nhóm(?! (?:tin tặc|hacker|nghiên cứu|chuyên gia|công tác|này)\\b)'],
  ownOperatives: ['(?:các )?(?:chuyên gia|đơn vị|lực lượng)(?: (?:mạng|an ninh mạng|tác chiến mạng|không gian mạng))? của (?:mình|cơ quan này|họ)'],
  operationAgainst: ['(?:chiến dịch|hoạt động|cuộc tấn công)(?: \\p{L}+){0,2}? nhằm vào'],
  actorNouns: ['tin tặc', 'hacker', 'nhóm tin tặc', 'gián điệp'],
  victimNouns: ['nạn nhân'],
  targetNouns: ['mục tiêu'],
  victimSpread: ['bao gồm', 'gồm', 'phân bố (?:ở|tại)', 'tập trung (?:ở|tại)'],
  userNouns: ['người dùng', 'người sử dụng', 'thuê bao'],
  hitNouns: ['hệ thống', 'mạng lưới', 'máy chủ', 'ngân hàng', 'bệnh viện', 'cơ sở hạ tầng'],
  hostileVerbs: ['(?:làm )?gián đoạn', 'làm tê liệt', 'phá hoại', '(?:đã|đang|từng) (?:tấn công|xâm nhập)'],
  patientPassive: ['bị (?:tin tặc |nhóm \\p{L}+ )?(?:tấn công|xâm nhập|lây nhiễm|nhiễm)'],
  governmentOfLeader: ['[Cc]hính quyền(?: (?:của )?(?:Tổng thống|Thủ tướng))?', '[Cc]hính phủ(?: của)?(?: (?:Tổng thống|Thủ tướng))?'],
  defendantNouns: ['công dân', 'anh em', 'đối tượng', 'nghi phạm', 'thủ lĩnh', 'thành viên', 'công ty', 'doanh nghiệp'],
  defendantOrigin: ['của', 'mang quốc tịch', 'quốc tịch'],
  similar: ['tương tự', 'đồng ký', 'cùng ký', '(?:khuyến cáo|tuyên bố|báo cáo|văn bản|tài liệu|cảnh báo|thông báo)(?: này)? được ký(?= bởi)', 'đồng tác giả', 'ủng hộ (?:đánh giá|kết luận|cáo buộc)'],
  likeness: ['tương tự'],
  statementNouns: ['tuyên bố', 'đánh giá', 'kết luận', 'nhận định', 'báo cáo', 'thông báo', 'quan điểm', 'lập trường', 'phát biểu', 'nhận xét', 'cảnh báo', 'quan ngại', 'cách'],
  joinVerbs: ['đồng ký', 'cùng ký', '(?:khuyến cáo|tuyên bố|báo cáo|văn bản|tài liệu|cảnh báo|thông báo)(?: này)? được ký(?= bởi)', 'ủng hộ (?:đánh giá|kết luận|cáo buộc)'],
  agentMarkers: ['bởi'],
  joint: ['cùng với', 'phối hợp với', 'chung với', 'cùng các (?:đối tác|đồng minh|cơ quan)', 'đối tác (?:từ|của|ở)'],
  jointActs: ['(?:tuyên bố|khuyến cáo|cảnh báo|báo cáo|thông báo) chung'],
  jointRefs: ['các (?:đối tác|đồng minh|bên|cơ quan) (?:này|tham gia|đồng ký|ký tên)', 'các (?:đối tác|đồng minh)', '(?:cả )?(?:hai|ba|bốn|năm|sáu|bảy|tám) (?:nước|quốc gia|cơ quan|chính phủ)'],
  cooperation: [
    // Partners listed as examples ("partners such as X and Y", "nos partenaires, tels que X"): they side with the speaker.
    '(?:các )?(?:đối tác|đồng minh)(?: \\p{L}+){0,3},? (?:như|gồm|bao gồm)',
    'hợp tác (?:chặt chẽ )?với'],
  // The hortative "X hãy chấm dứt ..." (let X stop) calls on X as a modal does.
  modal: ['cần', 'phải', 'nên', 'hãy'],
  selfJustification: [
    // Restricted to lawful use: "chỉ được dùng theo đúng pháp luật", "chỉ nhằm chống tội phạm".
    'chỉ (?:\\p{L}+ ){0,3}?(?:theo đúng pháp luật|theo quy định của pháp luật|một cách hợp pháp|hợp pháp|(?:để|nhằm) (?:chống|đối phó với) (?:tội phạm|khủng bố))',
    // "không phải bản thân công ty mà là khách hàng".
    'không phải (?:là )?(?:chính )?bản thân (?:\\p{L}+ ){0,3}?mà',
  ],
  toolMaker: [
    'nhà (?:sản xuất|phát triển|cung cấp)', '(?:được )?(?:phát triển|sản xuất) bởi', 'do (?:\\p{L}+ ){1,4}?(?:phát triển|sản xuất)',
  ],
  ceaseCalls: CEASE_CALLS,
  // "phải giả định rằng ...", "cần lường trước": a modal before a verb of expectation warns (claims/rules/modal-call.ts).
  expectAfterModal: ['giả định', 'lường trước', 'tính đến khả năng', 'chuẩn bị cho', 'sẵn sàng đối phó'],
  ascribedTo: ['cho'],
  factRelatives: ['điều này', 'điều đó', 'qua đó'],
  victim: ['nhằm vào', 'nhắm vào', 'vào', 'tới', 'đối với', 'chống lại', 'chống', 'với'],
  linkedAroundBefore: ['được'],
  linkedAroundAfter: ['(?:hậu thuẫn|tài trợ|chống lưng|bảo trợ|chỉ đạo)'],
  linkedTo: ['hoạt động từ(?: lãnh thổ)?', '(?:có )?liên (?:hệ|quan|kết) (?:với|đến|tới)', 'gắn với', 'được (?:\\p{L}+ )?hậu thuẫn bởi', 'làm việc cho', 'thay mặt(?: cho)?', 'theo (?:chỉ đạo|lệnh|chỉ thị) của', 'thuộc', 'phục vụ (?:cho )?lợi ích(?: của)?', 'vì lợi ích của'],
  memberRefs: ['nghị sĩ này', 'vị nghị sĩ này', 'đại biểu này'],
  appeal: ['(?<!không |chưa )sẵn sàng (?:\\p{L}+ ){0,2}?(?:hợp tác|phối hợp|đối thoại)', 'thỉnh cầu', 'kiến nghị(?<!theo kiến nghị)', 'chỉ đạo', 'ra lệnh', 'kêu gọi', 'hối thúc', 'thúc giục', 'đề nghị', 'đề xuất'],
  relativePronouns: ['mà'],
  objectRelatives: ['mà', '(?:nước|quốc gia|nhóm|tổ chức|công ty|cơ quan) mà'],
  stateWords: ['Nhà nước'],
  ownRefs: ['(?:hệ thống|mạng|máy chủ|trang web|cổng thông tin|nền tảng|cơ sở hạ tầng|dịch vụ|tài khoản|thiết bị|nhân viên|khách hàng|dữ liệu)(?: \\p{L}+){0,2}? của (?:mình|chúng tôi|công ty|họ(?! hàng))(?!\\p{L})',
    // The devices or accounts of staff whose employer goes unnamed ("điện thoại của nhân viên"): the speaker's own staff;
    // staff of a body named after them ("nhân viên Bộ X") are that body's.
    '(?:điện thoại|máy tính|thiết bị|tài khoản|hộp thư|email)(?: \\p{L}+){0,4}? của (?:các |một số |nhiều )?nhân viên(?: công ty)?(?! ?\\p{L})'],
  potential: ['(?<!không )có thể', 'sẽ'],
  hitEffects: ['(?:sự cố|lỗi|trục trặc) kỹ thuật', 'gián đoạn', 'tê liệt', 'ngừng hoạt động', 'không thể truy cập', '(?:ngừng|tạm dừng|đình chỉ) (?:việc )?sản xuất', 'sản xuất (?:\\p{L}+ ){0,2}?(?:đình trệ|ngừng|tạm dừng)'],
  affectedHits: ['(?:đã |cũng )?bị ảnh hưởng'],
  stateOwnRefs: ['(?:trên|khắp) cả nước', 'trên toàn quốc', '(?:hệ thống|trang web|trang thông tin|cổng thông tin|mạng|máy chủ)(?: [\\p{L}]+){0,3}? (?:của )?(?:chính phủ|nhà nước|cơ quan nhà nước|các bộ)'],
  nationalSystems: ['quốc gia'],
  unnamedOfficials: ['giới chức', '(?:các )?cơ quan chức năng', 'nhà chức trách', 'các quan chức', 'quan chức', 'chính quyền', 'chính phủ'],
  possessive: ['của'],
  originPlace: ['từ (?:trên )?lãnh thổ của'],
  // "(gọi tắt là Cục ANV)", "(sau đây gọi là ANV)": the short form the bracket defines follows.
  shortFormLead: ['sau đây gọi tắt là', 'sau đây gọi là', 'gọi tắt là', 'viết tắt là'],
  // A body taken up by its kind noun: the body named just before, not the last speaker (claims/kind-noun-ref.ts).
  bodyGenericNouns: ['cơ quan này'],
  organNouns: ['Bộ trưởng', 'Bộ', 'Cục', 'Cơ quan', 'Trung tâm', 'Đại sứ quán', 'Tổng cục', 'Văn phòng', 'Chính phủ', 'Ủy ban', 'nhà nước', 'chính quyền'],
  appositionOrgans: ['[Cc]ơ quan', '[Tt]ổng cục', '[Cc]ục', '[Bb]ộ', '[Vv]iện', '[Tt]rung tâm', '[Đđ]ơn vị', '[Ll]ực lượng', '[Ủủ]y ban', 'tình báo'],
  personPronouns: ['ông', 'bà', 'ông ấy', 'bà ấy'],
  envoyNouns: ['Đại sứ', 'đại sứ', 'Công sứ', 'công sứ', 'Đặc phái viên', 'đặc phái viên'],
  postingMarkers: ['tại', 'ở', 'bên cạnh'],
  ourPossessives: ['nước ta', 'của ta', 'của chúng ta', 'chúng ta'],
  roleBodyMarkers: ['của', 'tại', 'thuộc'],
  selfPossessives: ['của chúng tôi'],
  selfRefs: ['chúng tôi', 'chúng ta'],
  selfAt: ['tại', 'ở'],
  intervieweeBefore: ['phỏng vấn', 'trò chuyện với'],
  citedFindings: ['(?:các )?phát hiện của', '(?:một )?báo cáo của', 'dẫn'],
  statementTitles: ['tuyên bố', 'thông cáo', 'bình luận của', 'phát biểu của'],
  titleTopics: ['về'],
  // The one named last: "người này" (claims/latter-ref.ts).
  latterRefs: ['người này'],
  backRefs: [
    'quan chức này', 'nước này', 'phía này', 'nữ phát ngôn viên', 'phát ngôn viên', 'người phát ngôn', 'nhà ngoại giao',
    // A speaker named again by a title or a pronoun with a determiner: "vị đại sứ", "đại sứ này".
    '(?:vị|ngài) (?:đại sứ|bộ trưởng|ngoại trưởng|thứ trưởng|quan chức|nhà ngoại giao|người phát ngôn)', '(?:đại sứ|bộ trưởng|ngoại trưởng|thứ trưởng|nhà ngoại giao|giới chức) này',
    'bộ này', 'cơ quan này', 'vị quan chức', 'nhân vật này', 'vị này', 'họ', '[Vv]ăn bản này', '[Tt]uyên bố này', '[Tt]hông cáo này',
  ],
  // A news outlet by its kind, pointing back to the outlet named before (outlet-ref.ts); never the outlet's audience.
  outletRefs: ['tờ báo này', 'tờ báo(?= (?:cho biết|cho hay|viết|dẫn|khẳng định|nhận định|đưa tin|tiết lộ))', 'báo này', 'tờ này', 'hãng tin này', 'tạp chí này', 'đài này', 'hãng thông tấn này'],
  // An embassy by its kind noun alone: its own statement's self-reference, else the embassy named last (claims/kind-noun-ref.ts).
  embassyRefs: ['(?:[Tt]òa )?[Đđ]ại sứ quán'],
  embassyNouns: ['[Đđ]ại sứ quán'],
  companyRefs: ['công ty này', 'tổ chức này', 'hãng này', 'doanh nghiệp này', 'tập đoàn này',
    // With the kind of company between ("the security firm"): "hãng bảo mật này", "công ty an ninh mạng này".
    '(?:công ty|hãng|tập đoàn|nhà cung cấp) (?:an ninh mạng|bảo mật|an ninh|công nghệ|phần mềm|viễn thông) này',
    // A bare kind noun that speaks is the company named before (no article): "Công ty cho biết", never "các công ty cho biết".
    '(?<!(?:các|những|một|nhiều|mỗi|hai|ba|nhà) )công ty(?= (?:cho biết|cho hay|cảnh báo|xác nhận|khẳng định|thông báo|nhấn mạnh|tuyên bố)(?![\\p{L}]))'],
  companyRefDeterminers: ['này'],
  stateBodyRefs: ['Bộ Quốc phòng', 'Bộ Tài chính', 'Bộ Tư pháp', 'Bộ Nội vụ', 'Ủy ban Bầu cử'],
  nationalBodyKinds: ['Ủy ban Bầu cử', 'Bảo hiểm Xã hội', 'Cảnh sát Quốc gia', 'Bảo vệ Dữ liệu'],
  investigatingBodies: ['cảnh sát', 'công an', 'cơ quan điều tra', 'công tố viên', 'viện kiểm sát', 'các công tố viên'],
  bodyPlaceLinks: ['của', 'thành phố', 'TP'],
  // "Tuyên bố cũng cảnh báo ...": a statement named again as the subject opening the sentence, before a verb of saying,
  // warning or calling (not "tuyên bố" as the verb after its subject); it speaks for whoever issued it (report-author.ts).
  reportRefs: ['báo cáo này', 'bản báo cáo', 'tuyên bố(?<=^\\s*tuyên bố)(?= (?:(?:này|chung|đó) )?(?:(?:cũng|còn) )?(?:cảnh báo|nêu|cho biết|nhấn mạnh|kêu gọi|khẳng định|cho rằng|đánh giá|lên án|cáo buộc|chỉ trích|quy trách nhiệm))', '(?:[Cc]uộc|[Kk]ết quả) điều tra(?: này)?'],
  reportNouns: ['báo cáo', 'điều tra', 'tuyên bố chung'],
  reportedContent: ['thông tin', 'bài báo', 'tin tức'],
  findingVerbs: ['cho thấy', 'chỉ ra', 'kết luận', 'phát hiện', 'xác định', 'cho rằng', 'khẳng định', 'nêu tên'],
  staffRefs: ['các nhà nghiên cứu', 'nhóm nghiên cứu', 'các nhà phân tích', 'các điều tra viên', 'đội ngũ kỹ thuật', 'nhóm kỹ thuật'],
  accusationBy: ['của', 'từ'],
  accusationAgainst: ['nhằm vào', 'nhắm vào', 'chống lại', 'đối với'],
  eventRelatives: ['trong đó'],
  staffNouns: ['các nhà nghiên cứu', 'các nhà phân tích', 'các chuyên gia', 'giới chuyên gia', 'các nhà điều tra', 'giới điều tra', 'điều tra viên'],
  quantifiers: ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'nhiều', 'một số', 'các', 'những', 'vài', 'mấy'],
  companyNouns: ['(?:một |các |những )?(?:công ty|hãng|doanh nghiệp)(?: (?:an ninh mạng|bảo mật|an ninh|công nghệ|phần mềm))?', '(?:giới )?truyền thông', 'báo chí'],
  firmNouns: ['(?:công ty|hãng|tập đoàn|doanh nghiệp|nhà cung cấp)(?: (?:an ninh mạng|bảo mật|an ninh|công nghệ|phần mềm|dịch vụ|giải pháp|viễn thông|tư nhân))*'],
  stateOffices: ['thứ trưởng', 'ngoại trưởng', 'thủ tướng'],
  roles: [
    'phó cố vấn', 'cố vấn', 'bộ trưởng', 'thứ trưởng', 'ngoại trưởng', 'tổng thống', 'thủ tướng', 'người phát ngôn',
    'phát ngôn viên', 'giám đốc', 'chủ tịch', 'đại sứ', 'điều phối viên', 'quan chức', 'người đứng đầu', 'cục trưởng',
    'người phụ trách', 'tư lệnh', 'chánh văn phòng', 'thượng nghị sĩ', 'nghị sĩ', 'tổng thư ký', 'phó tổng thống', 'đại biểu', 'công tố viên', 'quốc vụ khanh', 'trưởng',
    // people quoted for their expertise, their degree or their rank ("chuyên gia X", "TS. X", "Đại tá X")
    'chuyên gia', 'nhà nghiên cứu', 'nhà phân tích', 'giáo sư', 'phó giáo sư', 'tiến sĩ', 'thạc sĩ', 'TS\\.', 'ThS\\.', 'PGS\\.', 'GS\\.',
    'đại tá', 'thượng tá', 'trung tá', 'thiếu tá', 'đại úy', 'thiếu tướng', 'trung tướng', 'thượng tướng', 'đại tướng',
  ],
  memberRoles: ['nghị sĩ', 'thượng nghị sĩ', 'hạ nghị sĩ', 'đại biểu(?: Quốc hội)?', 'lãnh đạo đảng', 'chủ tịch đảng', 'tổng thư ký'],
  oppositionRoles: ['bộ trưởng (?:\\p{L}+ ){0,3}trong nội các bóng tối', 'nội các bóng tối', 'bộ trưởng đối lập'],
  partyMembership: ['thuộc', 'thành viên(?: của)?', 'đảng viên'],
  honorifics: ['ông', 'bà', 'ngài'],
  continuation: ['ngoài ra', 'bên cạnh đó', 'thứ hai', 'thứ ba', 'ông cũng', 'bà cũng', 'cuối cùng'],
  recommendHeads: ['khuyến nghị', 'khuyến cáo', 'biện pháp phòng (?:ngừa|chống|vệ)', 'đề xuất biện pháp'],
  advisoryAudience: ['người dân', 'người dùng', 'doanh nghiệp', 'các (?:cơ quan|tổ chức|đơn vị)', 'quản trị viên'],
  adviseVerbs: ['khuyến cáo'],
  consumers: ['người dùng', 'khách hàng', 'hội viên', 'thuê bao', 'người sử dụng'],
  harmIntent: ['(?:sẵn sàng|chuẩn bị|chờ thời cơ) (?:\\p{L}+ ){0,2}?["“]?(?:tàn phá|gây (?:ra )?(?:thiệt hại|tổn hại|hỗn loạn|gián đoạn)|phá hoại|làm tê liệt)'],
  actForecast: ['(?:sẽ (?:còn )?tiếp (?:tục|diễn)|sẽ không (?:dừng lại|chấm dứt))(?!\\p{L})'],
  forecastJoin: ['và'],
  hostilePursuit: ['(?<!(?:đã|từng) )(?:tìm cách|cố gắng|tiếp tục|nỗ lực|âm mưu) (?:(?!ngăn|chặn|phòng|chống|bảo|đẩy|phát hiện|ứng phó)\\p{L}+ ){0,2}?(?:tấn công|khai thác|xâm nhập|đánh cắp|thâm nhập|do thám|nhắm vào|nhắm mục tiêu)'],
  enemyNouns: ['kẻ thù', 'kẻ địch', 'quân địch', 'phía địch', 'đối phương'],
  messageNouns: ['tin nhắn', 'thông điệp', 'màn hình', 'bảng (?:điện tử|thông báo)', 'biểu ngữ'],
  governmentNouns: ['(?:Chính phủ|chính phủ)', 'các cơ quan chức năng', 'nhà chức trách', 'giới chức'],
  // A demand fronted as the source of a modal (claims/rules/fronted-demand.ts): "Như X đã nhiều lần kêu gọi, các nước cần".
  frontedDemand: ['như (?:[^\\s,.;:!?]+ ){1,8}?(?:kêu gọi|yêu cầu|đề nghị|khuyến nghị|hối thúc)'],
  inquiryNouns: ['điều tra'],
  // Money as a demand's object (claims/money-demand.ts): a ransom or a price asked, no call.
  moneyDemands: ['tiền chuộc', 'trả tiền', 'khoản tiền', 'USD', 'đô la', 'bitcoin'],
  unitOf: ['đơn vị (?:trực )?thuộc', 'trực thuộc', 'một bộ phận của'],
  stateBodies: ['cơ quan (?:tình báo|an ninh)', 'tình báo', 'quân đội', 'lực lượng vũ trang', 'Bộ (?:Quốc phòng|Công an|An ninh Quốc gia)', 'chính phủ'],
  threatPredicate: THREAT_PREDICATE,
  threatensParty: THREATENS_PARTY,
  threatens: ['(?<!mối )(?:đe )?dọa (?:sẽ )?\\p{L}+'],
  measuresTaken: ['đã (?:có|áp dụng|thực hiện|triển khai) (?:\\p{L}+ ){0,2}?biện pháp'],
  cannotEstablish: ['(?:không thể|chưa thể|không xác định được|chưa xác định được)(?: xác định| xác nhận| khẳng định)?'],
  warnAsTime: ['sau', 'sau khi có', 'kể từ'],
  questionLabels: ['Hỏi', 'Câu hỏi'],
  answerLabels: ['Trả lời', 'Đáp'],
  noComment: ['chưa bình luận', 'chưa phản hồi', 'chưa lên tiếng', 'từ chối bình luận', 'từ chối (?:trả lời|phản hồi)', 'không bình luận', 'chưa đưa ra bình luận'],
  sanctionActs: ['trừng phạt', 'truy tố', 'cáo trạng', 'khởi tố', 'cấm vận', 'danh sách đen'],
  // Things a confirmation may be about instead of a hit (claims/technical-finding.ts).
  technicalFindings: ['lỗ hổng', 'bản vá', 'mô hình', 'sự trùng lặp', 'trùng lặp mã', 'mã nguồn', 'địa chỉ IP', 'mẫu mã'],
  findingExploited: ['khai thác', 'lợi dụng', 'dùng để'],
  withheldNames: ['(?:không|chưa|từ chối) (?:công bố|nêu|tiết lộ|nêu rõ|cho biết|công khai) (?:danh tính|tên)', '(?:không|chưa) (?:công bố|tiết lộ|nêu rõ|công khai)'],
  threatNouns: ['mối đe dọa', 'mối đe doạ', 'mối hiểm họa'],
  threatSources: ['mối (?:đe dọa|đe doạ|hiểm họa) (?:\\p{L}+ ){0,3}?(?:đến từ|xuất phát từ|từ phía|từ)'],
  counterCharges: ['trong khi (?:chính mình|chính họ|bản thân (?:mình|họ)|chính bản thân)', 'trong khi (?:lại )?(?:đóng vai|tự nhận là|tự coi mình là) nạn nhân'],
  thiefIdioms: ['vừa ăn cướp vừa la làng'],
  asMarkers: ['là', 'như'],
  supportMarkers: ['với sự (?:hỗ trợ|giúp đỡ|hậu thuẫn)(?: \\p{L}+)? (?:của|từ)'],
  supplierMarkers: ['(?:được )?(?:cung cấp|bán) bởi'],
  sponsorLead: ['do', 'được'],
  sponsorClose: ['bảo trợ', 'hậu thuẫn', 'tài trợ', 'điều hành', 'chỉ đạo', 'kiểm soát', 'điều khiển', 'chống lưng', 'hỗ trợ'],
  correspondents: ['phóng viên', 'ký giả', 'nhà báo'],
  guises: ['giả danh', 'giả mạo', 'mạo danh', 'đóng giả'],
  inNameOf: ['dưới danh nghĩa', 'nhân danh'],
  verbJoin: ['và', 'đồng thời', 'nhưng'],
  predicateJoin: ['và', 'nhưng'],
  predicateOpener: ['đã', 'sẽ', 'đang', 'không', 'chưa', 'cam kết', 'hứa', 'từ chối', 'gửi', 'cung cấp'],
  commaJoinedAppeals: ['kêu gọi', 'hối thúc', 'thúc giục'],
  coordinators: ['và', 'cùng', 'cùng với', 'cũng như'],
  disjunctions: ['hoặc', 'hoặc là'],
  unitNouns: ['nhóm', 'đơn vị', 'bộ phận', 'phòng thí nghiệm', 'đội'],
  officialHeads: ['quan chức', 'giới chức', 'nhà ngoại giao', 'người phát ngôn', 'đại diện'],
  clauseOpeners: ['điều mà', 'điều này', 'điều', 'cáo buộc mà', 'một cáo buộc mà', 'những cáo buộc mà', 'các cáo buộc mà', 'lời cáo buộc mà', 'nhưng', 'và', 'song', 'trong khi', 'tuy nhiên', 'còn'],
  groupDescribers: ['(?:một )?nhóm', 'một (?:chủ thể|tác nhân)'],
  groupHeads: ['nhóm(?: tin tặc| hacker| APT| gián điệp)?', 'tin tặc'],
  partisanMarks: ['thân', 'chống', 'ủng hộ'],
  describedAs: ['là', 'như'],
  // First describing, exposing or reporting on a group (claims/described-group.ts): "X mô tả nhóm này từ năm 2015".
  groupIntroducers: ['(?:lần đầu |đã |cũng )?(?:mô tả|phát hiện|vạch trần)',
    '(?:đã )?(?:công bố|phát hành|đăng tải) (?:một )?(?:báo cáo|bản phân tích|nghiên cứu) (?:\\p{L}+ ){0,2}?về'],
  attributionNouns: ['quy kết', '(?:việc )?quy trách nhiệm', 'quy thuộc'],
  anterior: ['trước đó', 'trước đây'],
  background: ['đã từng', 'từng', 'khi đó', 'lúc đó', 'vào thời điểm đó'],
  habitual: ['liên tục', 'lâu nay', 'từ lâu', 'lâu năm', 'thường xuyên', 'nhiều năm (?:qua|nay)', 'hằng ngày', 'hàng ngày', 'mỗi ngày', 'có hệ thống'],
  questionWords: ['gì', 'nào', 'thế nào', 'ra sao', 'sao', 'liệu', 'không\\s*[?？]', 'chưa\\s*[?？]'],
  articles: ['các', 'những', 'một'],
  listPossessives: ['của'],
  courtSeats: ['(?:đại )?bồi thẩm đoàn(?: liên bang)? (?:tại|ở)', 'tòa(?: án)?(?: liên bang| quận)? (?:tại|ở)', 'công tố viên (?:tại|ở)'],
  courts: ['t(?:òa|oà) án', 't(?:òa|oà) trọng tài', 't(?:òa|oà) (?:phúc thẩm|sơ thẩm|tối cao)', 'thẩm phán'],
  resemblance: ['điểm tương đồng', 'điểm giống', 'trùng lặp', 'trùng khớp'],
  grounds: ['dựa trên', 'dựa vào', 'căn cứ vào', 'căn cứ'],
  locative: ['tại', 'ở'],
  scene: ['ở', 'tại'],
  placeLeads: ['sau', 'trong', 'trước', 'kể từ', 'giữa lúc', 'tại'],
  // Sector-only cues: threats, and the effects of an act on its victims (outage, infection, access).
  kinetic: ['máy bay không người lái', 'UAV', 'drone', 'tên lửa', 'rocket', 'không kích', 'pháo kích', 'ném bom', 'bom'],
  cyberMarks: ['mạng', 'tin tặc', 'hacker', 'mã độc', 'phần mềm độc hại', 'ransomware', 'DDoS', 'từ chối dịch vụ', 'xâm nhập', 'Internet', 'trực tuyến', 'máy tính', 'máy chủ', 'dữ liệu', 'website', 'trang web'],
  threat: ['mối đe dọa', 'đe dọa', 'tê liệt', 'gián đoạn', 'sự cố', 'lây nhiễm', 'nhiễm mã độc', 'mã hóa dữ liệu', 'tống tiền', 'rò rỉ', 'bị ảnh hưởng', 'DDoS', 'ransomware', 'truy cập trái phép', 'mã độc tống tiền', 'bị đánh cắp'],
  reportWords: ['đưa tin', 'loan tin', 'cho hay', 'dẫn nguồn', 'dẫn lời', 'trích dẫn', 'tiết lộ', 'thông tin', 'viết trên', 'đăng trên'],
  // Adjuncts of a speech verb: when, where, on which occasion ("nói hôm thứ Hai tại cuộc họp báo ở Hà Nội").
  speechAdjuncts: [
    'hôm (?:nay|qua|thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy)|[Cc]hủ [Nn]hật)',
    '(?:vào )?(?:sáng|chiều|tối|trưa) (?:nay|qua|thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|[Cc]hủ [Nn]hật)',
    '(?:vào )?ngày \\d{1,2}/\\d{1,2}(?:/\\d{4})?', 'tuần (?:này|trước|qua)',
    '(?:trong|tại|qua|trên) (?:một |cuộc |buổi |bản |bài |các )*(?:tuyên bố|thông cáo(?: báo chí)?|báo cáo|phỏng vấn|họp báo|phát biểu|điều trần|thông báo|bài đăng|trang web|mạng xã hội|cuộc họp)',
    '(?:được )?(?:công bố|đăng tải|đăng)',
    '(?:ở|tại) \\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*)*',
  ],
  interview: ['trả lời phỏng vấn', 'phỏng vấn', 'nói với', 'trao đổi với', 'chia sẻ với', 'phát biểu với'],
  audienceBefore: ['trước', 'điều trần trước', 'phát biểu trước'],
  sourceDeterminers: ['các', 'những', 'một số', 'nhiều'],
  pairBefore: ['(?:cả )?hai'],
  pairAfter: ['(?:của )?(?:cả )?hai (?:nước|bên|quốc gia)'],
  orgWords: ['bộ', 'cục', 'cơ quan', 'trung tâm', 'viện', 'công ty', 'tập đoàn', 'nhà mạng', 'đại học', 'hãng'],
  // A report's basis, its parties neither claimant nor accused (claims/basis-phrase.ts): "based on documents leaked by X".
  basisPhrase: ['dựa (?:trên|vào) (?:các |những |bộ |\\p{L}+ ){0,2}?(?:tài liệu|hồ sơ|thư điện tử)'],
};
