"""A large generated programme for benchmarks: 10 panels x 10 years, about 5,000 items."""
from __future__ import annotations

import random
from datetime import date, timedelta

from store.db import transaction

TOPICS = ["Adult Social Care", "Housing Repairs", "Domestic Abuse", "Youth Justice", "Public Health", "Waste and Recycling",
          "Libraries", "Highways Maintenance", "Children's Safeguarding", "Climate Emergency", "Budget Monitoring",
          "Homelessness", "Mental Health", "Schools Performance", "Community Safety", "Digital Inclusion"]
KINDS = ["Annual Report", "Update", "Performance Report", "Strategy", "Review", "Briefing", "Consultation"]
PANELS = ["Adults and Safer City", "Children and Young People", "Economy and Growth", "Health", "Housing",
          "Climate Change", "Resources", "Vibrant and Sustainable City", "Stronger Communities", "Corporate Parenting"]


def build_large(store, start_year: int = 2020, years: int = 10, meetings_per_year: int = 7,
                items_per_meeting: int = 7, seed: int = 7) -> dict:
    """Fill `store` with a big programme, quickly (bulk inserts in one transaction)."""
    rng = random.Random(seed)
    db = store.db
    now = store.now_iso()
    counts = {"panels": 0, "meetings": 0, "items": 0, "people": 0}
    with transaction(db):
        people = []
        for n in range(200):
            cur = db.execute("INSERT INTO people (name, email, created_at) VALUES (?,?,?)",
                             [f"Officer {n:03d} Example", f"officer{n}@example.org", now])
            people.append(cur.lastrowid)
        counts["people"] = len(people)
        for p_name in PANELS:
            pid = db.execute("INSERT INTO panels (name, created_at) VALUES (?,?)",
                             [f"{p_name} Scrutiny Panel", now]).lastrowid
            counts["panels"] += 1
            for year in range(start_year, start_year + years):
                for k in range(meetings_per_year):
                    day = _weekday(date(year, 1, 15) + timedelta(days=52 * k + rng.randint(0, 6)))
                    mid = db.execute("INSERT INTO meetings (panel_id, date, time, status, created_at)"
                                     " VALUES (?,?,?,?,?)", [pid, day.isoformat(), "18:00", "confirmed", now]).lastrowid
                    counts["meetings"] += 1
                    for _ in range(items_per_meeting):
                        title = f"{rng.choice(TOPICS)} {rng.choice(KINDS)} {year}"
                        iid = db.execute(
                            "INSERT INTO items (panel_id, meeting_id, title, kind, created_at, updated_at)"
                            " VALUES (?,?,?,?,?,?)", [pid, mid, title, "scheduled", now, now]).lastrowid
                        db.execute("INSERT INTO item_leads VALUES (?,?,0)", [iid, rng.choice(people)])
                        counts["items"] += 1
    return counts


def _weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day
