"""The commands of `python -m why_finetune`, one module each; why_finetune/cli.py parses and dispatches."""
