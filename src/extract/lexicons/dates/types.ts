/**
 * The date words of one language: month and weekday names (every form a date takes in running text:
 * abbreviations, genitive and prepositional cases) and the relative words resolved against the
 * publication date. Forms are lower case and matched case-insensitively; `src/extract/dates.ts`
 * compiles them with the language's numeric patterns.
 */
export interface DateWords {
  lang: string;
  /** Twelve lists, January first. */
  months: readonly (readonly string[])[];
  /** Seven lists, Monday first (ISO order). */
  weekdays: readonly (readonly string[])[];
  today: readonly string[];
  yesterday: readonly string[];
  dayBeforeYesterday: readonly string[];
  lastWeek: readonly string[];
  lastMonth: readonly string[];
  lastYear: readonly string[];
  /** Parts of a day and time-zone phrases ("上午", "晚间", "当地时间") that stand beside a date in a date expression. */
  dayParts?: readonly string[];
  /** Scripts without spaces between words (Chinese): words match as substrings. */
  noWordBoundaries?: boolean;
}
