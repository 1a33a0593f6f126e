"""`chat` (the interactive console) and `say` (one message, one reply)."""
from __future__ import annotations

import contextlib
import sys

from bot.days.dates import warm_up
from bot.language.classifier import load_classifier
from bot.replies import day
from handlers.cli.common import CliError, find_panel, find_person, parse_now, store_for, with_db
from handlers.converse import converse
from handlers.requests import carry_out


def register(sub) -> None:
    chat = sub.add_parser("chat", **with_db(help="talk to the bot in the terminal"))
    chat.add_argument("--as", dest="who", help="who you are (a name or Slack id); default: the scrutiny officer")
    chat.add_argument("--panel")
    chat.add_argument("--now", help="pretend it is this ISO date-time")
    chat.set_defaults(run=run_chat)
    say = sub.add_parser("say", **with_db(help="send one message and print the reply"))
    say.add_argument("--as", dest="who", required=True)
    say.add_argument("--panel")
    say.add_argument("--now")
    say.add_argument("message", nargs="+")
    say.set_defaults(run=run_say)


def _session(args):
    store = store_for(args, create=False)
    warm_up()
    now = parse_now(args.now, store)
    who = find_person(store, args.who) if args.who else _default_person(store)
    return store, now, who, find_panel(store, args.panel), load_classifier()


def _panel(store, named):
    """The panel named on the command line, else the one this console was told to follow ('link this channel to X')."""
    return named or store.followed_panel()


def _default_person(store):
    officers = [p for p in store.people() if "scrutiny-officer" in p.roles_on(None)]
    return officers[0] if officers else None


def run_say(args) -> int:
    store, now, who, panel, classifier = _session(args)
    reply = carry_out(store, converse(store, " ".join(args.message), who, _key(who, args.who), now,
                                      _panel(store, panel), classifier=classifier), who)
    print(reply.text)
    return 0


def run_chat(args) -> int:
    store, now, who, panel, classifier = _session(args)
    interactive = sys.stdin.isatty()
    if interactive:
        _enable_line_editing()
        print(_banner(store, args, now, who))
    while True:
        try:
            text = input("you> " if interactive else "")
        except EOFError:
            break
        except KeyboardInterrupt:
            print()
            break
        if text.strip().lower() in {"quit", "exit", "bye"}:
            break
        if not text.strip() and not interactive:
            continue
        if text.strip().startswith(("/as", "/who")):
            who, said = switch_identity(store, who, text.strip())
            print(said)
            continue
        reply = converse(store, text, who, _key(who, who.name if who else args.who), now, _panel(store, panel),
                         classifier=classifier)
        print(carry_out(store, reply, who).text)
        if interactive:
            print()
    return 0


def switch_identity(store, who, command: str):
    """`/as NAME` becomes someone else (to try the bot as a chair, an author or a member); `/who` says who you are."""
    name = command[3:].strip() if command.startswith("/as") else ""
    if command.startswith("/who") or not name:
        return who, describe(store, who) if command.startswith("/who") else "Say who, e.g. “/as Val Evans”."
    try:
        person = find_person(store, name)
    except CliError as exc:
        return who, str(exc).replace("--as ", "")
    return person, describe(store, person)


def describe(store, who) -> str:
    if who is None:
        return "You are an unnamed panel member: you can ask anything, but not change the programme."
    panels = {p.id: p.name for p in store.panels()}
    roles = [f"{role.replace('-', ' ')} of the {panels.get(pid, 'panel')}" for pid, role in who.roles]
    return f"You are {who.name}" + (f": {'; '.join(roles)}." if roles else " (no role on any panel).")


def _key(who, given) -> str:
    return f"person:{who.id}" if who else f"cli:{(given or 'anonymous').lower()}"


def _banner(store, args, now, who) -> str:
    lines = ["scrutiny-bot console. Type a message, “help” for ideas, “/as NAME” to be someone else, “/who” to see "
             "who you are, “quit” to leave."]
    if not args.now and store.setting("demo_now"):
        lines.append(f"This is the demo programme from 2021, so I'm pretending today is {day(now.date())}"
                     " (use --now to change that).")
    lines.append(f"You are {who.name}." if who else "You are an unnamed panel member (read-only).")
    return "\n".join(lines)


def _enable_line_editing() -> None:
    with contextlib.suppress(ImportError):  # not every platform has readline; the console still works without
        import readline  # noqa: F401  (importing it gives input() history and editing)
