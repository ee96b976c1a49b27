import type { BinaryNode, Expression } from './ast.js';

/**
 * Evaluates a parsed expression over a plain scope object. Lookups read own data properties only,
 * so nothing reachable from the scope can be called; a path that leads nowhere is null.
 * `&&`, `||`, `!`, `in` and comparisons always produce booleans.
 */
export function evaluateExpression(expr: Expression, scope: Record<string, unknown>): unknown {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'array':
      return expr.items.map((item) => evaluateExpression(item, scope));
    case 'path':
      return lookup(scope, expr.segments);
    case 'unary': {
      const operand = evaluateExpression(expr.operand, scope);
      if (expr.operator === 'not') return !isTruthy(operand);
      return typeof operand === 'number' ? -operand : null;
    }
    case 'logical': {
      const left = isTruthy(evaluateExpression(expr.left, scope));
      if (expr.operator === 'and') return left && isTruthy(evaluateExpression(expr.right, scope));
      return left || isTruthy(evaluateExpression(expr.right, scope));
    }
    case 'binary':
      return compare(expr.operator, evaluateExpression(expr.left, scope), evaluateExpression(expr.right, scope));
    case 'call': {
      const value = evaluateExpression(expr.argument, scope);
      if (expr.name === 'exists') return value !== null;
      return Array.isArray(value) ? value.length : 0;
    }
  }
}

/** A condition holds when its value is truthy. */
export function evaluateCondition(expr: Expression, scope: Record<string, unknown>): boolean {
  return isTruthy(evaluateExpression(expr, scope));
}

/** false, null, 0, NaN, "" and [] are false; everything else is true. */
export function isTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

function lookup(scope: unknown, segments: Array<string | number>): unknown {
  let current: unknown = scope;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return null;
    const key = String(segment);
    // Lists are read by index only (their length is count(…)).
    if (Array.isArray(current) && !/^(0|[1-9][0-9]*)$/.test(key)) return null;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return null;
    const descriptor = Object.getOwnPropertyDescriptor(current, key);
    // Data properties only: getters are never run.
    current = descriptor && 'value' in descriptor ? descriptor.value : null;
  }
  if (current === undefined || typeof current === 'function' || typeof current === 'symbol') return null;
  return current;
}

function compare(operator: BinaryNode['operator'], left: unknown, right: unknown): boolean {
  switch (operator) {
    case '==':
      return equals(left, right);
    case '!=':
      return !equals(left, right);
    case 'in':
      return Array.isArray(right) && right.some((item) => equals(left, item));
    case 'not in':
      return Array.isArray(right) && !right.some((item) => equals(left, item));
    default:
      return order(operator, left, right);
  }
}

/** Orders two numbers or two strings; any other pair (a type mismatch, null) is false. */
function order(operator: '<' | '<=' | '>' | '>=', left: unknown, right: unknown): boolean {
  const comparable =
    (typeof left === 'number' && typeof right === 'number') || (typeof left === 'string' && typeof right === 'string');
  if (!comparable) return false;
  const a = left as number | string;
  const b = right as number | string;
  if (operator === '<') return a < b;
  if (operator === '<=') return a <= b;
  if (operator === '>') return a > b;
  return a >= b;
}

/** Strict equality for scalars (no coercion: 1 == "1" is false), element-wise for lists and plain objects. */
function equals(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (left === null || right === null || typeof left !== 'object' || typeof right !== 'object') return false;
  if (Array.isArray(left) || Array.isArray(right)) {
    return Array.isArray(left) && Array.isArray(right) && left.length === right.length && left.every((item, i) => equals(item, right[i]));
  }
  const leftKeys = Object.keys(left);
  const rightKeys = Object.keys(right);
  return (
    leftKeys.length === rightKeys.length &&
    leftKeys.every((key) => Object.prototype.hasOwnProperty.call(right, key) && equals((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key]))
  );
}
