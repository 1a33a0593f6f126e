"""Entry point: `scrutiny-bot` subcommands; `python app.py` serves the Slack app."""
from __future__ import annotations

import sys

from handlers.cli import main


def run() -> int:
    """`python app.py [args]` is `scrutiny-bot serve`, unless a subcommand is named."""
    return main(sys.argv[1:] or ["serve"])


if __name__ == "__main__":
    sys.exit(run())
