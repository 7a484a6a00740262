/**
 * Words that open a transcript line as a speaker label without being anyone's name ("问：",
 * "记者：", "Frage:", "Вопрос:"): a label made of one of them is never a person.
 */
export const NON_NAME_LABELS: Record<string, string[]> = {
  zh: ['问', '答', '记者', '記者', '主持人', '提问', '提問', '回答', '发言人', '發言人', '女士', '先生', '外交部'],
  en: ['Question', 'Answer', 'Q', 'A', 'Reporter', 'Journalist', 'Moderator'],
  de: ['Frage', 'Antwort', 'Journalist', 'Journalistin'],
  fr: ['Question', 'Réponse', 'Journaliste'],
  es: ['Pregunta', 'Respuesta', 'Periodista'],
  ru: ['Вопрос', 'Ответ', 'Журналист'],
  vi: ['Hỏi', 'Đáp', 'Phóng viên'],
};

/**
 * Languages whose parliamentary records name a speaker in a bracket after the role by two family
 * names, the father's then the mother's ("MINISTRA DE DEFENSA (Ruiz Ortega):"): the person is called
 * by the first.
 */
export const FIRST_SURNAME_LABELS: ReadonlySet<string> = new Set(['es']);
