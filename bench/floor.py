"""The floor a build is compared with: the same files inserted raw into SQLite, with a porter
FTS5 index, by sqlite-utils over Python's own sqlite3, as the build writes. Nothing parsed,
nothing resolved."""
import sqlite3
import time
from pathlib import Path

import sqlite_utils


def floor_build(seeds_dir, db_path):
    started = time.monotonic()
    db_path = Path(db_path)
    db_path.unlink(missing_ok=True)
    db = sqlite_utils.Database(sqlite3.connect(db_path))
    rows = ({"path": str(p), "text": p.read_text(encoding="utf-8")} for p in sorted(Path(seeds_dir).rglob("*.txt")))
    db["documents"].insert_all(rows, pk="path", batch_size=1000)
    db["documents"].enable_fts(["text"], fts_version="FTS5", tokenize="porter")
    db.conn.close()
    return time.monotonic() - started
