"""People, their Slack identity and their roles on each panel."""
from __future__ import annotations

from bot.models import ROLES, Person
from bot.names import find_person, normalise_name


class PeopleStore:
    def people(self) -> tuple[Person, ...]:
        """Everyone, by name; the same tuple until the database changes (lookups built on it are kept)."""
        return self.cached("people", lambda: tuple(self._load_people()))

    def _load_people(self) -> list[Person]:
        roles: dict[int, list] = {}
        for pid, panel_id, role in self.db.execute("SELECT person_id, panel_id, role FROM roles ORDER BY panel_id"):
            roles.setdefault(pid, []).append((panel_id, role))
        rows = self.db.execute("SELECT id, name, email, slack_id FROM people ORDER BY name").fetchall()
        return [Person(r[0], r[1], r[2], r[3], tuple(roles.get(r[0], ()))) for r in rows]

    def person(self, person_id: int) -> Person | None:
        return next((p for p in self.people() if p.id == person_id), None)

    def person_named(self, name: str) -> Person | None:
        """Exactly this person (any case, with or without 'Cllr'), or a Slack id."""
        key = normalise_name(name)
        for p in self.people():
            if normalise_name(p.name) == key or (p.slack_id and p.slack_id.lower() == key):
                return p
        return None

    def find_people(self, text: str) -> list[Person]:
        return find_person(self.people(), text)

    def person_by_slack(self, slack_id: str) -> Person | None:
        row = self.db.execute("SELECT id FROM people WHERE slack_id = ?", [slack_id]).fetchone()
        return self.person(row[0]) if row else None

    def person_by_email(self, email: str) -> Person | None:
        row = self.db.execute("SELECT id FROM people WHERE email = ? COLLATE NOCASE", [email]).fetchone()
        return self.person(row[0]) if row else None

    def add_person(self, name, email=None, slack_id=None, role=None, panel_id=None, actor="cli") -> Person:
        """Add a person, or fill in an existing one; a new role keeps their other roles."""
        name = " ".join(name.split())
        if not name:
            raise ValueError("a person needs a name")
        if role is not None and role not in ROLES:
            raise ValueError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
        with self.transaction():
            person = self.person_named(name)
            if person is None:
                cur = self.db.execute(
                    "INSERT INTO people (name, email, slack_id, created_at) VALUES (?,?,?,?)",
                    [name, email, slack_id, self.now_iso()],
                )
                pid = cur.lastrowid
                self.audit(actor, "add", "person", pid, None, self.row("people", pid))
            else:
                pid = person.id
                self._fill_identity(person, email, slack_id, actor)
            if role and panel_id is not None:
                cur = self.db.execute(
                    "INSERT OR IGNORE INTO roles (person_id, panel_id, role) VALUES (?,?,?)", [pid, panel_id, role]
                )
                if cur.rowcount:
                    self.audit(actor, "add-role", "person", pid, None, {"panel_id": panel_id, "role": role})
        return self.person(pid)

    def _fill_identity(self, person: Person, email, slack_id, actor) -> None:
        changes = {k: v for k, v in (("email", email), ("slack_id", slack_id)) if v and v != getattr(person, k)}
        if not changes:
            return
        before = self.row("people", person.id)
        sets = ", ".join(f"{k} = ?" for k in changes)
        self.db.execute(f"UPDATE people SET {sets} WHERE id = ?", [*changes.values(), person.id])
        self.audit(actor, "update", "person", person.id, before, self.row("people", person.id))

    def person_ids_for(self, names, panel_id: int | None, actor: str) -> list[int]:
        """Ids for lead names, adding anyone new as a report author on the panel."""
        ids = []
        for name in names:
            person = self.person_named(name) or self.add_person(name, role="report-author", panel_id=panel_id, actor=actor)
            if person.id not in ids:
                ids.append(person.id)
        return ids
