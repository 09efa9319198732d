"""Rows into tables with sqlite-utils: one function per table group. Load never parses."""
from .schema import TABLES, create_table_sql


def create_tables(db):
    with db.conn:
        for name in TABLES:
            db.execute(create_table_sql(name))


def _columns(table):
    return list(TABLES[table]["columns"])


def _insert_values(db, table, values):
    """Plain executemany of tuples in the table's column order (schema.py declares the table;
    sqlite-utils created the connection)."""
    if values:
        cols = _columns(table)
        sql = f"insert into [{table}] ({', '.join(f'[{c}]' for c in cols)}) values ({', '.join('?' for _ in cols)})"
        db.conn.executemany(sql, values)


def _values(table, rows):
    """Row dicts as tuples in the table's column order (a column a row lacks is null)."""
    cols = _columns(table)
    return [tuple(map(r.get, cols)) for r in rows]


def _insert(db, table, rows):
    _insert_values(db, table, _values(table, rows))


MENTION_LINK = {"person": "person_id", "place": "place_id", "term": "term"}
DOCUMENT_TABLES = ("documents", "messages", "message_recipients", "message_links", "demands", "mentions")


def table_values(rows):
    """A document's DocumentRows as {table: [tuple in column order]}: what the loader writes.
    Made where the document is resolved (a worker process), so the build's own process only
    writes."""
    for m in rows.mentions:
        m[MENTION_LINK[m["entity_type"]]] = m["entity_id"]
    dicts = {"documents": [rows.document], "messages": rows.messages, "message_recipients": rows.recipients,
             "message_links": rows.links, "demands": rows.demands, "mentions": rows.mentions}
    return {table: _values(table, dicts[table]) for table in DOCUMENT_TABLES}


class DocumentLoader:
    """Documents with their messages, recipients, links, demands and mentions (table_values),
    written a few hundred documents at a time (one statement per table and batch). Use as a
    context manager: what is left is written on leaving it."""

    def __init__(self, db, batch=500):
        self.db, self.batch = db, batch
        self.pending = {t: [] for t in DOCUMENT_TABLES}
        self.documents = 0

    def __enter__(self):
        return self

    def __exit__(self, exc_type, *exc):
        if exc_type is None:
            self.flush()

    def add(self, values):
        for table, rows in values.items():
            self.pending[table].extend(rows)
        self.documents += 1
        if self.documents >= self.batch:
            self.flush()

    def flush(self):
        for table, values in self.pending.items():
            _insert_values(self.db, table, values)
            values.clear()
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
