// The school import's CSV reader (lib/server/schools/csv-reader.ts): what it promises the import, whatever
// parses underneath — the separator guessed from the header line, quoted fields with separators, line
// breaks and "" inside, the file line each record starts on (the rejection report names it), a quote in the
// wrong place flagging its row, and files that cannot be CSV at all refused as a whole.
import { describe, expect, it } from "vitest";
import { CsvFileError, readCsvRecords, type CsvRecord } from "@/lib/server/schools";

async function* chunksOf(text: string | Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function read(text: string | Uint8Array, size?: number): Promise<CsvRecord[]> {
  const records: CsvRecord[] = [];
  for await (const record of readCsvRecords(chunksOf(text, size))) records.push(record);
  return records;
}

const plain = (records: CsvRecord[]) => records.map((r) => [r.line, r.fields, r.isMalformed]);

describe("the school import's CSV reader", () => {
  it.each([
    ["semicolons (Dapodik's export)", "npsn;nama\n123;TK A, Bandung\n"],
    ["commas", 'npsn,nama\n123,"TK A, Bandung"\n'],
    ["tabs", "npsn\tnama\n123\tTK A, Bandung\n"],
  ])("guesses the separator from the header line: %s", async (_name, text) => {
    expect(plain(await read(text))).toEqual([
      [1, ["npsn", "nama"], false],
      [2, ["123", "TK A, Bandung"], false],
    ]);
  });

  it("reads quoted fields with separators, doubled quotes and line breaks, and numbers lines from where a record starts", async () => {
    const text = 'npsn;nama;alamat\r\n1;"TK ""Melati""";"Jl. A;\r\nRT 1"\r\n\r\n2;TK B;"x\ny\nz"\n3;TK C;\n';
    expect(plain(await read(text, 3))).toEqual([
      [1, ["npsn", "nama", "alamat"], false],
      [2, ["1", 'TK "Melati"', "Jl. A;\nRT 1"], false],
      [5, ["2", "TK B", "x\ny\nz"], false],
      [8, ["3", "TK C", ""], false],
    ]);
  });

  it("skips blank lines, reads a last line without a line break, and drops a byte-order mark", async () => {
    expect(plain(await read("\uFEFFnpsn;nama\n\n1;A\n\n2;B"))).toEqual([
      [1, ["npsn", "nama"], false],
      [3, ["1", "A"], false],
      [5, ["2", "B"], false],
    ]);
  });

  it("keeps a quote inside an unquoted field as it is", async () => {
    expect(plain(await read('npsn;nama\n1;TK 5" A\n'))).toEqual([
      [1, ["npsn", "nama"], false],
      [2, ["1", 'TK 5" A'], false],
    ]);
  });

  it("flags a row whose quoted field is followed by more text, and reads on", async () => {
    const records = await read('npsn;nama\n1;"TK A"B\n2;TK C\n');
    expect(records.map((r) => [r.line, r.isMalformed])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
    expect(records[2]?.fields).toEqual(["2", "TK C"]);
  });

  it.each([
    ["a quote never closed", 'npsn;nama\n1;"TK A\n2;TK B\n', /tidak pernah ditutup/],
    ["binary content (an .xlsx is a zip)", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1]), /bukan CSV/],
    ["text that is not UTF-8", new Uint8Array([0x6e, 0x3b, 0x61, 0x0a, 0x31, 0x3b, 0xe9, 0x0a]), /bukan teks UTF-8/],
  ])("refuses the whole file for %s", async (_name, content, message) => {
    await expect(read(content)).rejects.toThrow(CsvFileError);
    await expect(read(content)).rejects.toThrow(message);
  });
});
