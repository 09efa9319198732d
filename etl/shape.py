"""Indexes, full-text search and views, declared as data and applied idempotently."""
from .schema import FTS, TABLES

VIEWS = {
    "messages_with_names": """
select m.id, m.document_id, m.seq, m.parent_id, m.in_corpus,
  s.name as sender, m.sent_at, m.sent_at_text, m.number,
  (select group_concat(p.name, '; ') from message_recipients r join people p on p.id = r.person_id
    where r.message_id = m.id and r.role = 'to') as recipients,
  (select group_concat(p.name, '; ') from message_recipients r join people p on p.id = r.person_id
    where r.message_id = m.id and r.role = 'copy') as copy_to,
  (select count(*) from demands d where d.message_id = m.id) as demands,
  m.body, m.line_start, m.line_end
from messages m left join people s on s.id = m.sender_id
""",
    "demands_with_names": """
select d.id, d.message_id, d.kind, d.path, d.label, rq.name as requester, ad.name as addressee,
  m.sent_at as message_sent_at, m.document_id, d.text, d.line_start, d.line_end
from demands d
  join messages m on m.id = d.message_id
  left join people rq on rq.id = d.requester_id
  left join people ad on ad.id = d.addressee_id
""",
}


def ensure_indexes(db):
    """Index every foreign key, and what the canned queries and the build's linking look up."""
    for table, spec in TABLES.items():
        for col, _, _ in spec["foreign_keys"]:
            db[table].create_index([col], if_not_exists=True)
    db["messages"].create_index(["sent_at"], if_not_exists=True)
    db["messages"].create_index(["sender_id", "sent_at"], if_not_exists=True)
    db["mentions"].create_index(["entity_type", "entity_id"], if_not_exists=True)
    db["documents"].create_index(["source_file"], if_not_exists=True)
    # the forms in which each place is printed (places.variants), read from the index alone
    db.execute("create index if not exists idx_mentions_place_surface on mentions (place_id, surface) where place_id is not null")


def ensure_db_shape(db, full=True):
    """Indexes, FTS5 (porter) on the searchable tables, the views, statistics. Idempotent.
    A full build also merges each full-text index into one segment (ranked search reads one
    b-tree per word) and gathers statistics; an incremental build (full=False) keeps both: a few
    changed rows add small segments and do not change the query plans statistics guide."""
    ensure_indexes(db)
    for table, columns in FTS.items():
        if not db[table].detect_fts():
            # triggers keep the index right when an incremental build changes rows
            db[table].enable_fts(columns, fts_version="FTS5", tokenize="porter", create_triggers=True)
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip(), replace=True)
    if full:
        for table in FTS:
            db.execute(f"insert into [{table}_fts]([{table}_fts]) values ('optimize')")
        db.analyze()
