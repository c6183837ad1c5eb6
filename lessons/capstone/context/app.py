from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/health")
def health():
    return jsonify(status="ok")


@app.get("/quotes")
def quotes():
    return jsonify(["Small images start fast.", "Ship what runs, leave what builds."])
