"""Undo: each reply's changes kept as a run of audit rows; the sender's last run put back from its 'before' rows."""
from __future__ import annotations

import json

_TABLES = {"item": "items", "matter": "matters", "meeting": "meetings"}
_ITEM_FIELDS = ("meeting_id", "title", "kind", "status", "notes", "priority", "requested_by", "window", "frequency",
                "months", "submitted_at")
_MATTER_SKIP = ("id", "panel_id", "created_at")
_MEETING_SKIP = ("id", "panel_id", "created_at")


class UndoStore:
    def _last_audit_id(self) -> int:
        return self.db.execute("SELECT COALESCE(MAX(id), 0) FROM audit").fetchone()[0]

    def keep_for_undo(self, actor: str, first: int) -> None:
        """Remember the audit rows written since `first` as one reply's changes by `actor`."""
        last = self._last_audit_id()
        if last > first:
            self.db.execute("INSERT INTO undo_batches (actor, first_audit, last_audit, at) VALUES (?,?,?,?)",
                            [actor, first + 1, last, self.now_iso()])

    def undoable(self, actor: str) -> list[str]:
        """What the sender's last reply changed, in words ('“Libraries Strategy” moved'); empty if nothing to undo
        or if it touched something undo does not put back (settings, people, feeds)."""
        rows = self._last_batch(actor)[1]
        if not rows or any(r["entity"] not in _TABLES for r in rows):
            return []
        return [f"{_name(r)} {_DONE.get(r['action'], r['action'])}" for r in rows]

    def undo_last(self, actor: str) -> list[str]:
        """Put back what `actor`'s last reply changed, newest first; returns what was undone."""
        batch, rows = self._last_batch(actor)
        if batch is None or any(r["entity"] not in _TABLES for r in rows):
            raise LookupError("there is nothing of yours I can undo")
        for r in reversed(rows):
            self._put_back(r, actor)
        self.db.execute("UPDATE undo_batches SET undone = 1 WHERE id = ?", [batch])
        return [_name(r) for r in rows]

    def _last_batch(self, actor: str):
        found = self.db.execute("SELECT id, first_audit, last_audit FROM undo_batches WHERE actor = ? AND undone = 0 "
                                "ORDER BY id DESC LIMIT 1", [actor]).fetchone()
        if found is None:
            return None, []
        cur = self.db.execute("SELECT action, entity, entity_id, before, after FROM audit WHERE id BETWEEN ? AND ? "
                              "ORDER BY id", [found[1], found[2]])
        rows = [dict(zip(("action", "entity", "entity_id", "before", "after"), r)) for r in cur.fetchall()]
        for r in rows:
            r["before"], r["after"] = (json.loads(r[k]) if r[k] else None for k in ("before", "after"))
        return found[0], rows

    def _put_back(self, r: dict, actor: str) -> None:
        table, row_id, before = _TABLES[r["entity"]], r["entity_id"], r["before"]
        now = self.row(table, row_id)
        if before is None:  # it was added: take it away (an added meeting only once nothing is on it)
            if r["entity"] == "meeting" and self.db.execute("SELECT 1 FROM items WHERE meeting_id = ?",
                                                            [row_id]).fetchone():
                raise LookupError("the meeting it added now has items on it")
            self.db.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])
        elif r["entity"] == "item":
            sets = {k: before.get(k) for k in _ITEM_FIELDS}
            self.db.execute(f"UPDATE items SET {', '.join(f'{k} = ?' for k in sets)}, updated_at = ? WHERE id = ?",
                            [*sets.values(), self.now_iso(), row_id])
            self.db.execute("DELETE FROM item_leads WHERE item_id = ?", [row_id])
            self._set_leads(row_id, before.get("leads") or [], before["panel_id"], actor)
        else:
            skip = _MATTER_SKIP if r["entity"] == "matter" else _MEETING_SKIP
            sets = {k: v for k, v in before.items() if k not in skip}
            self.db.execute(f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in sets)} WHERE id = ?",
                            [*sets.values(), row_id])
        self.audit(actor, "undo", r["entity"], row_id, now, before)


_DONE = {"add": "added", "move": "moved", "defer": "deferred", "update": "changed", "close": "closed",
         "submitted": "marked submitted", "withdrawn": "withdrawn", "considered": "marked considered",
         "planned": "marked planned"}


def _name(r: dict) -> str:
    row = r["before"] or r["after"] or {}
    if r["entity"] == "meeting":
        return f"the meeting on {row.get('date', '?')}"
    return f"“{row.get('title') or row.get('subject') or '?'}”"
