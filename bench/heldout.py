"""The measured-only phrasing sets (tests/language/heldout): load a programme, send each message, grade the outcome."""
from __future__ import annotations

import shutil
import tempfile
import tomllib
from dataclasses import dataclass, fields
from datetime import date, datetime, time
from pathlib import Path

from bot.changes import AddItem, AddMatter
from handlers.converse import converse
from store import open_store

LANGUAGE = Path(__file__).resolve().parent.parent / "tests" / "language"
HELDOUT = LANGUAGE / "heldout"
MEASURED = LANGUAGE / "measured"
_STATUS = {"awaiting": "planned", "considered": "considered", "submitted": "submitted", "withdrawn": "withdrawn"}
LOST = ("didn't understand", "not sure what you mean")


@dataclass(frozen=True)
class Outcome:
    text: str
    expect: str
    intent: str
    passed: bool
    wrong_change: bool
    lost: bool
    reply: str
    why: str = ""


def build(path: Path, programme: dict) -> None:
    """A store holding one programme file's panel, people, meetings, items and matters."""
    store = open_store(path)
    panel = store.add_panel(programme["panel"], actor="heldout")
    for p in programme.get("person", []):
        store.add_person(p["name"], slack_id=p.get("slack_id"), role=p["role"], panel_id=panel.id, actor="heldout")
    for m in programme.get("meeting", []):
        at = time.fromisoformat(m["time"]) if m.get("time") else None
        meeting = store.add_meeting(panel.id, date.fromisoformat(m["date"]), at, m.get("venue", ""),
                                    m.get("status", "confirmed"), actor="heldout")
        for it in m.get("items", []):
            store.add_item(AddItem(panel.id, it["title"], meeting.id, "scheduled", tuple(it.get("leads", ())),
                                   it.get("notes", "")), actor="heldout")
    for it in programme.get("future", []):
        store.add_item(AddItem(panel.id, it["title"], None, "future", tuple(it.get("leads", ())), it.get("notes", ""),
                               window=it.get("window", "date tbc")), actor="heldout")
    for it in programme.get("standing", []):
        store.add_item(AddItem(panel.id, it["title"], None, "standing", tuple(it.get("leads", ())),
                               frequency=it.get("frequency", "")), actor="heldout")
    meetings = {m.date.isoformat(): m for m in store.meetings(panel.id)}
    for it in programme.get("item", []):
        _add_listed_item(store, panel, meetings, it)
    for mt in programme.get("matter", []):
        raised = mt.get("raised") or mt.get("meeting")
        store.add_matter(AddMatter(panel.id, mt["subject"], mt.get("lead", ""),
                                   date.fromisoformat(mt["due"]) if mt.get("due") else None,
                                   raised_on=date.fromisoformat(raised) if raised else None, position=mt.get("position", "")),
                         actor="heldout")
    store.close()


def _add_listed_item(store, panel, meetings: dict, it: dict) -> None:
    """The second set's layout: one list of items, each saying its kind and meeting."""
    kind = it.get("kind", "scheduled")
    meeting = meetings.get(it.get("meeting", "")) if kind == "scheduled" else None
    last = tuple(date.fromisoformat(d) for d in it.get("last_report", []) if d and d != it.get("meeting"))
    when = it.get("when", "")
    item = store.add_item(AddItem(panel.id, it["title"], meeting.id if meeting else None, kind if meeting or kind != "scheduled"
                                  else "future", tuple(it.get("leads", ())), it.get("notes", ""), it.get("requested", ""),
                                  it.get("priority", ""), window=when if kind == "future" else "",
                                  frequency=when if kind == "standing" else "", last_reported=last), actor="heldout")
    status = _STATUS.get(it.get("status", ""), "planned")
    if status != "planned":
        store.set_item_status(item.id, status, actor="heldout")


def snapshot(store) -> dict:
    panel = store.panels()[0]
    state = {}
    for item in store.items(panel.id, include_withdrawn=True):
        state[("item", item.id)] = item
    for meeting in store.meetings(panel.id):
        state[("meeting", meeting.id)] = meeting
    for matter in store.matters(panel.id, status=None):
        state[("matter", matter.id)] = matter
    return state


def run_set(name: str, classifier=None, folder: Path = HELDOUT) -> list[Outcome]:
    """Every message of one set, each on a fresh copy of its programme."""
    programme = tomllib.loads((folder / f"programme_{name}.toml").read_text(encoding="utf-8"))
    messages = tomllib.loads((folder / f"messages_{name}.toml").read_text(encoding="utf-8"))["message"]
    now = datetime.fromisoformat(programme["now"])
    outcomes = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base.db"
        build(base, programme)
        for n, message in enumerate(messages):
            copy = Path(tmp) / f"m{n}.db"
            shutil.copy(base, copy)
            store = open_store(copy)
            outcomes.append(grade(store, message, now, classifier))
            store.close()
    return outcomes


def grade(store, message: dict, now: datetime, classifier=None) -> Outcome:
    person = store.person_named(message["as"]) if message.get("as") else None
    before = snapshot(store)
    reply = converse(store, message["text"], person, f"person:{person.id}" if person else "anon", now,
                     classifier=classifier)
    after = snapshot(store)
    text = reply.text
    lost = any(word in text.lower() for word in LOST)
    changed = {k for k in after if before.get(k) != after[k]}
    expect = message["expect"]
    ok, why, wrong = _judge(message, reply, text, before, after, changed)
    return Outcome(message["text"], expect, message["intent"], ok, wrong, lost, text, why)


def _judge(message, reply, text, before, after, changed) -> tuple[bool, str, bool]:
    expect = message["expect"]
    if expect == "answer" and message["intent"] == "none":
        return not changed and reply.ask is None, "asked or changed", bool(changed)
    if expect == "answer":
        if changed:
            return False, "changed something", True
        missing = [m for m in message.get("mentions", []) if m.lower() not in text.lower()]
        present = [a for a in message.get("absent", []) if a.lower() in text.lower()]
        lost = any(word in text.lower() for word in LOST)
        return (not missing and not present and not lost and reply.ask is None,
                f"missing {missing} present {present}" if missing or present else "lost or asked", False)
    if expect in ("ask", "refuse"):
        if changed:
            return False, "changed something", True
        if expect == "refuse":
            said = text.lower()
            refused = any(w in said for w in ("only the", "only they", "can't", "cannot", "not allowed", "may not"))
            return refused and reply.ask is None, "no refusal", False
        missing = [c for c in message.get("choices", []) if c.lower() not in text.lower()]
        return reply.ask is not None and not missing, f"no question or missing {missing}", False
    return _judge_change(message, reply, before, after, changed)


def _judge_change(message, reply, before, after, changed) -> tuple[bool, str, bool]:
    target = message.get("target")
    if target is None and message.get("meeting"):  # one meeting's deadline or publication date
        hits = [k for k in changed if k[0] == "meeting" and before[k].date.isoformat() == message["meeting"]]
        return bool(hits) and len(changed) == 1, "the meeting's dates unchanged", bool(changed) and not hits
    if target is None:  # a panel setting: made, and no record touched
        return bool(reply.changes or reply.request) and not changed, "no change made", bool(changed)
    if not changed:
        return False, "nothing changed", False
    if target in ("item", "matter"):
        kind = target
        titles = [t.lower() for t in message.get("titles") or [message["title"]]]  # a change to two items: both
        hits = [k for k in changed if k[0] == kind and k in before and _title(before[k]).lower() in titles]
        others = changed - set(hits)
        if not hits:
            return False, "the wrong record changed", True
        if others and not all(k[0] == "meeting" and k not in before for k in others):
            return False, f"also changed {sorted(others)}", True
        if len(hits) < len(titles):
            return False, "changed only some of the items named", False
        return all(_value_ok(message, after[k], after) for k in hits), "value", False
    if target == "meeting":
        hits = [k for k in changed if k[0] == "meeting" and k in before and before[k].date.isoformat() == message["meeting"]]
        if not hits:
            return False, "the wrong meeting changed", True
        return _value_ok(message, after[hits[0]], after), "value", False
    new = [after[k] for k in changed if k not in before]
    kind = {"new_item": "item", "new_matter": "matter", "new_meeting": "meeting"}[target]
    if any(k in before for k in changed if k[0] != "meeting"):
        return False, "changed an existing record", True
    made = [x for x in new if _kind(x) == kind]
    if not made:
        return False, "no new record", False
    if kind == "meeting":
        return any(m.date.isoformat() == message.get("value") for m in made), "date", False
    words = [w.lower() for w in message.get("title", "").split()]
    titled = [x for x in made if all(w in _title(x).lower() for w in words)]
    value = str(message.get("value", ""))
    if kind == "item" and value and titled:
        titled = [x for x in titled if (x.meeting_id is None if value == "future" else str(x.meeting_date) == value)]
    if kind == "matter" and value and titled:
        titled = [x for x in titled if value.lower() in (x.lead or "").lower()]
    return bool(titled), "title", False


def _value_ok(message, thing, after) -> bool:
    field, value = message.get("field"), str(message.get("value", ""))
    if field == "meeting":
        return (thing.meeting_id is None) if value == "future" else str(thing.meeting_date) == value
    if field == "status":
        return thing.status == value or (value == "cancelled" and thing.status == "cancelled")
    if field in ("leads", "lead", "add_lead"):
        return value in thing.leads
    if field == "remove_lead":
        return value not in thing.leads
    if field == "add_note":
        return all(w.lower() in thing.notes.lower() for w in value.split())
    if field == "notes":
        return value.lower() in thing.notes.lower()
    if field == "title":
        return thing.title.lower() == value.lower()
    if field == "date":
        return thing.date.isoformat() == value
    if field == "position":
        return value.lower() in (thing.position or "").lower()
    return True


def _title(thing) -> str:
    return getattr(thing, "title", None) or getattr(thing, "subject", "")


def _kind(thing) -> str:
    names = {f.name for f in fields(thing)}
    return "item" if "title" in names else "matter" if "subject" in names else "meeting"
