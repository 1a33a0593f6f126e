"""`moderngov`: list a site's committees, connect a panel to one, and sync (what `serve` does every morning)."""
from __future__ import annotations

from bot.sync.committees import committee_line, ordered
from handlers.cli.common import CliError, find_panel, parse_now, store_for, with_db
from handlers.moderngov.announce import PrintAnnouncer, deliver
from handlers.moderngov.client import ModernGovClient, ModernGovError, site_url
from handlers.moderngov.connect import ConnectProblem, connected_text, find_committee
from handlers.moderngov.sync import sync_all
from store.moderngov import ModernGovStore


def register(sub) -> None:
    group = sub.add_parser("moderngov", help="keep panels in step with the council's ModernGov site")
    cmds = group.add_subparsers(dest="moderngov", required=True)
    listing = cmds.add_parser("committees", help="list a ModernGov site's committees")
    listing.add_argument("--site", required=True, help="the site, e.g. democracy.example.gov.uk")
    listing.set_defaults(run=run_committees)
    link = cmds.add_parser("connect", **with_db(help="link a panel to a ModernGov committee"))
    link.add_argument("--site", required=True)
    link.add_argument("--committee", required=True, help="its title (forgivingly) or its id")
    link.add_argument("--panel", help="the panel (default: the one named like the committee, or the only one)")
    link.set_defaults(run=run_connect)
    sync = cmds.add_parser("sync", **with_db(help="bring meetings, agendas and minutes in from ModernGov"))
    sync.add_argument("--panel", help="only this panel (default: every connected panel)")
    sync.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    sync.add_argument("--now", help="the date to sync as of (default: now)")
    sync.set_defaults(run=run_sync)


def run_committees(args, client_for=ModernGovClient) -> int:
    try:
        client = client_for(site_url(args.site))
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    try:
        committees = ordered(client.committees())
    except ModernGovError as exc:
        raise CliError(str(exc)) from exc
    finally:
        client.close()
    if not committees:
        print(f"{client.site} lists no committees.")
    for c in committees:
        print(committee_line(c))
    return 0


def run_connect(args, client_for=ModernGovClient) -> int:
    try:
        site, committee = find_committee(args.site, args.committee, client_for)
    except ConnectProblem as exc:
        raise CliError(str(exc)) from exc
    store = store_for(args, create=True)
    try:
        panel = _panel_for(store, args.panel, committee.title)
        link = ModernGovStore(store).connect(panel.id, site, committee, actor="cli")
    finally:
        store.close()
    print(connected_text(panel, link) + " Run `scrutiny-bot moderngov sync` to bring them in now.")
    return 0


def run_sync(args, client_for=ModernGovClient) -> int:
    store = store_for(args, create=False)
    try:
        now = parse_now(args.now, store)
        panel = find_panel(store, args.panel)
        if panel and ModernGovStore(store).link(panel.id) is None:
            raise CliError(f"the {panel.name} is not connected to ModernGov (use `scrutiny-bot moderngov connect`)")
        reports = sync_all(store, client_for, now, panel.id if panel else None, dry_run=args.dry_run)
        if not reports:
            raise CliError("no panel is connected to ModernGov yet (use `scrutiny-bot moderngov connect`)")
        for report in reports:
            _print(report)
        if not args.dry_run:
            deliver(store, PrintAnnouncer(), panel.id if panel else None)
        else:
            print("Dry run: nothing was changed or announced.")
    finally:
        store.close()
    return 2 if any(r.errors for r in reports) else 0


def _print(report) -> None:
    print(report.heading())
    for error in report.errors:
        print(f"  Could not sync: {error}. Nothing was half-changed; the next sync tries again.")
    if report.dry_run:
        for note in report.notes:
            print(f"  Would say: {note.text}")
    if not report.notes and not report.errors:
        print("  Up to date: nothing changed in ModernGov since the last sync.")


def _panel_for(store, name: str | None, title: str):
    """--panel (made if new), else the panel named like the committee, else the only panel, else a new one."""
    if name:
        return store.panel_named(name) or store.add_panel(name, actor="cli")
    panels = store.panels()
    named = store.panel_named(title)
    if named or len(panels) > 1:
        return named or _ask_which(panels)
    return panels[0] if panels else store.add_panel(title, actor="cli")


def _ask_which(panels):
    raise CliError("say which panel to connect with --panel NAME (known: " + ", ".join(p.name for p in panels) + ")")
