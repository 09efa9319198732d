"""Parsed documents to rows: names to people and places, dates to ISO, ids from what rows are.

A `Resolver` turns one parsed document into rows, with the corpus-wide registries already
complete (see registry.py), so a document's rows do not depend on the order files are read."""
from dataclasses import dataclass, field

from .authority import name_key
from .dates import parse_in_document
from .errors import BuildWarning
from .facts import document_date, names_someone, reference_year, written_order
from .genre import post_city
from .parse_signature import is_position
from .resolve_references import PendingReference, date_slug, message_label
from .text import slug


@dataclass
class DocumentRows:
    document: dict
    messages: list = field(default_factory=list)
    recipients: list = field(default_factory=list)
    links: list = field(default_factory=list)
    demands: list = field(default_factory=list)
    mentions: list = field(default_factory=list)
    references: list = field(default_factory=list)   # PendingReference, linked once all are loaded
    warnings: list = field(default_factory=list)


class Resolver:
    def __init__(self, authority, registry):
        self.auth = authority
        self.registry = registry
        self.people = registry.people
        self.places = registry.places
        self._warnings = None
        self._order = None

    # -- helpers --------------------------------------------------------------
    def warn(self, source_file, line, code, message):
        self._warnings.append(BuildWarning(source_file, line, code, message))

    def iso(self, text, ref_year, source_file, line, what):
        if not text:
            return None
        iso, problem, parts = parse_in_document(text, ref_year, self._order)
        if problem:
            self.warn(source_file, line, "bad-date", f"{what} '{text}': {problem}; kept as text")
            return None
        if parts.ambiguous:
            self.warn(source_file, line, "ambiguous-date",
                      f"{what} '{text}' read day first as {iso[:10]}; it could be month first")
        if ref_year and abs(int(iso[:4]) - ref_year) > 1:
            self.warn(source_file, line, "date-conflict",
                      f"{what} '{text}' is in {iso[:4]}, far from the document's year {ref_year}; kept as printed")
        return iso

    # -- one document ---------------------------------------------------------
    def resolve_document(self, parsed, doc_id, catalog):
        """Rows for one parsed document under the id the build assigned it."""
        src = parsed.source_file
        warnings = self._warnings = [BuildWarning(src, line, code, message) for line, code, message in parsed.problems]
        # `09/30/50` settles `10/01/50` in the same document; stamps days apart settle their own reading
        self._order = written_order(parsed)
        h = parsed.header
        ref_year = reference_year(parsed, catalog)
        sent_at = self.iso(h.sent_text, ref_year, src, h.lines.get("sent"), "sent stamp")
        received_at = self.iso(h.received_text, ref_year, src, h.lines.get("received"), "received stamp")
        if sent_at and received_at and received_at < sent_at:
            self.warn(src, h.lines.get("received"), "date-conflict",
                      f"received {received_at} before it was sent {sent_at}; kept as printed")
        msg_dates = {m.index: self.iso(m.date_text, ref_year, src, m.date_line, "message date") for m in parsed.messages}
        header_date = self.iso(h.date_text, ref_year, src, h.lines.get("date"), "header date")
        date = document_date(parsed, catalog, ref_year, self._order)   # the same date the document's id was made from
        if not date:
            self.warn(src, 1, "no-date", "no date for the document: not in the catalog, the header or the signature")
        origin = h.origin
        if origin is None and h.title and h.title.sender and self.places.lookup(h.title.sender.surface.text):
            origin = h.title.sender.surface        # `Telegram from Pyongyang to Bucharest`: a place sent it
        origin_place = self.places.lookup(post_city(origin.text)) if origin else None

        rows = DocumentRows(document={
            "id": doc_id, "title": None, "doc_type": h.doc_type, "number": h.number, "issuer": h.issuer,
            "date": date, "origin_text": origin.text if origin else None, "origin_place_id": origin_place,
            "sent_at": sent_at, "sent_at_text": h.sent_text, "received_at": received_at,
            "received_at_text": h.received_text, "sent_to": h.sent_to_text, "priority": h.priority,
            "classification": h.classification, "series": h.series, "source_file": src,
            "source_sha256": parsed.sha256, "text": parsed.text, "is_excerpt": int(parsed.is_excerpt),
            "archive": catalog.get("archive"), "record_id": catalog.get("record"),
            "source_url": catalog.get("source_url"), "citation": catalog.get("citation"),
            "original_language": catalog.get("original_language"), "language": catalog.get("language"),
            "catalog_title": catalog.get("title"), "subject": h.subject,
        }, warnings=warnings)
        self._resolve_messages(parsed, rows, ref_year, msg_dates, sent_at, header_date)
        self._resolve_mentions(parsed, rows)
        rows.document["title"] = catalog.get("title") or self._title(rows, h, date)
        for m in rows.messages:
            m.pop("_sender_name", None)
            m.pop("_to_name", None)
        return rows

    def _title(self, rows, h, date):
        top = rows.messages[0] if rows.messages else {}
        kind = (h.doc_type or "document").capitalize()
        title = f"{kind} No. {h.number}" if h.number else kind
        sender = top.get("_sender_name")
        to = top.get("_to_name")
        if sender and to:
            title += f", {sender} to {to}"
        elif sender:
            title += f" from {sender}"
        if date:
            title += f", {date}"
        return title

    def _person(self, ref, parsed, warn):
        """A person id for a name; a name the archive's catalogue title gives (`Telegram from
        Pyongyang to Bucharest`, `Shtykov to Vyshinskyy`) only when it is someone already known or
        is printed in full (facts.names_someone)."""
        if names_someone(ref, parsed.header.title):
            return self.people.resolve(ref, warn)
        return (self.people.lookup(ref.bracket.text) if ref.bracket else None) or self.people.lookup(ref.surface.text)

    def _person_name(self, pid):
        return self.registry.person_name(pid)

    def _resolve_messages(self, parsed, rows, ref_year, msg_dates, header_sent, header_date=None):
        src = parsed.source_file
        doc_id = rows.document["id"]
        ids = {}
        info = {}
        for m in parsed.messages:
            warn = lambda code, msg, line=m.line_start: self.warn(src, line, code, msg)  # noqa: E731
            sender = self._person(m.signer, parsed, warn) if m.signer else None
            to = _people(self._person(r, parsed, warn) for r in m.to)
            if m.index == 0 and not to and not m.to_office and parsed.header.sent_to_text:
                # `To: Krajewski`: a field that names a person of the authority, not a place; with a
                # line under it that was read on (`KRAJEWSKI, Politburo`), the parts that do
                keys = self.people.auth.person_keys
                to = _people(keys.get(name_key(part)) for part in parsed.header.sent_to_text.split(","))
            info[m.index] = {"sender": sender, "to": to, "date": msg_dates.get(m.index),
                             "date_text": m.date_text}
        # enclosed messages that do not say who wrote them: the wrapper's words do
        for m in parsed.messages:
            children = [c for c in parsed.messages if c.parent == m.index]
            if not children:
                if m.transmit_to and not info[m.index]["to"]:
                    # `Transmit to Zhou Enlai:` and the message's own text: for Zhou Enlai
                    info[m.index]["to"] = _people([self.people.resolve(m.transmit_to)])
                continue
            encl = [r for r in m.references if r.is_enclosure] or [
                r for r in m.references
                if r.whose != "your" and r.line < children[0].line_start and (r.sender or r.recipient)]
            for child, ref in zip(children, encl):
                ci, pi = info[child.index], info[m.index]
                r_sender, r_to = self._reference_parties(ref, pi, src)
                ci["sender"] = ci["sender"] or r_sender
                if not ci["to"] and r_to:
                    ci["to"] = [r_to]
                if not ci["date"] and ref.date_text:
                    ci["date"] = self.iso(ref.date_text, ref_year, src, ref.line, "reference date")
                    ci["date_text"] = ref.date_text
                # `telegram No. 5653 from the British Foreign Office ...:` its number, and the office that sent it
                child.number = child.number or ref.number
                if not ci["sender"] and not child.sender_office:
                    child.sender_office = ref.sender_office
                if not ci["to"] and not child.to_office:
                    child.to_office = ref.recipient_office
                ref.consumed = True
            if m.transmit_to:
                for child in children:
                    ci = info[child.index]
                    if not ci["to"]:
                        ci["to"] = _people([self.people.resolve(m.transmit_to)])
                    ci["sender"] = ci["sender"] or info[m.index]["sender"]
            if m.transmit_from:   # `X asked me to transmit the following`: X wrote it, to my addressee
                for child in children:
                    ci = info[child.index]
                    ci["sender"] = ci["sender"] or self.people.resolve(m.transmit_from)
                    if not ci["to"] and info[m.index]["to"]:
                        ci["to"] = list(info[m.index]["to"][:1])
            if m.quoted_from:     # `X replied ... as follows:`: X wrote or said it
                for child in children:
                    info[child.index]["sender"] = info[child.index]["sender"] or self.people.resolve(m.quoted_from)
            # the wrapper names the message it encloses again (`the directive of Comrade Filippov`,
            # after the quotation): that is the enclosed message, not another one known only by name
            senders = {info[c.index]["sender"] for c in children} - {None}
            for ref in m.references:
                if not getattr(ref, "consumed", False) and ref.whose == "other" and ref.sender \
                        and not (ref.date_text or ref.number or ref.recipient) \
                        and self.people.resolve(ref.sender) in senders:
                    ref.consumed = True
        for m in parsed.messages:      # a minute goes to the writer of the message it answers
            if m.answers is not None and not info[m.index]["to"]:
                if info[m.answers]["sender"]:
                    info[m.index]["to"] = [info[m.answers]["sender"]]
                else:
                    m.to_office = m.to_office or parsed.messages[m.answers].sender_office
        top = info.get(0)
        if top and not top["date"] and header_sent:
            top["date"], top["date_text"] = header_sent, parsed.header.sent_text
        h = parsed.header
        printed = "date" in h.lines or "file_date" not in h.lines     # not only the date it was filed
        if top and not top["date"] and header_date and printed:   # `Moscow, 18 July 1952` above a letter
            top["date"], top["date_text"] = header_date, parsed.header.date_text
        for m in parsed.messages:
            i = info[m.index]
            if not i["sender"] and not m.sender_office:
                self.warn(src, m.line_start, "no-sender", "no signature or wording says who sent this message")
            mid = f"{doc_id}--{slug(i['sender'] or m.sender_office or 'unknown')}-{date_slug(i['date'])}"
            if mid in ids.values() and i["to"]:
                mid += f"-to-{i['to'][0]}"
            if mid in ids.values():
                mid += f"-l{m.line_start}"
            ids[m.index] = mid
            sender_name = self._person_name(i["sender"]) if i["sender"] else m.sender_office
            to_name = _to_name([self._person_name(p) for p in i["to"]], m.to_office)
            rows.messages.append({
                "id": mid, "document_id": doc_id,
                "parent_id": ids.get(m.parent) if m.parent is not None else None,
                "seq": m.index + 1, "sender_id": i["sender"], "sent_at": i["date"],
                "sent_at_text": i["date_text"], "number": m.number,
                "salutation": m.salutation.text if m.salutation else None,
                "body": m.body, "signature": m.signature, "sender_office": m.sender_office,
                "line_start": m.line_start, "line_end": m.line_end, "in_corpus": 1,
                "label": message_label(sender_name, to_name, i["date"]),
                "_sender_name": sender_name, "_to_name": to_name,
            })
            seen = {}

            def add(pid, role, copies=1):
                if pid and (pid, role) not in seen:
                    seen[pid, role] = row = {"message_id": mid, "person_id": pid, "role": role, "copies": copies}
                    rows.recipients.append(row)
                elif pid and role == "distribution":
                    seen[pid, role]["copies"] += copies     # `Copy Nº 1 to Cde. Stalin`, `Copy Nº 2 to Cde. Stalin`

            for pid in i["to"]:
                add(pid, "to")
            for r in m.via:
                add(self.people.resolve(r), "via")
            for r in m.copy_to:
                add(self.people.resolve(r), "copy")
            dist = list(m.distribution) + (list(parsed.header.copies) if m.index == 0 else [])
            for r in dist:
                add(self.people.resolve(r), "distribution", r.copies)
            if m.parent is not None:
                rows.links.append({"from_message_id": ids[m.parent], "to_message_id": mid, "relation": "encloses"})
            if m.answers is not None:     # a minute under the message it answers
                rows.links.append({"from_message_id": mid, "to_message_id": ids[m.answers], "relation": "replies_to"})
            self._resolve_demands(m, mid, i, rows, src)
            self._pend_references(m, mid, i, ref_year, src, doc_id, rows)
        rows.message_index = _line_owner(parsed, ids)

    def _reference_parties(self, ref, current, src):
        """(sender, recipient) person ids of a referenced message, seen from the referring one."""
        me, addressee = current["sender"], (current["to"][0] if current["to"] else None)
        sender = self.people.resolve(ref.sender) if ref.sender else None
        recipient = self.people.resolve(ref.recipient) if ref.recipient else None
        if ref.whose == "your":
            sender = sender or addressee
            recipient = recipient or me
        elif ref.whose == "my":
            sender = sender or me
        if ref.recipient_is_self:
            recipient = recipient or me
        if ref.recipient_is_addressee:
            recipient = recipient or addressee
        return sender, recipient

    def _pend_references(self, m, mid, i, ref_year, src, doc_id, rows):
        refs = [r for r in m.references if not getattr(r, "consumed", False)]
        parties = [self._reference_parties(ref, i, src) for ref in refs]
        # `Embassy's 7216, September 4, 1944` ... `our 7216`: one telegram, named twice, dated once
        dates, dated = [], {}
        for ref, (sender, _) in zip(refs, parties):
            date = self.iso(ref.date_text, ref_year, src, ref.line, "reference date") if ref.date_text else None
            dates.append((date, ref.date_text))
            if ref.number and ref.date_text:
                dated.setdefault((sender, ref.number), (date, ref.date_text))
        numbered = {(ref.line, sender) for ref, (sender, _) in zip(refs, parties) if ref.number}
        for ref, (sender, recipient), (date, date_text) in zip(refs, parties, dates):
            if not ref.identified() and ref.genre in ("telegram", "message", "cable") and (ref.line, sender) in numbered:
                continue        # `Your message contained in Deptel 533`: the numbered one on its line is it
            if ref.number and not date_text and (sender, ref.number) in dated:
                date, date_text = dated[sender, ref.number]
            office = ref.sender_office
            if sender is None and not ref.sender and not office:      # the office at the other end, or this one, when no person is
                office = m.to_office if ref.whose == "your" else m.sender_office if ref.whose == "my" else None
            rows.references.append(PendingReference(
                from_message_id=mid, document_id=doc_id, sender_id=sender, recipient_id=recipient,
                sent_at=date, sent_at_text=date_text, number=ref.number, line=ref.line,
                relation="replies_to" if ref.whose == "your" else "refers_to", genre=ref.genre,
                text=ref.text, source_file=src, sender_office=office,
                recipient_office=ref.recipient_office if recipient is None else None))

    def _resolve_demands(self, m, mid, i, rows, src):
        by_path = {}
        used_ids = set()
        addressee = i["to"][0] if i["to"] else None
        for seq, d in enumerate(m.demands, start=1):
            if d.path:
                did = f"{mid}--{d.path.replace('.', '-')}"
            else:
                did = f"{mid}--{slug(' '.join(d.text.split()[:8]))}"
            if did in used_ids:
                self.warn(src, d.line_start, "duplicate-label", f"point '{d.path or d.text[:30]}' appears twice in one message")
                did += f"-l{d.line_start}"
            used_ids.add(did)
            if d.path:
                by_path[d.path] = did
            rows.demands.append({
                "id": did, "message_id": mid, "kind": d.kind, "requester_id": i["sender"],
                "addressee_id": addressee, "label": d.label, "path": d.path,
                "parent_id": by_path.get(d.parent_path) if d.parent_path else None,
                "seq": seq, "text": d.text, "line_start": d.line_start, "line_end": d.line_end,
            })

    def _resolve_mentions(self, parsed, rows):
        src = parsed.source_file
        for term, exp in parsed.term_expansions:
            known = self.auth.terms.get(term.text)
            if known and known["expansion"].casefold() != exp.text.casefold():
                self.warn(src, term.line, "term-expansion",
                          f"{term.text} is explained as '{exp.text}' here but as '{known['expansion']}' in terms.yml")
        owner = rows.message_index
        doc_id = rows.document["id"]
        for lineno, found in sorted(self.registry.finder.find_in_lines(parsed.lines).items()):
            line = parsed.lines[lineno - 1]
            for etype, eid, s, e in found:
                rows.mentions.append({
                    "id": f"{doc_id}--{lineno}-{s}", "entity_type": etype, "entity_id": eid,
                    "document_id": doc_id, "message_id": owner.get(lineno, owner.get(0)),
                    "line_start": lineno, "char_start": s, "char_end": e, "surface": line[s:e],
                })


def _to_name(people, office):
    """Whom a message went to, for its label: the people, and the office unless it is the post one
    of them held (`the Ambassador in the Soviet Union (Steinhardt)` is Steinhardt)."""
    if office and people and is_position(office):
        office = None
    return " and ".join(x for x in (office, ", ".join(people)) if x)


def _line_owner(parsed, ids):
    """line number -> the innermost message id that holds it (0 -> the top-level message)."""
    owner = {0: ids.get(0)}
    for m in parsed.messages:
        for lineno, _, _ in m.own_lines:
            owner[lineno] = ids[m.index]
    return owner


def _people(pids):
    """The person ids resolved, without the names that are no one (`MOSCOW` among `to MOSCOW, to
    Cdes. STALIN, ...`: a place the authority knows)."""
    return [pid for pid in pids if pid]
