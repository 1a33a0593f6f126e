"""ModernGov links: which committee each panel follows, what ModernGov last said of each meeting, what was announced."""
from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

from bot.minutes import ProposedMatter
from bot.sync.notes import Note
from bot.sync.remote import Committee, Known, Link, RemoteMeeting
from store.rows import d, iso, t

_LINK = "SELECT panel_id, site, committee_id, committee_title, synced_at, last_error FROM moderngov_links"


class ModernGovStore:
    """Over a Store (its connection, transactions, clock and audit log); every write joins the caller's transaction."""

    def __init__(self, store):
        self.store = store
        self.db = store.db

    def link(self, panel_id: int) -> Link | None:
        row = self.db.execute(_LINK + " WHERE panel_id = ?", [panel_id]).fetchone()
        return Link(*row) if row else None

    def links(self) -> list[Link]:
        return [Link(*r) for r in self.db.execute(_LINK + " ORDER BY panel_id")]

    def connect(self, panel_id: int, site: str, committee: Committee, actor: str) -> Link:
        """Follow `committee` from now on; a different site or committee starts afresh (old meetings are kept)."""
        with self.store.transaction():
            before = _row(self.db, panel_id)
            if before is None or (before["site"], before["committee_id"]) != (site, committee.id):
                self.db.execute("DELETE FROM moderngov_meetings WHERE panel_id = ?", [panel_id])
            self.db.execute(
                "INSERT INTO moderngov_links (panel_id, site, committee_id, committee_title, connected_at)"
                " VALUES (?,?,?,?,?) ON CONFLICT(panel_id) DO UPDATE SET site = excluded.site,"
                " committee_id = excluded.committee_id, committee_title = excluded.committee_title,"
                " connected_at = excluded.connected_at, last_error = ''",
                [panel_id, site, committee.id, committee.title, self.store.now_iso()])
            self.store.audit(actor, "connect-moderngov", "panel", panel_id, before, _row(self.db, panel_id))
        return self.link(panel_id)

    def record_sync(self, panel_id: int, error: str = "") -> None:
        """When the last sync finished, and what went wrong ('' when nothing did)."""
        with self.store.transaction():
            self.db.execute("UPDATE moderngov_links SET synced_at = ?, last_error = ? WHERE panel_id = ?",
                            [self.store.now_iso(), error, panel_id])

    def known(self, panel_id: int, remote_id: int | None = None) -> dict[int, Known]:
        """What ModernGov last said of each of the panel's meetings (or of just one), by ModernGov's meeting id."""
        sql = ("SELECT remote_id, meeting_id, date, time, status, venue, agenda_done, considered_done, minutes_done"
               " FROM moderngov_meetings WHERE panel_id = ?")
        rows = self.db.execute(sql + (" AND remote_id = ?" if remote_id is not None else ""),
                               [panel_id] + ([remote_id] if remote_id is not None else []))
        return {r[0]: Known(r[0], r[1], d(r[2]), t(r[3]), r[4], r[5], bool(r[6]), bool(r[7]), bool(r[8])) for r in rows}

    def remember(self, panel_id: int, remote: RemoteMeeting, meeting_id: int | None, before: Known | None,
                 agenda: bool = False, considered: bool = False, minutes: bool = False) -> None:
        """What ModernGov said of this meeting now; the done-flags only ever go from no to yes."""
        venue = remote.venue if remote.venue is not None else (before.venue if before else None)
        flags = [bool(agenda or (before and before.agenda_done)), bool(considered or (before and before.considered_done)),
                 bool(minutes or (before and before.minutes_done))]
        now = Known(remote.id, meeting_id, remote.date, remote.time, remote.status, venue, *flags)
        if now == before:
            return  # a sync that finds nothing new writes nothing
        self.db.execute(
            "INSERT OR REPLACE INTO moderngov_meetings (panel_id, remote_id, meeting_id, date, time, status, venue,"
            " agenda_done, considered_done, minutes_done, synced_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [panel_id, remote.id, meeting_id, iso(remote.date), iso(remote.time), remote.status, venue, *flags,
             self.store.now_iso()])

    def queue(self, panel_id: int, notes) -> list[Note]:
        """Keep each note to be delivered, unless one with its key was ever kept (how a change is announced once).

        Returns the notes that were new."""
        added = []
        for note in notes:
            cur = self.db.execute(
                "INSERT OR IGNORE INTO moderngov_notes (key, panel_id, audience, text, proposals, queued_at)"
                " VALUES (?,?,?,?,?,?)",
                [note.key, panel_id, note.audience, note.text, _dump(note.proposals), self.store.now_iso()])
            if cur.rowcount:
                added.append(note)
        return added

    def waiting(self, panel_id: int | None = None) -> list[tuple[int, Note]]:
        """(panel id, note) for every note not yet delivered, oldest first."""
        return [(pid, note) for pid, note, _ in self.waiting_with_destinations(panel_id)]

    def waiting_with_destinations(self, panel_id: int | None = None) -> list[tuple[int, Note, set[str]]]:
        """(panel id, note, the channels it already reached) for every note not yet delivered everywhere."""
        sql = "SELECT panel_id, key, text, audience, proposals, sent_to FROM moderngov_notes WHERE delivered_at IS NULL"
        rows = self.db.execute(sql + (" AND panel_id = ?" if panel_id else "") + " ORDER BY rowid",
                               [panel_id] if panel_id else [])
        return [(r[0], Note(r[1], r[2], r[3], _load(r[4])), set(filter(None, r[5].split(",")))) for r in rows]

    def sent_to(self, keys, channel: str) -> None:
        """These notes reached `channel`: a retry after a later failure does not post them there again."""
        with self.store.transaction():
            for key in keys:
                self.db.execute("UPDATE moderngov_notes SET sent_to = CASE WHEN sent_to = '' THEN ? ELSE sent_to || ',' || ?"
                                " END WHERE key = ?", [channel, channel, key])

    def delivered(self, keys, detail: str = "") -> None:
        with self.store.transaction():
            for key in keys:
                self.db.execute("UPDATE moderngov_notes SET delivered_at = ?, detail = ?, attempts = attempts + 1"
                                " WHERE key = ?", [self.store.now_iso(), detail, key])

    def not_delivered(self, keys, detail: str) -> None:
        with self.store.transaction():
            for key in keys:
                self.db.execute("UPDATE moderngov_notes SET attempts = attempts + 1, detail = ? WHERE key = ?",
                                [detail, key])


def _row(db, panel_id: int) -> dict | None:
    cur = db.execute("SELECT * FROM moderngov_links WHERE panel_id = ?", [panel_id])
    r = cur.fetchone()
    return dict(zip([c[0] for c in cur.description], r)) if r else None


def _dump(proposals) -> str:
    return json.dumps([{k: (v.isoformat() if isinstance(v, date) else v) for k, v in asdict(p).items()}
                       for p in proposals])


def _load(text: str) -> tuple[ProposedMatter, ...]:
    out = []
    for p in json.loads(text or "[]"):
        for key in ("raised_on", "due"):
            p[key] = date.fromisoformat(p[key]) if p.get(key) else None
        out.append(ProposedMatter(**p))
    return tuple(out)
