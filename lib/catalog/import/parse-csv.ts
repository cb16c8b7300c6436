// RFC 4180 CSV, read by csv-parse from a stream of text chunks so a 100k-row file is never held whole.
// Catalog exports come from spreadsheets, so the parser accepts what they write: a UTF-8 BOM, CRLF, LF
// or CR line ends, quoted fields holding commas, doubled quotes and line breaks, stray quotes. Each
// record carries the physical line it starts on, which is what a person fixing the file needs.
import { Readable } from "node:stream";
import { parse, type CsvError } from "csv-parse";

/** One CSV row: its fields as written and the physical line (1-based) it starts on. */
export type CsvRow = { line: number; fields: string[]; problems: string[] };

/** One data row keyed by the header's column names. */
export type CsvRecord = { line: number; record: Record<string, string>; problems?: string[] };

/** The file cannot be read as CSV at all (no header, or a header naming a column twice). */
export class CsvFormatError extends Error {}

/**
 * Every line break as "\n", even one split across two chunks. Line breaks inside fields are then stored
 * as "\n" whichever convention the file used, so the same data exported on Windows and on Linux imports
 * identically; and csv-parse, which counts a CRLF inside a quoted field as two lines, sees one kind.
 */
async function* withLfLineEnds(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string> {
  let afterCR = false;
  for await (const chunk of chunks) {
    let text: string = afterCR && chunk.startsWith("\n") ? chunk.slice(1) : chunk;
    if (text.length === 0) continue;
    afterCR = text.endsWith("\r");
    text = text.replace(/\r\n?/g, "\n");
    yield text;
  }
}

/** Split text chunks into rows. Chunk boundaries may fall anywhere, even inside a CRLF or a `""`. */
export async function* parseCsvRows(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<CsvRow> {
  // The only error left once quotes and column counts are relaxed: a quoted field still open at the end
  // of the file, found when the input ends, so after every other row. It becomes that row's problem.
  const unclosed: { raw: string; error: CsvError }[] = [];
  const parser = Readable.from(withLfLineEnds(chunks)).pipe(
    parse({
      bom: true,
      relax_quotes: true, // `5" disk` in an unquoted field is kept as written rather than losing the row
      relax_column_count: true, // parseCsv reports a wrong field count on the row itself
      skip_empty_lines: true, // a line with nothing on it is not a record (spreadsheets often leave one)
      raw: true,
      skip_records_with_error: true,
      on_skip: (error, raw) => {
        if (error) unclosed.push({ raw: raw ?? "", error });
        return undefined;
      },
    }),
  );
  // Lines are counted from each record's raw text: skipped blank lines lead it, its own line break ends it.
  let nextLine = 1;
  const locate = (raw: string) => {
    const body = raw.replace(/^\n+/, "");
    const line = nextLine + raw.length - body.length;
    nextLine = line + body.split("\n").length - (body.endsWith("\n") ? 1 : 0);
    return line;
  };
  for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
    yield { line: locate(raw), fields: record, problems: [] };
  }
  for (const { raw, error } of unclosed) {
    const line = locate(raw);
    const problem = error.code === "CSV_QUOTE_NOT_CLOSED" ? `the quoted field opened on line ${line} is never closed` : error.message;
    yield { line, fields: [], problems: [problem] };
  }
}

/**
 * Rows after the first, keyed by the first row's column names (trimmed). A row with a different
 * number of fields than the header still yields, with a problem attached, so the importer can reject
 * that one row and carry on.
 */
export async function* parseCsv(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<CsvRecord> {
  let header: string[] | undefined;
  for await (const row of parseCsvRows(chunks)) {
    if (!header) {
      header = row.fields.map((name) => name.trim());
      const seen = new Set<string>();
      for (const name of header) {
        if (name && seen.has(name.toLowerCase())) throw new CsvFormatError(`the header names the column "${name}" twice`);
        seen.add(name.toLowerCase());
      }
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((name, i) => {
      // An unnamed column (a trailing comma in the header) carries nothing anyone can map.
      if (name) record[name] = row.fields[i] ?? "";
    });
    const problems = [...row.problems];
    // A row that could not be split has no fields to count.
    if (!problems.length && row.fields.length !== header.length) {
      problems.push(`the row has ${row.fields.length} field(s) but the header has ${header.length} (an unquoted comma or line break?)`);
    }
    yield problems.length ? { line: row.line, record, problems } : { line: row.line, record };
  }
  if (!header) throw new CsvFormatError("the file is empty: a header row naming the columns is needed");
}
