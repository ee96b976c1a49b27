/* eslint-disable @typescript-eslint/no-explicit-any -- bpmn-moddle builds elements of any type of the BPMN metamodel, read by property name; read-bpmn.ts checks each value it reads. */
// Type declarations for the two bpmn.io packages, which ship JavaScript without types for their entry points.

declare module 'bpmn-moddle' {
  /** An element of the BPMN model as bpmn-moddle builds it; properties are read by name. */
  export interface ModdleElement {
    $type: string;
    $attrs: Record<string, string>;
    $parent?: ModdleElement;
    id?: string;
    name?: string;
    get(name: string): any;
    set(name: string, value: unknown): void;
    [property: string]: any;
  }

  export interface ParseWarning {
    message: string;
    element?: ModdleElement;
    property?: string;
    value?: string;
    error?: Error;
  }

  export interface ParseResult {
    rootElement: ModdleElement;
    elementsById: Record<string, ModdleElement>;
    references: Array<{ element: ModdleElement; property: string; id: string }>;
    warnings: ParseWarning[];
  }

  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string): Promise<ParseResult>;
    toXML(element: ModdleElement, options?: { format?: boolean; preamble?: boolean }): Promise<{ xml: string }>;
    create(type: string, properties?: Record<string, unknown>): ModdleElement;
  }
}

declare module 'bpmn-auto-layout' {
  /** Adds diagram information (shapes and edges) for the first process, replacing any there was. */
  export function layoutProcess(xml: string): Promise<string>;
}
