"""Messages that ask for something outside the programme: connect to ModernGov, a new calendar address."""
from __future__ import annotations

import re

from bot.conversation import Context, Reply
from bot.dialogue import refuse_edit
from bot.intents import Intent

_SITE = re.compile(r"<?(?P<site>https?://[^\s|<>]{1,200}|(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:/[^\s|<>]*)?)(?:\|[^>]*)?>?",
                   re.I)
_COMMITTEE = re.compile(r"\bcommittee\s+(?:called\s+|named\s+)?[\"“']?(?P<name>.+?)[\"”']?\s+(?:at|on|from)\s+", re.I)
_TO = re.compile(r"\b(?:to|with)\s+(?:the\s+)?(?:moderngov\s+)?(?:committee\s+)?[\"“']?(?P<name>.+?)[\"”']?\s+"
                 r"(?:at|on|from)\s+", re.I)


def connect_moderngov(intent: Intent, ctx: Context) -> Reply:
    """'connect this panel to ModernGov committee Adults Scrutiny Panel at democracy.example.gov.uk'."""
    if refusal := refuse_edit(ctx):
        return refusal
    text = intent.text
    site = _SITE.search(text)
    name = _COMMITTEE.search(text) or _TO.search(text)
    if not site:
        return Reply("Which ModernGov site? For example: “connect this panel to ModernGov committee Adults Scrutiny "
                     "Panel at democracy.example.gov.uk”.")
    committee = name.group("name").strip() if name else ctx.panel.name
    return Reply(f"Connecting the {ctx.panel.name} to “{committee}” at {site.group('site')}…",
                 request=("connect_moderngov", ctx.panel.id, site.group("site"), committee))


def rotate_feed(intent: Intent, ctx: Context) -> Reply:
    """'the calendar link has leaked, give us a new one': the scrutiny officer's call."""
    if not ctx.asker or "scrutiny-officer" not in ctx.asker.roles_on(ctx.panel.id):
        return Reply("Only the panel's scrutiny officer can change or turn off the calendar feed address.")
    revoke = bool(re.search(r"\b(?:revoke|turn off|switch off|stop|kill|disable|remove)\b", intent.text, re.I))
    return Reply("", request=("revoke_feed" if revoke else "rotate_feed", ctx.panel.id))
