"""Ack latency over HTTP for a signed `/scrutiny what's due next meeting?` on 5,000 items, 20 senders, against no-op Bolt."""
from __future__ import annotations

import http.client
import multiprocessing
import statistics
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from slack_bolt import App

from bench.generate import build_large
from handlers.deps import Deps, Settings
from handlers.slack.app import LISTENER_THREADS, build_app
from handlers.slack.client import make_client
from handlers.slack.http import SlackServer
from handlers.slack.runtime import tune_gc
from handlers.slack.talk import answer
from store import open_store
from tests.slack.fake_slack import FakeSlack
from tests.slack.signing import SECRET, command_body, signature

SENDERS = 20
PER_SENDER = 50
NOW = datetime(2024, 3, 1, 9, 0, tzinfo=ZoneInfo("Europe/London"))
TEXT = "what's due next meeting?"


def noop_app(settings: Settings, process_before_response: bool) -> App:
    """The floor: Bolt with the same client, signing and thread pool, and a listener that only acks."""
    app = App(client=make_client(settings.bot_token, settings.api_url), signing_secret=SECRET,
              process_before_response=process_before_response,
              # Bolt's default pool size when the ack itself runs in the pool
              listener_executor=ThreadPoolExecutor(LISTENER_THREADS if process_before_response else 10))

    @app.command("/scrutiny")
    def noop(ack):
        ack()

    return app


def bolt_lazy_app(settings: Settings, deps: Deps) -> App:
    """The same reply through Bolt's own lazy listeners, which deep-copy each request before the ack goes out."""
    app = App(client=make_client(settings.bot_token, settings.api_url), signing_secret=SECRET,
              process_before_response=True, listener_executor=ThreadPoolExecutor(LISTENER_THREADS))

    def reply(body, client, respond):
        respond(response_type="ephemeral", **answer(deps, client, body["user_id"], body["text"], body["channel_id"]))

    app.command("/scrutiny")(ack=lambda ack: ack(), lazy=[reply])
    return app


def serve_slack(conn) -> None:
    """In a child process, so the stand-in's own work doesn't compete with the app for this process's GIL."""
    with FakeSlack() as slack:
        conn.send((slack.url, slack.response_url("run")))
        while conn.recv() == "count":
            conn.send(len(slack.calls_to("response_url")))


class RemoteSlack:
    def __enter__(self):
        self.conn, child = multiprocessing.Pipe()
        self.process = multiprocessing.get_context("spawn").Process(target=serve_slack, args=(child,), daemon=True)
        self.process.start()
        self.url, self.response_url = self.conn.recv()
        return self

    def answered(self) -> int:
        self.conn.send("count")
        return self.conn.recv()

    def __exit__(self, *exc):
        self.conn.send("stop")
        self.process.join(5)


def send_all(port: int, response_url: str, per_sender: int = PER_SENDER) -> list[float]:
    """SENDERS threads, each on its own keep-alive connection, `per_sender` signed commands; latencies in ms."""
    latencies: list[float] = []
    lock = threading.Lock()

    def sender(n: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        mine = []
        for k in range(per_sender):
            body = command_body(TEXT, f"U{n:03d}", "C1", response_url).replace("1.2.3", f"{n}.{k}")
            ts = str(int(time.time()))
            headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": ts,
                       "X-Slack-Signature": signature(SECRET, ts, body)}
            start = time.perf_counter()
            conn.request("POST", "/slack/events", body, headers)
            response = conn.getresponse()
            response.read()
            mine.append((time.perf_counter() - start) * 1000)
            if response.status != 200:
                raise RuntimeError(f"status {response.status}")
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=sender, args=(n,)) for n in range(SENDERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies


def measure(app: App, slack: RemoteSlack, answers: bool, hold: bool = False) -> dict:
    """Latencies of the acks; with `hold`, the work after each ack waits until the senders finish (the ack path alone)."""
    server = SlackServer(app, "127.0.0.1", 0)
    server.start_in_thread(poll_interval=0.05)
    pool, release = app.listener_runner.listener_executor, threading.Event()
    try:
        before = slack.answered()
        send_all(server.port, slack.response_url, per_sender=2)  # warm-up: imports, caches, auth.test
        settle(slack, before + (2 * SENDERS if answers else 0))  # the warm-up's replies must not overlap the run
        before = slack.answered()
        for _ in range(LISTENER_THREADS if hold else 0):
            pool.submit(release.wait)
        start = time.perf_counter()
        latencies = send_all(server.port, slack.response_url)
        release.set()
        pool.shutdown(wait=True)  # wait for the work after the acks
        drained = time.perf_counter() - start
    finally:
        server.stop()
    answered = slack.answered() - before
    q = statistics.quantiles(latencies, n=100)
    return {"p50": q[49], "p99": q[98], "n": len(latencies), "answered": answered, "drained": drained}


def settle(slack: RemoteSlack, expected: int, limit: float = 30.0) -> None:
    deadline = time.monotonic() + limit
    while slack.answered() < expected and time.monotonic() < deadline:
        time.sleep(0.05)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, RemoteSlack() as slack:
        store = open_store(Path(tmp) / "bench.db")
        counts = build_large(store)
        panel = store.panels()[0]
        store.link_channel(panel.id, "C1", actor="bench")
        for n in range(SENDERS):  # the steady state: each sender already known by Slack id
            store.db.execute("UPDATE people SET slack_id = ? WHERE id = ?", [f"U{n:03d}", n + 1])
        settings = Settings(bot_token="xoxb-bench", signing_secret=SECRET, api_url=slack.url)
        deps = Deps(store=store, settings=settings, clock=lambda: NOW)
        results = {}
        tune_gc()  # as `serve` does after start-up; one process, so every contender below runs with it
        for round_ in (1, 2):  # twice, interleaved, because this machine is noisy
            results[f"no-op Bolt, ack inline ({round_})"] = measure(noop_app(settings, True), slack, False)
            results[f"scrutiny-bot ({round_})"] = measure(build_app(deps), slack, True)
        results["same reply via Bolt lazy= listeners"] = measure(bolt_lazy_app(settings, deps), slack, True)
        results["scrutiny-bot, replies held till the end (ack path)"] = measure(build_app(deps), slack, True, hold=True)
        results["no-op Bolt, ack polled (process_before_response=False)"] = measure(noop_app(settings, False), slack, False)
        store.close()
    base = {k: statistics.median([results[f"no-op Bolt, ack inline ({r})"][k] for r in (1, 2)]) for k in ("p50", "p99")}
    print(f"{counts['items']} items, {SENDERS} concurrent senders x {PER_SENDER} signed `/scrutiny {TEXT}`")
    for name, r in results.items():
        print(f"  {name:54s} p50 {r['p50']:6.1f} ms  p99 {r['p99']:6.1f} ms  "
              f"ratio p50 {r['p50'] / base['p50']:.2f} p99 {r['p99'] / base['p99']:.2f}  "
              f"({r['answered']} answered; all work done {r['drained']:.2f} s after the first send)")
    print("  ratios are to the median of the two no-op runs (same server, same Bolt settings, same pool)")


if __name__ == "__main__":
    main()
