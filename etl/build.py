"""seeds/ -> telegrams.db: read, parse, gather facts, resolve, load, link, shape.

The database is written to a temporary file that replaces the target only when complete.
With a cache from the previous build (cache.py), unchanged files are not parsed again, and
when the corpus-wide registries come out the same, only changed files are resolved and
loaded into a copy of the previous database: the result equals a full build."""
import hashlib
import os
import shutil
import sys
import time
from pathlib import Path

import sqlite_utils

from .authority import load_authority
from .cache import BuildCache, code_signature, file_stamp
from .entities import entity_rows
from .errors import BuildWarning, InputError
from .facts import document_facts
from .link import link_references
from .load import create_tables, forget_corpus_rows, forget_documents, load_corpus, load_document, load_warnings
from .parse import parse_document
from .progress import Progress
from .registry import Registry
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


def display_name(path, seeds_dir):
    """The path people see: relative to the working directory (the repository), or else
    to the seeds folder's parent (`seeds/x.txt`)."""
    path = path.absolute()
    for root in (Path.cwd(), seeds_dir.absolute().parent):
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            continue
    return path.as_posix()


def build(seeds_dir, db_path, out=sys.stderr, incremental=True):
    """Build db_path from seeds_dir atomically. Returns counts; raises InputError on bad input."""
    started = time.monotonic()
    seeds_dir, db_path = Path(seeds_dir), Path(db_path)
    authority = load_authority(seeds_dir)
    files = find_documents(seeds_dir)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    cache_path = db_path.with_name(f".{db_path.name}.cache")
    tmp_db = db_path.with_name(f".{db_path.name}.tmp-{os.getpid()}")
    tmp_cache = cache_path.with_name(f"{cache_path.name}.tmp-{os.getpid()}")
    code_sig = code_signature(seeds_dir)
    cache = BuildCache(tmp_cache, start_from=cache_path if incremental else None)
    progress = Progress(out, len(files))
    try:
        if cache.meta("code") != code_sig:
            cache.clear()
        previous_ok = db_path.exists() and cache.meta("db_stamp") == file_stamp(db_path)
        notes = []
        # 1. read every file; parse the new and changed ones
        changed = set()
        for path in files:
            text = read_document(path)
            source_file = display_name(path, seeds_dir)
            progress.step("reading")
            if not text.strip():
                notes.append(BuildWarning(source_file, 1, "empty-file", "empty document; skipped"))
                continue
            cache.mark_present(source_file)
            sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if cache.has(source_file, sha):
                continue
            catalog_key = path.absolute().relative_to(seeds_dir.absolute()).as_posix()
            parsed = parse_document(text, source_file)
            cache.put(source_file, sha, catalog_key, document_facts(parsed, authority.catalog.get(catalog_key) or {}), parsed)
            changed.add(source_file)
        changed.update(cache.drop_absent())
        # 2. the corpus-wide registries and ids, from every document's facts
        registry = Registry(authority)
        for facts in cache.iter_facts():
            registry.add_facts(facts)
        registry.complete()
        renamed = cache.assign_ids()
        for source_file, first in cache.duplicates():
            notes.append(BuildWarning(source_file, 1, "duplicate-document", f"same text as {first}; skipped"))
        for source_file, doc_id in cache.renumbered():
            notes.append(BuildWarning(source_file, 1, "duplicate-number",
                                      f"another document has the same date, type and number; this one is '{doc_id}'"))
        patch = (incremental and previous_ok and cache.meta("registry") == registry.signature()
                 and not (set(renamed) - changed))
        # 3. resolve and load: every document, or only the changed ones into a copy of the database
        if patch:
            shutil.copyfile(db_path, tmp_db)
            db = sqlite_utils.Database(tmp_db)
            todo = changed
        else:
            tmp_db.unlink(missing_ok=True)
            db = sqlite_utils.Database(tmp_db)
            create_tables(db)
            todo = None
        db.execute("pragma journal_mode = off")
        db.execute("pragma synchronous = off")
        resolver = Resolver(authority, registry)
        with db.conn:
            if patch:
                forget_documents(db, changed)
                forget_corpus_rows(db)
            for source_file, catalog_key, doc_id, parsed in cache.documents(only=todo):
                rows = resolver.resolve_document(parsed, doc_id, authority.catalog.get(catalog_key) or {})
                load_document(db, rows)
                cache.put_results(source_file, rows.references, rows.warnings)
                progress.step("building")
            # 4. what needs the whole corpus: links and stubs, people, places, terms, warnings
            link_references(db, cache.iter_refs(), registry.person_name)
            load_corpus(db, entity_rows(db, registry))
            warnings = sorted(notes, key=lambda w: (w.source_file, w.line or 0)) + \
                [BuildWarning(*w) for w in cache.iter_warnings()]
            warnings.sort(key=lambda w: w.source_file)
            load_warnings(db, warnings)
        counts = {k: db.execute(sql).fetchone()[0] for k, sql in {
            "documents": "select count(*) from documents",
            "messages": "select count(*) from messages where in_corpus = 1",
            "stubs": "select count(*) from messages where in_corpus = 0",
            "demands": "select count(*) from demands"}.items()}
        if counts["documents"] == 0:
            raise InputError(seeds_dir, 0, "no document could be built from this folder")
        ensure_db_shape(db)
        db.execute("pragma journal_mode = delete")
        db.conn.close()
        os.replace(tmp_db, db_path)
        cache.set_meta(code=code_sig, registry=registry.signature(), db_stamp=file_stamp(db_path))
        cache.commit_and_close()
        os.replace(tmp_cache, cache_path)
    except BaseException:
        tmp_db.unlink(missing_ok=True)
        cache.discard()
        raise
    finally:
        progress.done()
    for w in warnings:
        print(w, file=out)
    counts["warnings"] = len(warnings)
    counts["seconds"] = round(time.monotonic() - started, 2)
    counts["incremental"] = patch
    print(f"built {db_path}: {counts['documents']} documents, {counts['messages']} messages "
          f"(+{counts['stubs']} known only from references), {counts['demands']} demands, "
          f"{counts['warnings']} warnings in {counts['seconds']} s"
          + (f" (incremental: {len(changed)} changed files)" if patch else ""), file=out)
    return counts
