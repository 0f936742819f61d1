// A streaming CSV reader (RFC 4180, read leniently): fields separated by `;`, `,` or tab (guessed from
// the header line), optionally in double quotes with "" for a quote inside; quoted fields may hold the
// separator and line breaks. Works on chunks, so a 250,000-row export is never one string in memory.
// Every record carries the file line it starts on, for the rejection report.
//
// Why not a CSV library (csv-parse, say): this reader's contract is lenient where the libraries are
// either strict or silent. A quote inside an unquoted field (`TK 5" A`) is kept as text, while a quoted
// field followed by more text (`"TK A"B`) flags its row for the rejection report; csv-parse either refuses
// both (default) or accepts both without a word (`relax_quotes`). Its `delimiter: [";", ",", "\t"]` splits
// on every one of them rather than guessing the one the header uses (a `;` export with "TK A, Bandung"
// would break), and its `info.lines` is where a record ends, not where it starts.
// tests/unit/csv-reader.test.ts holds the contract.
import "server-only";

export interface CsvRecord {
  /** 1-based line of the file where the record starts (a quoted line break makes a record span lines). */
  line: number;
  fields: string[];
  /** A quote in the wrong place (`"abc"def`): the fields are a guess, the row should be refused. */
  isMalformed: boolean;
}

/** The file cannot be read as CSV at all: nothing of it may be imported. */
export class CsvFileError extends Error {
  override name = "CsvFileError";
}

/** One field this long means a quote was left open: the rest of the file would be that one field. */
export const MAX_RECORD_CHARS = 1_000_000;
const DELIMITERS = [";", ",", "\t"] as const;

/** The separator used most on the header line (`,` when there is none). */
export function guessDelimiter(headerLine: string): string {
  let best: string = ",";
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = headerLine.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

/** Bytes → text, refusing what is not a UTF-8 text file (an .xlsx is a zip; Windows-1252 is not UTF-8). */
async function* decodeUtf8(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  let isFirst = true;
  for await (const chunk of chunks) {
    if (isFirst) {
      isFirst = false;
      const head = chunk.subarray(0, 4096);
      if (head.includes(0) || (head[0] === 0x50 && head[1] === 0x4b)) {
        throw new CsvFileError(
          "Berkas ini bukan CSV (isinya data biner, mungkin berkas Excel .xlsx). Simpan sebagai “CSV UTF-8” lalu unggah lagi.",
        );
      }
    }
    try {
      yield decoder.decode(chunk, { stream: true });
    } catch {
      throw new CsvFileError(
        "Berkas ini bukan teks UTF-8. Simpan dari Excel sebagai “CSV UTF-8 (dipisahkan koma)” lalu unggah lagi.",
      );
    }
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw new CsvFileError("Berkas ini terpotong di tengah sebuah karakter (bukan UTF-8 yang utuh).");
  }
}

/** Text chunks with "\r\n" made "\n" (a "\r" at a chunk's end waits for the next chunk). */
async function* normalizeLineBreaks(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let carry = "";
  for await (const chunk of chunks) {
    let text = carry + chunk;
    carry = "";
    if (text.endsWith("\r")) {
      carry = "\r";
      text = text.slice(0, -1);
    }
    yield text.replace(/\r\n/g, "\n");
  }
  if (carry) yield carry;
}

const QUOTE = 34; // "
const NEWLINE = 10; // \n

/**
 * The records of a CSV file. The separator is guessed from the first line. A blank line is skipped;
 * a quote left open at the end of the file, or a field over a million characters, makes the whole
 * file unreadable (CsvFileError): the rest of it would be one endless field.
 */
export async function* readCsvRecords(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<CsvRecord> {
  let delimiter = -1;
  let fields: string[] = [];
  let value = "";
  let isQuoted = false; // inside a quoted field
  let afterQuote = false; // just read the quote that may close the quoted field
  let isFieldStart = true;
  let isMalformed = false;
  let line = 1;
  let recordLine = 1;

  const endRecord = (): CsvRecord | null => {
    fields.push(value);
    const record =
      fields.length === 1 && fields[0] === "" && !isMalformed ? null : { line: recordLine, fields, isMalformed };
    fields = [];
    value = "";
    isMalformed = false;
    isFieldStart = true;
    return record;
  };

  function* parse(text: string): Generator<CsvRecord> {
    let sliceStart = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isQuoted) {
        if (c === QUOTE) {
          value += text.slice(sliceStart, i);
          sliceStart = i + 1;
          isQuoted = false;
          afterQuote = true;
        } else if (c === NEWLINE) line++;
        continue;
      }
      if (afterQuote) {
        afterQuote = false;
        if (c === QUOTE) {
          // "" inside a quoted field is one quote; keep reading the quoted field.
          value += '"';
          sliceStart = i + 1;
          isQuoted = true;
          continue;
        }
        if (c !== delimiter && c !== NEWLINE) isMalformed = true;
      }
      if (c === delimiter || c === NEWLINE) {
        value += text.slice(sliceStart, i);
        sliceStart = i + 1;
        if (c === delimiter) {
          fields.push(value);
          value = "";
          isFieldStart = true;
        } else {
          const record = endRecord();
          line++;
          recordLine = line;
          if (record) yield record;
        }
        continue;
      }
      if (c === QUOTE && isFieldStart) {
        isQuoted = true;
        sliceStart = i + 1;
      }
      isFieldStart = false;
    }
    value += text.slice(sliceStart);
    if (value.length > MAX_RECORD_CHARS) {
      throw new CsvFileError(`Baris ${recordLine} terlalu panjang; mungkin ada tanda petik (") yang tidak ditutup.`);
    }
  }

  // The separator is guessed from the whole first line, however the chunks cut it.
  let head: string | null = "";
  const startWith = (text: string) => {
    const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const firstLineEnd = clean.indexOf("\n");
    delimiter = guessDelimiter(firstLineEnd === -1 ? clean : clean.slice(0, firstLineEnd)).charCodeAt(0);
    head = null;
    return clean;
  };
  for await (const text of normalizeLineBreaks(decodeUtf8(bytes))) {
    if (head === null) {
      yield* parse(text);
      continue;
    }
    head += text;
    if (head.includes("\n") || head.length > 65_536) yield* parse(startWith(head));
  }
  if (head !== null) yield* parse(startWith(head));
  if (isQuoted) {
    throw new CsvFileError(
      `Tanda petik (") yang dibuka di baris ${recordLine} tidak pernah ditutup: berkas rusak atau terpotong.`,
    );
  }
  if (fields.length > 0 || value !== "" || afterQuote) {
    const record = endRecord();
    if (record) yield record;
  }
}
