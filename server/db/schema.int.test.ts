// The Kysely row types (server/db/schema.ts, kept by hand) must describe the migrated database exactly:
// every table, every column, its nullability and its type class, on every engine. A migration that adds
// a column without its row type (or the reverse) fails here, so `npm run check` fails.
import { sql } from 'kysely';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../testing/databases.ts';

type TypeClass = 'string' | 'number' | 'boolean' | 'date' | 'bytes' | 'json' | 'array';
type Described = Record<string, Record<string, { nullable: boolean; type: TypeClass }>>;

/** Bookkeeping of the migration runner, not a table the code reads through Kysely. */
const notInKysely = new Set(['schema_migrations']);

function classOfSql(dataType: string): TypeClass {
  // xid8 reads as text (compared in SQL only).
  if (['text', 'character varying', 'uuid', 'character', 'USER-DEFINED', 'xid8'].includes(dataType))
    return 'string';
  if (['integer', 'bigint', 'smallint', 'double precision', 'real', 'numeric'].includes(dataType))
    return 'number';
  if (dataType === 'boolean') return 'boolean';
  if (dataType.startsWith('timestamp') || dataType === 'date') return 'date';
  if (dataType === 'bytea') return 'bytes';
  if (dataType === 'jsonb' || dataType === 'json') return 'json';
  if (dataType === 'ARRAY') return 'array';
  throw new Error(`no type class for SQL type ${dataType}: add it to this test`);
}

/** The `DB` interface, read with the TypeScript checker: each column's select type, classified. */
function describeKyselyTypes(): Described {
  const file = join(import.meta.dirname, 'schema.ts');
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    allowImportingTsExtensions: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2023,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error('schema.ts not found');
  const db = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'DB',
  );
  if (!db) throw new Error('interface DB not found in schema.ts');
  const described: Described = {};
  for (const table of checker.getTypeAtLocation(db).getProperties()) {
    const tableType = checker.getTypeOfSymbolAtLocation(table, db);
    described[table.name] = {};
    for (const column of tableType.getProperties()) {
      const declaredType = checker.getTypeOfSymbolAtLocation(column, db);
      const members = selected(declaredType);
      // `unknown | null` collapses to `unknown`: NullableJson says it by its name.
      const nullable =
        members.some((m) => m.flags & ts.TypeFlags.Null) ||
        checker.typeToString(declaredType) === 'NullableJson';
      const classes = new Set(
        members.filter((m) => !(m.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined))).map(classOfTs),
      );
      if (classes.size !== 1) throw new Error(`${table.name}.${column.name}: mixed types ${[...classes]}`);
      described[table.name]![column.name] = { nullable, type: [...classes][0]! };
    }
  }
  return described;

  /** The union members of what a select returns: ColumnType<S, I, U> and Generated<S> give S. */
  function selected(type: ts.Type): ts.Type[] {
    const members = type.isUnion() ? type.types : [type];
    return members.flatMap((m) => {
      const select = m.getProperty('__select__');
      return select ? selected(checker.getTypeOfSymbolAtLocation(select, db!)) : [m];
    });
  }

  function classOfTs(t: ts.Type): TypeClass {
    if (t.flags & ts.TypeFlags.StringLike) return 'string';
    if (t.flags & ts.TypeFlags.NumberLike) return 'number';
    if (t.flags & ts.TypeFlags.BooleanLike) return 'boolean';
    if (t.flags & ts.TypeFlags.Unknown) return 'json';
    if (checker.isArrayType(t)) return 'array';
    const name = t.getSymbol()?.getName();
    if (name === 'Date') return 'date';
    if (name === 'Uint8Array' || name === 'Buffer') return 'bytes';
    // Any other object type is a jsonb value read back (Record<string, unknown>, a domain shape).
    if (t.flags & ts.TypeFlags.Object) return 'json';
    throw new Error(`no type class for ${checker.typeToString(t)}`);
  }
}

/** One line per disagreement, so a failure says which column to fix and where. */
function differences(declared: Described, migrated: Described): string[] {
  const out: string[] = [];
  for (const table of new Set([...Object.keys(declared), ...Object.keys(migrated)])) {
    const d = declared[table] ?? {};
    const m = migrated[table] ?? {};
    if (!declared[table]) out.push(`${table}: migrated, missing from DB in server/db/schema.ts`);
    if (!migrated[table]) out.push(`${table}: in server/db/schema.ts, not in the migrated database`);
    if (!declared[table] || !migrated[table]) continue;
    for (const column of new Set([...Object.keys(d), ...Object.keys(m)])) {
      const a = JSON.stringify(d[column] ?? 'absent');
      const b = JSON.stringify(m[column] ?? 'absent');
      if (a !== b) out.push(`${table}.${column}: Kysely type ${a}, migrated ${b}`);
    }
  }
  return out;
}

describe('Kysely row types', () => {
  const declared = describeKyselyTypes();

  it('are read from schema.ts', () => {
    expect(declared.interventions?.id).toEqual({ nullable: false, type: 'string' });
    expect(declared.interventions?.measurements).toEqual({ nullable: true, type: 'json' });
  });

  for (const kind of testDatabases) {
    it(`match the migrated schema on ${kind.name}`, async () => {
      const database = await kind.open();
      try {
        const { rows } = await sql<{
          table_name: string;
          column_name: string;
          is_nullable: 'YES' | 'NO';
          data_type: string;
        }>`
          select c.table_name, c.column_name, c.is_nullable, c.data_type
          from information_schema.columns c
          join information_schema.tables t using (table_schema, table_name)
          where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
          order by c.table_name, c.ordinal_position`.execute(database.db);
        const migrated: Described = {};
        for (const r of rows) {
          if (notInKysely.has(r.table_name)) continue;
          (migrated[r.table_name] ??= {})[r.column_name] = {
            nullable: r.is_nullable === 'YES',
            type: classOfSql(r.data_type),
          };
        }
        expect(differences(declared, migrated)).toEqual([]);
      } finally {
        await database.close();
      }
    });
  }
});
