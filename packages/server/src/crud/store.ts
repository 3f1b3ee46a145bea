import type { ErrorDetail } from '@spinekind/core';
import { asc, eq, getTableColumns, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { placeholderFor, prepared } from '../db/prepared.js';
import { OWNER, ownedBy, type UserScope } from '../db/scope.js';

type OwnedTable = PgTable & { userId: PgColumn; id: PgColumn; updatedAt: PgColumn; createdAt: PgColumn };
type Row = Record<string, unknown>;

/**
 * A simple user-owned resource: its table, input and answer shapes. `resourceStore` reads and writes it
 * through a user scope; the backup lists it (backup/registry.ts); a feature whose items are edited also
 * gets create/list/get/patch/delete routes from `crudRoutes` (crud/routes.ts), called in its routes.ts.
 */
export interface ResourceDef<Item, Input extends { id?: string | undefined }, Patch = never> {
  /** Its key in the JSON backup, e.g. `treatments` or `breakLog`. */
  key: string;
  /** Key of a single item in answers, e.g. `treatment`. */
  singular: string;
  table: OwnedTable;
  input: z.ZodType<Input>;
  /** The body of a patch (resources edited through `crudRoutes` only). */
  patch?: z.ZodType<Patch>;
  /** Columns of a row (besides user, id and stamps) from validated input. */
  toValues(input: Omit<Input, 'id'>): Row;
  fromRow(row: Row): Item;
  /** Current item + patch → full input, re-validated so rules spanning fields hold. */
  merge?(current: Item, patch: Patch): Omit<Input, 'id'>;
  orderBy: PgColumn[];
  /**
   * A validated query string for the list route and the condition it selects (e.g. a date range). `where`
   * gets the query's values as placeholders, each key the query names and no other, and builds the
   * condition once per set of keys (the statement is prepared, see db/prepared.ts): so it may ask whether a
   * key is there, never what its value is.
   */
  listQuery?: {
    schema: z.ZodType<Record<string, string>>;
    where(query: Readonly<Partial<Record<string, Placeholder>>>): SQL;
  };
  /**
   * Rules needing her other records or the clock; problems answer 400. `needs` names the resources whose
   * items `run` reads through `items`: a route loads them from the database, a restore overlays the
   * backup's own (so a check-in may name a tracker restored with it), and a bulk import loads them once.
   */
  check?: {
    // biome-ignore lint/suspicious/noExplicitAny: resources of different item types.
    needs: readonly ResourceDef<any, any, any>[];
    /**
     * Whether `run` reads `items` for this input at all (e.g. only a check-in with tracker values reads her
     * trackers): when it answers false, a route loads nothing before checking. Without it, always.
     */
    reads?(input: Omit<Input, 'id'>): boolean;
    run(input: Omit<Input, 'id'>, items: ItemsOf, now: Date): ErrorDetail[];
  };
  /** `archive` keeps the row and stamps `archivedAt` instead of deleting it. */
  removal?: 'delete' | 'archive';
  /** Fields the API answers but input never carries, e.g. `localDate`: dropped when a backup is restored. */
  derivedFields?: string[];
  /**
   * Fields the server sets and input never carries, which a backup keeps (e.g. `source`: the app an imported
   * record came from): checked with their schema and restored as they were.
   */
  keptFields?: Readonly<Record<string, z.ZodType>>;
}

/** A resource whose items are edited (PATCH): what `crudRoutes` needs. */
export type EditableResourceDef<Item, Input extends { id?: string | undefined }, Patch> = ResourceDef<
  Item,
  Input,
  Patch
> &
  Required<Pick<ResourceDef<Item, Input, Patch>, 'patch' | 'merge'>> & {
    /** Its answers, from core (`recordAnswers`): one record under `singular`, and the list. */
    answers: { one: z.ZodType; list: z.ZodType };
  };

/** The items of another resource, as a check reads them. */
// biome-ignore lint/suspicious/noExplicitAny: a lookup serves resources of any input and patch type.
export type ItemsOf = <T>(def: ResourceDef<T, any, any>) => readonly T[];

/**
 * Loads, once, every item a resource's check reads (answers an empty lookup when it has no check). With
 * `input` (one record being saved), only what the check reads for that record.
 */
export async function itemsFor(
  // biome-ignore lint/suspicious/noExplicitAny: any resource.
  def: ResourceDef<any, any, any>,
  scope: UserScope,
  input?: object,
): Promise<ItemsOf> {
  const reads = input === undefined || (def.check?.reads?.(input) ?? true);
  const needs = reads ? (def.check?.needs ?? []) : [];
  const lists = new Map(
    await Promise.all(needs.map(async (n) => [n, await resourceStore(n, scope).list()] as const)),
  );
  return ((n) => lists.get(n) ?? []) as ItemsOf;
}

const isUuid = (id: string) => z.uuid().safeParse(id).success;

/**
 * Whether every insert into `table` can be prepared: a column filled by a function when a row leaves it out
 * (Drizzle's `$defaultFn`, `$onUpdateFn`) would be computed once, into the prepared statement, for all rows.
 */
const preparableTables = new WeakMap<PgTable, boolean>();
const preparable = (table: PgTable): boolean => {
  let known = preparableTables.get(table);
  if (known === undefined) {
    const columns = Object.values(getTableColumns(table));
    known = columns.every((c) => c.defaultFn === undefined && c.onUpdateFn === undefined);
    preparableTables.set(table, known);
  }
  return known;
};

/** `create`'s insert for rows that set these columns (the owner's from the scope), prepared once per set. */
function insertStatement(
  def: ResourceDef<unknown, { id?: string }, unknown>,
  scope: UserScope,
  set: string[],
) {
  const t = def.table;
  const columns = getTableColumns(t);
  return prepared(scope.db, `${def.key}:create:${set.join(',')}`, (db) =>
    db
      .insert(t)
      .values(
        Object.fromEntries(
          set.map((name) => [
            name,
            placeholderFor(columns[name] as PgColumn, name === 'userId' ? OWNER : name),
          ]),
        ) as never,
      )
      .onConflictDoNothing({ target: [t.userId, t.id] })
      .returning(),
  );
}

/** The list route's statement for a query naming these keys, prepared once per set of keys. */
function listStatement(
  def: ResourceDef<unknown, { id?: string }, unknown>,
  scope: UserScope,
  keys: string[],
) {
  const t = def.table;
  const query = Object.fromEntries(keys.map((k) => [k, sql.placeholder(`query.${k}`)]));
  return prepared(scope.db, `${def.key}:list:${keys.join(',')}`, (db) =>
    db
      .select()
      .from(t as PgTable)
      .where(ownedBy(t, def.listQuery?.where(query)))
      .orderBy(...def.orderBy.map((c) => asc(c)), asc(t.id)),
  );
}

/** Storage for one resource through a user scope. */
export function resourceStore<Item, Input extends { id?: string | undefined }, Patch>(
  def: ResourceDef<Item, Input, Patch>,
  scope: UserScope,
) {
  const t = def.table;
  const columns = getTableColumns(t);
  const canPrepare = preparable(t);
  const byId = (id: string): SQL => scope.where(t, eq(t.id, id));
  // Versioned tables answer `version` with every item and count every change (versions/versions.ts).
  const version = getTableColumns(t).version;
  const fromRow = (row: Row): Item =>
    version ? { ...def.fromRow(row), version: row.version } : def.fromRow(row);
  const bump = version ? { version: sql`${version} + 1` } : {};
  // Archiving or bringing back counts as a change only when the archive state changes (a repeat is no change).
  const archived = getTableColumns(t).archivedAt;
  const bumpWhen = (wasArchived: boolean) =>
    version && archived
      ? {
          version: wasArchived
            ? sql`case when ${archived} is not null then ${version} + 1 else ${version} end`
            : sql`case when ${archived} is null then ${version} + 1 else ${version} end`,
        }
      : {};
  const generic = def as unknown as ResourceDef<unknown, { id?: string }, unknown>;
  return {
    /** What the list route answers for this (validated) query: `listQuery`'s condition, or every item. */
    async listBy(query: Record<string, string | undefined>): Promise<Item[]> {
      const keys = Object.keys(query)
        .filter((k) => query[k] !== undefined)
        .sort();
      const values = Object.fromEntries(keys.map((k) => [`query.${k}`, query[k]]));
      const rows = await scope.run(listStatement(generic, scope, keys), values);
      return (rows as Row[]).map(fromRow);
    },
    async list(extra?: SQL): Promise<Item[]> {
      const rows = await scope.db
        .select()
        .from(t as PgTable)
        .where(scope.where(t, extra))
        // The id breaks ties (rows made in the same instant), so lists and backups keep one order.
        .orderBy(...def.orderBy.map((c) => asc(c)), asc(t.id));
      return (rows as Row[]).map(fromRow);
    },
    async get(id: string, lock = false): Promise<Item | undefined> {
      if (!isUuid(id)) return undefined;
      const query = scope.db
        .select()
        .from(t as PgTable)
        .where(byId(id));
      const rows = (lock ? await query.for('update') : await query) as Row[];
      return rows[0] && fromRow(rows[0]);
    },
    async create(id: string, input: Omit<Input, 'id'>, now: Date): Promise<{ item: Item; created: boolean }> {
      const values: Row = { ...def.toValues(input), id, createdAt: now, updatedAt: now };
      const rows = (
        canPrepare
          ? await scope.run(
              insertStatement(generic, scope, [
                'userId',
                ...Object.keys(columns).filter((c) => values[c] !== undefined && c !== 'userId'),
              ]),
              values,
            )
          : await scope.db
              .insert(t)
              .values({ ...values, userId: scope.userId } as never)
              .onConflictDoNothing({ target: [t.userId, t.id] })
              .returning()
      ) as Row[];
      if (rows[0]) return { item: fromRow(rows[0]), created: true };
      const existing = await this.get(id);
      if (!existing) throw new Error(`${def.singular} vanished between insert and read`);
      return { item: existing, created: false };
    },
    /** Inserts or overwrites the item with this id (backup restore: ids and stamps kept). */
    async upsert(id: string, values: Row): Promise<void> {
      await scope.db
        .insert(t)
        .values({ ...values, userId: scope.userId, id } as never)
        .onConflictDoUpdate({ target: [t.userId, t.id], set: { ...values, ...bump } as never });
    },
    async update(id: string, values: Row, now: Date): Promise<Item | undefined> {
      const rows = (await scope.db
        .update(t)
        .set({ ...values, ...bump, updatedAt: now } as never)
        .where(byId(id))
        .returning()) as Row[];
      return rows[0] && fromRow(rows[0]);
    },
    async remove(id: string, now: Date): Promise<boolean> {
      if (!isUuid(id)) return false;
      const rows =
        def.removal === 'archive'
          ? await scope.db
              .update(t)
              .set({ archivedAt: now, ...bumpWhen(false), updatedAt: now } as never)
              .where(byId(id))
              .returning()
          : await scope.db.delete(t).where(byId(id)).returning();
      return (rows as Row[]).length > 0;
    },
    /** Clears `archivedAt` (undo of an archive); answers the item, or undefined when there is none. */
    async unarchive(id: string, now: Date): Promise<Item | undefined> {
      if (!isUuid(id)) return undefined;
      const rows = (await scope.db
        .update(t)
        .set({ archivedAt: null, ...bumpWhen(true), updatedAt: now } as never)
        .where(byId(id))
        .returning()) as Row[];
      return rows[0] && fromRow(rows[0]);
    },
  };
}
