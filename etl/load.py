"""Rows into tables with sqlite-utils: one function per table group. Load never parses."""
from .schema import TABLES, create_table_sql


def create_tables(db):
    with db.conn:
        for name in TABLES:
            db.execute(create_table_sql(name))


def _insert(db, table, rows):
    """Plain executemany: sqlite-utils created the connection; the table is declared in schema.py."""
    if rows:
        cols = list(TABLES[table]["columns"])
        sql = f"insert into [{table}] ({', '.join(f'[{c}]' for c in cols)}) values ({', '.join('?' for _ in cols)})"
        db.conn.executemany(sql, ([r.get(c) for c in cols] for r in rows))


MENTION_LINK = {"person": "person_id", "place": "place_id", "term": "term"}


class DocumentLoader:
    """Documents with their messages, recipients, links, demands and mentions, written a few
    hundred documents at a time (one statement per table and batch). Use as a context manager:
    what is left is written on leaving it."""

    def __init__(self, db, batch=500):
        self.db, self.batch = db, batch
        self.pending = {t: [] for t in ("documents", "messages", "message_recipients", "message_links", "demands", "mentions")}
        self.documents = 0

    def __enter__(self):
        return self

    def __exit__(self, exc_type, *exc):
        if exc_type is None:
            self.flush()

    def add(self, rows):
        p = self.pending
        p["documents"].append(rows.document)
        p["messages"].extend(rows.messages)
        p["message_recipients"].extend(rows.recipients)
        p["message_links"].extend(rows.links)
        p["demands"].extend(rows.demands)
        for m in rows.mentions:
            m[MENTION_LINK[m["entity_type"]]] = m["entity_id"]
        p["mentions"].extend(rows.mentions)
        self.documents += 1
        if self.documents >= self.batch:
            self.flush()

    def flush(self):
        for table, rows in self.pending.items():
            _insert(self.db, table, rows)
            rows.clear()
        self.documents = 0


def load_corpus(db, corpus):
    """What is known only once every document has been read: people, places, terms."""
    _insert(db, "people", corpus["people"])
    _insert(db, "person_aliases", corpus["person_aliases"])
    _insert(db, "places", corpus["places"])
    _insert(db, "terms", corpus["terms"])


def forget_documents(db, source_files):
    """Remove every row that came from these files (before loading their new version)."""
    for source_file in source_files:
        for (doc_id,) in db.execute("select id from documents where source_file = ?", [source_file]).fetchall():
            ids = "select id from messages where document_id = ?"
            db.execute("delete from mentions where document_id = ?", [doc_id])
            db.execute(f"delete from demands where message_id in ({ids})", [doc_id])
            db.execute(f"delete from message_recipients where message_id in ({ids})", [doc_id])
            db.execute(f"delete from message_links where from_message_id in ({ids}) or to_message_id in ({ids})", [doc_id, doc_id])
            db.execute("delete from messages where document_id = ?", [doc_id])
            db.execute("delete from documents where id = ?", [doc_id])


def forget_entities(db):
    """Remove what the corpus stage makes again from scratch: people, places, terms, warnings."""
    for table in ("person_aliases", "people", "places", "terms", "build_warnings"):
        db.execute(f"delete from [{table}]")


def held_messages(db, source_files):
    """(sender, sent_at) of the messages held in these files' documents."""
    return {tuple(r) for f in source_files for r in db.execute(
        "select distinct m.sender_id, m.sent_at from messages m join documents d on d.id = m.document_id "
        "where d.source_file = ? and m.in_corpus = 1 and m.sender_id is not null", [f])}


def load_warnings(db, warnings):
    _insert(db, "build_warnings", [
        {"id": i, "source_file": w.source_file, "line": w.line, "code": w.code, "message": w.message}
        for i, w in enumerate(warnings, start=1)
    ])
