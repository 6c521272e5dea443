"""The Lamini-compatible local server: two real small models behind `POST /v1/completions` on loopback.

`models` finds and loads the GGUF weights with xllamacpp, `app` speaks the HTTP API, `main` is the
`python -m why_finetune serve` command and `process` starts that command as a child process.
"""
