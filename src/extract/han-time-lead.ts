/**
 * The date and time expressions that open a stretch of Chinese text: where they stand between a subject and its verb
 * ("Velmora 11月30日披露", "外交部发言人7日表示", "该公司周二证实", "中心今天上午发布"), they tell when the subject
 * spoke and hold no party, so the subject still governs the verb after them. The dates of the zh date profile
 * (lexicons/dates/zh.ts, read by dates.ts) and the time words of lexicons/entity/name-forms.ts count.
 */
import { dateExpressions } from './dates.ts';
import { HAN_TIME_WORDS } from './lexicons/entity/name-forms.ts';

/** Characters in which the expressions may run ("2024年11月30日晚间" and a space or two). */
const LEAD_CHARS = 24;
const TIME_WORDS = [...HAN_TIME_WORDS].sort((a, b) => b.length - a.length);

/** The length of the run of date and time expressions (and the spaces between them) that opens `text` at `at`; 0 if none does. */
export function hanTimeLead(text: string, at = 0): number {
  const to = Math.min(text.length, at + LEAD_CHARS);
  const dates = dateExpressions(text, 'zh', at, to);
  let end = at;
  for (;;) {
    let p = end;
    while (p < to && (text[p] === ' ' || text[p] === '\t' || text[p] === '\u3000')) p++;
    const len = dates.find((d) => d.start === p)?.end ?? p + (TIME_WORDS.find((w) => text.startsWith(w, p))?.length ?? 0);
    if (len <= p) break;
    end = len;
  }
  return end - at;
}
