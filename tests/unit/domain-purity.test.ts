// lib/domain must stay pure (docs/conventions.md, "The layers"): no framework, no database, no I/O, no environment,
// and never the wall clock, so every rule can be tested at any instant with no mocks. This test reads
// the files (the test may do I/O; the domain may not) and names the offending line.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const DOMAIN_DIR = fileURLToPath(new URL("../../lib/domain/", import.meta.url));

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listSourceFiles(full);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

const FORBIDDEN_MODULE = /^(node:|(next|react|react-dom|@prisma|fs|path|crypto|child_process|http|https|os)(\/|$))/;
const MODULE_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g;
const FORBIDDEN_TEXT: [RegExp, string][] = [
  [/process\.env/, "reads process.env"],
  [/Date\.now\s*\(/, "reads the clock with Date.now()"],
  [/new\s+Date\s*\(\s*\)/, "reads the clock with new Date()"],
  [/\bperformance\.now\s*\(/, "reads the clock with performance.now()"],
  [/\bMath\.random\s*\(/, "uses randomness"],
];

function violationsOf(source: string): string[] {
  const found: string[] = [];
  source.split("\n").forEach((line, index) => {
    for (const match of line.matchAll(MODULE_SPECIFIER)) {
      if (FORBIDDEN_MODULE.test(match[1] ?? "")) found.push(`line ${index + 1}: imports "${match[1]}"`);
    }
    for (const [pattern, what] of FORBIDDEN_TEXT) {
      if (pattern.test(line)) found.push(`line ${index + 1}: ${what}`);
    }
  });
  return found;
}

const files = listSourceFiles(DOMAIN_DIR);

describe("lib/domain is pure", () => {
  it("finds the domain files", () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files.map((file) => [path.relative(DOMAIN_DIR, file), file]))("%s", (_name, file) => {
    expect(violationsOf(readFileSync(file, "utf8"))).toEqual([]);
  });

  it("the scanner itself catches what it must", () => {
    const bad = [
      'import { PrismaClient } from "@prisma/client";',
      'import { cookies } from "next/headers";',
      "import { useState } from 'react';",
      'import { readFileSync } from "node:fs";',
      'const m = await import("node:crypto");',
      "const url = process.env.DATABASE_URL;",
      "const t = Date.now();",
      "const now = new Date();",
    ].join("\n");
    expect(violationsOf(bad)).toHaveLength(8);
    expect(violationsOf('const due = new Date(start.getTime() + ms);\nimport type { Actor } from "./types";')).toEqual(
      [],
    );
  });
});
