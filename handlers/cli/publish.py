"""`publish`: the scrutiny officer turns a panel's public programme page on or off (off until they do)."""
from __future__ import annotations

from handlers.cli.common import CliError, find_panel, store_for, with_db
from handlers.files.public_page import page_path


def register(sub) -> None:
    cmd = sub.add_parser("publish", **with_db(help="publish a panel's programme page in HTTP mode (or --off)"))
    cmd.add_argument("--panel", help="the panel (needed when there are several)")
    cmd.add_argument("--off", action="store_true", help="take the page down; its address is kept for next time")
    cmd.add_argument("--link", metavar="BASE_URL", help="print the page's full address on the bot's HTTP server")
    cmd.set_defaults(run=run_publish)


def run_publish(args) -> int:
    store = store_for(args, create=False)
    panel = find_panel(store, args.panel)
    if panel is None:
        panels = store.panels()
        if len(panels) != 1:
            raise CliError("say which panel with --panel NAME" if panels else "no panels yet (import a programme first)")
        panel = panels[0]
    slug = store.set_page_published(panel.id, not args.off, actor="publish")
    where = f"{(args.link or '').rstrip('/')}{page_path(slug)}"
    if args.off:
        print(f"The {panel.name} page is no longer published ({where} now answers 404).")
    else:
        print(f"The {panel.name} page is published at {where} (its calendar: {where}.ics).")
    return 0
