/**
 * Company legal forms written out in full, in folded form, each the phrase an abbreviation in LEGAL_FORMS stands
 * for (Aktiengesellschaft = AG, Spółka z ograniczoną odpowiedzialnością = Sp. z o.o.). Dropped from non-person
 * names like the abbreviations, so the long and the short form compare equal.
 */
const PHRASES: readonly string[] = [
  'gesellschaft mit beschrankter haftung', 'aktiengesellschaft', 'kommanditgesellschaft', 'offene handelsgesellschaft',
  'spolka z ograniczona odpowiedzialnoscia', 'sp z o o', 'sp z oo', 'spolka akcyjna',
  'societe anonyme', 'societe a responsabilite limitee', 'societe par actions simplifiee', 'societa per azioni', 'societa a responsabilita limitata',
  'sociedad anonima', 'sociedad limitada', 'sociedad de responsabilidad limitada', 'sociedade anonima', 'sociedade limitada',
  'naamloze vennootschap', 'besloten vennootschap', 'aktiebolag', 'aksjeselskap', 'anpartsselskab', 'osakeyhtio',
  'obshchestvo s ogranichennoy otvetstvennostyu', 'obshchestvo s ogranichennoi otvetstvennostiu', 'otkrytoe aktsionernoe obshchestvo',
  'zakrytoe aktsionernoe obshchestvo', 'publichnoe aktsionernoe obshchestvo', 'aktsionernoe obshchestvo',
  'limited liability company', 'limited liability partnership', 'public limited company', 'public joint stock company',
  'open joint stock company', 'closed joint stock company', 'joint stock company', 'private limited company', 'private limited',
  'company limited', 'co ltd', 'kabushiki kaisha', 'yugen kaisha', 'perseroan terbatas', 'sendirian berhad', 'berhad',
  'free zone establishment', 'free zone company', 'with limited liability', 's a', 's l', 'b v', 'n v',
];

const SPLIT = PHRASES.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

/** Words that occur only in legal forms (liability, obshchestvo, vennootschap): dropped wherever they stand, so that a legal form written in another order still drops. */
const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set([
  'liability', 'aktsionernoe', 'obshchestvo', 'otvetstvennostyu', 'otvetstvennostiu', 'ogranichennoy', 'ogranichennoi', 'zakrytoe', 'otkrytoe',
  'publichnoe', 'gesellschaft', 'beschrankter', 'haftung', 'vennootschap', 'naamloze', 'besloten', 'anonima', 'anonyme', 'responsabilite',
  'responsabilita', 'responsabilidad', 'limitee', 'limitada', 'limitata', 'azioni', 'spolka', 'ograniczona', 'odpowiedzialnoscia', 'kabushiki',
  'kaisha', 'perseroan', 'terbatas', 'sendirian', 'aktiengesellschaft', 'aktiebolag', 'aksjeselskap', 'anpartsselskab', 'osakeyhtio',
]);

/** `words` without any written-out legal form (longest phrases first); the words themselves when nothing else would remain. */
export function dropLegalFormPhrases(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const phrase = SPLIT.find((p) => p.length > 1 || p[0]!.length > 6 ? p.every((w, k) => words[i + k] === w) : false);
    if (phrase && (i > 0 || phrase.length < words.length)) {
      i += phrase.length;
      continue;
    }
    out.push(words[i]!);
    i++;
  }
  const kept = out.filter((w) => !LEGAL_FORM_WORDS.has(w));
  return kept.length > 0 ? kept : out.length > 0 ? out : [...words];
}
