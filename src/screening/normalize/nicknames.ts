import { NICKNAMES } from './nickname-table.js';

let related: Map<string, string[]> | undefined;

function table(): Map<string, string[]> {
  if (related) return related;
  related = new Map();
  const add = (a: string, b: string) => {
    const list = related!.get(a);
    if (list) {
      if (!list.includes(b)) list.push(b);
    } else related!.set(a, [b]);
  };
  for (const [name, nicks] of Object.entries(NICKNAMES)) {
    for (const nick of nicks.split(' ')) {
      add(name, nick);
      add(nick, name);
    }
  }
  return related;
}

/** Names directly related to a given name as name ↔ nickname (bill → william; william → bill, will, …). */
export function nicknamesOf(token: string): readonly string[] {
  return table().get(token) ?? [];
}

export function areNicknames(a: string, b: string): boolean {
  const list = table().get(a);
  return list !== undefined && list.includes(b);
}
