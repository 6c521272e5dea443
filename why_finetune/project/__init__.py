"""Where a project keeps its behaviour suite: the catalogue, the cassettes and the snapshots.

Everything is found from the project, never from this package's location, so that the same
installed package serves any number of projects. The places are pytest ini options, relative to
the directory of the ini file (pytest.ini, pyproject.toml, tox.ini or setup.cfg), or to pytest's
rootdir when there is none:

    [tool.pytest.ini_options]
    why_finetune_catalogue = "behaviour.yaml"   # default: catalogue.yaml
    why_finetune_cassettes = "recordings"       # default: cassettes
    why_finetune_snapshots = "snapshots"        # default: snapshots

The environment variable WHY_FINETUNE_CATALOGUE, when set, overrides the catalogue's place.
The commands (compare, refresh, orphans) are not run by pytest, so `find_project` looks for the
project's ini file the way pytest does, from the current directory up.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

CATALOGUE_ENV = "WHY_FINETUNE_CATALOGUE"


class ProjectError(ValueError):
    """The project's ini file cannot be read; the message names it. pytest refuses to run with it too."""

# ini option name -> its default, a path relative to the ini file's directory
SETTINGS = {
    "why_finetune_catalogue": "catalogue.yaml",
    "why_finetune_cassettes": "cassettes",
    "why_finetune_snapshots": "snapshots",
}
HELP = {
    "why_finetune_catalogue": "the behaviour suite's catalogue of queries and pairs (default: catalogue.yaml)",
    "why_finetune_cassettes": "the folder of the behaviour suite's recordings (default: cassettes)",
    "why_finetune_snapshots": "the folder of the behaviour suite's snapshots (default: snapshots)",
}


@dataclass(frozen=True)
class Project:
    root: Path  # the ini file's directory (pytest's rootdir when there is no ini file)
    catalogue: Path
    cassettes: Path
    snapshots: Path
    inifile: Path | None = None  # the pytest ini file the settings came from, if any

    @property
    def has_catalogue(self) -> bool:
        return self.catalogue.is_file()


def project_from(base: Path, settings: dict[str, str], inifile: Path | None = None) -> Project:
    """The project whose ini values are `settings` (missing or empty ones take their defaults)."""
    def place(name: str) -> Path:
        return base / (settings.get(name) or SETTINGS[name])

    override = os.environ.get(CATALOGUE_ENV)
    catalogue = Path(override).absolute() if override else place("why_finetune_catalogue")
    return Project(base, catalogue, place("why_finetune_cassettes"), place("why_finetune_snapshots"), inifile)


def project_from_pytest(config) -> Project:
    """The project of a pytest run, from its rootdir and ini file."""
    base = Path(config.inipath).parent if config.inipath else Path(config.rootpath)
    return project_from(base, {name: config.getini(name) for name in SETTINGS}, config.inipath)


def find_project(start: Path | None = None) -> Project:
    """The project a command runs in: found from `start` (the current directory) as pytest would."""
    start = Path(start or Path.cwd()).absolute()
    for directory in (start, *start.parents):
        for name, read in _INI_FILES:
            path = directory / name
            if path.is_file():
                settings = read(path)
                if settings is not None:
                    return project_from(directory, settings, path)
    # No ini file: pytest then takes the first directory up holding a pyproject.toml or setup.py.
    for directory in (start, *start.parents):
        if (directory / "pyproject.toml").is_file() or (directory / "setup.py").is_file():
            return project_from(directory, {})
    return project_from(start, {})


def _from_pyproject(path: Path) -> dict | None:
    try:
        tool = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except tomllib.TOMLDecodeError as error:
        # Passed over, the project's settings would be dropped without a word and the default
        # folders used instead, which pytest itself never does.
        raise ProjectError(f"{path}: not valid TOML ({error}); pytest cannot read it either") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ProjectError(f"{path}: cannot read it ({type(error).__name__})") from None
    pytest_table = tool.get("pytest")
    if not isinstance(pytest_table, dict):
        return None
    options = pytest_table.get("ini_options", pytest_table)
    return {name: str(options[name]) for name in SETTINGS if name in options}


def _from_ini(section: str):
    def read(path: Path) -> dict | None:
        sections = _ini_sections(path)
        if section == "tool:pytest" and "pytest" in sections and section not in sections:
            # pytest stops on it (its #3086): read as no settings, the default folders would be used.
            raise ProjectError(f"{path}: [pytest] is not read from setup.cfg; name the section [tool:pytest]")
        if section not in sections:
            return None
        return {name: sections[section][name].strip() for name in SETTINGS if name in sections[section]}

    return read


def _ini_sections(path: Path) -> dict[str, dict[str, str]]:
    """The file's sections, parsed as pytest parses them (iniconfig, one of its own dependencies), so
    that a file pytest refuses is refused here too rather than passed over for the default folders."""
    import iniconfig

    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProjectError(f"{path}: not UTF-8 text (byte 0x{error.object[error.start]:02x} at offset "
                           f"{error.start}); save it as UTF-8") from None
    except OSError as error:
        raise ProjectError(f"{path}: cannot read it ({error.strerror or type(error).__name__})") from None
    try:
        parsed = iniconfig.IniConfig(str(path), data=text)
    except iniconfig.ParseError as error:
        raise ProjectError(f"{error}; pytest refuses to run with it too") from None
    return {name: dict(parsed[name].items()) for name in parsed.sections}


def _always_ini(path: Path) -> dict:
    # pytest.ini counts as the ini file even without a [pytest] section.
    return _from_ini("pytest")(path) or {}


# In pytest's order of precedence, within one directory.
_INI_FILES = (
    ("pytest.ini", _always_ini),
    (".pytest.ini", _always_ini),
    ("pyproject.toml", _from_pyproject),
    ("tox.ini", _from_ini("pytest")),
    ("setup.cfg", _from_ini("tool:pytest")),
)
