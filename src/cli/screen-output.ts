import type { ScreeningHit, ScreeningQuery } from '../screening/matcher.js';
import { csvField } from './screening-args.js';

/** One row of a screening batch as sent to a screener: a query, or the output of a row already refused. */
export type BatchItem = { id: string; query: ScreeningQuery } | { id: string; output: string };

export const CSV_HEADER = 'id,name,source,sourceId,listName,matchedName,score,band,type,category';

export function matchJson(hit: ScreeningHit) {
  return {
    source: hit.source, sourceId: hit.sourceId, name: hit.name, matchedName: hit.matchedName, score: hit.score, type: hit.type,
    category: hit.category, band: hit.band, explanation: hit.explanation,
    ...(hit.topics ? { topics: hit.topics } : {}),
    ...(hit.positions ? { positions: hit.positions } : {}),
    ...(hit.datasets ? { datasets: hit.datasets } : {}),
    ...(hit.target === false ? { target: false } : {}),
  };
}

/** The output of one screened row: a JSON line, or one CSV line per hit (none when it has no hit). */
export function formatScreened(id: string, name: string, hits: ScreeningHit[], json: boolean): string {
  if (json) return `${JSON.stringify({ id, matches: hits.map(matchJson) })}\n`;
  let out = '';
  for (const h of hits) out += `${[id, name, h.source, h.sourceId, h.name, h.matchedName, String(h.score), h.band, h.type, h.category].map(csvField).join(',')}\n`;
  return out;
}

/** The output of a refused row: `{"id","error":{code,message,line}}` in JSON; on stdout nothing in CSV (it goes to stderr). */
export function formatRowError(id: string, code: string, message: string, line: number, json: boolean): string {
  return json ? `${JSON.stringify({ id, error: { code, message, line } })}\n` : '';
}
