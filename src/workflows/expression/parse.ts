import { FUNCTION_NAMES, type ComparisonOperator, type Expression, type FunctionName, type PathNode } from './ast.js';
import { ExpressionError } from './expression-error.js';
import { tokenize, type Token } from './tokenize.js';

/** Longest source accepted, and deepest nesting: conditions are short; these bound the parser's work. */
export const MAX_EXPRESSION_LENGTH = 4000;
export const MAX_NESTING_DEPTH = 40;

const COMPARISON_OPERATORS = new Set(['==', '!=', '<', '<=', '>', '>=']);
const KEYWORDS = new Set(['true', 'false', 'null', 'and', 'or', 'not', 'in']);

/**
 * Parses a condition. Precedence, loosest first: `||`/`or`, `&&`/`and`, `!`/`not`, comparisons
 * (`== != < <= > >= in`, `not in`; not chainable), unary minus. So `not a == b` is `not (a == b)`.
 */
export function parseExpression(source: string): Expression {
  if (typeof source !== 'string') throw new ExpressionError('expected the expression as a string', 0);
  if (source.length > MAX_EXPRESSION_LENGTH) {
    throw new ExpressionError(`expression is ${source.length} characters long: expected at most ${MAX_EXPRESSION_LENGTH}`, MAX_EXPRESSION_LENGTH);
  }
  return new Parser(tokenize(source)).parseAll();
}

class Parser {
  private index = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  parseAll(): Expression {
    if (this.peek().kind === 'end') throw this.expected('an expression');
    const expr = this.parseOr();
    if (this.peek().kind !== 'end') throw this.expected("an operator ('==', '&&', 'in', …) or the end of the expression");
    return expr;
  }

  private parseOr(): Expression {
    let left = this.parseAnd();
    while (this.atOperator('||') || this.atKeyword('or')) {
      const position = this.next().position;
      left = { kind: 'logical', operator: 'or', left, right: this.parseAnd(), position };
    }
    return left;
  }

  private parseAnd(): Expression {
    let left = this.parseNot();
    while (this.atOperator('&&') || this.atKeyword('and')) {
      const position = this.next().position;
      left = { kind: 'logical', operator: 'and', left, right: this.parseNot(), position };
    }
    return left;
  }

  private parseNot(): Expression {
    if (this.atOperator('!') || this.atKeyword('not')) {
      const position = this.next().position;
      return this.nested(() => ({ kind: 'unary', operator: 'not', operand: this.parseNot(), position }));
    }
    return this.parseComparison();
  }

  private parseComparison(): Expression {
    const left = this.parseUnary();
    const token = this.peek();
    let operator: ComparisonOperator | undefined;
    if (token.kind === 'operator' && COMPARISON_OPERATORS.has(token.text)) {
      operator = token.text as ComparisonOperator;
      this.next();
    } else if (this.atKeyword('in')) {
      operator = 'in';
      this.next();
    } else if (this.atKeyword('not') && this.isKeyword(this.tokens[this.index + 1], 'in')) {
      operator = 'not in';
      this.index += 2;
    }
    if (!operator) return left;
    const right = this.parseUnary();
    const following = this.peek();
    if (following.kind === 'operator' && COMPARISON_OPERATORS.has(following.text)) {
      throw new ExpressionError(`comparisons do not chain at position ${following.position}: expected '&&' or '||' between two comparisons`, following.position);
    }
    return { kind: 'binary', operator, left, right, position: token.position };
  }

  private parseUnary(): Expression {
    if (this.atOperator('-')) {
      const position = this.next().position;
      return this.nested(() => ({ kind: 'unary', operator: 'negate', operand: this.parseUnary(), position }));
    }
    if (this.atOperator('!') || this.atKeyword('not')) {
      const position = this.next().position;
      return this.nested(() => ({ kind: 'unary', operator: 'not', operand: this.parseUnary(), position }));
    }
    return this.parsePrimary();
  }

  private parsePrimary(): Expression {
    const token = this.peek();
    if (token.kind === 'number') {
      this.next();
      return { kind: 'literal', value: token.value ?? Number(token.text), position: token.position };
    }
    if (token.kind === 'string') {
      this.next();
      return { kind: 'literal', value: token.text, position: token.position };
    }
    if (this.atOperator('(')) {
      this.next();
      const inner = this.nested(() => this.parseOr());
      this.expect(')', `')' to close the '(' at position ${token.position}`);
      return inner;
    }
    if (this.atOperator('[')) return this.parseArray();
    if (token.kind === 'name') {
      if (token.text === 'true' || token.text === 'false') {
        this.next();
        return { kind: 'literal', value: token.text === 'true', position: token.position };
      }
      if (token.text === 'null') {
        this.next();
        return { kind: 'literal', value: null, position: token.position };
      }
      if (!KEYWORDS.has(token.text)) {
        if (this.isOperator(this.tokens[this.index + 1], '(')) return this.parseCall();
        return this.parsePath();
      }
    }
    throw this.expected('a value (a string, number, true, false, null, [list], path or count(…)/exists(…))');
  }

  private parseArray(): Expression {
    const open = this.next();
    const items: Expression[] = [];
    return this.nested(() => {
      if (!this.atOperator(']')) {
        do items.push(this.parseOr());
        while (this.acceptOperator(','));
      }
      this.expect(']', `',' or ']' to close the list opened at position ${open.position}`);
      return { kind: 'array', items, position: open.position };
    });
  }

  private parseCall(): Expression {
    const name = this.next();
    if (!(FUNCTION_NAMES as readonly string[]).includes(name.text)) {
      throw new ExpressionError(`unknown function '${name.text}' at position ${name.position}: expected count(…) or exists(…)`, name.position);
    }
    this.next(); // '('
    const argument = this.nested(() => this.parseOr());
    this.expect(')', `')': ${name.text}(…) takes exactly one argument`);
    return { kind: 'call', name: name.text as FunctionName, argument, position: name.position };
  }

  private parsePath(): PathNode {
    const first = this.next();
    const segments: Array<string | number> = [first.text];
    for (;;) {
      if (this.acceptOperator('.')) {
        const segment = this.peek();
        if (segment.kind === 'name') segments.push(segment.text);
        else if (segment.kind === 'number' && Number.isInteger(segment.value)) segments.push(segment.value as number);
        else throw this.expected("a name after '.'");
        this.next();
      } else if (this.atOperator('[')) {
        this.next();
        const key = this.peek();
        if (key.kind === 'string') segments.push(key.text);
        else if (key.kind === 'number' && Number.isInteger(key.value)) segments.push(key.value as number);
        else throw this.expected("a quoted name or a whole number inside '[…]'");
        this.next();
        this.expect(']', "']' after the key");
      } else break;
    }
    if (this.atOperator('(')) {
      const position = this.peek().position;
      throw new ExpressionError(`only count(…) and exists(…) can be called, at position ${position}: expected an operator after the path`, position);
    }
    return { kind: 'path', segments, position: first.position };
  }

  private nested<T>(parse: () => T): T {
    this.depth += 1;
    if (this.depth > MAX_NESTING_DEPTH) {
      const position = this.peek().position;
      throw new ExpressionError(`expression nests deeper than ${MAX_NESTING_DEPTH} levels at position ${position}: expected a flatter expression`, position);
    }
    try {
      return parse();
    } finally {
      this.depth -= 1;
    }
  }

  private peek(): Token {
    return this.tokens[this.index];
  }
  private next(): Token {
    const token = this.tokens[this.index];
    if (token.kind !== 'end') this.index += 1;
    return token;
  }
  private isOperator(token: Token | undefined, text: string): boolean {
    return token?.kind === 'operator' && token.text === text;
  }
  private isKeyword(token: Token | undefined, text: string): boolean {
    return token?.kind === 'name' && token.text === text;
  }
  private atOperator(text: string): boolean {
    return this.isOperator(this.peek(), text);
  }
  private atKeyword(text: string): boolean {
    return this.isKeyword(this.peek(), text);
  }
  private acceptOperator(text: string): boolean {
    if (!this.atOperator(text)) return false;
    this.next();
    return true;
  }
  private expect(text: string, what: string): void {
    if (!this.acceptOperator(text)) throw this.expected(what);
  }
  private expected(what: string): ExpressionError {
    const token = this.peek();
    const found = token.kind === 'end' ? 'the end of the expression' : token.kind === 'string' ? JSON.stringify(token.text) : `'${token.text}'`;
    return new ExpressionError(`expected ${what} at position ${token.position}, found ${found}`, token.position);
  }
}
