"""The store: migrations, pragmas, people and roles, the audit log, atomic writes."""
import pytest

from bot.changes import AddItem, AddMatter, MoveItem
from store import StoreError, open_store
from store.schema import LATEST, MIGRATIONS


def test_migrations_are_recorded_and_pragmas_set(fresh_store):
    db = fresh_store.db
    assert db.execute("SELECT MAX(version) FROM migrations").fetchone()[0] == LATEST
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_reopening_does_not_migrate_twice(db_path, fresh_store):
    again = open_store(db_path)
    assert again.db.execute("SELECT COUNT(*) FROM migrations").fetchone()[0] == len(MIGRATIONS)


def test_newer_schema_is_refused(db_path, fresh_store):
    fresh_store.db.execute("INSERT INTO migrations VALUES (999, 'future', 'x')")
    with pytest.raises(StoreError, match="newer"):
        open_store(db_path)


def test_corrupt_file_is_refused(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="not a usable"):
        open_store(bad)
    assert bad.read_bytes().startswith(b"this is not a database")


def test_missing_file_is_not_created_when_create_is_false(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        open_store(tmp_path / "nope.db", create=False)
    assert not (tmp_path / "nope.db").exists()


def test_adding_a_role_keeps_the_others(fresh_store):
    adults = fresh_store.add_panel("Adults")
    children = fresh_store.add_panel("Children")
    fresh_store.add_person("Becky Wilkinson", role="report-author", panel_id=adults.id)
    person = fresh_store.add_person("becky wilkinson", email="becky@example.org", role="member", panel_id=children.id)
    assert set(person.roles) == {(adults.id, "report-author"), (children.id, "member")}
    assert person.email == "becky@example.org"
    assert len(fresh_store.people()) == 1


def test_names_match_forgivingly(fresh_store):
    panel = fresh_store.add_panel("Adults")
    fresh_store.add_person("Cllr Val Evans", role="chair", panel_id=panel.id)
    assert fresh_store.person_named("val evans").name == "Cllr Val Evans"
    assert fresh_store.person_named("COUNCILLOR VAL EVANS").name == "Cllr Val Evans"


def test_every_change_is_audited_with_before_and_after(demo_store):
    panel = demo_store.panels()[0]
    item = demo_store.items(panel.id, kind="future")[0]
    meeting = demo_store.meetings(panel.id)[-1]
    demo_store.apply([MoveItem(item.id, meeting.id)], actor="Earl Piggott-Smith")
    entry = demo_store.audit_log(1)[0]
    assert entry["actor"] == "Earl Piggott-Smith" and entry["action"] == "move"
    assert '"meeting_id": null' in entry["before"] and f'"meeting_id": {meeting.id}' in entry["after"]
    assert demo_store.item(item.id).kind == "scheduled"


def test_a_failure_mid_apply_changes_nothing(demo_store):
    panel = demo_store.panels()[0]
    count = len(demo_store.items(panel.id))
    audits = len(demo_store.audit_log(1000))
    with pytest.raises(ValueError, match="FOREIGN KEY"):
        demo_store.apply([AddItem(panel.id, "A good item"), AddItem(panel.id, "Bad", meeting_id=99999)], actor="x")
    assert len(demo_store.items(panel.id)) == count
    assert len(demo_store.audit_log(1000)) == audits


def test_search_finds_words_in_titles_and_notes(demo_store):
    panel = demo_store.panels()[0]
    assert [i.title for i in demo_store.search_items(panel.id, "vaccination")] == [
        "Mandatory Vaccinations for Social Care Homes"]
    assert demo_store.search_items(panel.id, "care providers")[0].title.startswith("Care and Support Provider")
    assert demo_store.search_items(panel.id, "'; DROP TABLE items; --") == []


def test_matters_keep_their_lead_and_close(demo_store):
    panel = demo_store.panels()[0]
    matter = demo_store.add_matter(AddMatter(panel.id, "List of establishments", lead="Becky Wilkinson"))
    assert matter.lead == "Becky Wilkinson" and matter.status == "open"
    demo_store.update_matter(matter.id, "x", status="closed", position="Circulated by email")
    assert demo_store.matters(panel.id) == []
    assert demo_store.matters(panel.id, status=None)[0].position == "Circulated by email"


def test_a_migration_added_later_with_a_lower_number_still_runs(tmp_path, monkeypatch):
    import store.db as db_module

    first, *rest = MIGRATIONS
    monkeypatch.setattr(db_module, "MIGRATIONS", [first])
    open_store(tmp_path / "old.db").close()
    monkeypatch.setattr(db_module, "MIGRATIONS", MIGRATIONS)
    again = open_store(tmp_path / "old.db")
    versions = [r[0] for r in again.db.execute("SELECT version FROM migrations ORDER BY version")]
    assert versions == sorted(v for v, _, _ in MIGRATIONS)
