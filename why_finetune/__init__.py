"""why-finetune: show, and guard in CI, how a fine-tuned chat model behaves differently from its base model."""
