"""Indexes, full-text search and the joined tables, declared as data and applied idempotently.

messages_with_names and demands_with_names are the joins done once, at build time: stored as
tables (the database is published read-only), their pages, facets and counts read an index
instead of joining every row again. A full build makes them from scratch; an incremental build
notes which messages and demands it changes (temporary triggers) and makes only those rows again."""
from .schema import FTS, TABLES

# name -> the select whose rows the table holds
JOINED = {
    "messages_with_names": """
select m.id, m.document_id, m.seq, m.parent_id, m.in_corpus,
  coalesce(s.name, m.sender_office) as sender, m.sent_at, m.sent_at_text, m.number,
  (select group_concat(p.name, '; ') from message_recipients r join people p on p.id = r.person_id
    where r.message_id = m.id and r.role = 'to') as recipients,
  (select group_concat(p.name, '; ') from message_recipients r join people p on p.id = r.person_id
    where r.message_id = m.id and r.role = 'via') as via,
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


# For readers only, made once the build no longer writes to these tables: a table page's
# default order, and its order within a facet's value, with no sort of the whole table before
# the first rows. Where a facet value holds many rows, the index also holds the other facets'
# columns, so that counting them reads the index alone.
READER_INDEXES = {
    "documents": [["date"], ["doc_type", "date"], ["issuer", "date"]],
    "messages": [["in_corpus", "sent_at", "sender_id", "document_id"]],
    "demands": [["kind", "message_id", "requester_id", "addressee_id"]],
    "mentions": [["entity_type", "id", "person_id", "place_id", "term"]],
    "message_recipients": [["role", "person_id"]],
}


def _create_indexes(db, indexes):
    """indexes {table: [columns]}; an index on id alone is unique."""
    for table, column_lists in indexes.items():
        for cols in column_lists:
            db[table].create_index(cols, if_not_exists=True, unique=cols == ["id"])


def ensure_reader_indexes(db):
    _create_indexes(db, READER_INDEXES)
    # a place's mentions (the link from its row): in order, and faceted from the index alone
    db.execute("create index if not exists idx_mentions_place_id_id on mentions (place_id, id, entity_type, person_id, term) "
               "where place_id is not null")


def ensure_db_shape(db, full=True):
    """Indexes (readers' ones too), FTS5 (porter) on the searchable tables, the joined tables, statistics.
    A full build makes the joined tables, merges each full-text index into one segment (ranked
    search reads one b-tree per word) and gathers statistics. An incremental build (full=False)
    makes again only the joined rows that changed and keeps the rest: a few changed rows add
    small segments and do not change the query plans statistics guide."""
    ensure_indexes(db)
    ensure_reader_indexes(db)
    for table, columns in FTS.items():
        if not db[table].detect_fts():
            # triggers keep the index right when an incremental build changes rows
            db[table].enable_fts(columns, fts_version="FTS5", tokenize="porter", create_triggers=True)
    if not full:
        remake_changed_joined(db)
        return
    make_joined(db)
    for table in FTS:
        db.execute(f"insert into [{table}_fts]([{table}_fts]) values ('optimize')")
    db.analyze()


# what each joined table is looked up (id, when an incremental build makes rows again), sorted
# (its page's default order) and faceted by
JOINED_INDEXES = {
    "messages_with_names": [["id"], ["sent_at"], ["sender"], ["recipients"]],
    "demands_with_names": [["id"], ["message_sent_at"], ["kind", "message_sent_at", "requester", "addressee"],
                           ["requester"], ["addressee"]],
}
# (list of changed ids, table, its column naming the id): a row of messages_with_names depends on
# its message, its recipients and its demands; a row of demands_with_names on its demand and the
# message that puts it forward (added when the rows are made again). Names of people do not
# change in an incremental build (a new name makes the build a full one).
NOTED = [("changed_messages", "messages", "id"), ("changed_messages", "message_recipients", "message_id"),
         ("changed_messages", "demands", "message_id"), ("changed_demands", "demands", "id")]


def make_joined(db):
    """The joined tables from scratch."""
    for name, sql in JOINED.items():
        db.execute(f"drop view if exists [{name}]")
        db.execute(f"drop table if exists [{name}]")
        db.execute(f"create table [{name}] as {sql.strip()}")
    _create_indexes(db, JOINED_INDEXES)


def note_changes(db):
    """From now on, remember which messages and demands change (temporary triggers, gone with
    the connection), for remake_changed_joined."""
    for changes, table, key in NOTED:
        db.execute(f"create temp table if not exists {changes} (id text primary key)")
        for event, row in (("insert", "new"), ("delete", "old"), ("update", "old"), ("update", "new")):
            db.execute(f"create temp trigger if not exists note_{changes}_{table}_{event}_{row} after {event} "
                       f"on main.[{table}] begin insert or ignore into {changes} values ({row}.[{key}]); end")


def remake_changed_joined(db):
    """The rows of the joined tables that depend on what changed since note_changes."""
    db.execute("insert or ignore into changed_demands select id from demands where message_id in (select id from changed_messages)")
    for name, key, changes in (("messages_with_names", "id", "changed_messages"),
                               ("demands_with_names", "id", "changed_demands")):
        db.execute(f"delete from [{name}] where [{key}] in (select id from {changes})")
        db.execute(f"insert into [{name}] select * from ({JOINED[name].strip()}) where [{key}] in (select id from {changes})")
