"""Parsed documents to rows: names to people and places, dates to ISO, ids from what rows are.

One `Resolver` spans the corpus (people, places and messages are shared across documents);
`resolve_document` turns one parsed document into rows, and `finish` links references."""
import re
from dataclasses import dataclass, field

from .dates import match_datetime, parse_datetime, to_iso
from .errors import BuildWarning
from .resolve_mentions import MentionFinder
from .resolve_people import PeopleRegistry, PlacesRegistry
from .resolve_references import PendingReference, ReferenceLinker, date_slug
from .text import slug


@dataclass
class DocumentRows:
    document: dict
    messages: list = field(default_factory=list)
    recipients: list = field(default_factory=list)
    links: list = field(default_factory=list)
    demands: list = field(default_factory=list)
    mentions: list = field(default_factory=list)


def reference_year(parsed, catalog):
    """The year that year-less dates ("17.7", "of this year") belong to."""
    if catalog.get("date"):
        return int(catalog["date"][:4])
    texts = [parsed.header.date_text, parsed.header.received_text, parsed.header.sent_text] + \
        [m.date_text for m in parsed.messages]
    two_digit = None
    for t in texts:
        found = t and match_datetime(t)
        if found and found[1].year_text:
            if len(found[1].year_text) == 4:
                return found[1].year
            two_digit = two_digit or 1900 + found[1].year
    if two_digit:
        return two_digit
    m = re.search(r"\b(19[4-9]\d)\b", parsed.text)
    return int(m.group(1)) if m else None


class Resolver:
    def __init__(self, authority):
        self.auth = authority
        self.people = PeopleRegistry(authority)
        self.places = PlacesRegistry(authority)
        self.terms_used = {}          # term -> row
        self.warnings = []
        self.doc_ids = {}             # id -> sha256
        self.shas = {}                # sha256 -> source file
        self.linker = ReferenceLinker()
        self.found_terms = {}         # term -> expansion, from brackets in the text

    # -- helpers --------------------------------------------------------------
    def warn(self, source_file, line, code, message):
        self.warnings.append(BuildWarning(source_file, line, code, message))

    def iso(self, text, ref_year, source_file, line, what):
        if not text:
            return None
        iso, problem, _ = parse_datetime(text, ref_year)
        if problem:
            self.warn(source_file, line, "bad-date", f"{what} '{text}': {problem}; kept as text")
            return None
        if ref_year and abs(int(iso[:4]) - ref_year) > 1:
            self.warn(source_file, line, "date-conflict",
                      f"{what} '{text}' is in {iso[:4]}, far from the document's year {ref_year}; kept as printed")
        return iso

    # -- one document ---------------------------------------------------------
    def resolve_document(self, parsed, catalog_key=None):
        """Rows for one parsed document, or None when it duplicates a document already built.

        catalog_key: the file's path relative to the seeds folder, as catalog.yml names it."""
        src = parsed.source_file
        for line, code, message in parsed.problems:
            self.warn(src, line, code, message)
        if parsed.sha256 in self.shas:
            self.warn(src, 1, "duplicate-document", f"same text as {self.shas[parsed.sha256]}; skipped")
            return None
        self.shas[parsed.sha256] = src
        h = parsed.header
        catalog = self.auth.catalog.get(catalog_key or src) or {}
        ref_year = reference_year(parsed, catalog)
        sent_at = self.iso(h.sent_text, ref_year, src, h.lines.get("origin") or h.lines.get("sent_to"), "sent stamp")
        received_at = self.iso(h.received_text, ref_year, src, h.lines.get("origin"), "received stamp")
        if sent_at and received_at and received_at < sent_at:
            self.warn(src, h.lines.get("origin"), "date-conflict",
                      f"received {received_at} before it was sent {sent_at}; kept as printed")

        msg_dates = {}
        for m in parsed.messages:
            msg_dates[m.index] = self.iso(m.date_text, ref_year, src, m.date_line, "message date")
        top_date = msg_dates.get(0)
        header_date = self.iso(h.date_text, ref_year, src, h.lines.get("date"), "header date")
        date = catalog.get("date") or (header_date or received_at or sent_at or top_date or "")[:10] or None
        if not date:
            self.warn(src, 1, "no-date", "no date for the document: not in the catalog, the header or the signature")

        doc_id = self._document_id(date, h, parsed)
        origin_place = self.places.resolve(h.origin.text) if h.origin and _is_place_like(h.origin.text) else None

        rows = DocumentRows(document={
            "id": doc_id, "title": None, "doc_type": h.doc_type, "number": h.number, "issuer": h.issuer,
            "date": date, "origin_text": h.origin.text if h.origin else None, "origin_place_id": origin_place,
            "sent_at": sent_at, "sent_at_text": h.sent_text, "received_at": received_at,
            "received_at_text": h.received_text, "sent_to": h.sent_to_text, "priority": h.priority,
            "classification": h.classification, "series": h.series, "source_file": src,
            "source_sha256": parsed.sha256, "text": parsed.text, "is_excerpt": int(parsed.is_excerpt),
            "archive": catalog.get("archive"), "record_id": catalog.get("record"),
            "source_url": catalog.get("source_url"), "citation": catalog.get("citation"),
            "original_language": catalog.get("original_language"), "language": catalog.get("language"),
            "catalog_title": catalog.get("title"),
        })
        self._resolve_messages(parsed, rows, ref_year, msg_dates, sent_at)
        self._resolve_mentions(parsed, rows)
        rows.document["title"] = catalog.get("title") or self._title(rows, h, date)
        return rows

    def _document_id(self, date, h, parsed):
        base = f"{date or 'undated'}-{slug(h.doc_type or 'document')}"
        doc_id = f"{base}-{slug(h.number)}" if h.number else f"{base}-{parsed.sha256[:8]}"
        if doc_id in self.doc_ids:
            self.warn(parsed.source_file, h.lines.get("doc_type", 1), "duplicate-number",
                      f"another document already has id '{doc_id}' (same date, type and number); this one gets a suffix")
            doc_id = f"{doc_id}-{parsed.sha256[:8]}"
        self.doc_ids[doc_id] = parsed.sha256
        return doc_id

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

    def _person_name(self, pid):
        if pid in self.auth.people:
            return self.auth.people[pid]["name"]
        return self.people.found.get(pid, {}).get("name", pid)

    def _resolve_messages(self, parsed, rows, ref_year, msg_dates, header_sent):
        src = parsed.source_file
        doc_id = rows.document["id"]
        ids = {}
        info = {}
        for m in parsed.messages:
            warn = lambda code, msg, line=m.line_start: self.warn(src, line, code, msg)  # noqa: E731
            sender = self.people.resolve(m.signer, warn) if m.signer else None
            to = [self.people.resolve(r, warn) for r in m.to]
            info[m.index] = {"sender": sender, "to": to, "date": msg_dates.get(m.index),
                             "date_text": m.date_text}
        # enclosed messages that do not say who wrote them: the wrapper's words do
        for m in parsed.messages:
            children = [c for c in parsed.messages if c.parent == m.index]
            if not children:
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
                ref.consumed = True
            if m.transmit_to:
                for child in children:
                    ci = info[child.index]
                    if not ci["to"]:
                        ci["to"] = [self.people.resolve(m.transmit_to)]
                    ci["sender"] = ci["sender"] or info[m.index]["sender"]
        top = info.get(0)
        if top and not top["date"] and header_sent:
            top["date"], top["date_text"] = header_sent, parsed.header.sent_text
        for m in parsed.messages:
            i = info[m.index]
            if not i["sender"]:
                self.warn(src, m.line_start, "no-sender", "no signature or wording says who sent this message")
            mid = f"{doc_id}--{slug(i['sender'] or 'unknown')}-{date_slug(i['date'])}"
            if mid in ids.values() and i["to"]:
                mid += f"-to-{i['to'][0]}"
            if mid in ids.values():
                mid += f"-l{m.line_start}"
            ids[m.index] = mid
            sender_name = self._person_name(i["sender"]) if i["sender"] else None
            to_name = ", ".join(self._person_name(p) for p in i["to"]) or None
            rows.messages.append({
                "id": mid, "document_id": doc_id,
                "parent_id": ids.get(m.parent) if m.parent is not None else None,
                "seq": m.index + 1, "sender_id": i["sender"], "sent_at": i["date"],
                "sent_at_text": i["date_text"], "number": m.number,
                "salutation": m.salutation.text if m.salutation else None,
                "body": m.body, "signature": m.signature,
                "line_start": m.line_start, "line_end": m.line_end, "in_corpus": 1,
                "label": _message_label(sender_name, to_name, i["date"]),
                "_sender_name": sender_name, "_to_name": to_name,
            })
            seen = set()

            def add(pid, role, copies=1):
                if pid and (pid, role) not in seen:
                    seen.add((pid, role))
                    rows.recipients.append({"message_id": mid, "person_id": pid, "role": role, "copies": copies})

            for pid in i["to"]:
                add(pid, "to")
            for r in m.copy_to:
                add(self.people.resolve(r), "copy")
            dist = list(m.distribution) + (list(parsed.header.copies) if m.index == 0 else [])
            for r in dist:
                add(self.people.resolve(r), "distribution", r.copies)
            if m.parent is not None:
                rows.links.append({"from_message_id": ids[m.parent], "to_message_id": mid, "relation": "encloses"})
            if m.to_place:
                self.places.resolve(m.to_place.text)
            self._resolve_demands(m, mid, i, rows, src)
            self._pend_references(m, mid, i, ref_year, src, doc_id)
        self.linker.note_document(doc_id, len(parsed.messages))
        for m in parsed.messages:
            i = info[m.index]
            self.linker.add_held(ids[m.index], doc_id, i["sender"], i["to"], i["date"],
                                 parent=ids.get(m.parent) if m.parent is not None else None)
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

    def _pend_references(self, m, mid, i, ref_year, src, doc_id):
        for ref in m.references:
            if getattr(ref, "consumed", False):
                continue
            sender, recipient = self._reference_parties(ref, i, src)
            date = self.iso(ref.date_text, ref_year, src, ref.line, "reference date") if ref.date_text else None
            self.linker.add_reference(PendingReference(
                from_message_id=mid, document_id=doc_id, sender_id=sender, recipient_id=recipient,
                sent_at=date, sent_at_text=ref.date_text, number=ref.number, line=ref.line,
                relation="replies_to" if ref.whose == "your" else "refers_to", genre=ref.genre,
                text=ref.text, source_file=src))

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
        for ref in parsed.titled_names:
            self.people.resolve(ref)
        terms = {}
        for t in self.auth.terms:
            terms[t] = t
        for term, exp in parsed.term_expansions:
            if self.people.lookup(exp.text) or self.people.lookup(term.text) or self.places.lookup(exp.text):
                continue
            terms[term.text] = term.text
            if term.text not in self.terms_used and term.text not in self.auth.terms:
                self.found_terms[term.text] = exp.text
            elif term.text in self.auth.terms and self.auth.terms[term.text]["expansion"].casefold() != exp.text.casefold():
                self.warn(src, term.line, "term-expansion",
                          f"{term.text} is explained as '{exp.text}' here but as '{self.auth.terms[term.text]['expansion']}' in terms.yml")
        names = {f: ("place", p) for f, p in self.places.forms().items()}
        names.update({f: ("person", p) for f, p in self.people.forms().items()})
        finder = MentionFinder(names, terms)
        owner = rows.message_index
        for lineno, line in enumerate(parsed.lines, start=1):
            for etype, eid, s, e in finder.find(line):
                if etype == "person":
                    self.people.used.add(eid)
                elif etype == "place":
                    self.places.resolve(line[s:e], create=False) if self.places.lookup(line[s:e]) else self.places.used.add(eid)
                else:
                    self._use_term(eid)
                rows.mentions.append({
                    "id": f"{rows.document['id']}--{lineno}-{s}", "entity_type": etype, "entity_id": eid,
                    "document_id": rows.document["id"], "message_id": owner.get(lineno, owner.get(0)),
                    "line_start": lineno, "char_start": s, "char_end": e, "surface": line[s:e],
                })

    def _use_term(self, term):
        if term in self.terms_used:
            return
        if term in self.auth.terms:
            e = self.auth.terms[term]
            self.terms_used[term] = {"term": term, "expansion": e["expansion"], "description": e["description"], "curated": 1}
        else:
            self.terms_used[term] = {"term": term, "expansion": self.found_terms.get(term), "description": None, "curated": 0}

    # -- the corpus -----------------------------------------------------------
    def finish(self):
        """Links and stubs for every reference, once all documents are known."""
        stubs, recipients, links = self.linker.resolve(self._person_name)
        for s in stubs:
            if s["sender_id"]:
                self.people.used.add(s["sender_id"])
        for r in recipients:
            self.people.used.add(r["person_id"])
        people, aliases = self.people.rows()
        return {
            "stubs": stubs, "stub_recipients": recipients, "links": links,
            "people": people, "person_aliases": aliases, "places": self.places.rows(),
            "terms": [self.terms_used[t] for t in sorted(self.terms_used)],
        }


def _message_label(sender, to, date):
    label = f"{sender or 'Unknown sender'} to {to or 'unknown recipient'}"
    return f"{label}, {date}" if date else label


def _is_place_like(text):
    return bool(re.match(r"^[A-Z][\w\-' ]+$", text)) and not re.search(r"\d", text)


def _line_owner(parsed, ids):
    """line number -> the innermost message id that holds it (0 -> the top-level message)."""
    owner = {0: ids.get(0)}
    for m in parsed.messages:
        for lineno, _, _ in m.own_lines:
            owner[lineno] = ids[m.index]
    return owner
