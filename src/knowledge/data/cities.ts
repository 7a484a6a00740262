/**
 * Major cities that are not a state's capital, by state (ISO alpha-2), in the forms news writes them
 * (Russian case forms listed). Capitals and seats of power are country metonyms (country-forms.ts) and
 * are read as the state everywhere; these are read as a state only where a state's police, prosecutor or
 * security office is named with them ("the Manhattan prosecutor", "la Oficina de Seguridad Pública de
 * Cantón", "die Staatsanwaltschaft Köln", "广州市公安局", "Công an TP Hồ Chí Minh"): such a body speaks
 * for the city's state (extract/body-city.ts). Written by OpsTrack from general knowledge.
 */
export type CityLang = 'en' | 'vi' | 'zh' | 'ru' | 'fr' | 'de' | 'es';

export const CITY_FORMS: Record<string, Partial<Record<CityLang, string[]>>> = {
  US: {
    en: ['New York', 'Manhattan', 'Brooklyn', 'Los Angeles', 'San Francisco', 'Chicago', 'Boston', 'Seattle', 'Pittsburgh', 'Atlanta', 'Miami', 'Houston', 'Dallas', 'Philadelphia', 'San Diego', 'Newark', 'Detroit', 'Phoenix', 'Denver'],
    vi: ['New York', 'Manhattan', 'Brooklyn', 'Los Angeles', 'San Francisco', 'Chicago', 'Boston', 'Seattle', 'Pittsburgh', 'Atlanta', 'Miami', 'Houston', 'Dallas', 'Philadelphia', 'San Diego'],
    zh: ['纽约', '紐約', '曼哈顿', '曼哈頓', '布鲁克林', '洛杉矶', '洛杉磯', '旧金山', '舊金山', '芝加哥', '波士顿', '西雅图', '匹兹堡', '亚特兰大', '迈阿密', '休斯敦', '达拉斯', '费城', '圣迭戈'],
    ru: ['Нью-Йорк', 'Нью-Йорка', 'Нью-Йорке', 'Манхэттен', 'Манхэттена', 'Манхэттене', 'Бруклин', 'Бруклина', 'Лос-Анджелес', 'Лос-Анджелеса', 'Сан-Франциско', 'Чикаго', 'Бостон', 'Бостона', 'Сиэтл', 'Сиэтла', 'Питтсбург', 'Питтсбурга', 'Атланта', 'Атланты', 'Майами', 'Хьюстон', 'Хьюстона', 'Даллас', 'Далласа', 'Филадельфия', 'Филадельфии', 'Сан-Диего'],
    fr: ['New York', 'Manhattan', 'Brooklyn', 'Los Angeles', 'San Francisco', 'Chicago', 'Boston', 'Seattle', 'Pittsburgh', 'Atlanta', 'Miami', 'Houston', 'Dallas', 'Philadelphie', 'San Diego'],
    de: ['New York', 'Manhattan', 'Brooklyn', 'Los Angeles', 'San Francisco', 'Chicago', 'Boston', 'Seattle', 'Pittsburgh', 'Atlanta', 'Miami', 'Houston', 'Dallas', 'Philadelphia', 'San Diego'],
    es: ['Nueva York', 'New York', 'Manhattan', 'Brooklyn', 'Los Ángeles', 'Los Angeles', 'San Francisco', 'Chicago', 'Boston', 'Seattle', 'Pittsburgh', 'Atlanta', 'Miami', 'Houston', 'Dallas', 'Filadelfia', 'San Diego'],
  },
  CN: {
    en: ['Guangzhou', 'Canton', 'Shanghai', 'Shenzhen', 'Wuhan', 'Chengdu', 'Tianjin', 'Hangzhou', 'Nanjing', 'Chongqing', 'Xiamen', 'Fuzhou'],
    vi: ['Quảng Châu', 'Thượng Hải', 'Thâm Quyến', 'Vũ Hán', 'Thành Đô', 'Thiên Tân', 'Hàng Châu', 'Nam Kinh', 'Trùng Khánh', 'Hạ Môn', 'Phúc Châu'],
    zh: ['广州', '廣州', '上海', '深圳', '武汉', '武漢', '成都', '天津', '杭州', '南京', '重庆', '重慶', '厦门', '廈門', '福州'],
    ru: ['Гуанчжоу', 'Шанхай', 'Шанхая', 'Шанхае', 'Шэньчжэнь', 'Шэньчжэня', 'Ухань', 'Уханя', 'Чэнду', 'Тяньцзинь', 'Тяньцзиня', 'Ханчжоу', 'Нанкин', 'Нанкина', 'Чунцин', 'Чунцина', 'Сямынь', 'Сямэнь', 'Фучжоу'],
    fr: ['Canton', 'Guangzhou', 'Shanghai', 'Shenzhen', 'Wuhan', 'Chengdu', 'Tianjin', 'Hangzhou', 'Nankin', 'Nanjing', 'Chongqing', 'Xiamen', 'Fuzhou'],
    de: ['Kanton', 'Guangzhou', 'Shanghai', 'Shenzhen', 'Wuhan', 'Chengdu', 'Tianjin', 'Hangzhou', 'Nanjing', 'Chongqing', 'Xiamen', 'Fuzhou'],
    es: ['Cantón', 'Guangzhou', 'Shanghái', 'Shanghai', 'Shenzhen', 'Wuhan', 'Chengdu', 'Tianjin', 'Hangzhou', 'Nankín', 'Nanjing', 'Chongqing', 'Xiamen', 'Fuzhou'],
  },
  RU: {
    en: ['St. Petersburg', 'Saint Petersburg', 'St Petersburg', 'Yekaterinburg', 'Novosibirsk', 'Kazan', 'Rostov-on-Don', 'Krasnodar'],
    vi: ['Saint Petersburg', 'St. Petersburg', 'Xanh Pê-téc-bua', 'Yekaterinburg', 'Novosibirsk', 'Kazan'],
    zh: ['圣彼得堡', '聖彼得堡', '叶卡捷琳堡', '新西伯利亚', '喀山'],
    ru: ['Санкт-Петербург', 'Санкт-Петербурга', 'Санкт-Петербурге', 'Петербург', 'Петербурга', 'Петербурге', 'Екатеринбург', 'Екатеринбурга', 'Новосибирск', 'Новосибирска', 'Казань', 'Казани', 'Ростов-на-Дону', 'Ростова-на-Дону', 'Краснодар', 'Краснодара'],
    fr: ['Saint-Pétersbourg', 'Iekaterinbourg', 'Novossibirsk', 'Kazan'],
    de: ['Sankt Petersburg', 'St. Petersburg', 'Jekaterinburg', 'Nowosibirsk', 'Kasan'],
    es: ['San Petersburgo', 'Ekaterimburgo', 'Novosibirsk', 'Kazán'],
  },
  DE: {
    en: ['Cologne', 'Munich', 'Hamburg', 'Frankfurt', 'Stuttgart', 'Düsseldorf', 'Karlsruhe', 'Dresden', 'Leipzig', 'Bamberg', 'Verden'],
    vi: ['Köln', 'Munich', 'München', 'Hamburg', 'Frankfurt', 'Stuttgart', 'Düsseldorf', 'Karlsruhe', 'Dresden', 'Leipzig'],
    zh: ['科隆', '慕尼黑', '汉堡', '法兰克福', '斯图加特', '杜塞尔多夫', '卡尔斯鲁厄', '德累斯顿', '莱比锡'],
    ru: ['Кёльн', 'Кёльна', 'Кельн', 'Кельна', 'Мюнхен', 'Мюнхена', 'Гамбург', 'Гамбурга', 'Франкфурт', 'Франкфурта', 'Штутгарт', 'Штутгарта', 'Дюссельдорф', 'Дюссельдорфа', 'Карлсруэ', 'Дрезден', 'Дрездена', 'Лейпциг', 'Лейпцига'],
    fr: ['Cologne', 'Munich', 'Hambourg', 'Francfort', 'Stuttgart', 'Düsseldorf', 'Karlsruhe', 'Dresde', 'Leipzig'],
    de: ['Köln', 'München', 'Hamburg', 'Frankfurt', 'Frankfurt am Main', 'Stuttgart', 'Düsseldorf', 'Karlsruhe', 'Dresden', 'Leipzig', 'Bamberg', 'Verden', 'Hannover', 'Bremen', 'Nürnberg'],
    es: ['Colonia', 'Múnich', 'Hamburgo', 'Fráncfort', 'Stuttgart', 'Düsseldorf', 'Karlsruhe', 'Dresde', 'Leipzig'],
  },
  FR: {
    en: ['Marseille', 'Lyon', 'Lille', 'Toulouse', 'Bordeaux', 'Nantes', 'Strasbourg', 'Rennes'],
    vi: ['Marseille', 'Lyon', 'Lille', 'Toulouse', 'Bordeaux', 'Nantes', 'Strasbourg'],
    zh: ['马赛', '里昂', '里尔', '图卢兹', '波尔多', '南特', '斯特拉斯堡'],
    ru: ['Марсель', 'Марселя', 'Лион', 'Лиона', 'Лилль', 'Лилля', 'Тулуза', 'Тулузы', 'Бордо', 'Нант', 'Нанта', 'Страсбург', 'Страсбурга'],
    fr: ['Marseille', 'Lyon', 'Lille', 'Toulouse', 'Bordeaux', 'Nantes', 'Strasbourg', 'Rennes', 'Nanterre', 'Créteil'],
    de: ['Marseille', 'Lyon', 'Lille', 'Toulouse', 'Bordeaux', 'Nantes', 'Straßburg'],
    es: ['Marsella', 'Lyon', 'Lille', 'Toulouse', 'Burdeos', 'Nantes', 'Estrasburgo'],
  },
  ES: {
    en: ['Barcelona', 'Seville', 'Bilbao', 'Malaga'],
    vi: ['Barcelona', 'Sevilla', 'Bilbao'],
    zh: ['巴塞罗那', '塞维利亚', '毕尔巴鄂'],
    ru: ['Барселона', 'Барселоны', 'Севилья', 'Севильи', 'Бильбао'],
    fr: ['Barcelone', 'Séville', 'Bilbao'],
    de: ['Barcelona', 'Sevilla', 'Bilbao'],
    es: ['Barcelona', 'Sevilla', 'Bilbao', 'Málaga', 'Zaragoza'],
  },
  VN: {
    en: ['Ho Chi Minh City', 'HCMC', 'Da Nang', 'Haiphong', 'Hai Phong', 'Can Tho'],
    vi: ['TP Hồ Chí Minh', 'TP. Hồ Chí Minh', 'TP.HCM', 'TP HCM', 'TPHCM', 'Thành phố Hồ Chí Minh', 'thành phố Hồ Chí Minh', 'Hồ Chí Minh', 'Đà Nẵng', 'TP Đà Nẵng', 'Hải Phòng', 'TP Hải Phòng', 'Cần Thơ', 'TP Cần Thơ'],
    zh: ['胡志明市', '岘港', '海防', '芹苴'],
    ru: ['Хошимин', 'Хошимина', 'Хошимине', 'Дананг', 'Дананга', 'Хайфон', 'Хайфона'],
    fr: ['Hô-Chi-Minh-Ville', 'Ho Chi Minh-Ville', 'Hô Chi Minh-Ville', 'Da Nang', 'Haïphong'],
    de: ['Ho-Chi-Minh-Stadt', 'Da Nang', 'Haiphong'],
    es: ['Ciudad Ho Chi Minh', 'Ho Chi Minh', 'Da Nang', 'Haiphong'],
  },
  KR: { en: ['Busan', 'Incheon'], vi: ['Busan'], zh: ['釜山', '仁川'], ru: ['Пусан', 'Пусана'], fr: ['Busan'], de: ['Busan'], es: ['Busan'] },
  JP: { en: ['Osaka'], vi: ['Osaka'], zh: ['大阪'], ru: ['Осака', 'Осаки'], fr: ['Osaka'], de: ['Osaka'], es: ['Osaka'] },
  UA: {
    en: ['Kharkiv', 'Odesa', 'Odessa', 'Lviv', 'Dnipro'],
    vi: ['Kharkiv', 'Odesa', 'Lviv'],
    zh: ['哈尔科夫', '敖德萨', '利沃夫', '第聂伯'],
    ru: ['Харьков', 'Харькова', 'Одесса', 'Одессы', 'Львов', 'Львова', 'Днепр', 'Днепра'],
    fr: ['Kharkiv', 'Odessa', 'Lviv', 'Dnipro'],
    de: ['Charkiw', 'Odessa', 'Lwiw', 'Dnipro'],
    es: ['Járkov', 'Odesa', 'Leópolis', 'Lviv', 'Dnipró'],
  },
  TW: { en: ['Kaohsiung', 'Taichung', 'Tainan'], vi: ['Cao Hùng', 'Đài Trung'], zh: ['高雄', '台中', '臺中', '台南', '臺南'], ru: ['Гаосюн', 'Гаосюна'], fr: ['Kaohsiung'], de: ['Kaohsiung'], es: ['Kaohsiung'] },
  IN: { en: ['Mumbai', 'Bengaluru', 'Bangalore', 'Hyderabad', 'Chennai', 'Kolkata'], vi: ['Mumbai'], zh: ['孟买'], ru: ['Мумбаи', 'Бангалор', 'Бангалора'], fr: ['Bombay', 'Mumbai'], de: ['Mumbai'], es: ['Bombay', 'Mumbai'] },
  GB: { en: ['Manchester', 'Birmingham', 'Glasgow', 'Edinburgh'], vi: ['Manchester'], zh: ['曼彻斯特'], ru: ['Манчестер', 'Манчестера'], fr: ['Manchester'], de: ['Manchester'], es: ['Mánchester', 'Manchester'] },
};
