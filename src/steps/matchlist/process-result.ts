import type { ProDraft } from '../../engine/step-type.js';
import type { MatchlistHit } from '../../matchlists/match-entries.js';

export const MATCHLIST_PROVIDER = 'idflow-matchlist';

/** The PRO of one hit: HIT on a block list, CLEAR (allow-listed) on an allow list. */
export function hitToProcessResult(hit: MatchlistHit, objectId: string): ProDraft {
  const { entry } = hit;
  const allow = entry.listKind === 'allow';
  return {
    class: 'MATCHLIST',
    objectType: entry.entryType,
    objectId,
    result: allow ? 'CLEAR' : 'HIT',
    providerResult: { name: MATCHLIST_PROVIDER, source: entry.listName, reference: entry.id },
    supplementaryData: {
      type: `MATCHLIST_${entry.entryType}`,
      listId: entry.matchlistId,
      listName: entry.listName,
      listKind: entry.listKind,
      entryType: entry.entryType,
      entryValue: entry.value,
      matchedValue: hit.matchedValue,
      matchType: hit.matchType,
      ...(hit.score !== undefined ? { score: hit.score } : {}),
      ...(entry.dateOfBirth ? { dateOfBirth: entry.dateOfBirth } : {}),
      ...(entry.country ? { country: entry.country } : {}),
      reason: entry.reason,
      ...(allow ? { allowListed: true } : {}),
    },
  };
}
