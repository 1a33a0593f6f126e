"""Outstanding matters: what past meetings asked to come back, open until closed."""
from __future__ import annotations

from bot.changes import AddMatter
from bot.models import Matter
from store.rows import d, iso

_SELECT = ("SELECT m.id, m.panel_id, m.subject, m.raised_on, COALESCE(p.name, m.lead_text), m.lead_id, m.due,"
           " m.due_text, m.position, m.status FROM matters m LEFT JOIN people p ON p.id = m.lead_id")


class MatterStore:
    def matters(self, panel_id: int, status: str | None = "open") -> list[Matter]:
        """Due first; read once per database state (every message looks for matters it may name)."""
        sql, args = _SELECT + " WHERE m.panel_id = ?", [panel_id]
        if status:
            sql, args = sql + " AND m.status = ?", args + [status]
        rows = self.cached(("matters", panel_id, status), lambda: tuple(
            _matter(r) for r in self.db.execute(sql + " ORDER BY m.due IS NULL, m.due, m.id", args)))
        return list(rows)

    def matter_subjects(self, panel_id: int) -> dict[int, str]:
        """Open matters' subjects by id; the same dict until the database changes, so work done on it can be kept."""
        return self.cached(("subjects", panel_id), lambda: {m.id: m.subject for m in self.matters(panel_id)})

    def matter(self, matter_id: int) -> Matter | None:
        r = self.db.execute(_SELECT + " WHERE m.id = ?", [matter_id]).fetchone()
        return _matter(r) if r else None

    def add_matter(self, change: AddMatter, actor: str = "cli") -> Matter:
        with self.transaction():
            lead_id = self.person_ids_for([change.lead], change.panel_id, actor)[0] if change.lead else None
            cur = self.db.execute(
                "INSERT INTO matters (panel_id, subject, raised_on, lead_id, lead_text, due, due_text, position,"
                " created_at) VALUES (?,?,?,?,?,?,?,?,?)",
                [change.panel_id, change.subject.strip(), iso(change.raised_on), lead_id, change.lead,
                 iso(change.due), change.due_text, change.position, self.now_iso()],
            )
            self.audit(actor, "add", "matter", cur.lastrowid, None, self.row("matters", cur.lastrowid))
        return self.matter(cur.lastrowid)

    def update_matter(self, matter_id: int, actor: str = "cli", lead: str | None = None, **fields) -> Matter:
        values = {k: iso(v) if k == "due" else v for k, v in fields.items() if v is not None}
        if values.get("status") == "closed":
            values["closed_at"] = self.now_iso()
        with self.transaction():
            before = self.row("matters", matter_id)
            if lead is not None:
                values["lead_text"] = lead
                values["lead_id"] = self.person_ids_for([lead], before["panel_id"], actor)[0] if lead else None
            if values:
                sets = ", ".join(f"{k} = ?" for k in values)
                self.db.execute(f"UPDATE matters SET {sets} WHERE id = ?", [*values.values(), matter_id])
            self.audit(actor, "close" if fields.get("status") == "closed" else "update", "matter", matter_id,
                       before, self.row("matters", matter_id))
        return self.matter(matter_id)


def _matter(r) -> Matter:
    return Matter(id=r[0], panel_id=r[1], subject=r[2], raised_on=d(r[3]), lead=r[4] or "", lead_id=r[5],
                  due=d(r[6]), due_text=r[7], position=r[8], status=r[9])
