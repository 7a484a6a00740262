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
