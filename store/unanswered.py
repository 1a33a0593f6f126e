"""Messages the bot could not answer for sure: kept with who, when and its guesses."""
from __future__ import annotations

from datetime import UTC, date, datetime, time

from bot.days.deadlines import LONDON
from bot.models import Unanswered

MAX_TEXT = 2000


class UnansweredStore:
    def add_unanswered(self, text: str, who: str, guess: str, panel_id: int | None = None) -> None:
        with self.transaction():
            self.db["unanswered"].insert({"text": text[:MAX_TEXT], "who": who, "at": self.now_iso(),
                                          "guess": guess[:300], "panel_id": panel_id})

    def unanswered(self, since: date | None = None, panel_id: int | None = None) -> list[Unanswered]:
        """Newest first; `since` is a London day."""
        sql, args = "SELECT text, who, at, guess, panel_id FROM unanswered WHERE 1 = 1", []
        if since:
            start = datetime.combine(since, time(0), LONDON).astimezone(UTC).isoformat(timespec="seconds")
            sql, args = sql + " AND at >= ?", args + [start]
        if panel_id is not None:
            sql, args = sql + " AND (panel_id = ? OR panel_id IS NULL)", args + [panel_id]
        rows = self.db.execute(sql + " ORDER BY at DESC, id DESC", args).fetchall()
        return [Unanswered(r[0], r[1], datetime.fromisoformat(r[2]), r[3], r[4]) for r in rows]
