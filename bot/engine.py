"""The conversation engine: message + who + now in, a reply (and any changes) out."""
from __future__ import annotations

from dataclasses import replace

from bot import questions
from bot.conversation import Context, Reply
from bot.intents import clean, parse_intent

HANDLERS = {
    "help": questions.help_text,
    "next_meeting": questions.next_meeting,
    "programme": questions.programme,
}


def respond(text: str, ctx: Context) -> Reply:
    """Answer one message. Never raises for anything a user can type."""
    text = clean(text)
    if not text:
        return Reply("I didn't get any text. " + questions.HINT)
    intent = parse_intent(text)
    if intent.name == "help":
        return questions.help_text(intent, ctx)
    panel = ctx.panel or _only_panel(ctx)
    if panel is None:
        return _which_panel(ctx)
    ctx = replace(ctx, panel=panel)
    handler = HANDLERS.get(intent.name, questions.not_understood)
    return handler(intent, ctx)


def _only_panel(ctx: Context):
    panels = ctx.programme.panels()
    return panels[0] if len(panels) == 1 else None


def _which_panel(ctx: Context) -> Reply:
    panels = ctx.programme.panels()
    if not panels:
        return Reply("There are no panels yet. A scrutiny officer can add one with `scrutiny-bot panel add NAME`.")
    names = "\n".join(f"• {p.name}" for p in panels)
    return Reply(f"Which panel do you mean? I know:\n{names}")
