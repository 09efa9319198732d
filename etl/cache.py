"""The build's memory between runs, a SQLite file beside the database (`.telegrams.db.cache`):
each seed file's checksum, parsed form and facts, and what its resolution left for the
corpus stage (references, warnings). A file whose checksum is unchanged is not parsed again;
a file whose size, times and inode are those recorded when its checksum was taken, and which
had not been touched for five seconds by then, is not even read again (git's rule: a change
within the clock's resolution cannot go unseen).

The cache is changed in one SQLite transaction, committed only after the database itself has
been replaced: a failed build rolls it back, and a cache whose database stamp does not match
the published database is not trusted (the next build is a full one)."""
import hashlib
import json
import os
import sqlite3
import time
from pathlib import Path

SCHEMA = """
create table if not exists meta (key text primary key, value text);
create table if not exists docs (
  source_file text primary key, sha text, catalog_key text, facts text,
  base_id text, doc_id text, duplicate_of text);
create table if not exists parsed (source_file text primary key, blob blob);   -- apart: scans of docs stay small
create index if not exists docs_sha on docs (sha);
create index if not exists docs_base on docs (base_id);
create index if not exists docs_doc_id on docs (doc_id);
create table if not exists refs (
  source_file text, from_message_id text, document_id text, sender_id text, recipient_id text,
  sent_at text, sent_at_text text, number text, line integer, relation text, genre text, text text,
  sender_office text, recipient_office text, key text, base text, target text);
create index if not exists refs_source on refs (source_file);
create index if not exists refs_key on refs (key);
create index if not exists refs_base on refs (base);
create index if not exists refs_sender on refs (sender_id);
create index if not exists refs_from on refs (from_message_id);
create table if not exists stamps (source_file text primary key, stamp text, settled integer);
create table if not exists stubs (key text primary key, stub_id text);
create table if not exists warnings (source_file text, seq integer, line integer, code text, message text);
create index if not exists warnings_source on warnings (source_file);
create temp table present (source_file text primary key);
create temp table changed (source_file text primary key);
create temp table affected (key text primary key);
create temp table old_ids (base_id text, sha text);
"""
REF_COLUMNS = ["from_message_id", "document_id", "sender_id", "recipient_id", "sent_at", "sent_at_text",
               "number", "line", "relation", "genre", "text", "sender_office", "recipient_office"]


def reference_rows(source_file, references):
    """A document's references as rows of the cache's refs table (made where it is resolved)."""
    from .link import reference_key, stub_base
    rows = []
    for r in references:
        ref = {c: getattr(r, c) for c in REF_COLUMNS}
        rows.append([source_file] + [ref[c] for c in REF_COLUMNS] + [reference_key(ref), stub_base(ref)])
    return rows


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


SETTLE_NS = 5_000_000_000    # a file untouched this long before it was read cannot change unseen (2 s clocks too)


def seed_stamp(path):
    """(stamp, settled) of a seed file: its size, times and inode, and whether it was last
    changed well before now; (None, False) when it cannot be looked at."""
    try:
        st = os.stat(path)
    except OSError:
        return None, False
    settled = max(st.st_mtime_ns, st.st_ctime_ns) + SETTLE_NS < time.time_ns()
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}", settled


def _has_columns(path, table, columns):
    """True when the cache file is absent or its table has every column the build writes."""
    if not Path(path).exists():
        return True
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            have = {r[1] for r in conn.execute(f"pragma table_info({table})")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return not have or set(columns) <= have


class BuildCache:
    def __init__(self, path, fresh=False):
        self.path = Path(path)
        if fresh or not _has_columns(self.path, "refs", REF_COLUMNS):
            self.path.unlink(missing_ok=True)       # a cache an earlier version wrote: rebuilt from nothing
        self.conn = sqlite3.connect(self.path, isolation_level=None)
        self.conn.execute("pragma journal_mode = delete")   # a rollback journal: failed builds roll back
        self.conn.execute("pragma synchronous = off")
        self.conn.executescript(SCHEMA)
        self.conn.execute("begin")

    def meta(self, key):
        row = self.conn.execute("select value from meta where key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, **values):
        self.conn.executemany("insert or replace into meta values (?, ?)", values.items())

    def clear(self):
        for table in ("meta", "docs", "parsed", "refs", "warnings", "stubs", "stamps"):
            self.conn.execute(f"delete from {table}")

    # -- documents ------------------------------------------------------------
    def present_count(self):
        return self.conn.execute("select count(*) from present").fetchone()[0]

    def mark_changed(self, source_files):
        self.conn.executemany("insert or ignore into changed values (?)", [[f] for f in source_files])

    def changed(self):
        return [r[0] for r in self.conn.execute("select source_file from changed order by source_file")]

    def changed_count(self):
        return self.conn.execute("select count(*) from changed").fetchone()[0]

    def _rows_for(self, sql, source_files):
        """The rows of sql, whose `in ({})` takes the files, asked 500 files at a time (SQLite
        limits the parameters of one statement)."""
        for i in range(0, len(source_files), 500):
            part = source_files[i:i + 500]
            yield from self.conn.execute(sql.format(", ".join("?" for _ in part)), part)

    def unread(self, files):
        """files [(path, source_file, catalog_key, (stamp, settled))]: mark present those that
        need not be read again (their stamp is the one recorded when their checksum was last
        taken, and they had settled by then, as git does); return the others, in order."""
        known = set(self._rows_for("""select s.source_file, s.stamp from stamps s join docs d using (source_file)
            where s.settled = 1 and s.source_file in ({})""", [f[1] for f in files]))
        same, others = [], []
        for f in files:
            (same if f[3][0] and (f[1], f[3][0]) in known else others).append(f)
        self.conn.executemany("insert or ignore into present values (?)", [[f[1]] for f in same])
        return others

    def unparsed(self, files):
        """Mark files [(text, source_file, catalog_key, sha, (stamp, settled))] present and record
        their stamps; return those whose checksum the cache does not hold (new or changed
        files), in order, as (text, source_file, catalog_key, sha)."""
        self.conn.executemany("insert or ignore into present values (?)", [[f[1]] for f in files])
        self.conn.executemany("insert or replace into stamps values (?, ?, ?)",
                              [[f[1], f[4][0], int(f[4][1])] for f in files])
        known = set(self._rows_for("select source_file, sha from docs where source_file in ({})", [f[1] for f in files]))
        return [f[:4] for f in files if (f[1], f[3]) not in known]

    def put(self, source_file, sha, catalog_key, facts, parsed_pickle):
        self.conn.execute("insert into old_ids select base_id, sha from docs where source_file = ?", [source_file])
        self.conn.execute("insert or replace into docs (source_file, sha, catalog_key, facts, base_id) "
                          "values (?, ?, ?, ?, ?)",
                          [source_file, sha, catalog_key, json.dumps(facts), facts["base_id"]])
        self.conn.execute("insert or replace into parsed values (?, ?)", [source_file, parsed_pickle])

    def drop_absent(self):
        """Forget files no longer in the seeds folder (they count as changed)."""
        gone = [r[0] for r in self.conn.execute("select source_file from docs where source_file not in (select source_file from present)")]
        for source_file in gone:
            self.conn.execute("insert into old_ids select base_id, sha from docs where source_file = ?", [source_file])
            self.conn.execute("delete from docs where source_file = ?", [source_file])
        for table in ("parsed", "stamps"):
            self.conn.execute(f"delete from {table} where source_file not in (select source_file from present)")
        self.mark_changed(gone)

    def iter_facts(self):
        for (facts,) in self.conn.execute("select facts from docs order by source_file"):
            yield json.loads(facts)

    def assign_ids(self):
        """Each document's id: the first file (by name) with a given text is built, later copies are
        duplicates; among the rest, a repeated base id gets the file's checksum as a suffix.
        Only documents that share a text or a base id with a changed file are looked at again.
        Returns how many unchanged files get another id than last time."""
        c = self.conn
        c.execute("create temp table if not exists scope (source_file text primary key)")
        c.execute("delete from scope")
        c.execute("""insert or ignore into scope select source_file from docs
            where source_file in (select source_file from changed) or doc_id is null and duplicate_of is null
               or base_id in (select base_id from old_ids) or sha in (select sha from old_ids)""")
        while True:   # everything that shares a text or a base id with what is in scope
            before = c.execute("select count(*) from scope").fetchone()[0]
            c.execute("""insert or ignore into scope select d.source_file from docs d
                where d.base_id in (select base_id from docs where source_file in (select source_file from scope))
                   or d.sha in (select sha from docs where source_file in (select source_file from scope))""")
            if c.execute("select count(*) from scope").fetchone()[0] == before:
                break
        c.execute("create temp table if not exists before as select source_file, doc_id from docs where 0")
        c.execute("delete from before")
        c.execute("insert into before select source_file, doc_id from docs where source_file in (select source_file from scope)")
        c.execute("""
            with ranked as (
              select source_file, sha, base_id,
                     first_value(source_file) over (partition by sha order by source_file) as first_file
              from docs where source_file in (select source_file from scope)),
            kept as (
              select source_file, sha, base_id, first_file,
                     row_number() over (partition by base_id, first_file = source_file order by source_file) as n
              from ranked)
            update docs set
              duplicate_of = (select case when k.first_file != k.source_file then k.first_file end from kept k where k.source_file = docs.source_file),
              doc_id = (select case when k.first_file != k.source_file then null
                                    when k.n = 1 then k.base_id else k.base_id || '-' || substr(k.sha, 1, 8) end
                        from kept k where k.source_file = docs.source_file)
            where source_file in (select source_file from scope)""")
        return c.execute("""select count(*) from docs join before using (source_file)
            where docs.doc_id is not before.doc_id and source_file not in (select source_file from changed)""").fetchone()[0]

    def duplicates(self):
        return list(self.conn.execute("select source_file, duplicate_of from docs where duplicate_of is not null order by source_file"))

    def renumbered(self):
        return list(self.conn.execute("""select source_file, doc_id from docs
            where doc_id is not null and doc_id != base_id order by source_file"""))

    def documents(self, only_changed=False):
        """(source_file, catalog_key, doc_id, parsed pickle) of every document to build, by id:
        rows then reach the database's indexes in key order (the ids of messages, demands and
        mentions begin with their document's), which keeps a large build's writes sequential."""
        sql = "select source_file, catalog_key, doc_id, blob from docs join parsed using (source_file) where doc_id is not null"
        if only_changed:
            sql += " and source_file in (select source_file from changed)"
        yield from self.conn.execute(sql + " order by doc_id")

    # -- what resolution left for the corpus stage -------------------------------
    def forget_results(self, only_changed=False):
        """Before documents are resolved: the results of every file, or (a patch build) those of
        changed files and of files that are gone or are duplicates."""
        if not only_changed:
            self.conn.execute("delete from refs")
            self.conn.execute("delete from warnings")
            return
        for table in ("refs", "warnings"):
            self.conn.execute(f"""delete from {table} where source_file in (select source_file from changed)
                or source_file in (select source_file from docs where doc_id is null)
                or source_file not in (select source_file from docs)""")

    def put_results(self, ref_rows, warnings):
        """A resolved document's references (reference_rows) and warnings."""
        self.conn.executemany(f"insert into refs (source_file, {', '.join(REF_COLUMNS)}, key, base) "
                              f"values (?, {', '.join('?' for _ in REF_COLUMNS)}, ?, ?)", ref_rows)
        self.conn.executemany("insert into warnings values (?, ?, ?, ?, ?)",
                              [[w.source_file, i, w.line, w.code, w.message] for i, w in enumerate(warnings)])

    def iter_refs(self, affected=False, from_messages=None):
        """References in the order every build links them; only the affected ones, or only those
        of some messages, when asked."""
        cols = ", ".join(REF_COLUMNS)
        sql = f"select rowid, {cols}, key, target from refs"
        if affected:
            sql += " where key in (select key from affected)"
        elif from_messages is not None:
            self.conn.execute("create temp table if not exists touched (id text primary key)")
            self.conn.execute("delete from touched")
            self.conn.executemany("insert or ignore into touched values (?)", [[m] for m in from_messages])
            sql += " where from_message_id in (select id from touched)"
        names = ["rowid"] + REF_COLUMNS + ["key", "target"]
        # a separate cursor, read as it goes: memory stays flat however many references there are
        for row in self.conn.cursor().execute(sql + " order by from_message_id, line, text, rowid"):
            yield dict(zip(names, row))

    def set_target(self, rowid, target):
        """Remembered aside while references are read, written by save_targets()."""
        self.conn.execute("create temp table if not exists targets (id integer primary key, target text)")
        self.conn.execute("insert or replace into targets values (?, ?)", [rowid, target])

    def save_targets(self):
        self.conn.execute("create temp table if not exists targets (id integer primary key, target text)")
        self.conn.execute("update refs set target = (select target from targets where targets.id = refs.rowid) "
                          "where rowid in (select id from targets)")
        self.conn.execute("delete from targets")

    # -- stubs: one per referenced telegram the corpus does not hold ----------------
    def stub_for(self, key):
        row = self.conn.execute("select stub_id from stubs where key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_stub(self, key, stub_id):
        self.conn.execute("insert or replace into stubs values (?, ?)", [key, stub_id])

    def stubs_for(self, keys):
        return [r[0] for r in self.conn.execute("select stub_id from stubs where key in (select key from affected)")]

    def forget_stubs(self, keys):
        if keys is None:
            self.conn.execute("delete from stubs")
        else:
            self.conn.execute("delete from stubs where key in (select key from affected)")

    def note_affected(self, held=()):
        """References a patch build must link again: those of changed files (old and new
        versions: call before and after their rows are replaced), those that may now match
        or no longer match a message of these senders, and, until nothing changes, those whose
        stub could take the same id. held: (sender, sent_at) of messages added or removed."""
        self.conn.execute("insert or ignore into affected select key from refs where source_file in (select source_file from changed)")
        # a dated reference can match a held message of the same sender at a compatible date in any file;
        # an undated one only within its own file (a changed file: counted above)
        self.conn.executemany("""insert or ignore into affected select key from refs
            where sender_id = ? and sent_at is not null
              and (substr(?2, 1, length(sent_at)) = sent_at or substr(sent_at, 1, length(?2)) = ?2)""",
                              [[s, t] for s, t in held if t])
        while True:
            before = self.conn.execute("select count(*) from affected").fetchone()[0]
            self.conn.execute("""insert or ignore into affected select key from refs
                where base in (select base from refs where key in (select key from affected))""")
            if self.conn.execute("select count(*) from affected").fetchone()[0] == before:
                break

    def affected_documents(self):
        """Documents whose stubs a patch build may have removed or made again."""
        return [r[0] for r in self.conn.execute("select distinct document_id from refs where key in (select key from affected)")]

    def affected_keys(self):
        return [r[0] for r in self.conn.execute("select key from affected")]

    def iter_warnings(self):
        yield from self.conn.execute("select source_file, line, code, message from warnings order by source_file, seq")

    def commit_and_close(self):
        self.conn.execute("commit")
        self.conn.close()

    def discard(self):
        """Roll back everything this build wrote to the cache."""
        try:
            self.conn.execute("rollback")
        except sqlite3.Error:
            pass
        self.conn.close()
