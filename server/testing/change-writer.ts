// A stand-in app process for the no-skip test (server/services/sync/no-skip.int.test.ts): it opens
// many transactions on one PostgreSQL, writes synced rows in each (the change-log triggers log them),
// holds some open while later ones commit, rolls a few back, and prints what it committed.
//   node --import tsx server/testing/change-writer.ts <url> <name> <transactions> <seed>
import { sql } from 'kysely';
import { openDatabase } from '../db/database.ts';

const [url, name, countText, seedText] = process.argv.slice(2);
if (!url || !name || !countText || !seedText)
  throw new Error('usage: change-writer <url> <name> <transactions> <seed>');
const count = Number(countText);

// mulberry32: a seeded generator, so a failing interleaving can be replayed from the printed seed.
let state = Number(seedText) >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const CONCURRENT = 6;
const database = await openDatabase({ kind: 'postgres', url, poolSize: CONCURRENT });
/** Each committed change as the reader will see it: `zone id|name` (name carries the version). */
const committed: string[] = [];
const mine: string[] = [];
let next = 0;

async function worker(): Promise<void> {
  while (next < count) {
    const i = next++;
    const changes: string[] = [];
    const inserted: string[] = [];
    const rollback = random() < 0.05;
    await database.db
      .transaction()
      .execute(async (trx) => {
        const rows = 1 + Math.floor(random() * 3);
        for (let r = 0; r < rows; r++) {
          const id = `${name}-${i}-${r}`;
          await trx.insertInto('zones').values({ id, name: id }).execute();
          changes.push(`${id}|${id}`);
          inserted.push(id);
          if (random() < 0.3) await pause(random() * 5);
        }
        // Now and then, rewrite an earlier row: one more change for the same row id.
        const earlier = mine[Math.floor(random() * mine.length)];
        if (earlier && random() < 0.15) {
          const renamed = `${earlier}#${i}`;
          await sql`update zones set name = ${renamed} where id = ${earlier}`.execute(trx);
          changes.push(`${earlier}|${renamed}`);
        }
        // Hold this transaction (its txid is taken) while others, started later, commit first.
        await pause(random() < 0.1 ? 20 + random() * 120 : random() * 4);
        if (rollback) throw new Rollback();
      })
      .then(
        () => {
          committed.push(...changes);
          mine.push(...inserted);
        },
        (error: unknown) => {
          if (!(error instanceof Rollback)) throw error;
        },
      );
  }
}

class Rollback extends Error {}

await Promise.all(Array.from({ length: CONCURRENT }, () => worker()));
await database.close();
process.stdout.write(`${JSON.stringify({ committed })}\n`);
