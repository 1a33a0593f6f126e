"""`import`: a council's work programme from .csv, .xlsx or .docx into a panel, previewed with --dry-run."""
from __future__ import annotations

from pathlib import Path

from bot.programme.summary import describe_import
from bot.programme.table import read_programme
from handlers.cli.common import CliError, db_path, parse_now, store_for, with_db
from handlers.files import FileReadError, read_tables
from store import open_store


def register(sub) -> None:
    cmd = sub.add_parser("import", **with_db(help="import a work programme table (.csv, .xlsx, .docx)"))
    cmd.add_argument("file")
    cmd.add_argument("--panel", help="panel to import into (created if missing; default: the panel the file names)")
    cmd.add_argument("--dry-run", action="store_true", help="show what would be created, write nothing")
    cmd.add_argument("--now", help="today, for dates written without a year (default: the real today)")
    cmd.set_defaults(run=run_import)


def load_programme(path: str, now):
    """Read and interpret a programme file; CliError (one line) when it is unreadable or holds no programme."""
    try:
        tables = read_tables(path)
    except FileReadError as exc:
        raise CliError(str(exc)) from exc
    proposal = read_programme(tables, now)
    if not proposal.found_header:
        raise CliError(f"{Path(path).name}: no work programme table found (looked for a header row with columns "
                       "such as 'Date of Meeting' and 'Item Description')")
    return proposal


def run_import(args) -> int:
    store = _store(args)
    now = parse_now(args.now, store)
    proposal = load_programme(args.file, now)
    name = args.panel or proposal.panel_hint or _only_panel(store)
    outcome = store.import_programme(name, proposal, actor="import", source=Path(args.file).name, dry_run=args.dry_run)
    print(describe_import(proposal, outcome, detail=args.dry_run))
    return 0


def _store(args):
    """A dry run never creates the database: with no file yet it previews against an empty in-memory one."""
    if args.dry_run and not Path(db_path(args)).exists():
        return open_store(":memory:")
    return store_for(args, create=True)


def _only_panel(store) -> str:
    panels = store.panels()
    if len(panels) == 1:
        return panels[0].name
    raise CliError("the file does not name its panel; say which with --panel NAME")
