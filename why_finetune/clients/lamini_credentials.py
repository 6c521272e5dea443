"""Where the hosted Lamini key and URL come from, in lamini 3.4.6's own order of precedence.

We resolve them ourselves and hand them to the client explicitly, for two reasons: the course's
names (POWERML__PRODUCTION__KEY / _URL) are ignored by lamini 3.4.6 but should keep working for
people coming from the lab, and the recorder must know the exact key value so that it can refuse
to write any file containing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import yaml

from why_finetune.clients.endpoint import Endpoint

DEFAULT_URL = "https://api.lamini.ai"

# Highest precedence first.
KEY_VARIABLES = ("LAMINI_API_KEY", "LAMINI__PRODUCTION__KEY", "POWERML__PRODUCTION__KEY")
URL_VARIABLES = ("LAMINI_API_URL", "LAMINI__PRODUCTION__URL", "POWERML__PRODUCTION__URL")
CONFIG_FILES = (Path("~/.lamini/configure.yaml"), Path("~/.powerml/configure_llama.yaml"))


class MissingKeyError(RuntimeError):
    """No key for the hosted API; the message says how to provide one."""


def find_credentials(environ=None) -> Endpoint | None:
    """The hosted API's endpoint and key, or None when no key is set anywhere."""
    environ = os.environ if environ is None else environ
    config = _config_file_production(environ)
    key: str | None = None
    source = ""
    for name in KEY_VARIABLES:
        if environ.get(name, "").strip():
            key, source = environ[name].strip(), name
            break
    if key is None and config.get("key"):
        key, source = str(config["key"]).strip(), config["_file"]
    if key is None:
        return None
    url: str | None = None
    url_source = ""
    url, url_source = next(
        ((environ[n].strip(), n) for n in URL_VARIABLES if environ.get(n, "").strip()), (None, "")
    )
    if url is None and config.get("url"):
        url, url_source = str(config["url"]).strip(), f"the url in {config['_file']}"
    if url is None:
        url, url_source = DEFAULT_URL, "the default URL"
    return Endpoint(url=url.rstrip("/"), key=key, key_source=source, url_source=url_source)


def require_credentials(refresh_command: str, environ=None) -> Endpoint:
    credentials = find_credentials(environ)
    if credentials is None:
        raise MissingKeyError(
            "No Lamini API key found, so the hosted models cannot be recorded. "
            "Set LAMINI_API_KEY (the course's POWERML__PRODUCTION__KEY also works) "
            f"and run: {refresh_command}"
        )
    return credentials


def _config_file_production(environ) -> dict:
    home = environ.get("HOME")
    for path in CONFIG_FILES:
        path = Path(str(path).replace("~", home, 1)) if home else path.expanduser()
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError):
            continue
        production = data.get("production") if isinstance(data, dict) else None
        if isinstance(production, dict):
            return {**production, "_file": str(path)}
    return {}
