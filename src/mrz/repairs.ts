import { characterValue, isMrzCharacter } from './check-digit.js';
import { MrzReader, type Slot, type Span } from './reader.js';
import type { MrzRepair } from './types.js';

/** Characters OCR confuses with one another, both ways. */
const CONFUSIONS: Readonly<Record<string, string>> = {
  O: '0', '0': 'O',
  I: '1', '1': 'I',
  B: '8', '8': 'B',
  S: '5', '5': 'S',
  Z: '2', '2': 'Z',
  G: '6', '6': 'G',
};

/** Stand-ins for the filler that OCR often produces. */
const FILLER_LOOKALIKES = new Set(['«', '‹', '≪', '⟨']);

const isDigit = (c: string) => c >= '0' && c <= '9';

function slotAt(slots: readonly Slot[], line: number, pos: number): Slot | undefined {
  let found: Slot | undefined;
  for (const slot of slots) {
    if (slot.line === line && pos >= slot.start && pos < slot.end) {
      if (slot.end - slot.start > 1) return slot;
      found = slot;
    }
  }
  return found;
}

function replaceAt(lines: readonly string[], line: number, pos: number, to: string): string[] {
  const copy = [...lines];
  copy[line] = copy[line].slice(0, pos) + to + copy[line].slice(pos + 1);
  return copy;
}

const WEIGHTS = [7, 3, 1];

/** The weight of (line, pos) in a check's protected text, or 0 when the check does not cover it. */
function weightAt(spans: readonly Span[], line: number, pos: number): number {
  let offset = 0;
  for (const [l, start, end] of spans) {
    if (l === line && pos >= start && pos < end) return WEIGHTS[(offset + pos - start) % 3];
    offset += end - start;
  }
  return 0;
}

/**
 * Single-character OCR repairs that make failing check digits pass without breaking any other check.
 * A change of one character moves every check digit that covers it by weight × (new value − old value),
 * so each candidate is tried arithmetically; nothing is re-read and nothing is applied.
 */
export function suggestCheckDigitRepairs(base: MrzReader): MrzRepair[] {
  const { checks, checkSpans, lines } = base;
  const positions = new Map<number, [number, number]>();
  checks.forEach((check, i) => {
    if (check.valid || check.expected === null) return;
    positions.set((check.line - 1) * 100 + check.start, [check.line - 1, check.start]);
    for (const [line, start, end] of checkSpans[i]) {
      for (let pos = start; pos < end; pos++) positions.set(line * 100 + pos, [line, pos]);
    }
  });
  const repairs: MrzRepair[] = [];
  for (const [line, pos] of positions.values()) {
    const from = lines[line][pos];
    const to = CONFUSIONS[from];
    if (to === undefined) continue;
    const slot = slotAt(base.slots, line, pos);
    if (slot?.kind === 'numeric' && !isDigit(to)) continue;
    const delta = characterValue(to.charCodeAt(0)) - characterValue(from.charCodeAt(0));
    const fixes: string[] = [];
    let broken = false;
    checks.forEach((check, i) => {
      if (check.expected === null) return;
      const weight = weightAt(checkSpans[i], line, pos);
      const isDigitPosition = check.line - 1 === line && check.start === pos;
      if (weight === 0 && !isDigitPosition) return;
      const expected = String((((Number(check.expected) + weight * delta) % 10) + 10) % 10);
      const found = isDigitPosition ? to : check.found;
      const valid = found === expected;
      if (check.valid && !valid) broken = true;
      if (!check.valid && valid) fixes.push(check.field);
    });
    if (!broken && fixes.length > 0) repairs.push({ line: line + 1, position: pos, from, to, field: slot?.field ?? 'unknown', fixes });
  }
  return repairs;
}

/** Likely intended characters for one character outside the MRZ set. */
export function invalidCharacterCandidates(char: string, slot: Slot | undefined): string[] {
  if (FILLER_LOOKALIKES.has(char)) return ['<'];
  const upper = char.toUpperCase();
  if (upper === char || !isMrzCharacter(upper)) return [];
  const lookalike = CONFUSIONS[upper];
  if (slot?.kind === 'numeric') return lookalike && isDigit(lookalike) ? [lookalike] : isDigit(upper) ? [upper] : [];
  return lookalike ? [upper, lookalike] : [upper];
}

/**
 * Repairs for characters outside the MRZ set. Each candidate is tried with every other invalid character
 * replaced by its first candidate; `fixes` names the checks that become computable and pass.
 */
export function suggestCharacterRepairs(base: MrzReader, read: (r: MrzReader) => void, invalid: ReadonlyArray<[number, number]>): Map<string, MrzRepair[]> {
  const candidates = invalid.map(([line, pos]) => invalidCharacterCandidates(base.lines[line][pos], slotAt(base.slots, line, pos)));
  let patched = [...base.lines];
  invalid.forEach(([line, pos], i) => {
    if (candidates[i].length > 0) patched = replaceAt(patched, line, pos, candidates[i][0]);
  });
  const result = new Map<string, MrzRepair[]>();
  invalid.forEach(([line, pos], i) => {
    const slot = slotAt(base.slots, line, pos);
    const repairs = candidates[i].map((to) => {
      const r = new MrzReader(replaceAt(patched, line, pos, to), base.reference);
      read(r);
      const fixes = r.checks
        .filter((check, k) => check.valid && (weightAt(r.checkSpans[k], line, pos) > 0 || (check.line - 1 === line && check.start === pos)))
        .map((check) => check.field);
      return { line: line + 1, position: pos, from: base.lines[line][pos], to, field: slot?.field ?? 'unknown', fixes };
    });
    result.set(`${line}:${pos}`, repairs);
  });
  return result;
}
