"""The optional LLM judge: off by default; with --finetune-llm-judge its calls are recorded and replayed."""

import shutil

import pytest
import yaml
from throwaway_project import copy_project, files_under, recorded_project, run_pytest

from why_finetune.catalogue import CatalogueError, load_catalogue
from why_finetune.commands.refresh import recording_arguments
from why_finetune.judges.llm_judge import OUTPUT_LIMIT, grader_from, read_opinion

pytestmark = pytest.mark.loopback
JUDGED = "llm-judge/local/mars/templated/chat"


@pytest.fixture(scope="module")
def recorded(tmp_path_factory, reuse_local_server):
    return recorded_project(tmp_path_factory.mktemp("recorded"), *recording_arguments("local"), "--finetune-llm-judge",
                            env=reuse_local_server)

@pytest.fixture
def project(recorded, tmp_path):
    return copy_project(recorded, tmp_path)


def test_recording_with_the_llm_judge_records_its_question_beside_each_case(recorded):
    judged = sorted(name for name in files_under(recorded / "cassettes") if name.startswith("llm-judge/"))
    assert judged == [f"llm-judge/local/mars/{f}/{r}.yaml" for f in ("raw", "templated") for r in ("base", "chat")]
    cassette = yaml.safe_load((recorded / "cassettes" / f"{JUDGED}.yaml").read_text())
    request = cassette["interactions"][0]["request"]["parsed_body"]
    assert request["model_name"] == "HuggingFaceTB/SmolLM2-135M-Instruct"
    assert "Question: What do you think of Mars?" in request["prompt"]
    assert "Reply with one word: yes or no." in request["prompt"]


def test_replay_with_the_llm_judge_is_offline_and_writes_nothing(project):
    before = files_under(project)
    run = run_pytest(project, "--finetune-pair", "local", "--finetune-llm-judge")
    assert run.returncode == 0, run.stdout + run.stderr
    assert files_under(project) == before


def test_without_the_option_the_llm_judge_is_not_asked(project):
    shutil.rmtree(project / "cassettes" / "llm-judge")
    assert run_pytest(project, "--finetune-pair", "local").returncode == 0


def test_a_missing_judge_recording_names_the_command(project):
    (project / "cassettes" / f"{JUDGED}.yaml").unlink()
    run = run_pytest(project, "--finetune-pair", "local", "--finetune-llm-judge")
    assert run.returncode == 1
    assert f"{JUDGED}: no recording of the LLM judge" in run.stdout
    assert "-- --finetune-llm-judge" in run.stdout


def test_the_llm_judge_disagreeing_with_an_expectation_fails_with_its_reply(project):
    cassette = yaml.safe_load((project / "cassettes" / f"{JUDGED}.yaml").read_text())
    opinion = read_opinion(cassette["interactions"][0]["response"]["parsed_body"]["output"])
    contrary = "not answers" if opinion.answers else "answers"
    catalogue = project / "catalogue.yaml"
    catalogue.write_text(catalogue.read_text() + f"expect:\n  chat: [{contrary}]\n")
    run = run_pytest(project, "--finetune-pair", "local", "--finetune-llm-judge", "--finetune-case", "local/mars/templated/chat")
    assert run.returncode == 1
    assert "the LLM judge says" in run.stdout


@pytest.mark.parametrize("reply, answers", [("Yes.", True), (" no, it does not", False), ("Maybe", None), ("", None)])
def test_the_graders_first_word_is_its_opinion(reply, answers):
    assert read_opinion(reply).answers is answers


def test_the_question_holds_the_query_and_at_most_the_output_limit(tmp_path):
    path = tmp_path / "catalogue.yaml"
    path.write_text(
        "queries: [{id: q, text: 'Why?'}]\n"
        "pairs: {p: {backend: local, base: b, chat: c, template: '<s>{query}</s>'}}\n"
        "llm_judge: {pair: p}\n"
    )
    catalogue = load_catalogue(path)
    grader = grader_from(catalogue)
    prompt = grader.prompt(catalogue.case("p/q/raw/base"), "x" * (OUTPUT_LIMIT + 500))
    assert prompt.startswith("<s>") and prompt.endswith("</s>")
    assert "Question: Why?" in prompt and "x" * OUTPUT_LIMIT in prompt and "x" * (OUTPUT_LIMIT + 1) not in prompt
    assert (grader.model, grader.max_new_tokens) == ("c", 4)


@pytest.mark.parametrize("pair", [
    "{backend: local, base: b, chat: c, forms: [raw]}",
    "{backend: hosted, client: openai, url: 'http://h/v1', base: b, chat: c, forms: [raw]}",
])
def test_the_grader_must_be_a_pair_with_a_template(tmp_path, pair):
    path = tmp_path / "catalogue.yaml"
    path.write_text(f"queries: [{{id: q, text: 'Why?'}}]\npairs: {{p: {pair}}}\nllm_judge: {{pair: p}}\n")
    with pytest.raises(CatalogueError, match=rf"{path}: llm_judge: pair 'p' must have a template"):
        grader_from(load_catalogue(path))


def test_the_grader_may_be_a_pair_of_any_client(tmp_path):
    path = tmp_path / "catalogue.yaml"
    path.write_text("queries: [{id: q, text: 'Why?'}]\n"
                    "pairs: {p: {backend: hosted, client: openai, url: 'http://h/v1', base: b, chat: c, "
                    "template: '<s>{query}</s>'}}\nllm_judge: {pair: p}\n")
    assert grader_from(load_catalogue(path)).pair.client == "openai"
