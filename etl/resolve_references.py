"""References between messages: to a held message when the corpus has it, else to a stub.

A stub is a message known only from a reference (in_corpus = 0). The same referenced
telegram gets one stub however many messages refer to it, and never a stub beside its
original."""
from dataclasses import dataclass

from .text import slug


@dataclass
class PendingReference:
    from_message_id: str
    document_id: str
    sender_id: str | None
    recipient_id: str | None
    sent_at: str | None
    sent_at_text: str | None
    number: str | None
    line: int
    relation: str
    genre: str
    text: str
    source_file: str


@dataclass
class HeldMessage:
    id: str
    document_id: str
    sender_id: str | None
    to: tuple
    sent_at: str | None
    parent: str | None


class ReferenceLinker:
    def __init__(self):
        self.held_by_sender = {}   # sender id -> [HeldMessage]
        self.held = {}             # id -> HeldMessage
        self.held_ids = set()
        self.pending = []
        self.doc_seq = {}          # document id -> last seq used

    def note_document(self, doc_id, n_messages):
        self.doc_seq[doc_id] = n_messages

    def add_held(self, mid, doc_id, sender, to, sent_at, parent):
        self.held_ids.add(mid)
        h = HeldMessage(mid, doc_id, sender, tuple(to), sent_at, parent)
        self.held[mid] = h
        if sender:
            self.held_by_sender.setdefault(sender, []).append(h)

    def add_reference(self, ref):
        self.pending.append(ref)

    def _match(self, ref):
        if not ref.sender_id:
            return None
        candidates = []
        for h in self.held_by_sender.get(ref.sender_id, []):
            if h.id == ref.from_message_id:
                continue
            if ref.recipient_id and h.to and ref.recipient_id not in h.to:
                continue
            if ref.sent_at:
                if not h.sent_at or not (h.sent_at.startswith(ref.sent_at) or ref.sent_at.startswith(h.sent_at)):
                    continue
            elif not (ref.recipient_id and h.document_id == ref.document_id):
                continue
            candidates.append(h)
        if not candidates:
            return None
        # the copy in the referring document first, then the earliest id
        candidates.sort(key=lambda h: (h.document_id != ref.document_id, h.id))
        return candidates[0].id

    def resolve(self, person_name):
        stubs, recipients, links = [], [], []
        stub_keys = {}
        link_keys = set()
        for ref in sorted(self.pending, key=lambda r: (r.from_message_id, r.line, r.text)):
            target = self._match(ref)
            if target is None:
                key = (ref.sender_id, ref.recipient_id, ref.sent_at, ref.number) if (ref.sent_at or ref.number) \
                    else (ref.sender_id, ref.recipient_id, ref.document_id, ref.text.lower())
                target = stub_keys.get(key)
                if target is None:
                    target = self._stub(ref, stubs, recipients, person_name)
                    stub_keys[key] = target
            if target in self.held and self.held[target].parent == ref.from_message_id:
                continue  # the referring message encloses it: linked as `encloses` already
            lk = (ref.from_message_id, target, ref.relation)
            if lk not in link_keys:
                link_keys.add(lk)
                links.append({"from_message_id": ref.from_message_id, "to_message_id": target, "relation": ref.relation})
        return stubs, recipients, links

    def _stub(self, ref, stubs, recipients, person_name):
        base = f"{ref.document_id}--{slug(ref.sender_id or 'unknown')}-{date_slug(ref.sent_at)}"
        if not ref.sent_at and ref.recipient_id:
            base += f"-to-{ref.recipient_id}"
        sid = base if base not in self.held_ids else base + "-ref"
        n = 2
        while sid in self.held_ids:
            sid = f"{base}-ref{n}"
            n += 1
        self.held_ids.add(sid)
        self.doc_seq[ref.document_id] = self.doc_seq.get(ref.document_id, 0) + 1
        sender = person_name(ref.sender_id) if ref.sender_id else None
        to = person_name(ref.recipient_id) if ref.recipient_id else None
        label = f"{sender or 'Unknown sender'} to {to or 'unknown recipient'}"
        label = f"{label}, {ref.sent_at}" if ref.sent_at else label
        stubs.append({
            "id": sid, "document_id": ref.document_id, "parent_id": None,
            "seq": self.doc_seq[ref.document_id], "sender_id": ref.sender_id, "sent_at": ref.sent_at,
            "sent_at_text": ref.sent_at_text, "number": ref.number, "salutation": None, "body": None,
            "signature": None, "line_start": ref.line, "line_end": ref.line, "in_corpus": 0,
            "label": label + " (known only from a reference)", "reference_text": ref.text,
        })
        if ref.recipient_id:
            recipients.append({"message_id": sid, "person_id": ref.recipient_id, "role": "to", "copies": 1})
        return sid


def date_slug(iso):
    return iso.replace("T", "-").replace(":", "") if iso else "undated"
