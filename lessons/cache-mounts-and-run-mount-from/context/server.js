const http = require("node:http");
const Database = require("better-sqlite3");

const db = new Database("guestbook.db");
db.exec("CREATE TABLE IF NOT EXISTS entries (name TEXT, at TEXT)");

http
  .createServer((req, res) => {
    const name = new URL(req.url, "http://localhost").searchParams.get("name");
    if (name) db.prepare("INSERT INTO entries VALUES (?, datetime('now'))").run(name);
    const rows = db.prepare("SELECT name, at FROM entries ORDER BY at DESC LIMIT 20").all();
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(rows));
  })
  .listen(3000);
