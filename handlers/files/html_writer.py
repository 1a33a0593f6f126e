"""The public programme page: one self-contained, accessible HTML page per panel, rendered by Jinja2 with autoescape."""
from __future__ import annotations

import re

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from bot.models import Item
from bot.programme.view import ProgrammeView, meeting_lines
from bot.replies import month_list, short_day

_ENV = Environment(loader=PackageLoader("handlers.files", "templates"),
                   autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def render_panel_page(view: ProgrammeView, calendar_url: str) -> str:
    """The whole page as text: upcoming meetings with items and leads, future and standing items, a calendar link."""
    panel_name = view.title.split(" Work Programme")[0]
    return _ENV.get_template("panel_page.html.j2").render(
        view=view, calendar_url=calendar_url, panel_name=panel_name, meeting_lines=meeting_lines,
        day=lambda d: short_day(d) if d else "", leads=_leads, months=lambda i: month_list(i.months).removeprefix("in "))


def page_file_name(panel_name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", panel_name.lower()).strip("-") or "panel"


def _leads(item: Item) -> str:
    return ", ".join(item.leads)
