"""References between messages, linked once every document is loaded: to the held message
when the corpus has it, else to a stub, a message known only from a reference (in_corpus = 0).
The same referenced telegram gets one stub however many messages refer to it, and never a
stub beside its original. Works through the database, so memory stays flat at any size."""
from .resolve_references import date_slug
from .text import slug

RECIPIENT_OK = """
  and (:recipient is null
       or not exists (select 1 from message_recipients r where r.message_id = m.id and r.role = 'to')
       or exists (select 1 from message_recipients r where r.message_id = m.id and r.role = 'to'
                  and r.person_id = :recipient))"""
# A dated reference matches a message dated as precisely or more precisely within it
# ("16 July" finds 1952-07-16T21:00), or less precisely around it: index ranges only.
MATCH_DATED = """
select m.id, m.parent_id from messages m
where m.sender_id = :sender and m.in_corpus = 1 and m.id != :from_id
  and ((m.sent_at >= :sent_at and m.sent_at < :sent_at || '~')
       or m.sent_at in (substr(:sent_at, 1, 4), substr(:sent_at, 1, 7), substr(:sent_at, 1, 10)))""" + RECIPIENT_OK + """
order by m.document_id != :document_id, m.id
limit 1"""
# An undated one only within its own document, and only with a known recipient.
MATCH_UNDATED = """
select m.id, m.parent_id from messages m
where m.document_id = :document_id and m.sender_id = :sender and m.in_corpus = 1 and m.id != :from_id
  and :recipient is not null""" + RECIPIENT_OK + """
order by m.id
limit 1"""


def link_references(db, references, person_name):
    """Insert message_links for every reference, and the stubs they need. Returns the stub count."""
    conn = db.conn
    conn.execute("create temp table if not exists stub_keys (key text primary key, id text)")
    conn.execute("delete from stub_keys")
    stubs = 0
    for ref in references:
        params = {"sender": ref["sender_id"], "from_id": ref["from_message_id"], "sent_at": ref["sent_at"],
                  "recipient": ref["recipient_id"], "document_id": ref["document_id"]}
        target = None
        if ref["sender_id"]:
            row = conn.execute(MATCH_DATED if ref["sent_at"] else MATCH_UNDATED, params).fetchone()
            if row:
                if row[1] == ref["from_message_id"]:
                    continue   # the referring message encloses it: linked as `encloses` already
                target = row[0]
        if target is None:
            if ref["sent_at"] or ref["number"]:
                key = "|".join(str(x) for x in (ref["sender_id"], ref["recipient_id"], ref["sent_at"], ref["number"]))
            else:
                key = "|".join(str(x) for x in (ref["sender_id"], ref["recipient_id"], ref["document_id"], ref["text"].lower()))
            row = conn.execute("select id from stub_keys where key = ?", [key]).fetchone()
            if row:
                target = row[0]
            else:
                target = _insert_stub(conn, ref, person_name)
                conn.execute("insert into stub_keys values (?, ?)", [key, target])
                stubs += 1
        conn.execute("insert or ignore into message_links (from_message_id, to_message_id, relation) values (?, ?, ?)",
                     [ref["from_message_id"], target, ref["relation"]])
    return stubs


def _insert_stub(conn, ref, person_name):
    base = f"{ref['document_id']}--{slug(ref['sender_id'] or 'unknown')}-{date_slug(ref['sent_at'])}"
    if not ref["sent_at"] and ref["recipient_id"]:
        base += f"-to-{ref['recipient_id']}"
    sid, n = base, 1
    while conn.execute("select 1 from messages where id = ?", [sid]).fetchone():
        n += 1
        sid = f"{base}-ref" if n == 2 else f"{base}-ref{n - 1}"
    seq = conn.execute("select coalesce(max(seq), 0) + 1 from messages where document_id = ?", [ref["document_id"]]).fetchone()[0]
    sender = person_name(ref["sender_id"]) if ref["sender_id"] else None
    to = person_name(ref["recipient_id"]) if ref["recipient_id"] else None
    label = f"{sender or 'Unknown sender'} to {to or 'unknown recipient'}"
    label = f"{label}, {ref['sent_at']}" if ref["sent_at"] else label
    conn.execute(
        "insert into messages (id, document_id, parent_id, seq, label, sender_id, sent_at, sent_at_text, number, "
        "line_start, line_end, in_corpus, reference_text) values (?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
        [sid, ref["document_id"], seq, label + " (known only from a reference)", ref["sender_id"], ref["sent_at"],
         ref["sent_at_text"], ref["number"], ref["line"], ref["line"], ref["text"]])
    if ref["recipient_id"]:
        conn.execute("insert into message_recipients (message_id, person_id, role, copies) values (?, ?, 'to', 1)",
                     [sid, ref["recipient_id"]])
    return sid
