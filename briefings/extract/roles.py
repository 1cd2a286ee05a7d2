"""Title vocabulary: head nouns, modifiers and portfolio words, and the portfolio a title holds."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import country_of, place_country
from briefings.extract.org_names import ORGANISATION_NAMES
from briefings.extract.regex_guard import by_first_letter, class_scan, guarded

# an organisation's initials in brackets after its name or its officer's title: " (YI)", "(XU)"
INITIALS_PAREN = r"\s*\([A-Z][A-Za-z]{1,7}\)"
INITIALS_AFTER = re.compile(INITIALS_PAREN)


def _words(s: str) -> frozenset[str]:
    """A set of the whitespace-separated words of s (keeps long word tables readable)."""
    return frozenset(s.split())


HEADS = _words("""
minister secretary president premier chancellor ambassador envoy spokesperson spokesman spokeswoman
secretary-general commissioner director director-general adviser advisor chairman chairwoman chair
chairperson commander commander-in-chief governor senator congressman congresswoman mayor king queen emperor
prince princess sultan counselor counsellor councilor councillor pope undersecretary under-secretary
administrator speaker leader chief treasurer editor
general admiral colonel captain marshal sergeant lieutenant gen. adm. col. capt. lt. representative
coordinator consul consul-general vice-president taoiseach tánaiste tanaiste lyonchhen chargé ministers
lt.gen. maj.gen. brig.gen. comdr. cmdr. vadm. radm. attorney-general officer analyst fellow maj. lady
gentleman mantri menteri inspector emir secretaries presidents representatives senators
researcher scholar correspondent member diplomat attaché attache head negotiator delegate lecturer
critic expert scientist specialist commandant observer sherpa economist clerk commentator
lawmaker legislator parliamentarian mp mep mps meps
chairperson-in-office chairman-in-office chair-in-office
""")

MODIFIERS = _words("""
deputy vice acting assistant associate under principal senior chief first second permanent special high
parliamentary
additional
standing ranking warrant
coordinating government lead presidential party
top
state foreign defense defence finance trade home interior economy economic prime cabinet press
executive lieutenant major brigadier rear air field national security joint navy army naval military
health justice education environment energy agriculture commerce treasury industry labor labour
transport attorney surgeon prosecutor auditor comptroller solicitor procurator accountant supreme allied
commanding political external international former
maj. brig. lt. vice-admiral co- general pentagon white house department office ministry digital
science technology culture immigration climate development foreign-affairs emergency fleet forces
force indo-pacific pacific central european northern southern eastern western strategic space cyber
public diplomacy affairs policy planning operations intelligence homeland veterans overseas
relations counter-terrorism arms control nonproliferation nuclear global sea land self-defense
self-defence ground maritime marine marines corps coast guard staff chiefs combatant regional indo-pacific
opposition
research politics
flag business resident humanitarian personal managing administrative
floor legislative
disarmament
crown tariff armed raksha videsh pradhan diplomatic shadow non-resident besar
secretary-general minister secretary official federal d'affaires d’affaires ad interim interim
extraordinary plenipotentiary departmental responsible embassy enlisted command
""")

PORTFOLIO = _words("""
state defense defence foreign affairs home finance treasury trade industry economy commerce justice
health energy environment interior national security homeland political economic international arms
control development commonwealth external public diplomacy policy asian pacific east south north west
indo-pacific staff joint chiefs army navy air force forces operations intelligence cabinet digital
science technology cooperation europe european overseas relations planning strategy military naval
cyber space infrastructure agriculture fisheries labour labor education culture immigration employment
veterans emergency management local government communications communication information legal press media
spokesperson department office ministry commission council union nations general staff
self-defense self-defence maritime ground marine corps command fleet climate change women sport
tourism transport housing police investment competitiveness indo pacific region regional global
southeast northeast southwest northwest
strategic nonproliferation counterterrorism counter-terrorism disarmament trade investment export
finance revenue budget treasury reconstruction wealth plans programs programmes acquisition republic
sustainment logistics readiness personnel research engineering resources initiatives partnerships
tourism europe unification sports youth water mines mining petroleum railways shipping aviation
telecommunications welfare social family children gender equality indigenous heritage arts forestry
lands oceans statistics criminal electronics coal steel textiles chemicals fertilisers fertilizers power
renewable civil ports waterways law parliamentary minority tribal rural urban food consumer
enterprises skills entrepreneurship sciences earth environmental higher primary war
mission delegation protocol community embassy internal humanitarian relief panel high-level
procurement capability delivery bilateral multilateral committee subcommittee sub-committee rights board
bureau secretariat directorate agency
authority assembly parliament armament armaments division manpower diaspora peace expatriates emigration
integration
emigrants
subcommittee africa african arab hemisphere arctic baltic nordic caribbean latin america americas
transportation ethnic communities peoples conservation disability biosecurity customs senate chamber deputies
enlargement neighbourhood neighborhood
works territories aid border troops negotiations unit business services island islands industries
protection citizen citizens consular safety natural francophonie transformation asia middle studies
""")

TITLE_WORDS = HEADS | MODIFIERS  # every word a title may hold
PORTFOLIO_ITEMS = PORTFOLIO - HEADS  # portfolio words heading no title ("Protection")

# Portfolio families: a title's portfolio for "his counterpart" resolution.
_PORTFOLIOS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("defence", re.compile(r"\bdefen[cs]e\b|\bmilitary\b|\bpentagon\b|\bwar\b|\barmed forces\b", re.I)),
    ("foreign", re.compile(r"\bforeign\b|\bsecretary of state\b|\bexternal affairs\b|\bdiplomac", re.I)),
    ("finance", re.compile(r"\bfinance\b|\btreasury\b|\bexchequer\b", re.I)),
    ("trade", re.compile(r"\btrade\b|\bcommerce\b|\beconomy\b", re.I)),
    ("head", re.compile(r"^(?:the )?(?:president|prime minister|premier|chancellor|king|queen)$", re.I)),
)


# a junior, a spokesperson's or an envoy's title: no portfolio family
_NO_PORTFOLIO = re.compile(r"\b(?:deputy|vice|assistant|under|spokes\w*|press|ambassador|envoy)\b", re.I)


def portfolio(role: str | None) -> str | None:
    """The portfolio family a role belongs to ("Defense Minister" -> "defence")."""
    if not role or _NO_PORTFOLIO.search(role):
        return None
    for key, rx in _PORTFOLIOS:
        if rx.search(role):
            return key
    return None


_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_SPACES = re.compile(r"\s+")
_SPACES = class_scan(guarded(_SPACES))  # (regex_guard: same matches)


def role_key(role: str) -> str:
    """A role compared loosely: lower case, 'defence' and 'defense' equal, no leading 'the'."""
    r = role.lower().replace("defence", "defense").replace("-", " ").replace("/", " / ")
    r = _ARTICLE.sub("", r)
    return _SPACES.sub(" ", r).strip()


# Offices held by one person at a time (one title + two names is a conflict).
SINGULAR = re.compile(
    r"^(?:foreign|defen[cs]e|finance|prime|home|trade)?\s*(?:minister|secretary|president|premier|chancellor)"
    r"(?: of [\w ]+| for [\w ]+)?$",
    re.I,
)


# Offices that only one country's government has, by their formal wording: the holder's country when the
# text gives none ("Deputy Secretary of State A" in a Seoul readout is American).
_NATIONAL_OFFICES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            # "principal deputy under secretary of defense for policy": the department's junior grades
            r"(?:acting )?(?:(?:principal )?(?:deputy )?(?:under|assistant) |deputy |principal deputy )?"
            r"secretary of (?:state|defense|war|commerce|the treasury|homeland security|veterans affairs"
            r"|health and human services|housing and urban development|the interior|the army|the navy"
            r"|the air force)(?: for [\w ,-]+)?"
        ),
        "United States",
    ),
    # "Treasury Under Secretary for International Affairs": a department's name before a US junior grade
    (
        re.compile(
            r"(?:acting )?(?:treasury|state department|pentagon|commerce|defense) "
            r"(?:(?:principal )?(?:deputy )?(?:under|assistant)) secretary(?: for [\w ,-]+)?"
        ),
        "United States",
    ),
    (re.compile(r"(?:deputy )?chief cabinet secretary"), "Japan"),
    (
        re.compile(r"(?:union )?(?:minister of (?:state for )?external affairs|external affairs minister)"),
        "India",
    ),
    # South Africa's foreign ministry is the Department of International Relations and Cooperation
    (re.compile(r"(?:deputy )?minister (?:of|for) international relations and cooperation"), "South Africa"),
    # Kenya's cabinet is of Cabinet Secretaries; its foreign ministry is of Foreign and Diaspora Affairs
    (
        re.compile(r"(?:prime cabinet secretary and )?cabinet secretary for foreign and diaspora affairs"),
        "Kenya",
    ),
    (re.compile(r"prime cabinet secretary"), "Kenya"),
    # Kenya's ministers are Cabinet Secretaries of a portfolio ("Cabinet Secretary for Defence", "Trade
    # Cabinet Secretary"; Japan's "Chief Cabinet Secretary" and a bare "Cabinet Secretary" are not)
    (
        re.compile(
            r"(?:acting )?cabinet secretary for [\w ,-]+|"
            r"(?!(?:deputy )?chief |former )(?:[\w-]+ ){1,2}cabinet secretary"
        ),
        "Kenya",
    ),
    # France's and Austria's foreign ministers' styles
    (re.compile(r"(?:deputy )?minister (?:for|of) europe and foreign affairs"), "France"),
    (re.compile(r"(?:federal )?minister for european and international affairs"), "Austria"),
    # Japan's Ministry of Defense: its top civilian for international affairs
    (re.compile(r"vice minister of defense for international affairs"), "Japan"),
    (re.compile(r"chancellor of the exchequer"), "United Kingdom"),
    # the Westminster opposition's "shadow X secretary" (Australia's and Canada's are shadow ministers)
    (
        re.compile(r"(?:deputy )?shadow (?:[\w-]+ ){0,3}secretary(?: of state)?(?: for [\w ,-]+)?"),
        "United Kingdom",
    ),
    # Germany's styles in English ("Federal Foreign Minister"; Austria's is "Federal Minister for European
    # and International Affairs")
    (re.compile(r"(?:deputy )?federal (?:foreign minister|minister for foreign affairs)"), "Germany"),
    (re.compile(r"(?:raksha|videsh|pradhan) mantri"), "India"),  # Hindi: defence, foreign, prime
    # the head of government of a Malay state of Malaysia ("Menteri Besar of Xstate")
    (re.compile(r"menteri besar(?: of [\w ]+)?"), "Malaysia"),
    # Switzerland's seven-member government, the Federal Council, and its foreign ministry's name
    (
        re.compile(r"federal council+or(?: and head of the federal department of foreign affairs)?"),
        "Switzerland",
    ),
    # China's cabinet
    (re.compile(r"(?:vice )?premier of the state council|state councill?or"), "China"),
    # the United States' central bank
    (
        re.compile(r"federal reserve (?:board )?(?:vice )?(?:chair|chairman|chairwoman|governor)"),
        "United States",
    ),
)


# Offices of the same wording in a few states: the first state unless the text is another's.
_SHARED_OFFICES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"(?:vice )?chairman of the joint chiefs of staff"), ("United States", "South Korea")),
    # the lower house's presiding officer as American and Philippine reporting style it ("House Speaker";
    # other parliaments' are "Speaker of the House of Commons / of Representatives")
    (re.compile(r"(?:former )?(?:house speaker|speaker of the house)"), ("United States", "Philippines")),
    # the US cabinet's "Treasury Secretary"; Australia's Treasury department is headed by one of that name
    (re.compile(r"(?:acting |deputy )?treasury secretary"), ("United States", "Australia")),
    # the defence minister's federal style in Germany's and Austria's cabinets
    (re.compile(r"federal minister of defen[cs]e"), ("Germany", "Austria")),
    # the defence secretaries of the two cabinets of "Secretaries" with a "National Defense" department
    (re.compile(r"(?:acting )?secretary of national defen[cs]e"), ("Philippines", "Mexico")),
)


# Westminster cabinet posts no other government styles "X secretary", in the British press's lower case ("the
# business secretary"; the US, India and the Philippines have Home, Health, Energy, Justice, Trade
# Secretaries too; a release's capitalised title is left to its issuer and its first person)
_WESTMINSTER = re.compile(r"(?:business(?: and trade)?|culture(?:, media and sport)?|levelling up) secretary")
# the states besides the UK whose junior ministers are styled "Secretary of State for X"
_STATE_SECRETARIES = frozenset(
    {"Poland", "Portugal", "Spain", "France", "Germany", "Belgium", "Luxembourg", "Romania", "Hungary"}
)
# a US junior grade before "secretary of state for X" ("principal deputy assistant"): no British office
_JUNIOR_GRADE = re.compile(r"(?:acting )?(?:principal )?(?:deputy|under|assistant)")

# every _NATIONAL_OFFICES and _SHARED_OFFICES match holds one of these
_QUICK = _words("ecretary xternal xchequer hiefs antri enteri tate ederal ooperation urope inister peaker")


def national_office(
    role: str, local: tuple[str | None, ...] = (), held: frozenset[str] = frozenset(), host: str | None = None
) -> str | None:
    """The one country whose government has this office ("Secretary of Defense" -> United States); for
    an office a few states share, the one the text is from (`local`: its issuer, dateline) if any, else
    the first whose holder the text does not name already (`held`: "U.S. Chairman of the X, B" beside A)."""
    if not any(w in role for w in _QUICK):
        return None  # the quick test: every such office names one of these words
    key = role.lower().replace("-", " ")
    for rx, states in _SHARED_OFFICES:
        if rx.fullmatch(key):
            free = [c for c in states if c not in held] or list(states)
            return next((c for c in local if c in states), free[0])
    if "secretary of state for" in key and not _JUNIOR_GRADE.match(key):
        if "defen" in key:
            return None  # Spain has one for Defence too
        # a release or meeting of a state whose junior ministers are so styled: its own ("Secretary of State
        # for Foreign Affairs" at a meeting in Xland's capital)
        return next((c for c in (*local, host) if c in _STATE_SECRETARIES), "United Kingdom")
    for rx, country in _NATIONAL_OFFICES:
        if rx.fullmatch(key):
            return country
    if " and " in key:  # "State Councilor and Minister of National Defense": one office of the two tells
        found = {c for part in key.split(" and ") for rx, c in _NATIONAL_OFFICES if rx.fullmatch(part)}
        if len(found) == 1:
            return found.pop()
    return "United Kingdom" if role.islower() and _WESTMINSTER.fullmatch(key) else None


_ENVOY_TO = re.compile(
    r"\b(?:ambassador|envoy|high commissioner|representative|consul|charg\S+ d\S+affaires)\b.*?\b(to|in)\s+"
    r"(?:the\s+)?([A-Z][^,;()]*)$",
    re.I,
)


def receiving_state(role: str | None) -> str | None:
    """The state an envoy is posted to ("Ambassador to Japan" -> Japan, "Consul-General in Xcity" -> the
    city's state): never the envoy's own country."""
    if not role or (" to " not in role and " in " not in role):
        return None
    m = _ENVOY_TO.search(role)
    if not m:
        return None
    return country_of(m[2]) if m[1].lower() == "to" else place_country(m[2])


# "Commander of United States Central Command", "Chief of the Xland Navy": a state's own service in a title
# "of the Xland Navy", and any item of a list of commands after it ("of A Command, B Command, and Xish
# Forces Y")
_SERVICE_OF = re.compile(
    r"(?:\bof|,(?:\s+and)?)\s+(?:the\s+)?((?:[A-Z][\w.]*\s+){1,5}?)"
    r"(?:Command|Navy|Army|Air\s+Force|Armed\s+Forces|Defen[cs]e\s+Forces?|Coast\s+Guard|Marine\s+Corps|"
    r"Naval\s+Forces|Forces|Ministry)\b"
)


# a word of three to eight capitals in a title ("commander of USFX"): initials
INITIALS_WORD = re.compile(r"\b[A-Z]{3,8}\b")
INITIALS_WORD = by_first_letter(guarded(INITIALS_WORD))  # (regex_guard: same matches)
# "... of U.S. Forces Xland (USFX)": the capitalised name a text defines bracketed initials by
_DEFINED_NAME = re.compile(r"((?:[A-Z][\w.'’-]*\s+){1,5})\($")


# the armed forces some states' own names are known by in English: a title naming one is that state's
_FORCES_NAMES = {"Bundeswehr": "Germany", "Bundesheer": "Austria", "Tatmadaw": "Myanmar", "Tsahal": "Israel"}
# armed forces known by their initials alone (a table of facts): a title naming one is that state's office
_FORCES_INITIALS = {
    "TNI": "Indonesia", "PLA": "China", "JSDF": "Japan", "JGSDF": "Japan", "JMSDF": "Japan", "JASDF": "Japan",
    "ADF": "Australia", "NZDF": "New Zealand", "PNGDF": "Papua New Guinea", "RSAF": "Singapore",
    "KPA": "North Korea", "USINDOPACOM": "United States", "INDOPACOM": "United States",
}  # fmt: skip


def defined_service(role: str, text: str) -> str | None:
    """The state whose own service a title names by initials the text defines ("commander of USFX" beside
    "U.S. Forces Xland (USFX)" -> United States), or by the initials or own name a state's forces are known
    by ("of the Xwehr")."""
    for word, home in _FORCES_NAMES.items() if "of the " in role else ():
        if f"of the {word}" in role:
            return home  # "Inspector General of the Xwehr": the state's own force
    for acr in INITIALS_WORD.findall(role):
        if acr in _FORCES_INITIALS:
            return _FORCES_INITIALS[acr]
        at = text.find(f"({acr})")
        name = _DEFINED_NAME.search(text, max(0, at - 80), at + 1) if at > 0 else None
        state = service_state(f" of {name[1].strip()}") if name else None
        if state:
            return state
    return None


# "chief of staff of Xland's Joint Staff": a state's possessive before the body a title is an office of
_OWN_BODY = re.compile(r"\b(?:of|at|in)\s+(U\.S\.|U\.K\.|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+[A-Z]")


def service_state(role: str) -> str | None:
    """The state whose own service or ministry a title names ("Commander of the Xland Navy" -> Xland,
    "chief of Xland's General Staff" -> Xland)."""
    for m in _SERVICE_OF.finditer(role) if " of " in role else ():
        words = m[1].split()
        for n in range(min(len(words), 3), 0, -1):
            c = country_of(" ".join(words[:n]))
            if c and c not in ORGANISATION_NAMES:
                return c
    own = _OWN_BODY.search(role) if "s " in role else None
    c = country_of(own[1]) if own else None
    return c if c not in ORGANISATION_NAMES else None
