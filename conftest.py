# The behaviour suite's machinery lives in the package; this file only switches it on.
pytest_plugins = ["why_finetune.pytest_plugin"]
