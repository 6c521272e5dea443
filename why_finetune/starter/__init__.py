"""The files `python -m why_finetune init` writes into a project (see why_finetune.commands.init)."""
