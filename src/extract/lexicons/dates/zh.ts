import type { DateWords } from './types.ts';

/** Chinese writes months and days as numbers ("3月14日"); dates.ts reads those. Simplified and Traditional forms. */
export const zh: DateWords = {
  lang: 'zh',
  noWordBoundaries: true,
  months: [],
  weekdays: [
    ['周一', '星期一', '礼拜一', '禮拜一', '週一'], ['周二', '星期二', '礼拜二', '禮拜二', '週二'], ['周三', '星期三', '礼拜三', '禮拜三', '週三'],
    ['周四', '星期四', '礼拜四', '禮拜四', '週四'], ['周五', '星期五', '礼拜五', '禮拜五', '週五'], ['周六', '星期六', '礼拜六', '禮拜六', '週六'],
    ['周日', '星期日', '星期天', '礼拜天', '禮拜天', '週日'],
  ],
  today: ['今天', '今日'],
  yesterday: ['昨天', '昨日'],
  dayBeforeYesterday: ['前天', '前日'],
  lastWeek: ['上周', '上星期', '上週'],
  lastMonth: ['上个月', '上個月', '上月'],
  lastYear: ['去年'],
  dayParts: ['上午', '下午', '中午', '晚间', '晚間', '晚上', '早上', '凌晨', '傍晚', '早些时候', '早些時候', '稍早', '当地时间', '當地時間', '北京时间', '北京時間'],
};
