/**
 * Nouns of an attacker's own infrastructure (servers, jump hosts, proxies, IP addresses, nodes): the
 * states where it sits ("jump servers in Japan, South Korea and Sweden", "跳板机主要分布在日本、韩国",
 * "máy chủ trung chuyển đặt tại ... Ba Lan") are places the traffic passed through, not parties.
 * Read only by country parties (parties.ts).
 */
import { cuesPerLanguage } from '../index.ts';

export const RELAY_HOSTS: Record<string, string[]> = {
  // Only servers of the attacker: relay words, or servers told by where they sit ("servers located in");
  // "the servers of three ministries in Belgium" are the victims'.
  en: ['jump (?:hosts?|servers?|boxes)', 'proxies', 'proxy servers?', 'relay (?:servers?|nodes?)', 'hop points?', 'staging servers?', 'exit nodes?', 'servers? (?:located|based|hosted|sitting)', 'IP addresses'],
  de: ['Sprungserver\\p{L}*', 'Proxy-Server\\p{L}*', 'Proxys', 'Relais-Server\\p{L}*', 'Server\\p{L}*,? (?:mit Standort\\p{L}*|stehen|standen)', 'IP-Adressen'],
  fr: ['serveurs? (?:relais|de rebond|situés|hébergés|localisés|basés)', 'proxys?', 'adresses IP'],
  es: ['servidores? (?:de salto|intermedios?|proxy|ubicados|situados|alojados)', 'proxies', 'direcciones IP'],
  ru: ['сервер\\p{L}*,? (?:расположенн|размещенн|размещённ|находящ)\\p{L}*', 'прокси-сервер\\p{L}*', 'промежуточн\\p{L}* сервер\\p{L}*', 'IP-адрес\\p{L}*'],
  vi: ['máy chủ nhảy', 'máy chủ trung chuyển', 'máy chủ proxy', 'máy chủ (?:đặt|nằm) (?:tại|ở)', 'địa chỉ IP'],
  zh: ['跳板', '代理服务器', '中转服务器', '服务器(?:主要)?(?:分布|位于|设在)', 'IP地址'],
};

export const relayHostsFor = cuesPerLanguage(RELAY_HOSTS);
