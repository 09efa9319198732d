"""The tables of the data contract (../shared/data-contract.md), declared as data.

Each table: its columns in order with types, primary key, foreign keys and NOT NULL columns."""

TABLES = {
    "documents": {
        "columns": {
            "id": str, "title": str, "doc_type": str, "number": str, "issuer": str, "date": str,
            "origin_text": str, "origin_place_id": str, "sent_at": str, "sent_at_text": str,
            "received_at": str, "received_at_text": str, "sent_to": str, "priority": str,
            "classification": str, "series": str, "source_file": str, "source_sha256": str,
            "text": str, "is_excerpt": int, "archive": str, "record_id": str, "source_url": str,
            "citation": str, "original_language": str, "language": str, "catalog_title": str,
            "subject": str,
        },
        "pk": "id",
        "foreign_keys": [("origin_place_id", "places", "id")],
    },
    "messages": {
        "columns": {
            "id": str, "document_id": str, "parent_id": str, "seq": int, "label": str,
            "sender_id": str, "sent_at": str, "sent_at_text": str, "number": str,
            "salutation": str, "body": str, "signature": str, "line_start": int, "line_end": int,
            "in_corpus": int, "reference_text": str, "sender_office": str,
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id"), ("parent_id", "messages", "id"),
                         ("sender_id", "people", "id")],
    },
    "message_recipients": {
        "columns": {"message_id": str, "person_id": str, "role": str, "copies": int},
        "pk": ("message_id", "person_id", "role"),
        "foreign_keys": [("message_id", "messages", "id"), ("person_id", "people", "id")],
    },
    "message_links": {
        "columns": {"from_message_id": str, "to_message_id": str, "relation": str},
        "pk": ("from_message_id", "to_message_id", "relation"),
        "foreign_keys": [("from_message_id", "messages", "id"), ("to_message_id", "messages", "id")],
    },
    "people": {
        "columns": {"id": str, "name": str, "description": str, "wikidata": str, "curated": int, "aliases": str},
        "pk": "id",
        "foreign_keys": [],
    },
    "person_aliases": {
        "columns": {"person_id": str, "alias": str, "kind": str},
        "pk": ("person_id", "alias"),
        "foreign_keys": [("person_id", "people", "id")],
    },
    "demands": {
        "columns": {
            "id": str, "message_id": str, "kind": str, "requester_id": str, "addressee_id": str,
            "label": str, "path": str, "parent_id": str, "seq": int, "text": str,
            "line_start": int, "line_end": int,
        },
        "pk": "id",
        "foreign_keys": [("message_id", "messages", "id"), ("requester_id", "people", "id"),
                         ("addressee_id", "people", "id"), ("parent_id", "demands", "id")],
    },
    "places": {
        "columns": {"id": str, "name": str, "kind": str, "variants": str, "latitude": float,
                    "longitude": float, "description": str, "curated": int},
        "pk": "id",
        "foreign_keys": [],
    },
    "terms": {
        "columns": {"term": str, "expansion": str, "description": str, "curated": int},
        "pk": "term",
        "foreign_keys": [],
    },
    "mentions": {
        "columns": {"id": str, "entity_type": str, "entity_id": str, "document_id": str,
                    "message_id": str, "line_start": int, "char_start": int, "char_end": int,
                    "surface": str, "person_id": str, "place_id": str, "term": str},
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id"), ("message_id", "messages", "id"),
                         ("person_id", "people", "id"), ("place_id", "places", "id"),
                         ("term", "terms", "term")],
    },
    "build_warnings": {
        "columns": {"id": int, "source_file": str, "line": int, "code": str, "message": str},
        "pk": "id",
        "foreign_keys": [],
    },
}

# Full-text search: table -> columns (FTS5, porter tokenizer, content= the table).
FTS = {
    "documents": ["title", "text"],
    "messages": ["label", "body"],
    "demands": ["text"],
    "people": ["name", "aliases"],
}


SQL_TYPES = {str: "TEXT", int: "INTEGER", float: "REAL"}


def create_table_sql(name):
    """CREATE TABLE for one contract table, with its keys declared."""
    spec = TABLES[name]
    pk = spec["pk"] if isinstance(spec["pk"], tuple) else (spec["pk"],)
    cols = [f"[{c}] {SQL_TYPES[t]}" + (" NOT NULL" if c in pk else "") for c, t in spec["columns"].items()]
    cols.append("PRIMARY KEY (" + ", ".join(f"[{c}]" for c in pk) + ")")
    for col, other, other_col in spec["foreign_keys"]:
        cols.append(f"FOREIGN KEY ([{col}]) REFERENCES [{other}]([{other_col}])")
    return f"CREATE TABLE [{name}] (\n   " + ",\n   ".join(cols) + "\n)"
