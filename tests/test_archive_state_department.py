"""State Department telegrams as the printed edition gives them (each written for this test in
the layout of a real one): the decimal file and the kind of document (`795.00/6–2650: Telegram`,
whose file ends with the date it was filed), the posts of who wrote to whom with the names in
parentheses (`The Ambassador in Korea (Muccio) to the Secretary of State`), the classification
in lower case (`top secret`, `confidential` / `niact`), the telegram's number opening its text
(`731. For Muccio. ...`), where it was sent and repeated (`Sent to the Department, Peiping.`,
text, not a signature or an office), the editor's received stamp in brackets, a dateline over two lines
(`Washington, November` / `3, 1950—noon.`), a surname alone as the signature, and the editor's
numbered footnotes under it (`  1. ...`, indented quotations, `- ... ↩`), which are not the text;
a circular telegram under a file with a word in it (`800.00 Summaries/7–648`); the later
volumes' one-line heading (`248. Telegram From the Embassy in Yugoslavia to the Department of
State1`); and a cable of the 1970s (`STATE 211102`, the distribution codes and clearances, the
precedence and date-time group `R 182248Z AUG 78`, `FM` / `TO` / `INFO` and the posts under it,
`C O N F I D E N T I A L STATE 211102`, `E.O.`, `TAGS:`, `SUBJECT:`; each page's repeated
heading and the release stamp inside the text; the Secretary's name as the signature under a
line that closes a wrapped sentence, `MEETING.`), one sent in sections (`KABUL 07638 01 OF 02
221339Z`, `C O N F I D E N T I A L SECTION 1 OF 2 KABUL 7638`), and the later volumes' subject
and secrecy after the telegram's number (`8271. Subj: (S) ...`); a subject that wraps across a
page's heading, `CINCPAC FOR POLAD, PARIS FOR JEC` under it, and a channel's codeword after the
marks in the source note (`Top Secret; Immediate; Nodis; Sunflower`). The text another telegram
carries between `Begin text.` and `End text.` (a message of its own, dated by its first line);
`For Ambassador From Secretary.` (no one named); a number of six digits with `Subject: ... .
Reference: ...`; an older web edition's notes (`State/1/`, `/1/Source: ... Confidential.`) and
its dateline in UTC (`Belgrade, July 15, 1967, 1144Z.`); and an intelligence information cable
(`TDCS DB–315/04377–71`, its labels over their values: `COUNTRY`, `DOI`, `SUBJECT`, `SOURCE`).
A decimal file with a letter after the country's number (`793B.00/12–2550`), and an office that
signs in parentheses with its place (`(Cabinet Ministers of Tibet, Lhasa)`)."""
import pytest

from conftest import build_corpus, document, recipients, top, warning_codes

FROM_EMBASSY = '''795.00/6–2650: Telegram

The Ambassador in Korea (Muccio) to the Secretary of State

confidential
niact

[Received June 26—9:40 p.m.]

731. Situation around the capital unchanged since my telegram 729.1 Embassy staff ready to move south on short notice.

Muccio
  1. Not printed; it reported the evacuation plans of June 25.

    "Dependents to leave by ship from Inchon at dawn." (795.00/6–2550)

  2. See footnote 1, p. 140.
'''

FROM_WASHINGTON = '''795.00/6–2750: Telegram

The Secretary of State to the Embassy in Korea

top secret

740. For Muccio. Decision expected within hours on air support.2 Keep Department informed.

  1. Not printed.
  2. See the editorial note on p. 180.
'''

DATELINE = '''861.424/11–350: Telegram
The Secretary of State to the Embassy in the Soviet Union
restricted
Washington, November
3, 1950—noon.
301. Deliver fol greetings through appropriate channels Nov 7.1
Acheson
- The message was sent on the occasion of the national holiday.↩
'''

PERSONNEL_FILE = '''123 Kirk, Alan G.: Telegram

The Secretary of State to the Embassy in the Soviet Union

top secret

552. Instr going forward next day in reply your 1820.

Acheson
  1. Telegram 1820 is not printed.
'''

ROUTED = '''793.94/8731: Telegram

The Counselor of Embassy in China (Peck) to the Secretary of State

275. Our 272, July 13, noon.

The British Secretary has telegraphed this information to his Ambassador.
Sent to the Department, Peiping.
'''

CIRCULAR = '''800.00 Summaries/7–848: Circular telegram

The Secretary of State to Certain Diplomatic Offices 1

top secret

TopSec infotel. Chargé Belgrade reports that the official expects no change of course.

  1. This telegram was sent to Athens, Berlin and Moscow.
'''

LATER_VOLUME = '''251. Telegram From the Embassy in Yugoslavia to the Department of State1

950. Paris pass Secretary.

Foreign Secretary informed me that the meeting will take place at the end of May.
'''

CABLE = '''CONFIDENTIAL
PAGE 01
STATE 211140
ORIGIN EUR-12
INFO OCT-01 ARA-10 EA-10
CIAE-00 DODE-00 PM-05 H-01 L-03 /113 R
DRAFTED BY EUR/EE:DNJOHNSON:LCB
APPROVED BY EUR:WHLUERS
EUR/EE:CWSCHMIDT
------------------056440 191502Z /14
O 182250Z AUG 78
FM SECSTATE WASHDC
TO AMEMBASSY BELGRADE
INFO AMCONSUL ZAGREB
AMEMBASSY MOSCOW
USMISSION USUN NEW YORK
C O N F I D E N T I A L STATE 211140
E.O. 11652: GDS
TAGS: YO, US
SUBJECT: AMBASSADOR'S CALL - INTERNATIONAL ISSUES
1. SUMMARY: THE AMBASSADOR CALLED ON AUGUST 15 TO DISCUSS THE
CONFIDENTIAL
CONFIDENTIAL
PAGE 02
STATE 211140
Declassified/Released US Department of State EO Systematic Review 20 Mar 2014
RECENT MEETING IN BELGRADE. END SUMMARY.
2. HE BEGAN BY ASKING FOR VIEWS ON THE OUTCOME OF THE BELGRADE
MEETING.
VANCE
'''

EMBASSY_CABLE = '''LIMITED OFFICIAL USE
PAGE 01 SEOUL 03190 200504 Z
10
ACTION SS-25
INFO OCT-01 ADP-00 /026 W
--------------------- 107799
P R 200429 Z MAY 73
FM AMEMBASSY SEOUL
TO SECSTATE WASHDC PRIORITY 7890
INFO AMEMBASSY TOKYO PRIORITY
USMISSION USUN NY
LIMITED OFFICIAL USE SEOUL 3190
CINCPAC FOR POLAD
EXDIS
DEPARTMENT PASS: AMEMBASSY LONDON, THE HAGUE,
OTTAWA, USUN
E. O. 11652: N/A
TAGS: PFOR, KS
SUBJECT: AMBASSADOR'S CALL AT THE FOREIGN MINISTRY
REF: SEOUL 3111
1. ROK AMBASSADOR HAHM CALLED AT HIS REQUEST ON THE MINISTER
LIMITED OFFICIAL USE
LIMITED OFFICIAL USE
PAGE 02 SEOUL 03190 200504 Z
TO DISCUSS THE FORTHCOMING VISIT.
HABIB
'''

RELAYED_CABLE = '''CONFIDENTIAL
PAGE 01 BUDAPE 00902 290958Z
15
ACTION EUR-25
INFO OCT-01 EA-11 NEA-10 ISO-00
/159 W
--------------------- 022630
O 290841Z MAR 75 ZFF RUEHC
FM AMEMBASSY BUDAPEST
TO SECSTATE WASHDC IMMEDIATE 2920
INFO USUN NEW YORK 190
C O N F I D E N T I A L BUDAPEST 0902
E.O. 11652: GDS
SUBJ: AMERICANS MISSING IN THE HIGHLANDS
REF: (A) BUDAPEST 890, (B) STATE 68733,
(C) BUDAPEST 874
1. FONOFF HANDED US THE FOLLOWING NOTE. QUOTE. THE MINISTRY PRESENTS
ITS COMPLIMENTS TO THE EMBASSY OF THE UNITED STATES OF AMERICA. UNQUOTE.
PEDERSEN
'''

SIXTIES = '''246. Telegram From the Department of State to the Embassy in Vietnam1
Washington, July 26,
1964—5:02 p.m.
255. For Ambassador. Your 214 received; proposal fully approved.
Rusk
  1. Source: Department of State, Central Files, POL 27 VIET S. Secret; Flash; Limdis. Drafted by Forrestal.
'''

SECTIONED_CABLE = '''SECRET
PAGE 01
ANKARA 04417 01 OF 02 110922Z
ACTION NEA-11
INFO OCT-01 EUR-12 SS-15 /039 W
------------------044120 110940Z /42
P 110835Z JUN 79
FM AMEMBASSY ANKARA
TO SECSTATE WASHDC PRIORITY 4410
INFO AMEMBASSY MOSCOW
S E C R E T SECTION 1 OF 2 ANKARA 4417
E.O.12065: GDS 6/11/85 (SMITH, JOHN) OR-M
TAGS: PEPR TU UR
SUBJ: TALK WITH THE SOVIET CHARGE
1. (S-ENTIRE TEXT)
2. THE CHARGE CALLED ON ME TO DISCUSS THE
SECRET
SECRET
PAGE 02
ANKARA 04417 01 OF 02 110922Z
COMING TALKS ON THE STRAITS.
'''

SUBJECT_FIRST = '''83. Telegram From the Embassy in Turkey to the Department of State1

4420. Subj: (C) Soviet Charge Asks About the Straits.

1. (C—Entire text.)

2. The Soviet Charge asked again about the coming talks.
'''

WRAPPED_SUBJECT = '''CONFIDENTIAL
PAGE 01
MOSCOW 27110 01 OF 02 061240Z
ACTION EUR-12
INFO OCT-01 EA-10 /039 W
------------------016300 061250Z /40
R 061230Z NOV 78
FM AMEMBASSY MOSCOW
TO SECSTATE WASHDC 8790
INFO AMEMBASSY TOKYO
C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 27110
E.O. 11652: GDS
TAGS: VN, UR
SUBJECT: SOVIET AND VIETNAMESE LEADERS SIGN
CONFIDENTIAL
CONFIDENTIAL
PAGE 02
MOSCOW 27110 01 OF 02 061240Z
TREATY AND TRADE AGREEMENTS
CINCPAC FOR POLAD, PARIS FOR JEC
REF: MOSCOW 26990
1. THE SIGNING OF THE TREATY FOLLOWS A YEAR OF
CLOSER TIES.
'''

CODEWORD = '''84. Telegram From the Embassy in the Soviet Union to the Department of State1

3510. Ref: Moscow 3509.2

The counsellor called on the DCM at noon and handed over the reply.
  1. Source: Central Files, POL 27–14 VIET. Top Secret; Immediate; Nodis; Marigold.
'''

BEGIN_TEXT = '''247. Telegram From the Department of State to the Embassy in the United Kingdom1

5890. Eyes only for Ambassador From Secretary. Text of letter from President to Prime Minister follows.

Begin text. Personal and Confidential April 9, 1956

Dear Harold: Thank you for your note on the coming visit.

I shall follow the talks with great interest. End text.

  1. Source: Central Files, 033.6141/4–956. Confidential; Priority.
'''

SIX_DIGITS = '''230. Telegram From the Department of State to the Mission to the North Atlantic Treaty Organization1

110790. Subject: Yugoslav Developments. Reference: USNATO 2601.2

1.
The following assessment may be drawn upon in the discussion.
'''

OLD_WEB = '''186. Telegram From the Embassy in Yugoslavia to the Department of State/1/

Belgrade, July 16, 1967, 0930Z.

/1/Source: Department of State, Central Files, POL US-YUGO. Confidential. Repeated to Zagreb.

147. 1. During a meeting with the Foreign Minister yesterday I raised our bilateral relations.
'''

INTELLIGENCE_CABLE = '''231. Intelligence Information Cable1

TDCS DB–315/04400–71

COUNTRY

Yugoslavia

DOI

1–5 July 1971

SUBJECT

  • Party Leaders Meet in Zagreb

SOURCE

[3 lines not declassified]

1.
On 5 July 1971 the party leaders met in Zagreb.
'''

LETTERED_FILE = '''793B.00/12–2750: Telegram
The Ambassador in India (Henderson) to the Secretary of State
1560. 1. Showed Bajpai today the letter from the delegation.
2. Bajpai replied no similar communication received.
Henderson
'''

OFFICE_IN_PARENTHESES = '''501.AA/12–549: Telegram

The Tibetan Cabinet Ministers to the Secretary of State

Kindly take immediate action and wire reply.

(Cabinet Ministers of Tibet, Lhasa)
'''

EDITION_NUMBER = '''No. 681

749.00/5–2751: Telegram

The Ambassador in Czechoslovakia (Briggs) to the Secretary of State

confidential

760. The note was handed over this morning.
'''

# The volumes of 1918 print the file alone over the heading and the kind under it; the later ones a file
# named by words and a year. Both open the text with the telegram's number and the ones it answers.
FILE_ALONE = '''File No. 861.00/1422

The Secretary of State to the Ambassador in Russia ( Francis)

[Telegram]

41. Your 96, March 2, 6 p.m., and 98, March 4, noon. Department approves your course.

Lansing
'''

FILE_IN_WORDS = '''740.0011 European War 1939/4410: Telegram

The Ambassador in the Soviet Union (Steinhardt) to the Secretary of State

Moscow, June 30, 1941—6 p.m.
[Received July 1—8:15 a.m.]

1270. See my 1255 of June 28, 2 p.m. The Embassy will remain in Moscow for the present.

Steinhardt
'''

# A lower-case letter in the file and words before its date; the editor's note number after the
# sender's name, and glued to the days of the telegrams it cites
NOTE_AFTER_THE_NAME = '''861h.00 Balkan Affairs/9–1449: Telegram

The Ambassador in the Soviet Union (Kirk)1 to the Secretary of State

secret

2205. Soviet press keeps up its campaign (mytels 2150 September 52 and 2161 September 73) without a new note.

Kirk
'''

# the quotation's author named over it
REPLIED_AS_FOLLOWS = '''661.00/4–1052: Telegram

The Ambassador in the Soviet Union (Kennan) to the Secretary of State

1601. I handed over the aide-mémoire at noon. Vyshinsky replied as follows:

"The Soviet Government will study the document and answer in due course."

Kennan
'''

# `Embtel` and `Deptel`: the embassy's and the Department's telegrams, whose by who sends
EMBTEL = '''761.00/3–1250: Telegram

The Ambassador in the Soviet Union (Kirk) to the Secretary of State

812. Embtel 790 March 9 and Deptel 201 March 10. No further word from the Foreign Ministry. Department's 195, March 8, was delivered.

Kirk
'''

DEPTEL = '''761.00/3–1450: Telegram

The Secretary of State to the Embassy in the Soviet Union

205. Embtel 812 March 12. Deptel 201 March 10 stands.

Acheson
'''

# a post's files for the file, the edition's number under it; a file with initials (`P. W.`)
POST_FILES = """Nanking Embassy Files: Telegram

No. 1247
The Ambassador in China (Hurley) to the President and the Secretary of State1
top secret

Your message White House Number 3112 delivered to Prime Minister Soong at his residence at 2130 hours.
"""

INITIALS_FILE = """740.00119 P. W./8–1145: Telegram
The Ambassador in China (Hurley) to the Secretary of State 9
[120212.] Your White House 3279a delivered to Generalissimo 0910 hours, Chungking time, August 12.
"""

# the Geneva conference's file (letters after the number), a delegation's heading and its series
SECTO = """396.1 GE/5–1654: Telegram

The United States Delegation to the Department of State

secret

Secto 228. Repeated information London 171. Limit distribution. Eden spoke to me briefly regarding talk he had time his call on Chou En-lai morning May 14.

Smith
"""

# the later volumes: whom the text is for and from whom, after the telegram's number
EYES_ONLY = """101. Telegram From the Department of State to the Embassy in Vietnam1

396. Eyes only for Ambassador Lodge from the President. Your 4782 is a major paper and has stirred a corresponding effort.
"""

# posts, no one named (`For President and Acting Secretary`), and a name with its office's symbol
# after it (`Personal for Thompson EE`)
FOR_POSTS = """96. Telegram From the Embassy in the Soviet Union to the Department of State1

291. For President and Acting Secretary from Vice President. My conversation with Voroshilov today was friendly.

Thompson
"""

FOR_SYMBOL = """361.1121/7–2547: Telegram

The Ambassador in the Soviet Union (Smith) to the Secretary of State

2505. Personal for Thompson EE. For immediate action. I intend to seek an interview with Molotov.

Smith
"""

EXCLUSIVE = """67. Telegram From the Embassy in Vietnam to the Department of State1

2399. Exclusive for William Bundy from McGeorge Bundy. Politics here require postponement of my call on General Khanh tomorrow.
"""

# the later volumes' heading with its note mark, and the text carried between `Begin Verbatim Text:`
# and `End Verbatim Text.`, for delivery to whom the wrapper says
VERBATIM = """58. Telegram From the Department of State to the Embassy in the Soviet Union 0

826. Following message for delivery soonest to Khrushchev from the President:

Begin Verbatim Text:

Dear Mr. Chairman:

I thank you and the Soviet people on behalf of the American people for your congratulations.

John F. Kennedy.

End Verbatim Text.

Time of release of this message by White House not decided.
"""

# a chargé's telegram naming the Embassy's own earlier telegram, and the Department's it answers
EMBASSYS_OWN = """711.94114 Mail/25: Telegram

The Chargé in the Soviet Union (Hamilton) to the Secretary of State

1468. Department's 726, August 20, 6 p.m. The considerations set forth in the Department's telegram under reference were communicated to the Foreign Office. A note has now been received which contains essentially the same information as reported in the Embassy's telegram 1065, August 12, 3 p.m.
"""

# an embassy's cable that no one signs, sent from its post's code (`FM AMEMBASSY PRAGUE`), answering the
# Department's telegram named under `REF:` and drawing on another in its text; its subject wraps with a
# colon in the wrapped part, and its last line ends a sentence the line above left open
UNSIGNED_CABLE = """CONFIDENTIAL
PAGE 01
PRAGUE 04100 01 OF 02 171344Z
ACTION SS-30
INFO OCT-01 ADS-00 /031 W
------------------067900 171347Z /44
O 171258Z NOV 79
FM AMEMBASSY PRAGUE
TO SECSTATE WASHDC IMMEDIATE 9480
INFO AMEMBASSY MOSCOW IMMEDIATE
C O N F I D E N T I A L SECTION 1 OF 2 PRAGUE 4100
E.O. 12065: GDS 11/17/85 (MORTON, BYRON B.) OR-M
TAGS: PEPR, CZ, US
SUBJECT: HOSTAGES: CZECHOSLOVAK VIEWS
ON THE DEAN'S ROLE: SECOND CALL
REF: (A) STATE 297400 (NOTAL), (B) PRAGUE 4020
1. THE DEPUTY MINISTER RECEIVED ME NOVEMBER 17. I DREW ON
STATE 297410 AND LEFT A COPY WITH HIM, WHICH HE WILL GIVE TO THE MINISTER
AND ONLY TO THE MINISTER. EACH TELEGRAM SHOULD DEAL WITH THE ACTIVITIES OF
ONLY ONE DELEGATION.
"""

# a draft, never sent: the later volumes' heading of it
DRAFT = """151. Draft Telegram From the Acting Secretary of State to the Embassy in Vietnam1
Ref: Saigon’s 3095.2 Department concurs your recommendation that you inform Diem orally.
Instructions to Bangkok follow.
- Source: Lansdale Papers. Secret; Priority; Limited Distribution. This telegram was not sent.↩
"""

# telegrams named on the Ref line by post and number, each lettered; `ReDeptel` and an editor's
# note glued to the last number
LETTERED_REFS = """110. Telegram From the Embassy in the Soviet Union to the Department of State1

11786. Subject: Technical Penetration. Ref: (A) Moscow 11684 (B) Moscow 11713 (C) Moscow 11770.2 ReDeptel 294 and 295.3

1. We believe we are faced with a decision in the next few hours.
"""

# references over two lines, each `(NOTAL)`, and the text opening with its summary
REFS_NOTAL = """CONFIDENTIAL
PAGE 01 BONN 02102 01 OF 02 061752Z
R 061738Z FEB 76
FM AMEMBASSY BONN
TO SECSTATE WASHDC 6303
INFO AMEMBASSY LONDON
E.O. 11652: GDS
TAGS: PFOR, PDIP, GW, VN
SUBJECT: FRG RELATIONS WITH DRV
REFS: (A) BONN 729 (NOTAL); VIENTIANE 265 (NOTAL);
(C) BANGKOK 2259 (NOTAL)
SUMMARY: FRG WILL PROBABLY ESTABLISH MODEST EMBASSY IN
HANOI. END SUMMARY.
1. ALFRED STEGER BRIEFED EMBASSY OFFICER ON HIS TRIP.
"""

# one telegram named twice, dated once
NAMED_TWICE = """840.50/9–544: Telegram

The Ambassador in the United Kingdom (Winant) to the Secretary of State

7238. With further reference to Embassy’s 7216, September 4, 1944, we have discussed the matter again with the Foreign Office.
The Foreign Office proposes to substitute the telegram quoted below for the one contained in our 7216.

Winant
"""

# a message, and the same message by its number
CONTAINED_IN = """185. Telegram From the Embassy in Vietnam to the Department of State/1/

Saigon, October 6, 1963, 8 p.m.

643. For Bundy.

1. Your message contained in Deptel 533.

2. I will of course comply in every particular.

Lodge
"""

DOCS = {"contained_in.txt": CONTAINED_IN, "named_twice.txt": NAMED_TWICE, "refs_notal.txt": REFS_NOTAL, "draft.txt": DRAFT, "lettered_refs.txt": LETTERED_REFS, "for_posts.txt": FOR_POSTS, "for_symbol.txt": FOR_SYMBOL, "unsigned_cable.txt": UNSIGNED_CABLE, "post_files.txt": POST_FILES, "initials_file.txt": INITIALS_FILE, "secto.txt": SECTO, "eyes_only.txt": EYES_ONLY, "exclusive.txt": EXCLUSIVE, "verbatim.txt": VERBATIM, "embassys_own.txt": EMBASSYS_OWN, "embtel.txt": EMBTEL, "deptel.txt": DEPTEL, "replied.txt": REPLIED_AS_FOLLOWS, "note_after_name.txt": NOTE_AFTER_THE_NAME, "file_alone.txt": FILE_ALONE, "file_in_words.txt": FILE_IN_WORDS, "edition_number.txt": EDITION_NUMBER, "lettered_file.txt": LETTERED_FILE, "office_parens.txt": OFFICE_IN_PARENTHESES, "begin_text.txt": BEGIN_TEXT, "six_digits.txt": SIX_DIGITS, "old_web.txt": OLD_WEB,
        "intelligence.txt": INTELLIGENCE_CABLE, "wrapped.txt": WRAPPED_SUBJECT, "codeword.txt": CODEWORD, "sectioned.txt": SECTIONED_CABLE, "subject_first.txt": SUBJECT_FIRST, "sixties.txt": SIXTIES, "relayed.txt": RELAYED_CABLE, "embassy_cable.txt": EMBASSY_CABLE, "circular.txt": CIRCULAR, "later.txt": LATER_VOLUME, "cable.txt": CABLE, "routed.txt": ROUTED, "embassy.txt": FROM_EMBASSY, "washington.txt": FROM_WASHINGTON, "dateline.txt": DATELINE,
        "personnel.txt": PERSONNEL_FILE}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_corpus(tmp_path_factory.mktemp("state"), DOCS)


def test_a_telegram_from_an_embassy_with_the_editors_footnotes(db):
    d = document(db, "embassy.txt")
    # the file `795.00/6–2650` was filed on 26 June 1950: the document's date, no printed one being given
    assert (d["doc_type"], d["date"], d["issuer"], d["sent_to"]) == (
        "telegram", "1950-06-26", "Ambassador in Korea", "Secretary of State")
    assert (d["classification"], d["priority"], d["received_at"]) == ("confidential", "niact", "1950-06-26T21:40")
    m = top(db, "embassy.txt")
    assert (m["sender_id"], m["number"], m["signature"]) == ("john-j-muccio", "731", "Muccio")
    assert m["body"] == ("731. Situation around the capital unchanged since my telegram 729.1 Embassy staff "
                         "ready to move south on short notice.")
    assert m["label"].startswith("John J. Muccio to Secretary of State")
    # the date it was filed is the document's, not when the telegram was sent
    assert m["sent_at"] is None
    assert warning_codes(db, "embassy.txt") == []


def test_an_unsigned_telegram_from_the_secretary_names_its_addressee_in_the_text(db):
    m = top(db, "washington.txt")
    assert (m["sender_office"], m["number"]) == ("Secretary of State", "740")
    assert recipients(db, m) == {"john-j-muccio": 1}
    assert m["body"].endswith("Keep Department informed.")
    assert "no-sender" not in warning_codes(db, "washington.txt")


def test_a_dateline_over_two_lines_and_footnotes_marked_with_arrows(db):
    d = document(db, "dateline.txt")
    assert (d["date"], d["origin_text"], d["classification"]) == ("1950-11-03", "Washington", "restricted")
    m = top(db, "dateline.txt")
    assert (m["sender_id"], m["sent_at"], m["number"]) == ("dean-acheson", "1950-11-03T12:00", "301")
    assert m["sent_at_text"] == "November 3, 1950—noon"
    assert m["body"] == "301. Deliver fol greetings through appropriate channels Nov 7.1"
    assert m["signature"] == "Acheson"


def test_a_personnel_file_gives_no_date(db):
    d = document(db, "personnel.txt")
    assert (d["doc_type"], d["date"], d["sent_to"]) == ("telegram", None, "Embassy in the Soviet Union")
    m = top(db, "personnel.txt")
    assert (m["sender_id"], m["number"], m["body"]) == (
        "dean-acheson", "552", "552. Instr going forward next day in reply your 1820.")
    assert warning_codes(db, "personnel.txt") == ["no-date"]


def test_where_a_telegram_was_sent_is_its_text_not_its_signature(db):
    m = top(db, "routed.txt")
    assert (m["sender_id"], m["sender_office"], m["signature"], m["number"]) == ("peck", None, None, "275")
    assert m["body"].endswith("The British Secretary has telegraphed this information to his Ambassador.\n"
                              "Sent to the Department, Peiping.")
    assert db.value("select name from people where id = 'peck'") == "Peck"     # named in the heading, unknown to the authority


def test_a_circular_telegram_and_the_later_volumes_heading(db):
    d = document(db, "circular.txt")
    assert (d["doc_type"], d["date"], d["issuer"], d["sent_to"]) == (
        "circular telegram", "1948-07-08", "Secretary of State", "Certain Diplomatic Offices")
    assert top(db, "circular.txt")["sender_office"] == "Secretary of State"
    d = document(db, "later.txt")
    assert (d["doc_type"], d["issuer"], d["sent_to"]) == ("telegram", "Embassy in Yugoslavia", "Department of State")
    m = top(db, "later.txt")
    assert (m["sender_office"], m["number"]) == ("Embassy in Yugoslavia", "950")
    assert m["body"].startswith("950. Paris pass Secretary.")


def test_a_cable_of_the_1970s(db):
    d = document(db, "cable.txt")
    assert (d["doc_type"], d["number"], d["date"], d["sent_at"]) == (
        "telegram", "STATE 211140", "1978-08-18", "1978-08-18T22:50Z")      # the date-time group, in UTC
    assert (d["origin_text"], d["sent_to"], d["priority"], d["classification"]) == (
        "SECSTATE WASHDC", "AMEMBASSY BELGRADE", "IMMEDIATE", "CONFIDENTIAL")
    assert d["subject"] == "AMBASSADOR'S CALL - INTERNATIONAL ISSUES" and d["issuer"] is None
    m = top(db, "cable.txt")
    assert m["id"].endswith("--cyrus-vance-1978-08-18-2250z") and m["sender_id"] == "cyrus-vance"
    # each page's repeated heading and the release stamp are not the text
    assert "PAGE 02" not in m["body"] and "Declassified" not in m["body"] and "STATE 211140" not in m["body"]
    assert m["body"].startswith("1. SUMMARY: THE AMBASSADOR CALLED") and m["body"].endswith("BELGRADE\nMEETING.")
    assert db.value("select count(*) from people where id in ('meeting', 'page', 'summary')") == 0
    assert warning_codes(db, "cable.txt") == []


def test_an_embassys_cable_of_the_1970s_in_capitals(db):
    d = document(db, "embassy_cable.txt")
    assert (d["number"], d["sent_at"], d["priority"], d["classification"]) == (
        "SEOUL 03190", "1973-05-20T04:29Z", "PRIORITY", "LIMITED OFFICIAL USE")
    assert (d["origin_text"], d["sent_to"], d["subject"]) == (
        "AMEMBASSY SEOUL", "SECSTATE WASHDC", "AMBASSADOR'S CALL AT THE FOREIGN MINISTRY")
    m = top(db, "embassy_cable.txt")
    assert m["sender_id"] == "philip-habib"
    assert m["body"] == "1. ROK AMBASSADOR HAHM CALLED AT HIS REQUEST ON THE MINISTER\nTO DISCUSS THE FORTHCOMING VISIT."
    # in a text all in capitals, a name ends where the sentence's words begin
    assert db.value("select surface from mentions where document_id = ? and surface like 'HAHM%'", d["id"]) == "HAHM"
    assert warning_codes(db, "embassy_cable.txt") == []


def test_a_cable_with_its_relay_marks_and_a_quotation_closing_its_text(db):
    d = document(db, "relayed.txt")
    # `O 290841Z MAR 75 ZFF RUEHC`: the relay's marks after the date-time group
    assert (d["number"], d["sent_at"], d["priority"], d["origin_text"], d["sent_to"], d["subject"]) == (
        "BUDAPE 00902", "1975-03-29T08:41Z", "IMMEDIATE", "AMEMBASSY BUDAPEST", "SECSTATE WASHDC",
        "AMERICANS MISSING IN THE HIGHLANDS")
    m = top(db, "relayed.txt")
    # the quotation's last line is text, not the signer's office
    assert (m["signature"], m["sender_office"]) == ("PEDERSEN", None)
    assert m["body"].startswith("1. FONOFF HANDED US") and m["body"].endswith("UNQUOTE.")
    assert db.value("select count(*) from people where id like 'secstate%'") == 0
    assert warning_codes(db, "relayed.txt") == []


def test_the_later_volumes_dateline_over_two_lines_and_the_marks_in_the_source_note(db):
    d = document(db, "sixties.txt")
    assert (d["date"], d["origin_text"], d["issuer"], d["sent_to"]) == (
        "1964-07-26", "Washington", "Department of State", "Embassy in Vietnam")
    # the marks the volume prints in its source note, under the telegram
    assert (d["classification"], d["priority"]) == ("Secret", "Flash")
    m = top(db, "sixties.txt")
    assert (m["sender_id"], m["sent_at"], m["number"]) == ("dean-rusk", "1964-07-26T17:02", "255")
    assert m["body"] == "255. For Ambassador. Your 214 received; proposal fully approved."
    # `Your 214`: the telegram it answers, named by its number alone, known only from here
    assert db.rows("select s.number, s.in_corpus, l.relation from message_links l join messages s on s.id = l.to_message_id "
                   "where l.from_message_id = ?", m["id"]) == [{"number": "214", "in_corpus": 0, "relation": "replies_to"}]
    # `For Ambassador.`: a post, not a person
    assert recipients(db, m) == {} and db.value("select count(*) from people where id = 'ambassador'") == 0


def test_a_cable_sent_in_sections(db):
    d = document(db, "sectioned.txt")
    # `ANKARA 04417 01 OF 02 110922Z` and `S E C R E T SECTION 1 OF 2 ANKARA 4417`: the cable's number
    # and its section, never its issuer
    assert (d["number"], d["issuer"], d["classification"], d["priority"], d["sent_at"]) == (
        "ANKARA 04417", None, "SECRET", "PRIORITY", "1979-06-11T08:35Z")
    assert (d["origin_text"], d["sent_to"], d["subject"]) == ("AMEMBASSY ANKARA", "SECSTATE WASHDC", "TALK WITH THE SOVIET CHARGE")
    m = top(db, "sectioned.txt")
    assert m["body"].startswith("1. (S-ENTIRE TEXT)") and m["body"].endswith("COMING TALKS ON THE STRAITS.")
    assert "PAGE 02" not in m["body"] and "04417" not in m["body"]


def test_the_later_volumes_subject_and_secrecy_after_the_number(db):
    d = document(db, "subject_first.txt")
    assert (d["issuer"], d["sent_to"], d["subject"], d["classification"]) == (
        "Embassy in Turkey", "Department of State", "Soviet Charge Asks About the Straits", "Confidential")
    assert top(db, "subject_first.txt")["number"] == "4420"


def test_an_unsigned_cable_from_a_posts_code_and_the_telegrams_it_answers(db):
    d = document(db, "unsigned_cable.txt")
    # `FM AMEMBASSY PRAGUE`: printed as it is, the place is the city, and the post sent what no one signs
    assert (d["origin_text"], d["origin_place_id"]) == ("AMEMBASSY PRAGUE", "prague")
    assert d["subject"] == "HOSTAGES: CZECHOSLOVAK VIEWS ON THE DEAN'S ROLE: SECOND CALL"
    m = top(db, "unsigned_cable.txt")
    assert (m["sender_id"], m["sender_office"], m["signature"]) == (None, "AMEMBASSY PRAGUE", None)
    assert m["body"].endswith("THE ACTIVITIES OF\nONLY ONE DELEGATION.")
    assert db.value("select count(*) from people where id like '%delegation%' or id like 'amembassy%'") == 0
    assert db.value("select count(*) from places where id like 'amembassy%' or id like 'secstate%'") == 0
    # `REF: (A) STATE 297400 (NOTAL), (B) PRAGUE 4020` and `I DREW ON STATE 297410`
    # the Department's telegrams are answered (sent by the post it is addressed to), its own referred to
    stubs = db.rows("select s.number, s.sender_office, s.reference_text, l.relation from message_links l "
                    "join messages s on s.id = l.to_message_id where l.from_message_id = ? order by s.number", m["id"])
    assert stubs == [
        {"number": "297400", "sender_office": "SECSTATE WASHDC", "reference_text": "STATE 297400", "relation": "replies_to"},
        {"number": "297410", "sender_office": "SECSTATE WASHDC", "reference_text": "STATE 297410", "relation": "replies_to"},
        {"number": "4020", "sender_office": "AMEMBASSY PRAGUE", "reference_text": "PRAGUE 4020", "relation": "refers_to"}]
    assert m["label"] == "AMEMBASSY PRAGUE to SECSTATE WASHDC, 1979-11-17T12:58Z"
    assert "no-sender" not in warning_codes(db, "unsigned_cable.txt")


def test_a_cable_whose_subject_wraps_across_a_pages_heading(db):
    d = document(db, "wrapped.txt")
    assert d["subject"] == "SOVIET AND VIETNAMESE LEADERS SIGN TREATY AND TRADE AGREEMENTS"
    # `CINCPAC FOR POLAD, PARIS FOR JEC`: which office of a post reads it, not where it was sent
    assert d["sent_to"] == "SECSTATE WASHDC"
    m = top(db, "wrapped.txt")
    assert m["body"] == "1. THE SIGNING OF THE TREATY FOLLOWS A YEAR OF\nCLOSER TIES."


def test_a_channels_codeword_after_the_marks_in_the_source_note(db):
    d = document(db, "codeword.txt")
    assert (d["classification"], d["priority"]) == ("Top Secret", "Immediate")


def test_the_text_a_telegram_carries_between_begin_text_and_end_text(db):
    d = document(db, "begin_text.txt")
    rows = db.rows("select * from messages where document_id = ? and in_corpus = 1 order by seq", d["id"])
    assert len(rows) == 2
    top_row, letter = rows
    assert top_row["number"] == "5890" and top_row["body"].endswith("Text of letter from President to Prime Minister follows.")
    assert letter["parent_id"] == top_row["id"] and letter["sent_at"] == "1956-04-09"
    assert letter["salutation"] == "Dear Harold:"
    assert letter["body"] == "Thank you for your note on the coming visit.\n\nI shall follow the talks with great interest."
    # `For Ambassador From Secretary.`: posts, no one named
    assert db.value("select count(*) from people where id like 'from%'") == 0


def test_a_six_digit_number_and_the_subject_before_the_reference(db):
    d = document(db, "six_digits.txt")
    assert d["subject"] == "Yugoslav Developments"
    assert top(db, "six_digits.txt")["number"] == "110790"


def test_an_older_web_editions_notes_and_a_dateline_in_utc(db):
    d = document(db, "old_web.txt")
    assert (d["sent_to"], d["date"], d["origin_text"], d["classification"]) == (
        "Department of State", "1967-07-16", "Belgrade", "Confidential")
    m = top(db, "old_web.txt")
    assert (m["sent_at"], m["number"]) == ("1967-07-16T09:30Z", "147")
    assert m["body"].startswith("147. 1. During a meeting") and "Source" not in m["body"]


def test_an_intelligence_information_cable(db):
    d = document(db, "intelligence.txt")
    assert (d["doc_type"], d["number"], d["subject"]) == (
        "intelligence information cable", "TDCS DB–315/04400–71", "Party Leaders Meet in Zagreb")
    # `DOI`: when what it reports happened, not the cable's date
    assert d["date"] is None
    m = top(db, "intelligence.txt")
    assert m["body"].startswith("On 5 July 1971") and "Yugoslavia" not in m["body"]


def test_a_decimal_file_with_a_letter_after_the_countrys_number(db):
    d = document(db, "lettered_file.txt")
    # `793B.00/12–2750`: filed 27 December 1950; the heading's lines with no blank line between
    assert (d["doc_type"], d["date"], d["issuer"], d["sent_to"]) == (
        "telegram", "1950-12-27", "Ambassador in India", "Secretary of State")
    m = top(db, "lettered_file.txt")
    assert (m["number"], m["signature"]) == ("1560", "Henderson")


def test_an_office_signing_in_parentheses_with_its_place(db):
    m = top(db, "office_parens.txt")
    assert (m["sender_office"], m["signature"]) == ("Cabinet Ministers of Tibet", "(Cabinet Ministers of Tibet, Lhasa)")
    assert m["body"] == "Kindly take immediate action and wire reply."


def test_the_editions_number_over_the_file_is_not_the_telegrams(db):
    d = document(db, "edition_number.txt")
    # `No. 681`: the document's place in the volume; the telegram's own number opens its text
    assert (d["number"], d["date"], d["classification"]) == (None, "1951-05-27", "confidential")
    assert top(db, "edition_number.txt")["number"] == "760"


def test_a_file_printed_alone_over_the_heading_and_the_kind_under_it(db):
    d = document(db, "file_alone.txt")
    assert (d["doc_type"], d["issuer"], d["sent_to"]) == ("telegram", "Secretary of State", "Ambassador in Russia")
    m = top(db, "file_alone.txt")
    assert (m["sender_id"], m["number"]) == ("robert-lansing", "41")
    assert recipients(db, m) == {"david-r-francis": 1}
    # the post he held is no second addressee: the label and the title name him once
    assert m["label"] == "Robert Lansing to David R. Francis"
    assert d["title"] == "Telegram, Robert Lansing to David R. Francis"
    # `41.` is the telegram's number, not the first point of a list
    assert db.value("select count(*) from demands where message_id = ?", m["id"]) == 0
    # the two telegrams it answers, named by their numbers, each from the addressee
    assert db.rows("select s.number, s.sent_at_text, s.sender_id, l.relation from message_links l "
                   "join messages s on s.id = l.to_message_id where l.from_message_id = ? order by s.number", m["id"]) == [
        {"number": "96", "sent_at_text": "March 2, 6 p.m.", "sender_id": "david-r-francis", "relation": "replies_to"},
        {"number": "98", "sent_at_text": "March 4, noon", "sender_id": "david-r-francis", "relation": "replies_to"}]


def test_a_file_named_by_words_and_a_year(db):
    d = document(db, "file_in_words.txt")
    assert (d["doc_type"], d["date"], d["sent_to"]) == ("telegram", "1941-06-30", "Secretary of State")
    m = top(db, "file_in_words.txt")
    assert (m["sender_id"], m["number"], m["sent_at"]) == ("laurence-steinhardt", "1270", "1941-06-30T18")
    assert m["body"] == "1270. See my 1255 of June 28, 2 p.m. The Embassy will remain in Moscow for the present."
    # `my 1255 of June 28, 2 p.m.`: the sender's own earlier telegram
    assert db.rows("select s.number, s.sent_at, s.sender_id from message_links l join messages s on s.id = l.to_message_id "
                   "where l.from_message_id = ?", m["id"]) == [
        {"number": "1255", "sent_at": "1941-06-28T14", "sender_id": "laurence-steinhardt"}]


def test_the_editors_note_number_after_the_senders_name_and_glued_to_the_days_cited(db):
    d = document(db, "note_after_name.txt")
    # `861h.00 Balkan Affairs/9–1449`: filed on 14 September 1949
    assert (d["doc_type"], d["date"], d["issuer"], d["sent_to"], d["classification"]) == (
        "telegram", "1949-09-14", "Ambassador in the Soviet Union", "Secretary of State", "secret")
    m = top(db, "note_after_name.txt")
    assert (m["number"], m["body"][:5]) == ("2205", "2205.")
    # `September 52`, `September 73`: 5 and 7 September, notes 2 and 3
    assert db.rows("select s.number, s.sent_at from message_links l join messages s on s.id = l.to_message_id "
                   "where l.from_message_id = ? order by s.number", m["id"]) == [
        {"number": "2150", "sent_at": "1949-09-05"}, {"number": "2161", "sent_at": "1949-09-07"}]
    assert warning_codes(db, "note_after_name.txt") == []


def test_a_quotation_under_the_words_of_who_said_it(db):
    m = top(db, "replied.txt")
    q = db.one("select sender_id, body from messages where parent_id = ?", m["id"])
    assert q == {"sender_id": "andrei-vyshinsky",
                 "body": "The Soviet Government will study the document and answer in due course."}
    assert warning_codes(db, "replied.txt") == []


def test_the_embassys_and_the_departments_telegrams_by_who_sends(db):
    def cited(name):
        m = top(db, name)
        return db.rows("select s.number, s.sender_id, l.relation from message_links l join messages s "
                       "on s.id = l.to_message_id where l.from_message_id = ? order by s.number", m["id"])
    # from the embassy: `Embtel 790` is its own, `Deptel 201` the Department's, which it answers
    assert cited("embtel.txt") == [{"number": "195", "sender_id": None, "relation": "replies_to"},
                                   {"number": "201", "sender_id": None, "relation": "replies_to"},
                                   {"number": "790", "sender_id": "alan-g-kirk", "relation": "refers_to"}]
    # from the Department: the other way round
    assert cited("deptel.txt") == [{"number": "201", "sender_id": "dean-acheson", "relation": "refers_to"},
                                   {"number": "812", "sender_id": None, "relation": "replies_to"}]


def test_the_embassys_own_telegram_is_the_senders(db):
    m = top(db, "embassys_own.txt")
    stubs = {r["number"]: r for r in db.rows("select s.*, l.relation from message_links l join messages s "
                                              "on s.id = l.to_message_id where l.from_message_id = ?", m["id"])}
    # `the Embassy's telegram 1065` from a post: its own; `Department's 726`: the addressee's, answered
    assert (stubs["1065"]["sender_id"], stubs["1065"]["relation"]) == (m["sender_id"], "refers_to")
    assert stubs["1065"]["sent_at_text"] == "August 12, 3 p.m."
    assert (stubs["726"]["sender_id"], stubs["726"]["relation"]) == (None, "replies_to")
    # no person is named, but the office at the other end is: the stub says so, in its label too
    assert stubs["726"]["sender_office"] == "Secretary of State"
    assert stubs["726"]["label"].startswith("Secretary of State to ")


def test_begin_verbatim_text_carries_a_message_for_whom_the_wrapper_names(db):
    m = top(db, "verbatim.txt")
    assert (m["sender_office"], m["number"]) == ("Department of State", "826")
    q = db.one("select * from messages where parent_id = ?", m["id"])
    assert (q["sender_id"], recipients(db, q)) == ("john-f-kennedy", {"nikita-khrushchev": 1})
    assert q["body"].startswith("I thank you") and "Time of release" in m["body"]


def test_for_whom_and_from_whom_after_the_number(db):
    m = top(db, "eyes_only.txt")
    # `from the President`: a post, no one named; the office of the heading sent it
    assert (m["number"], m["sender_id"], m["sender_office"]) == ("396", None, "Department of State")
    assert db.value("select name from people where id = ?", next(iter(recipients(db, m)))) == "Lodge"
    stub = db.one("select s.* from message_links l join messages s on s.id = l.to_message_id where l.from_message_id = ?", m["id"])
    assert (stub["number"], stub["reference_text"]) == ("4782", "Your 4782")     # `Your 4782 is a major paper`
    m = top(db, "exclusive.txt")
    assert (m["number"], m["sender_id"], recipients(db, m)) == ("2399", "mcgeorge-bundy", {"william-bundy": 1})


def test_posts_a_telegram_is_for_and_the_symbol_after_a_name(db):
    m = top(db, "for_posts.txt")
    assert (m["number"], m["sender_id"], recipients(db, m)) == ("291", "thompson", {})
    assert db.value("select count(*) from people where name in ('Acting Secretary', 'Vice President', 'President')") == 0
    m = top(db, "for_symbol.txt")
    assert db.rows("select p.name from message_recipients r join people p on p.id = r.person_id where r.message_id = ?",
                   m["id"]) == [{"name": "Thompson"}]
    assert db.value("select count(*) from people where name like '% EE'") == 0


def test_a_delegations_series_and_a_file_with_letters(db):
    d = document(db, "secto.txt")
    assert (d["doc_type"], d["date"], d["issuer"], d["sent_to"], d["classification"]) == (
        "telegram", "1954-05-16", "United States Delegation", "Department of State", "secret")
    m = top(db, "secto.txt")
    assert (m["number"], m["signature"]) == ("Secto 228", "Smith")


def test_a_posts_files_and_a_file_with_initials(db):
    d = document(db, "post_files.txt")
    assert (d["doc_type"], d["number"], d["issuer"], d["classification"]) == (
        "telegram", None, "Ambassador in China", "top secret")       # `No. 1247`: the edition's
    assert db.value("select name from people where id = ?", top(db, "post_files.txt")["sender_id"]) == "Hurley"
    d = document(db, "initials_file.txt")
    assert (d["doc_type"], d["date"], d["issuer"]) == ("telegram", "1945-08-11", "Ambassador in China")


def test_a_draft_telegram_in_the_later_volumes(db):
    d = document(db, "draft.txt")
    assert (d["doc_type"], d["issuer"], d["sent_to"], d["classification"]) == (
        "telegram", "Acting Secretary of State", "Embassy in Vietnam", "Secret")
    assert warning_codes(db, "draft.txt") == ["no-date"]


def test_telegrams_named_on_the_ref_line_each_by_post_and_number(db):
    stubs = db.rows("select number from messages where in_corpus = 0 and document_id = ? order by number",
                    document(db, "lettered_refs.txt")["id"])
    assert [r["number"] for r in stubs] == ["11684", "11713", "11770", "294", "295"]


def test_a_cables_references_over_two_lines_and_its_summary_opening_the_text(db):
    d = document(db, "refs_notal.txt")
    stubs = db.rows("select number from messages where in_corpus = 0 and document_id = ? order by number", d["id"])
    assert [r["number"] for r in stubs] == ["2259", "265", "729"]
    m = top(db, "refs_notal.txt")
    assert m["body"] == ("SUMMARY: FRG WILL PROBABLY ESTABLISH MODEST EMBASSY IN\nHANOI. END SUMMARY.\n"
                         "1. ALFRED STEGER BRIEFED EMBASSY OFFICER ON HIS TRIP.")


def test_a_telegram_named_twice_and_dated_once_is_one(db):
    d = document(db, "named_twice.txt")
    stubs = db.rows("select number, sent_at, sender_id from messages where in_corpus = 0 and document_id = ?", d["id"])
    assert stubs == [{"number": "7216", "sent_at": "1944-09-04", "sender_id": "john-g-winant"}]


def test_a_message_and_the_number_it_goes_by_on_one_line_are_one(db):
    d = document(db, "contained_in.txt")
    stubs = db.rows("select number from messages where in_corpus = 0 and document_id = ?", d["id"])
    assert stubs == [{"number": "533"}]
