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
    """Every note waiting (this panel's, or all), through `announcer`; a note is marked delivered once it is out.

    Each post is recorded as it succeeds, so when a later one fails the retry posts only what is still missing."""
    guard = guard or nullcontext()
    mg = ModernGovStore(store)
    with guard:
        waiting = mg.waiting_with_destinations(panel_id)
        panels = {p.id: p for p in store.panels()}

    def record(keys, channel):
        with guard:
            mg.sent_to(keys, channel)

    sent = 0
    for pid in dict.fromkeys(p for p, _, _ in waiting):
        notes = [(n, done) for p, n, done in waiting if p == pid]
        try:
            detail = announcer.announce(panels[pid], [n for n, _ in notes], {n.key: done for n, done in notes}, record)
        except DeliveryFailed as exc:  # Slack is down or refused: the notes wait for the next sync
            log.warning("ModernGov notes for %s not delivered: %s", panels[pid].name, exc)
            with guard:
                mg.not_delivered([n.key for n, _ in notes], str(exc))
            continue
        with guard:
            mg.delivered([n.key for n, _ in notes], detail or "")
        sent += len(notes)
    return sent


class PrintAnnouncer:
    """The command line's announcer: each note printed once, under who it is for."""

    def __init__(self, out=None):
        self.out = out or sys.stdout

    def announce(self, panel, notes: list[Note], already=None, record=None) -> str:
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

    def announce(self, panel, notes: list[Note], already: dict[str, set[str]], record) -> str:
        """Post what each destination has not had yet; `record(keys, channel)` after every post that succeeds."""
        destinations = ([(panel.slack_channel, [n for n in notes if n.audience == PANEL])] if panel.slack_channel else [])
        destinations += [(channel, notes) for channel in self._officer_channels(panel)]
        if not destinations:
            log.warning("ModernGov notes for %s reached no one: no channel and no scrutiny officer in Slack", panel.name)
            return "no channel or scrutiny officer to tell"
        for channel, wanted in destinations:
            todo = [n for n in wanted if channel not in already.get(n.key, set())]
            try:
                self._post(panel, channel, todo, record)
            except Unreachable as exc:  # archived channel, bot not in it: no retry will help; the rest still go
                log.warning("ModernGov notes for %s could not reach %s: %s", panel.name, channel, exc)
                record([n.key for n in todo], channel)
        return "posted"

    def _post(self, panel, channel: str, notes: list[Note], record) -> None:
        plain = [n for n in notes if not n.proposals]
        if plain:
            self.sender.post(channel, _message([n.text for n in plain]))
            record([n.key for n in plain], channel)
        for note in (n for n in notes if n.proposals):
            self.sender.post(channel, minutes_message(escape(note.text), panel.id, list(note.proposals), True))
            record([note.key], channel)

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
