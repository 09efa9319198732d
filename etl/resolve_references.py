"""A reference as resolved within its document, waiting to be linked (see link.py)."""
from dataclasses import dataclass


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
    sender_office: str | None = None     # no person: the office that sent it (`Department's 726` to a chargé)
    recipient_office: str | None = None  # no person: the office it went to (`your telegram to the Foreign Ministry`)


def date_slug(iso):
    """`1952-07-15T03:00` -> `1952-07-15-0300`; a time in UTC keeps its mark (`...-2248z`)."""
    return iso.replace("T", "-").replace(":", "").replace("Z", "z") if iso else "undated"


def message_label(sender, to, date):
    """`Mao Zedong to Kim Il Sung, 1952-07-15T03:00`: how a message is named wherever it is linked."""
    label = f"{sender or 'Unknown sender'} to {to or 'unknown recipient'}"
    return f"{label}, {date}" if date else label
