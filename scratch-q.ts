import Database from "better-sqlite3";
const db = new Database("/tmp/wt-classes-bench.db");
const sql = process.argv[2]!;
const t0 = performance.now();
const rows = db.prepare(sql).all(Date.now());
console.log(rows.length, (performance.now() - t0).toFixed(0), "ms");
