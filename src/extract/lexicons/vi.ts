import type { CueLexicon } from './types.ts';

export const vi: CueLexicon = {
  lang: 'vi',
  say: [
    'cho biết', 'nói(?: thêm)?(?: rằng)?', 'cho rằng', 'tuyên bố', 'khẳng định', 'nhấn mạnh', 'lưu ý', 'nêu rõ',
    'phát biểu', 'tiết lộ', 'thông báo', 'chỉ ra', 'nhắc lại', 'bày tỏ', 'kết luận', 'đánh giá', 'nhận định',
    // Findings and beliefs: the one who found or believes speaks ("xác định", "ghi nhận", "mà X cho là").
    'xác định', 'ghi nhận', 'cho là', 'tin rằng', 'nhận thấy',
    'tuyên bố rằng',
    // Speaking of an act rather than stating a clause: "X nhắc đến các cuộc tấn công của Nga".
    // Characterising a statement: "X gọi các cáo buộc này là vô căn cứ".
    '(?<!được )gọi (?:các |những )?(?:cáo buộc|thông tin|báo cáo)',
    'nhắc (?:đến|tới)', 'đề cập (?:đến|tới)', 'nói về',
  ],
  sourceBefore: ['theo', 'dẫn lời', 'trích lời', 'theo lời', 'theo đánh giá của'],
  accuse: [
    'cáo buộc', 'tố cáo', 'tố ngược', '(?<!yếu |nhân |cấu )tố', 'quy trách nhiệm', 'đổ lỗi', 'lên án', 'chỉ đích danh', 'quy kết',
    'chỉ trích', 'đứng sau', 'trừng phạt', 'truy tố', 'khởi tố', 'cáo trạng', 'truy nã', 'quy cho',
  ],
  anaphora: ['điều này', 'việc này', 'vụ việc', 'vụ này', 'thông tin này', 'các cáo buộc này', 'cáo buộc này', 'những cáo buộc (?:này|đó|trên)', 'nhóm này', 'nhóm tin tặc này', 'chiến dịch này', 'vụ tấn công này', 'thông tin trên'],
  claimsOwn: ['nhận trách nhiệm', 'lên tiếng nhận', 'tuyên bố (?:đã )?(?:thực hiện|tấn công|xâm nhập|đánh sập|mã hóa|đánh cắp|làm tê liệt|tiêu hủy|phá hủy|xóa sạch|chiếm quyền)'],
  blame: [
    'mới là (?:["“])?(?:nguồn gốc|kẻ|quốc gia|đế chế|mối đe dọa)', 'đứng sau', 'đế (?:chế|quốc) tin tặc', 'nguồn gốc (?:chính )?(?:của )?(?:các )?(?:cuộc )?tấn công', 'chịu trách nhiệm (?:cho|về)', 'là thủ phạm', 'là tác giả'],
  doneBy: ['do (?:[^\\s,.;]+ ){1,20}?(?:thực hiện|tiến hành|gây ra|tổ chức)', 'là (?:sản phẩm|công việc|việc làm) của'],
  passive: ['được', 'bị'],
  accuseNoun: ['(?:các|những|lời) cáo buộc', 'cáo buộc'],
  deny: [
    'không liên quan gì', 'chưa bao giờ hợp tác',
    'bác bỏ', 'phủ nhận', 'phản bác', 'bác (?:tin|báo cáo|thông tin|cáo buộc|những|các)', 'không liên quan', 'không dính líu', 'phản đối'
  ],
  denyQualifier: ['không có bằng chứng', 'không (?:đưa ra|cung cấp|có)(?: (?:được|bất kỳ|một))? bằng chứng', 'thiếu bằng chứng', 'vô căn cứ', 'bịa đặt', 'vu khống', 'bôi nhọ'],
  warn: [
    'biện pháp cần thiết',
    'cảnh báo', 'hậu quả', 'đáp trả', 'trả đũa', 'răn đe', 'không dung thứ', 'khuyến cáo', 'phải trả giá',
  ],
  callFor: [
    'hối thúc', 'kêu gọi', 'yêu cầu', 'đề nghị', 'đề xuất', 'đối thoại', 'sẵn sàng cùng', 'ngừng', 'chấm dứt', 'thúc giục',
  ],
  negation: ['không', 'chưa', 'chẳng', 'chưa từng', 'không thể'],
  confirm: [
    'bị tấn công', 'bị (?:tin tặc )?xâm nhập','thừa nhận', 'xác nhận'],
  confirmedBy: ['được xác nhận bởi'],
  hostile: [
    'mục tiêu', 'nạn nhân',
    'tấn công', 'tin tặc', 'hacker', 'xâm nhập', 'đột nhập', 'gián điệp', 'đánh cắp', 'do thám', 'nghe lén',
    'phá hoại', 'mã độc', 'xâm phạm', 'can thiệp', 'đánh cắp bí mật', 'theo dõi', 'nhắm vào', 'nhắm mục tiêu', 'thủ phạm', 'chủ mưu',
  ],
  actorNouns: ['tin tặc', 'hacker', 'nhóm tin tặc', 'gián điệp'],
  defendantNouns: ['công dân', 'anh em', 'đối tượng', 'nghi phạm', 'thủ lĩnh', 'thành viên'],
  similar: ['tương tự', 'đồng ký', 'cùng ký', 'đồng tác giả', 'ủng hộ (?:đánh giá|kết luận|cáo buộc)'],
  joinVerbs: ['đồng ký', 'cùng ký', 'ủng hộ (?:đánh giá|kết luận|cáo buộc)'],
  agentMarkers: ['bởi'],
  joint: ['cùng với', 'phối hợp với', 'chung với', 'cùng các (?:đối tác|đồng minh|cơ quan)', 'đối tác (?:từ|của|ở)'],
  jointRefs: ['các (?:đối tác|đồng minh|bên|cơ quan) (?:này|tham gia|đồng ký|ký tên)', 'các (?:đối tác|đồng minh)'],
  modal: ['cần', 'phải', 'nên'],
  victim: ['nhằm vào', 'nhắm vào', 'vào', 'tới', 'đối với', 'chống lại', 'chống', 'với'],
  linkedTo: ['(?:có )?liên (?:hệ|quan|kết) (?:với|đến|tới)', 'gắn với', 'được (?:\\p{L}+ )?hậu thuẫn bởi', 'làm việc cho', 'thuộc'],
  appeal: ['kêu gọi', 'hối thúc', 'thúc giục', 'đề nghị', 'đề xuất'],
  relativePronouns: ['mà'],
  stateWords: ['Nhà nước'],
  ownRefs: ['(?:hệ thống|mạng|máy chủ|trang web|cơ sở hạ tầng|dịch vụ|tài khoản|thiết bị|nhân viên|khách hàng|dữ liệu)(?: \\p{L}+){0,2}? của (?:mình|chúng tôi|công ty)'],
  possessive: ['của'],
  organNouns: ['Bộ trưởng', 'Bộ', 'Cục', 'Cơ quan', 'Trung tâm', 'Đại sứ quán', 'Tổng cục', 'Văn phòng', 'Chính phủ', 'Ủy ban'],
  personPronouns: ['ông', 'bà', 'ông ấy', 'bà ấy'],
  selfRefs: ['chúng tôi', 'chúng ta'],
  selfAt: ['tại', 'ở'],
  citedFindings: ['(?:các )?phát hiện của', '(?:một )?báo cáo của', 'dẫn'],
  statementTitles: ['tuyên bố', 'thông cáo', 'bình luận của', 'phát biểu của'],
  backRefs: [
    'quan chức này', 'nước này', 'phía này', 'nữ phát ngôn viên', 'phát ngôn viên', 'người phát ngôn', 'nhà ngoại giao',
    'bộ này', 'cơ quan này', 'vị quan chức', 'nhân vật này', 'vị này', 'họ',
  ],
  roles: [
    'phó cố vấn', 'cố vấn', 'bộ trưởng', 'thứ trưởng', 'ngoại trưởng', 'tổng thống', 'thủ tướng', 'người phát ngôn',
    'phát ngôn viên', 'giám đốc', 'chủ tịch', 'đại sứ', 'điều phối viên', 'quan chức', 'người đứng đầu', 'cục trưởng',
    'người phụ trách', 'tư lệnh', 'chánh văn phòng', 'thượng nghị sĩ', 'nghị sĩ', 'tổng thư ký', 'phó tổng thống', 'đại biểu', 'công tố viên',
  ],
  honorifics: ['ông', 'bà', 'ngài'],
  continuation: ['ngoài ra', 'bên cạnh đó', 'thứ hai', 'thứ ba', 'ông cũng', 'bà cũng', 'cuối cùng'],
  recommendHeads: ['khuyến nghị', 'khuyến cáo', 'biện pháp phòng (?:ngừa|chống|vệ)', 'đề xuất biện pháp'],
  questionLabels: ['Hỏi', 'Câu hỏi'],
  answerLabels: ['Trả lời', 'Đáp'],
  noComment: ['chưa bình luận', 'chưa phản hồi', 'chưa lên tiếng', 'từ chối bình luận', 'không bình luận', 'chưa đưa ra bình luận'],
  verbJoin: ['và', 'đồng thời', 'nhưng'],
  coordinators: ['và', 'cùng', 'cùng với', 'cũng như'],
  articles: ['các', 'những', 'một'],
  locative: ['tại', 'ở'],
  scene: ['ở', 'tại'],
  // Sector-only cues: threats, and the effects of an act on its victims (outage, infection, access).
  threat: ['mối đe dọa', 'đe dọa', 'tê liệt', 'gián đoạn', 'sự cố', 'lây nhiễm', 'nhiễm mã độc', 'mã hóa dữ liệu', 'tống tiền', 'rò rỉ', 'bị ảnh hưởng', 'DDoS', 'ransomware', 'truy cập trái phép', 'mã độc tống tiền', 'bị đánh cắp'],
  reportWords: ['đưa tin', 'loan tin', 'cho hay', 'dẫn nguồn', 'dẫn lời', 'trích dẫn', 'tiết lộ', 'thông tin', 'viết trên', 'đăng trên'],
  interview: ['trả lời phỏng vấn', 'phỏng vấn', 'nói với', 'trao đổi với', 'chia sẻ với', 'phát biểu với'],
  audienceBefore: ['trước', 'điều trần trước', 'phát biểu trước'],
  sourceDeterminers: ['các', 'những', 'một số', 'nhiều'],
  pairBefore: ['(?:cả )?hai'],
  pairAfter: ['(?:của )?(?:cả )?hai (?:nước|bên|quốc gia)'],
  orgWords: ['bộ', 'cục', 'cơ quan', 'trung tâm', 'viện', 'công ty', 'tập đoàn', 'nhà mạng', 'đại học', 'hãng'],
};
