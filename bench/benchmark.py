"""make bench: build, floor, memory, size, incremental rebuild and Datasette timings at several
corpus sizes; writes BENCHMARKS.md. Nothing here is asserted: figures are for reading."""
import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bench.floor import floor_build
from bench.generate import generate
from bench.pages import SLOW_MS, pages
from bench.serve import ROOT, datasette

CACHE = ROOT / ".bench"
PAGE_REQUESTS = 20    # per page of the one-click sweep, at the largest size
ONE_FILE_EDITS = 3    # one-file rebuilds timed per size (the median is reported)
MEASURE = """
import json, resource, sys, time
from etl.build import build
t = time.monotonic()
counts = build(sys.argv[1], sys.argv[2], out=open("/dev/null", "w"), incremental=sys.argv[3] == "1")
print(json.dumps({"seconds": time.monotonic() - t, "counts": counts,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "workers_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def measured_build(seeds, db, incremental):
    out = subprocess.run([sys.executable, "-c", MEASURE, str(seeds), str(db), "1" if incremental else "0"],
                         cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def timings(base, path, n):
    for _ in range(3):
        urllib.request.urlopen(base + path).read()
    times = []
    for _ in range(n):
        t = time.monotonic()
        urllib.request.urlopen(base + path).read()
        times.append((time.monotonic() - t) * 1000)
    q = statistics.quantiles(times, n=100)
    return q[49], q[94]


def run_size(n, requests, every_page=False):
    folder = CACHE / f"synthetic-{n}"
    seeds = folder / "seeds"
    if not (seeds / "authority").exists():
        generate(n, seeds)
    db = folder / "telegrams.db"
    for p in folder.glob(".telegrams.db*"):
        p.unlink()
    db.unlink(missing_ok=True)
    full = measured_build(seeds, db, incremental=False)
    floor = floor_build(seeds, folder / "floor.db")
    row = {"n": n, "build_s": full["seconds"], "floor_s": floor, "ratio": full["seconds"] / floor,
           "rss_mb": full["rss_mb"], "workers_rss_mb": full["workers_rss_mb"],
           "db_mb": db.stat().st_size / 1e6, "counts": full["counts"]}
    # one file changed among all: builds with the cache, the median of ONE_FILE_EDITS edits
    measured_build(seeds, db, incremental=True)        # cache warm, nothing changed
    victim = sorted(seeds.rglob("*.txt"))[n // 2]
    original = victim.read_text(encoding="utf-8")
    rebuilds = []
    try:
        for i in range(ONE_FILE_EDITS):
            victim.write_text(original + f"\nWe ask you to send {i + 2} more trains of fuel.\n", encoding="utf-8")
            rebuilds.append(measured_build(seeds, db, incremental=True))
    finally:
        victim.write_text(original, encoding="utf-8")
    inc = sorted(rebuilds, key=lambda r: r["seconds"])[len(rebuilds) // 2]
    row["incremental_s"] = inc["seconds"]
    row["incremental_all_s"] = [r["seconds"] for r in rebuilds]
    row["incremental_ratio"] = inc["seconds"] / full["seconds"]
    row["incremental_used"] = all(r["counts"]["incremental"] for r in rebuilds)
    with datasette(db) as base:
        row["search_p50"], row["search_p95"] = timings(base, "/telegrams/search?q=enemy+bombardment", requests)
        row["facet_p50"], row["facet_p95"] = timings(base, "/telegrams/messages?_facet=sender_id&_facet=document_id", requests)
        if every_page:
            row["pages"] = [(label, path, *timings(base, path, PAGE_REQUESTS)) for label, path in pages(db)]
    return row


def served_sqlite():
    try:
        import pysqlite3
        return pysqlite3.sqlite_version
    except ImportError:
        return sqlite3.sqlite_version


def report(rows):
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (bench/benchmark.py) on this project's machine: 2 cores, 24 GiB.",
        "Synthetic telegrams from `bench/generate.py` (deterministic: headers of three shapes, names",
        "from the authority files, nested quoted messages, numbered and lettered lists).",
        "",
        "- **build**: `python -m etl build` from scratch (no cache), in its own process, writing through",
        f"  Python's sqlite3 (SQLite {sqlite3.sqlite_version}); Datasette reads through pysqlite3-binary (SQLite {served_sqlite()}).",
        "- **floor**: the same files inserted raw into SQLite with a porter FTS5 index by sqlite-utils (same SQLite).",
        "- **peak RSS**: the build's main process (and the largest worker process, parsing or resolving).",
        "- **one-file rebuild**: one file changed among all, rebuilt with the cache of the previous build",
        f"  (the median of {ONE_FILE_EDITS} such rebuilds, each after another edit of the file).",
        "- **search** / **facets**: `/telegrams/search?q=enemy+bombardment` (ranked, bm25) and",
        "  `/telegrams/messages?_facet=sender_id&_facet=document_id`, through a real Datasette",
        "  server on 127.0.0.1, after three warm-up requests.",
        "",
        "| documents | build s | floor s | build / floor | peak RSS MB (worker) | database MB | one-file rebuild s (% of build) | search p50 / p95 ms | facets p50 / p95 ms |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['n']:,} | {r['build_s']:.1f} | {r['floor_s']:.2f} | {r['ratio']:.1f}x | "
            f"{r['rss_mb']:.0f} ({r['workers_rss_mb']:.0f}) | {r['db_mb']:.0f} | "
            f"{r['incremental_s']:.2f} ({100 * r['incremental_ratio']:.1f}%{'' if r['incremental_used'] else ', full'}) | "
            f"{r['search_p50']:.0f} / {r['search_p95']:.0f} | {r['facet_p50']:.0f} / {r['facet_p95']:.0f} |")
    stages = [r for r in rows if r["counts"].get("stages")]
    if stages:
        names = list(stages[-1]["counts"]["stages"])
        lines += ["", "Where a full build's time goes (seconds per stage; `read and parse` and `resolve and load` run on",
                  "every core):", "",
                  "| documents | " + " | ".join(names) + " |", "|---:|" + "---:|" * len(names)]
        for r in stages:
            lines.append(f"| {r['n']:,} | " + " | ".join(f"{r['counts']['stages'].get(k, 0):.1f}" for k in names) + " |")
    lines += ["", "## Against the targets", ""] + targets(rows) + [""] + reading(rows)
    lines += every_page(rows)
    lines += ["", "Counts per size (documents, held messages, stubs, demands, warnings):", ""]
    for r in rows:
        c = r["counts"]
        lines.append(f"- {r['n']:,}: {c['documents']:,} documents, {c['messages']:,} messages, "
                     f"{c['stubs']:,} stubs, {c['demands']:,} demands, {c['warnings']:,} warnings")
    return "\n".join(lines) + "\n"


def slow_pages(row):
    """The pages of a run's one-click sweep at or over SLOW_MS at p95, slowest first."""
    return sorted((p for p in row.get("pages") or () if p[3] >= SLOW_MS), key=lambda p: -p[3])


def every_page(rows):
    """The one-click sweep of the largest size that has one."""
    swept = [r for r in rows if r.get("pages")]
    if not swept:
        return []
    r = max(swept, key=lambda r: r["n"])
    slow = slow_pages(r)
    out = ["", f"## Every page one click away, at {r['n']:,} documents", "",
           "Every table's and view's default page, each narrowed to the most common value of each of its",
           "configured facets, every canned query, a search of each searchable table and a document's page (bench/pages.py,",
           f"{PAGE_REQUESTS} requests each after three warm-ups). Pages at or over {SLOW_MS} ms at p95: "
           f"{len(slow)} of {len(r['pages'])}.", "",
           "| page | p50 ms | p95 ms | URL |", "|---|---:|---:|---|"]
    for label, path, p50, p95 in r["pages"]:
        mark = " **(slow)**" if p95 >= SLOW_MS else ""
        out.append(f"| {label}{mark} | {p50:.0f} | {p95:.0f} | `{path}` |")
    return out


def reading(rows):
    """How to read the figures, with the numbers of the largest run."""
    r = max(rows, key=lambda r: r["n"])

    def per_doc(seconds):
        return 1e6 * seconds / r["n"]

    out = [
        (f"Reading the figures: the floor stores and indexes the text of each telegram (about "
         f"{per_doc(r['floor_s']):.0f} µs each at {r['n']:,}). The build parses every line in Python (headers,"),
        "quotations, signatures, lists, references, dates), resolves names, finds every mention and writes",
        "eleven linked tables, two joined ones and four full-text indexes; the ratio is that of extraction to storage.",
    ]
    stages = r["counts"].get("stages")
    if stages:
        total = sum(stages.values())
        shares = ", ".join(f"{name} {100 * sec / total:.0f}% ({per_doc(sec):.0f} µs a document)"
                           for name, sec in stages.items())
        out.append(f"At {r['n']:,} documents the stages take {shares}.")
    out += [
        "Synthetic telegrams repeat a small vocabulary: `enemy bombardment` matches about a quarter of all",
        "messages, every one of which is ranked (bm25) before the best 50 are shown; real queries match far",
        "fewer rows.",
    ]
    return out


def targets(rows):
    """The issue's targets, each with what this run measured."""
    by_n = {r["n"]: r for r in rows}
    out = []

    def line(ok, text):
        out.append(f"- {'met' if ok else 'NOT met'}: {text}")

    for n in (5000, 100000):
        if n in by_n:
            r = by_n[n]
            line(r["ratio"] <= 3, f"full build at most 3x the floor at {n:,} documents: {r['ratio']:.1f}x "
                                  f"({r['build_s']:.1f} s against {r['floor_s']:.2f} s)")
    if 1000 in by_n and 100000 in by_n:
        ratio = by_n[100000]["rss_mb"] / by_n[1000]["rss_mb"]
        line(ratio <= 1.5, f"peak memory at 100,000 within 1.5x of 1,000: {ratio:.2f}x "
                           f"({by_n[100000]['rss_mb']:.0f} MB against {by_n[1000]['rss_mb']:.0f} MB)")
    if 10000 in by_n:
        r = by_n[10000]
        line(r["incremental_ratio"] <= 0.05, f"one file changed among 10,000 rebuilt in at most 5% of the full build: "
                                             f"{100 * r['incremental_ratio']:.1f}% ({r['incremental_s']:.2f} s, the median of "
                                             f"{', '.join(f'{x:.2f}' for x in r.get('incremental_all_s', []))} s)")
    if 100000 in by_n:
        r = by_n[100000]
        line(r["search_p95"] < 50, f"ranked search p95 under 50 ms at 100,000: {r['search_p95']:.0f} ms")
        line(r["facet_p95"] < 300, f"faceted table page p95 under 300 ms at 100,000: {r['facet_p95']:.0f} ms")
        if r.get("pages"):
            slow = slow_pages(r)
            line(not slow, f"(this project's own bound) every page one click away p95 under {SLOW_MS} ms at 100,000: "
                           f"{len(r['pages']) - len(slow)} of {len(r['pages'])} pages"
                           + (f"; slowest: {', '.join(f'{p[0]} {p[3]:.0f} ms' for p in slow[:3])}" if slow else ""))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,5000,10000,100000")
    ap.add_argument("--requests", type=int, default=100)
    ap.add_argument("--out", default=str(ROOT / "BENCHMARKS.md"))
    ap.add_argument("--report-only", action="store_true", help="rewrite the report from .bench/results.json")
    a = ap.parse_args()
    if a.report_only:
        Path(a.out).write_text(report(json.loads((CACHE / "results.json").read_text())), encoding="utf-8")
        return
    rows = []
    sizes = [int(x) for x in a.sizes.split(",")]
    for n in sizes:
        row = run_size(n, a.requests, every_page=n == max(sizes))
        print(f"{n:>7,} docs: build {row['build_s']:.1f} s, floor {row['floor_s']:.2f} s ({row['ratio']:.1f}x), "
              f"RSS {row['rss_mb']:.0f} MB, db {row['db_mb']:.0f} MB, one-file rebuild {row['incremental_s']:.2f} s "
              f"({100 * row['incremental_ratio']:.1f}%), search p95 {row['search_p95']:.0f} ms, "
              f"facets p95 {row['facet_p95']:.0f} ms", flush=True)
        rows.append(row)
    (CACHE / "results.json").write_text(json.dumps(rows, indent=1))
    Path(a.out).write_text(report(rows), encoding="utf-8")
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
