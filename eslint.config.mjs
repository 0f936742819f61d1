// Lint: Next.js's own rules plus the layers of docs/architecture.md as import boundaries.
//
//   lib/domain      pure rules: imports only itself (no database, no clock, no framework)
//   lib/shared      pure constants, labels and schemas the browser may load too
//   lib/server      the server: database, sessions, files, the clock and outbox (marked "server-only")
//   lib/actions     server actions: the browser's door to lib/server
//   inngest         durable functions: call lib/server
//   components      React: receive data as props; may import lib/server for types only
//   app             routes: load data through lib/server and hand it to components
//
// `npm run lint` runs this and Prettier's check; `npm test` runs `npm run lint` first.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import boundaries from "eslint-plugin-boundaries";
import prettier from "eslint-config-prettier/flat";

const LAYERS = [
  { type: "domain", pattern: "lib/domain/**", mode: "full" },
  { type: "shared", pattern: "lib/shared/**", mode: "full" },
  { type: "server", pattern: "lib/server/**", mode: "full" },
  { type: "actions", pattern: "lib/actions/**", mode: "full" },
  { type: "inngest", pattern: "inngest/**", mode: "full" },
  { type: "components", pattern: "components/**", mode: "full" },
  { type: "app", pattern: "app/**", mode: "full" },
  { type: "entry", pattern: ["proxy.ts", "instrumentation.ts"], mode: "full" },
  { type: "tooling", pattern: ["scripts/**", "tests/**", "types/**", "*.config.*"], mode: "full" },
];

const ALL = LAYERS.map((layer) => layer.type);

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "lib/server/generated/**",
    "public/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    files: ["**/*.{ts,tsx,mjs}"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": LAYERS,
      "boundaries/include": [
        "app/**",
        "components/**",
        "lib/**",
        "inngest/**",
        "scripts/**",
        "tests/**",
        "types/**",
        "*.ts",
        "*.mjs",
      ],
      "import/resolver": { typescript: { alwaysTryTypes: true } },
    },
    rules: {
      // Links are plain <a> on purpose: every page is rendered whole on the server, and the school pages
      // carry no client router (little JavaScript on slow phones). next/link is not used anywhere.
      "@next/next/no-html-link-for-pages": "off",
      // `_name` marks what is left out on purpose (a destructured field dropped from a copy, say).
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
      // `import { type A } from "x"` would still load x in the bundle (and x may be server-only).
      "@typescript-eslint/no-import-type-side-effects": "error",
      "boundaries/element-types": [
        "error",
        {
          default: "disallow",
          message:
            "${file.type} must not import ${dependency.type} (${dependency.source}): see the layers at the top of eslint.config.mjs",
          rules: [
            { from: ["domain"], allow: ["domain"] },
            { from: ["shared"], allow: ["shared", "domain"] },
            { from: ["server"], allow: ["server", "shared", "domain"] },
            { from: ["actions"], allow: ["actions", "server", "shared", "domain"] },
            { from: ["inngest"], allow: ["inngest", "server", "domain"] },
            { from: ["components"], allow: ["components", "actions", "shared", "domain"] },
            { from: ["components"], allow: ["server"], importKind: "type" },
            { from: ["app"], allow: ALL },
            { from: ["entry"], allow: ["server", "shared", "domain", "inngest"] },
            { from: ["tooling"], allow: ALL },
          ],
        },
      ],
    },
  },
]);
