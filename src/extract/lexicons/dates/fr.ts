import type { DateWords } from './types.ts';

export const fr: DateWords = {
  lang: 'fr',
  months: [
    ['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août', 'aout'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'decembre', 'déc'],
  ],
  weekdays: [['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi'], ['dimanche']],
  today: ["aujourd'hui", 'aujourd’hui', 'ce matin', 'cet après-midi', 'ce soir'],
  yesterday: ['hier'],
  dayBeforeYesterday: ['avant-hier'],
  lastWeek: ['la semaine dernière', 'la semaine passée'],
  lastMonth: ['le mois dernier', 'le mois passé'],
  lastYear: ["l'année dernière", 'l’année dernière', "l'an dernier", 'l’an dernier', "l'année passée", 'l’année passée'],
};
