"""seeds/ -> telegrams.db: read, parse, resolve, load, shape; the target is replaced only when complete."""
import os
import sys
import time
from pathlib import Path

import sqlite_utils

from .authority import load_authority
from .errors import InputError
from .load import create_tables, load_corpus, load_document, load_warnings
from .parse import parse_document
from .resolve import Resolver
from .shape import ensure_db_shape

MAX_BYTES = 5 * 1024 * 1024


def find_documents(seeds_dir):
    seeds_dir = Path(seeds_dir)
    if not seeds_dir.is_dir():
        raise InputError(seeds_dir, 0, "no such folder")
    # a broken link or an unreadable file is kept here, to be reported by name when read
    files = sorted(p for p in seeds_dir.rglob("*.txt") if not p.is_dir())
    if not files:
        raise InputError(seeds_dir, 0, "no *.txt documents in this folder")
    return files


def read_document(path):
    """The text of one seed file, or an InputError saying what is wrong with it and where."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(path, 0, f"cannot read: {e.strerror}")
    if len(data) > MAX_BYTES:
        raise InputError(path, 0, f"file is {len(data) / 1e6:.1f} MB; a telegram is expected to be under {MAX_BYTES // 1e6:.0f} MB")
    if b"\0" in data:
        line = data[: data.index(b"\0")].count(b"\n") + 1
        raise InputError(path, line, "binary data (a NUL byte), not a text document")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise InputError(path, line, f"not UTF-8 text (byte 0x{data[e.start]:02x}); save the file as UTF-8")


def relative_name(path, seeds_dir):
    """The path people see: relative to the working directory (the repository), or else
    to the seeds folder's parent (`seeds/x.txt`)."""
    path = path.resolve()
    for root in (Path.cwd().resolve(), seeds_dir.resolve().parent):
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            continue
    return path.as_posix()


def build(seeds_dir, db_path, out=sys.stderr):
    """Build db_path from seeds_dir atomically. Returns the counts; raises InputError on bad input."""
    started = time.monotonic()
    seeds_dir, db_path = Path(seeds_dir), Path(db_path)
    authority = load_authority(seeds_dir)
    files = find_documents(seeds_dir)
    tmp = db_path.with_name(f".{db_path.name}.tmp-{os.getpid()}")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    if tmp.exists():
        tmp.unlink()
    try:
        db = sqlite_utils.Database(tmp)
        db.execute("pragma journal_mode = off")
        db.execute("pragma synchronous = off")
        create_tables(db)
        resolver = Resolver(authority)
        counts = {"documents": 0, "messages": 0, "demands": 0}
        with db.conn:
            for path in files:
                text = read_document(path)
                source_file = relative_name(path, seeds_dir)
                if not text.strip():
                    resolver.warn(source_file, 1, "empty-file", "empty document; skipped")
                    continue
                parsed = parse_document(text, source_file)
                rows = resolver.resolve_document(parsed, path.resolve().relative_to(seeds_dir.resolve()).as_posix())
                if rows is None:
                    continue
                load_document(db, rows)
                counts["documents"] += 1
                counts["messages"] += len(rows.messages)
                counts["demands"] += len(rows.demands)
            corpus = resolver.finish()
            load_corpus(db, corpus)
            load_warnings(db, resolver.warnings)
        if counts["documents"] == 0:
            raise InputError(seeds_dir, 0, "no document could be built from this folder")
        ensure_db_shape(db)
        db.execute("pragma journal_mode = delete")
        db.conn.close()
        os.replace(tmp, db_path)
    except BaseException:
        if tmp.exists():
            tmp.unlink()
        raise
    for w in resolver.warnings:
        print(w, file=out)
    counts["stubs"] = len(corpus["stubs"])
    counts["warnings"] = len(resolver.warnings)
    counts["seconds"] = round(time.monotonic() - started, 2)
    print(f"built {db_path}: {counts['documents']} documents, {counts['messages']} messages "
          f"(+{counts['stubs']} known only from references), {counts['demands']} demands, "
          f"{counts['warnings']} warnings in {counts['seconds']} s", file=out)
    return counts
