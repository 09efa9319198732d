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


def load_document(db, rows):
    """One document with its messages, recipients, links, demands and mentions."""
    _insert(db, "documents", [rows.document])
    _insert(db, "messages", rows.messages)
    _insert(db, "message_recipients", rows.recipients)
    _insert(db, "message_links", rows.links)
    _insert(db, "demands", rows.demands)
    for m in rows.mentions:
        key = {"person": "person_id", "place": "place_id", "term": "term"}[m["entity_type"]]
        m[key] = m["entity_id"]
    _insert(db, "mentions", rows.mentions)


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
