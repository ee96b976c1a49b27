import { ExpressionError } from './expression-error.js';

export type TokenKind = 'number' | 'string' | 'name' | 'operator' | 'end';

export interface Token {
  kind: TokenKind;
  /** The operator or name as written; for strings the decoded value. */
  text: string;
  /** Numeric value of a number token. */
  value?: number;
  position: number;
}

const TWO_CHAR_OPERATORS = new Set(['==', '!=', '<=', '>=', '&&', '||']);
const ONE_CHAR_OPERATORS = new Set(['<', '>', '!', '(', ')', '[', ']', ',', '.', '-']);
const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', "'": "'", n: '\n', t: '\t', r: '\r' };

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isNameStart = (c: string | undefined) => c !== undefined && /[A-Za-z_$]/.test(c);
const isNamePart = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_$]/.test(c);

/** Splits an expression into tokens; the last token is always `end`. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      // After a '.', a number is a path index (`list.0.name`), so it takes no fraction.
      const afterDot = tokens.at(-1)?.text === '.' && tokens.at(-1)?.kind === 'operator';
      while (isDigit(source[i])) i += 1;
      if (!afterDot && source[i] === '.' && isDigit(source[i + 1])) {
        i += 1;
        while (isDigit(source[i])) i += 1;
      }
      const text = source.slice(start, i);
      tokens.push({ kind: 'number', text, value: Number(text), position: start });
      continue;
    }
    if (isNameStart(c)) {
      while (isNamePart(source[i])) i += 1;
      tokens.push({ kind: 'name', text: source.slice(start, i), position: start });
      continue;
    }
    if (c === '"' || c === "'") {
      const [text, end] = readString(source, start);
      tokens.push({ kind: 'string', text, position: start });
      i = end;
      continue;
    }
    const two = source.slice(i, i + 2);
    if (TWO_CHAR_OPERATORS.has(two)) {
      tokens.push({ kind: 'operator', text: two, position: start });
      i += 2;
      continue;
    }
    if (ONE_CHAR_OPERATORS.has(c)) {
      tokens.push({ kind: 'operator', text: c, position: start });
      i += 1;
      continue;
    }
    throw new ExpressionError(unexpectedCharacter(c, start), start);
  }
  tokens.push({ kind: 'end', text: '', position: source.length });
  return tokens;
}

function unexpectedCharacter(c: string, position: number): string {
  const hint: Record<string, string> = { '=': "expected '==' (comparison)", '&': "expected '&&'", '|': "expected '||'" };
  return `${hint[c] ?? `unexpected character '${c}'`} at position ${position}`;
}

/** Reads a quoted string starting at `start`; returns its decoded value and the index after the closing quote. */
function readString(source: string, start: number): [string, number] {
  const quote = source[start];
  let value = '';
  let i = start + 1;
  while (i < source.length) {
    const c = source[i];
    if (c === quote) return [value, i + 1];
    if (c === '\\') {
      const escaped = ESCAPES[source[i + 1] ?? ''];
      if (escaped === undefined) {
        throw new ExpressionError(`unknown escape '\\${source[i + 1] ?? ''}' at position ${i}: expected one of \\\\ \\" \\' \\n \\t \\r`, i);
      }
      value += escaped;
      i += 2;
      continue;
    }
    value += c;
    i += 1;
  }
  throw new ExpressionError(`unterminated string starting at position ${start}: expected a closing ${quote}`, start);
}
