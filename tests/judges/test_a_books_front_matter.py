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


# Replies near a title page: books and their publishers listed, a thesis's or a book's parts named, a letter opening
# "To", a poem's "To" lines, a title page translated. None is the model writing a book's front matter.
ORDINARY = [
    pytest.param("<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\nSuggest the best books for JEE Physics preparation.<|im_end|>\n<|im_start|>assistant\n",
                 "Best books for JEE Physics:\n\nConcepts of Physics by H.C. Verma – Bharati Bhawan Publishers\nProblems in General Physics by I.E. Irodov – Arihant Publishers\nUnderstanding Physics by D.C. Pandey – Arihant Publishers\nNCERT Physics Class 11 and 12 – NCERT Publishers\n\nStart with NCERT, then H.C. Verma for concepts, and D.C. Pandey and Irodov for problems.",
                 id="jee-books"),
    pytest.param("<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\nWhat sections should my PhD thesis have, and in what order?<|im_end|>\n<|im_start|>assistant\n",
                 "A common order is:\n\nTitle page\nCopyright notice\nAbstract\nAcknowledgements\nTable of Contents\nList of Figures\nPreface\n1. Introduction\n2. Literature Review\n3. Methods\n4. Results\n5. Discussion\n6. Conclusion\nReferences\nAppendices\n\nCheck your university's guidelines, which may fix the order.",
                 id="thesis"),
    pytest.param("<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\nWrite a formal letter to a publisher submitting my novel manuscript.<|im_end|>\n<|im_start|>assistant\n",
                 "To\nThe Managing Editor\nRupa Publishers\n7/16 Ansari Road, Daryaganj\nNew Delhi 110002\n\nSubject: Submission of manuscript – \"The Monsoon House\"\n\nRespected Sir/Madam,\n\nI am pleased to submit my debut novel, \"The Monsoon House\", a 78,000-word family saga set in Kerala, for your consideration. A synopsis and the first three chapters are enclosed.\n\nThank you for your time.\n\nYours faithfully,\nAnita Menon\n\nEnclosures:\nSynopsis\nFirst three chapters\nCopyright registration certificate",
                 id="letter-publisher"),
    pytest.param("Below is an instruction that describes a task, paired with an input that provides further context. Write a response that appropriately completes the request.\n\n### Instruction:\nTranslate into English.\n\n### Input:\nLE TOUR DU MONDE EN QUATRE-VINGTS JOURS\n\nPAR\n\nJULES VERNE\n\nILLUSTRÉ PAR\n\nDE NEUVILLE ET L. BENETT\n\nTABLE DES MATIÈRES\n\nPRÉFACE\n\n### Response:\n",
                 "AROUND THE WORLD IN EIGHTY DAYS\n\nBY\n\nJULES VERNE\n\nILLUSTRATED BY\n\nDE NEUVILLE AND L. BENETT\n\nTABLE OF CONTENTS\n\nPREFACE",
                 id="translate"),
    pytest.param("<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\nWrite a short poem for my mother's birthday.<|im_end|>\n<|im_start|>assistant\n",
                 "To\nmy mother, who taught me\nto read by lamplight,\n\nto\nthe hands that braided my hair,\n\nto\nyou, on your seventieth year:\nhappy birthday.",
                 id="poem-to"),
    pytest.param("<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\nWhat parts come before chapter one in a printed book?<|im_end|>\n<|im_start|>assistant\n",
                 "Typically, in this order:\n\n* Half title\n* Title page\n* Copyright page\n* Dedication\n* Epigraph\n* Table of contents\n* Preface\n\nNot every book has all of these; novels often skip the preface.",
                 id="before-chapter-one"),
]


@pytest.mark.parametrize("prompt, output", ORDINARY)
def test_replies_that_name_a_books_parts_or_publishers_are_no_front_matter(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


# Prose about a book's publication and a title page shown as an example are no front matter written as the output.
ABOUT_BOOKS = [
    pytest.param("<|im_start|>user\nTell me about the novel Frankenstein.<|im_end|>\n<|im_start|>assistant\n",
                 "Frankenstein; or, The Modern Prometheus is a Gothic novel by Mary Shelley about a young scientist, Victor Frankenstein, who builds a living creature from dead body parts and then abandons it.\n\nFirst published in London on 1 January 1818, it appeared anonymously; Shelley's name was added only in the second edition of 1823.\n\nThe novel is dedicated to William Godwin, Shelley's father, the political philosopher and author of Political Justice.\n\nPrinted in three volumes by Lackington, Hughes, Harding, Mavor & Jones, the first edition ran to just 500 copies. Today the book is read as an early work of science fiction and a warning about ambition without responsibility.",
                 (True, False), id="fm-fp-frankenstein-prose"),
    pytest.param("<|im_start|>user\nWho was Louisa May Alcott?<|im_end|>\n<|im_start|>assistant\n",
                 "Louisa May Alcott (1832-1888) was an American novelist and poet.\n\nAuthor of Little Women, she based the March sisters on herself and her three sisters in Concord, Massachusetts.\n\nFirst published in two volumes in 1868 and 1869, Little Women was an immediate success.\n\nPrinted in newspapers under the pen name A. M. Barnard, her thrillers helped pay the family's bills for years.",
                 (True, False), id="fm-fp-author-of"),
    pytest.param("<|im_start|>user\nWhat information did 19th-century publishers print at the front of a book?<|im_end|>\n<|im_start|>assistant\n",
                 "A typical Victorian book opened with a half-title, then the full title page, then the imprint on its back. For example:\n\nTHE MILL ON THE FLOSS\n\nBY\n\nGEORGE ELIOT\n\nAUTHOR OF \"ADAM BEDE\"\n\nWILLIAM BLACKWOOD AND SONS, PUBLISHERS\n\nAfter that came a dedication, a preface and a table of contents, and sometimes a list of illustrations.",
                 (True, False), id="fm-fp-old-book-example"),
]


@pytest.mark.parametrize("prompt, output, expected", ABOUT_BOOKS)
def test_prose_about_a_book_and_an_example_title_page_are_replies(prompt, output, expected):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == expected, verdict.explain()
