"""Publishing: the installation's id for calendar UIDs, public pages per panel, and dates read from the audit log."""
from __future__ import annotations

import json
import re
import uuid
from datetime import date, datetime
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")


class PublishingStore:
    def installation_id(self) -> str:
        """A random id made once per database, so calendar UIDs from two councils' bots never collide."""
        value = self.setting("installation_id")
        if not value:
            value = uuid.uuid4().hex[:16]
            self.db.execute("INSERT OR IGNORE INTO settings VALUES ('installation_id', ?)", [value])
            value = self.setting("installation_id")
        return value

    def set_page_published(self, panel_id: int, published: bool, actor: str = "cli") -> str:
        """Turn a panel's public page on or off; its address (a slug of the panel's name) stays the same."""
        with self.transaction():
            row = self.db.execute("SELECT slug, published FROM published_pages WHERE panel_id = ?", [panel_id]).fetchone()
            slug = row[0] if row else self._free_slug(self.panel(panel_id).name)
            self.db.execute("INSERT OR REPLACE INTO published_pages VALUES (?, ?, ?, ?)",
                            [panel_id, slug, int(published), self.now_iso()])
            self.audit(actor, "publish" if published else "unpublish", "page", panel_id,
                       {"published": bool(row and row[1])}, {"published": published, "slug": slug})
        return slug

    def page_slug(self, panel_id: int) -> str | None:
        """The slug of a panel's page while it is published; None when it is not (the default)."""
        row = self.db.execute("SELECT slug FROM published_pages WHERE panel_id = ? AND published = 1",
                              [panel_id]).fetchone()
        return row[0] if row else None

    def published_panel(self, slug: str):
        row = self.db.execute("SELECT panel_id FROM published_pages WHERE slug = ? AND published = 1", [slug]).fetchone()
        return self.panel(row[0]) if row else None

    def matter_position_dates(self, panel_id: int) -> dict[int, date]:
        """When each matter's current position was written (London date), from the audit log."""
        out: dict[int, date] = {}
        rows = self.db.execute(
            "SELECT a.entity_id, a.at, a.before, a.after FROM audit a JOIN matters m ON m.id = a.entity_id"
            " WHERE a.entity = 'matter' AND m.panel_id = ? ORDER BY a.id", [panel_id])
        for matter_id, at, before, after in rows:
            old = json.loads(before or "null") or {}
            new = json.loads(after or "null") or {}
            if new.get("position") and new.get("position") != old.get("position"):
                out[matter_id] = datetime.fromisoformat(at).astimezone(LONDON).date()
        return out

    def meeting_revisions(self, panel_id: int) -> dict[int, int]:
        """How many times each meeting was changed: its iCalendar SEQUENCE, so a cancellation supersedes the event."""
        rows = self.db.execute(
            "SELECT a.entity_id, COUNT(*) FROM audit a JOIN meetings m ON m.id = a.entity_id"
            " WHERE a.entity = 'meeting' AND a.action = 'update' AND m.panel_id = ? GROUP BY a.entity_id", [panel_id])
        return {r[0]: r[1] for r in rows}

    def _free_slug(self, name: str) -> str:
        base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60] or "panel"
        slug, n = base, 1
        while self.db.execute("SELECT 1 FROM published_pages WHERE slug = ?", [slug]).fetchone():
            n += 1
            slug = f"{base}-{n}"
        return slug
