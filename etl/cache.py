"""The build's memory between runs, a SQLite file beside the database (`.telegrams.db.cache`):
each seed file's checksum, parsed form and facts, and what its resolution left for the
corpus stage (references, warnings). A file whose checksum is unchanged is not parsed again.

The cache is rewritten through a temporary copy that replaces it only after the database
itself has been replaced, so a cache never describes a database that was not published."""
import hashlib
import json
import pickle
import shutil
import sqlite3
from pathlib import Path

SCHEMA = """
create table if not exists meta (key text primary key, value text);
create table if not exists docs (
  source_file text primary key, sha text, catalog_key text, facts text, parsed blob,
  doc_id text, duplicate_of text);
create table if not exists refs (
  source_file text, from_message_id text, document_id text, sender_id text, recipient_id text,
  sent_at text, sent_at_text text, number text, line integer, relation text, genre text, text text);
create index if not exists refs_source on refs (source_file);
create table if not exists warnings (source_file text, seq integer, line integer, code text, message text);
create index if not exists warnings_source on warnings (source_file);
create temp table present (source_file text primary key);
create temp table changed (source_file text primary key);
"""
REF_COLUMNS = ["from_message_id", "document_id", "sender_id", "recipient_id", "sent_at", "sent_at_text",
               "number", "line", "relation", "genre", "text"]


def code_signature(seeds_dir):
    """A checksum of the build's code, the genre's vocabulary and the editorial files."""
    h = hashlib.sha256()
    here = Path(__file__).parent
    for p in sorted(here.glob("*.py")) + sorted(here.glob("*.yml")):
        h.update(p.name.encode() + p.read_bytes())
    seeds_dir = Path(seeds_dir)
    for p in sorted((seeds_dir / "authority").glob("*.yml")) + [seeds_dir / "catalog.yml"]:
        if p.exists():
            h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()


def file_stamp(path):
    """Cheap identity of a published database file: size and modification time."""
    st = Path(path).stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


class BuildCache:
    def __init__(self, path, start_from=None):
        self.path = Path(path)
        if start_from and Path(start_from).exists():
            shutil.copyfile(start_from, self.path)
        self.conn = sqlite3.connect(self.path, isolation_level=None)
        self.conn.execute("pragma journal_mode = off")
        self.conn.execute("pragma synchronous = off")
        self.conn.executescript(SCHEMA)
        self.conn.execute("begin")

    def meta(self, key):
        row = self.conn.execute("select value from meta where key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, **values):
        self.conn.executemany("insert or replace into meta values (?, ?)", values.items())

    def clear(self):
        for table in ("meta", "docs", "refs", "warnings"):
            self.conn.execute(f"delete from {table}")

    # -- documents ------------------------------------------------------------
    def mark_present(self, source_file):
        self.conn.execute("insert or ignore into present values (?)", [source_file])

    def mark_changed(self, source_files):
        self.conn.executemany("insert or ignore into changed values (?)", [[f] for f in source_files])

    def changed(self):
        return [r[0] for r in self.conn.execute("select source_file from changed order by source_file")]

    def changed_count(self):
        return self.conn.execute("select count(*) from changed").fetchone()[0]

    def has(self, source_file, sha):
        return self.conn.execute("select 1 from docs where source_file = ? and sha = ?", [source_file, sha]).fetchone() is not None

    def put(self, source_file, sha, catalog_key, facts, parsed_pickle):
        self.conn.execute("insert or replace into docs (source_file, sha, catalog_key, facts, parsed) values (?, ?, ?, ?, ?)",
                          [source_file, sha, catalog_key, json.dumps(facts), parsed_pickle])
        self.forget_results(source_file)

    def drop_absent(self):
        """Forget files no longer in the seeds folder; returns their names."""
        gone = [r[0] for r in self.conn.execute("select source_file from docs where source_file not in (select source_file from present)")]
        for source_file in gone:
            self.conn.execute("delete from docs where source_file = ?", [source_file])
            self.forget_results(source_file)
        self.mark_changed(gone)

    def iter_facts(self):
        for (facts,) in self.conn.execute("select facts from docs order by source_file"):
            yield json.loads(facts)

    def assign_ids(self):
        """Each document's id: the first file (by name) with a given text is built, later copies are
        duplicates; among the rest, a repeated base id gets the file's checksum as a suffix.
        Returns how many unchanged files would get another id than last time."""
        self.conn.execute("create temp table if not exists before as select source_file, doc_id from docs where 0")
        self.conn.execute("delete from before")
        self.conn.execute("insert into before select source_file, doc_id from docs")
        self.conn.execute("""
            with ranked as (
              select source_file, sha, json_extract(facts, '$.base_id') as base_id,
                     first_value(source_file) over (partition by sha order by source_file) as first_file
              from docs),
            kept as (
              select source_file, sha, base_id, first_file,
                     row_number() over (partition by base_id, first_file = source_file order by source_file) as n
              from ranked)
            update docs set
              duplicate_of = (select case when k.first_file != k.source_file then k.first_file end from kept k where k.source_file = docs.source_file),
              doc_id = (select case when k.first_file != k.source_file then null
                                    when k.n = 1 then k.base_id else k.base_id || '-' || substr(k.sha, 1, 8) end
                        from kept k where k.source_file = docs.source_file)""")
        return self.conn.execute("""select count(*) from docs join before using (source_file)
            where docs.doc_id is not before.doc_id and source_file not in (select source_file from changed)""").fetchone()[0]

    def duplicates(self):
        return list(self.conn.execute("select source_file, duplicate_of from docs where duplicate_of is not null order by source_file"))

    def renumbered(self):
        return list(self.conn.execute("""select source_file, doc_id from docs
            where doc_id is not null and doc_id != json_extract(facts, '$.base_id') order by source_file"""))

    def documents(self, only_changed=False):
        """(source_file, catalog_key, doc_id, parsed) of every document to build, by file name."""
        sql = "select source_file, catalog_key, doc_id, parsed from docs where doc_id is not null"
        if only_changed:
            sql += " and source_file in (select source_file from changed)"
        for source_file, catalog_key, doc_id, blob in self.conn.execute(sql + " order by source_file"):
            yield source_file, catalog_key, doc_id, pickle.loads(blob)

    # -- what resolution left for the corpus stage -------------------------------
    def forget_results(self, source_file):
        self.conn.execute("delete from refs where source_file = ?", [source_file])
        self.conn.execute("delete from warnings where source_file = ?", [source_file])

    def put_results(self, source_file, references, warnings):
        self.forget_results(source_file)
        self.conn.executemany(f"insert into refs values (?, {', '.join('?' for _ in REF_COLUMNS)})",
                              [[source_file] + [getattr(r, c) for c in REF_COLUMNS] for r in references])
        self.conn.executemany("insert into warnings values (?, ?, ?, ?, ?)",
                              [[w.source_file, i, w.line, w.code, w.message] for i, w in enumerate(warnings)])

    def iter_refs(self):
        cur = self.conn.execute(f"select {', '.join(REF_COLUMNS)} from refs order by from_message_id, line, text")
        for row in cur:
            yield dict(zip(REF_COLUMNS, row))

    def iter_warnings(self):
        yield from self.conn.execute("select source_file, line, code, message from warnings order by source_file, seq")

    def commit_and_close(self):
        self.conn.execute("commit")
        self.conn.close()

    def discard(self):
        try:
            self.conn.close()
        finally:
            self.path.unlink(missing_ok=True)
