/**
 * French number grammar as data: number words (with the vigesimal
 * "quatre-vingt(s)" and "soixante-dix"), scales, percent, points and
 * currencies, as written in French-language news (AFP/Le Monde style:
 * "1,5 milliard", "3 000", "200 %", "7,2 milliards d'euros", "2 Md€").
 *
 * @module
 */
import type { CurrencyForm, QuantityLexicon } from '../../numbers/types.js';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, MEASURE_UNITS } from '../en/metrics-numbers.js';

const UNITS: Record<string, number> = {
  'zéro': 0, zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  // Belgian and Swiss French: "septante", "huitante", "octante", "nonante"
  septante: 70, huitante: 80, octante: 80, nonante: 90,
};

/** Currencies written after the number or after "millions de": "7,2 milliards d'euros", "450000 yens". */
const SUFFIX_CURRENCIES: CurrencyForm[] = [
  { form: 'dollars américains', code: 'USD' }, { form: 'dollars us', code: 'USD' }, { form: 'dollar us', code: 'USD' },
  { form: 'dollars canadiens', code: 'CAD' }, { form: 'dollar canadien', code: 'CAD' },
  { form: 'dollars australiens', code: 'AUD' }, { form: 'dollar australien', code: 'AUD' },
  { form: 'dollars néo-zélandais', code: 'NZD' }, { form: 'dollars de hong kong', code: 'HKD' },
  { form: 'dollars de singapour', code: 'SGD' },
  { form: 'dollars', code: 'USD' }, { form: 'dollar', code: 'USD' },
  { form: 'euros', code: 'EUR' }, { form: 'euro', code: 'EUR' },
  { form: 'livres sterling', code: 'GBP' }, { form: 'livres', code: 'GBP' }, { form: 'livre sterling', code: 'GBP' },
  { form: 'livre', code: 'GBP' }, { form: 'sterling', code: 'GBP' },
  { form: 'yens', code: 'JPY' }, { form: 'yen', code: 'JPY' },
  { form: 'yuans', code: 'CNY' }, { form: 'yuan', code: 'CNY' }, { form: 'renminbis', code: 'CNY' }, { form: 'renminbi', code: 'CNY' },
  { form: 'francs suisses', code: 'CHF' }, { form: 'franc suisse', code: 'CHF' },
  { form: 'francs cfa', code: 'XOF' }, { form: 'francs', code: 'FRF' }, { form: 'franc', code: 'FRF' },
  { form: 'roupies indiennes', code: 'INR' }, { form: 'roupies', code: 'INR' }, { form: 'roupie', code: 'INR' },
  { form: 'pesos mexicains', code: 'MXN' }, { form: 'pesos', code: 'MXN' },
  { form: 'roubles', code: 'RUB' }, { form: 'rouble', code: 'RUB' },
  { form: 'wons', code: 'KRW' }, { form: 'livres turques', code: 'TRY' },
  { form: 'marks finlandais', code: 'FIM' }, { form: 'mark finlandais', code: 'FIM' },
  { form: 'marks', code: 'DEM' }, { form: 'deutsche marks', code: 'DEM' },
  { form: 'florins hollandais', code: 'NLG' }, { form: 'florins néerlandais', code: 'NLG' }, { form: 'florins', code: 'NLG' },
  { form: 'pesetas', code: 'ESP' }, { form: 'pesewas', code: 'GHS', factor: 0.01 },
  { form: 'dinars', code: 'DZD' }, { form: 'dirhams', code: 'MAD' },
  // « 10 millions de couronnes suédoises », « 2 milliards de zlotys » (monnaies écrites en toutes lettres avec leur pays)
  { form: 'couronnes suédoises', code: 'SEK' }, { form: 'couronne suédoise', code: 'SEK' },
  { form: 'couronnes danoises', code: 'DKK' }, { form: 'couronne danoise', code: 'DKK' },
  { form: 'couronnes norvégiennes', code: 'NOK' }, { form: 'couronne norvégienne', code: 'NOK' },
  { form: 'couronnes tchèques', code: 'CZK' }, { form: 'couronne tchèque', code: 'CZK' },
  { form: 'couronnes islandaises', code: 'ISK' },
  { form: 'zlotys', code: 'PLN' }, { form: 'zloty', code: 'PLN' }, { form: 'forints', code: 'HUF' }, { form: 'forint', code: 'HUF' },
  { form: 'shekels', code: 'ILS' }, { form: 'shekel', code: 'ILS' }, { form: 'nouveaux shekels', code: 'ILS' },
  { form: 'réaux', code: 'BRL' }, { form: 'reais', code: 'BRL' }, { form: 'réals', code: 'BRL' },
  { form: 'rands', code: 'ZAR' }, { form: 'nairas', code: 'NGN' }, { form: 'naira', code: 'NGN' },
  { form: 'riyals', code: 'SAR' }, { form: 'dirhams marocains', code: 'MAD' }, { form: 'dirhams émiratis', code: 'AED' },
  { form: 'dinars algériens', code: 'DZD' }, { form: 'dinars tunisiens', code: 'TND' }, { form: 'livres égyptiennes', code: 'EGP' },
  // « 500 millions de FCFA », « 3 millions de DT », « 120 MDT » (presse d'Afrique de l'Ouest et de Tunisie)
  { form: 'fcfa', code: 'XOF' }, { form: 'f cfa', code: 'XOF' }, { form: 'dt', code: 'TND' }, { form: 'mdt', code: 'TND', factor: 1e6 },
  { form: 'hryvnias', code: 'UAH' }, { form: 'bahts', code: 'THB' }, { form: 'baht', code: 'THB' },
  { form: 'roubles russes', code: 'RUB' }, { form: 'yens japonais', code: 'JPY' }, { form: 'francs cfa', code: 'XOF' },
  { form: 'bitcoins', code: 'XBT' }, { form: 'bitcoin', code: 'XBT' },
  { form: 'centimes d\'euro', code: 'EUR', factor: 0.01 }, { form: 'centimes', code: 'EUR', factor: 0.01 },
  { form: 'centime', code: 'EUR', factor: 0.01 },
  { form: 'cents', code: 'USD', factor: 0.01 }, { form: 'cent', code: 'USD', factor: 0.01 },
  { form: 'pence', code: 'GBP', factor: 0.01 }, { form: 'penny', code: 'GBP', factor: 0.01 },
  // "16,4 millions de $ c", "10,05 milliards de $ hk", "150 millions de $ usd", "16,4 millions de $CAD"
  { form: '$ can', code: 'CAD' }, { form: '$ cad', code: 'CAD' }, { form: '$ c', code: 'CAD' },
  { form: '$ hk', code: 'HKD' }, { form: '$ usd', code: 'USD' }, { form: '$ us', code: 'USD' },
  // (not « $ au »: « a prêté 500 M$ au gouvernement » is the preposition)
  { form: '$ aud', code: 'AUD' },
  // "2 M€", "7,2 Md€" are handled as a scale then "€"; "k€" likewise.
];

/** French lexicon of the number grammar. */
export const FR_QUANTITY_LEXICON: QuantityLexicon = {
  language: 'fr',
  decimalMark: ',',
  numberWords: UNITS,
  // "cent" (100, "trois cent cinq"), "cents" only after 2–9 ("deux cents")
  hundredWords: { cent: { plural: false }, cents: { plural: true } },
  scaleWords: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12 },
  fractionWords: { demi: 0.5 },
  connectors: ['et'],
  minusWords: ['moins'],
  // "3 millions", "1,5 milliard", "2 Md€", "7,2 Mds", "500 M€", "30 k€"
  scales: [
    { form: 'milliards', value: 1e9 }, { form: 'milliard', value: 1e9 }, { form: 'millions', value: 1e6 },
    { form: 'million', value: 1e6 }, { form: 'mille', value: 1e3 }, { form: 'billions', value: 1e12 },
    { form: 'mds', value: 1e9, needsCurrency: true }, { form: 'md', value: 1e9, needsCurrency: true },
    { form: 'mrd', value: 1e9, needsCurrency: true }, { form: 'mio', value: 1e6, needsCurrency: true },
    { form: 'm', value: 1e6, needsCurrency: true }, { form: 'k', value: 1e3, needsCurrency: true },
  ],
  // "3 millions d'euros", "75 millions de dollar", "2 millions de €"
  scaleCurrencyLink: "(?:de\\s+|d['’]\\s?)",
  // "200 %", "8 pour cent", "10 pourcents", "100 pourcentage"
  percentSuffixes: ['%', 'pour cent', 'pourcents', 'pourcent', 'pourcentages', 'pourcentage', 'p. 100', 'p.100'],
  // "pourcentage de vingt", "pourcent des trois cent cinq"
  percentPrefixes: ['pourcentages de', 'pourcentage de', 'pourcentage des', 'pourcent de', 'pourcent des', 'pour cent de'],
  // "0,4 point de pourcentage", "25 points de base"
  pointSuffixes: [
    { form: 'points de pourcentage', factor: 1 }, { form: 'point de pourcentage', factor: 1 },
    { form: 'points de base', factor: 0.01 }, { form: 'point de base', factor: 0.01 }, { form: 'pdb', factor: 0.01 },
  ],
  barePointSuffixes: ['points', 'point', 'pts', 'pt'],
  currencyPrefixes: [...CURRENCY_SYMBOLS, ...CURRENCY_CODES.map((code) => ({ form: code.toLowerCase(), code }))],
  currencySuffixes: [...SUFFIX_CURRENCIES, ...CURRENCY_CODES.map((code) => ({ form: code.toLowerCase(), code })), ...CURRENCY_SYMBOLS],
  minorUnits: ['cents', 'cent', 'centimes'],
  measureUnits: MEASURE_UNITS,
  rangeOpeners: ['entre', 'de'],
  rangeJoiners: ['et', 'à', '-', '–'],
};
