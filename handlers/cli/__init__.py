"""The `scrutiny-bot` command line: one parser, a module per group of subcommands."""
from __future__ import annotations

import argparse
import logging
import sys

from handlers.cli import admin, chat, export, feeds, importer, language, minutes, moderngov, publish, remind, serve
from handlers.cli.common import CliError, fail

MODULES = [chat, admin, export, serve, importer, minutes, remind, publish, moderngov, feeds, language]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scrutiny-bot", description="A Slack assistant for council scrutiny panels.")
    sub = parser.add_subparsers(dest="command", required=True)
    for module in MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
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
