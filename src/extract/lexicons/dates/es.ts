import type { DateWords } from './types.ts';

export const es: DateWords = {
  lang: 'es',
  months: [
    ['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo', 'may'], ['junio', 'jun'],
    ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sept', 'sep'], ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic'],
  ],
  weekdays: [['lunes'], ['martes'], ['miércoles', 'miercoles'], ['jueves'], ['viernes'], ['sábado', 'sabado'], ['domingo']],
  today: ['hoy', 'esta mañana', 'esta tarde', 'esta noche'],
  yesterday: ['ayer'],
  dayBeforeYesterday: ['anteayer', 'antier', 'antes de ayer', 'antes de anoche'],
  lastWeek: ['la semana pasada'],
  lastMonth: ['el mes pasado'],
  lastYear: ['el año pasado'],
};
