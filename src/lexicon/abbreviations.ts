/**
 * Abbreviations that end in a full stop without ending a sentence, lower
 * case, without the final period. Compiled from English and French
 * typographic usage (titles, honorifics, company suffixes, months, common
 * Latin abbreviations); single capital letters (initials, "M.") are handled
 * by rule, not listed.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // English titles and honorifics — "Dr. Smith", "Sen. McCain"
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl',
  'pres', 'supt', 'rev', 'hon', 'fr', 'st', 'jr', 'sr', 'asst', 'dept', 'atty', 'insp', 'messrs', 'mt', 'ft',
  // company and address forms — "Kmart Corp. announced"
  'corp', 'inc', 'co', 'ltd', 'plc', 'bros', 'assn', 'ave', 'blvd', 'rd', 'no', 'nos', 'vol', 'pp', 'ch', 'fig', 'approx',
  // (not "est": the French verb and noun end sentences — « dans les pays de l'est. Pour le procureur… »)
  'vs', 'etc', 'cf', 'al', 'e.g', 'i.e', 'ca', 'viz',
  // months — "Nov. 24"
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // French — "Mme. Dupont", "p. ex.", "av. J.-C."
  'mme', 'mlle', 'mmes', 'mm', 'me', 'mgr', 'pr', 'ste', 'cie', 'éd', 'env', 'av', 'apr', 'janv', 'févr', 'avr', 'juil',
  'déc', 'boul', 'tél', 'ex', 'cf', 'art', 'chap', 'réf', 'vol', 'min', 'max',
]);
