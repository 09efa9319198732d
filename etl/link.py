"""References between messages, linked once every document is loaded: to the held message
when the corpus has it, else to a stub, a message known only from a reference (in_corpus = 0).
The same referenced telegram gets one stub however many messages refer to it, and never a
stub beside its original. Works through the database, so memory stays flat at any size."""
from .resolve_references import date_slug, message_label
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


def reference_key(ref):
    """What identifies the referenced telegram: one stub per key, however many refer to it."""
    sender = ref["sender_id"] or ref.get("sender_office")
    if ref["sent_at"] or ref["number"]:
        parts = (sender, ref["recipient_id"], ref["sent_at"], ref["number"])
    else:
        parts = (sender, ref["recipient_id"], ref["document_id"], ref["text"].lower())
    return "|".join(str(x) for x in parts)


def stub_base(ref):
    """The id a stub for this reference would take (before any suffix against collisions)."""
    base = f"{ref['document_id']}--{slug(ref['sender_id'] or ref.get('sender_office') or 'unknown')}-{date_slug(ref['sent_at'])}"
    if not ref["sent_at"] and ref["recipient_id"]:
        base += f"-to-{ref['recipient_id']}"
    return base


def link_references(db, cache, person_name, patch=False):
    """message_links for the references, and the stubs they need.

    A full build links every reference. A patch (incremental) build links again only the
    references whose result can have changed (cache.affected_keys), in the same order a full
    build uses, so the result is the same."""
    conn = db.conn
    if patch:
        keys = cache.affected_keys()
        for stub_id in cache.stubs_for(keys):
            conn.execute("delete from message_recipients where message_id = ?", [stub_id])
            conn.execute("delete from message_links where to_message_id = ?", [stub_id])
            conn.execute("delete from messages where id = ? and in_corpus = 0", [stub_id])
        for ref in cache.iter_refs(affected=True):
            if ref["target"]:
                conn.execute("delete from message_links where from_message_id = ? and to_message_id = ? and relation = ?",
                             [ref["from_message_id"], ref["target"], ref["relation"]])
        cache.forget_stubs(keys)
        refs = cache.iter_refs(affected=True)
    else:
        cache.forget_stubs(None)
        refs = cache.iter_refs()
    touched = set()
    for ref in refs:
        target = _link_one(conn, cache, ref, person_name)
        cache.set_target(ref["rowid"], target)
        if patch:
            touched.add(ref["from_message_id"])
    cache.save_targets()
    if patch:   # links that an unaffected reference of the same message also makes
        for ref in cache.iter_refs(from_messages=touched):
            if ref["target"]:
                conn.execute("insert or ignore into message_links (from_message_id, to_message_id, relation) values (?, ?, ?)",
                             [ref["from_message_id"], ref["target"], ref["relation"]])
    _number_stubs(conn, cache.affected_documents() if patch else None)


def _link_one(conn, cache, ref, person_name):
    params = {"sender": ref["sender_id"], "from_id": ref["from_message_id"], "sent_at": ref["sent_at"],
              "recipient": ref["recipient_id"], "document_id": ref["document_id"]}
    target = None
    if ref["sender_id"]:
        row = conn.execute(MATCH_DATED if ref["sent_at"] else MATCH_UNDATED, params).fetchone()
        if row:
            if row[1] == ref["from_message_id"]:
                return None   # the referring message encloses it: linked as `encloses` already
            target = row[0]
    if target is None:
        target = cache.stub_for(ref["key"])
        if target is None:
            target = _insert_stub(conn, ref, person_name)
            cache.set_stub(ref["key"], target)
    conn.execute("insert or ignore into message_links (from_message_id, to_message_id, relation) values (?, ?, ?)",
                 [ref["from_message_id"], target, ref["relation"]])
    return target


def _number_stubs(conn, documents=None):
    """Stubs follow the document's own messages, in the order of the lines that refer to them.
    documents: only these (the ones whose stubs may have changed), else all."""
    where = ""
    if documents is not None:
        conn.execute("create temp table if not exists renumber (id text primary key)")
        conn.execute("delete from renumber")
        conn.executemany("insert or ignore into renumber values (?)", [[d] for d in documents])
        where = " and s.document_id in (select id from renumber)"
    rows = conn.execute(f"""
        select s.id, s.seq, s.document_id,
               (select max(h.seq) from messages h where h.document_id = s.document_id and h.in_corpus = 1) as last
        from messages s where s.in_corpus = 0{where} order by s.document_id, s.line_start, s.id""").fetchall()
    updates, doc, n = [], None, 0
    for stub_id, seq, document_id, last in rows:
        n = n + 1 if document_id == doc else 1
        doc = document_id
        if seq != last + n:
            updates.append((last + n, stub_id))
    conn.executemany("update messages set seq = ? where id = ?", updates)


def _insert_stub(conn, ref, person_name):
    base = stub_base(ref)
    sid, n = base, 1
    while conn.execute("select 1 from messages where id = ?", [sid]).fetchone():
        n += 1
        sid = f"{base}-ref" if n == 2 else f"{base}-ref{n - 1}"
    sender = person_name(ref["sender_id"]) if ref["sender_id"] else ref.get("sender_office")
    to = person_name(ref["recipient_id"]) if ref["recipient_id"] else ref.get("recipient_office")
    label = message_label(sender, to, ref["sent_at"])
    conn.execute(
        "insert into messages (id, document_id, parent_id, seq, label, sender_id, sent_at, sent_at_text, number, "
        "line_start, line_end, in_corpus, reference_text, sender_office) "
        "values (?, ?, null, 0, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
        [sid, ref["document_id"], label + " (known only from a reference)", ref["sender_id"], ref["sent_at"],
         ref["sent_at_text"], ref["number"], ref["line"], ref["line"], ref["text"],
         None if ref["sender_id"] else ref.get("sender_office")])
    if ref["recipient_id"]:
        conn.execute("insert into message_recipients (message_id, person_id, role, copies) values (?, ?, 'to', 1)",
                     [sid, ref["recipient_id"]])
    return sid
