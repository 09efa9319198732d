"""seeds/ -> telegrams.db: read, parse, gather facts, resolve, load, link, shape.

The database is written to a temporary file that replaces the target only when complete.
With a cache from the previous build (cache.py), unchanged files are not parsed again, and
when the corpus-wide registries come out the same, only changed files are resolved and
loaded into a copy of the previous database: the result equals a full build."""
import hashlib
import os
import shutil
import sqlite3
import sys
import time
from pathlib import Path

import sqlite_utils

from .authority import load_authority
from .cache import BuildCache, code_signature, file_stamp, seed_stamp
from .entities import entity_rows
from .errors import BuildWarning, InputError
from .link import link_references
from .load import (
    DocumentLoader,
    create_tables,
    forget_documents,
    forget_entities,
    held_messages,
    load_corpus,
    load_warnings,
)
from .parallel import BATCH, Parser, resolve_documents
from .progress import Progress, Stages
from .registry import Registry
from .resolve import Resolver
from .shape import ensure_db_shape, ensure_indexes, note_changes

MAX_BYTES = 5 * 1024 * 1024


def find_documents(seeds_dir):
    """(path, source_file, catalog_key) of every *.txt under seeds_dir, at any depth, walked in
    sorted order without holding the list, so memory stays flat with the corpus. source_file is
    the path people see: relative to the working directory (the repository), else to the seeds
    folder's parent (`seeds/x.txt`); catalog_key is relative to the seeds folder. A broken link
    or an unreadable file is yielded too, to be reported by name when read."""
    if not os.path.isdir(seeds_dir):
        raise InputError(seeds_dir, 0, "no such folder")
    root = os.path.abspath(seeds_dir)
    cwd = os.getcwd()
    shown_from = cwd if root == cwd or root.startswith(cwd + os.sep) else os.path.dirname(root)
    prefix = os.path.relpath(root, shown_from).replace(os.sep, "/")
    prefix = "" if prefix == "." else prefix + "/"
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        rel = os.path.relpath(folder, root).replace(os.sep, "/")
        rel = "" if rel == "." else rel + "/"
        for name in sorted(names):      # os.walk lists folders (and links to them) apart
            if name.endswith(".txt"):
                yield os.path.join(folder, name), prefix + rel + name, rel + name


def count_documents(seeds_dir):
    return sum(1 for _ in find_documents(seeds_dir))


def read_document(path, shown=None):
    """The text of one seed file, or an InputError saying what is wrong with it and where."""
    shown = shown or path
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise InputError(shown, 0, f"cannot read: {e.strerror}")
    if len(data) > MAX_BYTES:
        raise InputError(shown, 0, f"file is {len(data) / 1e6:.1f} MB; a telegram is expected to be under {MAX_BYTES // 1e6:.0f} MB")
    if b"\0" in data:
        line = data[: data.index(b"\0")].count(b"\n") + 1
        raise InputError(shown, line, "binary data (a NUL byte), not a text document")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise InputError(shown, line, f"not UTF-8 text (byte 0x{data[e.start]:02x}); save the file as UTF-8")


def open_database(path):
    """The database being built, through Python's own sqlite3: its SQLite keeps sorts and
    temporary tables in files, so a large build's memory stays flat (pysqlite3-binary's,
    which Datasette serves with, keeps them in memory)."""
    return sqlite_utils.Database(sqlite3.connect(path))


def remove_stale_temporaries(db_path):
    """Temporary files of builds that were killed (their process is gone)."""
    for tmp in db_path.parent.glob(f".{db_path.name}*.tmp-*"):
        try:
            pid = int(tmp.name.rsplit("-", 1)[1])
            os.kill(pid, 0)
        except ProcessLookupError:
            tmp.unlink(missing_ok=True)
        except (ValueError, PermissionError):
            continue


def build(seeds_dir, db_path, out=sys.stderr, incremental=True):
    """Build db_path from seeds_dir atomically. Returns counts; raises InputError on bad input."""
    started = time.monotonic()
    stages = Stages()
    seeds_dir, db_path = Path(seeds_dir), Path(db_path)
    authority = load_authority(seeds_dir)
    total = count_documents(seeds_dir) if Progress.wanted(out) else None
    db_path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(db_path)
    cache_path = db_path.with_name(f".{db_path.name}.cache")
    tmp_db = db_path.with_name(f".{db_path.name}.tmp-{os.getpid()}")
    code_sig = code_signature(seeds_dir)
    cache = BuildCache(cache_path, fresh=not incremental)
    progress = Progress(out, total)
    try:
        if cache.meta("code") != code_sig:
            cache.clear()
        previous_ok = db_path.exists() and cache.meta("db_stamp") == file_stamp(db_path)
        notes = []
        # 1. read every file; parse the new and changed ones (on every core, in batches)
        def read_and_parse(found):
            batch = []
            for path, source_file, catalog_key, stamp in cache.unread(found):
                text = read_document(path, source_file)
                if not text.strip():
                    notes.append(BuildWarning(source_file, 1, "empty-file", "empty document; skipped"))
                    continue
                batch.append((text, source_file, catalog_key, hashlib.sha256(text.encode("utf-8")).hexdigest(), stamp))
            cache.mark_changed(parser.submit(cache, cache.unparsed(batch)))

        found = []
        with Parser(authority.catalog) as parser:
            for path, source_file, catalog_key in find_documents(seeds_dir):
                found.append((path, source_file, catalog_key, seed_stamp(path)))
                progress.step("reading")
                if len(found) >= BATCH:
                    read_and_parse(found)
                    found = []
            read_and_parse(found)
            cache.mark_changed(parser.collect(cache))
        if not cache.present_count():
            raise InputError(seeds_dir, 0, "no *.txt documents in this folder")
        cache.drop_absent()
        stages.mark("read and parse")
        # 2. the corpus-wide registries and ids, from every document's facts
        progress.stage("gathering names and ids")
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
        registry_sig = registry.signature()
        patch = incremental and previous_ok and cache.meta("registry") == registry_sig and not renamed
        stages.mark("registries and ids")
        # 3. resolve and load: every document, or only the changed ones into a copy of the database
        if patch:
            shutil.copyfile(db_path, tmp_db)
            db = open_database(tmp_db)
        else:
            tmp_db.unlink(missing_ok=True)
            db = open_database(tmp_db)
            create_tables(db)
        db.execute("pragma journal_mode = off")
        db.execute("pragma synchronous = off")
        db.execute("pragma analysis_limit = 1000")   # statistics from a sample of each index: enough for plans, 10x quicker
        resolver = Resolver(authority, registry)
        with db.conn:
            if patch:
                note_changes(db)
                changed = cache.changed()
                cache.note_affected(held_messages(db, changed))
                forget_documents(db, changed)
                forget_entities(db)
            cache.forget_results(only_changed=patch)
            with DocumentLoader(db) as loader:
                for values, ref_rows, doc_warnings in resolve_documents(
                        resolver, authority.catalog, cache.documents(only_changed=patch)):
                    loader.add(values)
                    cache.put_results(ref_rows, doc_warnings)
                    progress.step("building")
            stages.mark("resolve and load")
            # 4. what needs the whole corpus: links and stubs, people, places, terms, warnings
            progress.stage("linking references")
            if patch:
                cache.note_affected(held_messages(db, changed))
            else:
                ensure_indexes(db)
                db.execute("analyze")      # statistics, so that linking's lookups use the right indexes
            link_references(db, cache, registry.person_name, patch=patch)
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
        stages.mark("link references, people, places")
        progress.stage("indexing for search")
        ensure_db_shape(db, full=not patch)
        db.execute("pragma journal_mode = delete")
        db.conn.close()
        stages.mark("indexes and full-text search")
        os.replace(tmp_db, db_path)
        cache.set_meta(code=code_sig, registry=registry_sig, db_stamp=file_stamp(db_path))
        n_changed = cache.changed_count()
        cache.commit_and_close()
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
    counts["stages"] = stages.seconds
    print(f"built {db_path}: {counts['documents']} documents, {counts['messages']} messages "
          f"(+{counts['stubs']} known only from references), {counts['demands']} demands, "
          f"{counts['warnings']} warnings in {counts['seconds']} s"
          + (f" (incremental: {n_changed} changed files)" if patch else ""), file=out)
    return counts
