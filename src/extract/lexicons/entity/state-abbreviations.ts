/**
 * One-character abbreviations of states that Chinese joins into a list before a count of states ("美英两国",
 * "中俄双方", "英美澳三国"): each character stands for the state whose full name is given here (looked up in
 * the knowledge base like any name). Characters with more than one common reading as a state (新, 巴) are
 * left out. `counts`: the count words after the list and how many states each counts.
 */
export const HAN_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  美: '美国', 英: '英国', 中: '中国', 俄: '俄罗斯', 日: '日本', 法: '法国', 德: '德国', 澳: '澳大利亚', 加: '加拿大',
  韩: '韩国', 韓: '韩国', 朝: '朝鲜', 伊: '伊朗', 以: '以色列', 乌: '乌克兰', 烏: '乌克兰', 印: '印度', 荷: '荷兰',
  意: '意大利', 越: '越南', 菲: '菲律宾',
};

/** Numerals before 国/國/方 that count the states of the list ("两国", "三國", "双方"). */
export const HAN_STATE_COUNTS: Readonly<Record<string, number>> = {
  两: 2, 兩: 2, 二: 2, 双: 2, 雙: 2, 三: 3, 四: 4, 五: 5, 六: 6,
};
