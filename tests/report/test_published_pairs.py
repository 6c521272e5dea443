"""A pair's published outputs are named in the catalogue (`published:`), not inferred from its name."""

import pytest

from why_finetune.catalogue import CatalogueError, load_catalogue
from why_finetune.report.sources.published import PublishedError, published_report
from why_finetune.report.sources.recorded import recorded_report

QUERIES = """queries:
  - id: dog-sit
    text: "Tell me how to train my dog to sit"
"""
LAB_PAIR = """    backend: hosted
    base: meta-llama/Llama-2-7b-hf
    chat: meta-llama/Llama-2-7b-chat-hf
    template: "[INST]{query}[/INST]"
"""


def catalogue_with(tmp_path, pairs: str):
    path = tmp_path / "catalogue.yaml"
    path.write_text(QUERIES + "pairs:\n" + pairs)
    return load_catalogue(path)


def test_a_pair_of_any_name_that_names_the_course_s_outputs_shows_them(tmp_path):
    catalogue = catalogue_with(tmp_path, "  lab-2023:\n    published: course-2023-08\n" + LAB_PAIR)
    report = published_report(catalogue, tmp_path / "cassettes", tmp_path / "snapshots")
    assert {row.pair for row in report.rows} == {"lab-2023"}
    assert any(row.base.output for row in report.rows)
    recorded = recorded_report(catalogue, catalogue.cases(), tmp_path / "cassettes", tmp_path / "snapshots")
    assert any("printed in 2023" in note for note in recorded.notes)


def test_a_pair_named_course_without_the_field_shows_no_published_outputs(tmp_path):
    catalogue = catalogue_with(tmp_path, "  course:\n" + LAB_PAIR)
    with pytest.raises(PublishedError, match="no pair names published outputs"):
        published_report(catalogue, tmp_path / "cassettes", tmp_path / "snapshots")
    recorded = recorded_report(catalogue, catalogue.cases(), tmp_path / "cassettes", tmp_path / "snapshots")
    assert not any("2023" in note for note in recorded.notes)


def test_a_set_the_package_does_not_hold_is_named_with_the_field(tmp_path):
    catalogue = catalogue_with(tmp_path, "  lab:\n    published: course-1999-01\n" + LAB_PAIR)
    with pytest.raises(PublishedError, match=r"pair 'lab': field 'published': 'course-1999-01' is not a set"):
        published_report(catalogue, tmp_path / "cassettes", tmp_path / "snapshots")


def test_the_field_must_be_a_name(tmp_path):
    with pytest.raises(CatalogueError, match="field 'published' must name a set of published outputs"):
        catalogue_with(tmp_path, "  lab:\n    published: [course]\n" + LAB_PAIR)
