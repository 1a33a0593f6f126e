"""Delivering a sync's notes: printed on the command line, or posted in the panel's channel and to its officer."""
from __future__ import annotations

import logging
import sys
from contextlib import nullcontext

from bot.sync.notes import PANEL, Note
from handlers.nudges.sender import DeliveryFailed, Sender, Unreachable
from handlers.slack.blocks import clip, section
from handlers.slack.imports.blocks import minutes_message
from store.moderngov import ModernGovStore

log = logging.getLogger(__name__)


def deliver(store, announcer, panel_id: int | None = None, guard=None) -> int:
    """Every note waiting (this panel's, or all), through `announcer`; a note is marked delivered once it is out."""
    guard = guard or nullcontext()
    mg = ModernGovStore(store)
    with guard:
        waiting = mg.waiting(panel_id)
        panels = {p.id: p for p in store.panels()}
    sent = 0
    for pid in dict.fromkeys(p for p, _ in waiting):
        notes = [n for p, n in waiting if p == pid]
        try:
            detail = announcer.announce(panels[pid], notes)
        except DeliveryFailed as exc:  # Slack is down or refused: the notes wait for the next sync
            log.warning("ModernGov notes for %s not delivered: %s", panels[pid].name, exc)
            with guard:
                mg.not_delivered([n.key for n in notes], str(exc))
            continue
        with guard:
            mg.delivered([n.key for n in notes], detail or "")
        sent += len(notes)
    return sent


class PrintAnnouncer:
    """The command line's announcer: each note printed once, under who it is for."""

    def __init__(self, out=None):
        self.out = out or sys.stdout

    def announce(self, panel, notes: list[Note]) -> str:
        for note in notes:
            who = "channel and scrutiny officer" if note.audience == PANEL else "scrutiny officer"
            print(f"  [{panel.name}: to the {who}] {note.text}", file=self.out)
            for n, p in enumerate(note.proposals, 1):
                due = f" (due {p.due:%d %B %Y})" if p.due else (f" ({p.due_text})" if p.due_text else "")
                print(f"    {n}. {p.subject} — {p.lead or 'no lead named'}{due}", file=self.out)
            if note.proposals:
                print("    Accept, edit or skip these in Slack, or record them with `scrutiny-bot minutes --apply`.",
                      file=self.out)
        return "printed"


class SlackAnnouncer:
    """Panel notes in the panel's channel and to each scrutiny officer; officer notes (and minutes proposals) to them."""

    def __init__(self, sender: Sender, store, guard=None):
        self.sender, self.store, self.guard = sender, store, guard or nullcontext()

    def announce(self, panel, notes: list[Note]) -> str:
        officers = self._officer_channels(panel)
        told = []
        loud = [n for n in notes if n.audience == PANEL]
        if loud and panel.slack_channel:
            self.sender.post(panel.slack_channel, _message([n.text for n in loud]))
            told.append(panel.slack_channel)
        plain = [n.text for n in notes if not n.proposals]
        for channel in officers:
            if plain:
                self.sender.post(channel, _message(plain))
            for note in (n for n in notes if n.proposals):
                self.sender.post(channel, minutes_message(escape(note.text), panel.id, list(note.proposals), True))
            told.append(channel)
        if not told:
            log.warning("ModernGov notes for %s reached no one: no channel and no scrutiny officer in Slack", panel.name)
            return "no channel or scrutiny officer to tell"
        return "posted"

    def _officer_channels(self, panel) -> list[str]:
        with self.guard:
            ids = self.store.officers_of([panel.id]).get(panel.id, ())
            people = [self.store.person(pid) for pid in ids]
        out = []
        for person in people:
            user = person.slack_id or (self.sender.find_user(person.email) if person.email else None)
            if not user:
                continue
            try:
                out.append(self.sender.open_dm(user))
            except Unreachable as exc:
                log.warning("cannot reach %s: %s", person.name, exc)
        return out


def _message(lines: list[str]) -> dict:
    text = "\n".join(f"• {escape(line)}" if len(lines) > 1 else escape(line) for line in lines)
    return {"text": clip(text, 39000), "blocks": [section(text)]}


def escape(text: str) -> str:
    """ModernGov's words shown in Slack mrkdwn: &, < and > escaped so they cannot make links or mentions."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
