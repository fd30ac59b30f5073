/**
 * Well-known products of news stories: AI models and apps, devices,
 * software, vehicles and aircraft, weapons, drugs. Grouped per product.
 *
 * @module
 */
import type { GazetteerEntry } from './types.js';
import { DIGIT, LETTER, LOWER } from '../../text/char-classes.js';

const p = (...names: string[]): GazetteerEntry => ({ names, kind: 'product' });

/** Known products. */
export const PRODUCTS: readonly GazetteerEntry[] = [
  p('ChatGPT'), p('GPT-4', 'GPT-4o'), p('GPT-5'), p('Claude'), p('Gemini'), p('Copilot'), p('Llama'), p('Grok'), p('Sora'),
  p('Midjourney'), p('DALL-E'), p('Siri'), p('Alexa'), p('Bard'), p('Le Chat'),
  p('iPhone'), p('iPad'), p('Mac', 'MacBook'), p('Apple Watch'), p('Vision Pro'), p('Pixel'), p('Galaxy'), p('Android'),
  p('iOS'), p('Windows'), p('Linux'), p('Office'), p('Excel'), p('Outlook'), p('Teams'), p('Azure'), p('AWS', 'Amazon Web Services'),
  p('App Store'), p('Google Play', 'Play Store'), p('YouTube'), p('Instagram'), p('WhatsApp'), p('Messenger'), p('Telegram'),
  p('Signal'), p('Threads'), p('Gmail'),
  // web browsers: "Microsoft's Internet Explorer", "Mozilla Firefox 1.0", « le navigateur Google Chrome »
  p('Chrome', 'Google Chrome'), p('Firefox', 'Mozilla Firefox'), p('Safari'), p('Internet Explorer'), p('Microsoft Edge'),
  p('Netscape Navigator'), p('Bing'), p('PlayStation'), p('Xbox'),
  // space stations and telescopes: "the ISS", « la station spatiale internationale », "the Hubble Space Telescope"
  p('International Space Station', 'ISS', 'Station spatiale internationale'), p('Hubble', 'Hubble Space Telescope',
    'télescope spatial Hubble'),
  p('Switch'), p('Kindle'), p('Starlink'), p('Model 3'), p('Model Y'), p('Cybertruck'),
  p('Boeing 737', '737 MAX', 'Boeing 737 MAX'), p('Boeing 767', '767'), p('Boeing 787', 'Dreamliner'), p('Boeing 777'),
  p('Airbus A320', 'A320'), p('Airbus A350', 'A350'), p('Airbus A380', 'A380'), p('KC-46', 'KC-767'), p('F-35'), p('F-16'),
  p('Rafale'), p('SAMP/T'), p('Eurofighter Typhoon'), p('Gripen'), p('Iron Dome'), p('Storm Shadow'), p('Mirage'), p('Patriot'), p('Tomahawk'), p('HIMARS'), p('Leopard'), p('Abrams'), p('Bayraktar'),
  p('Ozempic'), p('Wegovy'), p('Viagra'), p('Doliprane'), p('Comirnaty'), p('Spikevax'),
  // video games and game services, by the names of the publishers' own pages: "Call of Duty heads to Game Pass",
  // "a Counter-Strike 2 update", « le jeu Fortnite » (ruleId actors/gazetteer)
  p('Call of Duty'), p('Fortnite'), p('Minecraft'), p('Counter-Strike', 'Counter-Strike 2', 'CS2'), p('Grand Theft Auto', 'GTA'),
  p('League of Legends'), p('World of Warcraft'), p('Valorant'), p('Overwatch'), p('Elden Ring'), p('Pokémon Go', 'Pokemon Go'),
  p('Candy Crush', 'Candy Crush Saga'), p('Game Pass', 'Xbox Game Pass'), p('Steam Deck'), p('PlayStation 5', 'PS5'),
  p('Switch 2', 'Nintendo Switch 2'), p('Xbox Series X'),
];

/**
 * Active substances of pesticides and their usual stems (ISO 1750 common names, the same in English and French news),
 * written in lower case: "glyphosate", "chlorothalonil", "chlorpyrifos", « le clorpyrifos-méthyl », "tebuconazole",
 * "imidacloprid", « la deltaméthrine ». A product the article talks about even without a capital (ruleId
 * actors/substance). Linear: one alternation of literals, a bounded letter run, no nested quantifier.
 */
export const SUBSTANCE_PATTERN = new RegExp(`(?<![${LETTER}${DIGIT}-])(?:glyphosate|atrazine|paraquat|dicamba|mancozeb|chlord[ée]cone|[${LOWER}]{2,16}(?:pyrifos|thalonil|conazole|clopride?|m[ée]thrine?|thoxame?|nicotino[iï]des?)` +
  // drugs' international non-proprietary names (INN stems, EN and FR spellings): "chloroquine", « l'hydroxychloroquine »,
  // « l'ibuprofène », "ibuprofen", « le paracétamol », "azithromycin", "remdesivir", « l'ivermectine », "dexamethasone"
  // (ruleId actors/substance-drug)
  `|parac[ée]tamol|[${LOWER}]{0,16}(?:chloroquine|ibuprof[èe]ne|ibuprofen|thromycine?|desivir|mectine?|m[ée]thasone))(?:-m[ée]thyl)?(?![${LETTER}${DIGIT}-])`, 'gu');
