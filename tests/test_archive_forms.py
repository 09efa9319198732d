"""More of the archive's forms (Wilson Center translations, 1950-1954), each telegram written
for this test in the layout of a real one: an address through an intermediary (`BEIJING - To
Comrade ZAKHAROV` / `for Comrade ZHOU ENLAI`, `To ZAKHAROV for MAO ZEDONG` / `or ZHOU ENLAI`);
an MID form with the office and its stamp on one line and `To NORTH KOREA To RAZUVAEV TOP
PRIORITY`; a report that encloses a letter without quotation marks under `* * * * *`; a cable
printed in columns with numbered copies, a note above the form and a letter after the copies;
stamps that run over two lines; a quotation closed before a full stop; a Chinese address with
editors' brackets; `Transmit to Zhou Enlai:` over the message's own text; an issuer whose name
opens with an ordinal; later forms of the collection: Chinese Foreign Ministry cables (labelled
fields, registers, title lines, addresses to offices, signed by an office) and a Hungarian report
(its author under the issuer, copies produced for people and offices); a Chinese cable with who
read and approved it (`Read By:`, `Approval:`, `No. [illegible]`, `Sent to: See header`) and copies
to offices and a person; a French telegram (`Telegram Number 1930-33`, `Forwarded via the
Department to: ...`, its title above the text)."""
import pytest

from conftest import build_corpus, document, inner, recipients, top

VIA_ADVISER = '''CIPHERED TELEGRAM No. 2231

Sent 21:10 3.3.51
Transmitted 21:40 3.3.51

BEIJING - To Comrade ZAKHAROV

for Comrade ZHOU ENLAI

Your request about instructors for the Chinese tank regiments will be satisfied. The list of instructors will be communicated separately.

FILIPPOV [Stalin]

No. 640112
3 March 1951.
'''

VIA_ADVISER_OR = '''CIPHERED TELEGRAM No. 1802
BEIJING

To ZAKHAROV for MAO ZEDONG
or ZHOU ENLAI

We have decided to send a further anti-aircraft division to Andong. We hope that you will not object.

FILIPPOV [Stalin]

No. 150/sh
20 March 1951
'''

VIA_NO_LEAD = '''CIPHERED TELEGRAM No. 3790
BEIJING - Comrade KRASOVSKY
For Comrade MAO ZEDONG
We received your telegram of June 23. The arms for ten divisions will be sent this year.
FILIPPOV [Stalin]
26 June 1951
No. 635190
'''

VIA_ABOVE_A_QUOTATION = '''CIPHERED TELEGRAM No. 3960
BEIJING, TO KRASOVSKY.
For Comrade MAO ZEDONG.
"To Comrade MAO ZEDONG.
We received your telegram of 5 July. We have no objections to the first two points.
FILIPPOV"
6 July 1951
'''

MID_FORM = '''MID USSR

No. 26110

Tenth Department Received 17:05 24.XI.1951

Sent 19:40 24.XI.1951

CIPHERED TELEGRAM

To NORTH KOREA To RAZUVAEV TOP PRIORITY

SPECIAL

On 23 November the following directive from Comrade Filippov [Stalin] was sent to Roshchin:

“Tell Mao Zedong and Kim Il Sung that the proposal on the exchange of prisoners should be made by the Chinese-Korean side first.”

Since Comrade Roshchin cannot reach you, MID is sending you the directive of Comrade Filippov.

Confirm receipt.

24.XI.51 GROMYKO

24.XI.51

Copies: Stalin, Copy
'''

ENCLOSED_LETTER = '''Sent from Pyongyang by wire on 09/30/50 at 21:05 p.m.
Received in Moscow on 10/01/50 at 0:10 a.m.
Deciphered by Ivanova on 10/01/50 at 1:20 a.m.
Distribution list - 4 copies:
Stalin - 2, Molotov - 1, Gromyko - 1.
Extremely Urgent
MOSCOW
To Ministry of Foreign Affairs of the USSR
Comrade GROMYKO
Instantsia [Highest Authority]
I relay the text of a letter to Comrade STALIN which KIM IL SUNG handed to me today.
S H T Y K O V
No. 1360
Enclosure: 2-page letter.
This letter was cabled to Comrade Stalin on 10.01.50 at 2:30 a.m.
Typed by Orlova on 10/01/50 at 1:45 a.m.
* * * * *
Moscow, Kremlin.
DEEPLY RESPECTED Iosif
Vissarionovich STALIN.
We thank You for the help which You give our people. We ask You to send us instructors for the new divisions.
With deep respect,
KIM IL SUNG
PAK HEON-YEONG
Pyongyang, 29 September 1950
'''

CABLE_IN_COLUMNS = '''[handwritten above the form: sent to Cde. Poskrebyshev]
to Cde. Stalin
CABLE Nº 600350/sh                                              TOP SECRET
from PYONGYANG   sent at 1810 3 October 1950  Copy Nº 2
received at 2105 3 October
by wire
Moscow
MINISTRY OF FOREIGN AFFAIRS
to Cde. GROMYKO
I am passing on a letter from KIM IL SUNG to Cde. STALIN.
SHTYKOV
attachment on two sheets
Nº 1365
[stamp: Incoming Nº 3602/shs of 4 October 1950]
5 copies printed
Copy Nº 1 to Cde. Stalin
Copy Nº 2
to Cde. Stalin
Copy Nº 3 to Cde. Molotov
chief of the 4th Department [illegible signature]
Moscow - the Kremlin
DEAR
Iosif Vissarionovich STALIN
We ask You to hear our representative, who will tell You of the situation at the front.
KIM IL SUNG
3 October 1950
'''

WRAPPED_STAMPS = '''Copies: Stalin (2), Molotov, Vyshinsky.

From BEIJING No. 1420 21 hours 15
minutes, 20.1.1951

Special No. 70

Zhou Enlai thanked comrade Filippov for the advice and said that the Korean comrades will be informed.

20.1.51 ROSHCHIN
'''

WRAPPED_FROM_LINE = '''From Pyongyang Sent 15.9.50 Received
15.9. 16:20
Sent to the 8th Department of the General Staff of the Armed Forces 15.9 16:31.
By telegraph.
Extremely urgent.
Moscow—Ministry of Foreign Affairs of the USSR.
We consider it advisable to recommend to the Korean government to publish the documents found in Seoul.
We ask your orders.
No. 1170/sh.
15 September of this year
Copies: Stalin (2), Molotov, Malenkov,
Beria, Bulganin.
'''

QUOTE_BEFORE_STOP = '''Top Secret

To Cde. Filippov.

At 2300 I received the following telegram of Mao Zedong addressed to you:

"To Cdes. Filippov and Zhou Enlai. I agree with the opinion in your telegram of 13 October.

Our troops will wait for the new plan.

Mao Zedong".

Nº 2415

14 October 1950.

Two copies printed. Nº 2 to file.
'''

CHINESE_ADDRESS = '''Top secret

Chairman [Mao Zedong], Comrade [Liu] Shaoqi, and the Central Committee:

(1) The delegation will arrive in Nanning on the 29th.

(2) Please inform Comrade Ding.

Zhou Enlai
25 June 1954, 4:00 a.m.
'''

TRANSMIT_TO = '''Ciphered telegram No. 3180
Beijing. Soviet Ambassador.
Transmit to Zhou Enlai:
1. We agree with the Chinese comrades about the airfields.
2. The aircraft will arrive in Mukden in August.
Filippov
'''

ORDINAL_ISSUER = '''8th Administration of the General Staff of the Armed Forces of the USSR

To Comrade RAZUVAEV.

My telegram is a proposal for discussion with the Korean comrades, not a directive.

FENG XI [FYN SI; Stalin]

5 February 1951.
No. 85/sh
'''

ADDRESS_ABOVE_STAMPS = '''Ciphered Telegram # 600390/sh
To Comrade STALIN I.V.

Sent by wire on 10/11/50 at 6:40 a.m.
Received in Moscow on 10/11/50 at 9:05 a.m.
Deciphered by Morozov on 10/11/50 at 10:10 a.m.
Cabled by VTCH to the South for Stalin
Distribution list - 5 copies: Stalin - 2,
Molotov - 1, Beria - 1.
I herewith transmit a letter of the following content addressed to your name from comrade KIM IL SUNG:

"Comrade STALIN Iosif Vissarionovich,

We ask you to send instructors for our new tank brigades.

Respectfully, KIM IL SUNG"

I support the request.

No. 1460/sh
11 October 1950
Typed by Kravchuk on 10/11/50 at 11:20 a.m.
'''

REPLY_BY_NUMBER = '''From Pyongyang.Sent 2.9.50 10:15

Received 2.9 16:05

By telegraph

FENG XI [Stalin]

To No. 490/sh.

In accordance with your order of 1.9.50 I visited KIM IL SUNG and read him the telegram.

No. 1010
Copies: Stalin (2), Malenkov, Beria,
Bulganin, File of 8th
'''

FORM_WITH_NOTES = '''[handwritten]: 2 June 1950

Cable

Strictly Secret

reproduction prohibited

Copy Nº 1: distribution list

Copy Nº 2: Stalin

Copy Nº 3: Molotov

From PYONGYANG

Nº 16101  1420

2 June 1950

16105 16110

Special. Nº Nº 420-421

SPECIAL

FLASH

To VYSHINSKY.

Kim Il Sung told me today that the divisions will be ready by the end of June.

SHTYKOV
'''

CABLE_WITH_NESTED_STAMP = '''[handwritten at the top: to Cde. Stalin]

[letterhead of the Second Main Directorate of the USSR Armed Forces General Staff] [Translator's note: the GRU]

CABLE Nº 59400

Copy Nº 1 to Cde. Stalin
Nº 2 to Cde. Stalin

received at 2230 25 October 1949

Copy Nº 2

[stamp: 4th unit of the VKP(b) CC OS [[special sector]]

incoming Nº 36300/shs of 26 October 1949]

to FILIPPOV [Stalin]

I am sending you information received from our people in TIANJIN.

KOVALEV
'''

NOTE_TO_THE_CHAIRMAN = '''CIPHERED TELEGRAM No. 600750/III
From CORRESPONDENT 13 Sent 19.11.50 Received 19.11 6:10
By telegraph
To Comrade GROMYKO
I transmit a note I received from the Korean government with the following contents:
"TO THE CHAIRMAN OF THE COUNCIL OF MINISTERS OF THE USSR
Comrade STALIN I.V.
I ask you to allow the training of Korean pilots in the Soviet Union.
With respect KIM IL SUNG
18.11.50"
No. 17 T. SHTYKOV
19.11.50
Copies: Stalin (2), Molotov, Gromyko, file of 8th Dept. of General Staff of Armed Forces
'''

DRAFT_REPLY = '''to Cde. STALIN
I attach a draft reply to the telegram of Cde. Mao Zedong on the question of the railway.
Pass the following reply of Filippov [Stalin] to Mao Zedong in response to his telegram of 28 October:
"To Cde. Mao Zedong.
We agree with your plan for the railway."
Telegraph when this is done.
(V. Grigor'yan)
2 November 1949
'''

READ_TO = '''Top Secret

Cable Nº 75520

To Cdes. Shtykov and Vasil'yev

Read the following to Kim Il Sung:

"The Chinese comrades will send their troops in the coming days."

FYN SI

13 October 1950
'''

# Later forms of the collection: Chinese Foreign Ministry cables and a Hungarian report (1960s-1970s)
PRC_MFA_CABLE = '''People's Republic of China Ministry of Foreign Affairs Cable

To: Moscow

Level: Extra Urgent Advance

Contents: Asking for the number of delegates

Embassy in the Soviet Union:

Please find out at once how many delegates will attend the meeting.

1) How many delegates come from Asia?

2) Will the Vietnamese delegation speak first?

    Division of Soviet and East European Affairs

This cable was sent to the embassy in the Soviet Union on March 8th at 5:00pm

Security restricted to staff on duty

March 8th 5:10pm
'''

EMBASSY_CABLE = '''Telegram received by the [Chinese] Central Committee
Telegram From: the Soviet Union
Extremely Urgent
No. (61) 580
Ministry of Foreign Affairs 4th department No. 45
Recommendations on the Forthcoming Talks
To the Ministry of Foreign Affairs and Comrade [Li] Fuchun:
Copy [Chinese] Central Committee:
It is possible to sign the agreement on scientific cooperation in Moscow this month.
Consider the recommendations above as references.
[Chinese] Embassy in the Soviet Union
24 April 1961
'''

STATION_TELEGRAM = '''[Stamp] Foreign Ministry Soviet and East Europe Department

Soviet Union #1640

June 25, 1965

[handwritten 490]

Ministry of Foreign Affairs Telegram

Priority: Urgent
From Moscow Station
Foreign Ministry (65) No. Mao-1020

On the Soviet Press and the Vietnamese Delegation

To the Foreign Ministry:

During the past week the Soviet press has reported on the visit of the Vietnamese delegation every day.

[Chinese] Embassy in the Soviet Union

25 June 1965
'''

HUNGARIAN_REPORT = '''Regional Division IV

Korean Branch

Kovács Béla

Top secret!

Produced in 4 copies for:

- Comrade Péter

- Comrade Puja

- Pyongyang

- Department

Subject: Information from the Korean ambassador

On May 3 I received the ambassador of the DPRK, who spoke about the coming session of the Supreme People's Assembly.
'''

SIGNED_WITH_A_POST = '''For the information of the Ambassador I relate our experiences with the Korean delegation.

The delegation was very reticent at first.

By order of the Minister
Irén Rózsa
Deputy Assistant Under-Secretary
'''

GRU_CABLE = '''The Second Main Directorate of the General Staff of the Soviet Army [Translator's note: this is the GRU]

Top Secret

CIPHERED TELEGRAM No. 22600

Copy N1 to Cde. Stalin

Copy N2 to Cde. Stalin

Copy N 3 to Cde. Molotov

from Peking     24 July 1950

Extremely urgent

to Filippov

At 1500 24 July I received from Zhou Enlai the following telegram to you from Mao Zedong:

"To FILIPPOV.

We agree to send our pilots for training in Mukden.

MAO ZEDONG"

ROSHCHIN
'''

EMBASSY_JOURNAL = '''SOVIET EMBASSY IN THE DPRK TOP SECRET
Nº 201 Copy Nº 1
5 September 1957
[handwritten: 010400-gs
[[12]] September [[5]]7]
The Journal of Soviet Ambassador to the DPRK A. M. PUZANOV
for the period 1 through 4 September 1957
Pyongyang
[…]
2 September
I visited Nam Il and handed him the draft of the border convention.
[…]
SOVIET AMBASSADOR IN THE DPRK
[signature] (A. PUZANOV)
Five copies printed:
1 - Cde. Gromyko
2 - Cde. Yu. V. Andropov
3 - to file
Nº [530]
5 September 1957
'''

NOTE_OPEN_MID_LINE = '''USSR EMBASSY IN THE DPRK [faded USSR TOP SECRET
MFA stamp: Copy Nº 3
Nº 60 0800s
28 March 1960 10 April 1960]
[handwritten:
"to Cdes. Samsonov
10 April 1960"]
JOURNAL
of Soviet Ambassador in the DPRK A. M. Puzanov for the period 1 through 27 March 1960
9 March 1960
I visited Kim Il Sung and gave him the record of the conversation.
USSR AMBASSADOR IN THE DPRK
[signature]
(A. PUZANOV)
'''

CATALOG = """prc.txt:
  date: 1965-03-08
"""

MFA_CABLE_READ_AND_APPROVED = '''[…]
Read By: Liu [Shaoqi], [Li] Fuchun, [Zhang] Hanfu
No. [illegible]
Sent to: See header
Approval: Zhou Enlai
Level: Extra urgent; advance
Copied to: […]
Contents: Response on Our Attitude toward the Speeches at the Assembly
To the Embassy in the Soviet Union:
Copy to: All embassies and representative offices abroad, Xinhua Bureau in Cuba, the Liaison Office in Gaesong [Kaesong], and Comrade Li Fuchun.
The cables dated September 26 and October 3 were received. Do not play dumb.
Ministry of Foreign Affairs
14 October 1960
'''

FRENCH_TELEGRAM = '''Ministry of Foreign Affairs
Beijing, 11th October 1969
Telegram Number 1934-36
Forwarded via the Department to: Moscow 970-71 – Washington 1053-54 – London 914-15
China and the Balkan Countries
The Romanian Ambassador noted that Beijing was planning to send Ambassadors to the Balkans.
Manac'h
'''

TYPE_AND_MARKS = """Ciphered telegram Strictly secret Copying prohibited

From Pyongyang To Vyshinsky

At the request of Kim Il Sung, on May 14 I had a meeting with him. He reported on his talks.

SHTYKOV

14.5.49
"""

# a Chinese Foreign Ministry cable: its secrecy in parentheses after the address, points in parentheses
SECRECY_AFTER_ADDRESS = """To Ambassador Jiao [Ruoyu]: (Secret)

Please meet with [North] Korea's Vice Foreign Minister immediately to solicit the views of the [North] Korean side.

(1) Vice Premier Li will take a special plane to Korea on 25 December [1965] for a non-public visit.

Please report any views of the Korean side as soon as possible.

Ministry of Foreign Affairs

23 December 1965
"""

DOCS = {"secrecy_after_address.txt": SECRECY_AFTER_ADDRESS, "type_and_marks.txt": TYPE_AND_MARKS, "mfa_read.txt": MFA_CABLE_READ_AND_APPROVED, "french.txt": FRENCH_TELEGRAM, "via.txt": VIA_ADVISER, "via_or.txt": VIA_ADVISER_OR, "via_dash.txt": VIA_NO_LEAD,
        "via_quote.txt": VIA_ABOVE_A_QUOTATION, "mid.txt": MID_FORM, "letter.txt": ENCLOSED_LETTER,
        "columns.txt": CABLE_IN_COLUMNS, "wrapped.txt": WRAPPED_STAMPS, "wrapped_from.txt": WRAPPED_FROM_LINE,
        "quote.txt": QUOTE_BEFORE_STOP, "chinese.txt": CHINESE_ADDRESS, "transmit.txt": TRANSMIT_TO,
        "ordinal.txt": ORDINAL_ISSUER, "above.txt": ADDRESS_ABOVE_STAMPS, "reply.txt": REPLY_BY_NUMBER,
        "notes.txt": FORM_WITH_NOTES, "nested.txt": CABLE_WITH_NESTED_STAMP, "chairman.txt": NOTE_TO_THE_CHAIRMAN,
        "draft.txt": DRAFT_REPLY, "read.txt": READ_TO, "prc.txt": PRC_MFA_CABLE, "embassy.txt": EMBASSY_CABLE,
        "station.txt": STATION_TELEGRAM, "hungarian.txt": HUNGARIAN_REPORT, "post.txt": SIGNED_WITH_A_POST,
        "gru.txt": GRU_CABLE, "journal.txt": EMBASSY_JOURNAL, "open.txt": NOTE_OPEN_MID_LINE}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_corpus(tmp_path_factory.mktemp("forms"), DOCS, catalog=CATALOG)


def test_an_address_through_an_intermediary(db):
    d = document(db, "via.txt")
    assert (d["number"], d["sent_at"], d["date"]) == ("2231", "1951-03-03T21:10", "1951-03-03")
    m = top(db, "via.txt")
    assert (m["sender_id"], m["number"]) == ("joseph-stalin", "640112")
    assert recipients(db, m) == {"zhou-enlai": 1}
    assert recipients(db, m, "via") == {"matvei-zakharov": 1}
    assert m["body"].startswith("Your request")
    assert db.one("select recipients, via from messages_with_names where id = ?", m["id"]) == {
        "recipients": "Zhou Enlai", "via": "Matvei Zakharov"}


def test_an_address_through_an_intermediary_to_one_or_another(db):
    d = document(db, "via_or.txt")
    assert d["sent_to"] == "BEIJING"
    m = top(db, "via_or.txt")
    assert recipients(db, m) == {"mao-zedong": 1, "zhou-enlai": 1}
    assert recipients(db, m, "via") == {"matvei-zakharov": 1}
    assert m["body"].startswith("We have decided")


def test_an_intermediary_with_no_lead_and_above_a_quotation(db):
    m = top(db, "via_dash.txt")           # `BEIJING - Comrade KRASOVSKY` / `For Comrade MAO ZEDONG`
    assert (m["sender_id"], recipients(db, m), recipients(db, m, "via")) == (
        "joseph-stalin", {"mao-zedong": 1}, {"stepan-krasovsky": 1})
    assert m["body"].startswith("We received") and document(db, "via_dash.txt")["subject"] is None
    m = top(db, "via_quote.txt")          # the `For ...` line is the wrapper's last own line
    assert (recipients(db, m), recipients(db, m, "via")) == ({"mao-zedong": 1}, {"stepan-krasovsky": 1})
    q = inner(db, m)
    assert (q["sender_id"], recipients(db, q)) == ("joseph-stalin", {"mao-zedong": 1})


def test_mid_form(db):
    d = document(db, "mid.txt")
    assert (d["issuer"], d["doc_type"], d["number"], d["priority"]) == (
        "MID USSR, Tenth Department", "ciphered telegram", "26110", "TOP PRIORITY")
    assert (d["sent_at"], d["received_at"]) == ("1951-11-24T19:40", "1951-11-24T17:05")
    m = top(db, "mid.txt")
    assert (m["sender_id"], recipients(db, m)) == ("andrei-gromyko", {"vladimir-razuvaev": 1})
    assert m["body"].startswith("On 23 November")        # `SPECIAL` under the address is the form's
    # `the following directive from Comrade Filippov [Stalin] was sent to Roshchin:`
    q = inner(db, m)
    assert (q["sender_id"], recipients(db, q)) == ("joseph-stalin", {"nikolai-roshchin": 1})
    # `the directive of Comrade Filippov` after the quotation is the enclosed directive, not another one
    assert db.value("select count(*) from messages where document_id = ? and in_corpus = 0", d["id"]) == 0


def test_a_letter_enclosed_without_quotation_marks(db):
    d = document(db, "letter.txt")
    assert (d["sent_to"], d["priority"]) == ("MOSCOW, Ministry of Foreign Affairs of the USSR", "Extremely Urgent")
    # `10/01/50` reads both ways; `09/30/50` in the same stamps shows the month comes first
    assert (d["sent_at"], d["received_at"], d["date"]) == ("1950-09-30T21:05", "1950-10-01T00:10", "1950-09-30")
    m = top(db, "letter.txt")
    # `Instantsia [Highest Authority]` under the address: Stalin's codename, a second addressee
    assert (m["sender_id"], m["number"], recipients(db, m)) == (
        "terenty-shtykov", "1360", {"andrei-gromyko": 1, "joseph-stalin": 1})
    assert m["body"].startswith("I relay the text")
    assert "Enclosure" not in m["body"] and "cabled" not in m["body"]
    q = inner(db, m)
    assert (q["sender_id"], q["sent_at"], recipients(db, q)) == ("kim-il-sung", "1950-09-29", {"joseph-stalin": 1})
    # the closing on its own line belongs to the signature
    assert q["signature"] == "With deep respect,\nKIM IL SUNG\nPAK HEON-YEONG\nPyongyang, 29 September 1950"
    assert q["body"].startswith("We thank You") and q["body"].endswith("new divisions.")
    assert db.value("select relation from message_links where to_message_id = ?", q["id"]) == "encloses"


def test_a_cable_in_columns_with_numbered_copies_and_a_letter_after_them(db):
    d = document(db, "columns.txt")
    assert (d["doc_type"], d["number"], d["classification"], d["origin_place_id"]) == (
        "cable", "600350/sh", "TOP SECRET", "pyongyang")
    assert (d["sent_at"], d["received_at"], d["sent_to"]) == (
        "1950-10-03T18:10", "1950-10-03T21:05", "Moscow, MINISTRY OF FOREIGN AFFAIRS")
    assert d["received_at_text"] == "2105 3 October"
    m = top(db, "columns.txt")
    # `to Cde. Stalin` above the form is a note; the address is `to Cde. GROMYKO`
    assert (m["sender_id"], m["number"], recipients(db, m)) == ("terenty-shtykov", "1365", {"andrei-gromyko": 1})
    # `Copy Nº 1 to Cde. Stalin`, `Copy Nº 2` / `to Cde. Stalin`: two copies
    assert recipients(db, m, "distribution") == {"joseph-stalin": 2, "vyacheslav-molotov": 1}
    assert m["body"] == "I am passing on a letter from KIM IL SUNG to Cde. STALIN."
    q = inner(db, m)
    assert (q["sender_id"], q["sent_at"], recipients(db, q)) == ("kim-il-sung", "1950-10-03", {"joseph-stalin": 1})


def test_stamps_over_two_lines(db):
    d = document(db, "wrapped.txt")
    assert (d["number"], d["origin_place_id"], d["sent_at"]) == ("1420", "beijing", "1951-01-20T21:15")
    m = top(db, "wrapped.txt")
    assert m["body"].startswith("Zhou Enlai thanked") and m["sender_id"] == "nikolai-roshchin"
    d = document(db, "wrapped_from.txt")
    assert (d["origin_text"], d["sent_at"], d["received_at"], d["priority"]) == (
        "Pyongyang", "1950-09-15", "1950-09-15T16:20", "Extremely urgent")
    # the address line under the stamp that passed the deciphered copy on is where it was sent
    assert d["sent_to"] == "Moscow—Ministry of Foreign Affairs of the USSR"
    m = top(db, "wrapped_from.txt")
    assert m["body"].startswith("We consider") and m["body"].endswith("We ask your orders.")
    assert (m["number"], m["sent_at"]) == ("1170/sh", "1950-09-15")
    # copies under an unsigned message, the list going on on the next line
    assert recipients(db, m, "distribution") == {"joseph-stalin": 2, "vyacheslav-molotov": 1, "georgy-malenkov": 1,
                                                 "lavrentiy-beria": 1, "nikolai-bulganin": 1}


def test_a_quotation_closed_before_a_full_stop(db):
    m = top(db, "quote.txt")
    assert (m["number"], m["sent_at"]) == ("2415", "1950-10-14")
    q = inner(db, m)
    assert (q["sender_id"], recipients(db, q)) == ("mao-zedong", {"joseph-stalin": 1, "zhou-enlai": 1})
    assert q["body"].endswith("Our troops will wait for the new plan.")


def test_a_chinese_address_with_names_in_brackets(db):
    m = top(db, "chinese.txt")
    assert (m["sender_id"], m["sent_at"]) == ("zhou-enlai", "1954-06-25T04:00")
    # `Chairman [Mao Zedong]`; `Comrade [Liu] Shaoqi`: the editor supplied the surname of Liu Shaoqi
    assert recipients(db, m) == {"mao-zedong": 1, "liu-shaoqi": 1}
    assert m["body"].startswith("(1) The delegation")


def test_transmit_to_over_the_message_itself(db):
    d = document(db, "transmit.txt")
    assert (d["number"], d["sent_to"]) == ("3180", "Beijing. Soviet Ambassador")
    m = top(db, "transmit.txt")
    assert (m["sender_id"], recipients(db, m)) == ("joseph-stalin", {"zhou-enlai": 1})


def test_an_issuer_that_opens_with_an_ordinal(db):
    d = document(db, "ordinal.txt")
    assert d["issuer"] == "8th Administration of the General Staff of the Armed Forces of the USSR"
    m = top(db, "ordinal.txt")
    assert (m["sender_id"], m["number"], recipients(db, m)) == ("joseph-stalin", "85/sh", {"vladimir-razuvaev": 1})


def test_an_address_above_the_stamps(db):
    d = document(db, "above.txt")
    # `10/11/50` reads both ways; the signature's `11 October 1950` settles it, month first
    assert (d["number"], d["sent_at"], d["received_at"], d["date"]) == (
        "600390/sh", "1950-10-11T06:40", "1950-10-11T09:05", "1950-10-11")
    m = top(db, "above.txt")
    assert recipients(db, m) == {"joseph-stalin": 1}                 # `STALIN I.V.`
    assert recipients(db, m, "distribution") == {"joseph-stalin": 2, "vyacheslav-molotov": 1, "lavrentiy-beria": 1}
    assert m["body"].startswith("I herewith transmit") and "Sent by wire" not in m["body"]
    q = inner(db, m)
    assert (q["sender_id"], recipients(db, q)) == ("kim-il-sung", {"joseph-stalin": 1})   # `STALIN Iosif Vissarionovich`


def test_a_reply_by_number_and_copies_with_an_office_under_an_unsigned_report(db):
    d = document(db, "reply.txt")
    assert (d["sent_at"], d["received_at"]) == ("1950-09-02T10:15", "1950-09-02T16:05")
    m = top(db, "reply.txt")
    assert (m["number"], recipients(db, m)) == ("1010", {"joseph-stalin": 1})
    assert recipients(db, m, "distribution") == {"joseph-stalin": 2, "georgy-malenkov": 1, "lavrentiy-beria": 1,
                                                 "nikolai-bulganin": 1}
    # `To No. 490/sh.`: the telegram this one answers
    stub = db.one("select * from messages where in_corpus = 0 and document_id = ? and number = '490/sh'", d["id"])
    assert stub["sender_id"] == "joseph-stalin"


def test_notes_numbers_and_marks_on_a_form(db):
    d = document(db, "notes.txt")
    assert (d["doc_type"], d["number"], d["date"], d["origin_place_id"]) == ("cable", "16101", "1950-06-02", "pyongyang")
    assert (d["priority"], d["classification"]) == ("FLASH", "Strictly Secret")
    m = top(db, "notes.txt")
    assert (m["sender_id"], recipients(db, m)) == ("terenty-shtykov", {"andrei-vyshinsky": 1})
    assert recipients(db, m, "distribution") == {"joseph-stalin": 1, "vyacheslav-molotov": 1}
    assert m["body"].startswith("Kim Il Sung told me")


def test_a_stamp_with_nested_brackets_and_notes_side_by_side(db):
    d = document(db, "nested.txt")
    assert (d["doc_type"], d["number"], d["received_at"]) == ("cable", "59400", "1949-10-25T22:30")
    m = top(db, "nested.txt")
    assert (m["sender_id"], recipients(db, m)) == ("ivan-kovalev", {"joseph-stalin": 1})
    assert recipients(db, m, "distribution") == {"joseph-stalin": 2}
    assert m["body"] == "I am sending you information received from our people in TIANJIN."


def test_an_address_over_two_lines_and_signatures_with_closing_or_number(db):
    m = top(db, "chairman.txt")
    assert (m["sender_id"], m["number"], m["sent_at"]) == ("terenty-shtykov", "17", "1950-11-19")
    q = inner(db, m)
    assert (q["sender_id"], q["sent_at"], recipients(db, q)) == ("kim-il-sung", "1950-11-18", {"joseph-stalin": 1})
    assert q["signature"] == "With respect KIM IL SUNG\n18.11.50"


def test_the_following_reply_names_its_sender_and_recipient(db):
    q = inner(db, top(db, "draft.txt"))
    assert (q["sender_id"], recipients(db, q)) == ("joseph-stalin", {"mao-zedong": 1})


def test_read_the_following_to(db):
    m = top(db, "read.txt")
    assert recipients(db, m) == {"terenty-shtykov": 1, "nikolai-vasiliev": 1}
    q = inner(db, m)
    assert (q["sender_id"], recipients(db, q)) == ("joseph-stalin", {"kim-il-sung": 1})


def test_a_foreign_ministry_cable_with_labelled_fields_signed_by_an_office(db):
    d = document(db, "prc.txt")
    assert (d["issuer"], d["doc_type"], d["sent_to"], d["priority"], d["subject"]) == (
        "People's Republic of China Ministry of Foreign Affairs", "cable", "Moscow", "Extra Urgent Advance",
        "Asking for the number of delegates")
    m = top(db, "prc.txt")
    assert (m["salutation"], m["sender_id"], m["sender_office"]) == (
        "Embassy in the Soviet Union:", None, "Division of Soviet and East European Affairs")
    assert m["sent_at"] == "1965-03-08T17:10"          # `March 8th 5:10pm`, the year from the catalog
    assert m["body"].endswith("speak first?") and "Security" not in m["body"]
    # the office stands for the sender where a list names people
    assert db.value("select sender from messages_with_names where id = ?", m["id"]) == \
        "Division of Soviet and East European Affairs"


def test_an_embassy_cable_with_registers_a_title_and_an_address_to_an_office(db):
    d = document(db, "embassy.txt")
    assert (d["number"], d["priority"], d["origin_text"], d["subject"], d["date"]) == (
        "(61) 580", "Extremely Urgent", "Soviet Union", "Recommendations on the Forthcoming Talks", "1961-04-24")
    assert d["doc_type"] == "telegram"      # `Telegram From: the Soviet Union`: the form's kind
    m = top(db, "embassy.txt")
    assert m["salutation"] == "To the Ministry of Foreign Affairs and Comrade [Li] Fuchun:"
    # the Ministry is no one; `Comrade [Li] Fuchun`: the editor supplied the surname of Li Fuchun
    assert recipients(db, m) == {"li-fuchun": 1} and m["sender_office"] == "Chinese Embassy in the Soviet Union"
    # the offices and the people name the message wherever it is linked, and the document
    assert m["label"] == "Chinese Embassy in the Soviet Union to Ministry of Foreign Affairs and Li Fuchun, 1961-04-24"
    assert d["title"] == ("Telegram No. (61) 580, Chinese Embassy in the Soviet Union to Ministry of Foreign Affairs "
                          "and Li Fuchun, 1961-04-24")
    assert m["body"].startswith("It is possible")


def test_a_station_telegram_with_stamps_and_notes(db):
    d = document(db, "station.txt")
    assert (d["issuer"], d["doc_type"], d["origin_place_id"], d["priority"], d["date"]) == (
        "Ministry of Foreign Affairs", "telegram", "moscow", "Urgent", "1965-06-25")
    assert d["subject"] == "On the Soviet Press and the Vietnamese Delegation"
    m = top(db, "station.txt")
    assert (m["salutation"], m["sender_office"]) == ("To the Foreign Ministry:", "Chinese Embassy in the Soviet Union")


def test_a_report_with_its_author_under_the_issuer_and_copies_for_people_and_offices(db):
    d = document(db, "hungarian.txt")
    assert (d["issuer"], d["classification"], d["subject"]) == (
        "Regional Division IV, Korean Branch", "Top secret", "Information from the Korean ambassador")
    m = top(db, "hungarian.txt")
    assert m["sender_id"] == db.value("select id from people where name = 'Kovács Béla'")
    assert set(recipients(db, m, "distribution")) == {
        db.value("select id from people where name = ?", n) for n in ("Péter", "Puja")}
    assert m["body"].startswith("On May 3")


def test_a_signature_with_the_signers_post_under_it(db):
    m = top(db, "post.txt")
    assert m["sender_id"] == db.value("select id from people where name = 'Irén Rózsa'")
    # the authority signed under belongs to the signature
    assert m["signature"] == "By order of the Minister\nIrén Rózsa\nDeputy Assistant Under-Secretary"
    assert "By order of" not in m["body"]


def test_a_cable_with_a_note_after_its_heading_and_copies_numbered_n(db):
    d = document(db, "gru.txt")
    assert (d["issuer"], d["number"], d["origin_place_id"], d["date"], d["priority"]) == (
        "The Second Main Directorate of the General Staff of the Soviet Army", "22600", "beijing", "1950-07-24",
        "Extremely urgent")
    m = top(db, "gru.txt")
    assert (m["sender_id"], recipients(db, m)) == ("nikolai-roshchin", {"joseph-stalin": 1})     # `to Filippov`
    assert recipients(db, m, "distribution") == {"joseph-stalin": 2, "vyacheslav-molotov": 1}
    q = inner(db, m)
    assert (q["sender_id"], recipients(db, q)) == ("mao-zedong", {"joseph-stalin": 1})


def test_an_embassy_journal_signed_under_the_ambassadors_post(db):
    d = document(db, "journal.txt")
    assert (d["issuer"], d["classification"], d["number"], d["date"]) == (
        "Soviet Embassy in the DPRK", "TOP SECRET", "201", "1957-09-05")
    m = top(db, "journal.txt")
    assert (m["sender_id"], m["number"]) == ("aleksandr-puzanov", "530")
    assert m["signature"] == "SOVIET AMBASSADOR IN THE DPRK\n[signature] (A. PUZANOV)\nNº [530]\n5 September 1957"
    # `Five copies printed:` / `1 - Cde. Gromyko` / ... / `3 - to file`
    assert recipients(db, m, "distribution") == {"andrei-gromyko": 1, "yuri-andropov": 1}


def test_a_note_opened_in_the_middle_of_a_heading_line(db):
    d = document(db, "open.txt")
    assert (d["issuer"], d["doc_type"]) == ("USSR Embassy in the DPRK", "journal")
    m = top(db, "open.txt")
    assert m["sender_id"] == "aleksandr-puzanov" and "Samsonov" not in m["body"]
    assert db.value("select count(*) from messages where document_id = ?", d["id"]) == 1


def test_the_build_settles_every_form(db):
    """Only what the sources leave open is reported: the MID form's stamps (received by the
    cipher office before it was sent), messages that print no signature, documents that print no
    year, and a report excerpt with no heading at all."""
    warnings = {(w["source_file"], w["code"]) for w in db.rows("select * from build_warnings")}
    assert warnings == {("seeds/mid.txt", "date-conflict"), ("seeds/quote.txt", "no-sender"),
                        ("seeds/wrapped_from.txt", "no-sender"), ("seeds/transmit.txt", "no-date"),
                        ("seeds/above.txt", "no-sender"), ("seeds/reply.txt", "no-sender"),
                        ("seeds/via_quote.txt", "no-sender"),
                        ("seeds/hungarian.txt", "no-date"), ("seeds/post.txt", "no-date"),
                        ("seeds/post.txt", "no-header")}
    assert db.value("select count(*) from people where id in ('nº', 'n', 'copies', 'shaoqi', 'iosif', 'zakharov', "
                    "'stalin-i-v', 'dept', 'armed-forces', 'file', 'vasil-yev', 'pyongyang', 'department', "
                    "'foreign-affairs', 'fuchun')") == 0


def test_a_cable_with_who_read_and_approved_it_and_copies_to_offices(db):
    d = document(db, "mfa_read.txt")
    assert (d["priority"], d["subject"]) == ("Extra urgent; advance", "Response on Our Attitude toward the Speeches at the Assembly")
    m = top(db, "mfa_read.txt")
    assert (m["salutation"], m["body"]) == (
        "To the Embassy in the Soviet Union:",
        "The cables dated September 26 and October 3 were received. Do not play dumb.")
    assert (m["sender_office"], m["sent_at"]) == ("Ministry of Foreign Affairs", "1960-10-14")
    # the offices copied are no one; the person among them is
    assert recipients(db, m, "copy") == {"li-fuchun": 1}
    # who read it, their names completed by the editor, is its distribution
    assert recipients(db, m, "distribution") == {"liu-shaoqi": 1, "li-fuchun": 1, "zhang-hanfu": 1}
    assert db.value("select count(*) from people where id in ('all', 'cuba', 'kaesong', 'gaesong')") == 0


def test_a_french_telegram_under_its_number_and_title(db):
    d = document(db, "french.txt")
    assert (d["doc_type"], d["number"], d["date"], d["origin_text"], d["issuer"], d["subject"]) == (
        "telegram", "1934-36", "1969-10-11", "Beijing", "Ministry of Foreign Affairs", "China and the Balkan Countries")
    m = top(db, "french.txt")
    assert m["body"].startswith("The Romanian Ambassador noted") and m["signature"] == "Manac'h"


def test_the_kind_and_its_marks_on_one_line_and_a_from_line_naming_the_addressee(db):
    d = document(db, "type_and_marks.txt")
    # `Ciphered telegram Strictly secret Copying prohibited`; `From Pyongyang To Vyshinsky`
    assert (d["doc_type"], d["classification"], d["origin_text"], d["sent_to"]) == (
        "ciphered telegram", "Strictly secret", "Pyongyang", "Vyshinsky")
    m = top(db, "type_and_marks.txt")
    assert recipients(db, m) == {"andrei-vyshinsky": 1}
    assert m["body"] == "At the request of Kim Il Sung, on May 14 I had a meeting with him. He reported on his talks."
    assert (m["sender_id"], m["sent_at"]) == ("terenty-shtykov", "1949-05-14")


def test_secrecy_in_parentheses_after_the_address(db):
    d = document(db, "secrecy_after_address.txt")
    assert (d["classification"], d["date"]) == ("Secret", "1965-12-23")
    m = top(db, "secrecy_after_address.txt")
    assert (m["sender_office"], recipients(db, m)) == ("Ministry of Foreign Affairs", {"jiao-ruoyu": 1})
    assert m["body"].startswith("Please meet with") and "(Secret)" not in m["body"]
