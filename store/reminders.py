"""Nudge bookkeeping: the slice of programme near a date, claimed keys, delivery states and snoozes."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from bot.models import Item, Matter, Meeting, Person
from bot.reminders import NOTICE, PROBLEM_STATES, Policy, Problem
from store.items import _ORDER, _SELECT
from store.matters import _SELECT as _MATTERS
from store.matters import _matter
from store.meetings import _COLS, _meeting
from store.rows import dt, placeholders

CHUNK = 900  # SQLite's default limit on bound parameters is 999


class ReminderStore:
    # -- the slice of programme the planner reads --------------------------------
    def meetings_near(self, start: date, end: date) -> list[Meeting]:
        """Meetings of every panel dated in [start, end], and later ones whose hand-set report deadline is before `end`.

        Two bounded index ranges: meetings(date) for the first; meetings(report_deadline) for the second, looking back
        at most a year of hand-set deadlines (a deadline set over a year before its meeting would be missed).
        """
        after, back = (end + timedelta(days=1)).isoformat(), (start - timedelta(days=366)).isoformat()
        rows = self.db.execute(
            f"SELECT {_COLS} FROM meetings WHERE date BETWEEN ? AND ? UNION ALL SELECT {_COLS} FROM meetings"
            " WHERE report_deadline >= ? AND report_deadline < ? AND date > ?",
            [start.isoformat(), end.isoformat(), back, after, end.isoformat()]).fetchall()
        return sorted((_meeting(r) for r in rows), key=lambda m: (m.date, m.id))

    def items_at_meetings(self, meeting_ids) -> list[Item]:
        out: list[Item] = []
        for chunk in _chunks(list(meeting_ids)):
            out += self._load(_SELECT + f" WHERE i.meeting_id IN ({placeholders(chunk)}) AND i.status != 'withdrawn'"
                              + _ORDER, chunk)
        return out

    def open_matters_of(self, panel_ids) -> list[Matter]:
        ids = sorted(set(panel_ids))
        rows = self.db.execute(_MATTERS + f" WHERE m.panel_id IN ({placeholders(ids)}) AND m.status = 'open'"
                               " ORDER BY m.panel_id, m.due IS NULL, m.due, m.id", ids)
        return [_matter(r) for r in rows]

    def people_with_ids(self, ids) -> dict[int, Person]:
        """Just these people (name, email, Slack id), without their roles."""
        out = {}
        for chunk in _chunks(sorted(set(ids))):
            for r in self.db.execute(f"SELECT id, name, email, slack_id FROM people WHERE id IN ({placeholders(chunk)})",
                                     chunk):
                out[r[0]] = Person(r[0], r[1], r[2], r[3])
        return out

    def officers_of(self, panel_ids) -> dict[int, tuple[int, ...]]:
        ids = sorted(set(panel_ids))
        out: dict[int, list[int]] = {}
        for panel_id, person_id in self.db.execute(
                f"SELECT panel_id, person_id FROM roles WHERE role = 'scrutiny-officer' AND panel_id IN"
                f" ({placeholders(ids)}) ORDER BY panel_id, person_id", ids):
            out.setdefault(panel_id, []).append(person_id)
        return {k: tuple(v) for k, v in out.items()}

    def set_nudge_days(self, panel_id: int, days, actor: str) -> None:
        """Remind this panel's report authors these many working days before their deadline (audited)."""
        key, value = f"nudge_days_before:{panel_id}", ",".join(str(d) for d in sorted(set(days), reverse=True))
        with self.transaction():
            before = self.setting(key)
            self.db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", [key, value])
            self.audit(actor, "set-nudges", "panel", panel_id, {key: before}, {key: value})

    def set_nudge_timing(self, panel_id: int, weekdays, at, actor: str) -> None:
        """Send this panel's advance reminders only on these weekdays (none: any working day), from `at` (audited)."""
        values = {f"nudge_weekdays:{panel_id}": ",".join(str(d) for d in sorted(set(weekdays)))}
        if at is not None:
            values[f"nudge_at:{panel_id}"] = at.strftime("%H:%M")
        with self.transaction():
            before = {key: self.setting(key) for key in values}
            for key, value in values.items():
                self.db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", [key, value])
            self.audit(actor, "set-nudges", "panel", panel_id, before, values)

    def nudge_days(self, panel_id: int) -> tuple[int, ...]:
        """How many working days before a deadline this panel's authors are reminded."""
        base, panels = self.nudge_policies()
        return tuple(panels.get(panel_id, base).days_before)

    def nudge_policies(self) -> tuple[Policy, dict[int, Policy]]:
        """The default policy and per-panel ones, from settings `nudge_days_before[:PANEL_ID]` and `nudge_hours`."""
        values = dict(self.db.execute("SELECT key, value FROM settings WHERE key LIKE 'nudge%'").fetchall())
        base = Policy()
        hours = _hours(values.get("nudge_hours"))
        if hours:
            base = Policy(base.days_before, *hours)
        days = _days(values.get("nudge_days_before"))
        if days is not None:
            base = Policy(days, base.start, base.end)
        panels = {}
        for key, value in values.items():
            panel = key.removeprefix("nudge_days_before:")
            if panel != key and panel.isdigit() and _days(value) is not None:
                panels[int(panel)] = Policy(_days(value), base.start, base.end)
        for key, value in values.items():
            kind, _, panel = key.partition(":")
            if kind in {"nudge_weekdays", "nudge_at"} and panel.isdigit():
                policy = panels.get(int(panel), base)
                panels[int(panel)] = replace(policy, weekdays=_days(value) or ()) if kind == "nudge_weekdays" else \
                    replace(policy, start=_clock(value) or policy.start)
        return base, panels

    # -- claims and delivery states ------------------------------------------------
    def reminder_states(self, keys) -> dict[str, str]:
        out = {}
        for chunk in _chunks(list(keys)):
            out.update(self.db.execute(f"SELECT key, state FROM reminders WHERE key IN ({placeholders(chunk)})", chunk))
        return out

    def claim_reminder(self, key: str, kind: str, panel_id=None, item_id=None, matter_id=None, meeting_id=None,
                       deadline: str | None = None, recipient: str = "", summary: str = "",
                       at: datetime | None = None) -> bool:
        """True if this caller now holds `key`: a new key (unique constraint), or one whose last attempt failed."""
        now = _utc(at) if at else self.now_iso()
        with self.transaction():
            cur = self.db.execute(
                "INSERT OR IGNORE INTO reminders (key, item_id, matter_id, meeting_id, panel_id, kind, deadline, recipient,"
                " state, claimed_at, attempts, summary) VALUES (?,?,?,?,?,?,?,?,'claimed',?,1,?)",
                [key, item_id, matter_id, meeting_id, panel_id, kind, deadline, recipient, now, summary])
            if cur.rowcount == 1:
                return True
            cur = self.db.execute(
                "UPDATE reminders SET state = 'claimed', claimed_at = ?, attempts = attempts + 1, recipient = ?"
                " WHERE key = ? AND state = 'failed'", [now, recipient, key])
            return cur.rowcount == 1

    def mark_reminders(self, keys, state: str, detail: str = "", max_attempts: int | None = None,
                       at: datetime | None = None) -> None:
        """Record how delivery went; a failure past `max_attempts` becomes 'given-up'."""
        now = _utc(at) if at else self.now_iso()
        with self.transaction():
            for key in keys:
                if state == "failed" and max_attempts is not None:
                    self.db.execute("UPDATE reminders SET state = CASE WHEN attempts >= ? THEN 'given-up' ELSE 'failed'"
                                    " END, detail = ? WHERE key = ?", [max_attempts, detail, key])
                else:
                    self.db.execute("UPDATE reminders SET state = ?, detail = ?, sent_at = CASE WHEN ? = 'sent' THEN ?"
                                    " ELSE sent_at END WHERE key = ?", [state, detail, state, now, key])

    def unsent_claims(self) -> list[tuple[str, str, str]]:
        """(key, state, claimed_at) of nudges claimed but not yet recorded as sent or failed."""
        return [tuple(r) for r in self.db.execute(
            "SELECT key, state, claimed_at FROM reminders WHERE state IN ('claimed', 'sending') ORDER BY claimed_at")]

    def recover_interrupted(self, before: datetime) -> tuple[list[str], list[str]]:
        """After a crash: claims never sent are freed for a retry; sends that may have gone out become 'uncertain'."""
        cutoff = _utc(before)
        stale = self.db.execute("SELECT key, state FROM reminders WHERE state IN ('claimed', 'sending')"
                                " AND claimed_at < ?", [cutoff]).fetchall()
        if not stale:  # the usual case: no write lock taken
            return [], []
        freed, uncertain = [], []
        with self.transaction():
            for key, state in stale:
                new, detail = ("failed", "interrupted before sending") if state == "claimed" else (
                    "uncertain", "interrupted while sending")
                cur = self.db.execute("UPDATE reminders SET state = ?, detail = ? WHERE key = ? AND state = ?",
                                      [new, detail, key, state])
                if cur.rowcount:
                    (freed if state == "claimed" else uncertain).append(key)
        return freed, uncertain

    def reminder_problems(self) -> list[Problem]:
        """Nudges the scrutiny officer has not yet been told about (notices themselves are never re-noticed)."""
        states = list(PROBLEM_STATES)
        rows = self.db.execute(
            f"SELECT r.key, r.state, r.panel_id, r.summary, r.detail FROM reminders r WHERE r.told = 0 AND r.state IN"
            f" ({placeholders(states)}) AND r.kind != ? AND NOT EXISTS (SELECT 1 FROM reminders n"
            f" WHERE n.key = '{NOTICE}:' || r.key) ORDER BY r.claimed_at, r.key", [*states, NOTICE])
        return [Problem(*r) for r in rows]

    def mark_told(self, keys) -> None:
        """The officer's notice about these keys is settled: keep them out of the problems query for good."""
        with self.transaction():
            for key in keys:
                self.db.execute("UPDATE reminders SET told = 1 WHERE key = ?", [key])

    def reminder(self, key: str) -> dict | None:
        cur = self.db.execute("SELECT * FROM reminders WHERE key = ?", [key])
        r = cur.fetchone()
        return dict(zip([c[0] for c in cur.description], r)) if r else None

    # -- snoozes ---------------------------------------------------------------------
    def snooze_item(self, item_id: int, until: datetime, actor: str) -> None:
        with self.transaction():
            before = self.db.execute("SELECT until FROM snoozes WHERE item_id = ?", [item_id]).fetchone()
            self.db.execute("INSERT OR REPLACE INTO snoozes (item_id, until, actor, at) VALUES (?,?,?,?)",
                            [item_id, until.isoformat(timespec="seconds"), actor, self.now_iso()])
            self.audit(actor, "snooze", "item", item_id, {"until": before[0]} if before else None,
                       {"until": until.isoformat(timespec="seconds")})

    def snoozes_for(self, item_ids) -> dict[int, datetime]:
        out = {}
        for chunk in _chunks(list(item_ids)):
            for item_id, until in self.db.execute(
                    f"SELECT item_id, until FROM snoozes WHERE item_id IN ({placeholders(chunk)})", chunk):
                out[item_id] = dt(until)
        return out


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _chunks(values: list, size: int = CHUNK):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _days(value: str | None) -> tuple[int, ...] | None:
    """'10,3' -> (10, 3); anything unreadable keeps the default (a typo must not stop every nudge)."""
    if not value:
        return None
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if not all(p.isdigit() for p in parts):
        return None
    return tuple(sorted({int(p) for p in parts}, reverse=True))


def _clock(value: str | None) -> time | None:
    """'09:30' -> 09:30; anything unreadable keeps the default."""
    try:
        return time.fromisoformat((value or "").strip())
    except ValueError:
        return None


def _hours(value: str | None) -> tuple[time, time] | None:
    """'09:00-17:00' -> (09:00, 17:00); anything unreadable keeps the default."""
    try:
        start, end = (time.fromisoformat(v.strip()) for v in (value or "").split("-"))
    except ValueError:
        return None
    return (start, end) if start < end else None
