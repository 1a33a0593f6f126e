"""`feeds rotate|revoke --panel NAME | --person NAME`: replace or stop a calendar-feed address that has leaked."""
from __future__ import annotations

from handlers.cli.common import CliError, find_panel, find_person, store_for, with_db


def register(sub) -> None:
    feeds = sub.add_parser("feeds", help="rotate or revoke a calendar feed's address").add_subparsers(
        dest="action", required=True)
    for action, helptext in (("rotate", "give the feed a new address; the old one stops working"),
                             ("revoke", "stop the feed; its address stops working")):
        parser = feeds.add_parser(action, **with_db(help=helptext))
        parser.add_argument("--panel", help="the panel whose feed it is")
        parser.add_argument("--person", help="the person whose 'my deadlines' feed it is")
        parser.add_argument("--link", help="with rotate: the bot's public address, to print the new feed URL")
        parser.set_defaults(run=rotate if action == "rotate" else revoke)


def owner(store, args) -> tuple[str, int | None, int | None]:
    if bool(args.panel) == bool(args.person):
        raise CliError("say whose feed: --panel NAME or --person NAME (one of them)")
    if args.panel:
        panel = find_panel(store, args.panel)
        return f"the {panel.name}", panel.id, None
    person = find_person(store, args.person)
    return person.name, None, person.id


def rotate(args) -> int:
    store = store_for(args, create=False)
    who, panel_id, person_id = owner(store, args)
    token = store.rotate_feed(panel_id, person_id, actor="cli")
    path = f"/feeds/{token}.ics"
    print(f"New calendar feed for {who}; the old address no longer works.")
    print(f"{args.link.rstrip('/')}{path}" if args.link else f"{path} (on the bot's public address)")
    return 0


def revoke(args) -> int:
    store = store_for(args, create=False)
    who, panel_id, person_id = owner(store, args)
    count = store.revoke_feed(panel_id, person_id, actor="cli")
    print(f"Revoked the calendar feed for {who}." if count else f"{who} had no calendar feed; nothing to revoke.")
    return 0
