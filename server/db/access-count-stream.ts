import "server-only";
import { DescribeTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type Shard,
  type _Record as StreamRecord,
} from "@aws-sdk/client-dynamodb-streams";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { config, localCredentials } from "../config";
import { db, tableName } from "./client";
import { batchGetByKey, getRecord } from "./item";
import { keys } from "./keys";
import { tagBackgroundRequests } from "./scan-guard";
import { TransactionRefused, transactWrite, tx } from "./write";

/**
 * The access-day counters, counted from the table's stream (issue 19). A door event is one plain idempotent put
 * (access-log-batch.ts); DynamoDB writes one INSERT stream record when an item is created and never another for
 * it (a rewrite is a MODIFY, or nothing), so counting INSERTs of items that carry `countOn` counts each event once.
 *
 * Stream records reach a reader at least once (a reader may crash after counting and before saying so, several
 * app instances read the same shard). Exactly once comes from a checkpoint per stream shard, written in the SAME
 * transaction as the counts: the transaction holds only if the checkpoint is still where this reader started
 * reading (`seq = :after`, or none yet). A second reader of the same records fails that condition, reads the
 * checkpoint and drops what is already counted (sequence numbers compared as numbers, kept as written).
 *
 * Production: every app instance runs this poller (instrumentation.ts, each second); the table's stream is
 * enabled by the CDK stack (infra/lib/data.ts) and the task role may read it. AWS advises at most two readers per
 * shard; beyond two instances the extra readers' GetRecords are throttled, which only delays their next poll.
 */

/** Sequence numbers are decimal strings of any length (DynamoDB Local's are 21 digits, zero-padded). */
const after = (a: string, b: string) => BigInt(a) > BigInt(b);
/** Counter items a transaction may touch next to the checkpoint. */
const MAX_COUNTERS = 99;
/** A page with nothing to count moves the checkpoint only when it holds at least this many records. */
const QUIET_PAGE = 100;
/** Counter shards: readers of different stream shards write different counter items (keys.accessStats). */
const COUNTER_SHARDS = 16;

type Checkpoint = { seq?: string; done?: boolean };
type Count = { buildingId: string; day: string; granted: number; denied: number; ttl: number };

let clients: { streams: DynamoDBStreamsClient; table: DynamoDBClient; arn?: string } | undefined;

function streamClients() {
  if (!clients) {
    const c = config();
    const opts = {
      region: c.AWS_REGION,
      endpoint: c.DYNAMODB_ENDPOINT,
      credentials: localCredentials(c.DYNAMODB_ENDPOINT),
    };
    clients = { streams: new DynamoDBStreamsClient(opts), table: new DynamoDBClient(opts) };
    tagBackgroundRequests(clients.table);
    // the same middleware fits: both clients build HTTP requests with headers the same way
    tagBackgroundRequests(clients.streams as unknown as DynamoDBClient);
  }
  return clients;
}

async function streamArn(): Promise<string> {
  const c = streamClients();
  if (!c.arn) {
    const { Table } = await c.table.send(new DescribeTableCommand({ TableName: tableName() }));
    if (!Table?.LatestStreamArn)
      throw new Error(`Table ${tableName()} has no stream (see table-definition.ts)`);
    c.arn = Table.LatestStreamArn;
  }
  return c.arn;
}

async function listShards(arn: string): Promise<Shard[]> {
  const shards: Shard[] = [];
  let start: string | undefined;
  do {
    const out = await streamClients().streams.send(
      new DescribeStreamCommand({ StreamArn: arn, ExclusiveStartShardId: start }),
    );
    shards.push(...(out.StreamDescription?.Shards ?? []));
    start = out.StreamDescription?.LastEvaluatedShardId;
  } while (start);
  return shards;
}

/**
 * Reads every stream shard from its checkpoint to its current end and counts what is new; parents before
 * children (a split shard's records come after its parent's). Safe to run in several places at once.
 */
export async function catchUpAccessCounts(): Promise<{ records: number; counted: number }> {
  const arn = await streamArn();
  const shards = await listShards(arn);
  const ids = new Set(shards.map((s) => s.ShardId));
  const checkpoints = new Map<string, Checkpoint>();
  const got = await batchGetByKey<Checkpoint>(
    shards.map((s) => keys.streamCheckpoint(s.ShardId as string)),
    true,
  );
  for (const [i, s] of shards.entries()) checkpoints.set(s.ShardId as string, got[i] ?? {});
  const totals = { records: 0, counted: 0 };
  const left = shards.filter((s) => !checkpoints.get(s.ShardId as string)?.done);
  for (let progress = true; progress && left.length; ) {
    progress = false;
    for (const s of [...left]) {
      const parent = s.ParentShardId;
      if (parent && ids.has(parent) && !checkpoints.get(parent)?.done) continue;
      left.splice(left.indexOf(s), 1);
      progress = true;
      const out = await readShard(arn, s.ShardId as string, checkpoints.get(s.ShardId as string) ?? {});
      checkpoints.set(s.ShardId as string, out.checkpoint);
      totals.records += out.records;
      totals.counted += out.counted;
    }
  }
  return totals;
}

async function readShard(arn: string, shardId: string, from: Checkpoint) {
  const streams = streamClients().streams;
  let seq = from.seq;
  const iterator = async () =>
    (
      await streams.send(
        new GetShardIteratorCommand({
          StreamArn: arn,
          ShardId: shardId,
          ...(seq
            ? { ShardIteratorType: "AFTER_SEQUENCE_NUMBER", SequenceNumber: seq }
            : { ShardIteratorType: "TRIM_HORIZON" }),
        }),
      )
    ).ShardIterator;
  let it = await iterator();
  let records = 0;
  let counted = 0;
  while (it) {
    const out = await streams.send(new GetRecordsCommand({ ShardIterator: it, Limit: 1000 }));
    const page = out.Records ?? [];
    records += page.length;
    if (page.length) {
      const r = await countRecords(shardId, page, seq);
      counted += r.counted;
      if (r.overtaken) {
        // another reader is ahead: continue after its checkpoint
        seq = r.checkpoint;
        it = await iterator();
        continue;
      }
      seq = r.checkpoint;
    }
    if (!out.NextShardIterator) {
      // a closed shard read to its end: its children may start
      await db().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.streamCheckpoint(shardId),
          UpdateExpression: "SET #done = :t",
          ExpressionAttributeNames: { "#done": "done" },
          ExpressionAttributeValues: { ":t": true },
        }),
      );
      return { checkpoint: { seq, done: true }, records, counted };
    }
    if (!page.length) break; // caught up with an open shard
    it = out.NextShardIterator;
  }
  return { checkpoint: { seq }, records, counted };
}

/**
 * Counts one page of a shard's records (in order), read right after checkpoint `from` (undefined: from the
 * shard's start), and moves the shard's checkpoint past it, in one transaction per at most MAX_COUNTERS counter
 * items. Records at or before the stored checkpoint are already counted and skipped. Exported for the tests,
 * which hand it pages the way a second reader or a redelivery would.
 */
export async function countRecords(
  shardId: string,
  page: StreamRecord[],
  from?: string,
): Promise<{ counted: number; checkpoint?: string; overtaken: boolean }> {
  let records = page
    .filter((r) => r.dynamodb?.SequenceNumber)
    .map((r) => ({ r, seq: r.dynamodb?.SequenceNumber as string }));
  let counted = 0;
  let overtaken = false;
  let checkpoint = from;
  while (records.length) {
    // the longest prefix touching at most MAX_COUNTERS counter items
    const counts = new Map<string, Count>();
    let n = 0;
    for (; n < records.length; n++) {
      const c = countOf(records[n].r);
      if (!c) continue;
      const k = `${c.buildingId}/${c.day}`;
      if (!counts.has(k) && counts.size >= MAX_COUNTERS) break;
      const sum = counts.get(k) ?? { ...c, granted: 0, denied: 0 };
      sum.granted += c.granted;
      sum.denied += c.denied;
      counts.set(k, sum);
    }
    const last = records[n - 1].seq;
    // nothing to count in a short page: the checkpoint stays (each checkpoint write is itself a stream record, so
    // writing one per idle page would feed the reader forever); it moves with the next count or a long page
    if (!counts.size && n < QUIET_PAGE) return { counted, checkpoint, overtaken };
    try {
      await transactWrite([
        ...[...counts.values()].map((c) => counterUpdate(c, counterShard(shardId))),
        tx.put(
          { ...keys.streamCheckpoint(shardId), shardId, seq: last },
          checkpoint ? "#seq = :after" : "attribute_not_exists(#seq)",
          {
            ExpressionAttributeNames: { "#seq": "seq" },
            ...(checkpoint ? { ExpressionAttributeValues: { ":after": checkpoint } } : {}),
          },
        ),
      ]);
      counted += [...counts.values()].reduce((a, c) => a + c.granted + c.denied, 0);
      checkpoint = last;
      records = records.slice(n);
    } catch (e) {
      if (!(e instanceof TransactionRefused) || e.reasons.at(-1) !== "ConditionalCheckFailed") throw e;
      // counted already, at least in part, by another reader: keep only what lies after its checkpoint
      const stored = (await getRecord<{ seq?: string }>(keys.streamCheckpoint(shardId)))?.seq;
      overtaken = true;
      // never behind where this page was read from (it only moves forward): if so, read again from there
      if (!stored || (checkpoint && after(checkpoint, stored)))
        return { counted, checkpoint: stored, overtaken };
      checkpoint = stored;
      records = records.filter((x) => after(x.seq, stored));
    }
  }
  return { counted, checkpoint, overtaken };
}

/** The count a record adds: an INSERT of an access log written by live ingestion (it carries `countOn`). */
function countOf(r: StreamRecord): Count | null {
  if (r.eventName !== "INSERT") return null;
  const img = r.dynamodb?.NewImage;
  const day = img?.countOn?.S;
  const buildingId = img?.buildingId?.S;
  const result = img?.result?.S;
  if (!day || !buildingId || (result !== "granted" && result !== "denied")) return null;
  return {
    buildingId,
    day,
    granted: result === "granted" ? 1 : 0,
    denied: result === "denied" ? 1 : 0,
    ttl: Number(img?.ttl?.N ?? 0),
  };
}

function counterShard(shardId: string): number {
  let h = 0;
  for (const ch of shardId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % COUNTER_SHARDS;
}

function counterUpdate(c: Count, shard: number) {
  return tx.update(keys.accessStats(c.buildingId, c.day, shard), {
    UpdateExpression:
      "ADD #total :total, #granted :granted, #denied :denied SET #day = :day, #ttl = if_not_exists(#ttl, :ttl)",
    ExpressionAttributeNames: {
      "#total": "total",
      "#granted": "granted",
      "#denied": "denied",
      "#day": "day",
      "#ttl": "ttl",
    },
    ExpressionAttributeValues: {
      ":total": c.granted + c.denied,
      ":granted": c.granted,
      ":denied": c.denied,
      ":day": c.day,
      ":ttl": c.ttl,
    },
  });
}
