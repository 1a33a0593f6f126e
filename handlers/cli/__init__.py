"""The `scrutiny-bot` command line: one parser, a module per group of subcommands."""
from __future__ import annotations

import argparse
import importlib
import logging
import sys

from handlers.cli.common import CliError, fail

# Each subcommand and the module that registers it. Only the one being run is imported, so `say` does not pay
# for the Slack server, the ModernGov client or the Word writer at start-up.
COMMANDS = {"chat": "chat", "say": "chat", "demo": "admin", "panel": "admin", "people": "admin", "export": "export",
            "serve": "serve", "import": "importer", "minutes": "minutes", "remind": "remind", "publish": "publish",
            "moderngov": "moderngov", "feeds": "feeds", "language": "language", "unanswered": "language"}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser for every subcommand, or for just `command` (its module alone is imported)."""
    parser = argparse.ArgumentParser(prog="scrutiny-bot", description="A Slack assistant for council scrutiny panels.")
    sub = parser.add_subparsers(dest="command", required=True)
    names = [COMMANDS[command]] if command in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    for name in names:
        importlib.import_module(f"handlers.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    argv = sys.argv[1:] if argv is None else argv
    command = next((a for a in argv if not a.startswith("-")), None)
    args = build_parser(command).parse_args(argv)
    try:
        return args.run(args)
    except CliError as exc:
        return fail(str(exc))
    except ValueError as exc:
        return fail(str(exc))
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
