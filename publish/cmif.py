"""The correspondence in CMIF 1.1 (TEI correspDesc): one correspDesc per message held, with
its sent and received actions, people linked to Wikidata where known, places and ISO dates."""
from datetime import date

from lxml import etree

TEI = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _el(parent, tag, text=None, **attrs):
    e = etree.SubElement(parent, f"{{{TEI}}}{tag}", {k: v for k, v in attrs.items() if v is not None})
    if text is not None:
        e.text = text
    return e


def _person(parent, conn, person_id):
    row = conn.execute("select name, wikidata from people where id = ?", [person_id]).fetchone()
    if row:
        _el(parent, "persName", row[0], ref=f"http://www.wikidata.org/entity/{row[1]}" if row[1] else None)


def write_cmif(conn, path, metadata):
    root = etree.Element(f"{{{TEI}}}TEI", nsmap={None: TEI})
    header = _el(root, "teiHeader")
    file_desc = _el(header, "fileDesc")
    title_stmt = _el(file_desc, "titleStmt")
    _el(title_stmt, "title", f"{metadata.get('title', 'Cold War Telegrams')}: correspondence metadata")
    editor = _el(title_stmt, "editor", "Cold War Telegrams project")
    _el(editor, "email", "telegrams@example.org")
    pub = _el(file_desc, "publicationStmt")
    publisher = _el(pub, "publisher")
    _el(publisher, "ref", "Cold War Telegrams", target=metadata.get("source_url"))
    _el(pub, "idno", "cmif.xml", type="url")
    _el(pub, "date", when=date.today().isoformat())
    avail = _el(pub, "availability")
    _el(avail, "licence", "CC-BY 4.0", target="https://creativecommons.org/licenses/by/4.0/")
    source_desc = _el(file_desc, "sourceDesc")
    docs = conn.execute("select id, title, source_url, citation from documents order by date, id").fetchall()
    for doc_id, title, url, citation in docs:
        bibl = _el(source_desc, "bibl", type="online")
        bibl.set(XML_ID, "d-" + doc_id)
        bibl.text = f"{title}. {citation or ''}".strip() + " "
        if url:
            _el(bibl, "ref", url, target=url)
    profile = _el(header, "profileDesc")
    messages = conn.execute("""
        select m.id, m.document_id, m.sender_id, m.sent_at, m.parent_id, d.origin_place_id, d.source_url, d.received_at
        from messages m join documents d on d.id = m.document_id
        where m.in_corpus = 1 order by m.sent_at, m.id""").fetchall()
    for mid, doc_id, sender, sent_at, parent, origin, url, received_at in messages:
        recipients = [r[0] for r in conn.execute(
            "select person_id from message_recipients where message_id = ? and role in ('to', 'copy') order by role desc, person_id", [mid])]
        sent_parts = bool(sender) or bool(sent_at) or (parent is None and origin)
        if not sent_parts and not recipients:
            continue
        desc = _el(profile, "correspDesc", ref=url, source=f"#d-{doc_id}", key=mid)
        if sent_parts:
            sent = _el(desc, "correspAction", type="sent")
            if sender:
                _person(sent, conn, sender)
            if parent is None and origin:
                place = conn.execute("select name from places where id = ?", [origin]).fetchone()
                if place:
                    _el(sent, "placeName", place[0])
            if sent_at:
                _el(sent, "date", when=sent_at[:10])
        if recipients:
            received = _el(desc, "correspAction", type="received")
            for pid in recipients:
                _person(received, conn, pid)
            if parent is None and received_at:
                _el(received, "date", when=received_at[:10])
    text = _el(root, "text")
    body = _el(text, "body")
    _el(body, "p")
    etree.ElementTree(root).write(str(path), xml_declaration=True, encoding="UTF-8", pretty_print=True)
