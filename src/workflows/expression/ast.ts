/** The syntax tree of a condition expression. Every node keeps its 0-based position in the source. */
export type Expression =
  | LiteralNode
  | ArrayNode
  | PathNode
  | UnaryNode
  | BinaryNode
  | LogicalNode
  | CallNode;

export interface LiteralNode {
  kind: 'literal';
  value: string | number | boolean | null;
  position: number;
}

export interface ArrayNode {
  kind: 'array';
  items: Expression[];
  position: number;
}

/** A dotted path into the scope: `AML.result`, `steps["Capture document"].result`, `list.0`. */
export interface PathNode {
  kind: 'path';
  segments: Array<string | number>;
  position: number;
}

export interface UnaryNode {
  kind: 'unary';
  operator: 'not' | 'negate';
  operand: Expression;
  position: number;
}

export type ComparisonOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not in';

export interface BinaryNode {
  kind: 'binary';
  operator: ComparisonOperator;
  left: Expression;
  right: Expression;
  position: number;
}

export interface LogicalNode {
  kind: 'logical';
  operator: 'and' | 'or';
  left: Expression;
  right: Expression;
  position: number;
}

export const FUNCTION_NAMES = ['count', 'exists'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

export interface CallNode {
  kind: 'call';
  name: FunctionName;
  argument: Expression;
  position: number;
}
