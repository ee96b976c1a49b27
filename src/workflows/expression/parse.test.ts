import { describe, expect, it } from 'vitest';
import { ExpressionError } from './expression-error.js';
import { MAX_NESTING_DEPTH, parseExpression } from './parse.js';

function syntaxError(source: string): ExpressionError {
  try {
    parseExpression(source);
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(source)} not to parse`);
}

describe('parseExpression', () => {
  it('parses literals, lists and paths', () => {
    expect(parseExpression('"a\\"b"')).toEqual({ kind: 'literal', value: 'a"b', position: 0 });
    expect(parseExpression("'x'")).toMatchObject({ kind: 'literal', value: 'x' });
    expect(parseExpression('12.5')).toMatchObject({ kind: 'literal', value: 12.5 });
    expect(parseExpression('null')).toMatchObject({ kind: 'literal', value: null });
    expect(parseExpression('false')).toMatchObject({ kind: 'literal', value: false });
    expect(parseExpression('["A", 1, true]')).toMatchObject({
      kind: 'array',
      items: [{ value: 'A' }, { value: 1 }, { value: true }],
    });
    expect(parseExpression('[]')).toMatchObject({ kind: 'array', items: [] });
    expect(parseExpression('steps.KYC.result')).toMatchObject({ kind: 'path', segments: ['steps', 'KYC', 'result'] });
    expect(parseExpression('steps["Capture document"].processResults.0.result')).toMatchObject({
      segments: ['steps', 'Capture document', 'processResults', 0, 'result'],
    });
    expect(parseExpression('a.in.not')).toMatchObject({ segments: ['a', 'in', 'not'] });
  });

  it('binds || looser than && looser than not looser than comparisons', () => {
    expect(parseExpression('a || b && c')).toMatchObject({
      kind: 'logical',
      operator: 'or',
      left: { kind: 'path', segments: ['a'] },
      right: { kind: 'logical', operator: 'and' },
    });
    expect(parseExpression('a and b or c')).toMatchObject({ operator: 'or', left: { operator: 'and' } });
    expect(parseExpression('not a == b')).toMatchObject({
      kind: 'unary',
      operator: 'not',
      operand: { kind: 'binary', operator: '==' },
    });
    expect(parseExpression('!(a || b) && c')).toMatchObject({
      operator: 'and',
      left: { kind: 'unary', operand: { kind: 'logical', operator: 'or' } },
    });
    expect(parseExpression('a == !b')).toMatchObject({ operator: '==', right: { kind: 'unary', operator: 'not' } });
  });

  it('parses in, not in, negative numbers and the two functions', () => {
    expect(parseExpression('x in ["A","B"]')).toMatchObject({ kind: 'binary', operator: 'in', position: 2 });
    expect(parseExpression('x not in ["A"]')).toMatchObject({ kind: 'binary', operator: 'not in' });
    expect(parseExpression('risk.score >= -5')).toMatchObject({ right: { kind: 'unary', operator: 'negate' } });
    expect(parseExpression('count(AML.processResults) > 0')).toMatchObject({
      left: { kind: 'call', name: 'count', argument: { kind: 'path' } },
    });
    expect(parseExpression('exists(entity.nationality)')).toMatchObject({ kind: 'call', name: 'exists' });
  });

  it('reports syntax errors with their position and what was expected', () => {
    const cases: Array<[string, number, RegExp]> = [
      ['', 0, /expected an expression/],
      ['AML.result ==', 13, /expected a value .* found the end/],
      ['AML.result = "HIT"', 11, /expected '=='/],
      ['a & b', 2, /expected '&&'/],
      ['(a || b', 7, /expected '\)' to close the '\(' at position 0/],
      ['x in ["A", "B"', 14, /expected ',' or '\]' to close the list/],
      ['"open', 0, /unterminated string .* expected a closing "/],
      ['a b', 2, /expected an operator .* found 'b'/],
      ['a < b < c', 6, /comparisons do not chain/],
      ['foo(a)', 0, /unknown function 'foo'.*expected count/],
      ['count(a, b)', 7, /takes exactly one argument/],
      ['a.', 2, /expected a name after '\.'/],
      ['a # b', 2, /unexpected character '#'/],
      ['"\\q"', 1, /unknown escape/],
      ['and', 0, /expected a value/],
    ];
    for (const [source, position, message] of cases) {
      const error = syntaxError(source);
      expect(error.code, source).toBe('EXPRESSION_SYNTAX');
      expect(error.position, source).toBe(position);
      expect(error.message, source).toMatch(message);
    }
  });

  it('rejects calls on anything but count and exists, so no code can be reached', () => {
    expect(syntaxError('constructor.constructor("return process")()').message).toMatch(/only count\(…\) and exists\(…\) can be called/);
    expect(syntaxError('constructor.constructor("return process")()').position).toBe(23);
    expect(syntaxError('eval("1")').message).toMatch(/unknown function 'eval'/);
    expect(syntaxError('process.exit()').position).toBe(12);
    expect(syntaxError('a; b').message).toMatch(/unexpected character ';'/);
  });

  it('bounds nesting and length', () => {
    const deep = '('.repeat(MAX_NESTING_DEPTH + 5) + 'a' + ')'.repeat(MAX_NESTING_DEPTH + 5);
    expect(syntaxError(deep).message).toMatch(/nests deeper/);
    expect(syntaxError('!'.repeat(10_000) + 'a').message).toMatch(/expected at most/);
    expect(syntaxError('!'.repeat(200) + 'a').message).toMatch(/nests deeper/);
  });
});
