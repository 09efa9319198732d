"""Typed records that flow from parse to resolve to load.

Parsed records carry surfaces as printed with their positions; resolved rows carry the
data contract's column names.
"""
from dataclasses import dataclass, field


@dataclass(slots=True)
class Span:
    """A piece of text at an exact place: line (1-based), char_start/char_end within it."""

    text: str
    line: int
    char_start: int
    char_end: int


@dataclass(slots=True)
class NameRef:
    """A name as printed, with an optional editorial identification in brackets."""

    surface: Span
    bracket: Span | None = None   # `FILIPPOV [Stalin]` -> Stalin; `(Stalin)` likewise
    copies: int = 1               # `Stalin (2)` in a Copies list


@dataclass
class Reference:
    """A message referred to in prose: "your telegram of 18:00 14 July of this year"."""

    line: int
    text: str                     # the whole reference phrase as printed
    whose: str                    # your, my, other
    genre: str                    # telegram, letter, ...
    date_text: str | None = None
    sender: NameRef | None = None
    recipient: NameRef | None = None
    recipient_is_self: bool = False   # "to me", "to us"
    recipient_is_addressee: bool = False  # "to you"
    number: str | None = None
    is_enclosure: bool = False   # "the text of ...", "the following": names an enclosed message
    sender_office: str | None = None  # "telegram No. 5653 from the British Foreign Office": no person sent it
    recipient_office: str | None = None  # "..., to the British Foreign Office": no person received it

    def identified(self):
        """Whether it names something to tell the message by: a date, a number, who sent or received it."""
        return bool(self.date_text or self.sender or self.recipient or self.number or self.sender_office
                    or self.recipient_office)


@dataclass(slots=True)
class ParsedDemand:
    label: str | None
    path: str
    parent_path: str | None
    kind: str
    text: str
    line_start: int
    line_end: int


@dataclass
class ParsedMessage:
    index: int                      # position in document order (0 = top level)
    parent: int | None
    line_start: int
    line_end: int
    own_lines: list = field(default_factory=list)  # line numbers not inside a child
    salutation: Span | None = None
    to: list = field(default_factory=list)          # NameRef
    to_place: Span | None = None                    # `BEIJING, to Comrade KRASOVSKY`
    via: list = field(default_factory=list)         # `To ZAKHAROV for MAO ZEDONG`: Zakharov passes it on
    to_office: str | None = None                    # `To the Foreign Ministry:`: the office addressed
    copy_to: list = field(default_factory=list)
    distribution: list = field(default_factory=list)
    body: str = ""
    signature: str | None = None
    signer: NameRef | None = None
    sender_office: str | None = None          # an office signed it: `[Chinese] Embassy in the Soviet Union`
    date_text: str | None = None
    date_line: int | None = None
    number: str | None = None
    references: list = field(default_factory=list)
    demands: list = field(default_factory=list)
    # wrapper phrases that say who an enclosed message is from or to
    transmit_to: NameRef | None = None
    transmit_from: NameRef | None = None    # `X asked me to transmit the following:`
    quoted_from: NameRef | None = None      # `X replied ... as follows:`: who wrote or said the quotation under it
    answers: int | None = None              # a minute written under another message: the one it answers
    address_mark: str | None = None         # `To Ambassador Jiao [Ruoyu]: (Secret)`: a secrecy mark after the address


@dataclass
class CatalogTitle:
    """An archive's catalogue title over the text (`Ciphered Telegram No. 8600, Vyshinsky to Mao
    Zedong`): what it says fills only what the document's own heading leaves unsaid."""

    line: int
    doc_type: str | None                         # None: an edition's heading that names no kind
    number: str | None = None
    sender: NameRef | None = None
    sender_office: str | None = None
    to: list = field(default_factory=list)      # NameRef
    to_office: str | None = None
    sent_to_text: str | None = None             # whom it went to, as printed
    subject: str | None = None
    date_text: str | None = None                 # `26 October 1962 / Enciphered cable ...`
    origin: Span | None = None                   # `... from Havana, from Alekseyev`
    excerpt: bool = False
    priority: str | None = None
    classification: str | None = None


@dataclass
class ParsedHeader:
    issuer: str | None = None
    doc_type: str | None = None
    number: str | None = None
    priority: str | None = None
    classification: str | None = None
    origin: Span | None = None
    sent_text: str | None = None
    received_text: str | None = None
    sent_to_text: str | None = None
    sent_to_routed: bool = False                 # sent_to from a stamp that passed the copy on (`Sent to ... 13.9 13:22`)
    series: str | None = None
    date_text: str | None = None                 # a date on a header line of its own
    subject: str | None = None                   # `Subject: ...`, or a heading above the address
    author: NameRef | None = None                # a name alone under a report's issuer
    sender_office: str | None = None             # the office it says sent it (`From: the Romanian Embassy in Pyongyang`)
    to: list = field(default_factory=list)       # NameRef: a `To:` field that names a person
    to_office: str | None = None                 # `The Ambassador in Korea (Muccio) to the Secretary of State`
    filed: bool = False                          # a heading with the State Department's file (`795.00/6–2550: Telegram`)
    cable: bool = False                          # a 1970s cable's heading (`FM SECSTATE WASHDC`): its pages repeat it
    ref_lines: list = field(default_factory=list)  # a cable's `REF:` line and the lines it runs on to
    stamps_under: bool = False                   # its stamps printed under the text (`Received: 4 November at 19:25; ...`)
    copies: list = field(default_factory=list)   # NameRef with counts
    first_body_line: int = 1
    address_line: int | None = None              # an address above the form's stamps
    skip_lines: set = field(default_factory=set)  # the form's lines under that address
    lines: dict = field(default_factory=dict)     # field name -> line number
    title: CatalogTitle | None = None            # an archive's catalogue title over the text


@dataclass
class ParsedDocument:
    source_file: str
    text: str
    lines: list
    sha256: str
    header: ParsedHeader
    messages: list
    is_excerpt: bool
    term_expansions: list = field(default_factory=list)  # (Span term, Span expansion)
    titled_names: list = field(default_factory=list)     # NameRef after `Comrade`, `Cde.` ... anywhere
    problems: list = field(default_factory=list)         # (line, code, message)
