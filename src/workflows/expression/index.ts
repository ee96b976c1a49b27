export type { Expression } from './ast.js';
export { ExpressionError } from './expression-error.js';
export { parseExpression } from './parse.js';
export { evaluateExpression, evaluateCondition, isTruthy } from './evaluate.js';
export { buildConditionScope, type ConditionScopeExtra, type StepScope } from './condition-scope.js';
