import type { DateWords } from './types.ts';

export const en: DateWords = {
  lang: 'en',
  months: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
  weekdays: [['monday'], ['tuesday'], ['wednesday'], ['thursday'], ['friday'], ['saturday'], ['sunday']],
  today: ['today', 'this morning', 'this afternoon', 'this evening', 'tonight'],
  yesterday: ['yesterday'],
  dayBeforeYesterday: ['the day before yesterday'],
  lastWeek: ['last week', 'past week'],
  lastMonth: ['last month'],
  lastYear: ['last year'],
};
