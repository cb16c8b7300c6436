// The inner loop of the in-memory fingerprint index (fingerprint-index.ts): for every stored
// 2048-bit fingerprint, the number of bits it shares with a query fingerprint. Both searches need
// only that count: a substructure candidate shares all the query's pattern bits, and Tanimoto is
// common / (bits(a) + bits(q) - common).
//
// Why WebAssembly written out by hand: JavaScript has no popcount instruction, and a table-driven
// one costs ~5 ns per 32-bit word, about 300 ms for 1M fingerprints; WebAssembly's i64.popcnt
// compiles to the CPU's POPCNT. The module is 16 instructions per 64-bit word, unrolled over the
// 32 words of a fingerprint, small enough to emit here rather than ship a compiler for it.
// No "server-only" marker: it runs in a worker thread (fingerprint-worker.ts) and in tests.

export const FINGERPRINT_BITS = 2048;
export const FINGERPRINT_BYTES = FINGERPRINT_BITS / 8;
const WORDS = FINGERPRINT_BYTES / 8;
const PAGE = 65_536;

function unsignedLeb(value: number): number[] {
  const bytes: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    bytes.push(byte);
  } while (value);
  return bytes;
}

const vector = (items: number[][]) => [...unsignedLeb(items.length), ...items.flat()];
const section = (id: number, body: number[]) => [id, ...unsignedLeb(body.length), ...body];
const name = (text: string) => [...unsignedLeb(text.length), ...Buffer.from(text, "latin1")];

/**
 * `commonBits(q, rows, n, out)`: for i < n, the u16 at out + 2i = popcount(fingerprint i AND q), where
 * fingerprint i is the 256 bytes at rows + 256i and q the 256 bytes at q.
 */
function scanModule(): Uint8Array<ArrayBuffer> {
  const [Q, ROWS, N, OUT, END] = [0, 1, 2, 3, 4];
  const body: number[] = [
    ...[0x01, 0x01, 0x7f], // one local: END (i32)
    ...[0x20, ROWS, 0x20, N, 0x41, 0x08, 0x74, 0x6a, 0x21, END], // END = rows + (n << 8)
    ...[0x02, 0x40, 0x20, N, 0x45, 0x0d, 0x00], // block; if n == 0 leave
    ...[0x03, 0x40, 0x20, OUT], // loop; push out
  ];
  for (let w = 0; w < WORDS; w++) {
    const offset = unsignedLeb(w * 8);
    body.push(0x20, ROWS, 0x29, 0x03, ...offset, 0x20, Q, 0x29, 0x03, ...offset, 0x83, 0x7b); // i64.load ×2, and, popcnt
    if (w) body.push(0x7c); // i64.add
  }
  body.push(
    ...[0x3d, 0x01, 0x00], // i64.store16
    ...[0x20, OUT, 0x41, 0x02, 0x6a, 0x21, OUT], // out += 2
    ...[0x20, ROWS, 0x41, 0x80, 0x02, 0x6a, 0x22, ROWS], // rows += 256
    ...[0x20, END, 0x47, 0x0d, 0x00, 0x0b, 0x0b, 0x0b], // loop while rows != END; end loop, block, function
  );
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector([[0x60, 0x04, 0x7f, 0x7f, 0x7f, 0x7f, 0x00]])),
    ...section(2, vector([[...name("env"), ...name("memory"), 0x02, 0x00, 0x01]])),
    ...section(3, vector([[0x00]])),
    ...section(7, vector([[...name("commonBits"), 0x00, 0x00]])),
    ...section(10, vector([[...unsignedLeb(body.length), ...body]])),
  ]);
}

let compiled: WebAssembly.Module | undefined;

/** A fingerprint as RDKit MinimalLib writes it ("0110…", bit 0 first), packed as PostgreSQL's varbit_send packs bit(2048). */
export function packFingerprint(bits: string): Uint8Array {
  if (bits.length !== FINGERPRINT_BITS || /[^01]/.test(bits)) throw new Error(`Not a ${FINGERPRINT_BITS}-bit fingerprint`);
  const bytes = new Uint8Array(FINGERPRINT_BYTES);
  for (let i = 0; i < FINGERPRINT_BITS; i++) if (bits.charCodeAt(i) === 49) bytes[i >> 3]! |= 0x80 >> (i & 7);
  return bytes;
}

export function bitCount(fingerprint: Uint8Array): number {
  let count = 0;
  for (let byte of fingerprint) for (; byte; byte &= byte - 1) count++;
  return count;
}

/**
 * `count` fingerprints in one WebAssembly memory, with the bits each shares with a query computed
 * in one pass. Memory: 256 bytes per fingerprint plus 2 bytes of result.
 */
export class FingerprintTable {
  readonly count: number;
  private readonly memory: WebAssembly.Memory;
  private readonly commonBitsOf: (q: number, rows: number, n: number, out: number) => void;
  private readonly rows = FINGERPRINT_BYTES;
  private readonly out: number;

  constructor(count: number) {
    this.count = count;
    this.out = this.rows + count * FINGERPRINT_BYTES;
    const bytes = this.out + count * 2;
    this.memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil(bytes / PAGE)) });
    compiled ??= new WebAssembly.Module(scanModule());
    const instance = new WebAssembly.Instance(compiled, { env: { memory: this.memory } });
    this.commonBitsOf = instance.exports.commonBits as (q: number, rows: number, n: number, out: number) => void;
  }

  /** Stores fingerprints (256 bytes each, packed as packFingerprint does) from position `at` on. */
  write(at: number, fingerprints: Uint8Array) {
    if (fingerprints.length % FINGERPRINT_BYTES || at + fingerprints.length / FINGERPRINT_BYTES > this.count)
      throw new Error("Fingerprints do not fit the table");
    new Uint8Array(this.memory.buffer, this.rows + at * FINGERPRINT_BYTES, fingerprints.length).set(fingerprints);
  }

  /**
   * For each stored fingerprint from `start` to `end`, how many bits it shares with `query` (a view,
   * valid until the next call).
   */
  commonBits(query: Uint8Array, start = 0, end = this.count): Uint16Array {
    if (query.length !== FINGERPRINT_BYTES) throw new Error("Not a packed fingerprint");
    new Uint8Array(this.memory.buffer, 0, FINGERPRINT_BYTES).set(query);
    this.commonBitsOf(0, this.rows + start * FINGERPRINT_BYTES, end - start, this.out);
    return new Uint16Array(this.memory.buffer, this.out, end - start);
  }

  /** Bits set in each stored fingerprint. */
  bitCounts(): Uint16Array {
    return this.commonBits(new Uint8Array(FINGERPRINT_BYTES).fill(0xff)).slice();
  }
}

/** Row flags: which fingerprints a product has, and whether it is discontinued. */
export const HAS_PATTERN = 1;
export const HAS_MORGAN = 2;
export const DISCONTINUED = 4;

/** Rows scanned per pass of a substructure screen, so a broad query stops once it has enough candidates. */
const SCREEN_BLOCK = 16_384;

export type SimilarOptions = { threshold: number; limit: number; excludeId?: number | null; soldOnly?: boolean };

/**
 * Every product's two fingerprints, as the searches read them. Pattern fingerprints are stored in id
 * order (the substructure search confirms candidates in id order, as the SQL path does). Morgan
 * fingerprints are grouped by bit count: Tanimoto(a, q) ≤ min(|a|, |q|) / max(|a|, |q|), so the
 * similarity search reads the groups nearest the query's count first and stops at the first group
 * whose bound is below the best hits found so far (Swamidass & Baldi, J. Chem. Inf. Model. 2007).
 */
export class FingerprintStore {
  readonly count: number;
  private readonly ids: Int32Array;
  private readonly flags: Uint8Array;
  private readonly pattern: FingerprintTable;
  private readonly morgan: FingerprintTable;
  private readonly morganIds: Int32Array;
  private readonly morganFlags: Uint8Array;
  /** Morgan rows with b bits set are at [groupStart[b], groupStart[b + 1]). */
  private readonly groupStart: Int32Array;
  private readonly groupNext: Int32Array;
  private written = 0;

  /** `morganBitCounts[b]`: how many products have a Morgan fingerprint with b bits set. */
  constructor(count: number, morganBitCounts: number[]) {
    this.count = count;
    this.ids = new Int32Array(count);
    this.flags = new Uint8Array(count);
    this.pattern = new FingerprintTable(count);
    this.groupStart = new Int32Array(FINGERPRINT_BITS + 2);
    for (let b = 0; b <= FINGERPRINT_BITS; b++) this.groupStart[b + 1] = this.groupStart[b]! + (morganBitCounts[b] ?? 0);
    const morganCount = this.groupStart[FINGERPRINT_BITS + 1]!;
    this.groupNext = this.groupStart.slice();
    this.morgan = new FingerprintTable(morganCount);
    this.morganIds = new Int32Array(morganCount);
    this.morganFlags = new Uint8Array(morganCount);
  }

  /** The next rows in id order: fingerprints packed 256 bytes per row (zeros where a row has none). */
  append({ ids, flags, pattern, morgan }: { ids: Int32Array; flags: Uint8Array; pattern: Uint8Array; morgan: Uint8Array }) {
    const at = this.written;
    if (at + ids.length > this.count) throw new Error("More products than the index was sized for");
    this.ids.set(ids, at);
    this.flags.set(flags, at);
    this.pattern.write(at, pattern);
    for (let i = 0; i < ids.length; i++) {
      if (!(flags[i]! & HAS_MORGAN)) continue;
      const row = morgan.subarray(i * FINGERPRINT_BYTES, (i + 1) * FINGERPRINT_BYTES);
      const bits = bitCount(row);
      const slot = this.groupNext[bits]!++;
      if (slot >= this.groupStart[bits + 1]!) throw new Error("Morgan bit counts differ from the ones announced");
      this.morgan.write(slot, row);
      this.morganIds[slot] = ids[i]!;
      this.morganFlags[slot] = flags[i]!;
    }
    this.written += ids.length;
  }

  get progress() {
    return `${this.written} of ${this.count} rows, ${this.groupNext.filter((next, b) => b <= FINGERPRINT_BITS && next !== this.groupStart[b + 1]).length} Morgan groups short`;
  }

  /** Whether every announced row arrived. */
  get complete() {
    return this.written === this.count && this.groupNext.every((next, b) => b > FINGERPRINT_BITS || next === this.groupStart[b + 1]);
  }

  /**
   * Ids, in id order, of the products after id `after` that may contain a query with this pattern
   * fingerprint: those with every query bit set, and those without a fingerprint. Stops after `max`
   * ids, so a search that needs one page of candidates reads only as far as that page.
   */
  substructureCandidates(query: Uint8Array, after: number, max: number): Int32Array {
    const needed = bitCount(query);
    const found: number[] = [];
    let first = 0;
    for (let last = this.count; first < last;) {
      const middle = (first + last) >>> 1;
      if (this.ids[middle]! <= after) first = middle + 1;
      else last = middle;
    }
    for (let start = first; start < this.count && found.length < max; start += SCREEN_BLOCK) {
      const end = Math.min(this.count, start + SCREEN_BLOCK);
      const common = this.pattern.commonBits(query, start, end);
      for (let i = start; i < end && found.length < max; i++)
        if (common[i - start] === needed || !(this.flags[i]! & HAS_PATTERN)) found.push(this.ids[i]!);
    }
    return Int32Array.from(found);
  }

  /**
   * Ids of every product whose Tanimoto similarity to the query is at least the threshold and at
   * least the `limit`-th best similarity: the best `limit` with all their ties, for the database to
   * order exactly as the full ranking does (similarity, exact structure first, name).
   */
  similarCandidates(query: Uint8Array, { threshold, limit, excludeId = null, soldOnly = false }: SimilarOptions): Int32Array {
    const q = bitCount(query);
    const best: number[] = []; // the best `limit` similarities, descending
    const hits: { id: number; similarity: number }[] = [];
    const bound = (b: number) => (b === q ? 1 : Math.min(b, q) / Math.max(b, q));
    let below = q; // next group to read under the query's bit count
    let above = q + 1; // and over it
    for (;;) {
      const b =
        below >= 0 && (above > FINGERPRINT_BITS || bound(below) >= bound(above)) ? below-- : above <= FINGERPRINT_BITS ? above++ : -1;
      if (b < 0) break;
      const limitOfGroup = bound(b);
      if (limitOfGroup < threshold || (best.length >= limit && limitOfGroup < best[limit - 1]!)) break;
      const start = this.groupStart[b]!;
      const end = this.groupStart[b + 1]!;
      if (start === end) continue;
      const common = this.morgan.commonBits(query, start, end);
      for (let i = start; i < end; i++) {
        const id = this.morganIds[i]!;
        if (id === excludeId || (soldOnly && this.morganFlags[i]! & DISCONTINUED)) continue;
        const c = common[i - start]!;
        const union = b + q - c;
        if (!union) continue; // two empty fingerprints: no similarity, as in SQL (NULL)
        const similarity = c / union;
        if (similarity < threshold) continue;
        if (best.length >= limit && similarity < best[limit - 1]!) continue;
        hits.push({ id, similarity });
        let at = best.length;
        while (at > 0 && best[at - 1]! < similarity) at--;
        best.splice(at, 0, similarity);
        if (best.length > limit) best.pop();
      }
    }
    const cutoff = best.length >= limit ? best[limit - 1]! : threshold;
    return Int32Array.from(hits.filter((hit) => hit.similarity >= cutoff).map((hit) => hit.id));
  }
}
