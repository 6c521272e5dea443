"""How cassettes are matched, scrubbed, written and read.

- `serializer`: cassettes a reviewer can read (JSON bodies parsed, long text as YAML blocks).
- `matching`: a request matches a recording on method, path and parsed JSON body.
- `scrubbing`: what never reaches a file (keys, volatile headers).
- `persistence`: when a recording is saved (test passed, 2xx only), atomically, with provenance.
"""
