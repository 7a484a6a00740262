/**
 * Common nouns and legal forms that head an organisation's name around its proper part: "the Velmora
 * campaign", "la campaña de Velmora", "die Velmora AG", "la société Velmora", "Công ty Velmora", "ПАО
 * «Велмора»". The proper part is a capitalised word run (in Russian, a name in «» quotes, written in Latin
 * letters); the organisation is named in English: the proper part and the head's English noun where the
 * head says what kind of body it is (a campaign), else the proper part alone (a legal form or a generic
 * word for a company). No named organisation here: only the words names are built from.
 */
export interface OrgHead {
  /** Pattern of the head (case-insensitive), with its linking preposition when it stands before the name ("campaña de"). */
  head: string;
  /** Where the proper part stands: after the head ("la campaña de X") or before it ("the X campaign", "X AG"). */
  name: 'after' | 'before';
  /** The head's English noun that ends the name ("campaign"); absent: the proper part alone is the name. */
  en?: string;
}

export const ORG_HEADS: Record<string, OrgHead[]> = {
  en: [
    { head: '(?:presidential |election |re-?election )?campaign', name: 'before', en: 'campaign' },
  ],
  es: [
    { head: '(?:equipo de )?campaña (?:electoral |presidencial )?de', name: 'after', en: 'campaign' },
    { head: '(?:empresa|compañía|firma|sociedad|operadora|eléctrica|distribuidora)(?: [\\p{Ll}]+){0,2}', name: 'after' },
    // An institution told by its kind, then its name: "el hospital Velmora", "la clínica Velmora".
    { head: '(?:hospital|clínica)', name: 'after' },
  ],
  fr: [
    { head: '(?:équipe de )?campagne (?:électorale |présidentielle )?(?:de|d[’\'])', name: 'after', en: 'campaign' },
    { head: '(?:société|entreprise|compagnie|opérateur|groupe industriel)(?: [\\p{Ll}]+){0,2}', name: 'after' },
    // "l'hôpital Velmora", "la clinique Velmora": an institution told by its kind, then its name.
    { head: '(?:hôpital|clinique)', name: 'after' },
  ],
  de: [
    { head: '(?:Wahlkampfteam|Wahlkampflager|Wahlkampagne|Kampagne) (?:von|des|der)', name: 'after', en: 'campaign' },
    // Legal forms after the name ("die Velmora AG", "Velmora Energie GmbH").
    { head: '(?:AG|GmbH|SE|KG|KGaA|GmbH & Co\\. KG)', name: 'before' },
    // A word for a company or a trade association, alone or closing a compound, before the name: "die Firma Velmora", "das
    // Sicherheitsunternehmen Velmora Labs", "der IT-Dienstleister Velmora", "die US-Softwarefirma Velmora", "der Branchenverband Velmora".
    { head: '(?:[\\p{L}\\-]+(?:firma|unternehmen|konzern|anbieter|dienstleister|hersteller|softwarehaus|verband)|Firma|Unternehmen|Konzern|Anbieter|Dienstleister|Hersteller|Softwarehaus|Verband|Start-up|Startup)', name: 'after' },
    // "das Klinikum Velmora", "das Krankenhaus Velmora": an institution told by its kind, then its name.
    { head: '(?:Klinikum|Krankenhaus)', name: 'after' },
  ],
  vi: [
    { head: '(?:chiến dịch tranh cử|ban vận động tranh cử|đội ngũ tranh cử) (?:của )?', name: 'after', en: 'campaign' },
    // "Công ty Velmora", "Công ty Điện lực Velmora", "Tập đoàn Velmora": the company's own name is the run after its kind.
    // "hãng bảo mật Velmora", "nhà cung cấp dịch vụ thanh toán Velmora": a firm told by its trade, then its name.
    { head: '(?:[Hh]ãng|[Nn]hà cung cấp)(?: (?:dịch vụ|phần mềm|giải pháp|bảo mật|an ninh mạng|công nghệ|viễn thông|thanh toán|tính lương|kế toán|lưu trữ|điện toán đám mây|đám mây|năng lượng|hàng không))+', name: 'after' },
    // "Bệnh viện Velmora": a hospital told by its kind, then its name.
    { head: '[Bb]ệnh viện', name: 'after' },
    { head: '(?:[Cc]ông ty|[Tt]ập đoàn|[Tt]ổng [Cc]ông ty)(?: (?:[Cc]ổ phần|[Tt]rách nhiệm hữu hạn|TNHH|[Đđ]iện lực|[Cc]ấp nước|[Vv]iễn thông|[Nn]ăng lượng|[Cc]ảng|[Dd]ầu khí|[Aa]n ninh mạng|[Cc]ông nghệ))*', name: 'after' },
  ],
  ru: [
    { head: '(?:предвыборн\\p{L}* )?штаб\\p{L}*', name: 'after', en: 'campaign' },
    // Legal forms and company words before a quoted name: "ПАО «Велмора»", "компания «Велмора»".
    { head: '(?:ПАО|ОАО|АО|ЗАО|ООО|ГК|компани\\p{L}*|корпораци\\p{L}*|концерн\\p{L}*|оператор\\p{L}*)', name: 'after' },
  ],
};
