"""Databases of synthetic telegrams for benchmarks and load tests, and the server to query them."""
import subprocess
import sys
from pathlib import Path

from publish.server import running_server as datasette  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent


def build_synthetic(n, cache=ROOT / ".bench"):
    """A database of n synthetic telegrams, built once and kept in .bench/."""
    from bench.generate import generate
    db = cache / f"synthetic-{n}" / "telegrams.db"   # the file's name is the database's name
    if not db.exists():
        seeds = generate(n, cache / f"synthetic-{n}" / "seeds")
        subprocess.run([sys.executable, "-m", "etl", "build", "--seeds", str(seeds), "--db", str(db)],
                       cwd=ROOT, check=True, stderr=subprocess.DEVNULL)
    return db
