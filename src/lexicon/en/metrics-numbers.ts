/**
 * English number grammar as data: number words, scales, percent, percentage
 * points and currencies, as written in English-language news (AP/Reuters
 * style: "$3.5bn", "3,500", "22 percent", "US$11 billion", "£8m").
 *
 * @module
 */
import type { CurrencyForm, QuantityLexicon } from '../../numbers/types.js';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  // "a" counts as 1 only before hundred/thousand/million… (enforced by the grammar): "a million people"
  a: 1, an: 1,
};

/** Currencies written after the number: "420 million finnish markka", "5 dollars", "115USD". */
const SUFFIX_CURRENCIES: CurrencyForm[] = [
  { form: 'us dollars', code: 'USD' }, { form: 'us dollar', code: 'USD' }, { form: 'u.s. dollars', code: 'USD' },
  { form: 'american dollars', code: 'USD' },
  { form: 'canadian dollars', code: 'CAD' }, { form: 'canadian dollar', code: 'CAD' },
  { form: 'australian dollars', code: 'AUD' }, { form: 'australian dollar', code: 'AUD' },
  { form: 'new zealand dollars', code: 'NZD' }, { form: 'hong kong dollars', code: 'HKD' },
  { form: 'singapore dollars', code: 'SGD' }, { form: 'taiwan dollars', code: 'TWD' },
  { form: 'dollars', code: 'USD' }, { form: 'dollar', code: 'USD' },
  { form: 'euros', code: 'EUR' }, { form: 'euro', code: 'EUR' },
  { form: 'pounds sterling', code: 'GBP' }, { form: 'pounds', code: 'GBP' }, { form: 'pound', code: 'GBP' },
  { form: 'sterling', code: 'GBP' },
  { form: 'japanese yen', code: 'JPY' }, { form: 'yen', code: 'JPY' },
  { form: 'chinese yuan', code: 'CNY' }, { form: 'yuan', code: 'CNY' }, { form: 'renminbi', code: 'CNY' }, { form: 'rmb', code: 'CNY' },
  { form: 'swiss francs', code: 'CHF' }, { form: 'swiss franc', code: 'CHF' },
  { form: 'francs', code: 'FRF' }, { form: 'franc', code: 'FRF' },
  { form: 'indian rupees', code: 'INR' }, { form: 'rupees', code: 'INR' }, { form: 'rupee', code: 'INR' },
  { form: 'mexican pesos', code: 'MXN' }, { form: 'pesos', code: 'MXN' },
  { form: 'roubles', code: 'RUB' }, { form: 'rubles', code: 'RUB' },
  { form: 'south korean won', code: 'KRW' }, { form: 'korean won', code: 'KRW' },
  { form: 'turkish lira', code: 'TRY' }, { form: 'lira', code: 'TRY' },
  { form: 'finnish markka', code: 'FIM' }, { form: 'deutsche marks', code: 'DEM' }, { form: 'deutschmarks', code: 'DEM' },
  { form: 'dutch guilders', code: 'NLG' }, { form: 'guilders', code: 'NLG' }, { form: 'pesetas', code: 'ESP' },
  { form: 'rand', code: 'ZAR' }, { form: 'kronor', code: 'SEK' }, { form: 'kroner', code: 'NOK' },
  // "10 million Swedish Kronor", "500 Danish kroner", "2 billion Polish zlotys" (currencies spelled out with their country)
  { form: 'swedish kronor', code: 'SEK' }, { form: 'swedish krona', code: 'SEK' }, { form: 'swedish crowns', code: 'SEK' },
  { form: 'krona', code: 'SEK' },
  { form: 'danish kroner', code: 'DKK' }, { form: 'danish krone', code: 'DKK' }, { form: 'danish crowns', code: 'DKK' },
  { form: 'norwegian kroner', code: 'NOK' }, { form: 'norwegian krone', code: 'NOK' }, { form: 'norwegian crowns', code: 'NOK' },
  { form: 'czech korunas', code: 'CZK' }, { form: 'czech koruna', code: 'CZK' }, { form: 'czech crowns', code: 'CZK' },
  { form: 'icelandic kronur', code: 'ISK' }, { form: 'icelandic krona', code: 'ISK' },
  { form: 'polish zlotys', code: 'PLN' }, { form: 'polish zloty', code: 'PLN' }, { form: 'zlotys', code: 'PLN' }, { form: 'zloty', code: 'PLN' },
  { form: 'hungarian forints', code: 'HUF' }, { form: 'forints', code: 'HUF' }, { form: 'forint', code: 'HUF' },
  { form: 'israeli shekels', code: 'ILS' }, { form: 'shekels', code: 'ILS' }, { form: 'new shekels', code: 'ILS' },
  { form: 'brazilian reais', code: 'BRL' }, { form: 'reais', code: 'BRL' }, { form: 'brazilian real', code: 'BRL' },
  { form: 'south african rand', code: 'ZAR' }, { form: 'nigerian naira', code: 'NGN' }, { form: 'naira', code: 'NGN' },
  { form: 'kenyan shillings', code: 'KES' }, { form: 'saudi riyals', code: 'SAR' }, { form: 'riyals', code: 'SAR' },
  { form: 'uae dirhams', code: 'AED' }, { form: 'emirati dirhams', code: 'AED' }, { form: 'moroccan dirhams', code: 'MAD' },
  { form: 'egyptian pounds', code: 'EGP' }, { form: 'ukrainian hryvnias', code: 'UAH' }, { form: 'hryvnias', code: 'UAH' },
  { form: 'hryvnia', code: 'UAH' }, { form: 'thai baht', code: 'THB' }, { form: 'baht', code: 'THB' },
  { form: 'malaysian ringgit', code: 'MYR' }, { form: 'ringgit', code: 'MYR' }, { form: 'indonesian rupiah', code: 'IDR' },
  { form: 'rupiah', code: 'IDR' }, { form: 'pakistani rupees', code: 'PKR' }, { form: 'russian roubles', code: 'RUB' },
  { form: 'russian rubles', code: 'RUB' }, { form: 'argentine pesos', code: 'ARS' }, { form: 'chilean pesos', code: 'CLP' },
  { form: 'colombian pesos', code: 'COP' }, { form: 'philippine pesos', code: 'PHP' }, { form: 'british pounds', code: 'GBP' },
  { form: 'bitcoins', code: 'XBT' }, { form: 'bitcoin', code: 'XBT' }, { form: 'btc', code: 'XBT' },
  { form: 'satoshis', code: 'XBT', factor: 1e-8 },
  // "a dividend of 44.5 euro cents" (euro-zone companies reporting in English)
  { form: 'euro cents', code: 'EUR', factor: 0.01 }, { form: 'euro cent', code: 'EUR', factor: 0.01 },
  { form: 'cents', code: 'USD', factor: 0.01 }, { form: 'cent', code: 'USD', factor: 0.01 },
  { form: 'pence', code: 'GBP', factor: 0.01 }, { form: 'penny', code: 'GBP', factor: 0.01 },
  { form: 'musd', code: 'USD', factor: 1e6 }, { form: 'meur', code: 'EUR', factor: 1e6 }, { form: 'mgbp', code: 'GBP', factor: 1e6 },
];

/** ISO codes accepted next to a number in either position ("USD 200", "200 USD", "USD115"). */
export const CURRENCY_CODES: readonly string[] = [
  'USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'NZD', 'CNY', 'HKD', 'INR', 'MXN', 'BRL', 'RUB', 'KRW',
  'SEK', 'NOK', 'DKK', 'ZAR', 'TRY', 'SGD', 'PLN', 'CZK', 'HUF', 'ILS', 'AED', 'SAR', 'XOF', 'XAF', 'MAD', 'TND', 'DZD', 'UAH',
];

/** Symbols, written before or after the number: "$20", "10 $", "€ 2 million", "100元". */
export const CURRENCY_SYMBOLS: readonly CurrencyForm[] = [
  { form: 'usd$', code: 'USD' }, { form: 'us$', code: 'USD' }, { form: 'u.s.$', code: 'USD' }, { form: 'u.s $', code: 'USD' },
  { form: 'us $', code: 'USD' }, { form: 'cad$', code: 'CAD' }, { form: 'ca$', code: 'CAD' }, { form: 'c$', code: 'CAD' },
  { form: 'c $', code: 'CAD' }, { form: 'aud$', code: 'AUD' }, { form: 'au$', code: 'AUD' }, { form: 'a$', code: 'AUD' },
  { form: 'nzd$', code: 'NZD' }, { form: 'nz$', code: 'NZD' }, { form: 'hk$', code: 'HKD' }, { form: 'hk $', code: 'HKD' },
  { form: 'nt$', code: 'TWD' }, { form: 'mxn$', code: 'MXN' }, { form: 'mex$', code: 'MXN' }, { form: 's$', code: 'SGD' }, { form: 'r$', code: 'BRL' },
  { form: '$', code: 'USD' }, { form: '€', code: 'EUR' }, { form: '£', code: 'GBP' }, { form: '¥', code: 'JPY' },
  { form: '元', code: 'CNY' }, { form: '₹', code: 'INR' }, { form: '₽', code: 'RUB' }, { form: '₩', code: 'KRW' },
  { form: '₺', code: 'TRY' }, { form: '₿', code: 'XBT' }, { form: '₡', code: 'CRC' }, { form: '₾', code: 'GEL' },
  { form: '₭', code: 'LAK' }, { form: 'ரூ', code: 'LKR' }, { form: '₪', code: 'ILS' }, { form: '₦', code: 'NGN' },
  { form: '¢', code: 'USD', factor: 0.01 },
];

/**
 * Symbols of units of measure (SI and common news units), written after a
 * number in both languages: "125 km/h", "125 GeV", "521 kg", "1 200 MW", "38 °C".
 * Ambiguous one-letter symbols (m, g, t, l) and English words ("in") are left out.
 */
export const MEASURE_UNITS: readonly string[] = [
  'km/h', 'km²', 'km2', 'm²', 'm³', 'm/s', '°C', '°F', 'GeV', 'MeV', 'TeV', 'keV', 'eV', 'kW', 'MW', 'GW', 'TW', 'kWh', 'MWh', 'GWh', 'TWh',
  'mSv', 'µSv', 'μSv', 'Sv', 'hPa', 'dB', 'Hz', 'kHz', 'MHz', 'GHz', 'Go', 'Mo', 'To', 'GB', 'MB', 'TB', 'Mbit/s', 'Gbit/s',
  // concentrations and emissions: "1g/l", "0,1 µg/l", "95 g/km" (the slash makes them unambiguous)
  'g/l', 'g/L', 'mg/l', 'mg/L', 'µg/l', 'µg/L', 'μg/l', 'μg/L', 'ng/l', 'ng/L', 'mg/kg', 'µg/m³', 'μg/m³', 'mg/m³', 'g/km',
  'km', 'kg', 'cm', 'mm', 'µm', 'nm', 'ha', 'mph', 'ft', 'lb', 'lbs', 'oz', 'kt', 'Mt', 'Gt', 'mg', 'ml', 'cl', 'hl', 'bbl',
  // oil output: "9.8 million bpd", "500,000 b/d" (Reuters, Platts)
  'bpd', 'b/d', 'b/j',
  // batteries and chargers in device reviews: "a 5,000mAh battery", "a 65W charger", « une batterie de 4 500 mAh »
  // (a capital W only, glued or spaced; not "w" nor a word: "5 W's")
  'mAh', 'Wh', 'W',
];

/** English lexicon of the number grammar. */
export const EN_QUANTITY_LEXICON: QuantityLexicon = {
  language: 'en',
  decimalMark: '.',
  numberWords: UNITS,
  hundredWords: { hundred: { plural: false }, hundreds: { plural: true } },
  scaleWords: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7 },
  fractionWords: { half: 0.5, quarter: 0.25, quarters: 0.25 },
  connectors: ['and'],
  minusWords: ['minus', 'negative'],
  // "$23bn", "3.5 billion", "£8m", "10k", "35 lakh", "$4.5tn"
  scales: [
    { form: 'trillion', value: 1e12 }, { form: 'billion', value: 1e9 }, { form: 'million', value: 1e6 },
    { form: 'thousand', value: 1e3 }, { form: 'lakh', value: 1e5 }, { form: 'crore', value: 1e7 },
    { form: 'tn', value: 1e12, needsCurrency: true }, { form: 'trn', value: 1e12, needsCurrency: true },
    { form: 'bn', value: 1e9 }, { form: 'bln', value: 1e9, needsCurrency: true },
    { form: 'mn', value: 1e6, needsCurrency: true }, { form: 'mln', value: 1e6, needsCurrency: true },
    { form: 'm', value: 1e6, needsCurrency: true }, { form: 'b', value: 1e9, needsCurrency: true },
    { form: 'k', value: 1e3, needsCurrency: true },
  ],
  scaleCurrencyLink: '',
  // "22 percent", "200%", "8 per cent", "100 percentage", "one hundred percents"
  percentSuffixes: ['%', 'percents', 'percent', 'per cent', 'percentage', 'pct'],
  // "3.9pc", "up 12pc" (British papers' style: The Telegraph, the Financial Times — ruleId numbers/en/percent); lower case
  // only: "a Windows 10 PC" is a computer
  lowerCasePercent: ['pc'],
  // "per cent of twenty-two", "percent of 10"
  percentPrefixes: ['percents of', 'percent of', 'per cent of'],
  // "2 percentage points", "50 basis points"
  pointSuffixes: [
    { form: 'percentage points', factor: 1 }, { form: 'percentage point', factor: 1 },
    { form: 'percent points', factor: 1 }, { form: 'pp', factor: 1 }, { form: 'ppt', factor: 1 }, { form: 'ppts', factor: 1 },
    { form: 'basis points', factor: 0.01 }, { form: 'basis point', factor: 0.01 }, { form: 'bps', factor: 0.01 },
  ],
  barePointSuffixes: ['points', 'point'],
  currencyPrefixes: [
    ...CURRENCY_SYMBOLS,
    ...CURRENCY_CODES.map((code) => ({ form: code.toLowerCase(), code })),
    // "Rs 500 crore", "Rs. 1,200" (Indian rupees)
    { form: 'rs.', code: 'INR' }, { form: 'rs', code: 'INR', spaced: true },
    // "MAUD 60" (millions of Australian dollars, financial shorthand)
    { form: 'musd', code: 'USD', factor: 1e6 }, { form: 'meur', code: 'EUR', factor: 1e6 }, { form: 'maud', code: 'AUD', factor: 1e6 },
  ],
  currencySuffixes: [...SUFFIX_CURRENCIES, ...CURRENCY_CODES.map((code) => ({ form: code.toLowerCase(), code })), ...CURRENCY_SYMBOLS],
  minorUnits: ['cents', 'cent'],
  // "Shares closed 4.3 per cent lower at 312p" (pence glued to the number, British press)
  gluedMinor: { form: 'p', code: 'GBP', factor: 0.01 },
  measureUnits: MEASURE_UNITS,
  rangeOpeners: ['between', 'from'],
  rangeJoiners: ['and', 'to', '-', '–'],
};
