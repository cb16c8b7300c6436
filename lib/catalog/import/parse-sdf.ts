// SD files (MDL/BIOVIA CTfile format), read line by line from a stream of text chunks so a large file
// is never held whole. A record is a molblock (V2000 or V3000: both end at "M  END"), then data items
// ("> <name>" header, value lines, a blank line), then "$$$$". The molblock is kept as written:
// RDKit parses it, so this parser only has to find where it ends.

export type SdfRecord = {
  /** Physical line (1-based) of the molblock's first (title) line. */
  line: number;
  record: { molblock: string; fields: Record<string, string> };
  problems?: string[];
};

const BOM = "\uFEFF";
// "> <name>", ">  <name>  (12)", "> 12 <name>", "> DT12 <name>": the name is what sits in angle brackets.
const DATA_HEADER = /^>.*?<([^>]*)>/;
const isEnd = (line: string) => line.trimEnd() === "M  END";
const isRecordEnd = (line: string) => line.startsWith("$$$$");

/**
 * Splits text arriving in chunks into lines, without their CRLF/LF ends; chunk boundaries may fall
 * anywhere. Synchronous within a chunk: an SD record is ~40 lines, and a promise per line (an async
 * generator) cost about as much as the rest of the parse.
 */
class LineSplitter {
  private rest = "";
  private first = true;

  *push(chunk: string): Generator<string> {
    let text = this.rest + chunk;
    if (this.first && text.length > 0) {
      if (text.startsWith(BOM)) text = text.slice(1);
      this.first = false;
    }
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      yield text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
      start = end + 1;
    }
    this.rest = text.slice(start);
  }

  *end(): Generator<string> {
    const rest = this.rest;
    this.rest = "";
    if (rest !== "") yield rest.endsWith("\r") ? rest.slice(0, -1) : rest;
  }
}

/** Lines of the text, without their CRLF/LF ends; chunk boundaries may fall anywhere. */
export async function* textLines(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string> {
  const lines = new LineSplitter();
  for await (const chunk of chunks) yield* lines.push(chunk);
  yield* lines.end();
}

export async function* parseSdf(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<SdfRecord> {
  let lineNo = 0;
  let start = 1;
  let mol: string[] = [];
  let inMolblock = true;
  let fields: Record<string, string> = {};
  let fieldName: string | undefined;
  let value: string[] = [];
  let problems: string[] = [];

  const endField = () => {
    if (fieldName === undefined) return;
    if (Object.hasOwn(fields, fieldName)) problems.push(`the data field <${fieldName}> appears twice`);
    fields[fieldName] = value.join("\n");
    fieldName = undefined;
    value = [];
  };
  const finish = (): SdfRecord | undefined => {
    endField();
    if (inMolblock && mol.some((l) => l.trim() !== "")) problems.push('the molblock has no "M  END" line');
    const empty = mol.every((l) => l.trim() === "") && Object.keys(fields).length === 0;
    const record: SdfRecord = { line: start, record: { molblock: mol.join("\n"), fields } };
    if (problems.length) record.problems = problems;
    mol = [];
    inMolblock = true;
    fields = {};
    problems = [];
    start = lineNo + 1;
    // Blank lines after the last "$$$$" are not a record.
    return empty ? undefined : record;
  };

  // Records completed by the current chunk's lines, handed out once the chunk is split.
  const done: SdfRecord[] = [];
  const read = (line: string) => {
    lineNo++;
    if (isRecordEnd(line)) {
      const record = finish();
      if (record) done.push(record);
      return;
    }
    if (inMolblock) {
      // Only past the three header lines can a data header mean the molblock ended without "M  END";
      // the title line itself may be anything, including blank.
      if (mol.length >= 3 && DATA_HEADER.test(line)) {
        problems.push('the molblock has no "M  END" line');
        inMolblock = false;
      } else {
        mol.push(line);
        if (isEnd(line)) inMolblock = false;
        return;
      }
    }
    if (fieldName === undefined) {
      const header = DATA_HEADER.exec(line);
      if (header) fieldName = header[1]!.trim();
      // Anything else between data items (stray blank lines) carries no data.
      return;
    }
    // A value runs to the next blank line; some writers omit that line before "$$$$" (handled above).
    if (line.trim() === "") endField();
    else value.push(line);
  };

  const lines = new LineSplitter();
  for await (const chunk of chunks) {
    for (const line of lines.push(chunk)) read(line);
    yield* done.splice(0);
  }
  for (const line of lines.end()) read(line);
  yield* done.splice(0);
  const record = finish();
  if (record) yield record;
}
