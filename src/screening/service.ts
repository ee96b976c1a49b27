import type { Db, Unlisten } from '../store/db.js';
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
import { LISTS_CHANNEL } from './store/import-list-version.js';
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
  /**
   * How often (ms) a search checks whether the set of active list versions changed, while no notification
   * channel is available; 0 checks every time. Default 5 s.
   */
  checkIntervalMs?: number;
  /** The same check while the lists channel is listened to (a safety net only: a notification rebuilds at once). Default 60 s. */
  listeningCheckIntervalMs?: number;
  /** Listen to the lists channel (default true). */
  listen?: boolean;
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
 * when the set of active list versions changes: at once on the lists channel's notification (LISTEN/NOTIFY, sent
 * by every import in any process), with a slow check as a safety net, or through `refresh()`. Searches during a
 * rebuild use the previous index.
 */
export class ScreeningService {
  private loaded: LoadedIndex | undefined;
  private building: Promise<LoadedIndex> | undefined;
  private lastCheck = 0;
  private readonly pollMs: number;
  private readonly listeningPollMs: number;
  private listening: Promise<Unlisten | undefined> | undefined;
  private listeningNow = false;
  private closed = false;

  constructor(
    private readonly db: Db,
    options: ScreeningServiceOptions = {},
  ) {
    this.pollMs = options.checkIntervalMs ?? 5000;
    this.listeningPollMs = options.listeningCheckIntervalMs ?? (this.pollMs === 0 ? 0 : Math.max(this.pollMs, 60_000));
    if (options.listen === false) this.listening = Promise.resolve(undefined);
  }

  /**
   * Listens to the lists channel: a new active version anywhere (this process, another API or worker process)
   * starts a rebuild at once, so every process screens against it within about a second of the import.
   */
  private listenForVersions(): void {
    this.listening ??= this.db
      .listen(LISTS_CHANNEL, () => this.onListsChanged())
      .then(
        (unlisten) => {
          this.listeningNow = true;
          return unlisten;
        },
        () => undefined, // No channel (a connection that refuses LISTEN): polling alone keeps the index fresh.
      );
  }

  private onListsChanged(): void {
    this.lastCheck = 0;
    if (this.closed || !this.loaded) return;
    const again = () => {
      this.current().catch(() => {});
    };
    // A version imported while the index is being built is picked up by a check once that build is done.
    if (this.building) this.building.then(again, again);
    else again();
  }

  /** Stops listening for new list versions. */
  async close(): Promise<void> {
    this.closed = true;
    const unlisten = await this.listening;
    await unlisten?.();
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
    if (!this.closed) {
      this.listenForVersions();
      // Listening first, so that no version imported from now on can go unnoticed.
      if (!this.listeningNow) await this.listening;
    }
    const now = Date.now();
    const interval = this.listeningNow ? this.listeningPollMs : this.pollMs;
    if (this.loaded && now - this.lastCheck < interval) return this.loaded;
    this.lastCheck = now;
    const key = await activeVersionsKey(this.db);
    if (this.loaded && this.loaded.key === key) return this.loaded;
    // A search during a rebuild uses the previous index, unless checks are asked for on every search.
    if (this.loaded && this.building) return this.pollMs === 0 ? this.building : this.loaded;
    return this.rebuild(key);
  }

  /** Checks the active list versions now and rebuilds the index if they changed; resolves once it is in use. */
  async refresh(): Promise<void> {
    if (this.building) await this.building.catch(() => undefined);
    this.lastCheck = 0;
    await this.current();
    if (this.building) await this.building;
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
