"""Carry out the engine's changes, all of one reply in a single transaction."""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import replace
from datetime import UTC

from bot import changes as c
from bot.models import DeadlineRule
from store.db import StoreError

log = logging.getLogger(__name__)


class ApplyStore:
    def apply(self, changes, actor: str) -> list:
        """Apply every change or none; returns what each change produced."""
        try:
            with self.transaction():
                first = self._last_audit_id()
                done = [self._apply_one(change, actor) for change in changes]
                if not any(isinstance(change, c.UndoLast) for change in changes):
                    self.keep_for_undo(actor, first)
                return done
        except sqlite3.IntegrityError as exc:
            raise ValueError(f"that would break the programme's rules ({exc})") from exc
        except sqlite3.Error as exc:
            log.exception("write failed")
            raise StoreError(f"the database refused the write ({exc})") from exc

    def _apply_one(self, ch, actor: str):
        match ch:
            case c.AddPanel():
                return self.add_panel(ch.name, actor=actor)
            case c.AddPerson():
                return self.add_person(ch.name, ch.email, ch.slack_id, ch.role, ch.panel_id, actor=actor)
            case c.AddMeeting():
                return self.add_meeting(ch.panel_id, ch.date, ch.time, ch.venue, ch.status, ch.agenda_published,
                                        actor=actor)
            case c.MoveMeeting():  # dates typed for the old day no longer hold: the rules apply again
                fields = {"date": ch.date, "agenda_published": None, "report_deadline": None}
                fields |= {"time": ch.time} if ch.time else {}
                return self.update_meeting(ch.meeting_id, actor, **fields)
            case c.SetMeetingDates():
                fields = {k: v for k, v in (("agenda_published", ch.agenda_published),
                                            ("report_deadline", ch.report_deadline and ch.report_deadline.astimezone(UTC)))
                          if v is not None}
                return self.update_meeting(ch.meeting_id, actor, **fields)
            case c.CancelMeeting():
                return self.update_meeting(ch.meeting_id, actor, status="cancelled")
            case c.AddItem():
                if ch.meeting_date and not ch.meeting_id:
                    ch = replace(ch, meeting_id=self._meeting_id_on(ch.panel_id, ch.meeting_date))
                return self.add_item(ch, actor=actor)
            case c.MoveItem():
                meeting_id = ch.meeting_id
                if ch.meeting_date and not meeting_id:
                    meeting_id = self._meeting_id_on(self.item(ch.item_id).panel_id, ch.meeting_date)
                return self.move_item(ch.item_id, meeting_id, ch.window, actor=actor, deferred=ch.deferred)
            case c.SetItemStatus():
                return self.set_item_status(ch.item_id, ch.status, actor=actor)
            case c.UpdateItem():
                return self.update_item(ch.item_id, actor, leads=ch.leads, title=ch.title, notes=ch.notes,
                                        requested_by=ch.requested_by, priority=ch.priority)
            case c.AddMatter():
                return self.add_matter(ch, actor=actor)
            case c.UpdateMatter():
                return self.update_matter(ch.matter_id, actor, lead=ch.lead, position=ch.position, status=ch.status,
                                          due=ch.due, due_text=ch.due_text)
            case c.SetDeadlineRule():
                return self.set_rule(ch.panel_id, DeadlineRule(ch.working_days, ch.before, ch.at), actor)
            case c.SetNudgeDays():
                return self.set_nudge_days(ch.panel_id, ch.days, actor)
            case c.SetNudgeTiming():
                return self.set_nudge_timing(ch.panel_id, ch.weekdays, ch.at, actor)
            case c.LinkChannel():
                return self.link_channel(ch.panel_id, ch.channel, actor)
            case c.FollowPanel():
                return self.follow_panel(ch.panel_id)
            case c.UndoLast():
                return self.undo_last(ch.actor)
        raise TypeError(f"unknown change {ch!r}")

    def _meeting_id_on(self, panel_id: int, day) -> int:
        meeting = self.meeting_on(panel_id, day)
        if meeting is None or meeting.status == "cancelled":
            raise LookupError(f"there is no meeting on {day:%d %B %Y}")
        return meeting.id
