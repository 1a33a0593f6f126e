"""Messages that connect the panel to something outside the programme: ModernGov, a calendar address, a channel."""
from __future__ import annotations

import re

from bot import changes as ch
from bot.conversation import Context, Reply
from bot.dialogue import refuse_edit
from bot.intents import Intent
from bot.names import normalise_name
from bot.resolve import rank

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


def link_channel(intent: Intent, ctx: Context) -> Reply:
    """'link this channel to the X panel': that Slack channel, or (with no channel) this console, follows it."""
    name = intent.slots.get("panel", "")
    panels = ctx.programme.panels()
    ranked = rank(name, {p.id: p.name for p in panels})
    exact = [p for p in panels if normalise_name(p.name) == normalise_name(name)]
    panel = exact[0] if exact else next((p for p in panels if ranked and p.id == ranked[0][0]), None)
    if panel is None and not name.strip() and ctx.panel is not None:
        panel = ctx.panel  # "this channel's for the F&P board, can you hook it up": the one panel in view
    if panel is None:
        return Reply(f"I don't know a panel called “{name}”. Known: " + ", ".join(p.name for p in panels) + ".")
    if ctx.asker is None or "scrutiny-officer" not in ctx.asker.roles_on(panel.id):
        return Reply(f"Only the {panel.name}'s scrutiny officer can link a channel to it.")
    if not ctx.channel:
        return Reply(f"This console now follows the {panel.name}: questions here are about its programme. "
                     "(In Slack, say it in a channel and that channel will follow the panel.)",
                     changes=(ch.FollowPanel(panel.id),))
    return Reply(f"This channel is now linked to the {panel.name}. Questions here are about its programme.",
                 changes=(ch.LinkChannel(panel.id, ctx.channel),))
