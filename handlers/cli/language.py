"""`language` (train and measure the intent classifier) and `unanswered` (what the bot couldn't answer)."""
from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from handlers.cli.common import CliError, store_for, with_db


def register(sub) -> None:
    language = sub.add_parser("language", help="train or measure the message classifier from its corpus")
    language.add_argument("action", choices=["train", "check"], help="train: rebuild the model; check: cross-validate")
    language.add_argument("--out", help="where to write the model (default: the shipped model folder)")
    language.set_defaults(run=run_language)
    unanswered = sub.add_parser("unanswered", **with_db(help="messages the bot couldn't answer for sure"))
    unanswered.add_argument("--since", help="only since this day (YYYY-MM-DD); default: all")
    unanswered.set_defaults(run=run_unanswered)


def run_language(args) -> int:
    from bot.language.classifier import MODEL
    from bot.language.corpus import FORCE, read_examples
    from bot.language.training import cross_validate, train_models

    if args.action == "train":
        meta = train_models(Path(args.out) if args.out else MODEL)
        print(f"trained on {meta['examples']} examples, {len(meta['labels'])} intents, {meta['features']} features; "
              f"force on {meta['force']['examples']} examples")
        return 0
    _report(cross_validate(read_examples()))
    _report(cross_validate(read_examples(FORCE)))
    return 0


def _report(predictions) -> None:
    right = Counter(e.label for e, guess in predictions if guess == e.label)
    total = Counter(e.label for e, _ in predictions)
    for label in sorted(total):
        print(f"{label:22} {right[label] / total[label]:.2f}  ({right[label]}/{total[label]})")
    print(f"{'all':22} {sum(right.values()) / len(predictions):.3f}  ({sum(right.values())}/{len(predictions)})")


def run_unanswered(args) -> int:
    store = store_for(args, create=False)
    try:
        since = date.fromisoformat(args.since) if args.since else None
    except ValueError as exc:
        raise CliError(f"--since must be a day like 2025-11-17, not {args.since!r}") from exc
    rows = store.unanswered(since)
    for r in rows:
        print(f"{r.at:%Y-%m-%d %H:%M}\t{r.who}\t{r.text}\t(guessed: {r.guess})")
    print(f"{len(rows)} message(s)" + (f" since {since}" if since else ""))
    return 0
