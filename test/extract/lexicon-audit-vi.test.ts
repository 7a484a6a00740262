/**
 * An audit of the Vietnamese cue words for completeness against news, press-conference, embassy, advisory and vendor
 * language: ordinary verbs of saying ("cho hay", "giải thích rằng", "viết trên blog rằng"), of accusing ("buộc tội",
 * "đổ tội cho", "quy tội cho", "chỉ mặt"), of denying ("gạt bỏ", "chối bỏ", "không liên can", "vu cáo", "không có
 * căn cứ"), of warning ("báo động rằng"), of admitting ("thú nhận"), of
 * appealing ("thỉnh cầu", "kiến nghị"), and the nouns that point back to a speaker ("vị đại sứ",
 * "đại sứ này", "hãng bảo mật này"). Negatives: the same words where they tell no claim (an alarm system, a group's
 * demand ("đòi", left out: in news it is as often a hacker's or a ransom demand), "đòi hỏi" (requires), a passive charge, a verb that takes a topic, distortion blamed on the accused).
 * Sentences invented for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

type Stance = 'attributes' | 'denies' | 'warns' | 'confirms' | 'calls-for';
const has = (cs: ReturnType<typeof claimsOf>, claimant: string, stance: Stance, target?: string | null): boolean =>
  cs.some((c) => c.claimant === claimant && (c.stance === stance || (stance === 'attributes' && c.stance === 'accuses')) && (target === undefined || c.target === target));

const POSITIVES: Array<{ body: string; claimant: string; stance: Stance; target?: string | null }> = [
  // Saying and reporting.
  { body: 'Người phát ngôn Bộ Ngoại giao Hàn Quốc cho hay nhóm tin tặc Lazarus đã tấn công ba ngân hàng nước này.', claimant: 'KR', stance: 'attributes' },
  { body: 'Bộ trưởng Quốc phòng Estonia giải thích rằng nhóm APT28 do tình báo quân đội Nga điều hành.', claimant: 'EE', stance: 'attributes', target: 'RU' },
  { body: 'Công ty ESET viết trên blog rằng nhóm Gamaredon có liên hệ với Cơ quan An ninh Liên bang Nga.', claimant: 'ESET', stance: 'attributes', target: 'RU' },
  { body: 'Hãng Recorded Future nhận xét rằng nhóm Mustang Panda do Trung Quốc hậu thuẫn.', claimant: 'Recorded Future', stance: 'attributes', target: 'CN' },
  { body: 'Giới chức Ukraine quả quyết nhóm Sandworm do cơ quan tình báo quân đội Nga chỉ đạo.', claimant: 'UA', stance: 'attributes', target: 'RU' },
  // Accusing.
  { body: 'Ngoại trưởng Ba Lan buộc tội Nga tấn công mạng lưới đường sắt của Ba Lan.', claimant: 'PL', stance: 'attributes', target: 'RU' },
  { body: 'Chính phủ Úc chỉ mặt Trung Quốc là thủ phạm các vụ xâm nhập của nhóm APT40.', claimant: 'AU', stance: 'attributes', target: 'CN' },
  { body: 'Bộ Ngoại giao Hà Lan đổ tội cho Nga về các hoạt động của nhóm Sandworm.', claimant: 'NL', stance: 'attributes', target: 'RU' },
  { body: 'Giới chức Canada quy tội cho Iran trong vụ tấn công của nhóm APT33.', claimant: 'CA', stance: 'attributes', target: 'IR' },
  // Denying.
  { body: 'Bộ Ngoại giao Iran gạt bỏ cáo buộc của Israel về nhóm APT35.', claimant: 'IR', stance: 'denies' },
  { body: 'Bộ Quốc phòng Nga chối bỏ việc đứng sau nhóm Sandworm.', claimant: 'RU', stance: 'denies' },
  { body: 'Bộ Ngoại giao Trung Quốc khẳng định Bắc Kinh không liên can gì tới nhóm APT40.', claimant: 'CN', stance: 'denies' },
  { body: 'Bộ Ngoại giao Trung Quốc gọi cáo buộc của Mỹ về nhóm Volt Typhoon là vu cáo.', claimant: 'CN', stance: 'denies' },
  { body: 'Bộ Ngoại giao Trung Quốc cho rằng cáo buộc của Philippines về nhóm APT40 là không có căn cứ.', claimant: 'CN', stance: 'denies' },
  { body: 'Bộ Ngoại giao Triều Tiên gọi cáo buộc của Hàn Quốc về nhóm Kimsuky là luận điệu xuyên tạc.', claimant: 'KP', stance: 'denies' },
  // Warning.
  { body: 'Cơ quan an ninh mạng Pháp báo động rằng nhóm APT31 đang nhắm vào các nghị sĩ.', claimant: 'FR', stance: 'warns' },
  // Admitting a hit.
  { body: 'Bộ Nội vụ Đức thú nhận mạng nội bộ của bộ đã bị tin tặc tấn công.', claimant: 'DE', stance: 'confirms', target: 'DE' },
  // Appeals.
  { body: 'Đại sứ Mỹ thỉnh cầu Trung Quốc ngăn chặn nhóm APT41.', claimant: 'US', stance: 'calls-for', target: 'CN' },
  { body: 'Bộ trưởng Tư pháp Brazil kiến nghị Nga dẫn độ các thành viên nhóm Evil Corp.', claimant: 'BR', stance: 'calls-for', target: 'RU' },
  // Nouns pointing back to the speaker.
  { body: 'Công ty Mandiant cho biết nhóm UNC3886 có liên hệ với Trung Quốc. Hãng bảo mật này cảnh báo nhóm UNC3886 sẽ tiếp tục tấn công.', claimant: 'Mandiant', stance: 'warns' },
  { body: 'Công ty Mandiant công bố báo cáo về nhóm APT44. Công ty an ninh mạng này cho rằng nhóm APT44 thuộc tình báo quân đội Nga.', claimant: 'Mandiant', stance: 'attributes', target: 'RU' },
  { body: 'Đại sứ Mỹ tại Manila phát biểu tại hội thảo an ninh. Vị đại sứ cảnh báo nhóm Volt Typhoon đang nhắm vào hạ tầng của Philippines.', claimant: 'US', stance: 'warns' },
  { body: 'Đại sứ Úc tại Jakarta phát biểu tại hội thảo an ninh. Đại sứ này cảnh báo nhóm APT41 đang nhắm vào hạ tầng của Indonesia.', claimant: 'AU', stance: 'warns' },
];

for (const { body, claimant, stance, target } of POSITIVES) {
  test(`vi: ${claimant} ${stance} in "${body.slice(0, 50)}…"`, () => {
    const cs = claimsOf(body, 'vi');
    assert.ok(has(cs, claimant, stance, target), `${body}\n${show(cs)}`);
  });
}

const NEGATIVES: Array<{ body: string; claimant?: string; stance: Stance; why: string }> = [
  { why: 'an alarm system is no warning', stance: 'warns', body: 'Hệ thống báo động của nhà máy nước Chile đã reo suốt đêm sau sự cố.' },
  { why: 'a ransom demanded is no appeal', stance: 'calls-for', claimant: 'LockBit', body: 'Nhóm LockBit đòi tiền chuộc hai triệu USD từ một bệnh viện ở Brazil.' },
  { why: '"đòi hỏi" (requires) is no appeal', stance: 'calls-for', body: 'Việc đối phó với nhóm APT41 đòi hỏi sự phối hợp giữa nhiều cơ quan của Indonesia.' },
  { why: 'a wish for its own business is no appeal', stance: 'calls-for', body: 'Công ty Kaspersky mong muốn mở rộng thị trường tại Đông Nam Á trong năm tới.' },
  { why: 'distortion blamed on the accused is no denial', stance: 'denies', body: 'Bộ Ngoại giao Pháp cáo buộc Nga tiến hành chiến dịch thông tin xuyên tạc nhằm vào cuộc bầu cử.' },
  { why: 'an explanation asked of a summoned envoy is no statement of the envoy', stance: 'attributes', claimant: 'RU', body: 'Đại sứ Nga được triệu tập để giải thích về vụ tấn công của nhóm APT28 nhằm vào Séc.' },
  { why: 'a group writing code speaks no claim', stance: 'attributes', claimant: 'APT37', body: 'Nhóm APT37 viết mã độc bằng ngôn ngữ Go để nhắm vào người dùng Hàn Quốc.' },
  { why: 'the passive charge names no accuser among the charged', stance: 'attributes', claimant: 'IR', body: 'Hai công dân Iran bị buộc tội tấn công các công ty đường ống của Mỹ.' },
  { why: 'a plural kind noun is no company named before', stance: 'warns', claimant: 'Mandiant', body: 'Công ty Mandiant cho biết nhóm UNC3886 có liên hệ với Trung Quốc. Nhiều hãng bảo mật khác cảnh báo nhóm này sẽ tiếp tục tấn công.' },
];

for (const { body, claimant, stance, why } of NEGATIVES) {
  test(`vi: ${why}`, () => {
    const cs = claimsOf(body, 'vi');
    assert.ok(!cs.some((c) => c.stance === stance && (claimant === undefined || c.claimant === claimant)), `${body}\n${show(cs)}`);
  });
}
