"""Meetings: dated sittings of a panel."""
from __future__ import annotations

from datetime import date

from bot.models import Meeting
from store.rows import d, dt, iso, t

_COLS = "id, panel_id, date, time, venue, status, agenda_published, report_deadline"


class MeetingStore:
    def meetings(self, panel_id: int, start: date | None = None, end: date | None = None,
                 include_cancelled: bool = True) -> list[Meeting]:
        sql = f"SELECT {_COLS} FROM meetings WHERE panel_id = ?"
        args: list = [panel_id]
        if start:
            sql, args = sql + " AND date >= ?", args + [start.isoformat()]
        if end:
            sql, args = sql + " AND date <= ?", args + [end.isoformat()]
        if not include_cancelled:
            sql += " AND status != 'cancelled'"
        return [_meeting(r) for r in self.db.execute(sql + " ORDER BY date, time", args)]

    def meeting(self, meeting_id: int) -> Meeting | None:
        r = self.db.execute(f"SELECT {_COLS} FROM meetings WHERE id = ?", [meeting_id]).fetchone()
        return _meeting(r) if r else None

    def meeting_on(self, panel_id: int, day: date) -> Meeting | None:
        found = self.meetings(panel_id, day, day)
        live = [m for m in found if m.status != "cancelled"]
        return (live or found or [None])[0]

    def next_meeting(self, panel_id: int, on_or_after: date) -> Meeting | None:
        r = self.db.execute(
            f"SELECT {_COLS} FROM meetings WHERE panel_id = ? AND date >= ? AND status != 'cancelled'"
            " ORDER BY date, time LIMIT 1",
            [panel_id, on_or_after.isoformat()],
        ).fetchone()
        return _meeting(r) if r else None

    def add_meeting(self, panel_id, day: date, at=None, venue="", status="confirmed",
                    agenda_published=None, actor="cli") -> Meeting:
        """Add a meeting, or return the live one already on that day."""
        existing = self.meeting_on(panel_id, day)
        if existing and existing.status != "cancelled":
            return existing
        with self.transaction():
            cur = self.db.execute(
                "INSERT INTO meetings (panel_id, date, time, venue, status, agenda_published, created_at)"
                " VALUES (?,?,?,?,?,?,?)",
                [panel_id, day.isoformat(), iso(at), venue or "", status, iso(agenda_published), self.now_iso()],
            )
            self.audit(actor, "add", "meeting", cur.lastrowid, None, self.row("meetings", cur.lastrowid))
        return self.meeting(cur.lastrowid)

    def update_meeting(self, meeting_id: int, actor: str, **fields) -> Meeting:
        """Change date, time, venue, status or deadlines; the audit keeps the old row."""
        values = {k: iso(v) if k != "venue" and k != "status" else v for k, v in fields.items()}
        with self.transaction():
            before = self.row("meetings", meeting_id)
            sets = ", ".join(f"{k} = ?" for k in values)
            self.db.execute(f"UPDATE meetings SET {sets} WHERE id = ?", [*values.values(), meeting_id])
            self.audit(actor, "update", "meeting", meeting_id, before, self.row("meetings", meeting_id))
        return self.meeting(meeting_id)


def _meeting(r) -> Meeting:
    return Meeting(id=r[0], panel_id=r[1], date=d(r[2]), time=t(r[3]), venue=r[4], status=r[5],
                   agenda_published=d(r[6]), report_deadline=dt(r[7]))
