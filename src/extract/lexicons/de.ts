import type { CueLexicon } from './types.ts';

export const de: CueLexicon = {
  lang: 'de',
  say: [
    'sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'teilte .{0,20}mit', 'mitgeteilt', 'kündigte .{0,30}an', 'versicherte',
    'gab .{0,30}bekannt', 'machte .{0,40}öffentlich', 'öffentlich gemacht', 'zufolge', 'meldete sich zu Wort',
  ],
  sourceBefore: ['laut', 'nach Angaben'],
  accuse: [
    'beschuldig\\p{L}*', 'wirft .{0,30}vor', 'macht .{0,60}verantwortlich', 'verantwortlich gemacht', 'zuordnen', 'zugeordnet',
    'zuzuordnen', 'verurteilt\\p{L}*', 'ordne\\p{L}* .{0,120}?zu', 'schreib\\p{L}* .{0,80}?zu', 'zugeschrieben', 'angeklagt', 'klagt\\p{L}* .{0,60}an', 'Sanktionen gegen', 'in Verbindung gebracht',
  ],
  anaphora: ['dies', 'diese\\p{L}*', 'dieser', 'das', 'solche\\p{L}*', 'die Vorwürfe', 'die Anschuldigungen', 'die Gruppe', 'den Angriff'],
  blame: ['(?:steckt|steckten|stecke|stecken|steht|stehen|stünden|stehe) (?:\\p{L}+ ){0,6}?hinter', 'hinter (?:\\p{L}+ ){0,6}?(?:steckt|steckten|stecke|stecken|stehen|stünden|stehe|steht)', 'verantwortlich(?! gemacht)', 'Urheber'],
  passive: ['wurde', 'wurden', 'worden', 'wird', 'werden'],
  accuseNoun: ['Vorwürfe?', 'Anschuldigung\\p{L}*'],
  deny: ['bestreit\\p{L}*', 'bestritt\\p{L}*', 'dementiert\\p{L}*', 'weis(?:t|en) .{0,40}zurück', 'wies(?:en)? .{0,40}zurück', 'zurückgewiesen', 'zurückzuweisen'
  ],
  denyQualifier: ['haltlos\\p{L}*'],
  warn: ['warnt\\p{L}*', 'Konsequenzen', 'rechnen müssen'],
  callFor: ['fordert\\p{L}*', 'forderte', 'fordern', 'rufen .{0,30}auf', 'ruft .{0,30}auf', 'Dialog'],
  confirm: ['bestätigt\\p{L}*', 'räumte .{0,20}ein'],
  hostile: [
    'Ziel\\p{L}*', 'Opfer','Cyberangriff\\p{L}*', 'Angriff\\p{L}*', 'Hacker\\p{L}*', 'attackiert', 'Spionage', 'Cyberspionage', 'eingedrungen', 'Attacke\\p{L}*'],
  similar: ['ähnliche\\p{L}*', 'mitunterzeichnet', 'schlossen sich', 'schloss sich'],
  modal: ['müsse', 'muss', 'müssen', 'sollte', 'soll'],
  victim: ['gegen', 'auf'],
  linkedTo: ['mit Verbindungen zu', 'in Verbindung mit', 'im Auftrag', 'unterstützt von', 'gesteuert von', 'nahestehend\\p{L}*', 'arbeitend\\p{L}* für'],
  possessive: [],
  personPronouns: ['er', 'sie'],
  selfRefs: ['wir'],
  backRefs: ['die Sprecherin', 'der Sprecher', 'die Ministerin', 'der Minister'],
  // German writes a role as the head of a compound ("Kremlsprecher", "FBI-Direktor", "EU-Außenbeauftragter").
  roles: [
    '[\\p{L}\\-]*(?:minister|kanzler|sprecher|botschafter|präsident|direktor|beauftragte|sekretär|berater|chef|leiter|koordinator|vorsitzende)(?:in|innen|s|n|r|en)?',
    'General(?:major|leutnant|inspekteur)?', 'Admiral', 'Oberst', 'Senator(?:in)?', 'Abgeordnete[rn]?',
  ],
  honorifics: ['Herr', 'Frau'],
  continuation: ['zudem', 'außerdem', 'auch'],
  reportedMood: ['könne', 'sei', 'seien', 'habe', 'hätten', 'müsse', 'werde', 'lenke', 'stehe', 'lasse'],
  noComment: ['äußerte sich (?:zunächst )?nicht', 'keine Stellungnahme', 'wollte sich nicht äußern'],
  coordinators: ['und', 'sowie', 'die', 'der', 'das'],
  locative: ['in'],
  // Sector-only cues: threats, and the effects of an act on its victims (outage, infection, access).
  threat: ['Bedrohung\\p{L}*', 'bedroh\\p{L}*', 'angegriffen', 'angreif\\p{L}*', 'lahmgelegt', 'lahmzulegen', 'Schadsoftware', 'Schadprogramm\\p{L}*', 'Malware', 'Ransomware', 'infiziert\\p{L}*', 'kompromittiert\\p{L}*', 'Ausfall', 'Ausfälle\\p{L}*', 'Störung\\p{L}*', 'Zugang zu', 'Zugriff auf', 'Sabotage', 'gehackt', 'Hackerangriff\\p{L}*', 'DDoS\\p{L}*', 'gestohlen', 'ausspioniert', 'ausgespäht', 'im Visier', 'betroffen\\p{L}*', 'Datenleck\\p{L}*', 'Erpress\\p{L}*', 'richtete\\p{L}* sich gegen', 'insbesondere gegen', 'Angriffsziel\\p{L}*', 'Hackergruppe\\p{L}*'],
  reportWords: ['berichte\\p{L}*', 'meldete\\p{L}*', 'Berichten zufolge', 'schrieb\\p{L}*'],
  interview: ['Interview mit', 'im Gespräch mit', 'sagte (?:der|dem|den)'],
  pairBefore: ['beide\\p{L}*', 'zwei'],
  orgWords: ['ministerium', 'regierung', 'amt', 'partei', 'dienst'],
};
