/**
 * Heads whose place a state's name gives, not the place of the hostile act the sentence tells: a
 * visit, a conference or a speech ("at a summit in Brussels", "Bei einem Besuch in Washington",
 * "在访问印度期间"), an arrest or a trial ("arrested in Thailand", "arrêté en Espagne", "在泰国被捕"),
 * and rented or hosted servers or a residence ("servers rented in the Netherlands"; servers alone may
 * be the victims'). The state there is where
 * someone was, not a party (place-of.ts). `PLACE_HEADS` open the phrase (the state follows after a
 * preposition, or right after a verb of visiting); `PLACE_HEADS_AFTER` close it in the languages
 * that put the verb after its place ("in Italien festgenommen", "在泰国被捕"). `PLACE_PREPOSITIONS`
 * are what must stand between a head and the state (besides an article), except after the verbs and nouns of
 * visiting in `VISIT_HEADS`, whose object is the place.
 */
import { cuesPerLanguage } from '../index.ts';

export const PLACE_HEADS: Record<string, string[]> = {
  en: ['visit(?:s|ed|ing)?', 'trip', 'tour', 'summit', 'conference', 'symposium', 'seminar', 'briefing', 'forum', 'meeting', 'talks', 'speech', 'speaking', 'arrested', 'detained', 'apprehended', 'extradited', 'sentenced', 'convicted', 'jailed', 'imprisoned', 'trial', 'court', 'hosted', 'rented', 'lives', 'living', 'resides', 'residing', 'born'],
  fr: ['visite', 'déplacement', 'voyage', 'sommet', 'conférence', 'colloque', 'séminaire', 'forum', 'réunion', 'discours', 'arrêtée?s?', 'interpellée?s?', 'détenue?s?', 'appréhendée?s?', 'condamnée?s?', 'jugée?s?', 'procès', 'tribunal', 'hébergée?s?', 'louée?s?', 'vivant', 'vit', 'réside', 'résidant', 'née?'],
  de: ['Besuch\\p{L}*', 'Reise', 'Gipfel\\p{L}*', 'Konferenz', 'Tagung', 'Symposium', 'Treffen', 'Forum', 'Rede', 'festgenommen', 'verhaftet', 'gefasst', 'verurteilt', 'Gericht\\p{L}*', 'Prozess\\p{L}*', 'gehostet', 'gemietet', 'lebt', 'lebende\\p{L}*', 'wohnhaft', 'geboren'],
  es: ['visita', 'gira', 'viaje', 'cumbre', 'conferencia', 'coloquio', 'seminario', 'foro', 'reunión', 'discurso', 'detenid[oa]s?', 'arrestad[oa]s?', 'capturad[oa]s?', 'condenad[oa]s?', 'juzgad[oa]s?', 'juicio', 'tribunal', 'alojad[oa]s?', 'alquilad[oa]s?', 'reside', 'residente', 'nacid[oa]'],
  ru: ['визит\\p{L}*', 'поездк\\p{L}*', 'саммит\\p{L}*', 'конференци\\p{L}*', 'форум\\p{L}*', 'встреч\\p{L}*', 'выступая', 'выступлени\\p{L}*', 'задержан\\p{L}*', 'арестован\\p{L}*', 'осужд[её]н\\p{L}*', 'суд', 'суда', 'суде', 'арендованн\\p{L}*', 'проживающ\\p{L}*', 'живущ\\p{L}*', 'родивш\\p{L}*'],
  vi: ['chuyến thăm', 'hội nghị', 'diễn đàn', 'thượng đỉnh', 'phát biểu', 'bị bắt(?: giữ)?', 'bị tạm giữ', 'bị kết án', 'bị xét xử', 'tòa án', 'sống', 'sinh ra'],
};

/**
 * Verbs and nouns of visiting, whose object is the place itself, with no preposition ("visited China",
 * "访问印度", "chuyến thăm Nhật Bản", "visita a México" with the Spanish object marker).
 */
export const VISIT_HEADS: Record<string, string[]> = {
  en: ['visit(?:s|ed|ing)?'],
  fr: ['visit(?:é|ant|ait|era)'],
  de: ['besucht(?:e|en)?', 'besuchend'],
  es: ['visita(?:r|ndo|ba)?(?: a| al)?', 'visitó(?: a| al)?'],
  ru: ['посетив(?:ш\\p{L}*)?', 'посетил\\p{L}*'],
  vi: ['chuyến thăm', 'thăm'],
  zh: ['访问', '出访', '出席'],
};

export const PLACE_HEADS_AFTER: Record<string, string[]> = {
  de: ['festgenommen', 'verhaftet', 'gefasst', 'verurteilt', 'angeklagt', 'gehostet', 'gemietet', 'lebt', 'lebende\\p{L}*', 'geboren'],
  zh: ['被捕', '被抓', '被逮捕', '被拘留', '被拘', '受审', '被判', '举行', '召开', '出席', '访问', '期间'],
};

export const PLACE_PREPOSITIONS: Record<string, string[]> = {
  en: ['in', 'at', 'to', 'from'],
  fr: ['à', 'au', 'aux', 'en', 'dans'],
  de: ['in', 'im', 'nach', 'aus'],
  es: ['en'],
  ru: ['в', 'во', 'на'],
  vi: ['tại', 'ở', 'đến', 'tới'],
  zh: ['在', '于'],
};

export const placeHeadsFor = cuesPerLanguage(PLACE_HEADS);
export const visitHeadsFor = cuesPerLanguage(VISIT_HEADS);
export const placeHeadsAfterFor = cuesPerLanguage(PLACE_HEADS_AFTER);
export const placePrepositionsFor = cuesPerLanguage(PLACE_PREPOSITIONS);
