"""`panel`, `people` and `demo`: setting up who and what the bot knows."""
from __future__ import annotations

from bot.models import ROLES
from handlers.cli.common import CliError, find_panel, store_for, with_db
from store.demo import build_demo


def register(sub) -> None:
    panel = sub.add_parser("panel", help="add or list panels").add_subparsers(dest="action", required=True)
    add = panel.add_parser("add", **with_db())
    add.add_argument("name", nargs="+")
    add.set_defaults(run=add_panel)
    panel.add_parser("list", **with_db()).set_defaults(run=list_panels)

    people = sub.add_parser("people", help="add or list people").add_subparsers(dest="action", required=True)
    padd = people.add_parser("add", **with_db())
    padd.add_argument("name", nargs="+")
    padd.add_argument("--email")
    padd.add_argument("--slack-id")
    padd.add_argument("--role", choices=ROLES)
    padd.add_argument("--panel")
    padd.set_defaults(run=add_person)
    people.add_parser("list", **with_db()).set_defaults(run=list_people)

    demo = sub.add_parser("demo", **with_db(help="build the demo database (seed 004's 2021-22 programme)"))
    demo.add_argument("--quiet", action="store_true")
    demo.set_defaults(run=make_demo)


def add_panel(args) -> int:
    store = store_for(args, create=True)
    panel = store.add_panel(" ".join(args.name))
    print(f"Panel: {panel.name}")
    return 0


def list_panels(args) -> int:
    store = store_for(args, create=False)
    for panel in store.panels():
        channel = f" (Slack channel {panel.slack_channel})" if panel.slack_channel else ""
        print(f"{panel.name}{channel}")
    return 0


def add_person(args) -> int:
    if args.role and not args.panel:
        raise CliError("--role needs --panel: roles belong to a panel")
    store = store_for(args, create=True)
    panel = find_panel(store, args.panel)
    person = store.add_person(" ".join(args.name), args.email, args.slack_id, args.role, panel.id if panel else None)
    print(f"{person.name}: {_roles(store, person) or 'no roles yet'}")
    return 0


def list_people(args) -> int:
    store = store_for(args, create=False)
    for person in store.people():
        ident = ", ".join(x for x in (person.email, person.slack_id) if x)
        print(f"{person.name}{f' <{ident}>' if ident else ''}: {_roles(store, person) or 'no roles'}")
    return 0


def _roles(store, person) -> str:
    names = {p.id: p.name for p in store.panels()}
    return "; ".join(f"{role} ({names[pid]})" for pid, role in person.roles)


def make_demo(args) -> int:
    store = store_for(args, create=True)
    build_demo(store)
    if not args.quiet:
        print("Demo database ready: the Adults and Safer City Scrutiny Panel 2021-2022 draft work programme.")
    return 0
