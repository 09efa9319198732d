"""A Datasette server for benchmarks and load tests, started as `make serve` starts it."""
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from publish import serve_command

ROOT = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def datasette(db_path):
    port = free_port()
    cmd = serve_command(db_path, port=port, python=sys.executable)
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(400):
            try:
                urllib.request.urlopen(url + "/-/versions.json", timeout=1)
                break
            except OSError:
                time.sleep(0.05)
        else:
            raise RuntimeError("datasette did not start")
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def build_synthetic(n, cache=ROOT / ".bench"):
    """A database of n synthetic telegrams, built once and kept in .bench/."""
    from bench.generate import generate
    db = cache / f"synthetic-{n}" / "telegrams.db"   # the file's name is the database's name
    if not db.exists():
        seeds = generate(n, cache / f"synthetic-{n}" / "seeds")
        subprocess.run([sys.executable, "-m", "etl", "build", "--seeds", str(seeds), "--db", str(db)],
                       cwd=ROOT, check=True, stderr=subprocess.DEVNULL)
    return db
