"""Slack's text rules at the edge: escape &, <, > in anything shown as mrkdwn; read typed text back to plain text.

Slack parses `<!channel>`, `<@U123>` and `<https://x|label>` in mrkdwn, so user or file text placed there unescaped
can ping a channel or hide a link. Our own text never means those sequences (the engine writes *bold* and bullets,
never angle brackets), so whole composed strings are escaped once, where they become Block Kit or message text.
"""
from __future__ import annotations

import re

# Slack's own markup in typed text: a mention, a channel, a special (<!here>), or a link with or without a label
_TOKEN = re.compile(r"<([@#!]?)([^<>|\s]{1,500})(?:\|([^<>]{0,500}))?>")


def escape(text: str) -> str:
    """`text` safe in mrkdwn: & < > as Slack's entities (Slack's rule; nothing else needs escaping)."""
    # & first, so the entities made after it are not escaped again; three replaces cost a tenth of str.translate
    # with a mapping, which falls back to a slow path on any non-ASCII text (a "£" in a title)
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def from_slack(text: str) -> str:
    """Typed text as the person meant it: Slack's markup reduced to words, then &amp; &lt; &gt; unescaped."""
    return _unescape(_TOKEN.sub(_token_text, text or ""))


def _token_text(m: re.Match) -> str:
    kind, target, label = m.groups()
    if kind == "@":
        return m.group(0)  # a mention: the engine drops it (and knows the bot's own)
    if kind in ("#", "!"):
        return label or ""  # a channel by name, or @here/@channel: never carried into stored text
    return label if label else target  # a link: its label, else the address


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
