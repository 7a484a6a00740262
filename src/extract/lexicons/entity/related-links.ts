/**
 * Headings of a page's block of links to other stories ("Related posts:", "Lire aussi :",
 * "Читайте также:", "相关阅读：") or of its list of references ("References", "Referencias", "Tham khảo:"):
 * the headlines and documents under them are other texts, not this one's.
 * Regular-expression sources, matched at the start of a line, case-insensitively.
 */
export const RELATED_LINK_LABELS: Record<string, string[]> = {
  en: ['related(?: (?:posts?|articles?|stories|content|coverage|news|reading))?', 'read more', 'read also', 'also read', 'see also', 'more on this(?: story)?', 'further reading', 'recommended(?: reading)?', 'references'],
  fr: ['lire aussi', 'à lire aussi', 'a lire aussi', 'voir aussi', 'sur le même sujet', 'articles? liés?', 'pour aller plus loin', 'références'],
  de: ['verwandte (?:beiträge|artikel|themen)', 'lesen sie auch', 'mehr zum thema', 'das könnte sie auch interessieren', 'siehe auch', 'quellen', 'referenzen'],
  es: ['lea también', 'lee también', 'más información', 'te puede interesar', 'noticias relacionadas', 'relacionad[oa]s?', 'ver también', 'referencias'],
  ru: ['читайте также', 'по теме', 'смотрите также', 'см\\. также', 'материалы по теме', 'источники'],
  vi: ['tin liên quan', 'xem thêm', 'bài liên quan', 'đọc thêm', 'tin cùng chuyên mục', 'tham khảo', 'nguồn tham khảo'],
  zh: ['相关阅读', '相關閱讀', '相关新闻', '相關新聞', '延伸阅读', '延伸閱讀', '相关报道', '相關報導', '推荐阅读', '推薦閱讀', '参考资料', '參考資料', '参考文献', '參考文獻'],
};
