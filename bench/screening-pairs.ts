/**
 * Labelled name pairs of the kinds the first matcher got wrong (issue 15), written for idflow's evaluation:
 * company legal forms across languages and distinguishing words, numbers and acronyms, spelling variants
 * (look-alike digits, doubled letters, titles for given names, hyphenated initials, nicknames), East Asian
 * romanisation and one-syllable differences, surname endings, and swaps of two given names.
 * `label` 1: the same party; 0: different ones. `strict`: judged at the strong-match score, not the threshold.
 */
import type { ListEntityType } from '../src/screening/types.js';

export interface LabelledPair {
  kind: 'legal-form' | 'numbers' | 'spelling' | 'east-asian' | 'surname-ending' | 'swap';
  a: string;
  b: string;
  label: 0 | 1;
  type?: ListEntityType;
  strict?: boolean;
}

const COMPANY_BASES = [
  'Northern Steel Trading', 'Rosneft Oil', 'Alpha Marine Services', 'Kaspian Logistics', 'Zenith Petrochemical', 'Baltic Grain Export',
  'Orion Shipping', 'Meridian Minerals', 'Sahara Cement', 'Tigris Engineering', 'Vostok Aviation', 'Pacific Timber',
];
/** Long legal form ↔ its abbreviation, in the languages lists use. */
const LEGAL_FORMS: Array<[string, string]> = [
  ['Aktiengesellschaft', 'AG'], ['Gesellschaft mit beschränkter Haftung', 'GmbH'], ['Limited', 'Ltd'], ['Limited Liability Company', 'LLC'],
  ['Incorporated', 'Inc.'], ['Corporation', 'Corp.'], ['Public Limited Company', 'PLC'], ['Spółka z ograniczoną odpowiedzialnością', 'Sp. z o.o.'],
  ['Société Anonyme', 'S.A.'], ['Société à responsabilité limitée', 'SARL'], ['Società per Azioni', 'S.p.A.'], ['Naamloze Vennootschap', 'N.V.'],
  ['Besloten Vennootschap', 'B.V.'], ['Obshchestvo s Ogranichennoy Otvetstvennostyu', 'OOO'], ['Otkrytoe Aktsionernoe Obshchestvo', 'OAO'],
  ['Aktiebolag', 'AB'], ['Sociedad Limitada', 'S.L.'], ['Joint Stock Company', 'JSC'], ['Private Limited', 'Pvt. Ltd.'], ['Company Limited', 'Co., Ltd.'],
  ['Kabushiki Kaisha', 'K.K.'], ['Sociedade Anônima', 'S/A'],
];
/** A distinguishing word and one a letter or two away that names another business. */
const NEAR_WORDS: Array<[string, string]> = [
  ['Steel', 'Steam'], ['Mining', 'Minting'], ['Grain', 'Brain'], ['Cement', 'Comet'], ['Logistics', 'Linguistics'], ['Timber', 'Tinder'],
  ['Copper', 'Cooper'], ['Silver', 'Sliver'], ['Marine', 'Martine'], ['Textile', 'Tactile'], ['Cotton', 'Carton'], ['Coal', 'Coral'],
];
const NEAR_TEMPLATES = ['Northern {} Trading', '{} Holdings Ltd', 'Baltic {} Company', 'United {} Works LLC'];

function legalForms(): LabelledPair[] {
  const out: LabelledPair[] = [];
  COMPANY_BASES.forEach((base, i) => {
    for (let k = 0; k < 6; k++) {
      const [long, short] = LEGAL_FORMS[(i * 5 + k * 7) % LEGAL_FORMS.length];
      out.push({ kind: 'legal-form', a: `${base} ${long}`, b: `${base} ${short}`, label: 1, type: 'organization' });
    }
    // The same name with two different legal forms: weak evidence either way, still the name of one company.
    out.push({ kind: 'legal-form', a: `${base} GmbH`, b: `${base} Limited`, label: 1, type: 'organization' });
    // A different company with the same legal form.
    const other = COMPANY_BASES[(i + 5) % COMPANY_BASES.length];
    out.push({ kind: 'legal-form', a: `${base} LLC`, b: `${other} LLC`, label: 0, type: 'organization' });
  });
  for (const [w, near] of NEAR_WORDS) {
    for (const t of NEAR_TEMPLATES) out.push({ kind: 'legal-form', a: t.replace('{}', w), b: t.replace('{}', near), label: 0, type: 'organization' });
  }
  return out;
}

const UNITS = ['Unit', 'Brigade', 'Regiment', 'Battalion', 'Division', 'Squadron'];
const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const cap = (s: string) => s.replace(/(^|[ -])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());

/** 731 → "seven thirty-one" (as unit numbers are said), 45 → "forty-five". */
function spoken(n: number): string {
  const two = (x: number) => (x < 20 ? ONES[x] : `${TENS[Math.floor(x / 10)]}${x % 10 ? `-${ONES[x % 10]}` : ''}`);
  if (n < 100) return two(n);
  return `${ONES[Math.floor(n / 100)]} ${n % 100 < 10 ? `oh ${ONES[n % 100]}` : two(n % 100)}`;
}
const ordinalSuffix = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

const ACRONYMS: Array<[string, string]> = [
  ['IRGC', 'Islamic Revolutionary Guard Corps'], ['ISIL', 'Islamic State of Iraq and the Levant'], ['LTTE', 'Liberation Tigers of Tamil Eelam'],
  ['FARC', 'Fuerzas Armadas Revolucionarias de Colombia'], ['PKK', 'Partiya Karkeren Kurdistane'], ['HTS', "Hay'at Tahrir al-Sham"],
  ['AQAP', 'Al-Qaida in the Arabian Peninsula'], ['KPA', "Korean People's Army"], ['RGB', 'Reconnaissance General Bureau'],
  ['NIOC', 'National Iranian Oil Company'], ['IRISL', 'Islamic Republic of Iran Shipping Lines'], ['VTB', 'Vneshtorgbank'],
  ['CBI', 'Central Bank of Iran'], ['TTP', 'Tehrik-e Taliban Pakistan'], ['JeM', 'Jaish-e-Mohammed'], ['LeT', 'Lashkar-e-Tayyiba'],
];

function numbers(): LabelledPair[] {
  const out: LabelledPair[] = [];
  const values = [7, 12, 15, 21, 33, 45, 58, 64, 77, 89, 101, 313, 451, 731, 864, 910];
  values.forEach((n, i) => {
    const unit = UNITS[i % UNITS.length];
    out.push({ kind: 'numbers', a: `${unit} ${n}`, b: `${unit} ${cap(spoken(n))}`, label: 1, type: 'organization' });
    const other = n === 7 ? 8 : n % 10 === 0 ? n + 1 : Number(String(n).split('').reverse().join('')) === n ? n + 1 : Number(String(n).split('').reverse().join(''));
    out.push({ kind: 'numbers', a: `${unit} ${n}`, b: `${unit} ${other}`, label: 0, type: 'organization' });
    out.push({ kind: 'numbers', a: `${unit} ${n}`, b: `${unit} ${cap(spoken(other))}`, label: 0, type: 'organization' });
  });
  for (let n = 1; n <= 12; n++) {
    const unit = UNITS[n % UNITS.length];
    out.push({ kind: 'numbers', a: `${ordinalSuffix(n)} ${unit}`, b: `${cap(ORDINALS[n])} ${unit}`, label: 1, type: 'organization' });
    const m = n === 12 ? 11 : n + 1;
    out.push({ kind: 'numbers', a: `${ordinalSuffix(n)} ${unit}`, b: `${cap(ORDINALS[m])} ${unit}`, label: 0, type: 'organization' });
    out.push({ kind: 'numbers', a: `${ordinalSuffix(n)} ${unit}`, b: `${ordinalSuffix(m)} ${unit}`, label: 0, type: 'organization' });
  }
  ACRONYMS.forEach(([short, long], i) => {
    out.push({ kind: 'numbers', a: short, b: long, label: 1, type: 'organization' });
    out.push({ kind: 'numbers', a: short, b: ACRONYMS[(i + 3) % ACRONYMS.length][1], label: 0, type: 'organization' });
  });
  return out;
}

const PEOPLE = [
  'Ramzan Kadyrov', 'Sergei Shoigu', 'Igor Sechin', 'Alisher Usmanov', 'Viktor Vekselberg', 'Oleg Deripaska', 'Gennady Timchenko', 'Arkady Rotenberg',
  'Mohammed Salem', 'Hassan Nasrallah', 'Ali Khamenei', 'Bashar Assad', 'Khalifa Haftar', 'Yevgeny Prigozhin', 'Dmitry Medvedev', 'Nikolai Patrushev',
  'Roman Abramovich', 'Mikhail Fridman', 'Petr Aven', 'Andrei Melnichenko',
];
const LOOK_ALIKE: Record<string, string> = { o: '0', i: '1', l: '1', e: '3', s: '5', a: '4', b: '8' };
const TITLES = ['General', 'Colonel', 'Sheikh', 'President', 'Dr.', 'Minister', 'Commander', 'Emir'];
const HYPHENATED: Array<[string, string]> = [['Jean-Pierre', 'J-P'], ['Anne-Marie', 'A-M'], ['Karl-Heinz', 'K-H'], ['Hans-Peter', 'H-P'], ['Jean-Claude', 'J.-C.'], ['Marie-Louise', 'M-L']];
const HYPHEN_SURNAMES = ['Dupont', 'Bemba', 'Lefebvre', 'Schneider', 'Moreau', 'Wagner'];
const NICKNAMES: Array<[string, string]> = [
  ['Vladimir', 'Vova'], ['Alexander', 'Sasha'], ['Richard', 'Dick'], ['William', 'Bill'], ['Robert', 'Bob'], ['Mikhail', 'Misha'], ['Nikolai', 'Kolya'],
  ['Dmitry', 'Dima'], ['Pavel', 'Pasha'], ['Aleksei', 'Lyosha'], ['Evgeny', 'Zhenya'], ['Margaret', 'Peggy'], ['James', 'Jim'], ['Charles', 'Chuck'],
  ['Edward', 'Ted'], ['Henry', 'Hank'], ['Anthony', 'Tony'], ['Ekaterina', 'Katya'], ['Anastasia', 'Nastya'], ['Yuri', 'Yura'],
];
const NICK_SURNAMES = ['Petrov', 'Morozov', 'Volkov', 'Sokolov', 'Lebedev', 'Kozlov', 'Novikov', 'Popov', 'Orlov', 'Zaitsev'];

function spelling(): LabelledPair[] {
  const out: LabelledPair[] = [];
  PEOPLE.forEach((name, i) => {
    const [given, family] = name.split(' ');
    // One look-alike digit inside the family name.
    const at = [...family].findIndex((c, k) => k > 0 && LOOK_ALIKE[c]);
    if (at > 0) out.push({ kind: 'spelling', a: name, b: `${given} ${family.slice(0, at)}${LOOK_ALIKE[family[at]]}${family.slice(at + 1)}`, label: 1, type: 'person' });
    // A doubled (or undoubled) consonant.
    const dbl = family.replace(/([bcdfgklmnprstvz])(?!\1)/i, '$1$1');
    out.push({ kind: 'spelling', a: name, b: `${given} ${dbl}`, label: 1, type: 'person' });
    // A title in place of the given name.
    out.push({ kind: 'spelling', a: name, b: `${TITLES[i % TITLES.length]} ${family}`, label: 1, type: 'person' });
    // Another person: same given name, another family name.
    out.push({ kind: 'spelling', a: name, b: `${given} ${PEOPLE[(i + 7) % PEOPLE.length].split(' ')[1]}`, label: 0, type: 'person' });
  });
  HYPHENATED.forEach(([full, initials], i) => {
    for (let k = 0; k < 3; k++) {
      const family = HYPHEN_SURNAMES[(i + k) % HYPHEN_SURNAMES.length];
      out.push({ kind: 'spelling', a: `${full} ${family}`, b: `${initials} ${family}`, label: 1, type: 'person' });
    }
    const [other] = HYPHENATED[(i + 1) % HYPHENATED.length];
    out.push({ kind: 'spelling', a: `${full} ${HYPHEN_SURNAMES[i]}`, b: `${other} ${HYPHEN_SURNAMES[i]}`, label: 0, type: 'person' });
  });
  NICKNAMES.forEach(([full, nick], i) => {
    const family = NICK_SURNAMES[i % NICK_SURNAMES.length];
    out.push({ kind: 'spelling', a: `${full} ${family}`, b: `${nick} ${family}`, label: 1, type: 'person' });
    out.push({ kind: 'spelling', a: `${full} ${family}`, b: `${NICKNAMES[(i + 5) % NICKNAMES.length][1]} ${family}`, label: 0, type: 'person' });
  });
  return out;
}

/** Pinyin ↔ Wade-Giles (and other) spellings of one Chinese name. */
const CHINESE: Array<[string, string]> = [
  ['Zhou Enlai', 'Chou En-lai'], ['Zhou Yongkang', 'Jou Yong Kang'], ['Zhang Wei', 'Chang Wei'], ['Xu Qiliang', 'Hsu Chi-liang'],
  ['Qian Xuesen', 'Chien Hsueh-sen'], ['Cai Qi', 'Tsai Chi'], ['Guo Boxiong', 'Kuo Po-hsiung'], ['Jiang Zemin', 'Chiang Tse-min'],
  ['Zheng He', 'Cheng Ho'], ['Xi Jinping', 'Hsi Chin-ping'], ['Deng Xiaoping', 'Teng Hsiao-ping'], ['Li Peng', 'Lee Peng'],
  ['Wang Yi', 'Wong Yi'], ['Chen Quanguo', 'Chen Chuan-kuo'], ['Zhao Leji', 'Chao Le-chi'], ['Liu He', 'Liu Ho'],
];
/** Two people whose names differ by one character or syllable. */
const ONE_SYLLABLE: Array<[string, string]> = [
  ['习近平', '习近安'], ['李克强', '李克明'], ['王毅', '王岐'], ['张德江', '张德林'], ['김정은', '김정일'], ['김여정', '김여진'], ['최룡해', '최룡수'],
  ['박근혜', '박근영'], ['Kim Jong Un', 'Kim Jong Il'], ['Kim Yo Jong', 'Kim Yo Jin'], ['Xi Jinping', 'Xi Jinan'], ['Li Keqiang', 'Li Keming'],
  ['Wang Qishan', 'Wang Qisheng'], ['Zhang Dejiang', 'Zhang Delin'], ['Choe Ryong Hae', 'Choe Ryong Su'], ['Pak Pong Ju', 'Pak Pong Su'],
];
/** The same names in characters and their romanisation, as positive controls. */
const SCRIPT_SAME: Array<[string, string]> = [['习近平', 'Xi Jinping'], ['李克强', 'Li Keqiang'], ['김정은', 'Kim Jong Un'], ['김여정', 'Kim Yo Jong'], ['최룡해', 'Choe Ryong Hae'], ['王毅', 'Wang Yi']];

function eastAsian(): LabelledPair[] {
  const out: LabelledPair[] = [];
  for (const [a, b] of CHINESE) out.push({ kind: 'east-asian', a, b, label: 1, type: 'person' });
  for (const [a, b] of SCRIPT_SAME) out.push({ kind: 'east-asian', a, b, label: 1, type: 'person' });
  for (const [a, b] of ONE_SYLLABLE) out.push({ kind: 'east-asian', a, b, label: 0, type: 'person' });
  return out;
}

const ENDINGS: Array<[string, string]> = [
  ['Shevchenko', 'Shevchuk'], ['Kovalenko', 'Kovalchuk'], ['Bondarenko', 'Bondarchuk'], ['Tkachenko', 'Tkachuk'], ['Marchenko', 'Marchuk'],
  ['Savchenko', 'Savchuk'], ['Kravchenko', 'Kravchuk'], ['Melnichenko', 'Melnik'], ['Petrenko', 'Petrov'], ['Ivanenko', 'Ivanov'],
  ['Pavlenko', 'Pavlyuk'], ['Romanenko', 'Romanov'], ['Lysenko', 'Lysyuk'], ['Boyko', 'Boychuk'], ['Levchenko', 'Levchuk'],
];
const ENDING_GIVEN = ['Andriy', 'Oleksandr', 'Taras', 'Mykola', 'Yulia', 'Olena'];

function surnameEndings(): LabelledPair[] {
  const out: LabelledPair[] = [];
  ENDINGS.forEach(([a, b], i) => {
    const given = ENDING_GIVEN[i % ENDING_GIVEN.length];
    out.push({ kind: 'surname-ending', a: `${given} ${a}`, b: `${given} ${b}`, label: 0, type: 'person' });
    // Controls: the same surname transliterated another way.
    out.push({ kind: 'surname-ending', a: `${given} ${a}`, b: `${given} ${a.replace(/ko$/, 'ko').replace(/^(\w)/, '$1').replace(/ch/, 'tch')}`, label: 1, type: 'person' });
  });
  return out;
}

const COMMON_GIVEN = ['Thomas', 'Paul', 'James', 'Henry', 'George', 'Martin', 'Allen', 'Scott', 'Howard', 'Arthur', 'Francis', 'Douglas', 'Lewis', 'Mitchell'];
const FAMILY_ONLY = ['Okonkwo', 'Kowalczyk', 'Nakamura', 'Schwarzenegger', 'Papadopoulos', 'Haddad', 'Fernandes'];

function swaps(): LabelledPair[] {
  const out: LabelledPair[] = [];
  for (let i = 0; i < COMMON_GIVEN.length; i++) {
    for (const j of [i + 1, i + 4]) {
      const a = COMMON_GIVEN[i];
      const b = COMMON_GIVEN[j % COMMON_GIVEN.length];
      out.push({ kind: 'swap', a: `${a} ${b}`, b: `${b} ${a}`, label: 0, type: 'person', strict: true });
    }
  }
  // Controls: a swap of a given name and a family name is the same person, as before.
  FAMILY_ONLY.forEach((family, i) => {
    const given = COMMON_GIVEN[i * 2];
    out.push({ kind: 'swap', a: `${given} ${family}`, b: `${family} ${given}`, label: 1, type: 'person' });
    out.push({ kind: 'swap', a: `${given} ${family}`, b: `${family.toUpperCase()}, ${given}`, label: 1, type: 'person' });
  });
  return out;
}

export function labelledPairs(): LabelledPair[] {
  return [...legalForms(), ...numbers(), ...spelling(), ...eastAsian(), ...surnameEndings(), ...swaps()];
}
