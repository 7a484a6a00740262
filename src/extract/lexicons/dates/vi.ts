import type { DateWords } from './types.ts';

/** Vietnamese writes months as numbers ("tháng 3"); dates.ts reads those, so `months` is the spelled forms only. */
export const vi: DateWords = {
  lang: 'vi',
  months: [
    ['tháng một', 'tháng giêng'], ['tháng hai'], ['tháng ba'], ['tháng tư'], ['tháng năm'], ['tháng sáu'],
    ['tháng bảy'], ['tháng tám'], ['tháng chín'], ['tháng mười'], ['tháng mười một'], ['tháng mười hai', 'tháng chạp'],
  ],
  weekdays: [['thứ hai', 'thứ 2'], ['thứ ba', 'thứ 3'], ['thứ tư', 'thứ 4'], ['thứ năm', 'thứ 5'], ['thứ sáu', 'thứ 6'], ['thứ bảy', 'thứ 7'], ['chủ nhật']],
  today: ['hôm nay', 'sáng nay', 'chiều nay', 'tối nay'],
  yesterday: ['hôm qua'],
  dayBeforeYesterday: ['hôm kia'],
  lastWeek: ['tuần trước', 'tuần qua'],
  lastMonth: ['tháng trước'],
  lastYear: ['năm ngoái', 'năm trước'],
};
