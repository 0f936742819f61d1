// The server layer's fence (docs/conventions.md, "The layers"): every lib/server module carries the
// "server-only" marker, and the lint's import table refuses what crosses a layer the wrong way. The
// second half lints small made-up files placed in each layer, so a config that stopped checking
// (a renamed layer, a pattern that no longer matches) fails here rather than letting everything pass.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

describe("lib/server is server-only", () => {
  it("every module imports the marker before anything else", () => {
    const missing = sourceFiles(path.join(ROOT, "lib/server")).filter((file) => {
      const firstImport = readFileSync(file, "utf8").match(/^import\b.*$/m)?.[0];
      return firstImport !== 'import "server-only";';
    });
    expect(missing.map((file) => path.relative(ROOT, file))).toEqual([]);
  });
});

describe("the lint's layer table", () => {
  const eslint = new ESLint({ cwd: ROOT });

  async function boundaryErrors(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
    return (result?.messages ?? [])
      .filter((message) => message.ruleId === "boundaries/element-types")
      .map((message) => message.message);
  }

  const cases: { file: string; code: string; refused: boolean }[] = [
    // A component may take a server type, never a server value.
    {
      file: "components/fence-probe.tsx",
      code: 'import { getPrisma } from "@/lib/server/database";\nexport const probe = getPrisma;\n',
      refused: true,
    },
    {
      file: "components/fence-probe.tsx",
      code: 'import type { CurrentUser } from "@/lib/server/auth";\nexport type Probe = CurrentUser;\n',
      refused: false,
    },
    {
      file: "components/fence-probe.tsx",
      code: 'import { FORM_LABEL } from "@/lib/shared/schools";\nexport const probe = FORM_LABEL;\n',
      refused: false,
    },
    // The domain reaches nothing outside itself; shared code reaches no server code.
    {
      file: "lib/domain/fence-probe.ts",
      code: 'import { FORM_LABEL } from "@/lib/shared/schools";\nexport const probe = FORM_LABEL;\n',
      refused: true,
    },
    {
      file: "lib/shared/fence-probe.ts",
      code: 'import { getEnv } from "@/lib/server/config";\nexport const probe = getEnv;\n',
      refused: true,
    },
    // The server layer never reaches up into the UI or the durable functions.
    {
      file: "lib/server/fence-probe.ts",
      code: 'import { SiteHeader } from "@/components/site/site-header";\nexport const probe = SiteHeader;\n',
      refused: true,
    },
    // Routes may use every layer.
    {
      file: "app/fence-probe.tsx",
      code: 'import { getPrisma } from "@/lib/server/database";\nexport const probe = getPrisma;\n',
      refused: false,
    },
  ];

  it.each(cases)("$file: $code → refused $refused", async ({ file, code, refused }) => {
    const errors = await boundaryErrors(file, code);
    expect(errors.length > 0).toBe(refused);
  });
});
