/**
 * trigram-language.ts answers exactly what franc-min's `franc` answers (it reads
 * the same profiles, by a scan or through an inverted index; both are checked): compared on every fixture and
 * corpus text (whole, its first 500 characters as detectLanguage samples them,
 * and slices), on texts of other languages and scripts, on edge cases (empty,
 * digits only, one script letter), with each option detectLanguage uses, and on
 * random strings (fast-check).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { franc } from 'franc-min';
import { guessLanguage3, type TrigramOptions } from '../../src/text/trigram-language.js';

const OPTIONS: TrigramOptions[] = [{}, { minLength: 40 }, { only: ['eng', 'fra'], minLength: 1 }, { ignore: ['eng', 'sco'] }, { only: ['rus', 'ukr'] }];

function same(text: string): void {
  for (const options of OPTIONS) {
    const expected = franc(text, { ...options, only: options.only ? [...options.only] : undefined, ignore: options.ignore ? [...options.ignore] : undefined });
    for (const method of [undefined, 'scan', 'index'] as const) {
      if (guessLanguage3(text, options, method) !== expected) {
        throw new Error(`${method ?? 'default'} differs from franc (${expected}) with ${JSON.stringify(options)} on ${JSON.stringify(text.slice(0, 80))}`);
      }
    }
  }
}

/** The .txt files of `dir` and of its subfolders (one level), or none when it is absent. */
function texts(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      for (const f of readdirSync(p)) if (f.endsWith('.txt')) out.push(readFileSync(join(p, f), 'utf8'));
    } else if (e.name.endsWith('.txt')) out.push(readFileSync(p, 'utf8'));
  }
  return out;
}

describe('guessLanguage3 equals franc-min', () => {
  it('on every tune, seed and corpus text: whole, sampled, sliced and cut short', () => {
    const all = [...texts('fixtures/gold/tune'), ...texts('fixtures/articles'), ...texts('../shared/corpus'), ...texts('../shared/gold/dev')];
    expect(all.length).toBeGreaterThan(100);
    for (const text of all) {
      same(text);
      same(text.slice(0, 500));
      for (let at = 0; at < text.length; at += 1500) same(text.slice(at, at + 500));
      for (const n of [1, 5, 12, 30, 45, 80, 150]) same(text.slice(0, n));
    }
  });

  it.each([
    ['German', 'Die Bundesregierung hat am Montag beschlossen, die Förderung für Elektroautos zu verlängern, sagte ein Sprecher in Berlin.'],
    ['Spanish', 'El Gobierno aprobó el lunes un nuevo plan de vivienda que prevé construir cien mil pisos en los próximos cinco años.'],
    ['Italian', 'Il governo ha approvato lunedì un decreto che prevede nuovi fondi per le scuole e per gli ospedali del sud.'],
    ['Portuguese', 'O governo aprovou na segunda-feira um novo plano de habitação que prevê a construção de cem mil casas.'],
    ['Vietnamese', 'Chính phủ Việt Nam đã công bố kế hoạch mới nhằm thúc đẩy tăng trưởng kinh tế trong năm tới.'],
    ['Turkish', 'İstanbul Büyükşehir Belediyesi pazartesi günü yeni bir ulaşım planı açıkladı; ışıklı yollar genişletilecek.'],
    ['Russian', 'Правительство России в понедельник одобрило новый план строительства жилья на ближайшие пять лет.'],
    ['Ukrainian', 'Уряд України в понеділок схвалив новий план будівництва житла на найближчі п’ять років.'],
    ['Greek', 'Η κυβέρνηση ενέκρινε τη Δευτέρα ένα νέο σχέδιο για την κατασκευή κατοικιών τα επόμενα πέντε χρόνια.'],
    ['Chinese', '北京市政府周一宣布，从下个月起，所有新建住宅都必须安装太阳能电池板。这项政策旨在减少城市的碳排放。'],
    ['Arabic', 'أعلنت الحكومة يوم الاثنين عن خطة جديدة لبناء المساكن خلال السنوات الخمس المقبلة في جميع أنحاء البلاد.'],
    ['Hindi', 'सरकार ने सोमवार को अगले पांच वर्षों में आवास निर्माण के लिए एक नई योजना की घोषणा की।'],
    ['mixed scripts', 'Moscow (Москва) said on Monday — в понедельник — that talks would go on. 北京 agreed.'],
    ['digits only', '2024 12 31 1 000 000 42 % 3.14'],
    ['punctuation only', '!!! ??? ... --- *** ((( )))'],
    ['empty', ''],
    ['spaces', '     \n\t   '],
    ['one letter', 'a'],
    ['repeated trigram', 'aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa aaa'],
  ])('%s', (_label, text) => {
    same(text);
    same(text + ' ' + text + ' ' + text);
  });

  it('on random strings of Latin, Cyrillic and accented letters, digits and spaces', () => {
    const char = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz     éèàçôüöñß.,;:!?0123456789абвгдежзийклмнопрстуфхцчшщыэюяİıαβγδεζ\n'.split(''));
    fc.assert(fc.property(fc.array(char, { maxLength: 600 }), (chars) => {
      same(chars.join(''));
    }), { numRuns: 400 });
  });
});
