"""Reading a shared file off the request path: in a child process with a time limit and a memory cap.

A crafted file can make a parser or a regular expression run for seconds and hold the GIL all that time, which
stalls every ack and /healthz in this process. In a child process it holds only its own GIL: the server keeps
answering, the child is killed when its time is up, and every failure becomes one line for the user."""
from __future__ import annotations

import logging
import multiprocessing
import os
import resource
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from bot.minutes import MinutesReading, read_minutes
from bot.programme.table import ProgrammeProposal, read_programme
from handlers.files import FileReadError, read_tables
from handlers.files.docx_reader import read_docx  # noqa: F401  (imported here so the fork server preloads it)
from handlers.files.text_reader import read_text
from handlers.files.xlsx_reader import read_xlsx  # noqa: F401  (likewise)

log = logging.getLogger(__name__)

TIME_LIMIT = 20.0  # seconds for one file; a real programme or set of minutes takes well under one
MEMORY_LIMIT = 1024 * 1024 * 1024  # address space for the child: a zip bomb fails with MemoryError, not the host
MAX_MINUTES_CHARS = 300_000  # about 50,000 words; minutes are rarely a tenth of that
MAX_ROWS = 20_000  # ten years of a busy panel's programme is about 1,000 rows
TEXT = {".txt", ".text", ".md"}
KINDS = {".docx": "Word document", ".xlsx": "Excel workbook", ".xlsm": "Excel workbook", ".csv": "CSV table",
         ".tsv": "CSV table"}


@dataclass(frozen=True)
class Reading:
    """What a file holds: a programme table (proposal), else its text, and the minutes read from that text."""
    proposal: ProgrammeProposal | None
    text: str
    minutes: MinutesReading | None = None


@dataclass(frozen=True)
class Limits:
    seconds: float = TIME_LIMIT
    memory: int = MEMORY_LIMIT


def read_file(path: Path, now: datetime, programme: tuple[date, ...] = (), minutes: bool = True,
              limits: Limits = Limits()) -> Reading:
    """Read `path` in a child process; FileReadError (one line, fit to show) on any failure or when time is up."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__, "handlers.slack.imports.warm"])
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, str(path), now, programme, minutes, limits), daemon=True,
                            name="scrutiny-file-reader")
    child.start()
    send.close()
    try:
        if not receive.poll(limits.seconds):
            raise FileReadError(f"{path.name} took too long to read, so I stopped; is it a programme or minutes?")
        outcome, value = receive.recv()
    except EOFError:  # the child died without a word: killed for memory, or crashed in a C library
        raise FileReadError(f"{path.name} could not be read: it is too big or damaged") from None
    finally:
        receive.close()
        child.kill()
        child.join(5)
    if outcome == "refused":
        raise FileReadError(value)
    return value


def _child(send, path: str, now: datetime, programme: tuple[date, ...], minutes: bool, limits: Limits) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory, limits.memory))
    cpu = int(limits.seconds) + 2  # a backstop: the parent kills the child at `seconds` anyway
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    os.nice(10)  # two cores: the server's threads come first
    name = Path(path).name
    try:
        send.send(("ok", read_contents(Path(path), now, programme, minutes)))
    except FileReadError as exc:
        send.send(("refused", str(exc)))
    except MemoryError:
        send.send(("refused", f"{name} is too big to read"))
    except Exception as exc:  # a crafted or damaged file can break any parser in its own way: one line each
        kind = KINDS.get(Path(path).suffix.lower(), "file of that kind")
        send.send(("refused", f"{name} is not a readable {kind} ({type(exc).__name__})"))
    finally:
        send.close()


def read_contents(path: Path, now: datetime, programme: tuple[date, ...] = (), minutes: bool = True) -> Reading:
    """The reading itself, in whatever process calls it."""
    if path.suffix.lower() in TEXT:
        proposal, text = None, read_text(path)
    else:
        tables = read_tables(path)
        if sum(len(rows) for rows in tables) > MAX_ROWS:
            raise FileReadError(f"{path.name} has over {MAX_ROWS:,} rows; a work programme is much smaller")
        proposal = read_programme(tables, now)
        text = read_text(path) if not proposal.found_header and path.suffix.lower() == ".docx" else ""
        proposal = proposal if proposal.found_header else None
    found = read_minutes(text[:MAX_MINUTES_CHARS], programme=programme) if minutes and text and not proposal else None
    return Reading(proposal, text[:MAX_MINUTES_CHARS], found)
