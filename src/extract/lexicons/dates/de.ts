import type { DateWords } from './types.ts';

export const de: DateWords = {
  lang: 'de',
  months: [
    ['januar', 'jänner', 'jan'], ['februar', 'feb'], ['märz', 'maerz', 'mär'], ['april', 'apr'], ['mai'], ['juni', 'jun'],
    ['juli', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez'],
  ],
  weekdays: [['montag'], ['dienstag'], ['mittwoch'], ['donnerstag'], ['freitag'], ['samstag', 'sonnabend'], ['sonntag']],
  today: ['heute'],
  yesterday: ['gestern'],
  dayBeforeYesterday: ['vorgestern'],
  lastWeek: ['vergangene woche', 'letzte woche', 'in der vergangenen woche', 'in der letzten woche', 'vorige woche'],
  lastMonth: ['vergangenen monat', 'letzten monat', 'im vergangenen monat', 'im letzten monat', 'vorigen monat'],
  lastYear: ['vergangenes jahr', 'letztes jahr', 'im vergangenen jahr', 'im letzten jahr', 'voriges jahr', 'vergangenen jahres', 'letzten jahres'],
};
