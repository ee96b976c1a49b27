import type { ProDraft } from '../../engine/step-type.js';
import { listDisplayName } from '../../screening/lists/list-names.js';
import type { SubjectHit } from './screen-subject.js';

export const SCREENING_PROVIDER = 'idflow-screening';

/** The PRO of one hit (`supplementaryData.type` SANCTION, PEP or WATCHLIST), pinned to the list version and the entry's content hash. */
export function hitToProcessResult({ hit, queryName, versionId, listSource }: SubjectHit, contentHash: string | undefined, objectId: string): ProDraft {
  return {
    class: 'AML',
    objectType: 'NAME',
    objectId,
    result: 'HIT',
    providerResult: { name: SCREENING_PROVIDER, source: hit.source, reference: hit.sourceId, confidence: hit.score },
    supplementaryData: {
      type: hit.category,
      categories: hit.categories,
      matchedName: hit.matchedName,
      listEntityName: hit.name,
      listEntityType: hit.type,
      queryName,
      listName: listDisplayName(listSource),
      listSource,
      score: hit.score,
      band: hit.band,
      explanation: hit.explanation,
      listVersion: versionId,
      ...(contentHash ? { contentHash } : {}),
      ...(hit.topics ? { topics: hit.topics } : {}),
      ...(hit.datasets ? { datasets: hit.datasets } : {}),
      ...(hit.positions ? { positions: hit.positions } : {}),
      target: hit.target !== false,
    },
  };
}
