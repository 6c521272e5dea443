"""The behaviour suite: every catalogue query, in every form, sent to both models of every pair.

One test per case, named by its stable case id `<pair>/<query>/<form>/<role>`. By default each
case replays from cassettes/<case id>.yaml and compares with snapshots/<case id>.yml.
"""


def test_case_output_matches_its_snapshot(outcome, snapshot):
    snapshot(outcome)
