"""What the printed editions add to a telegram, and forms they print (each telegram written for
this test in the layout of a real one): the editor's footnote marks and footnotes; brackets that
complete a name (`Liu [Shaoqi]`, `[Li] Fuchun`); a telephone message under a title that runs
over two lines, its addressee's post and town under the address, and under the signature the
post, a date whose day was left blank, who sent and received it, a register number and a note
over three lines; a quoted telegram signed with its date on the name's line; a clock without
minutes (`at 10 AM`); the edition's heading of a cable (`I.V. STALIN to A.I. MIKOYAN 6 February
1949 (50/III)`) and a date spaced around its Roman month (`6. II. 1949`); Chinese manuscripts'
surnames with the given names in brackets (`Wu [Xiuquan] [and] Qiao [Guanhua]:`, `...; also inform
Ambassador Ni [Zhiliang]:`) and the year the editor supplied (`December 8 [1950]`); a Soviet
telegram to `[to the] CPSU CC` signed in a handwritten note the editor left open; Soviet Foreign
Ministry records and journals signed with the name in parentheses or slashes after the post
(`USSR MFA DVO (B. VERESHCHAGIN)`, `[signature] /A. PUZANOV/`), with a number and date on one
line (`Nº 395 - 9 August 1960`) and the typist's initials (`me/MB`) under them."""
import pytest

from conftest import build_corpus, document, inner, recipients, top

TELEPHONE = '''Telephone message via VCh
Corrected text of a
telegram to Kim Il Sung
to Mr. Kim Il Sung
Chairman of the Cabinet of Ministers of
the Democratic People's Republic of Korea
Pyongyang
I acknowledge your letter of 2 November about the trade delegation, which we are ready to receive in Moscow.
I. STALIN
Chairman of the USSR Council of Ministers
[date left blank] November 1948
sent by Petrov
received by Ivanova
5 November 1948
2031
[handwritten: a second copy
was sent to Moscow with inventory Nº 40 of
8 November 1948]
'''

FOOTNOTED = '''To the Chairman [Mao Zedong] and Comrades Liu [Shaoqi], Zhu [De], Peng [Dehuai], [Li] Fuchun, and Su Yu:[1]

The draft agreement on the railway is attached. [2] Please review it.

Humbly submitted,

Zhou Enlai

August 3, 1952 at 10 AM

[1] The editors added notes on the people named here; they are not translated.

[2] The draft is not printed here.
'''

SIGNED_WITH_DATE = '''SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF OF THE SOVIET ARMY
CIPHERED TELEGRAM No. 21402
Copies: Stalin (2)
From BEIJING Received 14:10 3.7.1951
To Comrade FILIPPOV [Stalin]
A telegram from Comrade Kim Il Sung.
"Comrade Mao Zedong!
The enemy has asked for a meeting at Kaesong on July 10. We ask your opinion.
Kim Il Sung 2.7.51"
Mao Zedong
No. 3301
3.7
'''

EDITION_HEADING = '''Strictly Secret
I.V. STALIN to A.I. MIKOYAN 8 February 1949 (61/III)
To Mikoyan.
We are waiting for your report on the talks with Mao Zedong about the railway.
STALIN
8. II. 1949
'''

SURNAMES = '''Wu [Xiuquan] [and] Qiao [Guanhua]:
Do not reply to the proposal before you receive our telegram.
[Chinese Communist Party] Central Committee
December 11 [1950]
'''

ALSO_INFORM = '''Gao [Gang], He [Jinnian]; also inform Ambassador Ni [Zhiliang]:
Received the October 5 telegram. Send the first group of drivers at once.
Zhou Enlai
October 6 [1950]
'''

SIGNED_IN_A_NOTE = '''Top Secret
[to the] CPSU CC
Cde. Peng Dehuai asked us to pass on that the General Assembly will not discuss the question this week.
[handwritten: A. Mikoyan
24 September
Authenticated: V. Chistov
MFA 24 September 1956 Special N1480
'''

NOTE_LEFT_OPEN = '''[to the] CPSU CC
We passed the report to Cde. Peng Dehuai.
PONOMAREV 27 September 1956
[handwritten: authenticated: Chistov
MFA 27 September 1956 Special N1490
'''

RECORD = '''RECORD OF A CONVERSATION
with the Consul General of the DPRK
12 March 1957
I received the Consul General at his request at 1500. He passed a letter of the Ambassador for the Department.
COUNSELLOR OF THE [signature]
USSR MFA DVO (B. IVANOV)
12 copies printed
Distributed according to a list
Nº 1402-dv.
14 March 1957
me/MB
'''

JOURNAL_SIGNED_IN_SLASHES = '''TOP SECRET
Copy Nº 1
JOURNAL
of Soviet Ambassador in the DPRK A. M. PUZANOV for the period
1 through 20 May 1960
Pyongyang
[…]
5 May 1960
I visited the Minister at his invitation. He asked about the delegation.
[…]
SOVIET AMBASSADOR IN THE DPRK [signature] /A. PUZANOV/
Five copies printed v[i]
1 - Cde. A. A. Gromyko
2 - Cde. Yu. V. Andropov
3 - Cde. DVO, USSR MFA
4 - USSR MFA UVPI
5 - to file
Nº 402 - 24 May 1960
'''

# A Chinese edition's telegram: its title with the editor's note mark, the date in parentheses
# under it, the address with a note mark, a request whose pronoun the translator supplied
TITLED_AND_DATED = '''Request that the Soviet Union Send Trucks for the Front[1]

(4 April 1952)

Comrade Filippov:[2]

The roads in North Korea are under constant attack and our supply columns lose many vehicles.

Therefore, [I] request that you send five hundred trucks before the end of May. Salutations!

Mao Zedong

4 April [1952]

[1] This is a telegram from Mao Zedong to Stalin.

[2] Filippov is Stalin.
'''

# an ambassador's journal: the embassy under the secrecy and the copy's number, a handwritten
# instruction in brackets over several lines (no request of the ambassador's), entries by date
JOURNAL_UNDER_COPY = """TOP SECRET
Copy Nº 3
USSR EMBASSY IN THE DPRK
Nº 102
14 May 1958
JOURNAL
of Soviet Ambassador in the DPRK A. M. PUZANOV during the
period 29 April through 12 May 1958
[handwriting: "Please show to Cdes.
Nikitin
Samsonov
29 May 1958"]
Pyongyang
12 May 1958
I visited Pak Geum-cheol [Pak Kum Chol] and presented him with a copy of a 9 May CPSU Central Committee letter.
USSR AMBASSADOR IN THE DPRK
[signature] (A. PUZANOV)
Nº 311
14 May 1958
"""

# `The Journal of ...` over the period it covers
THE_JOURNAL_OF = """SOVIET EMBASSY IN THE DPRK TOP SECRET
Nº 196 Copy Nº 1
31 August 1957
The Journal of Soviet Ambassador to the DPRK A. M. PUZANOV
for the period 16 through 30 August 1957
Pyongyang
17 August
I visited Nam Il. I presented him with a memorandum.
SOVIET AMBASSADOR IN THE DPRK
[signature] (A. PUZANOV)
"""

# an extract from another diplomat's journal, whose name is under the heading
FROM_THE_JOURNAL = """FROM THE JOURNAL
OF M. G. PODOL'SKY
Secret Copy Nº 2
26 February 1971
Outgoing Nº 80
RECORD OF A CONVERSATION
with R. Berthold, Counsellor of the GDR Embassy in Hanoi
18 February 1971
I visited R. Berthold on a return protocol visit.
"""

# the journal's author, its date and its secrecy on one line
JOURNAL_OF_ONE_LINE = """From the Journal of P. F. Yudin, 12 March 1955, Top Secret

Note of Conversation with Comrade Mao Zedong on 8 March 1955

Today I visited Comrade Mao Zedong and informed him about the celebration.
"""

# an Australian edition's cablegram: its place in the volume and who to whom over the dateline
CABLEGRAM = """258 Officer to Department of External Affairs

Cablegram 165 NANKING, 5 June 1949, 12.51 p.m.

IMMEDIATE SECRET

Your telegram No.62 [1] is complete confirmation of our views

3. Your paragraph 5. The Civil Authority will not as yet accept
telegrams in cypher.

[matter omitted]
"""

DOCS = {"the_journal.txt": THE_JOURNAL_OF, "cablegram.txt": CABLEGRAM, "journal_copy.txt": JOURNAL_UNDER_COPY, "from_journal.txt": FROM_THE_JOURNAL, "one_line.txt": JOURNAL_OF_ONE_LINE, "titled.txt": TITLED_AND_DATED, "record.txt": RECORD, "slashes.txt": JOURNAL_SIGNED_IN_SLASHES, "phone.txt": TELEPHONE, "footnoted.txt": FOOTNOTED, "dated.txt": SIGNED_WITH_DATE,
        "heading.txt": EDITION_HEADING, "surnames.txt": SURNAMES, "inform.txt": ALSO_INFORM,
        "note.txt": SIGNED_IN_A_NOTE, "open.txt": NOTE_LEFT_OPEN}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_corpus(tmp_path_factory.mktemp("editions"), DOCS)


def test_a_telephone_message_with_the_addressees_post_and_what_was_done_with_it(db):
    d = document(db, "phone.txt")
    assert (d["doc_type"], d["subject"], d["date"]) == (
        "telephone message", "Corrected text of a telegram to Kim Il Sung", "1948-11-05")
    m = top(db, "phone.txt")
    assert (m["sender_id"], m["sent_at"], m["line_start"]) == ("joseph-stalin", "1948-11-05", 4)
    assert recipients(db, m) == {"kim-il-sung": 1}
    assert m["salutation"] == ("to Mr. Kim Il Sung\nChairman of the Cabinet of Ministers of\n"
                               "the Democratic People's Republic of Korea\nPyongyang")
    assert m["body"].startswith("I acknowledge your letter") and m["body"].endswith("in Moscow.")
    assert m["signature"] == ("I. STALIN\nChairman of the USSR Council of Ministers\n[date left blank] November 1948\n"
                              "5 November 1948\n2031")
    stub = db.one("select * from messages where document_id = ? and in_corpus = 0", d["id"])
    assert (stub["sender_id"], stub["sent_at"]) == ("kim-il-sung", "1948-11-02")


def test_footnotes_and_names_the_editor_completed(db):
    m = top(db, "footnoted.txt")
    assert recipients(db, m) == {"mao-zedong": 1, "liu-shaoqi": 1, "zhu-de": 1, "peng-dehuai": 1,
                                 "li-fuchun": 1, "su-yu": 1}
    assert db.value("select count(*) from people where id in ('de', 'dehuai', 'shaoqi', 'li', 'fuchun')") == 0
    # a given name in brackets is not another name of the person
    assert db.value("select count(*) from person_aliases where alias in ('De', 'Dehuai', 'Shaoqi', 'Zedong')") == 0
    assert (m["sender_id"], m["sent_at"]) == ("zhou-enlai", "1952-08-03T10")     # `at 10 AM`: to the hour
    assert m["signature"] == "Humbly submitted,\nZhou Enlai\nAugust 3, 1952 at 10 AM"
    assert m["body"] == "The draft agreement on the railway is attached. [2] Please review it."


def test_a_quoted_telegram_signed_with_its_date_on_the_names_line(db):
    m = top(db, "dated.txt")
    assert (m["sender_id"], m["number"]) == ("mao-zedong", "3301")
    q = inner(db, m)
    assert (q["sender_id"], q["sent_at"], q["signature"]) == ("kim-il-sung", "1951-07-02", "Kim Il Sung 2.7.51")
    assert recipients(db, q) == {"mao-zedong": 1}
    assert q["body"] == "The enemy has asked for a meeting at Kaesong on July 10. We ask your opinion."


def test_the_editions_heading_of_a_cable_and_a_date_spaced_around_its_roman_month(db):
    d = document(db, "heading.txt")
    # `I.V. STALIN to A.I. MIKOYAN 8 February 1949 (61/III)`: the edition's heading, not the text
    assert (d["number"], d["date"], d["classification"]) == ("61/III", "1949-02-08", "Strictly Secret")
    m = top(db, "heading.txt")
    assert (m["salutation"], m["sender_id"], m["sent_at"]) == ("To Mikoyan.", "joseph-stalin", "1949-02-08")
    assert recipients(db, m) == {"anastas-mikoyan": 1}
    assert m["signature"] == "STALIN\n8. II. 1949"


def test_surnames_with_given_names_in_brackets_and_a_year_the_editor_supplied(db):
    m = top(db, "surnames.txt")
    # `Wu [Xiuquan]`: a surname, and the given name the editor supplied; not a codename
    assert recipients(db, m) == {"wu-xiuquan": 1, "qiao-guanhua": 1}
    assert db.value("select name from people where id = 'wu-xiuquan'") == "Wu Xiuquan"
    assert db.value("select count(*) from people where id in ('xiuquan', 'guanhua', 'wu', 'qiao')") == 0
    assert (m["sender_office"], m["sent_at"]) == ("Chinese Communist Party Central Committee", "1950-12-11")
    assert m["signature"] == "[Chinese Communist Party] Central Committee\nDecember 11 [1950]"
    m = top(db, "inform.txt")
    assert recipients(db, m) == {"gao-gang": 1, "he-jinnian": 1}
    assert recipients(db, m, "copy") == {"ni-zhiliang": 1}        # `also inform Ambassador Ni [Zhiliang]`
    assert (m["sender_id"], m["sent_at"]) == ("zhou-enlai", "1950-10-06")


def test_a_signature_written_in_a_note_left_open_and_a_note_that_is_not_text(db):
    m = top(db, "note.txt")
    # `[handwritten: A. Mikoyan` / `24 September` / ...: the note is never closed; it signs
    assert (m["sender_id"], m["sent_at"]) == ("anastas-mikoyan", "1956-09-24")
    assert m["label"] == "Anastas Mikoyan to CPSU CC, 1956-09-24"      # `[to the] CPSU CC`: an office
    assert m["body"] == "Cde. Peng Dehuai asked us to pass on that the General Assembly will not discuss the question this week."
    assert db.value("select count(*) from people where id = 'assembly'") == 0    # `General Assembly` is no one
    m = top(db, "open.txt")
    assert (m["sender_id"], m["sent_at"], m["signature"]) == ("boris-ponomarev", "1956-09-27", "PONOMAREV 27 September 1956")
    assert m["body"] == "We passed the report to Cde. Peng Dehuai."


def test_a_post_with_the_name_in_parentheses_or_slashes_and_what_is_typed_under_it(db):
    assert document(db, "record.txt")["doc_type"] == "record of a conversation"
    m = top(db, "record.txt")
    # `COUNSELLOR OF THE [signature]` / `USSR MFA DVO (B. IVANOV)`: the post over two lines, the name at its end
    assert (m["sender_id"], m["number"], m["sent_at"]) == (
        db.value("select id from people where name = 'B. Ivanov'"), "1402-dv", "1957-03-14")
    assert m["signature"] == "COUNSELLOR OF THE [signature]\nUSSR MFA DVO (B. IVANOV)\nNº 1402-dv.\n14 March 1957"
    assert m["body"].endswith("a letter of the Ambassador for the Department.")    # `me/MB`, the copies: no text
    m = top(db, "slashes.txt")
    assert (m["sender_id"], m["number"], m["sent_at"]) == ("aleksandr-puzanov", "402", "1960-05-24")
    # `Cde. DVO, USSR MFA`: a department of the ministry, no one
    assert recipients(db, m, "distribution") == {"andrei-gromyko": 1, "yuri-andropov": 1}
    assert db.value("select count(*) from people where id in ('dvo', 'uvpi')") == 0
    assert m["signature"] == "SOVIET AMBASSADOR IN THE DPRK [signature] /A. PUZANOV/\nNº 402 - 24 May 1960"


def test_nothing_is_left_open(db):
    assert db.rows("select * from build_warnings") == []


def test_a_title_and_the_date_in_parentheses_over_the_address(db):
    d = document(db, "titled.txt")
    assert (d["date"], d["subject"]) == ("1952-04-04", "Request that the Soviet Union Send Trucks for the Front")
    m = top(db, "titled.txt")
    assert (m["sender_id"], m["salutation"]) == ("mao-zedong", "Comrade Filippov:")
    assert recipients(db, m) == {"joseph-stalin": 1}
    assert m["body"].startswith("The roads in North Korea")
    # `[I] request that you ...`: the translator supplied the pronoun; it is a request all the same
    assert db.rows("select kind, text from demands where message_id = ?", m["id"]) == [
        {"kind": "request", "text": "Therefore, [I] request that you send five hundred trucks before the end of May."}]


def test_an_embassy_under_the_secrecy_and_the_copy_is_the_issuer(db):
    d = document(db, "journal_copy.txt")
    assert (d["issuer"], d["sent_to"], d["doc_type"], d["number"]) == ("USSR Embassy in the DPRK", None, "journal", "102")
    m = top(db, "journal_copy.txt")
    assert m["sender_id"] == "aleksandr-puzanov"
    # the journal's title over three lines and the place it was kept are heading, not text
    assert d["origin_place_id"] == "pyongyang" and m["body"].startswith("12 May 1958\nI visited Pak Geum-cheol")
    # `[handwriting: "Please show to Cdes.` / ...: the reader's instruction, no point the ambassador puts
    assert db.value("select count(*) from demands where message_id = ?", m["id"]) == 0


def test_from_the_journal_of_a_diplomat(db):
    d = document(db, "from_journal.txt")
    assert (d["doc_type"], d["number"], d["origin_text"], d["date"]) == ("journal", "80", None, "1971-02-26")
    assert db.value("select name from people where id = ?", top(db, "from_journal.txt")["sender_id"]) == "M. G. Podol'sky"


def test_from_the_journal_of_a_diplomat_with_its_date_and_secrecy_on_the_line(db):
    d = document(db, "one_line.txt")
    assert (d["doc_type"], d["date"], d["classification"]) == ("journal", "1955-03-12", "Top Secret")
    # the date and the secrecy are not part of the keeper's name
    assert db.value("select name from people where id = ?", top(db, "one_line.txt")["sender_id"]) == "P. F. Yudin"


def test_an_editions_heading_over_a_cablegrams_dateline(db):
    d = document(db, "cablegram.txt")
    assert (d["doc_type"], d["number"], d["origin_place_id"], d["date"]) == ("cablegram", "165", "nanking", "1949-06-05")
    assert (d["priority"], d["classification"], d["sent_to"], d["is_excerpt"]) == (
        "IMMEDIATE", "SECRET", "Department of External Affairs", 1)
    m = top(db, "cablegram.txt")
    assert (m["sent_at"], m["body"][:14]) == ("1949-06-05T12:51", "Your telegram ")
    # `258`: the document's place in the volume, not its number; `Officer`: the sender (Keith Officer)
    assert db.value("select name from people where id = ?", m["sender_id"]) == "Officer"
    stub = db.one("select * from messages where document_id = ? and in_corpus = 0", d["id"])
    assert (stub["number"], recipients(db, stub)) == ("62", {m["sender_id"]: 1})


def test_the_journal_of_an_ambassador_over_its_period(db):
    d = document(db, "the_journal.txt")
    assert (d["doc_type"], d["number"], d["issuer"], d["origin_place_id"], d["sent_to"]) == (
        "journal", "196", "Soviet Embassy in the DPRK", "pyongyang", None)
    m = top(db, "the_journal.txt")
    assert (m["sender_id"], m["body"][:9]) == ("aleksandr-puzanov", "17 August")
