import type { Db } from '../store/db.js';
import {
  buildScreeningIndex,
  compareNames,
  screenName,
  type CompareResult,
  type ScreeningHit,
  type ScreeningIndex,
  type ScreeningQuery,
} from './matcher.js';
import type { ListVersionInfo } from './store/list-version.js';
import { activeVersionsKey } from './store/list-versions.js';
import { loadActiveEntities } from './store/load-active-entities.js';
import type { ListEntity, ListEntityType } from './types.js';


export interface ScreeningMatch extends ScreeningHit {
  /** The list version the matched entity comes from (pinned on every hit). */
  listVersionId: string;
}

export interface ScreeningSearchResult {
  matches: ScreeningMatch[];
  /** The active list versions the index was built from. */
  listVersions: ListVersionInfo[];
}

export interface ScreeningServiceOptions {
  /** How often (ms) a search checks whether the set of active list versions changed; 0 checks every time. */
  checkIntervalMs?: number;
}

/** The index in use, the active list versions it was built from, and its build figures. */
export interface LoadedIndex {
  key: string;
  index: ScreeningIndex;
  versions: ListVersionInfo[];
  /** The active version each entity source comes from. */
  versionBySource: Map<string, string>;
  builtAt: number;
  buildMs: number;
}

/**
 * The process-wide screening index over the lists imported into the database. Built on first use and rebuilt
 * when the set of active list versions changes (checked at most every `checkIntervalMs`, or at once through
 * `refresh()`, e.g. on the lists channel's notification). Searches during a rebuild use the previous index.
 */
export class ScreeningService {
  private loaded: LoadedIndex | undefined;
  private building: Promise<LoadedIndex> | undefined;
  private lastCheck = 0;
  private readonly checkIntervalMs: number;

  constructor(
    private readonly db: Db,
    options: ScreeningServiceOptions = {},
  ) {
    this.checkIntervalMs = options.checkIntervalMs ?? 5000;
  }

  /** Screens one name against every active list version. */
  async search(query: ScreeningQuery): Promise<ScreeningSearchResult> {
    const loaded = await this.current();
    const hits = screenName(loaded.index, query);
    return {
      matches: hits.map((h) => ({ ...h, listVersionId: loaded.versionBySource.get(h.source) ?? '' })),
      listVersions: loaded.versions,
    };
  }

  /** Compares two names with the screening scorer, weighting name parts by their frequency in the loaded lists. */
  async compare(a: string, b: string, options: { type?: ListEntityType; threshold?: number } = {}): Promise<CompareResult> {
    const loaded = this.loaded ?? (await this.current());
    return compareNames(a, b, { ...options, index: loaded.index });
  }

  /** The index in use (building it on first call), with its list versions and build figures. */
  async current(): Promise<LoadedIndex> {
    const now = Date.now();
    if (this.loaded && now - this.lastCheck < this.checkIntervalMs) return this.loaded;
    this.lastCheck = now;
    const key = await activeVersionsKey(this.db);
    if (this.loaded && this.loaded.key === key) return this.loaded;
    if (this.loaded && this.building) return this.loaded;
    return this.rebuild(key);
  }

  /** Checks the active list versions now and rebuilds the index if they changed. */
  async refresh(): Promise<void> {
    this.lastCheck = 0;
    await this.current();
  }

  /** Whether any list is loaded (false until lists are imported). */
  async hasLists(): Promise<boolean> {
    return (await this.current()).versions.length > 0;
  }

  private rebuild(key: string): Promise<LoadedIndex> {
    if (!this.building) {
      this.building = (async () => {
        const started = performance.now();
        const active = await loadActiveEntities(this.db);
        const index = buildScreeningIndex(active.entities);
        const versionsKey = active.versions.map((v) => v.id).sort().join(',');
        return {
          key: versionsKey === key ? key : versionsKey,
          index,
          versions: active.versions,
          versionBySource: versionsBySource(active.entities, active.entityVersionIds),
          builtAt: Date.now(),
          buildMs: performance.now() - started,
        };
      })().then(
        (loaded) => {
          this.loaded = loaded;
          this.building = undefined;
          return loaded;
        },
        (err: unknown) => {
          this.building = undefined;
          throw err;
        },
      );
    }
    return this.building;
  }
}

function versionsBySource(entities: readonly ListEntity[], versionIds: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < entities.length; i++) if (!out.has(entities[i].source)) out.set(entities[i].source, versionIds[i]);
  return out;
}
