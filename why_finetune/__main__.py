import sys

from why_finetune.cli import main

sys.exit(main())
