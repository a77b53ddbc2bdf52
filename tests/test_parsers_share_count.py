"""parsers.share_count: a seller's feedback count read as the count right before the positive share
in a run of statistics whose labels no vocabulary knows; with it parsers.since_line's join day
beside statistics written as a label and a figure with no colon, and a phrase whose words hold
apostrophes. Pages of invented templates in Breton and West Frisian."""

from __future__ import annotations

from parsers import parse_page
from parsers.share_count import count_before_share

_KEY = """-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEawv8cRYJKwYBBAHaRw8BAQdAR1Rq+CF63C1VHNXqCdacjewSMmxMIso4Lw9e
vGuV9Ta0HmtyYWV1dGVyaGV4ZSA8a2hAbWFpbC5leGFtcGxlPoiQBBMWCAA4FiEE
qLcCsvqNTtxC7Zj69P1XDF/ihPUFAmsL/HECGwMFCwkIBwIGFQoJCAsCBBYCAwEC
HgECF4AACgkQ9P1XDF/ihPXEbgEAxc1L4qrq2Rf06EqVx6vgPWXjhsh0eEC1CcOc
/6eseZ0A/2bQbE5A+ixkEm2MSGqRmS/qi4LLn+b3zTSWawNSVUoJ
=OWWT
-----END PGP PUBLIC KEY BLOCK-----"""

# Breton: labelled lines with colons, the join day a phrase whose words hold apostrophes.
_BR = f"""<!DOCTYPE html><html lang="br"><head><meta charset="utf-8">
<title>Kafe_Kerne · Gwerzhourien · Marc'had an Noz</title></head><body>
<div class="bk-penn"><a href="/">Marc'had an Noz</a> <a href="/gwerzhourien">Gwerzhourien</a></div>
<section class="bk-gwerzhour">
 <h1>Kafe_Kerne</h1>
 <p>Marc'hadour abaoe 3 Meurzh 2021</p>
 <div>Gwelet d'an diwezhañ: dec'h</div>
 <div>Alioù: 2 315</div>
 <div>Mat: 97,4 %</div>
 <div>Gwerzhet: 4 102</div>
</section>
<section><h2>Alc'hwez PGP</h2><pre>{_KEY}</pre></section>
</body></html>"""

# West Frisian: a grid of label / figure pairs with no colon, thousands grouped by apostrophes.
_FY = f"""<!DOCTYPE html><html lang="fy"><head><meta charset="utf-8">
<title>Tsiis_fan_Wommels – Ferkeapers – Nachtmerk</title></head><body>
<header><a href="/">Nachtmerk</a></header>
<main class="nm-profyl">
 <h1 class="nm-namme">Tsiis_fan_Wommels</h1>
 <p class="nm-sûnt">Lid fan de merk sûnt 12 maart 2019</p>
 <ul class="nm-sifers">
  <li><span>Wurdearrings</span> <b>1’204</b></li>
  <li><span>Posityf</span> <b>99,1 %</b></li>
  <li><span>Ferkocht</span> <b>3’318</b></li>
 </ul>
 <textarea readonly>{_KEY}</textarea>
</main></body></html>"""


def test_a_breton_sellers_count_is_the_one_right_before_its_positive_share() -> None:
    result = parse_page(_BR.encode(), url="http://noz.example.onion/gwerzhour/Kafe_Kerne")
    (vendor,) = result.records
    assert (vendor.name, vendor.feedback_count, vendor.rating) == ("Kafe_Kerne", 2315, 97.4)


def test_a_breton_join_phrase_whose_words_hold_apostrophes_gives_the_join_day() -> None:
    result = parse_page(_BR.encode(), url="http://noz.example.onion/gwerzhour/Kafe_Kerne")
    assert result.records[0].member_since == "2021-03-03"


def test_a_frisian_grid_of_figures_with_apostrophes_gives_the_count_and_the_join_day() -> None:
    result = parse_page(_FY.encode(), url="http://nacht.example.onion/ferkeaper/Tsiis_fan_Wommels")
    (vendor,) = result.records
    assert (vendor.name, vendor.feedback_count, vendor.rating) == ("Tsiis_fan_Wommels", 1204, 99.1)
    assert vendor.member_since == "2019-03-12"


def test_a_smaller_count_right_after_the_share_leaves_the_count_unsaid() -> None:
    rows = ["Gwerzhet:", "4 102", "Mat:", "97,4 %", "Alioù:", "2 315"]
    assert count_before_share(rows) is None


def test_a_year_or_no_share_in_the_run_is_no_count() -> None:
    assert count_before_share(["Abaoe:", "2021", "Mat:", "97,4 %", "Gwerzhet:", "4 102"]) is None
    assert count_before_share(["Alioù:", "2 315", "Gwerzhet:", "4 102", "Live:", "3"]) is None


def test_a_count_after_larger_counts_of_its_run_is_no_total() -> None:
    rows = ["Mat:", "640", "Etre:", "5", "Fall:", "3", "Mat e-keñver:", "98,8 %"]
    assert count_before_share(rows) is None
