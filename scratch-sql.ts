import { buildQuery } from "./lib/instructor/item-analysis";
const { sql } = buildQuery({ version: process.argv[2] ?? "all" } as never, () => "?", new Date());
console.log(sql.replace("?", String(Date.now())) + ";");
