"""SQLite storage for the programme, through sqlite-utils."""
from store.db import StoreError, open_store  # noqa: F401
