"""Rows into tables with sqlite-utils: one function per table group. Load never parses."""
from .schema import TABLES, create_table_sql


def create_tables(db):
    with db.conn:
        for name in TABLES:
            db.execute(create_table_sql(name))


def _insert(db, table, rows):
    if rows:
        cols = TABLES[table]["columns"]
        db[table].insert_all(({c: r.get(c) for c in cols} for r in rows), batch_size=500)


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
    """What is known only once every document has been read: people, places, terms, stubs, links."""
    _insert(db, "messages", corpus["stubs"])
    _insert(db, "message_recipients", corpus["stub_recipients"])
    _insert(db, "message_links", corpus["links"])
    _insert(db, "people", corpus["people"])
    _insert(db, "person_aliases", corpus["person_aliases"])
    _insert(db, "places", corpus["places"])
    _insert(db, "terms", corpus["terms"])


def load_warnings(db, warnings):
    _insert(db, "build_warnings", [
        {"id": i, "source_file": w.source_file, "line": w.line, "code": w.code, "message": w.message}
        for i, w in enumerate(warnings, start=1)
    ])
