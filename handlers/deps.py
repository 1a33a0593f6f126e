"""The one object shared state travels in: store, clock and settings."""
from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Settings:
    bot_token: str | None = None
    app_token: str | None = None
    signing_secret: str | None = None
    api_url: str | None = None  # Slack Web API base URL; tests point it at the local stand-in
    port: int = 3000
    db_path: str = "scrutiny.db"
    # Hosts (host:port) besides Slack's own file hosts that may receive the bot token with a download: tests only
    file_hosts: tuple[str, ...] = ()
    file_seconds: float = 20.0  # the time one shared file may take to read (FILE_READ_SECONDS)
    host: str = "127.0.0.1"  # HTTP mode's address: loopback behind a reverse proxy; 0.0.0.0 in a container

    @classmethod
    def from_env(cls, env=None) -> Settings:
        env = os.environ if env is None else env
        return cls(
            bot_token=env.get("SLACK_BOT_TOKEN") or None,
            app_token=env.get("SLACK_APP_TOKEN") or None,
            signing_secret=env.get("SLACK_SIGNING_SECRET") or None,
            api_url=env.get("SLACK_API_URL") or None,
            port=int(env.get("PORT") or 3000),
            db_path=env.get("SCRUTINY_DB") or "scrutiny.db",
            host=env.get("HOST") or "127.0.0.1",
            file_seconds=float(env.get("FILE_READ_SECONDS") or 20.0),
            file_hosts=tuple(h.strip().lower() for h in (env.get("SLACK_FILE_HOSTS") or "").split(",") if h.strip()),
        )


@dataclass
class Deps:
    store: object  # store.store.Store
    settings: Settings = field(default_factory=Settings)
    clock: Callable[[], datetime] = utc_now
    # The store is one SQLite connection; threads (Slack listeners, the scheduler) take turns through this lock
    # so one thread's transaction never swallows another's writes.
    lock: threading.RLock = field(default_factory=threading.RLock)
    classifier: object = None  # the trained intent model, loaded once at start-up (bot.language.classifier)
