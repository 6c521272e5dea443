"""Base and chat outputs side by side: in the terminal and as one self-contained HTML file.

Every view is built from the same rows (model.py): one row per pair, query and form, holding the
base model's cell and the chat model's cell. Where the rows come from is the only thing that
differs between `compare` (recordings), `compare --live` (generated now), `compare --published`
(the course's 2023 outputs) and the pytest run (results collected by the plugin). The views render
the judges' verdicts; they never judge: each cell's verdict and each row's pair verdict come from
why_finetune.catalogue.case_verdict, with the catalogue's thresholds, as the tests decide them.
"""
