"""Texts of the demo visit (see `demo`): a fictional State with the user-assigned code XRU.

Data only. Every name of a person or an institution here is invented; towns, regions and the
national language ("Varenic") are fictional too. Codes are those of `spt_field.domain.codes`;
numbers and dates are strings, read by `demo`.
"""

from __future__ import annotations

NATIONAL_LANGUAGE: str = "Varenic"

OBJECTIVES: tuple[str, ...] = (
    (
        "To visit places of deprivation of liberty in order to assess the treatment of persons "
        "deprived of their liberty and the safeguards afforded to them against torture and "
        "ill-treatment"
    ),
    (
        "To examine the legal and practical safeguards in the first hours of police custody, "
        "including access to a lawyer and a doctor"
    ),
    (
        "To advise and assist the national preventive mechanism, in accordance with article 11 "
        "(b) of the Optional Protocol"
    ),
    (
        "To discuss with the authorities the implementation of the Optional Protocol, including "
        "the protection of persons against reprisals"
    ),
)

# Name and DelegationRole code; `team` in PLACES counts from 0 in this order.
MEMBERS: tuple[tuple[str, str], ...] = (
    ("Marguerite Alvendahl-Osei", "head_of_delegation"),
    ("Teodor Quispe-Lindqvist", "member"),
    ("Ysolde Marangoni-Tveit", "medical_expert"),
    ("Casimir Oyelaran-Vasko", "secretariat"),
    ("Leontyna Abascal-Mhlongo", "interpreter"),
    ("Radomir Fennimore-Adjei", "security"),
)

# Locally contracted interpreters, by language.
INTERPRETERS: dict[str, str] = {
    "Varenic": "Ilinca Moravetz-Doyle",
    "Arabic": "Samir Belkaoud-Ferrant",
    "Dari": "Farida Osmanzai-Lund",
    "Tigrinya": "Senait Abrehet-Kvale",
}

# Language of interviews with persons of a nationality.
LANGUAGES: dict[str, str] = {
    "XRU": "Varenic",
    "SYR": "Arabic",
    "IRQ": "Arabic",
    "AFG": "Dari",
    "ERI": "Tigrinya",
    "VNM": "Vietnamese",
}

# Name, title, institution and PersonMetCategory code.
PERSONS_MET: tuple[tuple[str, str, str, str], ...] = (
    ("Oskan Drevitz", "Minister of Justice", "Ministry of Justice", "executive"),
    ("Mirela Santovan", "Deputy Minister", "Ministry of Internal Affairs", "executive"),
    (
        "Arvid Kestrelow",
        "Director",
        "Directorate of Prison Administration, Ministry of Justice",
        "executive",
    ),
    (
        "Tavia Lunhardt",
        "Head of the Department of Mental Health and Social Care",
        "Ministry of Health and Social Protection",
        "executive",
    ),
    ("Irenko Palvas", "Head of the Service", "State Migration Service", "executive"),
    (
        "Sabela Vornetti",
        "Deputy Prosecutor General",
        "Office of the Prosecutor General",
        "judiciary",
    ),
    (
        "Dravo Quellan",
        "Judge, President of the Criminal Chamber",
        "Supreme Court of Justice",
        "judiciary",
    ),
    (
        "Hanne Velitrova",
        "Chair of the Standing Committee on Human Rights and Minorities",
        "National Assembly",
        "legislature",
    ),
    (
        "Eskil Marotse",
        "Chair",
        "National Commission for the Prevention of Torture (national preventive mechanism)",
        "npm",
    ),
    (
        "Orla Benedykt-Sarvi",
        "Member",
        "National Commission for the Prevention of Torture (national preventive mechanism)",
        "npm",
    ),
    ("Yusra Tolandi", "People's Advocate", "Office of the People's Advocate", "nhri"),
    (
        "Petronel Askavir",
        "Human Rights Adviser",
        "Office of the United Nations Resident Coordinator",
        "un_agency",
    ),
    (
        "Livia Ormsbek",
        "Executive Director",
        "Lorvik Centre for the Rights of Detainees",
        "civil_society",
    ),
    (
        "Bogdar Felisande",
        "Coordinator",
        "Association of Families of Persons in Detention",
        "civil_society",
    ),
)

# One dict per place. `fillers`: one letter per generated interview (d detainee,
# g group of detainees, s custodial staff, m management, h medical, w lawyer, f family);
# genders, ages and nationalities are what generated detainees are drawn from
# ("-": nationality not recorded).
PLACES: tuple[dict[str, str], ...] = (
    {
        "key": "lorvik-police",
        "name": "Central District Police Station, Lorvik",
        "type": "police",
        "authority": "Ministry of Internal Affairs (National Police)",
        "region": "Capital District",
        "town": "Lorvik",
        "date": "2019-03-11",
        "arrived": "10:05",
        "left": "14:40",
        "announced": "no",
        "team": "0 1 2 3 4 5",
        "capacity": "14",
        "population": "9",
        "men": "8",
        "women": "1",
        "pretrial": "7",
        "administrative": "2",
        "foreign_nationals": "1",
        "registers": "custody use_of_force medical complaints",
        "fillers": "dgm",
        "genders": "male male male female",
        "ages": "18_25 26_40 26_40 41_60",
        "nationalities": "XRU XRU XRU -",
    },
    {
        "key": "saltmere-prison",
        "name": "Saltmere Prison No. 4",
        "type": "prison",
        "authority": "Directorate of Prison Administration, Ministry of Justice",
        "region": "Lake Province",
        "town": "Saltmere",
        "date": "2019-03-12",
        "arrived": "09:20",
        "left": "19:05",
        "announced": "no",
        "team": "0 1 2 3 4 5",
        "capacity": "900",
        "population": "1143",
        "men": "1143",
        "women": "0",
        "pretrial": "45",
        "sentenced": "1098",
        "foreign_nationals": "37",
        "registers": (
            "admissions use_of_force disciplinary solitary medical complaints deaths_incidents"
        ),
        "obstruction": (
            "The disciplinary unit (block 7) was not shown to the delegation during the initial "
            "tour; the administration stated that it was closed for renovation. Access was "
            "granted about two hours later, after the head of delegation contacted the "
            "Directorate of Prison Administration. The unit was in use and held 11 persons."
        ),
        "fillers": "ddgdfm",
        "genders": "male",
        "ages": "18_25 26_40 26_40 41_60 over_60",
        "nationalities": "XRU XRU XRU XRU VNM",
    },
    {
        "key": "vessany-police",
        "name": "Police Station No. 2, Vessany",
        "type": "police",
        "authority": "Ministry of Internal Affairs (Northern Regional Police Directorate)",
        "region": "Northern Province",
        "town": "Vessany",
        "date": "2019-03-13",
        "arrived": "21:10",
        "left": "23:55",
        "announced": "no",
        "team": "0 2 4 5",
        "capacity": "10",
        "population": "6",
        "men": "6",
        "women": "0",
        "pretrial": "5",
        "administrative": "1",
        "foreign_nationals": "0",
        "registers": "custody use_of_force",
        "obstruction": (
            "The delegation was kept waiting at the entrance for 50 minutes while the duty "
            "officer sought clearance from the regional police directorate, despite the letter of "
            "authorization issued by the Ministry of Internal Affairs. During that time, two "
            "persons were taken from the cells to the investigators' floor."
        ),
        "fillers": "dd",
        "genders": "male",
        "ages": "18_25 26_40 41_60",
        "nationalities": "XRU",
    },
    {
        "key": "lorvik-remand",
        "name": "Lorvik Remand Centre No. 1",
        "type": "pretrial",
        "authority": "Directorate of Prison Administration, Ministry of Justice",
        "region": "Capital District",
        "town": "Lorvik",
        "date": "2019-03-14",
        "arrived": "09:00",
        "left": "18:30",
        "announced": "no",
        "team": "0 2 4 5",
        "capacity": "600",
        "population": "812",
        "men": "760",
        "women": "52",
        "children": "0",
        "pretrial": "812",
        "foreign_nationals": "41",
        "registers": "admissions disciplinary solitary medical complaints",
        "fillers": "ddgdsm",
        "genders": "male male male female",
        "ages": "18_25 26_40 26_40 41_60",
        "nationalities": "XRU XRU XRU - IRQ",
    },
    {
        "key": "lorvik-court",
        "name": "Lorvik City Court, holding cells",
        "type": "court_cells",
        "authority": "Judicial Police Service, Ministry of Justice",
        "region": "Capital District",
        "town": "Lorvik",
        "date": "2019-03-14",
        "arrived": "10:30",
        "left": "15:10",
        "announced": "no",
        "team": "1 3",
        "capacity": "20",
        "population": "7",
        "men": "6",
        "women": "1",
        "pretrial": "7",
        "registers": "custody",
        "fillers": "dw",
        "genders": "male male female",
        "ages": "18_25 26_40",
        "nationalities": "XRU",
    },
    {
        "key": "ostrel-juvenile",
        "name": "Ostrel Closed Educational Centre for Boys",
        "type": "juvenile",
        "authority": "Juvenile Justice Department, Ministry of Justice",
        "region": "Northern Province",
        "town": "Ostrel",
        "date": "2019-03-15",
        "arrived": "09:40",
        "left": "16:50",
        "announced": "no",
        "team": "0 1 2 3 4 5",
        "capacity": "80",
        "population": "46",
        "children": "46",
        "pretrial": "11",
        "sentenced": "35",
        "registers": "admissions disciplinary solitary medical complaints",
        "fillers": "ddfm",
        "genders": "male",
        "ages": "under_18",
        "nationalities": "XRU",
    },
    {
        "key": "kolmar-psychiatric",
        "name": "Kolmar Bay State Psychiatric Hospital",
        "type": "psychiatric",
        "authority": "Ministry of Health and Social Protection",
        "region": "Lake Province",
        "town": "Kolmar Bay",
        "date": "2019-03-16",
        "arrived": "09:30",
        "left": "17:15",
        "announced": "no",
        "team": "0 1 2 4",
        "capacity": "420",
        "population": "388",
        "men": "231",
        "women": "157",
        "administrative": "142",
        "registers": "admissions restraint solitary medical complaints deaths_incidents",
        "fillers": "dgdm",
        "genders": "male female",
        "ages": "18_25 26_40 41_60 over_60",
        "nationalities": "XRU",
    },
    {
        "key": "brannoch-migrants",
        "name": "Brannoch Centre for the Temporary Placement of Foreigners",
        "type": "immigration",
        "authority": "State Migration Service",
        "region": "Eastern Border Province",
        "town": "Brannoch",
        "date": "2019-03-18",
        "arrived": "10:15",
        "left": "17:40",
        "announced": "no",
        "team": "0 1 2 3 5",
        "capacity": "150",
        "population": "97",
        "men": "81",
        "women": "12",
        "children": "4",
        "administrative": "97",
        "foreign_nationals": "97",
        "registers": "admissions use_of_force medical complaints",
        "fillers": "ddm",
        "genders": "male male female",
        "ages": "18_25 26_40",
        "nationalities": "SYR AFG ERI IRQ",
    },
    {
        "key": "hallerby-social",
        "name": "Hallerby Residential Home for Persons with Psychosocial Disabilities",
        "type": "social_care",
        "authority": "Ministry of Health and Social Protection",
        "region": "Lake Province",
        "town": "Hallerby",
        "date": "2019-03-19",
        "arrived": "09:45",
        "left": "15:30",
        "announced": "yes",
        "team": "0 2 4",
        "capacity": "260",
        "population": "274",
        "men": "139",
        "women": "135",
        "registers": "admissions restraint medical deaths_incidents",
        "fillers": "hm",
        "genders": "male female",
        "ages": "41_60 over_60",
        "nationalities": "XRU",
    },
)

# The interviews that allegations and findings refer to, by key.
INTERVIEWS: tuple[dict[str, str], ...] = (
    {
        "key": "lp-arrest",
        "place": "lorvik-police",
        "category": "detainee",
        "gender": "male",
        "age": "18_25",
        "status": "pretrial",
        "nationality": "XRU",
        "language": "Varenic",
        "consent": "transmit",
        "notes": (
            "Arrested on 9 March at about 23:00 outside a bar by four officers of the patrol "
            "service, on suspicion of robbery. Alleged that he was forced to the ground, kicked "
            "in the ribs and struck on the head with a truncheon while handcuffed, and slapped "
            "again in the car. Has not seen a lawyer; family not informed. Bruising on the left "
            "flank and a healing wound above the right eyebrow, examined by the delegation's "
            "doctor."
        ),
    },
    {
        "key": "lp-threats",
        "place": "lorvik-police",
        "category": "detainee",
        "gender": "male",
        "age": "26_40",
        "status": "pretrial",
        "nationality": "XRU",
        "language": "Varenic",
        "consent": "anonymous",
        "notes": (
            "Held since 8 March on suspicion of drug trafficking. Questioned for about six hours "
            "during the night of 8 to 9 March without a lawyer. Alleged that two plain-clothes "
            "officers threatened to have his younger brother arrested if he did not sign a "
            "confession, which he then signed. Was not informed of his rights in writing; says "
            "the rights form was signed the next day."
        ),
    },
    {
        "key": "lp-officer",
        "place": "lorvik-police",
        "category": "law_enforcement",
        "gender": "female",
        "age": "26_40",
        "status": "not_applicable",
        "language": "Varenic",
        "consent": "anonymous",
        "notes": (
            "Duty officer of the custody unit, eight years of service. Said that arrested persons "
            "see a doctor only if they complain, that no doctor is attached to the station and "
            "that an ambulance is called in emergencies. Confirmed that the telephone call to the "
            "family is made 'after the first interrogation, when the investigator agrees'. Has "
            "had no training on the custody register since 2014."
        ),
    },
    {
        "key": "sp-block7",
        "place": "saltmere-prison",
        "category": "detainee",
        "gender": "male",
        "age": "26_40",
        "status": "sentenced",
        "nationality": "XRU",
        "language": "Varenic",
        "consent": "internal",
        "reprisal_risk": "yes",
        "notes": (
            "Held in the disciplinary unit (block 7) since 27 February. Alleged that on 26 "
            "February, after a cell search, members of the special intervention unit wearing "
            "balaclavas beat him and three cellmates with rubber truncheons in the corridor, and "
            "that no doctor saw him afterwards. Linear bruises on the back of both thighs. Fears "
            "reprisals: staff told the block that 'those who talk to the commission will stay in "
            "block 7'. Agreed to internal use only."
        ),
    },
    {
        "key": "sp-solitary",
        "place": "saltmere-prison",
        "category": "detainee",
        "gender": "male",
        "age": "41_60",
        "status": "sentenced",
        "nationality": "XRU",
        "language": "Varenic",
        "consent": "anonymous",
        "notes": (
            "Serving an eight-year sentence. Has spent 45 consecutive days in a disciplinary cell "
            "of block 7 under three successive 15-day sanctions, for refusing to clean the "
            "corridor and for 'insulting staff'. Out of cell 30 minutes a day in a covered yard "
            "of about 6 m²; no reading material; meals passed through the hatch. Heard shouting "
            "and blows in the corridor on the night of 26 February after a search. Reports poor "
            "sleep, headaches and low mood."
        ),
    },
    {
        "key": "sp-cellmates",
        "place": "saltmere-prison",
        "category": "detainee",
        "gender": "male",
        "age": "18_25",
        "status": "sentenced",
        "nationality": "XRU",
        "language": "Varenic",
        "consent": "transmit",
        "notes": (
            "At the prison since November 2018. Alleged that on 3 January he was beaten by two "
            "older detainees acting as 'orderlies' in dormitory 3 for refusing to hand over his "
            "food parcel, and that an officer who saw it did not intervene. Lost an upper tooth; "
            "the medical file records a 'fall from bed'. Asks to be moved to another unit."
        ),
    },
    {
        "key": "sp-doctor",
        "place": "saltmere-prison",
        "category": "medical",
        "gender": "female",
        "age": "41_60",
        "status": "not_applicable",
        "language": "Varenic",
        "consent": "anonymous",
        "notes": (
            "Head of the medical unit: one full-time doctor, two nurses and a visiting dentist "
            "for 1,143 prisoners; the psychiatrist post has been vacant since 2017. Said that "
            "officers stay in the consultation room 'for the safety of staff' and that injuries "
            "are recorded only when a prisoner asks. No body charts in use; medical files are "
            "accessible to the security department."
        ),
    },
    {
        "key": "sp-officer",
        "place": "saltmere-prison",
        "category": "custodial_staff",
        "gender": "male",
        "age": "26_40",
        "status": "not_applicable",
        "language": "Varenic",
        "consent": "anonymous",
        "notes": (
            "Custodial officer, five years of service. Said that at night four officers cover the "
            "three residential blocks, about one officer for 280 prisoners, and that colleagues "
            "often work 24-hour shifts. Acknowledged that order in the dormitories relies on "
            "detainees designated by the administration. Six posts vacant on his shift; salary "
            "below the regional average."
        ),
    },
    {
        "key": "sp-group-warned",
        "place": "saltmere-prison",
        "category": "detainee",
        "persons": "5",
        "gender": "male",
        "age": "26_40",
        "status": "sentenced",
        "nationality": "XRU",
        "language": "Varenic",
        "consent": "anonymous",
        "notes": (
            "Group of five men in dormitory 2 (about 60 persons in a room of about 110 m²). All "
            "said that the day before the visit the deputy director gathered the dormitory and "
            "warned that anyone complaining to 'the foreigners' would lose family visits and "
            "parcels. One hour a day in the yard; no work or education for most."
        ),
    },
    {
        "key": "vp-radiator",
        "place": "vessany-police",
        "category": "detainee",
        "gender": "male",
        "age": "26_40",
        "status": "pretrial",
        "nationality": "XRU",
        "language": "Varenic",
        "consent": "transmit",
        "notes": (
            "Brought to the station on 12 March at about 18:00 for questioning about a burglary, "
            "without a written arrest record. Alleged that he spent the night handcuffed to a "
            "radiator pipe in an investigators' office on the second floor, forced to squat, and "
            "was hit on the back of the head with a plastic bottle full of water. Circular "
            "abrasions and swelling on both wrists, examined by the delegation's doctor. His name "
            "was not in the custody register at the time of the visit."
        ),
    },
    {
        "key": "vp-no-food",
        "place": "vessany-police",
        "category": "detainee",
        "gender": "male",
        "age": "41_60",
        "status": "pretrial",
        "nationality": "XRU",
        "language": "Varenic",
        "consent": "anonymous",
        "notes": (
            "In custody since the morning of 12 March. Said he had received no food since his "
            "arrest, more than 30 hours earlier, and drank from the tap in the toilet when "
            "escorted there; the cells have no drinking water. Slept on a bare wooden bench "
            "without mattress or blanket. Not informed of his rights; no lawyer so far."
        ),
    },
    {
        "key": "vp-duty",
        "place": "vessany-police",
        "category": "law_enforcement",
        "gender": "male",
        "age": "41_60",
        "status": "not_applicable",
        "language": "Varenic",
        "consent": "anonymous",
        "notes": (
            "Deputy duty officer. Stated that the station has no budget for meals and that "
            "detainees rely on food brought by families. Confirmed that persons 'invited for a "
            "conversation' are entered in the custody register only once a decision to arrest "
            "them is taken, which can take several hours. Said he had no instruction to admit the "
            "delegation without a call from the regional directorate."
        ),
    },
    {
        "key": "lr-interrogation",
        "place": "lorvik-remand",
        "category": "detainee",
        "gender": "male",
        "age": "26_40",
        "status": "pretrial",
        "nationality": "XRU",
        "language": "Varenic",
        "consent": "transmit",
        "notes": (
            "Arrested on 19 February and held three days at the Regional Criminal Investigation "
            "Department before transfer. Alleged that during questioning he was punched in the "
            "abdomen and kicked in the left side, and that a plastic bag was twice held over his "
            "head until he could not breathe. On admission the remand centre doctor noted "
            "'bruises, cause unknown'. Pain on breathing; the delegation's doctor found a tender, "
            "swollen area over the left lower ribs."
        ),
    },
    {
        "key": "lr-search",
        "place": "lorvik-remand",
        "category": "detainee",
        "gender": "female",
        "age": "26_40",
        "status": "pretrial",
        "nationality": "XRU",
        "language": "Varenic",
        "consent": "anonymous",
        "notes": (
            "Admitted on 2 March. Said that on admission she and two other women were "
            "strip-searched together and made to squat naked while male officers walked in and "
            "out of the room and commented on their bodies. The women's section has no female "
            "officer on the night shift. Does not wish to complain, for fear of consequences for "
            "her case."
        ),
    },
    {
        "key": "lr-lawyer",
        "place": "lorvik-remand",
        "category": "lawyer",
        "gender": "male",
        "age": "41_60",
        "status": "not_applicable",
        "language": "English",
        "consent": "anonymous",
        "notes": (
            "Defence lawyer met in the visitors' area. Said that in most cases lawyers are "
            "appointed by the investigator and first meet the client at the remand hearing, after "
            "the first interrogation. Complaints of ill-treatment are sent back to the same "
            "police department for a 'preliminary check' and are rarely opened as criminal cases; "
            "none of his clients' complaints has led to an indictment since 2016."
        ),
    },
    {
        "key": "lr-doctor",
        "place": "lorvik-remand",
        "category": "medical",
        "gender": "female",
        "age": "26_40",
        "status": "not_applicable",
        "language": "Varenic",
        "consent": "anonymous",
        "notes": (
            "General practitioner of the remand centre. Examines new arrivals on the day of "
            "admission, usually in groups and in the presence of escort officers. Injuries are "
            "noted in the admissions log in one or two words; there is no procedure for reporting "
            "injuries to the prosecutor. Estimates that 15 to 20 persons a month arrive from "
            "police custody with visible injuries."
        ),
    },
    {
        "key": "lr-group-cell",
        "place": "lorvik-remand",
        "category": "detainee",
        "persons": "8",
        "gender": "male",
        "age": "unknown",
        "status": "pretrial",
        "nationality": "XRU",
        "language": "Varenic",
        "consent": "anonymous",
        "notes": (
            "Group of eight men in cell 214, which measures about 18 m² and holds 14 persons for "
            "10 beds; they sleep in turns. Toilet separated by a curtain only; window covered by "
            "metal sheeting that lets in little light or air. One hour a day in a walled yard, no "
            "other activity. Some have been on remand for more than 18 months."
        ),
    },
    {
        "key": "lc-transport",
        "place": "lorvik-court",
        "category": "detainee",
        "gender": "male",
        "age": "18_25",
        "status": "pretrial",
        "nationality": "XRU",
        "language": "Varenic",
        "consent": "anonymous",
        "notes": (
            "Brought from the remand centre at 06:00 in a van in which 12 persons were held in "
            "two windowless metal compartments, without enough seats. Waited in the court cells "
            "since the morning without food or water and without access to a toilet until the "
            "afternoon. Said escort officers keep detainees handcuffed in pairs all day."
        ),
    },
    {
        "key": "oj-night",
        "place": "ostrel-juvenile",
        "category": "detainee",
        "gender": "male",
        "age": "under_18",
        "status": "sentenced",
        "nationality": "XRU",
        "language": "Varenic",
        "consent": "anonymous",
        "reprisal_risk": "yes",
        "notes": (
            "Boy aged 16 serving a two-year sentence. Alleged that a night educator regularly "
            "slaps boys, and hit him three times on the back with a rubber truncheon on 9 March "
            "for talking after lights out, then made him stand in the corridor until 03:00. "
            "Bruising on the upper back. Afraid the educator will learn that he spoke to the "
            "delegation; asked that nothing be said to staff."
        ),
    },
    {
        "key": "oj-group-school",
        "place": "ostrel-juvenile",
        "category": "detainee",
        "persons": "4",
        "gender": "male",
        "age": "under_18",
        "status": "sentenced",
        "nationality": "XRU",
        "language": "Varenic",
        "consent": "anonymous",
        "notes": (
            "Group of four boys in the education wing. Classes take place three mornings a week, "
            "with two teachers for all ages; no vocational training since the workshop closed in "
            "2017. Afternoons are spent in the dormitory watching television. Telephone calls to "
            "families limited to five minutes twice a month."
        ),
    },
    {
        "key": "oj-educator",
        "place": "ostrel-juvenile",
        "category": "custodial_staff",
        "gender": "female",
        "age": "41_60",
        "status": "not_applicable",
        "language": "Varenic",
        "consent": "anonymous",
        "notes": (
            "Educator with 20 years of service. Said staff receive no training in child "
            "development or de-escalation, and that placement in the 'quiet room' is used as a "
            "sanction for up to seven days. The quiet room register is kept by the deputy "
            "director and could not be produced during the visit."
        ),
    },
    {
        "key": "kp-restraint",
        "place": "kolmar-psychiatric",
        "category": "detainee",
        "gender": "female",
        "age": "26_40",
        "status": "administrative",
        "nationality": "XRU",
        "language": "Varenic",
        "consent": "anonymous",
        "notes": (
            "Involuntary patient since January, under a court order. Said that after an argument "
            "with a nurse on 2 March she was strapped by the wrists, ankles and chest to a bed in "
            "the observation room for about three days, in view of other patients, and released "
            "only to use a bedpan. Marks on both wrists, examined by the delegation's doctor. Was "
            "not told why, and no one explained how to complain."
        ),
    },
    {
        "key": "kp-nurse",
        "place": "kolmar-psychiatric",
        "category": "medical",
        "gender": "female",
        "age": "41_60",
        "status": "not_applicable",
        "language": "Varenic",
        "consent": "anonymous",
        "notes": (
            "Nurse on the acute women's ward. Confirmed that mechanical restraint is applied on "
            "the instruction of the doctor on duty, at night sometimes by telephone, and is not "
            "recorded in a separate register. Two nurses and one orderly are responsible for 60 "
            "patients at night. Has had no training in de-escalation."
        ),
    },
    {
        "key": "hs-resident",
        "place": "hallerby-social",
        "category": "detainee",
        "gender": "male",
        "age": "over_60",
        "status": "not_applicable",
        "nationality": "XRU",
        "language": "Varenic",
        "consent": "anonymous",
        "notes": (
            "Resident for 11 years, placed by his guardian, who is the director of the home. "
            "Cannot leave the grounds and has never seen a judge or a lawyer about his placement. "
            "Sleeps in a room with 11 other men; no personal cupboard. Would like to live with "
            "his sister."
        ),
    },
    {
        "key": "bm-search",
        "place": "brannoch-migrants",
        "category": "detainee",
        "gender": "female",
        "age": "26_40",
        "status": "administrative",
        "nationality": "SYR",
        "language": "Arabic",
        "consent": "anonymous",
        "notes": (
            "Held since 14 February pending removal. Alleged that during a search of the women's "
            "unit on 4 March a male guard touched her breasts and groin over her clothes and "
            "laughed with colleagues. Female staff are present during the day only. Did not "
            "complain; does not know how or to whom."
        ),
    },
    {
        "key": "bm-border",
        "place": "brannoch-migrants",
        "category": "detainee",
        "gender": "male",
        "age": "18_25",
        "status": "administrative",
        "nationality": "AFG",
        "language": "Dari",
        "consent": "transmit",
        "notes": (
            "Apprehended on 1 March with a group of 11 persons near the Dravna border crossing. "
            "Alleged that border police officers kicked him and struck his legs with batons while "
            "he lay on the ground, and that a dog was set on the group. Healing abrasions on both "
            "shins and a bite mark on the left calf, examined by the delegation's doctor. Has not "
            "been told the reasons for his detention in a language he understands."
        ),
    },
    {
        "key": "bm-group-rights",
        "place": "brannoch-migrants",
        "category": "detainee",
        "persons": "6",
        "gender": "male",
        "age": "18_25",
        "status": "administrative",
        "nationality": "ERI",
        "language": "Tigrinya",
        "consent": "anonymous",
        "notes": (
            "Group of six men from dormitory B. None had received the leaflet on their rights, "
            "which exists only in Varenic and English; all said they had signed documents they "
            "did not understand. No free legal aid; nobody had explained how to apply for asylum. "
            "Mobile telephones confiscated on arrival; one call a week from the administration's "
            "telephone."
        ),
    },
    {
        "key": "bm-doctor",
        "place": "brannoch-migrants",
        "category": "medical",
        "gender": "male",
        "age": "41_60",
        "status": "not_applicable",
        "language": "Varenic",
        "consent": "anonymous",
        "notes": (
            "Part-time doctor, three days a week; no psychologist. Said many detainees show signs "
            "of trauma, anxiety and sleep disorders, and that there is no screening on arrival "
            "for vulnerability or for victims of torture. Two detainees harmed themselves in "
            "February; both were placed in an isolation room 'for observation'."
        ),
    },
)

# Recorded identities (invented), by interview key: kept apart, never in a report.
IDENTITIES: dict[str, str] = {
    "sp-block7": "Iskren Valmorow, born 1987",
    "oj-night": "Tobiah Lenkavar, born 2002",
    "lr-interrogation": "Rasvan Ilkotov-Brede, born 1990",
}

# A `consistency` or `examined` entry means the delegation's doctor examined the person.
ALLEGATIONS: tuple[dict[str, str], ...] = (
    {
        "interview": "lp-arrest",
        "form": "beating",
        "perpetrator": "police",
        "setting": "arrest",
        "occurred_on": "2019-03-09",
        "description": (
            "Forced to the ground, kicked in the ribs and struck on the head with a truncheon "
            "while handcuffed; slapped again in the police car."
        ),
        "officials": "Four uniformed officers of the patrol service; one addressed as 'sergeant'",
        "witnesses": "Two friends present at the arrest",
        "injuries": (
            "Bruising about 8 x 5 cm on the left flank; healing wound 2 cm above the right eyebrow"
        ),
        "consistency": "consistent",
        "pattern": "yes",
    },
    {
        "interview": "lp-threats",
        "form": "threats",
        "perpetrator": "police",
        "setting": "interrogation",
        "occurred_on": "2019-03-08",
        "description": (
            "Threatened that his younger brother would be arrested unless he signed a confession."
        ),
        "officials": "Two plain-clothes investigators of the district criminal investigation unit",
        "injuries": "None",
        "pattern": "yes",
    },
    {
        "interview": "vp-radiator",
        "form": "positional",
        "perpetrator": "police",
        "setting": "interrogation",
        "occurred_on": "2019-03-12",
        "description": (
            "Handcuffed overnight to a radiator pipe in a squatting position; hit on the back of "
            "the head with a bottle full of water."
        ),
        "officials": "Investigators on the second floor; names not known",
        "injuries": (
            "Circular abrasions and swelling on both wrists; tenderness at the back of the head"
        ),
        "consistency": "highly_consistent",
        "pattern": "yes",
    },
    {
        "interview": "vp-no-food",
        "form": "deprivation",
        "perpetrator": "police",
        "setting": "facility",
        "occurred_on": "2019-03-12",
        "description": (
            "No food for more than 30 hours in police custody and no drinking water in the cell."
        ),
        "officials": "Duty officers of the station",
        "witnesses": "A cellmate",
        "injuries": "None visible",
    },
    {
        "interview": "sp-block7",
        "form": "beating",
        "perpetrator": "custodial_staff",
        "setting": "facility",
        "occurred_on": "2019-02-26",
        "description": (
            "Beaten with rubber truncheons in the corridor after a cell search, together with "
            "three cellmates."
        ),
        "officials": (
            "Members of the special intervention unit wearing balaclavas, without identification "
            "numbers"
        ),
        "witnesses": "Three cellmates beaten at the same time",
        "injuries": "Parallel linear bruises on the back of both thighs",
        "consistency": "highly_consistent",
        "pattern": "yes",
    },
    {
        "interview": "sp-solitary",
        "form": "solitary",
        "perpetrator": "custodial_staff",
        "setting": "facility",
        "occurred_on": "2019-01-25",
        "description": (
            "Three successive 15-day disciplinary sanctions served in a cell of about 3.2 m² "
            "without natural light, 45 days in all."
        ),
        "officials": "Disciplinary commission chaired by the director",
        "pattern": "yes",
    },
    {
        "interview": "sp-cellmates",
        "form": "beating",
        "perpetrator": "other_detainees",
        "setting": "facility",
        "occurred_on": "2019-01-03",
        "description": (
            "Beaten by two detainees acting as 'orderlies' for refusing to hand over a food "
            "parcel; an officer present did not intervene."
        ),
        "officials": "A custodial officer present in the corridor",
        "witnesses": "Other detainees of dormitory 3",
        "injuries": "Upper left incisor missing; medical file records a 'fall from bed'",
        "consistency": "consistent",
        "pattern": "yes",
    },
    {
        "interview": "lr-interrogation",
        "form": "beating",
        "perpetrator": "police",
        "setting": "interrogation",
        "occurred_on": "2019-02-20",
        "description": (
            "Punched in the abdomen and kicked in the left side during questioning to obtain a "
            "confession."
        ),
        "officials": "Officers of the Regional Criminal Investigation Department",
        "injuries": (
            "Tender, swollen area over the left lower ribs; admission record notes 'bruises, "
            "cause unknown'"
        ),
        "consistency": "consistent",
        "pattern": "yes",
    },
    {
        "interview": "lr-interrogation",
        "form": "asphyxiation",
        "perpetrator": "police",
        "setting": "interrogation",
        "occurred_on": "2019-02-20",
        "description": "A plastic bag held over the head twice until he could not breathe.",
        "officials": "Officers of the Regional Criminal Investigation Department",
        "injuries": "No injuries attributable",
        "examined": "yes",
        "pattern": "yes",
    },
    {
        "interview": "lr-search",
        "form": "humiliation",
        "perpetrator": "custodial_staff",
        "setting": "facility",
        "occurred_on": "2019-03-02",
        "description": (
            "Strip-searched with two other women and made to squat naked while male officers "
            "entered the room and commented on their bodies."
        ),
        "officials": "Admission unit staff, female and male",
        "witnesses": "Two women admitted the same day",
    },
    {
        "interview": "oj-night",
        "form": "beating",
        "perpetrator": "custodial_staff",
        "setting": "facility",
        "occurred_on": "2019-03-09",
        "description": (
            "Hit three times on the back with a rubber truncheon for talking after lights out, "
            "then made to stand in the corridor until 03:00."
        ),
        "officials": "A night educator",
        "witnesses": "Boys of the same dormitory",
        "injuries": "Bruising on the upper back",
        "consistency": "consistent",
    },
    {
        "interview": "kp-restraint",
        "form": "other",
        "perpetrator": "medical_staff",
        "setting": "facility",
        "occurred_on": "2019-03-02",
        "description": (
            "Mechanical restraint by the wrists, ankles and chest for about three days, in view "
            "of other patients."
        ),
        "officials": "Nursing staff on the instruction of the doctor on duty",
        "witnesses": "Other patients of the observation room",
        "injuries": "Marks on both wrists",
        "consistency": "consistent",
        "pattern": "yes",
    },
    {
        "interview": "bm-search",
        "form": "sexual",
        "perpetrator": "custodial_staff",
        "setting": "facility",
        "occurred_on": "2019-03-04",
        "description": (
            "Touched on the breasts and groin over her clothes by a male guard during a search of "
            "the women's unit."
        ),
        "officials": "A male guard of the day shift",
    },
    {
        "interview": "bm-border",
        "form": "beating",
        "perpetrator": "police",
        "setting": "arrest",
        "occurred_on": "2019-03-01",
        "description": (
            "Kicked and struck on the legs with batons while lying on the ground; a dog was set "
            "on the group."
        ),
        "officials": "Border police officers at the Dravna crossing",
        "witnesses": "Ten other persons apprehended with him",
        "injuries": "Healing abrasions on both shins; bite mark on the left calf",
        "consistency": "typical",
    },
)

# Generated interviews: a detainee's LegalStatus code and situation, by place type ...
SITUATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "police": (
        (
            "administrative",
            (
                "Arrested the previous afternoon for an administrative offence (public disorder) "
                "and awaiting a court hearing. Said the arrest was calm and the officers correct."
            ),
        ),
        (
            "pretrial",
            (
                "Detained since the day before on suspicion of shoplifting. Was asked to sign "
                "several documents without reading them and was told a lawyer would be 'provided "
                "by the court'."
            ),
        ),
        (
            "pretrial",
            (
                "Held overnight in a cell with three others, without mattresses. Was allowed one "
                "telephone call to a relative about five hours after arrest."
            ),
        ),
    ),
    "prison": (
        (
            "sentenced",
            (
                "Serving a six-year sentence; at this prison since 2016. Lives in a dormitory of "
                "about 40 persons, with beds close together and little space to move."
            ),
        ),
        (
            "sentenced",
            (
                "Sentenced to three years for fraud; transferred here in October 2018, about 400 "
                "km from the family, who can rarely visit."
            ),
        ),
        (
            "pretrial",
            (
                "Awaiting the outcome of an appeal and held with sentenced prisoners in block 2. "
                "Works in the kitchen, which is valued, but receives no pay slip."
            ),
        ),
        (
            "sentenced",
            (
                "Serving a long sentence. Said relations with most officers are correct but "
                "requests to see the director go unanswered for weeks."
            ),
        ),
    ),
    "pretrial": (
        (
            "pretrial",
            (
                "On remand for 14 months awaiting trial; the investigation has been extended four "
                "times. Has seen the lawyer twice since admission."
            ),
        ),
        (
            "pretrial",
            (
                "Admitted three weeks ago after two days in police custody. Shares a cell of "
                "about 12 m² with five others and sleeps on a mattress on the floor."
            ),
        ),
        (
            "pretrial",
            (
                "On remand since November 2018. Family visits take place through a glass "
                "partition, one hour a month, and only with the investigator's permission."
            ),
        ),
        (
            "pretrial",
            (
                "Transferred from another remand centre a month ago; the family was not informed "
                "and learned of the transfer from the lawyer."
            ),
        ),
    ),
    "court_cells": (
        (
            "pretrial",
            (
                "Brought to court for a remand hearing and held since early morning in a cell of "
                "about 4 m² with two others. No food provided; a bottle of water from the escort."
            ),
        ),
        (
            "pretrial",
            (
                "Waiting for a trial hearing that was postponed for the third time. Had not been "
                "able to speak to the lawyer before the hearing."
            ),
        ),
    ),
    "juvenile": (
        (
            "sentenced",
            (
                "Boy aged 15, at the centre for seven months. Attends classes in the mornings and "
                "would like to learn a trade. The family lives far away and has visited once."
            ),
        ),
        (
            "sentenced",
            (
                "Boy aged 17, placed after a conviction for theft. Said older boys sometimes take "
                "food from younger ones and staff 'do not always see'."
            ),
        ),
        (
            "pretrial",
            (
                "Boy aged 16, on remand for four months. Has not seen his lawyer since the first "
                "hearing and does not know the date of the trial."
            ),
        ),
    ),
    "psychiatric": (
        (
            "not_applicable",
            (
                "Patient on an open ward for several months, admitted voluntarily but now told "
                "that leaving is not possible until the doctor decides; not aware of any review "
                "by a court."
            ),
        ),
        (
            "administrative",
            (
                "Involuntary patient placed by court order. Said the hearing lasted a few "
                "minutes, without a lawyer, and that no one explained the right to appeal."
            ),
        ),
        (
            "administrative",
            (
                "Long-stay patient, on the ward for six years. Said there is little to do during "
                "the day apart from television; walks outside are allowed twice a week in summer "
                "only."
            ),
        ),
    ),
    "social_care": (
        (
            "not_applicable",
            (
                "Resident for many years; shares a room with nine others. Residents may walk in "
                "the courtyard with staff permission only."
            ),
        ),
    ),
    "immigration": (
        (
            "administrative",
            (
                "Held for removal for two months; does not know when the removal will take place "
                "or how long detention can last. Wishes to apply for asylum but has not been able "
                "to."
            ),
        ),
        (
            "administrative",
            (
                "Arrived after ten days at a border police post. Said food is adequate but there "
                "is no internet access and the telephone can be used once a week."
            ),
        ),
        (
            "administrative",
            (
                "Held with a spouse and two young children in the family unit for five weeks. The "
                "children have no play area and no schooling."
            ),
        ),
    ),
}

# ... followed by one remark (custody or care settings).
REMARKS: dict[str, tuple[str, ...]] = {
    "custody": (
        "No complaint about treatment by staff.",
        "Food described as monotonous and insufficient; relies on parcels from relatives.",
        "Has asked to see a doctor and was told to wait for the weekly round.",
        "Did not know how to complain or to whom; has never seen a complaints box.",
        "Showers once a week; hot water only sometimes available.",
        "The cell is cold at night and there are not enough blankets.",
        "Said that cigarettes and telephone cards serve as currency and that debts lead to fights.",
        "Had never heard of the national preventive mechanism.",
    ),
    "care": (
        "Described staff as kind but always busy.",
        "Said the medication causes drowsiness and that its effects were never explained.",
        "No complaint about food; clothing is shared and not personal.",
        "Does not know how to contact a lawyer or the People's Advocate.",
    ),
}

# Group interviews (LegalStatus code, notes) by place type, "other" for the rest.
GROUPS: dict[str, tuple[tuple[str, str], ...]] = {
    "police": (
        (
            "pretrial",
            (
                "Group of {persons} persons in a shared cell. None had been informed of their "
                "rights in writing or had seen a lawyer or a doctor since arrest. Access to the "
                "toilet depends on the duty officer being available."
            ),
        ),
    ),
    "prison": (
        (
            "sentenced",
            (
                "Group of {persons} persons met in the exercise yard. They described the yard "
                "hour as the only time outside the dormitory and said there is no work for most "
                "prisoners. Several complained about prices in the prison shop."
            ),
        ),
    ),
    "pretrial": (
        (
            "pretrial",
            (
                "Group of {persons} persons in a cell on the third floor. They said the cell is "
                "overcrowded, hot in summer and damp in winter, and that written requests to see "
                "a doctor are often lost. No complaints about the current shift of officers."
            ),
        ),
    ),
    "psychiatric": (
        (
            "administrative",
            (
                "Group of {persons} patients in the day room of ward 5. They said the ward door "
                "is always locked, the garden is not used in winter and visits are limited to "
                "Sundays. Cigarettes are rationed by staff."
            ),
        ),
    ),
    "other": (
        (
            "unknown",
            (
                "Group of {persons} persons met together in their living area. They raised the "
                "quality of food, the lack of activities and the difficulty of keeping in contact "
                "with their families."
            ),
        ),
    ),
}

# Interviews with staff and others, by IntervieweeCategory code.
STAFF_NOTES: dict[str, tuple[str, ...]] = {
    "management": (
        (
            "Head of the facility, in post for three years. Gave an overview of capacity, "
            "staffing and budget, and acknowledged that vacancies and old buildings are the main "
            "difficulties. Received the delegation's preliminary observations at the end of the "
            "visit."
        ),
        (
            "Deputy head in charge of security and regime. Said disciplinary sanctions are "
            "decided by a commission chaired by the head and can be appealed to the prosecutor, "
            "though no appeal was lodged in 2018."
        ),
        (
            "Director, appointed in 2017. Said renovation plans exist but no budget has been "
            "allocated; the facility relies on donations for bedding and hygiene products."
        ),
        (
            "Head of the facility. Provided the registers and documents requested and answered "
            "questions on staffing. Said the last visit of the national preventive mechanism took "
            "place in 2017."
        ),
        (
            "Deputy director. Said there is no written procedure for complaints, which are "
            "handled orally by the heads of unit; could not say how many had been received in "
            "2018."
        ),
        (
            "Head of the facility. Considered that the persons held are 'well treated' and that "
            "complaints are rare; asked the delegation for support in obtaining more staff."
        ),
        (
            "Director. Said salaries were raised in 2018 but turnover remains high; several "
            "posts, including that of psychologist, have been vacant for over a year."
        ),
    ),
    "custodial_staff": (
        (
            "Officer on the night shift. Said officers receive two weeks of initial training and "
            "no in-service training, and none on the prohibition of torture or on de-escalation."
        ),
        (
            "Senior officer of the admissions unit. Described the admission procedure: search, "
            "registration, shower and a medical check 'when the doctor is present'; persons "
            "admitted after 17:00 see the doctor on the next working day."
        ),
    ),
    "medical": (
        (
            "Nurse, the only health professional on site on weekdays; a general practitioner "
            "visits once a week. At weekends medication is distributed by staff without medical "
            "training."
        ),
        (
            "Doctor of the facility, part-time. Said there is no psychiatrist or psychologist and "
            "that urgent cases are transferred to the regional hospital, which often lacks beds."
        ),
        (
            "Head nurse. Said deaths are reported to the ministry but there is no independent "
            "review; four residents died in 2018, mostly of age-related conditions."
        ),
    ),
    "lawyer": (
        (
            "Defence lawyer met at the court. Said legal aid fees are low and paid late, so "
            "appointed lawyers rarely visit clients in detention and often meet them for the "
            "first time at the hearing."
        ),
        (
            "Lawyer of a university legal clinic. Reported difficulties in obtaining confidential "
            "meetings with clients, which take place in rooms where escort officers can hear."
        ),
    ),
    "family": (
        (
            "Relative of a detainee, met in the visitors' waiting area. Travels six hours each "
            "way for a one-hour visit; parcels are often partly refused without reasons being "
            "given."
        ),
        (
            "Relative of a detainee. Said families must pay for medicines that the facility does "
            "not provide and had never been told how to complain."
        ),
        (
            "Relative of a young detainee. Learned of the transfer to this facility from another "
            "family, two weeks after it happened."
        ),
    ),
}

# `evidence`: interview keys; `sources`: EvidenceSource codes.
FINDINGS: tuple[dict[str, str], ...] = (
    {
        "key": "t-police",
        "area": "treatment",
        "severity": "high",
        "title": "Ill-treatment at arrest and during police questioning",
        "text": (
            "Several persons interviewed in police stations and at the remand centre alleged that "
            "they had been beaten, kicked or held in stress positions at the time of arrest or "
            "during questioning by the police, in most cases to obtain a confession. The accounts "
            "were consistent across places and regions, and the injuries examined by the "
            "Subcommittee's medical expert were consistent or highly consistent with them. The "
            "Subcommittee is seriously concerned that such practices appear to occur regularly in "
            "the first hours of police custody, before a lawyer is present."
        ),
        "evidence": "lp-arrest vp-radiator lr-interrogation",
        "sources": "medical_examination registers observation",
    },
    {
        "key": "t-saltmere-force",
        "area": "treatment",
        "severity": "high",
        "place": "saltmere-prison",
        "title": "Use of force by the special intervention unit",
        "text": (
            "The Subcommittee received accounts of collective beatings in the disciplinary unit "
            "of Saltmere Prison No. 4 following cell searches by the special intervention unit, "
            "whose members wear balaclavas and no identification. The use-of-force register "
            "recorded no use of force in February 2019. The Subcommittee is concerned that the "
            "absence of identification and of recording prevents any accountability."
        ),
        "evidence": "sp-solitary",
        "sources": "registers observation",
    },
    {
        "key": "t-inter-detainee",
        "area": "treatment",
        "severity": "medium",
        "place": "saltmere-prison",
        "title": "Inter-detainee violence and informal hierarchies",
        "text": (
            "The Subcommittee observed that order in the dormitories of Saltmere Prison No. 4 "
            "relies on detainees designated by the administration, who exercise power over other "
            "detainees, including through violence and the extortion of food parcels. Staff "
            "acknowledged this practice, and at least one injury resulting from such violence had "
            "been recorded as an accident."
        ),
        "evidence": "sp-cellmates sp-officer",
        "sources": "observation registers",
    },
    {
        "key": "t-restraint",
        "area": "treatment",
        "severity": "urgent",
        "place": "kolmar-psychiatric",
        "title": "Prolonged mechanical restraint of patients",
        "text": (
            "At Kolmar Bay State Psychiatric Hospital, the Subcommittee found that patients were "
            "restrained by the wrists, ankles and chest for periods of up to several days, in "
            "rooms shared with other patients, without a restraint register and sometimes on the "
            "basis of a telephone instruction. The Subcommittee raised this practice with the "
            "management as an immediate observation and requested that it cease."
        ),
        "evidence": "kp-restraint kp-nurse",
        "sources": "observation medical_examination registers",
        "immediate": "yes",
    },
    {
        "key": "s-custody",
        "area": "safeguards",
        "severity": "high",
        "title": "Notification of custody and access to a lawyer from the outset",
        "text": (
            "Most persons interviewed in police custody stated that they had not been informed of "
            "their rights, that their families had not been notified and that they had been "
            "questioned without a lawyer. Legal aid lawyers are appointed by the investigator and "
            "generally meet their clients for the first time at the remand hearing. The "
            "Subcommittee recalls that these safeguards are most important in the first hours of "
            "deprivation of liberty, when the risk of ill-treatment is highest."
        ),
        "evidence": "lp-threats vp-no-food lr-lawyer",
        "sources": "registers documents",
    },
    {
        "key": "s-vessany-register",
        "area": "safeguards",
        "severity": "high",
        "place": "vessany-police",
        "title": "Unrecorded deprivation of liberty at Police Station No. 2, Vessany",
        "text": (
            "The Subcommittee found persons in Police Station No. 2, Vessany, whose presence was "
            "not recorded in the custody register. Officers confirmed that persons 'invited for a "
            "conversation' are recorded only once a decision to arrest them has been taken, "
            "sometimes several hours later. Unrecorded custody deprives persons of every other "
            "safeguard and prevents any verification of the time limits of police custody."
        ),
        "evidence": "vp-radiator vp-duty",
        "sources": "registers observation",
    },
    {
        "key": "s-migrants-info",
        "area": "safeguards",
        "severity": "medium",
        "place": "brannoch-migrants",
        "title": "Information on rights in a language understood",
        "text": (
            "Foreign nationals held at the Brannoch Centre for the Temporary Placement of "
            "Foreigners had not been informed of the reasons for their detention or of their "
            "rights in a language they understood, and had signed documents whose content they "
            "did not know. No free legal aid was available, and access to the asylum procedure "
            "had not been explained."
        ),
        "evidence": "bm-group-rights bm-border",
        "sources": "documents observation",
    },
    {
        "key": "s-social-care",
        "area": "safeguards",
        "severity": "high",
        "place": "hallerby-social",
        "title": "Placement in a social care home without judicial review",
        "text": (
            "Residents of the Hallerby Residential Home are not free to leave, yet their "
            "placement rests on the consent of a guardian, who in several cases is the director "
            "of the home, without any review by a court. The Subcommittee considers that these "
            "residents are deprived of their liberty without the safeguards that such a "
            "deprivation requires."
        ),
        "evidence": "hs-resident",
        "sources": "documents registers",
    },
    {
        "key": "m-remand-overcrowding",
        "area": "material_conditions",
        "severity": "high",
        "place": "lorvik-remand",
        "title": "Overcrowding at Lorvik Remand Centre No. 1",
        "text": (
            "On the day of the visit, Lorvik Remand Centre No. 1 held 812 persons for an official "
            "capacity of 600. The Subcommittee observed cells in which detainees slept in turns, "
            "with less than 2 m² of living space per person, toilets separated by a curtain and "
            "windows covered by metal sheeting that blocked light and air."
        ),
        "evidence": "lr-group-cell",
        "sources": "observation registers photographs",
    },
    {
        "key": "m-block7",
        "area": "material_conditions",
        "severity": "urgent",
        "place": "saltmere-prison",
        "title": "Disciplinary cells in block 7",
        "text": (
            "The disciplinary cells in block 7 of Saltmere Prison No. 4 measure about 3.2 m², "
            "have no natural light and no ventilation, and the beds are folded against the wall "
            "during the day. Persons were held there for successive sanctions totalling up to 45 "
            "days. The Subcommittee raised the matter as an immediate observation at the end of "
            "the visit and requested that the cells be taken out of use."
        ),
        "evidence": "sp-solitary",
        "sources": "observation photographs",
        "immediate": "yes",
    },
    {
        "key": "m-police-cells",
        "area": "material_conditions",
        "severity": "medium",
        "title": "Conditions in police custody cells",
        "text": (
            "The police cells visited were located in basements or had no natural light, no "
            "mattresses or blankets and no drinking water. No meals are provided, and persons "
            "held for more than a day depend on food brought by relatives. The Subcommittee "
            "considers that such conditions are inadequate even for short periods."
        ),
        "evidence": "vp-no-food",
        "sources": "observation photographs",
    },
    {
        "key": "r-remand-regime",
        "area": "regime_activities",
        "severity": "high",
        "place": "lorvik-remand",
        "title": "Time out of cell for remand detainees",
        "text": (
            "Persons on remand at Lorvik Remand Centre No. 1 spend 23 hours a day in their cells, "
            "with one hour in a walled yard and no work, education or sport, sometimes for more "
            "than 18 months. Family visits take place through a partition and require the "
            "investigator's permission."
        ),
        "evidence": "lr-group-cell",
        "sources": "observation documents",
    },
    {
        "key": "r-juvenile-education",
        "area": "regime_activities",
        "severity": "medium",
        "place": "ostrel-juvenile",
        "title": "Education and contact with families at the Ostrel centre",
        "text": (
            "Children at the Ostrel Closed Educational Centre receive schooling three mornings a "
            "week and no vocational training, and telephone contact with their families is "
            "limited to ten minutes a month. Staff described the use of isolation in a 'quiet "
            "room' for up to seven days as a sanction, which is prohibited for children."
        ),
        "evidence": "oj-group-school oj-educator",
        "sources": "documents observation",
    },
    {
        "key": "h-injuries",
        "area": "health_care",
        "severity": "high",
        "title": "Medical screening on admission and recording of injuries",
        "text": (
            "Medical examinations on admission are carried out in groups, in the presence of "
            "escort officers or not at all, and injuries are recorded in a few words without any "
            "indication of their cause. Doctors have no procedure for reporting injuries that may "
            "result from ill-treatment. The Subcommittee considers that this deprives persons of "
            "an essential safeguard and allows ill-treatment to go undetected."
        ),
        "evidence": "lr-doctor sp-doctor lp-officer",
        "sources": "registers medical_examination",
    },
    {
        "key": "h-confidentiality",
        "area": "health_care",
        "severity": "medium",
        "place": "saltmere-prison",
        "title": "Medical confidentiality and staffing at Saltmere",
        "text": (
            "At Saltmere Prison No. 4, custodial officers remain present during medical "
            "consultations and medical files are accessible to the security department. One "
            "doctor is responsible for more than 1,100 prisoners and the post of psychiatrist has "
            "been vacant since 2017."
        ),
        "evidence": "sp-doctor",
        "sources": "observation documents",
    },
    {
        "key": "h-migrants-mental",
        "area": "health_care",
        "severity": "medium",
        "place": "brannoch-migrants",
        "title": "Mental health care in immigration detention",
        "text": (
            "The Brannoch Centre has no psychologist and no screening for vulnerability or for "
            "victims of torture on arrival. Persons at risk of self-harm were placed in isolation "
            "rather than offered care."
        ),
        "evidence": "bm-doctor",
        "sources": "registers observation",
    },
    {
        "key": "p-staffing",
        "area": "personnel",
        "severity": "high",
        "place": "saltmere-prison",
        "title": "Staffing levels in prisons",
        "text": (
            "At night, four officers are responsible for some 1,100 prisoners at Saltmere Prison "
            "No. 4, and 24-hour shifts are common. The Subcommittee considers that such staffing "
            "levels make it impossible to ensure the safety of prisoners and staff, and "
            "contribute to the delegation of authority to detainees."
        ),
        "evidence": "sp-officer",
        "sources": "documents",
    },
    {
        "key": "p-female-staff",
        "area": "personnel",
        "severity": "medium",
        "title": "Female staff and training",
        "text": (
            "Several places holding women had no female staff at night, and women described "
            "searches carried out or witnessed by male officers. Staff in the places visited had "
            "received little or no training on the prohibition of torture, de-escalation or, at "
            "the Ostrel centre, the needs of children."
        ),
        "evidence": "lr-search bm-search oj-educator",
        "sources": "observation documents",
    },
    {
        "key": "rp-warnings",
        "area": "reprisals",
        "severity": "high",
        "place": "saltmere-prison",
        "title": "Intimidation of detainees before the visit",
        "text": (
            "At Saltmere Prison No. 4, persons interviewed separately stated that, the day before "
            "the visit, they had been warned that complaining to the delegation would lead to the "
            "loss of family visits and parcels. The Subcommittee raised the matter with the "
            "director and with the Directorate of Prison Administration. It recalls that article "
            "15 of the Optional Protocol prohibits any sanction against a person for having "
            "communicated with it."
        ),
        "evidence": "sp-group-warned",
        "sources": "observation",
    },
    {
        "key": "rp-follow-up",
        "area": "reprisals",
        "severity": "medium",
        "title": "Risk of reprisals after the visit",
        "text": (
            "At more than one place, persons met by the delegation expressed fear of reprisals "
            "for having spoken to it. The Subcommittee has shared its concern with the "
            "authorities in general terms, without identifying anyone, and will continue to "
            "follow the situation of the persons it met."
        ),
        "sources": "observation",
    },
    {
        "key": "n-independence",
        "area": "npm",
        "severity": "high",
        "title": "Independence and resources of the national preventive mechanism",
        "text": (
            "The National Commission for the Prevention of Torture, designated as the national "
            "preventive mechanism in 2014, has no separate budget line: its budget is set each "
            "year by the Ministry of Justice, whose places of detention it visits. With five "
            "staff members for more than 400 places of deprivation of liberty, it made 38 visits "
            "in 2018. The Subcommittee considers that this arrangement does not meet the "
            "requirements of functional and financial independence set out in article 18 of the "
            "Optional Protocol."
        ),
        "sources": "documents",
    },
    {
        "key": "n-methodology",
        "area": "npm",
        "severity": "medium",
        "title": "Visiting methodology of the national preventive mechanism",
        "text": (
            "The Subcommittee reviewed the annual reports of the national preventive mechanism "
            "for 2017 and 2018. Its visits are generally announced, rarely take place at night "
            "and seldom include private interviews, and it has not yet visited psychiatric or "
            "social care institutions. Its recommendations are not systematically followed up."
        ),
        "sources": "documents",
    },
    {
        "key": "l-definition",
        "area": "legal_framework",
        "severity": "high",
        "title": "Definition and criminalization of torture",
        "text": (
            "The Criminal Code does not contain a definition of torture that includes all the "
            "elements of article 1 of the Convention. Acts of torture are prosecuted as 'abuse of "
            "office', which carries a maximum penalty of three years' imprisonment and is subject "
            "to a five-year statute of limitations. The Subcommittee was informed that no one had "
            "been convicted of torture in the past five years."
        ),
        "sources": "documents",
    },
    {
        "key": "l-investigations",
        "area": "legal_framework",
        "severity": "high",
        "title": "Investigation of allegations and complaints",
        "text": (
            "Complaints of ill-treatment by police officers are first examined by the internal "
            "security department of the same police force, and criminal investigations are rarely "
            "opened. Lawyers and persons interviewed stated that complaints were discouraged and "
            "that complainants risked counter-charges. The Subcommittee is concerned that the "
            "absence of prompt, impartial and independent investigations fosters a climate of "
            "impunity."
        ),
        "evidence": "lr-lawyer lp-arrest",
        "sources": "documents",
    },
    {
        "key": "o-transport",
        "area": "other",
        "severity": "medium",
        "place": "lorvik-court",
        "title": "Transport of detainees and court custody",
        "text": (
            "Detainees are transported to court in windowless metal compartments without enough "
            "seats, and wait in the court holding cells for most of the day without food, water "
            "or regular access to a toilet, handcuffed in pairs."
        ),
        "evidence": "lc-transport",
        "sources": "observation",
    },
)

# `findings`: finding keys.
RECOMMENDATIONS: tuple[dict[str, str], ...] = (
    {
        "findings": "t-police",
        "addressee": "state",
        "text": (
            "The Subcommittee recommends that the State party send, at the highest level, a clear "
            "message of zero tolerance of torture and ill-treatment to all law enforcement "
            "officials, and ensure that any official who commits, orders or acquiesces in such "
            "acts is held accountable."
        ),
    },
    {
        "findings": "t-police l-investigations",
        "addressee": "state",
        "text": (
            "The Subcommittee recommends that the State party establish an independent body, "
            "separate from the police and the prosecution service, to investigate promptly, "
            "impartially and ex officio all allegations of torture and ill-treatment, and that "
            "complainants and witnesses be protected against any reprisal or counter-charge."
        ),
    },
    {
        "findings": "t-saltmere-force t-inter-detainee",
        "addressee": "authority",
        "authority": "Directorate of Prison Administration",
        "text": (
            "The Subcommittee recommends that the Directorate of Prison Administration ensure "
            "that members of the special intervention unit wear visible individual "
            "identification, that every use of force is recorded and reviewed, and that the "
            "practice of relying on detainees to maintain order is ended."
        ),
    },
    {
        "findings": "t-restraint",
        "addressee": "state",
        "text": (
            "The Subcommittee recommends that the State party ensure that mechanical restraint in "
            "psychiatric institutions is used only as a last resort, for the shortest possible "
            "time, under continuous supervision by trained staff and out of sight of other "
            "patients, and that every instance is recorded in a dedicated register."
        ),
    },
    {
        "findings": "s-custody s-vessany-register",
        "addressee": "state",
        "text": (
            "The Subcommittee recommends that the State party guarantee, in law and in practice, "
            "that every person deprived of liberty is recorded from the outset, informed of his "
            "or her rights in writing, allowed to notify a person of his or her choice and has "
            "access to a lawyer and an independent doctor from the very beginning of custody."
        ),
    },
    {
        "findings": "s-migrants-info",
        "addressee": "state",
        "text": (
            "The Subcommittee recommends that the State party ensure that foreign nationals "
            "deprived of liberty are informed promptly of the reasons for their detention and of "
            "their rights in a language they understand, and have access to free legal aid and to "
            "the asylum procedure."
        ),
    },
    {
        "findings": "s-social-care",
        "addressee": "state",
        "text": (
            "The Subcommittee recommends that the State party review the placement of all "
            "residents of social care homes who are not free to leave, provide for judicial "
            "review of such placements and develop community-based alternatives to institutional "
            "care."
        ),
    },
    {
        "findings": "m-remand-overcrowding",
        "addressee": "state",
        "text": (
            "The Subcommittee recommends that the State party take urgent measures to reduce "
            "overcrowding at Lorvik Remand Centre No. 1, including through greater use of "
            "non-custodial measures in line with the Tokyo Rules, and ensure that every detainee "
            "has a bed and adequate living space."
        ),
    },
    {
        "findings": "m-block7",
        "addressee": "state",
        "text": (
            "The Subcommittee recommends that the State party permanently withdraw from use the "
            "disciplinary cells in block 7 of Saltmere Prison No. 4 and ensure that solitary "
            "confinement is never imposed for more than 15 consecutive days, in accordance with "
            "rules 43 and 44 of the Nelson Mandela Rules."
        ),
    },
    {
        "findings": "m-police-cells o-transport",
        "addressee": "state",
        "text": (
            "The Subcommittee recommends that the State party ensure that persons held in police "
            "and court custody have access to natural light, drinking water, meals, a mattress "
            "and blankets, and that detainees are transported in vehicles that are ventilated, "
            "lit and equipped with seats for each person."
        ),
    },
    {
        "findings": "r-remand-regime",
        "addressee": "state",
        "text": (
            "The Subcommittee recommends that the State party offer persons on remand a programme "
            "of purposeful activities outside their cells and allow family visits in conditions "
            "that respect their dignity, without requiring the investigator's permission."
        ),
    },
    {
        "findings": "r-juvenile-education",
        "addressee": "state",
        "text": (
            "The Subcommittee recommends that the State party provide children at the Ostrel "
            "Closed Educational Centre with full-time education and vocational training, "
            "facilitate regular contact with their families and prohibit the use of isolation as "
            "a disciplinary measure for children."
        ),
    },
    {
        "findings": "h-injuries h-confidentiality",
        "addressee": "state",
        "text": (
            "The Subcommittee recommends that the State party ensure that every person is "
            "examined by a doctor within 24 hours of admission, out of the hearing and sight of "
            "non-medical staff, that injuries are documented in accordance with the Istanbul "
            "Protocol and that any indication of ill-treatment is reported to an independent "
            "investigative authority."
        ),
    },
    {
        "findings": "h-migrants-mental",
        "addressee": "state",
        "text": (
            "The Subcommittee recommends that the State party introduce screening for "
            "vulnerability and for victims of torture on admission to immigration detention, "
            "provide psychological care and refrain from using isolation as a response to the "
            "risk of self-harm."
        ),
    },
    {
        "findings": "p-staffing p-female-staff",
        "addressee": "state",
        "text": (
            "The Subcommittee recommends that the State party increase the number of staff in "
            "places of deprivation of liberty, including female staff, improve their working "
            "conditions and provide regular training on human rights, the prohibition of torture "
            "and de-escalation techniques."
        ),
    },
    {
        "findings": "rp-warnings rp-follow-up",
        "addressee": "state",
        "text": (
            "The Subcommittee recommends that the State party take all measures necessary to "
            "ensure that no one is subjected to any sanction or intimidation for having "
            "communicated with the Subcommittee, and that it inform the Subcommittee of the "
            "measures taken."
        ),
    },
    {
        "findings": "n-independence",
        "addressee": "state",
        "text": (
            "The Subcommittee recommends that the State party provide the national preventive "
            "mechanism with a separate budget line and with the human and material resources it "
            "needs to carry out its mandate independently, in accordance with article 18 of the "
            "Optional Protocol."
        ),
    },
    {
        "findings": "n-methodology",
        "addressee": "npm",
        "text": (
            "The Subcommittee recommends that the national preventive mechanism develop a "
            "strategic visiting plan, carry out unannounced visits, including at night to police "
            "stations, conduct private interviews as a matter of course and systematically follow "
            "up on its recommendations."
        ),
    },
    {
        "findings": "n-methodology s-social-care",
        "addressee": "npm",
        "text": (
            "The Subcommittee recommends that the national preventive mechanism include "
            "psychiatric institutions, social care homes and immigration centres in its regular "
            "programme of visits."
        ),
    },
    {
        "findings": "l-definition",
        "addressee": "state",
        "text": (
            "The Subcommittee recommends that the State party amend its Criminal Code to include "
            "a definition of torture that contains all the elements of article 1 of the "
            "Convention, with penalties commensurate with the gravity of the crime and without a "
            "statute of limitations."
        ),
    },
)
