"""Notes and what they cover, in the archive's layouts (each telegram written for this test):
a cover note closed by its signature, date and number, then the letter it forwards, opened by
`Dear Cde.` without quotation marks and closed by a name, the authority it was signed under,
the place and the date; a note signed and dated, then `Cable:` and the cable it covers; a report
with a minute written under it by its reader, and a minute written above an address to an
office; an official note enclosed under a letterhead's cover note signed with a post over two
lines; an address whose lead the editor supplied (`[to] Cde. ...`); a post printed under a
name (`Chargé d'Affaires ad interim`); a date whose day was never filled in; an omission mark
after a name."""
import pytest

from conftest import build_corpus, document, inner, recipients, top

COVER_AND_LETTER = '''to Cde. I. V. STALIN
I forward by diplomatic post the original of a 12 March 1951 letter of Kim Il Sung addressed to you, received today from Cde. Razuvaev.
Attachment: the letter on one sheet
(A. Gromyko)
20 March 1951
Nº [handwritten: 211/ag] [signature]
[handwritten:]
Dear Cde.
I. V. Stalin
We thank you warmly for the aircraft sent to our army.
With deep respect,
Kim Il Sung
on behalf of the Military Committee of the DPRK
Pyongyang
12 March 1951
'''

COVER_WITH_CABLE = '''Top Secret

For Chairman Mao [Zedong]:

A cable about ammunition for the ethnic Korean divisions.

Please give instructions.

Nie Rongzhen

January 4, 1950

Cable:

The two divisions hold 3,000 rifles of Japanese make and need ammunition for them.

Lin Biao

January 3, 1950
'''

WITH_A_MINUTE = '''Chairman Mao [Zedong]:

The Korean comrades ask to take with them the trucks of the two ethnic Korean regiments. Comrade Nie Rongzhen has agreed. Please give instructions.

Zhou Enlai

February 3, 1950

I agree.

Mao Zedong

February 5, 1950
'''

AD_INTERIM = '''On 3 November I visited Comrade Ambassador Richard Fischer […], who spoke about the harvest.
Comrade Fischer said that the harvest was poor this year. […]

Ferenc Kovács
Chargé d'Affaires ad interim
'''

DAY_NOT_FILLED_IN = '''[to] Cde. V. M. MOLOTOV!

We ask you to help our radio operators travel to Ghulja.

Liu Shaoqi

[date not filled in] September 1949
'''

MINUTE_ABOVE = '''Please have the Second Asia Department study this and reply.

[To] the Ministry of Foreign Affairs:

On the morning of 4 [March], the Vice Foreign Minister received the envoys and handed them a statement on the fishing zones.

[Chinese] Embassy in [North] Korea

5 March 1964
'''

COVER_OF_AN_OFFICIAL_NOTE = '''Polish Embassy Beijing, 10 September 1951
in Beijing

Ministry of Foreign Affairs
Independent Eastern Department

The Embassy in China is enclosing an official note sent by the Embassy in Korea

St. Nowak
Charge d'Affaires of the Embassy
in China

Pyongyang, 1 September 1951

Official note

The talks in Kaesong were suspended again. The delegates did not meet this week.

J. Kowalski
Chargé d'Affaires ad interim
'''

DOCS = {"official.txt": COVER_OF_AN_OFFICIAL_NOTE, "cover.txt": COVER_AND_LETTER, "cable.txt": COVER_WITH_CABLE, "minute.txt": WITH_A_MINUTE,
        "interim.txt": AD_INTERIM, "undated.txt": DAY_NOT_FILLED_IN, "above.txt": MINUTE_ABOVE}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_corpus(tmp_path_factory.mktemp("notes"), DOCS)


def links(db, name):
    d = document(db, name)
    return {(r["from_message_id"].split("--")[1], r["to_message_id"].split("--")[1], r["relation"]) for r in db.rows(
        "select * from message_links where from_message_id like ? || '--%'", d["id"])}


def test_a_cover_note_then_the_letter_it_forwards(db):
    m = top(db, "cover.txt")
    assert (m["sender_id"], m["sent_at"], m["number"]) == ("andrei-gromyko", "1951-03-20", "211/ag")
    assert recipients(db, m) == {"joseph-stalin": 1}
    assert m["signature"] == "(A. Gromyko)\n20 March 1951\nNº [handwritten: 211/ag] [signature]"
    letter = inner(db, m)
    assert (letter["sender_id"], letter["sent_at"], letter["line_start"]) == ("kim-il-sung", "1951-03-12", 8)
    assert recipients(db, letter) == {"joseph-stalin": 1}
    assert letter["body"] == "We thank you warmly for the aircraft sent to our army."
    # the closing, the authority signed under and the place are the signature's, not a signer's
    assert letter["signature"] == ("With deep respect,\nKim Il Sung\non behalf of the Military Committee of the DPRK\n"
                                   "Pyongyang\n12 March 1951")
    assert db.value("select count(*) from people where id = 'pyongyang'") == 0
    assert db.value("select count(*) from mentions where entity_type = 'place' and entity_id = 'pyongyang' "
                    "and message_id = ?", letter["id"]) == 1
    # `a 12 March 1951 letter of Kim Il Sung` is the letter below, not one known only by name
    assert db.value("select count(*) from messages where document_id = ? and in_corpus = 0", m["document_id"]) == 0
    assert links(db, "cover.txt") == {("andrei-gromyko-1951-03-20", "kim-il-sung-1951-03-12", "encloses")}


def test_a_note_signed_over_the_cable_it_covers(db):
    m = top(db, "cable.txt")
    assert (m["sender_id"], m["sent_at"]) == ("nie-rongzhen", "1950-01-04")
    assert recipients(db, m) == {"mao-zedong": 1}
    assert m["body"] == "A cable about ammunition for the ethnic Korean divisions.\n\nPlease give instructions."
    cable = inner(db, m)
    assert (cable["sender_id"], cable["sent_at"]) == ("lin-biao", "1950-01-03")
    assert cable["body"].startswith("The two divisions hold 3,000 rifles")
    assert links(db, "cable.txt") == {("nie-rongzhen-1950-01-04", "lin-biao-1950-01-03", "encloses")}


def test_a_minute_written_under_a_report_answers_it(db):
    d = document(db, "minute.txt")
    rows = db.rows("select * from messages where document_id = ? order by seq", d["id"])
    assert [(r["sender_id"], r["sent_at"], r["parent_id"]) for r in rows] == [
        ("zhou-enlai", "1950-02-03", None), ("mao-zedong", "1950-02-05", None)]
    report, minute = rows
    assert recipients(db, report) == {"mao-zedong": 1}
    assert recipients(db, minute) == {"zhou-enlai": 1}       # the minute goes back to the report's writer
    assert (minute["body"], minute["signature"], minute["line_start"]) == ("I agree.", "Mao Zedong\nFebruary 5, 1950", 9)
    assert report["signature"] == "Zhou Enlai\nFebruary 3, 1950" and "I agree" not in report["body"]
    assert links(db, "minute.txt") == {("mao-zedong-1950-02-05", "zhou-enlai-1950-02-03", "replies_to")}
    assert d["date"] == "1950-02-03"


def test_a_post_printed_under_the_name_and_an_omission_after_a_name(db):
    m = top(db, "interim.txt")
    assert m["sender_id"] == "ferenc-kovács"
    assert m["signature"] == "Ferenc Kovács\nChargé d'Affaires ad interim"
    assert "Chargé" not in m["body"]
    # `Richard Fischer […]`: the editor left text out; `[…]` does not say who he is
    assert db.value("select count(*) from people where name = '…'") == 0
    assert db.value("select person_id from mentions where surface = 'Richard Fischer'") == "richard-fischer"


def test_an_address_whose_lead_the_editor_supplied_and_a_day_not_filled_in(db):
    m = top(db, "undated.txt")
    # a day not filled in: the message is dated to the month, as precise as the source
    assert (m["salutation"], m["sender_id"], m["sent_at"]) == ("[to] Cde. V. M. MOLOTOV!", "liu-shaoqi", "1949-09")
    assert document(db, "undated.txt")["date"] == "1949-09"
    assert recipients(db, m) == {"vyacheslav-molotov": 1}
    assert m["signature"] == "Liu Shaoqi\n[date not filled in] September 1949"
    assert m["body"] == "We ask you to help our radio operators travel to Ghulja."


def test_a_minute_written_above_the_address_and_an_address_to_an_office(db):
    m = db.one("select * from messages where document_id = ? and seq = 1", document(db, "above.txt")["id"])
    assert (m["line_start"], m["seq"], m["sender_office"], m["sent_at"]) == (3, 1, "Chinese Embassy in North Korea", "1964-03-05")
    assert m["label"] == "Chinese Embassy in North Korea to Ministry of Foreign Affairs, 1964-03-05"
    assert m["body"].startswith("On the morning of 4 [March]")
    # `[To] the Ministry of Foreign Affairs:` addresses an office: no one is made of it
    assert recipients(db, m) == {} and db.value("select count(*) from people where id in ('to', 'foreign-affairs')") == 0
    minute = db.one("select * from messages where document_id = ? and seq = 2", m["document_id"])
    assert (minute["line_start"], minute["body"], minute["sender_id"]) == (
        1, "Please have the Second Asia Department study this and reply.", None)
    assert minute["label"].endswith("to Chinese Embassy in North Korea")
    assert links(db, "above.txt") == {("unknown-undated", "chinese-embassy-in-north-korea-1964-03-05", "replies_to")}


def test_a_cover_note_then_the_official_note_it_encloses(db):
    d = document(db, "official.txt")
    assert (d["issuer"], d["date"]) == ("Polish Embassy Beijing", "1951-09-10")     # the letterhead and its date
    m = top(db, "official.txt")
    assert m["sender_id"] == db.value("select id from people where name = 'St. Nowak'")
    assert m["signature"] == "St. Nowak\nCharge d'Affaires of the Embassy\nin China"     # the post over two lines
    assert m["body"].endswith("sent by the Embassy in Korea")
    # `Pyongyang, 1 September 1951` / `Official note`: where and when the enclosed note was written
    note = inner(db, m)
    assert (note["sent_at"], note["line_start"]) == ("1951-09-01", 13)
    assert note["sender_id"] == db.value("select id from people where name = 'J. Kowalski'")
    assert note["body"] == "The talks in Kaesong were suspended again. The delegates did not meet this week."
    assert db.value("select relation from message_links where to_message_id = ?", note["id"]) == "encloses"


def test_only_what_the_sources_leave_open_is_reported(db):
    """The unsigned minute says nobody wrote it; one text prints no date and no heading."""
    warnings = {(w["source_file"], w["line"], w["code"]) for w in db.rows("select * from build_warnings")}
    assert warnings == {("seeds/interim.txt", 1, "no-header"), ("seeds/interim.txt", 1, "no-date"),
                        ("seeds/above.txt", 1, "no-sender")}
