import type { RuleId } from './ruleset.js';

/** Collects, in order and once each, the rules an evaluation applied and the notes explaining them. */
export class RuleTrace {
  readonly rules: RuleId[] = [];
  readonly notes: string[] = [];

  apply(rule: RuleId, note?: string): this {
    if (!this.rules.includes(rule)) this.rules.push(rule);
    if (note && !this.notes.includes(note)) this.notes.push(note);
    return this;
  }

  note(note: string): this {
    if (!this.notes.includes(note)) this.notes.push(note);
    return this;
  }

  /** `__RTW_Notes` is one string: the notes, one per line. */
  notesText(): string {
    return this.notes.join('\n');
  }
}

/** The object without its undefined fields, so outcomes print only what applies. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
