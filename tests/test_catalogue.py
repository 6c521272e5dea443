"""The catalogue: the course's queries exactly as the lab sent them, stable case ids, clear errors."""

import pytest

from why_finetune.catalogue import CatalogueError, load_catalogue

LAB_QUERIES = [
    "Tell me how to train my dog to sit",
    "What do you think of Mars?",
    "taylor swift's best friend",
    "Agent: I'm here to help you with your Amazon deliver order.\nCustomer: I didn't get my item\n"
    "Agent: I'm sorry to hear that. Which item was it?\nCustomer: the blanket\nAgent:",
]


def test_the_shipped_catalogue_begins_with_the_labs_four_queries_verbatim():
    assert [q.text for q in load_catalogue().queries][: len(LAB_QUERIES)] == LAB_QUERIES


def test_every_query_goes_in_every_form_to_both_models_of_every_pair():
    catalogue = load_catalogue()
    cases = catalogue.cases()
    sent = {(case.pair.id, case.query.id, case.form) for case in cases}
    assert len(cases) == 2 * len(sent)  # a base and a chat case for each
    assert len({case.id for case in cases}) == len(cases)
    for pair_id in {case.pair.id for case in cases}:
        assert {query for pair, query, _ in sent if pair == pair_id} == {query.id for query in catalogue.queries}
        assert {form for pair, _, form in sent if pair == pair_id} == set(catalogue.pair(pair_id).forms)
    assert "local/amazon-agent/templated/chat" in {case.id for case in cases}


def test_the_course_pair_sends_what_the_lab_sent():
    catalogue = load_catalogue()
    course = catalogue.pair("course")
    assert (course.base, course.chat) == ("meta-llama/Llama-2-7b-hf", "meta-llama/Llama-2-7b-chat-hf")
    case = catalogue.case("course/dog-sit/templated/chat")
    assert case.prompt == "[INST]Tell me how to train my dog to sit[/INST]"
    assert catalogue.case("course/dog-sit/raw/base").prompt == "Tell me how to train my dog to sit"
    assert course.max_new_tokens is None  # the lab sent the prompt only


def test_a_case_id_is_built_from_catalogue_ids_and_parses_back():
    catalogue = load_catalogue()
    case = catalogue.case("local/mars/templated/base")
    assert (case.pair.id, case.query.id, case.form, case.role) == ("local", "mars", "templated", "base")
    assert case.model == "google/gemma-3-270m"


def write(tmp_path, text):
    path = tmp_path / "catalogue.yaml"
    path.write_text(text)
    return path


PAIRS = """
pairs:
  p:
    backend: local
    base: b
    chat: c
    template: "<{query}>"
"""


def test_a_duplicate_query_id_is_an_error_naming_the_file_and_id(tmp_path):
    path = write(tmp_path, "queries:\n  - {id: q, text: a}\n  - {id: q, text: b}\n" + PAIRS)
    with pytest.raises(CatalogueError, match=rf"{path}: query 'q': duplicate id"):
        load_catalogue(path)


def test_a_query_without_text_is_an_error_naming_the_field(tmp_path):
    path = write(tmp_path, "queries:\n  - {id: q}\n" + PAIRS)
    with pytest.raises(CatalogueError, match=r"query 'q': missing field 'text'"):
        load_catalogue(path)


@pytest.mark.parametrize(
    "entry, message",
    [
        ("{id: q, text: 42}", r"query 'q': field 'text' must be text, not int 42; quote it in the YAML"),
        ("{id: q, text: yes}", r"query 'q': field 'text' must be text, not bool True; quote it in the YAML"),
        ("{id: q, text: '  '}", r"query 'q': field 'text' is empty"),
    ],
)
def test_a_query_text_that_is_not_text_says_so(tmp_path, entry, message):
    path = write(tmp_path, f"queries:\n  - {entry}\n" + PAIRS)
    with pytest.raises(CatalogueError, match=rf"{path}: {message}"):
        load_catalogue(path)


def test_a_pair_without_a_chat_model_is_an_error(tmp_path):
    path = write(tmp_path, "queries:\n  - {id: q, text: a}\npairs:\n  p: {backend: local, base: b, template: '{query}'}\n")
    with pytest.raises(CatalogueError, match=r"pair 'p': missing field 'chat'"):
        load_catalogue(path)


def test_an_unknown_pair_lists_the_known_ones():
    catalogue = load_catalogue()
    with pytest.raises(CatalogueError, match=rf"unknown pair 'nope'; the catalogue has: {', '.join(sorted(catalogue.pairs))}"):
        catalogue.pair("nope")


def test_a_template_without_a_query_slot_is_an_error(tmp_path):
    path = write(tmp_path, "queries:\n  - {id: q, text: a}\npairs:\n  p: {backend: local, base: b, chat: c, template: x}\n")
    with pytest.raises(CatalogueError, match=r"must contain \{query\}"):
        load_catalogue(path)


CHAT_ONLY = ("queries:\n  - {id: q, text: a}\npairs:\n"
             "  p: {backend: hosted, client: openai, url: 'http://h/v1', base: b, chat: c, forms: %s}\n")


def test_a_pair_without_the_templated_form_needs_no_template(tmp_path):
    pair = load_catalogue(write(tmp_path, CHAT_ONLY % "[chat, raw]")).pair("p")
    assert pair.template is None
    assert load_catalogue(tmp_path / "catalogue.yaml").case("p/q/chat/chat").prompt == "a"


def test_a_pair_with_the_templated_form_needs_its_template(tmp_path):
    with pytest.raises(CatalogueError, match=r"pair 'p': missing field 'template' .*the templated form sends it"):
        load_catalogue(write(tmp_path, CHAT_ONLY % "[chat, templated]"))


def test_braces_in_a_query_survive_templating(tmp_path):
    path = write(tmp_path, "queries:\n  - {id: q, text: 'say {hi}'}\n" + PAIRS)
    assert load_catalogue(path).case("p/q/templated/chat").prompt == "<say {hi}>"


def test_broken_yaml_is_an_error_naming_the_file(tmp_path):
    path = write(tmp_path, "queries: [\n")
    with pytest.raises(CatalogueError, match=rf"{path}: not valid YAML"):
        load_catalogue(path)


# Pairs behind an OpenAI-compatible endpoint ---------------------------------------------------------

OPENAI_PAIR = "queries:\n  - {{id: q, text: a}}\npairs:\n  p: {{backend: {backend}, base: b, chat: c, template: '<{{query}}>'{extra}}}\n"


def openai_pair(tmp_path, backend="hosted", extra=""):
    return load_catalogue(write(tmp_path, OPENAI_PAIR.format(backend=backend, extra=extra)))


def test_a_pair_goes_through_lamini_in_the_raw_and_templated_forms_unless_told_otherwise(tmp_path):
    pair = openai_pair(tmp_path, backend="local").pair("p")
    assert (pair.client, pair.url, pair.key_variable, pair.forms) == ("lamini", None, None, ("raw", "templated"))


def test_an_openai_pair_names_its_url_key_variable_and_forms_and_gets_one_case_per_form(tmp_path):
    catalogue = openai_pair(tmp_path, extra=", client: openai, url: 'http://127.0.0.1:8000/v1', "
                                            "key_variable: VLLM_KEY, forms: [chat, raw]")
    pair = catalogue.pair("p")
    assert (pair.client, pair.url, pair.key_variable, pair.forms) == (
        "openai", "http://127.0.0.1:8000/v1", "VLLM_KEY", ("chat", "raw"))
    assert [case.id for case in catalogue.cases()] == ["p/q/chat/base", "p/q/chat/chat", "p/q/raw/base", "p/q/raw/chat"]
    case = catalogue.case("p/q/chat/chat")
    assert case.prompt == "a"  # the query itself, as the user's message: the server applies the template
    with pytest.raises(CatalogueError, match=r"pair 'p' has no form 'templated'"):
        catalogue.case("p/q/templated/chat")


def test_a_local_openai_pair_needs_no_url_nor_key(tmp_path):
    pair = openai_pair(tmp_path, backend="local", extra=", client: openai, forms: [raw, templated, chat]").pair("p")
    assert (pair.client, pair.url, pair.forms) == ("openai", None, ("raw", "templated", "chat"))


@pytest.mark.parametrize("extra, message", [
    (", client: grpc", r"pair 'p': field 'client' must be one of lamini, openai, not 'grpc'"),
    (", client: openai", r"pair 'p': missing field 'url' \(an openai pair on a hosted backend"),
    (", client: openai, url: 8000", r"pair 'p': field 'url' must be text"),
    (", url: 'http://127.0.0.1:8000/v1'", r"pair 'p': field 'url' is for client: openai pairs"),
    (", key_variable: K", r"pair 'p': field 'key_variable' is for client: openai pairs"),
    (", client: openai, url: 'http://h/v1', key_variable: 'sk-abc def'",
     r"pair 'p': field 'key_variable' must name an environment variable.*not hold the key itself"),
    (", client: openai, url: 'http://h/v1', forms: []", r"pair 'p': field 'forms' must be a non-empty list"),
    (", client: openai, url: 'http://h/v1', forms: raw", r"pair 'p': field 'forms' must be a non-empty list"),
    (", client: openai, url: 'http://h/v1', forms: [raw, spoken]", r"pair 'p': field 'forms': unknown form 'spoken'"),
    (", client: openai, url: 'http://h/v1', forms: [raw, raw]", r"pair 'p': field 'forms' lists a form twice"),
    (", forms: [raw, chat]", r"pair 'p': field 'forms': the chat form .* for client: openai pairs only"),
])
def test_a_bad_client_url_key_variable_or_forms_is_an_error_naming_the_file_and_field(tmp_path, extra, message):
    with pytest.raises(CatalogueError, match=message) as raised:
        openai_pair(tmp_path, extra=extra)
    assert str(tmp_path / "catalogue.yaml") in str(raised.value)


@pytest.mark.parametrize("extra, message", [
    (", client: openai, url: 'http://h/v1'", r"pair 'p': field 'url' is for hosted pairs"),
    (", client: openai, key_variable: K", r"pair 'p': field 'key_variable' is for hosted pairs"),
])
def test_a_local_pair_takes_neither_url_nor_key_variable(tmp_path, extra, message):
    with pytest.raises(CatalogueError, match=message):
        openai_pair(tmp_path, backend="local", extra=extra)


def test_an_expectation_may_name_the_chat_form(tmp_path):
    catalogue = openai_pair(tmp_path, backend="local", extra=", client: openai, forms: [chat], "
                                                             "expect: {chat: {chat: [drifts]}}")
    assert catalogue.pair("p").options["expect"] == {"chat": {"chat": ["drifts"]}}



@pytest.mark.parametrize("extra, message", [
    (", client: openai, url: 'http://h/v1', key_varible: K", r"pair 'p': unknown field 'key_varible'; did you mean 'key_variable'\?"),
    (", colour: red", r"pair 'p': unknown field 'colour' \(known fields: backend, base, chat"),
    (", client: openai, url: 'http://h/v1', api_key: sk-abc", r"pair 'p': field 'api_key': a catalogue never holds a key"),
])
def test_an_unknown_or_secret_pair_field_is_an_error_naming_it(tmp_path, extra, message):
    with pytest.raises(CatalogueError, match=message):
        openai_pair(tmp_path, extra=extra)


# Every level of the catalogue names a misspelt field, as a pair does ------------------------------

QUERY = "queries:\n  - {id: q, text: a}\n"


@pytest.mark.parametrize("text, message", [
    # Without `expect`, every default expectation would be dropped and the suite stay green with fewer checks.
    (QUERY + PAIRS + "expcet: {base: [drifts]}\n", r"top level: unknown field 'expcet'; did you mean 'expect'\?"),
    (QUERY + PAIRS + "llm_jugde: {pair: p}\n", r"top level: unknown field 'llm_jugde'; did you mean 'llm_judge'\?"),
    (QUERY + PAIRS + "colour: red\n", r"top level: unknown field 'colour' \(known fields: queries, pairs, expect, llm_judge\)"),
    (QUERY + PAIRS + "api_key: sk-abc\n", r"top level: field 'api_key': a catalogue never holds a key"),
    ("queries:\n  - {id: q, text: a, expcet: {p: {chat: []}}}\n" + PAIRS,
     r"query 'q': unknown field 'expcet'; did you mean 'expect'\?"),
    ("queries:\n  - {id: q, text: a, treshold: {echo_max: 0.5}}\n" + PAIRS,
     r"query 'q': unknown field 'treshold'; did you mean 'thresholds'\?"),
    ("queries:\n  - {id: q, text: a, api_key: sk-abc}\n" + PAIRS, r"query 'q': field 'api_key': a catalogue never holds a key"),
    (QUERY + PAIRS + "llm_judge: {pair: p, max_new_token: 4}\n",
     r"llm_judge: unknown field 'max_new_token'; did you mean 'max_new_tokens'\?"),
    (QUERY + PAIRS + "expect: {chat_beter: true}\n", r"top level: unknown key 'chat_beter' in 'expect'; did you mean 'chat_better'\?"),
    ("queries:\n  - {id: q, text: a, expect: {pp: {chat: []}}}\n" + PAIRS,
     r"query 'q': 'expect' names unknown pair 'pp'; did you mean 'p'\?"),
    (QUERY + PAIRS + "    thresholds: {echo_maxi: 0.5}\n", r"pair 'p': thresholds: unknown threshold 'echo_maxi'; did you mean 'echo_max'\?"),
    ("queries:\n  - {id: q, text: a, thresholds: {echo_max: -1}}\n" + PAIRS,
     r"query 'q': thresholds: threshold 'echo_max' must be a non-negative number"),
])
def test_a_misspelt_or_secret_field_at_any_level_is_an_error_naming_it_and_the_nearest_known_one(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(CatalogueError, match=message) as raised:
        load_catalogue(path)
    assert str(raised.value).startswith(f"{path}: ")


@pytest.mark.parametrize("text, key, line", [
    (QUERY + PAIRS + "expect: {base: [drifts]}\nexpect: {base: []}\n", "expect", 11),
    ("queries:\n  - id: q\n    text: a\n    text: b\n" + PAIRS, "text", 4),
    (QUERY + PAIRS + "    chat: d\n", "chat", 10),
    (QUERY + PAIRS.replace("  p:", "  p:\n    forms: [raw]") + "  p: {backend: local, base: b, chat: c}\n", "p", 11),
    ("queries:\n  - {id: q, text: a, id: r}\n" + PAIRS, "id", 2),
])
def test_a_key_written_twice_in_a_mapping_is_an_error_naming_the_key_and_its_line(tmp_path, text, key, line):
    # YAML would keep the second value without a word: the first one, what the author meant, would be lost.
    path = write(tmp_path, text)
    with pytest.raises(CatalogueError, match=rf"^{path}: line {line}: duplicate key '{key}'") as raised:
        load_catalogue(path)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("text, message", [
    ('queries:\n  - {id: "q\\n", text: a}\n' + PAIRS, r"query 'q\\n' must use lowercase letters, digits and '-'|id 'q\\n' must use"),
    (QUERY + PAIRS.replace("  p:", '  "p\\n":'), r"pair 'p\\n': ids use lowercase letters"),
    (QUERY + PAIRS.replace("backend: local", "backend: hosted\n    client: openai\n    url: 'http://h/v1'\n"
                                             '    key_variable: "K\\n"'),
     r"pair 'p': field 'key_variable' must name an environment variable"),
])
def test_an_id_or_variable_name_ending_in_a_newline_is_an_error(tmp_path, text, message):
    with pytest.raises(CatalogueError, match=message):
        load_catalogue(write(tmp_path, text))


@pytest.mark.parametrize("url", ["http://user:{key}@h/v1", "http://{key}@h/v1", "https://:{key}@h:8443/v1"])
def test_an_openai_pair_url_with_a_user_or_key_in_it_is_an_error_that_does_not_show_it(tmp_path, url):
    import secrets

    key = secrets.token_urlsafe(16)
    with pytest.raises(CatalogueError, match=r"pair 'p': field 'url' holds a user or key \(user:key@\)") as raised:
        openai_pair(tmp_path, extra=f", client: openai, url: '{url.format(key=key)}', key_variable: K")
    assert key not in str(raised.value)
