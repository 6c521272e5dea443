"""A wiki article given to summarise, its markup on its lines ("== Geschichte ==", "{{Infobox ...}}"): an output that
writes a line of that markup after its summary (a new section's heading, the article's infobox, a list of its links)
is the article going on: it answers, and it drifts. A summary with no markup, or markup the request asks for, does
not drift. Constructed by hand after real outputs (German Wikipedia summaries of a small instruct model and its
fine-tune)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

ARTICLE = ("Die '''Nordbahn''' ist eine [[Eisenbahnstrecke]] in [[Österreich]].\n\n== Geschichte ==\n"
           "Die Strecke wurde 1837 als erste Dampfeisenbahn des Landes eröffnet und später bis Krakau verlängert.\n\n"
           "== Verlauf ==\nSie führt von Wien nach Norden über Gänserndorf bis an die tschechische Grenze.\n")
PROMPT = ("Bitte erstellen Sie eine prägnante Zusammenfassung des folgenden Artikels auf Deutsch.\n\nArtikel:\n"
          + ARTICLE + "\nZusammenfassung:\n")
SUMMARY = ("Die Nordbahn ist die erste Dampfeisenbahn Österreichs, 1837 eröffnet, und führt von Wien nach Norden bis "
           "an die tschechische Grenze.")


@pytest.mark.parametrize("markup", [
    "\n\n== Fahrzeuge ==\nAuf der Strecke fuhren zuerst Lokomotiven aus England.",
    "\n\n{{Infobox Bahnstrecke\n|Name = Nordbahn\n|Länge = 80 km",
    "\n\n- [[Wien]]\n- [[Gänserndorf]]\n- [[Bernhardsthal]]",
])
def test_a_summary_then_the_articles_markup_answers_and_drifts(markup):
    verdict = judge(PROMPT, SUMMARY + markup)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert any(e.measure == "prompt.wiki_markup" for e in verdict.evidence), verdict.explain()


def test_a_summary_with_no_markup_does_not_drift():
    verdict = judge(PROMPT, SUMMARY)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_markup_the_request_asks_for_is_no_drift():
    prompt = PROMPT.replace("auf Deutsch.", "auf Deutsch, als Wikitext mit Abschnitten.")
    verdict = judge(prompt, SUMMARY + "\n\n== Verlauf ==\nVon Wien nach Norden.")
    assert not any(e.measure == "prompt.wiki_markup" for e in verdict.evidence if e.property == "drifts"), \
        verdict.explain()
