"""Work programme items, their leads, last-report dates and status history."""
from __future__ import annotations

from bot.models import Item
from store.rows import d, placeholders

_SELECT = (
    "SELECT i.id, i.panel_id, i.title, i.kind, i.status, i.meeting_id, m.date, i.notes, i.priority,"
    " i.requested_by, i.window, i.frequency, i.months FROM items i LEFT JOIN meetings m ON m.id = i.meeting_id"
)
_ORDER = " ORDER BY m.date IS NULL, m.date, i.kind, i.id"


class ItemStore:
    def items(self, panel_id: int, kind: str | None = None, include_withdrawn: bool = False) -> list[Item]:
        sql, args = _SELECT + " WHERE i.panel_id = ?", [panel_id]
        if kind:
            sql, args = sql + " AND i.kind = ?", args + [kind]
        if not include_withdrawn:
            sql += " AND i.status != 'withdrawn'"
        return self._load(sql + _ORDER, args)

    def items_at(self, meeting_id: int) -> list[Item]:
        # Read once per database state: most messages ask about the next meeting, whose items rarely change
        return list(self.cached(("items_at", meeting_id), lambda: tuple(
            self._load(_SELECT + " WHERE i.meeting_id = ? AND i.status != 'withdrawn'" + _ORDER, [meeting_id]))))

    def item(self, item_id: int) -> Item | None:
        found = self._load(_SELECT + " WHERE i.id = ?", [item_id])
        return found[0] if found else None

    def items_led_by(self, person_id: int, panel_id: int | None = None, since=None) -> list[Item]:
        """Items this person leads; with `since`, only those not yet scheduled or at a meeting on or after it."""
        sql = _SELECT + " JOIN item_leads l ON l.item_id = i.id WHERE l.person_id = ? AND i.status != 'withdrawn'"
        args: list = [person_id]
        if panel_id is not None:
            sql, args = sql + " AND i.panel_id = ?", args + [panel_id]
        if since is not None:
            sql, args = sql + " AND (m.date IS NULL OR m.date >= ?)", args + [since.isoformat()]
        return self._load(sql + _ORDER, args)

    def item_titles(self, panel_id: int, include_withdrawn: bool = False) -> dict[int, str]:
        sql = "SELECT id, title FROM items WHERE panel_id = ?" + ("" if include_withdrawn else " AND status != 'withdrawn'")
        # The same dict until the database changes, so callers can keep work done on it; do not modify it.
        return self.cached(("titles", panel_id, include_withdrawn), lambda: dict(self.db.execute(sql, [panel_id])))

    def search_items(self, panel_id: int, query: str, limit: int = 20) -> list[Item]:
        """Full-text search over titles and notes (words ANDed, prefixes allowed), newest meetings first."""
        words = [w for w in "".join(c if c.isalnum() else " " for c in query).split() if w]
        if not words:
            return []
        match = " ".join(f'"{w}"*' for w in words)
        # Newest first; the IN form lets SQLite filter by panel before ranking, which bm25 ordering cannot.
        ids = [r[0] for r in self.db.execute(
            "SELECT i.id FROM items i LEFT JOIN meetings m ON m.id = i.meeting_id WHERE i.panel_id = ? AND i.id IN"
            " (SELECT rowid FROM items_fts WHERE items_fts MATCH ?) ORDER BY m.date IS NULL, m.date DESC LIMIT ?",
            [panel_id, match, limit])]
        return self._load(_SELECT + f" WHERE i.id IN ({placeholders(ids)})" + _ORDER, ids) if ids else []

    def _load(self, sql: str, args) -> list[Item]:
        rows = self.db.execute(sql, args).fetchall()
        if not rows:
            return []
        ids = [r[0] for r in rows]
        leads, reports = self._leads(ids), self._reports(ids)
        return [
            Item(id=r[0], panel_id=r[1], title=r[2], kind=r[3], status=r[4], meeting_id=r[5], meeting_date=d(r[6]),
                 leads=tuple(n for _, n in leads.get(r[0], ())), lead_ids=tuple(i for i, _ in leads.get(r[0], ())),
                 notes=r[7], priority=r[8], requested_by=r[9], window=r[10], frequency=r[11],
                 months=tuple(int(m) for m in r[12].split(",") if m), last_reported=tuple(reports.get(r[0], ())))
            for r in rows
        ]

    def _leads(self, ids) -> dict[int, list[tuple[int, str]]]:
        out: dict[int, list] = {}
        for chunk in _chunks(ids):
            for item_id, pid, name in self.db.execute(
                f"SELECT l.item_id, p.id, p.name FROM item_leads l JOIN people p ON p.id = l.person_id"
                f" WHERE l.item_id IN ({placeholders(chunk)}) ORDER BY l.item_id, l.position", chunk):
                out.setdefault(item_id, []).append((pid, name))
        return out

    def _reports(self, ids) -> dict[int, list]:
        out: dict[int, list] = {}
        for chunk in _chunks(ids):
            for item_id, day in self.db.execute(
                f"SELECT item_id, date FROM item_reports WHERE item_id IN ({placeholders(chunk)})"
                " ORDER BY item_id, date DESC", chunk):
                out.setdefault(item_id, []).append(d(day))
        return out


def _chunks(ids, size: int = 900):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]
