"""Kept for test files written by release 0.1.0's `init`, which import from here: the names now live
in why_finetune.catalogue.expectations, and new test files use why_finetune.testing."""

from why_finetune.catalogue.expectations import thresholds_for, unmet

__all__ = ["thresholds_for", "unmet"]
