"""Versioned migrations; each runs once and is recorded in the `migrations` table."""
from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "initial schema", """
CREATE TABLE panels (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  slack_channel TEXT,
  rule_days INTEGER NOT NULL DEFAULT 5,
  rule_before TEXT NOT NULL DEFAULT 'publication',
  rule_at TEXT NOT NULL DEFAULT '10:00',
  created_at TEXT NOT NULL
);
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT,
  slack_id TEXT UNIQUE,
  created_at TEXT NOT NULL
);
CREATE INDEX people_email ON people(email COLLATE NOCASE);
CREATE TABLE roles (
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  panel_id INTEGER NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('chair','vice-chair','scrutiny-officer','report-author','member')),
  PRIMARY KEY (person_id, panel_id, role)
);
CREATE TABLE meetings (
  id INTEGER PRIMARY KEY,
  panel_id INTEGER NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  time TEXT,
  venue TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed','provisional','cancelled')),
  agenda_published TEXT,
  report_deadline TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX meetings_panel_date ON meetings(panel_id, date);
CREATE TABLE items (
  id INTEGER PRIMARY KEY,
  panel_id INTEGER NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
  meeting_id INTEGER REFERENCES meetings(id),
  title TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'scheduled' CHECK (kind IN ('scheduled','future','standing')),
  status TEXT NOT NULL DEFAULT 'planned'
    CHECK (status IN ('planned','submitted','considered','deferred','withdrawn')),
  notes TEXT NOT NULL DEFAULT '',
  priority TEXT NOT NULL DEFAULT '',
  requested_by TEXT NOT NULL DEFAULT '',
  window TEXT NOT NULL DEFAULT '',
  frequency TEXT NOT NULL DEFAULT '',
  months TEXT NOT NULL DEFAULT '',
  submitted_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX items_panel ON items(panel_id, kind);
CREATE INDEX items_meeting ON items(meeting_id);
CREATE TABLE item_leads (
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people(id),
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (item_id, person_id)
);
CREATE INDEX item_leads_person ON item_leads(person_id);
CREATE TABLE item_reports (
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  PRIMARY KEY (item_id, date)
);
CREATE TABLE item_history (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  status TEXT NOT NULL,
  meeting_id INTEGER,
  actor TEXT NOT NULL DEFAULT ''
);
CREATE INDEX item_history_item ON item_history(item_id);
CREATE TABLE matters (
  id INTEGER PRIMARY KEY,
  panel_id INTEGER NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
  subject TEXT NOT NULL,
  raised_on TEXT,
  lead_id INTEGER REFERENCES people(id),
  lead_text TEXT NOT NULL DEFAULT '',
  due TEXT,
  due_text TEXT NOT NULL DEFAULT '',
  position TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
  closed_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX matters_panel ON matters(panel_id, status);
CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  before TEXT,
  after TEXT
);
CREATE TABLE reminders (
  key TEXT PRIMARY KEY,
  item_id INTEGER,
  matter_id INTEGER,
  meeting_id INTEGER,
  kind TEXT NOT NULL,
  deadline TEXT,
  recipient TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT 'claimed',
  claimed_at TEXT NOT NULL,
  sent_at TEXT,
  detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reminders_item ON reminders(item_id);
CREATE TABLE pending (
  user_key TEXT PRIMARY KEY,
  payload TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE TABLE slack_events (
  event_id TEXT PRIMARY KEY,
  at TEXT NOT NULL
);
CREATE TABLE feeds (
  token TEXT PRIMARY KEY,
  panel_id INTEGER REFERENCES panels(id) ON DELETE CASCADE,
  person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL
);
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE VIRTUAL TABLE items_fts USING fts5(title, notes, content='items', content_rowid='id');
CREATE TRIGGER items_ai AFTER INSERT ON items BEGIN
  INSERT INTO items_fts(rowid, title, notes) VALUES (new.id, new.title, new.notes);
END;
CREATE TRIGGER items_ad AFTER DELETE ON items BEGIN
  INSERT INTO items_fts(items_fts, rowid, title, notes) VALUES ('delete', old.id, old.title, old.notes);
END;
CREATE TRIGGER items_au AFTER UPDATE OF title, notes ON items BEGIN
  INSERT INTO items_fts(items_fts, rowid, title, notes) VALUES ('delete', old.id, old.title, old.notes);
  INSERT INTO items_fts(rowid, title, notes) VALUES (new.id, new.title, new.notes);
END;
"""),
    (3, "nudges: snoozes, delivery bookkeeping, date indexes", """
CREATE TABLE snoozes (
  item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
  until TEXT NOT NULL,
  actor TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL
);
ALTER TABLE reminders ADD COLUMN panel_id INTEGER;
ALTER TABLE reminders ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reminders ADD COLUMN summary TEXT NOT NULL DEFAULT '';
ALTER TABLE reminders ADD COLUMN told INTEGER NOT NULL DEFAULT 0;
CREATE INDEX reminders_state ON reminders(state);
CREATE INDEX reminders_untold ON reminders(state) WHERE told = 0;
CREATE INDEX meetings_date ON meetings(date);
CREATE INDEX meetings_deadline ON meetings(report_deadline);
"""),
    (4, "messages the bot could not answer for sure", """
CREATE TABLE unanswered (
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL,
  who TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL,
  guess TEXT NOT NULL DEFAULT '',
  panel_id INTEGER REFERENCES panels(id) ON DELETE SET NULL
);
CREATE INDEX unanswered_at ON unanswered(at);
"""),
    (20, "public programme pages, published per panel", """
CREATE TABLE published_pages (
  panel_id INTEGER PRIMARY KEY REFERENCES panels(id) ON DELETE CASCADE,
  slug TEXT NOT NULL UNIQUE,
  published INTEGER NOT NULL DEFAULT 0,
  changed_at TEXT NOT NULL
);
"""),
    (40, "replies kept while Slack was unreachable, delivered when it answers again", """
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  user_id TEXT NOT NULL,
  channel TEXT NOT NULL,
  message TEXT NOT NULL,
  error TEXT NOT NULL DEFAULT '',
  kept_at TEXT NOT NULL,
  delivered_at TEXT
);
CREATE INDEX outbox_waiting ON outbox(user_id) WHERE delivered_at IS NULL;
"""),
    (50, "moderngov: panels linked to committees, what each sync saw, what it said", """
CREATE TABLE moderngov_links (
  panel_id INTEGER PRIMARY KEY REFERENCES panels(id) ON DELETE CASCADE,
  site TEXT NOT NULL,
  committee_id INTEGER NOT NULL,
  committee_title TEXT NOT NULL,
  connected_at TEXT NOT NULL,
  synced_at TEXT,
  last_error TEXT NOT NULL DEFAULT ''
);
CREATE TABLE moderngov_meetings (
  panel_id INTEGER NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
  remote_id INTEGER NOT NULL,
  meeting_id INTEGER REFERENCES meetings(id),
  date TEXT NOT NULL,
  time TEXT,
  status TEXT NOT NULL,
  venue TEXT,
  agenda_done INTEGER NOT NULL DEFAULT 0,
  considered_done INTEGER NOT NULL DEFAULT 0,
  minutes_done INTEGER NOT NULL DEFAULT 0,
  synced_at TEXT NOT NULL,
  PRIMARY KEY (panel_id, remote_id)
);
CREATE TABLE moderngov_notes (
  key TEXT PRIMARY KEY,
  panel_id INTEGER NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
  audience TEXT NOT NULL,
  text TEXT NOT NULL,
  proposals TEXT NOT NULL DEFAULT '[]',
  queued_at TEXT NOT NULL,
  delivered_at TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  detail TEXT NOT NULL DEFAULT '',
  sent_to TEXT NOT NULL DEFAULT ''
);
CREATE INDEX moderngov_notes_waiting ON moderngov_notes(panel_id) WHERE delivered_at IS NULL;
"""),
    (60, "each reply's changes as a run of audit rows, so the last one can be undone", """
CREATE TABLE undo_batches (
  id INTEGER PRIMARY KEY,
  actor TEXT NOT NULL,
  first_audit INTEGER NOT NULL,
  last_audit INTEGER NOT NULL,
  at TEXT NOT NULL,
  undone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX undo_batches_actor ON undo_batches(actor, undone);
"""),
]

LATEST = max(version for version, _, _ in MIGRATIONS)
