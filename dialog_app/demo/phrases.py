"""The Swedish phrase banks that demo notes are composed from: slots, templates per theme, and
the occasional messy note (contact details, markup, Sámi letters) that later exports must handle."""

from __future__ import annotations

SLOTS: dict[str, tuple[str, ...]] = {
    # 1 Digital kompetens
    "grupp": (
        "äldre", "många pensionärer", "nyanlända", "personer med funktionsnedsättning",
        "de som bor ensamma", "flera av våra medlemmar", "en del unga", "personer med annat modersmål",
        "de som står långt från arbetsmarknaden", "många på landsbygden", "föräldrar med små barn",
    ),
    "uppgift": (
        "använda BankID", "boka tid via 1177", "betala räkningar digitalt", "söka jobb på nätet",
        "ansöka om bostadsbidrag", "logga in på Mina sidor", "deklarera digitalt",
        "hålla kontakten med skolan via appen", "handla mat på nätet", "videosamtala med barnbarnen",
        "hitta rätt blankett på kommunens webbplats", "swisha", "läsa sin digitala post",
        "förnya recept i appen",
    ),
    "plats": (
        "biblioteket", "studieförbunden", "medborgarkontoret", "träffpunkten för seniorer",
        "föreningslokalen", "bygdegården", "Röda Korsets mötesplats", "kyrkans café",
    ),
    "format": (
        "studiecirklar", "drop-in-hjälp", "digitala ombud", "fadderverksamhet där unga hjälper äldre",
        "korta kurser på dagtid", "filmade instruktioner på lätt svenska", "IT-caféer",
        "digitala fixarträffar",
    ),
    # 2 Digital trygghet
    "hot": (
        "bedragare som ringer och utger sig för att vara banken", "falska sms om paket",
        "nätfiske via mejl", "bluffakturor", "kapade konton på sociala medier",
        "falska BankID-förfrågningar", "investeringsbedrägerier", "utpressningsattacker mot it-system",
    ),
    "drabbade": (
        "äldre", "våra medlemmar", "småföretagare", "föreningarna", "de mindre kommunerna",
        "unga", "ensamstående pensionärer",
    ),
    "uppgifter": (
        "personuppgifter", "journaluppgifter", "uppgifter om barnen i skolan", "medlemsregister",
        "känsliga uppgifter", "uppgifter om var man bor",
    ),
    # 3 Digital innovation
    "teknik": (
        "AI", "öppna data", "sensorer", "automatisering", "digitala tvillingar", "drönare",
        "välfärdsteknik", "maskininlärning", "AI-assistenter",
    ),
    "område": (
        "skogsnäringen", "besöksnäringen", "vården", "tillverkningsindustrin", "kollektivtrafiken",
        "äldreomsorgen", "lantbruket", "handeln", "rennäringen",
    ),
    "aktör": (
        "små företag", "startupbolag", "universitetet", "företagen i länet", "kommunerna",
        "innovationsmiljöerna", "studenterna",
    ),
    # 4 Digital ledning
    "ledare": (
        "politikerna", "ledningsgruppen", "cheferna", "de förtroendevalda", "förvaltningsledningen",
        "kommunstyrelsen", "regionledningen",
    ),
    "verksamhet": (
        "socialtjänsten", "skolan", "hemtjänsten", "bygglovsenheten", "ekonomiavdelningen", "vården",
        "kontaktcenter", "överförmyndarverksamheten", "HR-avdelningen",
    ),
    "insats": (
        "e-tjänster", "automatiserad handläggning", "gemensamma plattformar", "digitala möten",
        "robotiserad processautomation", "ett nytt verksamhetssystem", "AI-stöd i handläggningen",
    ),
    # 5 Digital infrastruktur
    "ort": (
        "Ånge", "Sollefteå", "Kramfors", "Junsele", "Ramsele", "Liden", "Ytterlännäs",
        "byarna längs Ljungan", "Höga kusten", "inlandet", "skärgården", "Nordingrå",
    ),
    "brist": (
        "dålig mobiltäckning", "ingen fiber", "återkommande avbrott i mobilnätet",
        "för låg kapacitet i nätet", "långa väntetider på fiberanslutning", "döda zoner längs vägarna",
    ),
}

# Per theme and note kind: sentence templates with {slot} fields from SLOTS.
BANK: dict[str, dict[str, tuple[str, ...]]] = {
    "1": {
        "statement": (
            "{grupp} har svårt att {uppgift} utan hjälp.",
            "Det digitala utanförskapet är större än man tror, framför allt bland {grupp}.",
            "Vi ser varje vecka hur {grupp} kommer till {plats} för att få hjälp att {uppgift}.",
            "Hos oss har {format} fungerat bra för att bygga digital kompetens.",
            "Det räcker inte att lära sig en gång, tekniken ändras hela tiden och man måste få öva.",
            "Personalen behöver också kompetensutveckling, inte bara invånarna.",
            "{format} på {plats} når människor som annars aldrig skulle be om hjälp.",
            "Många skäms för att de inte kan {uppgift} och frågar därför ingen.",
            "Digital delaktighet handlar om att kunna vara med i samhället på riktigt.",
            "Ofta är det anhöriga som får hjälpa {grupp} att {uppgift}, och det håller inte i längden.",
            "Vi har lärt {grupp} att {uppgift} genom {format}, och det ger mycket självförtroende.",
        ),
        "idea": (
            "Inför {format} på {plats} i alla kommuner i länet.",
            "Regionen kan finansiera {format} tillsammans med studieförbunden.",
            "Gör en gemensam satsning på digitala ombud som kan hjälpa {grupp} att {uppgift}.",
            "Ta fram enkla guider om hur man kan {uppgift}, gärna på flera språk.",
            "Låt gymnasieelever hjälpa {grupp} att {uppgift} som en del av skolarbetet.",
            "Erbjud {format} även på kvällstid så att de som jobbar kan vara med.",
            "Utbilda personalen på {plats} så att de kan hjälpa till med digitala tjänster.",
        ),
        "concern": (
            "Vi är oroliga för att {grupp} hamnar ännu mer utanför när fler tjänster bara finns digitalt.",
            "Om det inte finns något sätt kvar att {uppgift} utan dator så stänger vi ute människor.",
            "Föreningarna orkar inte bära ansvaret för den digitala kompetensen på egen hand.",
            "När projektpengarna tar slut försvinner {format} igen.",
        ),
        "question": (
            "Vem ansvarar för att {grupp} får stöd att {uppgift}?",
            "Kan regionen ge bidrag till {format}?",
            "Hur mäter man om den digitala kompetensen faktiskt ökar i länet?",
            "Finns det någon samordning av {format} mellan kommunerna?",
        ),
    },
    "2": {
        "statement": (
            "{drabbade} utsätts allt oftare för {hot}.",
            "Rädslan för {hot} gör att många inte vågar använda digitala tjänster alls.",
            "Tilliten till det digitala samhället bygger på att man vet vad som händer med ens {uppgifter}.",
            "Föreningar hanterar {uppgifter} utan att riktigt veta hur GDPR ska följas.",
            "Källkritik och att känna igen desinformation är lika viktigt som att kunna logga in.",
            "Det är svårt att veta vart man ska vända sig om man har blivit lurad på nätet.",
            "Informationssäkerheten ser väldigt olika ut mellan kommunerna.",
            "En it-attack mot en kommun drabbar invånarna direkt, det såg vi när systemen låg nere.",
            "Hos oss har {drabbade} råkat ut för {hot} flera gånger det senaste året.",
        ),
        "idea": (
            "Gör en länsgemensam kampanj om hur man känner igen {hot}.",
            "Polisen, bankerna och kommunerna borde hålla gemensamma träffar om {hot}.",
            "Inrätta en regional stödfunktion för informationssäkerhet som de mindre kommunerna kan använda.",
            "Ta fram en enkel mall för hur föreningar ska hantera {uppgifter}.",
            "Öva på it-incidenter tillsammans i länet, på samma sätt som vi övar krisberedskap.",
        ),
        "concern": (
            "Vi är oroliga för att {drabbade} inte känner igen {hot}.",
            "Om en leverantör läcker {uppgifter} är förtroendet borta på en dag.",
            "Mindre kommuner har inte råd med egen kompetens inom cybersäkerhet.",
            "AI gör det lättare att skapa falska röster och bilder, och det kommer att öka bedrägerierna.",
        ),
        "question": (
            "Vem ska man ringa om man har blivit utsatt för {hot}?",
            "Hur säkerställer regionen att {uppgifter} inte hamnar hos fel aktör?",
            "Finns det en gemensam plan i länet om en kommun drabbas av en it-attack?",
            "Hur kan man lita på information från myndigheter när det finns så mycket desinformation?",
        ),
    },
    "3": {
        "statement": (
            "Det finns stora möjligheter med {teknik} inom {område}.",
            "{aktör} har idéerna men saknar ofta kapital för att testa dem.",
            "Vi har använt {teknik} inom {område} och sett tydliga resultat.",
            "Offentlig sektor borde vara en bättre beställare av innovativa lösningar.",
            "Samverkan mellan akademi och näringsliv fungerar bra i projekt men dör när projekten tar slut.",
            "Det tar för lång tid att gå från pilot till en lösning som faktiskt används.",
            "Länet skulle kunna bli ett föredöme när det gäller {teknik} inom {område}.",
            "Innovationsupphandling är något de flesta kommuner aldrig har provat.",
        ),
        "idea": (
            "Skapa en testbädd för {teknik} inom {område}.",
            "Öppna upp regionens data så att {aktör} kan bygga nya tjänster.",
            "Inför innovationscheckar som {aktör} kan söka för att testa {teknik}.",
            "Ordna ett årligt hackathon där studenter löser verkliga problem inom {område}.",
            "Låt regionen gå före och upphandla innovation inom {område}.",
        ),
        "concern": (
            "Vi riskerar att hamna efter andra regioner när det gäller {teknik}.",
            "Det är svårt för {aktör} att hitta kompetens inom {teknik} här i länet.",
            "Upphandlingsreglerna gör det nästan omöjligt för {aktör} att komma med som leverantör.",
        ),
        "question": (
            "Hur kan {aktör} få tillgång till regionens data?",
            "Vilket stöd finns för den som vill testa {teknik} inom {område}?",
            "Finns det pengar avsatta för innovation i strategin?",
        ),
    },
    "4": {
        "statement": (
            "Digitalisering är en ledningsfråga, inte en it-fråga.",
            "{ledare} måste förstå vad digitaliseringen kan göra för {verksamhet}.",
            "Inom {verksamhet} har {insats} frigjort tid som vi i stället lägger på invånarna.",
            "Det saknas en tydlig ägare för digitaliseringen i många kommuner.",
            "Vi startar för många projekt och avslutar för få.",
            "Nyttorealiseringen glöms ofta bort när {insats} väl har införts.",
            "Det är först när {ledare} frågar efter resultat som förändringen händer.",
            "Digitalt ledarskap handlar om att våga pröva och att våga avsluta det som inte fungerar.",
        ),
        "idea": (
            "Inför en gemensam modell för nyttorealisering i alla kommuner i länet.",
            "Ge {ledare} en utbildning i digitalt ledarskap, gärna i samma form som Våga vara digital.",
            "Samordna upphandlingen av {insats} mellan kommunerna.",
            "Ta fram gemensamma nyckeltal så att vi kan följa digitaliseringen inom {verksamhet}.",
            "Gör en regional färdplan med tydliga prioriteringar och ansvar.",
        ),
        "concern": (
            "Vi är oroliga för att {insats} införs utan att arbetssätten ändras.",
            "Om {ledare} inte prioriterar frågan blir strategin bara ett papper.",
            "Automatiserade beslut inom {verksamhet} måste vara rättssäkra, annars tappar vi förtroendet.",
            "Små kommuner har inte resurser att leda digitaliseringen på egen hand.",
        ),
        "question": (
            "Hur ska {ledare} följa upp att strategin genomförs?",
            "Vem äger frågan om {insats} i länet?",
            "Vilka krav ställer lagstiftningen när {verksamhet} vill automatisera beslut?",
            "Hur prioriterar man när allt känns lika viktigt?",
        ),
    },
    "5": {
        "statement": (
            "I {ort} finns det fortfarande {brist}.",
            "Utan bredband går det inte att driva företag eller jobba på distans från landsbygden.",
            "Fiberföreningarna har gjort ett enormt jobb, men de sista hushållen är dyrast att ansluta.",
            "Vi har {brist} i {ort}, och det påverkar både företagen och hemtjänsten.",
            "Mobiltäckningen är en trygghetsfråga, man måste kunna ringa 112 överallt.",
            "5G låter bra, men i {ort} är det 4G som inte fungerar.",
            "När strömmen går försvinner både fiber och mobilnät inom några timmar.",
            "Uppkoppling är lika viktig som vägar och el för att hela länet ska kunna leva.",
        ),
        "idea": (
            "Kartlägg var det finns {brist} tillsammans med operatörerna och kommunerna.",
            "Inför ett regionalt bredbandsstöd för de sista hushållen i {ort}.",
            "Ställ krav på fungerande uppkoppling i bussar och tåg när kollektivtrafiken upphandlas.",
            "Sätt upp publikt wifi på bibliotek och bygdegårdar i {ort}.",
            "Samordna grävningen för fiber med andra ledningsarbeten så att kostnaderna går ner.",
        ),
        "concern": (
            "Vi är oroliga för att {ort} halkar efter när allt förutsätter snabb uppkoppling.",
            "Kopparnätet läggs ner innan alternativen finns på plats.",
            "En fiberanslutning på landsbygden är för dyr för många hushåll.",
        ),
        "question": (
            "När får {ort} fiber?",
            "Vem ansvarar för mobiltäckningen i {ort}?",
            "Vilka mål för bredband sätter regionen till 2030?",
        ),
    },
}

# Notes that span two themes: (theme codes, kind, template).
CROSS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("1", "5"), "statement", "Det hjälper inte att kunna tekniken om uppkopplingen inte fungerar ute i byarna."),
    (("1", "5"), "concern", "Digitala ombud i {ort} gör ingen nytta så länge det finns {brist}."),
    (("1", "2"), "statement",
     "Den som inte är van vid digitala tjänster blir lättare lurad, så kompetens och trygghet hänger ihop."),
    (("1", "2"), "idea",
     "Lär ut hur man känner igen {hot} i samma kurser där man lär sig att {uppgift}."),
    (("3", "4"), "statement",
     "Ledningen måste ge utrymme att testa {teknik} inom {verksamhet}, annars blir det ingen innovation."),
    (("2", "4"), "statement", "Informationssäkerhet måste ligga på ledningens bord, inte bara hos it-avdelningen."),
    (("3", "5"), "concern", "Det går inte att bygga nya tjänster med {teknik} i {ort} utan stabil uppkoppling."),
    (("1", "4"), "statement", "Cheferna behöver själva digital kompetens för att kunna leda förändringen."),
    (("1", "3"), "statement", "Företagen hittar inte personal med rätt digital kompetens, och det bromsar innovationen."),
    (("2", "5"), "statement",
     "Om mobilnätet ligger nere kan ingen larma, så det är både en infrastruktur- och en trygghetsfråga."),
    (("1", "4"), "question", "Hur ska {ledare} se till att {grupp} inte lämnas utanför när {verksamhet} digitaliseras?"),
)

# Process comments that belong to no theme.
GENERAL: dict[str, tuple[str, ...]] = {
    "statement": (
        "Bra att regionen bjuder in till dialog i ett tidigt skede.",
        "Vi hann inte prata klart om den här frågan.",
        "Det var svårt att höra vad de andra borden sa.",
        "Samma frågor som förra året, vad har hänt sedan dess?",
        "Vi behöver mer tid till diskussion och mindre presentation.",
        "Strategin måste skrivas på ett språk som alla förstår.",
        "Jämställdhetsperspektivet behöver synas genom hela strategin.",
        "Vårt bord var i stort sett överens.",
        "Hela länet måste få plats i strategin, inte bara kusten.",
        "Tack för ett bra upplägg!",
        "Det här var första gången vår förening blev tillfrågad.",
    ),
    "idea": (
        "Gör om den här typen av dialog varje år.",
        "Skicka ut frågorna innan mötet så att vi kan förbereda oss.",
        "Bjud in fler unga nästa gång.",
        "Publicera sammanställningen på regionens webbplats.",
        "Håll nästa möte på kvällstid så att fler kan komma.",
    ),
    "concern": (
        "Vi är oroliga för att synpunkterna inte tas tillvara.",
        "Det känns som att besluten redan är fattade.",
        "Remisstiden är för kort för ideella föreningar.",
    ),
    "question": (
        "Hur kommer det vi säger i dag att användas?",
        "När kommer remissversionen av strategin?",
        "Får vi ta del av sammanställningen?",
        "Vem kan vi kontakta om vi har fler synpunkter?",
    ),
}

# Messy material for export and anonymisation tests: (theme codes, kind, text).
CONTACT: tuple[tuple[tuple[str, ...], str, str], ...] = (
    ((), "statement", "Kontakta mig på {email} om ni vill veta mer om vår verksamhet."),
    ((), "idea", "Jag är gärna med i en referensgrupp, nås på {email} eller {phone}."),
    (("1",), "statement", "Ring gärna {phone} så berättar jag hur vi har lagt upp våra IT-caféer."),
    ((), "question", "Kan ni skicka presentationen till {email}?"),
    (("5",), "statement", "Fiberföreningen i byn vill ha kontakt, ring ordföranden på {phone}."),
)
EMAILS = (
    "anna.berg@example.se", "lars.nilsson@example.se", "info@bygdegarden.example.se",
    "kansli@forening.example.se", "m.johansson@example.se",
)
PHONES = ("070-123 45 67", "070-174 06 55", "073-555 01 23", "0611-55 50 12")
MARKUP: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("1",), "statement", "Vi på Hem & Skola vill att föräldrarna också får stöd med skolans digitala plattform."),
    ((), "statement", "Klistrat från chatten: <b>Viktigt</b> att alla kan vara med!"),
    (("5",), "statement", "Bredband & mobiltäckning är lika viktigt som vägar & el."),
    (("3",), "idea", "Starta ett FoU-program för AI & data tillsammans med universitetet."),
    ((), "question", "Länken med ?id=12&utm_source=nyhetsbrev fungerade inte, kan ni skicka den igen?"),
    ((), "statement", "Kommentar i formuläret: <i>se bilaga</i> & tack för i dag <3"),
)
SAMI: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("1",), "statement",
     "Tjänsterna måste finnas på samiska också – davvisámegiella, julevsámegiella och åarjelsaemien gïele."),
    (("5",), "statement", "Vid renvaktarstugan utanför Čohkkiras tappar vi täckningen så fort vi lämnar vägen."),
    (("3",), "idea", "Ođđa digitala lösningar för rennäringen behöver tas fram tillsammans med samebyarna."),
    ((), "statement", "Välkomstsidan borde också säga ”Bures boahtin” – vi är ett máŋggagielat län."),
    ((), "statement", "Tangentbordet i appen saknar tecken som š, ŧ, ž och đ – då går det inte att skriva på samiska."),
)

PREFIX_STATEMENT = (
    "Det här kom upp flera gånger. ", "Vi pratade länge om det här. ", "En sak till: ",
    "Kort sagt: ", "Från vårt bord: ", "Vi vill lyfta en sak. ",
)
SUFFIX_STATEMENT = (
    " Det gäller hela länet.", " Det behöver synas i strategin.", " Flera vid bordet höll med.",
    " Så är det i alla fall hos oss.", " Det har vi sett i flera år nu.", " Det märks mest utanför centralorterna.",
)
SUFFIX_IDEA = (
    " Det skulle inte behöva kosta så mycket.", " Gärna redan nästa år.", " Vi hjälper gärna till.",
    " Det finns goda exempel från andra regioner.",
)
PREFIX_QUESTION = ("En fråga från vårt bord: ", "Vi undrar: ", "Fråga till regionen: ")
