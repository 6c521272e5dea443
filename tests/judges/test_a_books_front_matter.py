"""A base model trained on scanned books takes "Write a short biography of ..." for a book's opening and writes its
title page: a byline, "AUTHOR OF ...", an illustrator, a publisher and a year, a dedication, "CONTENTS". That is no
biography, and it drifts, though its title names the person. A biography under a title, a reading list of books and
their authors, and a title page asked for are replies. Constructed after LLaMA-7B and its FactTune DPO tune writing
biographies."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures

PROMPT = "Write a short biography of Ada Lovelace.\n\n"


@pytest.mark.parametrize("output", [
    pytest.param("ADA LOVELACE\n\nBY\n\nHENRY T. MARSH\n\nAUTHOR OF \"THE LIFE OF FARADAY,\" \"MEN OF SCIENCE,\" ETC.\n\n"
                 "_WITH ILLUSTRATIONS_\n\nBOSTON\n\nLITTLE, BROWN AND COMPANY, PUBLISHERS\n\n1902\n\nTO\n\nMY MOTHER\n\n"
                 "CONTENTS\n\nCHAPTER I. CHILDHOOD\n\nCHAPTER II. THE ENGINE\n\nCHAPTER III. THE NOTES", id="title-page"),
    pytest.param("THE COUNTESS OF NUMBERS\n\n_A Life of Ada Lovelace_\n\nBy MARGARET HALE\n\n[Illustration: THE COUNTESS]"
                 "\n\nCopyright, 1911, by Margaret Hale\n\nAll rights reserved\n\nPREFACE\n\nThe following pages were "
                 "written for young readers.", id="title-subtitle-imprint"),
])
def test_a_books_front_matter_answers_nothing_and_drifts(output):
    verdict = judge(PROMPT, output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()
    assert "page.front_matter" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param(PROMPT, "ADA LOVELACE\nBy a student of the history of computing\n\nAda Lovelace (1815-1852) was an "
                 "English mathematician, the daughter of Lord Byron. She worked with Charles Babbage on his Analytical "
                 "Engine and wrote the first published algorithm meant for a machine, in her notes on the engine.",
                 id="a-biography-under-a-title-and-byline"),
    pytest.param("Recommend three classic novels.",
                 "Here are three classics:\n\nPride and Prejudice\nBY JANE AUSTEN\n\nMoby-Dick\nBY HERMAN MELVILLE\n\n"
                 "Middlemarch\nBY GEORGE ELIOT", id="a-reading-list-with-bylines"),
    pytest.param("Write the title page and the table of contents for my novel about a lighthouse keeper.",
                 "THE LAST LIGHT\n\nBY\n\nANNA KERR\n\nNORTHWIND PRESS, PUBLISHERS\n\nCONTENTS\n\nI. The Storm\n\n"
                 "II. The Keeper\n\nIII. The Ship", id="a-title-page-asked-for"),
])
def test_bylines_and_title_pages_that_reply_do_not_drift_as_front_matter(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()
