import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";

// The repository explains itself: its code and documents cite only what is in it — docs/rules.md for the
// service's rules, docs/conventions.md for how the code is built — never notes that live beside it on a
// build machine (a specification, a style guide, "house rule" numbers of a file nobody who clones this has).
const OUTSIDE = [
  /\.\.\/shared\b/,
  /\bSPEC(\.md)?\b/,
  /\bSTYLE\.md\b/,
  /\bhouse rule\b/i,
  /\bDOMAIN-DATA\b/,
  /\bENVIRONMENT\.md\b/,
];

describe("documentation in the repository", () => {
  const files = execFileSync("git", ["ls-files"], { encoding: "utf8" })
    .split("\n")
    .filter(
      (file) =>
        /\.(ts|tsx|mjs|js|md|sh|json|prisma|sql|conf)$/.test(file) &&
        file !== "tests/unit/docs-in-repo.test.ts" &&
        fs.existsSync(file),
    );

  it("cites nothing outside the repository", () => {
    const found = files.flatMap((file) =>
      fs
        .readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, index) =>
          OUTSIDE.some((pattern) => pattern.test(line)) ? [`${file}:${index + 1}: ${line.trim().slice(0, 120)}`] : [],
        ),
    );
    expect(found).toEqual([]);
  });

  it("the documents the code cites exist", () => {
    for (const doc of ["docs/rules.md", "docs/conventions.md", "docs/architecture.md"])
      expect(fs.existsSync(doc), doc).toBe(true);
  });
});
