// RFC 4180 CSV, read from a stream of text chunks so a 100k-row file is never held whole. Catalog
// exports come from spreadsheets, so the parser accepts what they write: a UTF-8 BOM, CRLF or LF line
// ends, quoted fields holding commas, doubled quotes and line breaks. Each record carries the
// physical line it starts on, which is what a person fixing the file needs.

/** One CSV row: its fields as written and the physical line (1-based) it starts on. */
export type CsvRow = { line: number; fields: string[]; problems: string[] };

/** One data row keyed by the header's column names. */
export type CsvRecord = { line: number; record: Record<string, string>; problems?: string[] };

/** The file cannot be read as CSV at all (no header, or a header naming a column twice). */
export class CsvFormatError extends Error {}

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;
const BOM = 0xfeff;

/** Split text chunks into rows. Chunk boundaries may fall anywhere, even inside a CRLF or a `""`. */
export async function* parseCsvRows(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<CsvRow> {
  let fields: string[] = [];
  let field = "";
  let inQuotes = false;
  // Inside a quoted field, a `"` is either the closing quote or the first of a doubled pair: the next
  // character (possibly in the next chunk) decides.
  let quotePending = false;
  let atFieldStart = true;
  let rowQuoted = false;
  // The previous character was a CR; a LF right after it is the same line break.
  let afterCR = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  let first = true;

  const endField = () => {
    // Line breaks inside a field are stored as "\n" whichever convention the file used, so the same
    // data exported on Windows and on Linux imports identically.
    fields.push(field.includes("\r") ? field.replace(/\r\n?/g, "\n") : field);
    field = "";
    atFieldStart = true;
  };
  // A line with nothing on it is not a record (spreadsheets often leave one at the end).
  const rowIsBlank = () => fields.length === 1 && fields[0] === "" && !rowQuoted;

  for await (const raw of chunks) {
    let chunk = raw;
    if (first && chunk.length > 0) {
      if (chunk.charCodeAt(0) === BOM) chunk = chunk.slice(1);
      first = false;
    }
    let seg = 0; // start of the not-yet-copied part of the current field in this chunk
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (inQuotes) {
        if (quotePending) {
          quotePending = false;
          if (c === QUOTE) {
            seg = i; // a doubled quote: keep this one as a literal `"`
            continue;
          }
          inQuotes = false; // that was the closing quote; handle c as an unquoted character below
        } else {
          if (c === QUOTE) {
            field += chunk.slice(seg, i);
            quotePending = true;
            seg = i + 1;
          } else if (c === LF) {
            if (!afterCR) line++;
            afterCR = false;
          } else if (c === CR) {
            line++;
            afterCR = true;
          } else {
            afterCR = false;
          }
          continue;
        }
      }
      if (c === COMMA) {
        field += chunk.slice(seg, i);
        endField();
        seg = i + 1;
        afterCR = false;
      } else if (c === LF || c === CR) {
        if (c === LF && afterCR) {
          afterCR = false; // second half of a CRLF that already ended the row
          seg = i + 1;
          continue;
        }
        field += chunk.slice(seg, i);
        endField();
        if (!rowIsBlank()) yield { line: rowLine, fields, problems: [] };
        fields = [];
        rowQuoted = false;
        line++;
        rowLine = line;
        afterCR = c === CR;
        seg = i + 1;
      } else {
        afterCR = false;
        if (c === QUOTE && atFieldStart) {
          inQuotes = true;
          rowQuoted = true;
          quoteLine = line;
          seg = i + 1;
        }
        // A quote inside an unquoted field, or text after a closing quote, is kept as written:
        // spreadsheets produce both, and rejecting the row would lose data a person can still read.
        atFieldStart = false;
      }
    }
    field += chunk.slice(seg);
  }

  const problems: string[] = [];
  if (inQuotes && !quotePending) problems.push(`the quoted field opened on line ${quoteLine} is never closed`);
  if (field !== "" || fields.length > 0 || rowQuoted) {
    endField();
    if (!rowIsBlank()) yield { line: rowLine, fields, problems };
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
    if (row.fields.length !== header.length) {
      problems.push(`the row has ${row.fields.length} field(s) but the header has ${header.length} (an unquoted comma or line break?)`);
    }
    yield problems.length ? { line: row.line, record, problems } : { line: row.line, record };
  }
  if (!header) throw new CsvFormatError("the file is empty: a header row naming the columns is needed");
}
