/**
 * Compiles what `npm start` runs into plain JavaScript (dist/): the production server and the
 * database set-up (migrations, question sync). Packages stay in node_modules; the app's own code
 * (lib/, app/api/, scripts/server/, the generated Prisma clients) is bundled, so production needs no
 * tsx and no TypeScript. Run by `npm run build` after `next build`.
 */
import { build, type Plugin } from "esbuild";
import { rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

// "server-only" marks modules that must never reach a browser; on the server it is the empty module
// (what React Server Components resolve it to). Resolved here, at build time: a runtime resolve hook
// (module.register) would run Node's module hooks thread beside the server for its whole life, which
// cost 20–50 MB of RSS (README → Performance).
const serverOnly: Plugin = {
  name: "server-only",
  setup(b) {
    b.onResolve({ filter: /^server-only$/ }, () => ({ path: path.join(root, "node_modules", "server-only", "empty.js") }));
  },
};

rmSync(path.join(root, "dist"), { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { serve: "scripts/serve.ts", setup: "scripts/db/setup.ts" },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  plugins: [serverOnly],
  tsconfig: "tsconfig.json",
  sourcemap: true,
  logLevel: "warning",
  metafile: true,
});
const outputs = Object.keys(result.metafile.outputs).filter((f) => f.endsWith(".mjs"));
// Nothing resolves "server-only" at run time any more, so no output may leave it to Node.
const unresolved = outputs.filter((f) => result.metafile.outputs[f]!.imports.some((i) => i.external && i.path === "server-only"));
if (unresolved.length) throw new Error(`"server-only" left external in ${unresolved.join(", ")}`);
console.log(`Server compiled: ${outputs.length} files in dist/ (${Object.keys(result.metafile.inputs).length} sources).`);
