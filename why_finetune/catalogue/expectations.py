"""What each case is expected to show, read from the catalogue, and how a verdict is held to it.

Expectations are data, at three levels, each overriding the one before:

    expect:                          # top level: every pair, every query
      base: [drifts]
      chat: [answers]
      chat_better: true              # the paired check: chat answers better than base
    pairs: {local: {expect: {raw: {chat: []}}}}               # a pair, optionally per form
    queries: [{id: mars, expect: {local: {raw: {chat: []}}}}]  # a query, per pair, optionally per form

The `chat` form shares its name with the `chat` role: in an expect block a list is the role's
(`chat: [answers]`), a mapping is the form's (`chat: {chat: [answers]}`).
A role's list holds properties the output must show ("answers", "drifts") or must not show
("not answers", "not drifts"). An empty list expects nothing of that role.
Judge thresholds come from `thresholds:` on a pair, then on a query (the query's win).
"""

from __future__ import annotations

from dataclasses import dataclass

from why_finetune.catalogue import Case, CatalogueError, Pair, Query, is_form_layer

PROPERTIES = ("answers", "drifts")


@dataclass(frozen=True)
class Expectation:
    property: str
    wanted: bool

    def __str__(self) -> str:
        return self.property if self.wanted else f"not {self.property}"


def role_expectations(catalogue, case: Case) -> list[Expectation]:
    settings = _settings(catalogue, case.pair, case.query, case.form)
    return [_parse(entry, catalogue.path, case.id) for entry in settings.get(case.role) or []]


def chat_better_expected(catalogue, pair: Pair, query: Query, form: str) -> bool:
    return bool(_settings(catalogue, pair, query, form).get("chat_better", False))


def thresholds_for(catalogue, pair: Pair, query: Query):
    from why_finetune.judges import Thresholds

    overrides = {**(pair.options.get("thresholds") or {}), **(query.options.get("thresholds") or {})}
    try:
        return Thresholds().with_overrides(overrides) if overrides else Thresholds()
    except (KeyError, ValueError, TypeError) as error:
        where = catalogue.path if catalogue is not None else "the catalogue"
        raise CatalogueError(f"{where}: thresholds for {pair.id}/{query.id}: {error}") from None


def unmet(expectations: list[Expectation], verdict) -> list[Expectation]:
    return [e for e in expectations if getattr(verdict, e.property) != e.wanted]


def _settings(catalogue, pair: Pair, query: Query, form: str) -> dict:
    merged: dict = {}
    for layer in (catalogue.expect, pair.options.get("expect"), (query.options.get("expect") or {}).get(pair.id)):
        if not layer:
            continue
        merged.update({k: v for k, v in layer.items() if not is_form_layer(k, v)})
        form_layer = layer.get(form)
        merged.update(form_layer if isinstance(form_layer, dict) else {})  # a list under chat is the role's
    return merged


def _parse(entry, path, case_id: str) -> Expectation:
    words = str(entry).split()
    wanted = not (len(words) == 2 and words[0] == "not")
    name = words[-1] if words else ""
    if name not in PROPERTIES or len(words) > 2 or (len(words) == 2 and words[0] != "not"):
        allowed = ", ".join(PROPERTIES + tuple(f"not {p}" for p in PROPERTIES))
        raise CatalogueError(f"{path}: expectation {entry!r} for {case_id} is not one of: {allowed}")
    return Expectation(name, wanted)
