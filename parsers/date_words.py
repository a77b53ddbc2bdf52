"""The words dates are written with, per language: month names (with Persian, Arabic, Czech and
Slovak forms merged in), the day words of relative dates ("today", "вчера", "avant-hier"), the
words for "now" and the units of "3 hours ago". Tables only; parsers.dates reads them.

    >>> from parsers.date_words import MONTH_NAMES, YESTERDAY
    >>> "novembre" in MONTH_NAMES[11], "вчера" in YESTERDAY
    (True, True)
"""

from __future__ import annotations

__all__ = ["DAY_BEFORE", "MONTH_NAMES", "NOW_WORDS", "TODAY", "UNIT_WORDS", "YESTERDAY"]

MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: (
        "january",
        "jan",
        "januar",
        "jänner",
        "janvier",
        "janv",
        "enero",
        "ene",
        "января",
        "январь",
        "янв",
        "gennaio",
        "gen",
        "janeiro",
        "januari",
        "stycznia",
        "styczeń",
        "sty",
    ),
    2: (
        "february",
        "feb",
        "februar",
        "février",
        "fevrier",
        "févr",
        "fevr",
        "febrero",
        "февраля",
        "февраль",
        "фев",
        "febbraio",
        "fevereiro",
        "fev",
        "februari",
        "lutego",
        "luty",
        "lut",
    ),
    3: (
        "march",
        "mar",
        "märz",
        "maerz",
        "mär",
        "mars",
        "marzo",
        "марта",
        "март",
        "мар",
        "março",
        "marco",
        "maart",
        "marca",
        "marzec",
    ),
    4: (
        "april",
        "apr",
        "avril",
        "avr",
        "abril",
        "abr",
        "апреля",
        "апрель",
        "апр",
        "aprile",
        "kwietnia",
        "kwiecień",
        "kwi",
    ),
    5: ("may", "mai", "mayo", "мая", "май", "maggio", "mag", "maio", "mei", "maja", "maj"),
    6: (
        "june",
        "jun",
        "juni",
        "juin",
        "junio",
        "июня",
        "июнь",
        "июн",
        "giugno",
        "giu",
        "junho",
        "czerwca",
        "czerwiec",
        "cze",
    ),
    7: (
        "july",
        "jul",
        "juli",
        "juillet",
        "juil",
        "julio",
        "июля",
        "июль",
        "июл",
        "luglio",
        "lug",
        "julho",
        "lipca",
        "lipiec",
        "lip",
    ),
    8: (
        "august",
        "aug",
        "août",
        "aout",
        "agosto",
        "ago",
        "августа",
        "август",
        "авг",
        "augustus",
        "sierpnia",
        "sierpień",
        "sie",
    ),
    9: (
        "september",
        "sep",
        "sept",
        "septembre",
        "septiembre",
        "setiembre",
        "set",
        "сентября",
        "сентябрь",
        "сен",
        "сент",
        "settembre",
        "setembro",
        "września",
        "wrzesień",
        "wrz",
    ),
    10: (
        "october",
        "oct",
        "oktober",
        "okt",
        "octobre",
        "octubre",
        "октября",
        "октябрь",
        "окт",
        "ottobre",
        "ott",
        "outubro",
        "out",
        "października",
        "październik",
        "paź",
    ),
    11: (
        "november",
        "nov",
        "novembre",
        "noviembre",
        "ноября",
        "ноябрь",
        "ноя",
        "novembro",
        "listopada",
        "listopad",
        "lis",
    ),
    12: (
        "december",
        "dec",
        "dezember",
        "dez",
        "décembre",
        "decembre",
        "déc",
        "diciembre",
        "dic",
        "декабря",
        "декабрь",
        "дек",
        "dicembre",
        "dezembro",
        "grudnia",
        "grudzień",
        "gru",
    ),
}
# Persian (the Gregorian months as phpBB's and vBulletin's Persian packs name them) and Arabic
# (Egyptian and Gulf names, then the Levantine ones).
MONTH_NAMES_RTL: dict[int, tuple[str, ...]] = {
    1: ('ژانویه', 'يناير', 'كانون الثاني'),
    2: ('فوریه', 'فبراير', 'شباط'),
    3: ('مارس', 'آذار'),
    4: ('آوریل', 'أبريل', 'ابريل', 'نيسان'),
    5: ('مه', 'مى', 'مايو', 'أيار', 'ايار'),
    6: ('ژوئن', 'يونيو', 'حزيران'),
    7: ('ژوئیه', 'يوليو', 'تموز'),
    8: ('اوت', 'آگوست', 'أغسطس', 'اغسطس', 'آب'),
    9: ('سپتامبر', 'سبتمبر', 'أيلول', 'ايلول'),
    10: ('اکتبر', 'أكتوبر', 'اكتوبر', 'تشرين الأول'),
    11: ('نوامبر', 'نوفمبر', 'تشرين الثاني'),
    12: ('دسامبر', 'ديسمبر', 'كانون الأول'),
}
# Czech and Slovak, nominative ("březen 2023", a join month; FUDforum's and phpBB's "%B") and
# genitive ("17. listopadu 2026", a day's date); Polish forms above ("listopad") serve Czech too.
MONTH_NAMES_CS_SK: dict[int, tuple[str, ...]] = {
    1: ("leden", "ledna", "január", "januára"),
    2: ("únor", "února", "február", "februára"),
    3: ("březen", "března", "marec"),
    4: ("duben", "dubna", "apríl", "apríla"),
    5: ("květen", "května", "máj", "mája"),
    6: ("červen", "června", "jún", "júna"),
    7: ("červenec", "července", "júl", "júla"),
    8: ("srpen", "srpna", "augusta"),
    9: ("září", "septembra"),
    10: ("říjen", "října", "október", "októbra"),
    11: ("listopadu", "novembra"),
    12: ("prosinec", "prosince", "decembra"),
}
# Lithuanian, genitive ("2026 m. lapkričio 17 d.", a day's date) and nominative ("lapkritis 2026").
MONTH_NAMES_LT: dict[int, tuple[str, ...]] = {
    1: ("sausio", "sausis"),
    2: ("vasario", "vasaris"),
    3: ("kovo", "kovas"),
    4: ("balandžio", "balandis"),
    5: ("gegužės", "gegužė"),
    6: ("birželio", "birželis"),
    7: ("liepos", "liepa"),
    8: ("rugpjūčio", "rugpjūtis"),
    9: ("rugsėjo", "rugsėjis"),
    10: ("spalio", "spalis"),
    11: ("lapkričio", "lapkritis"),
    12: ("gruodžio", "gruodis"),
}
# Hebrew, bare and with the prefixes a day's date takes ("17 בנובמבר 2026", "17 לנובמבר").
_HE_MONTHS = ("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר",
              "נובמבר", "דצמבר")
MONTH_NAMES_HE: dict[int, tuple[str, ...]] = {
    num: (name, "ב" + name, "ל" + name) for num, name in enumerate(_HE_MONTHS, start=1)
}
# Hungarian ("2026. március 9."), the forms other lists lack.
MONTH_NAMES_HU: dict[int, tuple[str, ...]] = {
    3: ("március",), 4: ("április",), 5: ("május",), 6: ("június",), 7: ("július",), 8: ("augusztus",),
    9: ("szeptember",),
}
# Turkish, Romanian, Finnish (nominative and the partitive of dates, "17. marraskuuta"),
# Ukrainian and Bulgarian (nominative and genitive), Croatian (nominative and genitive; its
# "listopad", October, is left to Polish and Czech, where it is November), Greek (nominative and
# genitive), Indonesian and the Scandinavian forms the lists above lack.
MONTH_NAMES_MORE: dict[int, tuple[str, ...]] = {
    1: ("ocak", "ianuarie", "tammikuu", "tammikuuta", "січень", "січня", "януари", "siječanj", "siječnja",
        "ιανουάριος", "ιανουαρίου"),
    2: ("şubat", "februarie", "helmikuu", "helmikuuta", "лютий", "лютого", "февруари", "veljača", "veljače",
        "φεβρουάριος", "φεβρουαρίου"),
    3: ("mart", "martie", "maaliskuu", "maaliskuuta", "березень", "березня", "ožujak", "ožujka", "μάρτιος",
        "μαρτίου", "maret", "marts"),
    4: ("nisan", "aprilie", "huhtikuu", "huhtikuuta", "квітень", "квітня", "travanj", "travnja", "απρίλιος",
        "απριλίου"),
    5: ("mayıs", "toukokuu", "toukokuuta", "травень", "травня", "svibanj", "svibnja", "μάιος", "μαΐου"),
    6: ("haziran", "iunie", "kesäkuu", "kesäkuuta", "червень", "червня", "юни", "lipanj", "lipnja", "ιούνιος",
        "ιουνίου"),
    7: ("temmuz", "iulie", "heinäkuu", "heinäkuuta", "липень", "липня", "юли", "srpanj", "srpnja", "ιούλιος",
        "ιουλίου"),
    8: ("ağustos", "elokuu", "elokuuta", "серпень", "серпня", "kolovoz", "kolovoza", "αύγουστος", "αυγούστου",
        "agustus", "augusti"),
    9: ("eylül", "septembrie", "syyskuu", "syyskuuta", "вересень", "вересня", "септември", "rujan", "rujna",
        "σεπτέμβριος", "σεπτεμβρίου"),
    10: ("ekim", "octombrie", "lokakuu", "lokakuuta", "жовтень", "жовтня", "октомври", "οκτώβριος",
         "οκτωβρίου"),
    11: ("kasım", "noiembrie", "marraskuu", "marraskuuta", "листопада", "ноември", "studeni", "studenoga",
         "studenog", "νοέμβριος", "νοεμβρίου"),
    12: ("aralık", "decembrie", "joulukuu", "joulukuuta", "грудень", "грудня", "декември", "prosinac",
         "prosinca", "δεκέμβριος", "δεκεμβρίου", "desember"),
}
# Icelandic (the forms the lists above lack; "mars", "apríl", "september", "október", "desember"
# are there already).
MONTH_NAMES_IS: dict[int, tuple[str, ...]] = {
    1: ("janúar",), 2: ("febrúar",), 5: ("maí",), 6: ("júní",), 7: ("júlí",), 8: ("ágúst",),
    11: ("nóvember",),
}
# Albanian ("17 nëntor 2026"; "mars" and "maj" are in the lists above).
MONTH_NAMES_SQ: dict[int, tuple[str, ...]] = {
    1: ("janar",), 2: ("shkurt",), 4: ("prill",), 6: ("qershor",), 7: ("korrik",), 8: ("gusht",),
    9: ("shtator",), 10: ("tetor",), 11: ("nëntor",), 12: ("dhjetor",),
}
for _extra in (MONTH_NAMES_RTL, MONTH_NAMES_CS_SK, MONTH_NAMES_LT, MONTH_NAMES_HE, MONTH_NAMES_HU,
               MONTH_NAMES_MORE, MONTH_NAMES_IS, MONTH_NAMES_SQ):
    for _num, _names in _extra.items():
        MONTH_NAMES[_num] = (*MONTH_NAMES[_num], *_names)

TODAY = (
    "today",
    "heute",
    "aujourd'hui",
    "aujourd’hui",
    "hoy",
    "сегодня",
    "oggi",
    "hoje",
    "vandaag",
    "dzisiaj",
    "dziś",
    # Czech and Slovak, Swedish, Danish and Norwegian, Turkish, Ukrainian, Finnish, Bulgarian.
    "dnes",
    "idag",
    "i dag",
    "bugün",
    "сьогодні",
    "tänään",
    "днес",
    # Korean, Japanese, Chinese, Hebrew, Indonesian, Romanian, Croatian, Greek, Lithuanian, Catalan.
    "오늘", "今日", "今天", "היום", "hari ini", "astăzi", "azi", "danas", "σήμερα", "šiandien", "avui",
)
YESTERDAY = (
    "yesterday", "gestern", "hier", "ayer", "вчера", "ieri", "ontem", "gisteren", "wczoraj",
    "včera", "igår", "i går", "dün", "вчора", "eilen",
    "어제", "昨日", "昨天", "אתמול", "kemarin", "jučer", "χθες", "vakar", "ahir",
)
DAY_BEFORE = (
    "позавчера", "vorgestern", "avant-hier", "anteayer", "l'altro ieri", "předevčírem", "predvčerom",
    "позавчора", "przedwczoraj", "eergisteren",
    "그저께", "그제", "一昨日", "前天", "שלשום", "prekjučer", "προχθές", "užvakar", "abans-d'ahir",
    "abans d'ahir",
)
NOW_WORDS = (
    "just now",
    "only now",
    "только что",
    "gerade eben",
    "à l'instant",
    "ahora mismo",
    "a moment ago",
    "moments ago",
    "few seconds ago",
    "now",
)
UNIT_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # English, Russian, German, French, Spanish and Portuguese first; then Polish, Dutch, the
    # Scandinavian languages, Turkish, Indonesian, Czech, Lithuanian, Hebrew, Vietnamese, Catalan,
    # Italian, Hungarian. A word is read by the longest stem it starts with.
    ("seconds", (
        "second", "sec", "секунд", "сек", "sekunde", "seconde", "segundo", "sekund", "saniye",
        "detik", "giây",
        "שניות",
    )),
    ("minutes", ("minute", "min", "минут", "мин", "minuto", "dakika", "menit", "דקות", "דקה", "phút",
                 "perc")),
    ("hours", (
        "hour", "hr", "час", "stunde", "std", "heure", "hora", "ora", "ore", "godzin", "godz", "uur", "timm",
        "timer", "saat", "jam", "hodin", "valand", "val", "שעות", "שעה", "giờ", "hores", "óra",
    )),
    ("days", (
        "day", "дн", "день", "дня", "tag", "jour", "día", "dia", "giorn", "dni", "dzie", "dag", "gün", "hari",
        "dny", "dnem", "dien", "ימים", "יום", "ngày", "dies", "nap",
    )),
    ("weeks", (
        "week", "wk", "недел", "woche", "semaine", "semana", "settiman", "tydz", "tygod", "weken",
        "veck", "uge",
        "uke", "hafta", "minggu", "týd", "savait", "שבוע", "tuần", "setman", "hét",
    )),
    ("months", (
        "month", "месяц", "monat", "mois", "mes", "mese", "miesi", "maand", "månad", "måned", "bulan", "měsí",
        "mėnes", "חודש", "tháng", "hónap",
    )),
    ("years", (
        "year", "yr", "год", "лет", "jahr", "an", "año", "ano", "anno", "lat", "rok", "jaar", "år",
        "yıl", "tahun",
        "let", "met", "שנ", "năm", "anys", "év",
    )),
)
