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
  for (const [name, nicks] of Object.entries({ ...NICKNAMES, ...DIMINUTIVES })) {
    for (const nick of nicks.split(' ')) {
      add(name, nick);
      add(nick, name);
    }
  }
  return related;
}

/** Russian and Ukrainian diminutives and a few English nicknames the generated table lacks. */
const DIMINUTIVES: Readonly<Record<string, string>> = {
  vladimir: 'vova volodya volodia', volodymyr: 'volodia vova', alexander: 'sasha sanya shura', aleksandr: 'sasha sanya shura', oleksandr: 'sasha',
  mikhail: 'misha', nikolai: 'kolya kolia', nikolay: 'kolya', dmitry: 'dima mitya', dmitri: 'dima', pavel: 'pasha', aleksei: 'lyosha alyosha',
  alexei: 'lyosha alyosha', evgeny: 'zhenya', yevgeny: 'zhenya', ekaterina: 'katya', yekaterina: 'katya', anastasia: 'nastya', yuri: 'yura',
  sergei: 'seryozha', sergey: 'seryozha', ivan: 'vanya', andrei: 'andryusha', boris: 'borya', konstantin: 'kostya', vyacheslav: 'slava',
  maria: 'masha', elena: 'lena', tatiana: 'tanya', natalia: 'natasha', olga: 'olya', svetlana: 'sveta', lyudmila: 'lyuda', grigory: 'grisha',
  richard: 'dick rick', margaret: 'peggy meg', charles: 'chuck', edward: 'ted ned', henry: 'hank',
};

/** Whether `token` is a given name idflow knows (from the name ↔ nickname relations). */
export function isGivenName(token: string): boolean {
  return table().has(token);
}

/** Names directly related to a given name as name ↔ nickname (bill → william; william → bill, will, …). */
export function nicknamesOf(token: string): readonly string[] {
  return table().get(token) ?? [];
}

export function areNicknames(a: string, b: string): boolean {
  const list = table().get(a);
  return list !== undefined && list.includes(b);
}
