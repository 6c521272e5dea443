"""vcrpy looks for every HTTP library it can patch each time a cassette opens and closes.

Its patchers `import botocore`, `httplib2`, `tornado`, `httpx2`, ... inside `try/except ImportError`,
on entering *and* leaving every cassette. A library that is not installed is searched for on the
whole of sys.path each time: about a millisecond per replayed case, more than the rest of vcrpy's
work. Python's own answer to "this module is known to be absent" is a None entry in sys.modules,
which makes such an import fail at once with the same ModuleNotFoundError; `remember_absent()`
writes one for each library vcrpy probes that is not installed now. Installed libraries are left
alone, so vcrpy patches exactly what it patched before.
"""

from __future__ import annotations

import importlib.util
import sys

#: The top-level packages vcrpy's patchers try to import (vcr/patch.py, vcrpy 9.4).
PROBED = ("boto3", "botocore", "httplib2", "tornado", "aiohttp", "httpx", "httpx2", "httpx_curl_cffi", "pyreqwest")


def remember_absent(names=PROBED) -> list[str]:
    """Mark the probed packages that are not installed as absent; returns their names."""
    absent = []
    for name in names:
        if name in sys.modules:
            continue
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = True  # unusual: leave it to the real import to decide
        if not found:
            sys.modules[name] = None  # type: ignore[assignment]  # None marks a module as absent
            absent.append(name)
    return absent
