// The SQL behind backup/restore: table discovery in foreign-key order, rows as JSON, sequences.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** Tables of the public schema, parents before children (so inserts satisfy foreign keys). */
export async function tablesInDependencyOrder(db: Db): Promise<string[]> {
  const tables = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' and c.relname <> 'schema_migrations'
    order by c.relname`.execute(db);
  const deps = await sql<{ child: string; parent: string }>`
    select cc.relname as child, pc.relname as parent from pg_constraint k
    join pg_class cc on cc.oid = k.conrelid join pg_class pc on pc.oid = k.confrelid
    join pg_namespace n on n.oid = cc.relnamespace
    where k.contype = 'f' and n.nspname = 'public' and cc.relname <> pc.relname`.execute(db);
  const parents = new Map<string, Set<string>>(tables.rows.map((t) => [t.name, new Set<string>()]));
  for (const d of deps.rows) parents.get(d.child)?.add(d.parent);
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return;
    path.add(name);
    for (const p of parents.get(name) ?? []) visit(p, path);
    ordered.push(name);
  };
  for (const t of parents.keys()) visit(t, new Set());
  return ordered;
}

/** All rows of a table as a JSON array text, in primary-key order so two backups of equal data are equal. */
export async function tableJson(db: Db, table: string): Promise<{ json: string; rows: number }> {
  const keys = await primaryKey(db, table);
  const orderBy = keys.length ? sql.join(keys.map((k) => sql.ref(k))) : sql.lit(1);
  const res = await sql<{ json: string | null; n: number }>`
    select coalesce(json_agg(t)::text, '[]') as json, count(*)::int as n
    from (select * from ${sql.table(table)} order by ${orderBy}) t`.execute(db);
  const row = res.rows[0];
  return { json: row?.json ?? '[]', rows: row?.n ?? 0 };
}

async function primaryKey(db: Db, table: string): Promise<string[]> {
  const res = await sql<{ column: string }>`
    select a.attname as column from pg_index i
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
    where i.indrelid = ${table}::regclass and i.indisprimary
    order by array_position(i.indkey, a.attnum)`.execute(db);
  return res.rows.map((r) => r.column);
}

export async function latestMigration(db: Db): Promise<string> {
  const res = await sql<{ name: string }>`select max(name) as name from schema_migrations`.execute(db);
  return res.rows[0]?.name ?? '';
}

/** Sequences owned by a column: after a restore each is moved past the highest restored value. */
export async function ownedSequences(db: Db): Promise<{ table: string; column: string }[]> {
  const res = await sql<{ table: string; column: string }>`
    select t.relname as table, a.attname as column from pg_class s
    join pg_depend d on d.objid = s.oid and d.deptype = 'a'
    join pg_class t on t.oid = d.refobjid join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
    where s.relkind = 'S' order by 1, 2`.execute(db);
  return res.rows;
}
