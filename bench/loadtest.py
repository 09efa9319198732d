"""make loadtest: concurrent clients against Datasette on 127.0.0.1 only, bounded in
requests and seconds, over a mix of pages; prints requests/s, p50, p95, the slowest request
and errors at 1, 4 and 16 clients, on the seed database and on one of 10,000 telegrams."""
import argparse
import http.client
import statistics
import subprocess
import sys
import threading
import time
from urllib.parse import urlparse

from bench.serve import ROOT, build_synthetic, datasette

PATHS = [
    "/", "/telegrams", "/telegrams/messages?_facet=sender_id&_facet=document_id", "/telegrams/people",
    "/telegrams/demands?_facet=kind&_facet=requester_id", "/telegrams/messages?_search=bombardment",
    "/-/search?q=Pyongyang", "/telegrams/search?q=enemy+bombardment", "/telegrams/search?q=%22AND+(",
    "/telegrams/timeline", "/telegrams/correspondence?person=Filippov", "/telegrams/demands?person=Kim",
    "/telegrams/distribution", "/telegrams/messages.csv?_size=100", "/telegrams/demands.json?_search=regiments",
    "/telegrams/people.json?_shape=array", "/telegrams/mentions?_facet=entity_type",
]


def client(base, deadline, max_requests, results, lock):
    u = urlparse(base)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    i = 0
    while time.monotonic() < deadline:
        with lock:
            if results["count"] >= max_requests:
                break
            results["count"] += 1
        path = PATHS[i % len(PATHS)]
        i += 1
        start = time.monotonic()
        try:
            conn.request("GET", path)
            resp = conn.getresponse()
            resp.read()
            ok = resp.status < 400
        except OSError:
            ok = False
            conn.close()
            conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
        elapsed = time.monotonic() - start
        with lock:
            results["latencies"].append((elapsed, path))
            if not ok:
                results["errors"] += 1
    conn.close()


def run(base, clients, seconds, max_requests):
    results = {"count": 0, "latencies": [], "errors": 0}
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(base, deadline, max_requests, results, lock)) for _ in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - started
    lat = sorted(results["latencies"])
    times = [x for x, _ in lat]
    q = statistics.quantiles(times, n=100) if len(times) > 1 else times * 99
    return {"clients": clients, "requests": len(times), "rps": len(times) / wall, "p50": q[49] * 1000,
            "p95": q[94] * 1000, "max": lat[-1][0] * 1000, "slowest": lat[-1][1], "errors": results["errors"]}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--max-requests", type=int, default=20_000)
    ap.add_argument("--synthetic", type=int, default=10_000)
    a = ap.parse_args()
    seed_db = ROOT / ".bench" / "seed" / "telegrams.db"
    seed_db.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "etl", "build", "--seeds", "seeds", "--db", str(seed_db)],
                   cwd=ROOT, check=True, stderr=subprocess.DEVNULL)
    dbs = [("seed", seed_db), (f"{a.synthetic:,} telegrams", build_synthetic(a.synthetic))]
    print(f"{'database':<18} {'clients':>7} {'requests':>8} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7} {'errors':>6}  slowest")
    for name, db in dbs:
        with datasette(db) as base:
            for path in PATHS:     # warm caches once, as a running server would be
                urllib_get(base + path)
            for clients in (1, 4, 16):
                r = run(base, clients, a.seconds, a.max_requests)
                print(f"{name:<18} {r['clients']:>7} {r['requests']:>8} {r['rps']:>7.1f} {r['p50']:>7.1f} {r['p95']:>7.1f} "
                      f"{r['max']:>7.1f} {r['errors']:>6}  {r['slowest']}", flush=True)


def urllib_get(url):
    import urllib.request
    try:
        urllib.request.urlopen(url, timeout=30).read()
    except OSError:
        pass


if __name__ == "__main__":
    main()
