import express from "express";

const app = express();
app.get("/api/hello", (req, res) => res.json({ message: "Hello from a container!" }));
app.use(express.static("dist"));
app.listen(3000);
