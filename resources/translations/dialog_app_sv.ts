<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AgendaPanel</name>
    <message>
        <source>◔ Planned time nearly up</source>
        <translation>◔ Planerad tid snart slut</translation>
    </message>
    <message>
        <source>⚠ Over the planned time</source>
        <translation>⚠ Över planerad tid</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>F8: next question · Shift+F8: back</source>
        <translation>F8: nästa fråga · Skift+F8: tillbaka</translation>
    </message>
    <message>
        <source> (%1 min)</source>
        <translation> (%1 min)</translation>
    </message>
    <message>
        <source>This dialogue has no questions yet.</source>
        <translation>Dialogen har inga frågor ännu.</translation>
    </message>
    <message>
        <source>No question is running</source>
        <translation>Ingen fråga pågår</translation>
    </message>
    <message>
        <source>Time on this question, and the time planned for it</source>
        <translation>Tid på den här frågan, och den planerade tiden</translation>
    </message>
</context>
<context>
    <name>AnonymiseFlow</name>
    <message>
        <source>Anonymise the project?

Every registered participant is taken off the register, and every place that names them or a name you confirmed as a person&apos;s is replaced by “[borttagen person]”, also in the notes&apos; history and the search index; the file is then rewritten so that no trace is left in it. Names nobody registered or confirmed stay as written.

Edit ▸ Undo brings everything back until the project is closed. After that it is final.</source>
        <translation>Anonymisera projektet?

Varje registrerad deltagare tas bort ur registret, och varje ställe som nämner dem eller ett namn du bekräftat som en persons ersätts med ”[borttagen person]”, också i anteckningarnas historik och sökindexet; filen skrivs sedan om så att inga spår finns kvar i den. Namn som ingen registrerat eller bekräftat står kvar som de skrevs.

Redigera ▸ Ångra tar tillbaka allt tills projektet stängs. Därefter är det slutgiltigt.</translation>
    </message>
    <message>
        <source>Anonymising the project…</source>
        <translation>Anonymiserar projektet…</translation>
    </message>
    <message>
        <source>Nobody is registered and no name is confirmed: nothing was erased.</source>
        <translation>Ingen är registrerad och inget namn är bekräftat: inget raderades.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased from the project.</source>
        <translation>
            <numerusform>%n person raderad ur projektet.</numerusform>
            <numerusform>%n personer raderade ur projektet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) replaced.</source>
        <translation>
            <numerusform>%n ställe ersatt.</numerusform>
            <numerusform>%n ställen ersatta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of the project, made earlier, still hold personal data. Erase them too? This cannot be undone.</source>
        <translation>
            <numerusform>%n säkerhetskopia av projektet, gjord tidigare, innehåller fortfarande personuppgifter. Radera den också? Det går inte att ångra.</numerusform>
            <numerusform>%n säkerhetskopior av projektet, gjorda tidigare, innehåller fortfarande personuppgifter. Radera dem också? Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) erased.</source>
        <translation>
            <numerusform>%n säkerhetskopia raderad.</numerusform>
            <numerusform>%n säkerhetskopior raderade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Organisation present</source>
        <translation>Organisation som deltar</translation>
    </message>
    <message>
        <source>Organisation present, then Enter</source>
        <translation>Organisation som deltar, sedan Enter</translation>
    </message>
    <message>
        <source>Organisations present</source>
        <translation>Organisationer som deltar</translation>
    </message>
    <message>
        <source>Delete removes the selected organisation</source>
        <translation>Delete tar bort den valda organisationen</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>Organisationer:</translation>
    </message>
    <message numerus="yes">
        <source>In all: %n person(s)</source>
        <translation>
            <numerusform>Totalt: %n person</numerusform>
            <numerusform>Totalt: %n personer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupReason</name>
    <message>
        <source>When the project was opened</source>
        <translation>När projektet öppnades</translation>
    </message>
    <message>
        <source>While working (every ten minutes)</source>
        <translation>Under arbetet (var tionde minut)</translation>
    </message>
    <message>
        <source>Before an upgrade to a newer format</source>
        <translation>Före en uppgradering till ett nyare format</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Före en sammanslagning</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Före en import</translation>
    </message>
    <message>
        <source>The damaged file, as it was</source>
        <translation>Den skadade filen, som den var</translation>
    </message>
</context>
<context>
    <name>BadRows</name>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Leave these out and import the rest</source>
        <translation>Hoppa över dessa och importera resten</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) in the file could not be read:</source>
        <translation>
            <numerusform>%n ställe i filen kunde inte läsas:</numerusform>
            <numerusform>%n ställen i filen kunde inte läsas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Bin</source>
        <translation>Papperskorg</translation>
    </message>
    <message>
        <source>Deleted notes wait here. Restore them, or empty them from the bin for good: then their text is wiped from the project file.</source>
        <translation>Borttagna anteckningar väntar här. Återställ dem, eller töm dem ur papperskorgen för gott: då raderas deras text ur projektfilen.</translation>
    </message>
    <message>
        <source>The bin is empty. Notes you delete wait here until you restore them or empty the bin.</source>
        <translation>Papperskorgen är tom. Anteckningar du tar bort väntar här tills du återställer dem eller tömmer papperskorgen.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Restore the chosen notes</source>
        <translation>Återställ de valda anteckningarna</translation>
    </message>
    <message>
        <source>&amp;Empty the bin…</source>
        <translation>&amp;Töm papperskorgen…</translation>
    </message>
    <message>
        <source>Empty the bin</source>
        <translation>Töm papperskorgen</translation>
    </message>
    <message>
        <source>Notes in the bin</source>
        <translation>Anteckningar i papperskorgen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>(merged into %1) </source>
        <translation>(sammanslagen med %1) </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Empty %n chosen…</source>
        <translation>
            <numerusform>&amp;Töm %n vald…</numerusform>
            <numerusform>&amp;Töm %n valda…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Empty %n chosen note(s)</source>
        <translation>
            <numerusform>Töm %n vald anteckning</numerusform>
            <numerusform>Töm %n valda anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>A note merged into another is part of that note now: it is not restored on its own.</source>
        <translation>En anteckning som slagits samman med en annan är nu en del av den: den återställs inte för sig.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n note(s). Ctrl+Z puts them back in the bin.</source>
        <translation>
            <numerusform>Återställde %n anteckning. Ctrl+Z lägger tillbaka den i papperskorgen.</numerusform>
            <numerusform>Återställde %n anteckningar. Ctrl+Z lägger tillbaka dem i papperskorgen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Empty %n note(s) from the bin for good?</source>
        <translation>
            <numerusform>Töm %n anteckning ur papperskorgen för gott?</numerusform>
            <numerusform>Töm %n anteckningar ur papperskorgen för gott?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Empty the whole bin? It holds %n note(s), removed for good.</source>
        <translation>
            <numerusform>Töm hela papperskorgen? Den innehåller %n anteckning, som tas bort för gott.</numerusform>
            <numerusform>Töm hela papperskorgen? Den innehåller %n anteckningar, som tas bort för gott.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their text, earlier versions, themes and key-quote places are wiped from the project file. Ctrl+Z brings them back only while the project is open: once it is closed, this cannot be undone.</source>
        <translation>Deras text, tidigare versioner, teman och platser bland nyckelcitaten raderas ur projektfilen. Ctrl+Z tar tillbaka dem bara medan projektet är öppet: när det har stängts går det inte att ångra.</translation>
    </message>
    <message>
        <source>Emptying the bin…</source>
        <translation>Tömmer papperskorgen…</translation>
    </message>
    <message numerus="yes">
        <source>Emptied %n note(s). Ctrl+Z brings them back until the project is closed.</source>
        <translation>
            <numerusform>Tömde %n anteckning. Ctrl+Z tar tillbaka den tills projektet stängs.</numerusform>
            <numerusform>Tömde %n anteckningar. Ctrl+Z tar tillbaka dem tills projektet stängs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureInput</name>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Type what was said; Enter saves it as a note</source>
        <translation>Skriv det som sades; Enter sparar det som en anteckning</translation>
    </message>
</context>
<context>
    <name>CaptureLayout</name>
    <message>
        <source>New dialogue…</source>
        <translation>Ny dialog…</translation>
    </message>
    <message>
        <source>Projector  F7</source>
        <translation>Projektor  F7</translation>
    </message>
    <message>
        <source>Dialogue:</source>
        <translation>Dialog:</translation>
    </message>
    <message>
        <source>Type what is said and press Enter · F1 shows every shortcut</source>
        <translation>Skriv det som sägs och tryck Enter · F1 visar alla kortkommandon</translation>
    </message>
    <message>
        <source>Notes of this dialogue, newest first</source>
        <translation>Dialogens anteckningar, nyaste först</translation>
    </message>
    <message>
        <source>Open a project to capture notes.</source>
        <translation>Öppna ett projekt för att anteckna.</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <source>Read-only: notes cannot be captured in this window (see the note at the top)</source>
        <translation>Skrivskyddat: anteckningar kan inte skrivas i det här fönstret (se meddelandet överst)</translation>
    </message>
    <message>
        <source>This project has no dialogues yet.

Create one with “New dialogue…”: give it a title and its questions, then start it.</source>
        <translation>Projektet har inga dialoger ännu.

Skapa en med ”Ny dialog…”: ge den en titel och dess frågor, och starta den sedan.</translation>
    </message>
    <message>
        <source>The note was not saved, and its text is back in the box.</source>
        <translation>Anteckningen sparades inte, och texten finns kvar i rutan.</translation>
    </message>
    <message>
        <source>Finish dialogue</source>
        <translation>Avsluta dialogen</translation>
    </message>
    <message>
        <source>Start dialogue</source>
        <translation>Starta dialogen</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Fråga %1</translation>
    </message>
    <message>
        <source>no question</source>
        <translation>ingen fråga</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>ingen grupp</translation>
    </message>
    <message>
        <source>no table</source>
        <translation>inget bord</translation>
    </message>
    <message>
        <source>themes: %1</source>
        <translation>teman: %1</translation>
    </message>
    <message>
        <source>key quote</source>
        <translation>nyckelcitat</translation>
    </message>
    <message>
        <source>Next note: %1</source>
        <translation>Nästa anteckning: %1</translation>
    </message>
    <message numerus="yes">
        <source>Notes of this dialogue, newest first: %Ln</source>
        <translation>
            <numerusform>Dialogens anteckningar, nyaste först: %Ln</numerusform>
            <numerusform>Dialogens anteckningar, nyaste först: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>All saved ✓</source>
        <translation>Allt sparat ✓</translation>
    </message>
</context>
<context>
    <name>ColumnRole</name>
    <message>
        <source>Note text</source>
        <translation>Anteckningens text</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Intressentgrupp</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ta inte med</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Columns of the notes table</source>
        <translation>Anteckningstabellens kolumner</translation>
    </message>
    <message>
        <source>&amp;Shown columns, from left to right (Space shows or hides one):</source>
        <translation>&amp;Visade kolumner, från vänster till höger (mellanslag visar eller döljer en):</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytta &amp;ned</translation>
    </message>
</context>
<context>
    <name>CountMatrixModel</name>
    <message>
        <source>No theme in this framework</source>
        <translation>Utan tema i ramverket</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Alla anteckningar</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
    <message>
        <source>All dialogues</source>
        <translation>Alla dialoger</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Ingen grupp</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in the project</source>
        <translation>
            <numerusform>1 anteckning i projektet</numerusform>
            <numerusform>%n anteckningar i projektet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) with no theme of this framework</source>
        <translation>
            <numerusform>1 anteckning utan tema från det här ramverket</numerusform>
            <numerusform>%n anteckningar utan tema från det här ramverket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) tagged %1</source>
        <translation>
            <numerusform>1 anteckning taggad med %1</numerusform>
            <numerusform>%n anteckningar taggade med %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) from the dialogue “%2”</source>
        <translation>
            <numerusform>1 anteckning från dialogen ”%2”</numerusform>
            <numerusform>%n anteckningar från dialogen ”%2”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) from the dialogue “%2” with no theme of this framework</source>
        <translation>
            <numerusform>1 anteckning från dialogen ”%2” utan tema från det här ramverket</numerusform>
            <numerusform>%n anteckningar från dialogen ”%2” utan tema från det här ramverket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) from the dialogue “%2” tagged %1</source>
        <translation>
            <numerusform>1 anteckning från dialogen ”%2” taggad med %1</numerusform>
            <numerusform>%n anteckningar från dialogen ”%2” taggade med %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) with no stakeholder group</source>
        <translation>
            <numerusform>1 anteckning utan intressentgrupp</numerusform>
            <numerusform>%n anteckningar utan intressentgrupp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) with no stakeholder group and no theme of this framework</source>
        <translation>
            <numerusform>1 anteckning utan intressentgrupp och utan tema från det här ramverket</numerusform>
            <numerusform>%n anteckningar utan intressentgrupp och utan tema från det här ramverket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) with no stakeholder group tagged %1</source>
        <translation>
            <numerusform>1 anteckning utan intressentgrupp taggad med %1</numerusform>
            <numerusform>%n anteckningar utan intressentgrupp taggade med %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) from %2</source>
        <translation>
            <numerusform>1 anteckning från %2</numerusform>
            <numerusform>%n anteckningar från %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) from %2 with no theme of this framework</source>
        <translation>
            <numerusform>1 anteckning från %2 utan tema från det här ramverket</numerusform>
            <numerusform>%n anteckningar från %2 utan tema från det här ramverket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) from %2 tagged %1</source>
        <translation>
            <numerusform>1 anteckning från %2 taggad med %1</numerusform>
            <numerusform>%n anteckningar från %2 taggade med %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Click, or press Enter, to list these notes.</source>
        <translation>Klicka, eller tryck Enter, för att lista anteckningarna.</translation>
    </message>
    <message>
        <source>Some of these notes have themes of another framework, so the note list cannot pick them out.</source>
        <translation>Några av anteckningarna har teman från ett annat ramverk, så anteckningslistan kan inte plocka ut just dem.</translation>
    </message>
    <message>
        <source>The note list cannot pick out notes with no stakeholder group.</source>
        <translation>Anteckningslistan kan inte plocka ut anteckningar utan intressentgrupp.</translation>
    </message>
    <message>
        <source>A note with several themes is counted once here.</source>
        <translation>En anteckning med flera teman räknas en gång här.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>You can go on working: dialog_app is still running, and text you have typed but not yet entered is kept.</source>
        <translation>Du kan fortsätta arbeta: dialog_app är fortfarande igång, och text som du har skrivit men ännu inte skickat med Enter finns kvar.</translation>
    </message>
    <message>
        <source>If it happens again, copy a report and send it to whoever helps you with dialog_app. It tells where in the program the problem arose; it holds no notes and no names.</source>
        <translation>Om det händer igen kan du kopiera en rapport och skicka den till den som hjälper dig med dialog_app. Den visar var i programmet problemet uppstod; den innehåller inga anteckningar och inga namn.</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Kopiera rapport</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Visa &amp;loggmappen</translation>
    </message>
    <message>
        <source>The report is on the clipboard. Paste it into an e-mail.</source>
        <translation>Rapporten ligger i urklipp. Klistra in den i ett e-postmeddelande.</translation>
    </message>
    <message>
        <source>The log files are in this folder:
%1</source>
        <translation>Loggfilerna finns i den här mappen:
%1</translation>
    </message>
</context>
<context>
    <name>DateRangeButton</name>
    <message>
        <source>Only notes captured between</source>
        <translation>Bara anteckningar gjorda mellan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>The selected note</source>
        <translation>Den valda anteckningen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) selected.</source>
        <translation>
            <numerusform>%Ln anteckning vald.</numerusform>
            <numerusform>%Ln anteckningar valda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number keys, drag and drop or the context menu act on all of them.</source>
        <translation>Sifferknapparna, dra och släpp och snabbmenyn gäller alla.</translation>
    </message>
    <message>
        <source>Select a note to see all of it here.</source>
        <translation>Välj en anteckning för att se hela den här.</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Intressentgrupp</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation>Nyckelcitat</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source> (accepted suggestion)</source>
        <translation> (godkänt förslag)</translation>
    </message>
    <message>
        <source>Suggested themes</source>
        <translation>Föreslagna teman</translation>
    </message>
    <message>
        <source>Merged into this note</source>
        <translation>Sammanslagna med denna anteckning</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>någon</translation>
    </message>
    <message>
        <source>imported by %1</source>
        <translation>importerad av %1</translation>
    </message>
    <message>
        <source>captured by %1</source>
        <translation>antecknad av %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>stycke %1</translation>
    </message>
    <message>
        <source>a coded selection</source>
        <translation>ett kodat urval</translation>
    </message>
    <message>
        <source>(imported %1)</source>
        <translation>(importerad %1)</translation>
    </message>
    <message>
        <source>a theme that no longer exists</source>
        <translation>ett tema som inte längre finns</translation>
    </message>
    <message>
        <source>%1 accepted the suggested theme %2</source>
        <translation>%1 godkände det föreslagna temat %2</translation>
    </message>
    <message>
        <source>%1 tagged it %2</source>
        <translation>%1 taggade den med %2</translation>
    </message>
    <message>
        <source>%1 removed the theme %2</source>
        <translation>%1 tog bort temat %2</translation>
    </message>
    <message>
        <source>%1 rejected the suggested theme %2</source>
        <translation>%1 avvisade det föreslagna temat %2</translation>
    </message>
    <message>
        <source>%1 set the status to %2</source>
        <translation>%1 satte status till %2</translation>
    </message>
    <message>
        <source>%1 edited it (%2)</source>
        <translation>%1 redigerade den (%2)</translation>
    </message>
    <message>
        <source>%1 moved it to the bin</source>
        <translation>%1 flyttade den till papperskorgen</translation>
    </message>
    <message>
        <source>%1 restored it from the bin</source>
        <translation>%1 återställde den från papperskorgen</translation>
    </message>
    <message>
        <source>%1 merged another note into it</source>
        <translation>%1 slog ihop en annan anteckning med den</translation>
    </message>
    <message>
        <source>%1 merged it into another note</source>
        <translation>%1 slog ihop den med en annan anteckning</translation>
    </message>
    <message>
        <source>%1 undid a merge</source>
        <translation>%1 ångrade en sammanslagning</translation>
    </message>
    <message>
        <source>%1 erased a person&apos;s data from it</source>
        <translation>%1 raderade en persons uppgifter ur den</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>röster</translation>
    </message>
    <message>
        <source>key quote</source>
        <translation>nyckelcitat</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>stakeholder group</source>
        <translation>intressentgrupp</translation>
    </message>
    <message>
        <source>question</source>
        <translation>fråga</translation>
    </message>
    <message>
        <source>table</source>
        <translation>bord</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>shown on the projector</source>
        <translation>visas på projektorn</translation>
    </message>
</context>
<context>
    <name>DialogueActions</name>
    <message>
        <source>&amp;New dialogue…</source>
        <translation>&amp;Ny dialog…</translation>
    </message>
    <message>
        <source>Plan a dialogue: when, where and its questions</source>
        <translation>Planera en dialog: när, var och dess frågor</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Redi&amp;gera…</translation>
    </message>
    <message>
        <source>Change the dialogue&apos;s facts and its questions</source>
        <translation>Ändra dialogens uppgifter och frågor</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Delete a dialogue that holds no notes</source>
        <translation>Ta bort en dialog som saknar anteckningar</translation>
    </message>
    <message>
        <source>Start &amp;capture</source>
        <translation>&amp;Börja anteckna</translation>
    </message>
    <message>
        <source>Type the notes of this dialogue</source>
        <translation>Skriv anteckningarna från den här dialogen</translation>
    </message>
    <message>
        <source>This project has no dialogues yet.

Begin with a new dialogue: its title, when and where it is held, and the questions to discuss. Then choose Start capture to type what is said.

To look around first, open the demo project.</source>
        <translation>Projektet har inga dialoger ännu.

Börja med en ny dialog: dess titel, när och var den hålls och frågorna som ska diskuteras. Välj sedan Börja anteckna för att skriva det som sägs.

Vill du titta runt först kan du öppna demoprojektet.</translation>
    </message>
    <message>
        <source>New dialogue…</source>
        <translation>Ny dialog…</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Öppna demoprojektet</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n note(s), %2 of them in the bin, so it is not deleted: its notes would be lost with it.</source>
        <translation>
            <numerusform>”%1” har %n anteckning, varav %2 i papperskorgen, och tas därför inte bort: anteckningen skulle försvinna med den.</numerusform>
            <numerusform>”%1” har %n anteckningar, varav %2 i papperskorgen, och tas därför inte bort: anteckningarna skulle försvinna med den.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n note(s), so it is not deleted: its notes would be lost with it.</source>
        <translation>
            <numerusform>”%1” har %n anteckning och tas därför inte bort: anteckningen skulle försvinna med den.</numerusform>
            <numerusform>”%1” har %n anteckningar och tas därför inte bort: anteckningarna skulle försvinna med den.</numerusform>
        </translation>
    </message>
    <message>
        <source>To change its title, date or questions, choose Edit… instead.</source>
        <translation>Välj Redigera… om du vill ändra dess titel, datum eller frågor.</translation>
    </message>
    <message>
        <source>Delete the dialogue “%1” with its questions and attendance? Ctrl+Z undoes this.</source>
        <translation>Ta bort dialogen ”%1” med dess frågor och närvaro? Du kan ångra det med Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not deleted: %n note(s) of it are still in the bin, and would be lost with it. Empty them from Edit ▸ Bin first; then the dialogue can be deleted.</source>
        <translation>
            <numerusform>”%1” tas inte bort: %n anteckning från den ligger kvar i papperskorgen och skulle gå förlorad med den. Töm den från Redigera ▸ Papperskorg först; sedan kan dialogen tas bort.</numerusform>
            <numerusform>”%1” tas inte bort: %n anteckningar från den ligger kvar i papperskorgen och skulle gå förlorade med den. Töm dem från Redigera ▸ Papperskorg först; sedan kan dialogen tas bort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the bin now?</source>
        <translation>Öppna papperskorgen nu?</translation>
    </message>
</context>
<context>
    <name>DialogueFormDialog</name>
    <message>
        <source>New dialogue</source>
        <translation>Ny dialog</translation>
    </message>
    <message>
        <source>Edit dialogue</source>
        <translation>Redigera dialog</translation>
    </message>
    <message>
        <source>e.g. Dialogue meeting with civil society</source>
        <translation>t.ex. Dialogmöte med civilsamhället</translation>
    </message>
    <message>
        <source>No dat&amp;e yet</source>
        <translation>Inget &amp;datum än</translation>
    </message>
    <message>
        <source>e.g. Town hall, Härnösand</source>
        <translation>t.ex. Stadshuset, Härnösand</translation>
    </message>
    <message>
        <source>On&amp;line</source>
        <translation>Di&amp;gitalt</translation>
    </message>
    <message>
        <source>e.g. Region Västernorrland</source>
        <translation>t.ex. Region Västernorrland</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>One question per row, with its planned minutes (may be empty)</source>
        <translation>En fråga per rad, med planerade minuter (får vara tomt)</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Lägg till fråga</translation>
    </message>
    <message>
        <source>Re&amp;move question</source>
        <translation>Ta b&amp;ort fråga</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Arrangör:</translation>
    </message>
    <message>
        <source>Pu&amp;rpose:</source>
        <translation>Sy&amp;fte:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>Fr&amp;ågor:</translation>
    </message>
    <message>
        <source>(%1 time)</source>
        <translation>(tid i %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) were taken under “%1”. They stay in the dialogue, without a question. Remove the question?</source>
        <translation>
            <numerusform>%n anteckning har tagits under ”%1”. Den blir kvar i dialogen, utan fråga. Ta bort frågan?</numerusform>
            <numerusform>%n anteckningar har tagits under ”%1”. De blir kvar i dialogen, utan fråga. Ta bort frågan?</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned minutes are a whole number from 0 to 999 (question %1).</source>
        <translation>Planerade minuter är ett heltal från 0 till 999 (fråga %1).</translation>
    </message>
    <message>
        <source>A dialogue needs a title.</source>
        <translation>En dialog behöver en titel.</translation>
    </message>
</context>
<context>
    <name>DialogueListModel</name>
    <message>
        <source>All dialogues</source>
        <translation>Alla dialoger</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln anteckning</numerusform>
            <numerusform>%Ln anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>online</source>
        <translation>digitalt</translation>
    </message>
</context>
<context>
    <name>DialoguesPage</name>
    <message>
        <source>Dialogues</source>
        <translation>Dialoger</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>&amp;Participants…</source>
        <translation>D&amp;eltagare…</translation>
    </message>
    <message>
        <source>The named persons of this dialogue (the participant register)</source>
        <translation>Den här dialogens namngivna personer (deltagarregistret)</translation>
    </message>
    <message>
        <source>No dialogues yet</source>
        <translation>Inga dialoger ännu</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln note(s)</source>
        <translation>
            <numerusform>%1 – %Ln anteckning</numerusform>
            <numerusform>%1 – %Ln anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>No notes here yet. Notes typed during a meeting appear here.</source>
        <translation>Här finns inga anteckningar ännu. Det som skrivs in under ett möte visas här.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Möjliga dubbletter</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of notes look like the same input captured more than once. Merging a group keeps its first note, adds up the votes and keeps where every note came from; Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n grupp anteckningar ser ut att vara samma synpunkt antecknad mer än en gång. En sammanslagning behåller gruppens första anteckning, lägger ihop rösterna och behåller var varje anteckning kom ifrån; Ctrl+Z ångrar den.</numerusform>
            <numerusform>%n grupper av anteckningar ser ut att vara samma synpunkt antecknad mer än en gång. En sammanslagning behåller gruppens första anteckning, lägger ihop rösterna och behåller var varje anteckning kom ifrån; Ctrl+Z ångrar den.</numerusform>
        </translation>
    </message>
    <message>
        <source>No possible duplicates among the listed notes.</source>
        <translation>Inga möjliga dubbletter bland de listade anteckningarna.</translation>
    </message>
    <message numerus="yes">
        <source>Group %1: the same text, %n note(s)</source>
        <translation>
            <numerusform>Grupp %1: samma text, %n anteckning</numerusform>
            <numerusform>Grupp %1: samma text, %n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1: %2 alike, %n note(s)</source>
        <translation>
            <numerusform>Grupp %1: %2 lika, %n anteckning</numerusform>
            <numerusform>Grupp %1: %2 lika, %n anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge this group</source>
        <translation>Slå ihop gruppen</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>There was not enough memory to finish. Close other programs and try again.</source>
        <translation>Det fanns inte tillräckligt med minne för att göra klart. Stäng andra program och försök igen.</translation>
    </message>
    <message>
        <source>A file could not be read or written, so this was not finished. Check that the drive is connected, that there is free space and that you may write there.</source>
        <translation>En fil kunde inte läsas eller skrivas, så det här blev inte klart. Kontrollera att enheten är ansluten, att det finns ledigt utrymme och att du får skriva där.</translation>
    </message>
    <message>
        <source>dialog_app ran into a problem it did not expect, so what you were doing may not have been finished.</source>
        <translation>dialog_app stötte på ett oväntat problem, så det du höll på med kanske inte blev klart.</translation>
    </message>
    <message>
        <source>The project “%1” was not found. It may have been moved or renamed.</source>
        <translation>Projektet ”%1” hittades inte. Det kan ha flyttats eller bytt namn.</translation>
    </message>
    <message>
        <source>A file named “%1” already exists. Choose another name.</source>
        <translation>Det finns redan en fil som heter ”%1”. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>“%1” is not a dialog_app project. Nothing in it was changed.</source>
        <translation>”%1” är inget dialog_app-projekt. Ingenting i filen har ändrats.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of dialog_app. Update the app to open it; the file was not changed.</source>
        <translation>”%1” sparades av en nyare version av dialog_app. Uppdatera appen för att öppna det; filen har inte ändrats.</translation>
    </message>
    <message>
        <source>The search index of “%1” is damaged, so searching and saving may fail. Use a backup copy, or ask for help; the file was not changed.</source>
        <translation>Sökindexet i ”%1” är skadat, så sökning och sparande kan misslyckas. Använd en säkerhetskopia eller be om hjälp; filen har inte ändrats.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. Use a backup copy, or ask for help; the file was not changed.</source>
        <translation>”%1” är skadat och kan inte öppnas. Använd en säkerhetskopia eller be om hjälp; filen har inte ändrats.</translation>
    </message>
    <message>
        <source>“%1” is busy in another program. Close it there and try again.</source>
        <translation>”%1” används av ett annat program. Stäng det där och försök igen.</translation>
    </message>
    <message>
        <source>“%1” is open for editing in another dialog_app window or on another computer. Close it there first; nothing was changed.</source>
        <translation>”%1” är öppet för redigering i ett annat dialog_app-fönster eller på en annan dator. Stäng det där först; ingenting ändrades.</translation>
    </message>
    <message>
        <source>“%1” is open read-only here, so nothing was changed. To edit it, open it where you may write, or close it in the other window first.</source>
        <translation>”%1” är öppnat skrivskyddat här, så ingenting ändrades. Öppna det där du får skriva, eller stäng det i det andra fönstret först, om du vill redigera.</translation>
    </message>
    <message>
        <source>The name “%1” is too long for the drive. Choose a shorter name, or a folder nearer the top of the drive.</source>
        <translation>Namnet ”%1” är för långt för enheten. Välj ett kortare namn, eller en mapp högre upp på enheten.</translation>
    </message>
    <message>
        <source>“%1” could not be read or written. Check that the drive is connected, that there is free space and that you may write there.</source>
        <translation>”%1” kunde inte läsas eller skrivas. Kontrollera att enheten är ansluten, att det finns ledigt utrymme och att du får skriva där.</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a project.</source>
        <translation>”%1” kan inte användas som projekt.</translation>
    </message>
    <message>
        <source>“%1” holds database parts that dialog_app did not make (%2). It was not opened, so nothing in it has run, and the file was not changed. If someone sent it to you, ask them for the project again.</source>
        <translation>”%1” innehåller databasdelar som dialog_app inte har skapat (%2). Filen öppnades inte, så ingenting i den har körts, och den ändrades inte. Om någon skickade den till dig, be om projektet igen.</translation>
    </message>
    <message>
        <source>The backup “%1” is damaged or not a dialog_app project, so it was not restored. The project was not changed.</source>
        <translation>Säkerhetskopian ”%1” är skadad eller inget dialog_app-projekt, så den återställdes inte. Projektet ändrades inte.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of “%1”. Check that the drive is connected and has free space; the project was not changed.</source>
        <translation>Säkerhetskopian kunde inte sättas i stället för ”%1”. Kontrollera att enheten är ansluten och har ledigt utrymme; projektet ändrades inte.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Inget importerades.</translation>
    </message>
    <message>
        <source>The file could not be read. Check that it is still there and that no other program holds it.</source>
        <translation>Filen kunde inte läsas. Kontrollera att den finns kvar och att inget annat program håller den öppen.</translation>
    </message>
    <message>
        <source>The file is too big to import (%1 MB). Split it into smaller files.</source>
        <translation>Filen är för stor för att importera (%1 MB). Dela upp den i mindre filer.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The file holds binary data, not text: it may be another kind of file with a wrong name.</source>
        <translation>Filen innehåller binära data, inte text: den kan vara en annan sorts fil med fel namn.</translation>
    </message>
    <message>
        <source>The file&apos;s text could not be read in any of the encodings tried.</source>
        <translation>Filens text kunde inte läsas i någon av de teckenkodningar som prövades.</translation>
    </message>
    <message>
        <source>The file is not written in %1. Choose another encoding.</source>
        <translation>Filen är inte skriven i %1. Välj en annan kodning.</translation>
    </message>
    <message>
        <source>The file is damaged, or not what its name says.</source>
        <translation>Filen är skadad, eller inte vad dess namn säger.</translation>
    </message>
    <message>
        <source>The file unpacks to far more than a real file of its kind, so it was refused.</source>
        <translation>Filen packas upp till mycket mer än en riktig fil av sitt slag, så den avvisades.</translation>
    </message>
    <message>
        <source>The file holds a part that would be written outside its folder (%1), so it was refused.</source>
        <translation>Filen innehåller en del som skulle skrivas utanför sin mapp (%1), så den avvisades.</translation>
    </message>
    <message>
        <source>The file holds XML declarations that can be used to attack a computer, so it was refused.</source>
        <translation>Filen innehåller XML-deklarationer som kan användas för att angripa en dator, så den avvisades.</translation>
    </message>
    <message>
        <source>Files of this kind (%1) cannot be imported. Import CSV, Excel, Word, text or REFI-QDA files.</source>
        <translation>Filer av det här slaget (%1) kan inte importeras. Importera CSV-, Excel-, Word-, text- eller REFI-QDA-filer.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”.</source>
        <translation>Arbetsboken har inget blad som heter ”%1”.</translation>
    </message>
    <message>
        <source>The table has no column named “%1”.</source>
        <translation>Tabellen har ingen kolumn som heter ”%1”.</translation>
    </message>
    <message>
        <source>Choose the column that holds the notes.</source>
        <translation>Välj den kolumn som innehåller anteckningarna.</translation>
    </message>
    <message>
        <source>The file holds nothing to import.</source>
        <translation>Filen innehåller inget att importera.</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Filen kan inte importeras.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Rad %1</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>Stycke %1</translation>
    </message>
    <message>
        <source>Selection %1</source>
        <translation>Avsnitt %1</translation>
    </message>
    <message>
        <source>It has more cells than the table has columns.</source>
        <translation>Den har fler celler än tabellen har kolumner.</translation>
    </message>
    <message>
        <source>“%1” is not a time that can be read.</source>
        <translation>”%1” är ingen tid som kan läsas.</translation>
    </message>
    <message>
        <source>“%1” is not a number of votes.</source>
        <translation>”%1” är inget antal röster.</translation>
    </message>
    <message>
        <source>The text is longer than a note may be.</source>
        <translation>Texten är längre än en anteckning får vara.</translation>
    </message>
    <message>
        <source>The coded passage lies outside its source&apos;s text.</source>
        <translation>Det kodade avsnittet ligger utanför sin källtext.</translation>
    </message>
    <message>
        <source>The text the passage was coded in is missing from the file.</source>
        <translation>Texten som avsnittet kodades i saknas i filen.</translation>
    </message>
    <message numerus="yes">
        <source>The new dialogue was not taken back: it holds %n note(s), and undo never removes notes (not even those in the bin).</source>
        <translation>
            <numerusform>Den nya dialogen togs inte bort: den innehåller %n anteckning, och ångra tar aldrig bort anteckningar (inte heller de i papperskorgen).</numerusform>
            <numerusform>Den nya dialogen togs inte bort: den innehåller %n anteckningar, och ångra tar aldrig bort anteckningar (inte heller de i papperskorgen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>PDF report</source>
        <translation>PDF-rapport</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-dokument</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-arbetsbok</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV-tabell</translation>
    </message>
    <message>
        <source>REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder)</source>
        <translation>REFI-QDA-projekt (NVivo, ATLAS.ti, MAXQDA, QualCoder)</translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation>REFI-QDA-kodbok</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <source>Theme framework</source>
        <translation>Temaramverk</translation>
    </message>
    <message>
        <source>All notes except the excluded ones</source>
        <translation>Alla anteckningar utom de uteslutna</translation>
    </message>
    <message>
        <source>Approved notes only</source>
        <translation>Endast godkända anteckningar</translation>
    </message>
    <message>
        <source>Notes included</source>
        <translation>Anteckningar som ingår</translation>
    </message>
    <message>
        <source>Notes in this export</source>
        <translation>Anteckningar i exporten</translation>
    </message>
    <message>
        <source>Notes left out</source>
        <translation>Anteckningar som inte ingår</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>Dialoger</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>%1 (a selection)</source>
        <translation>%1 (ett urval)</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>Included unmasked, as asked for: handle this file as containing personal data</source>
        <translation>Ingår omaskerade, som begärts: hantera filen som en handling med personuppgifter</translation>
    </message>
    <message>
        <source>Searched for</source>
        <translation>Sökt efter</translation>
    </message>
    <message>
        <source>names in the participant register (%1), possible names the writer confirmed (%2), e-mail addresses, phone numbers, personal identity and coordination numbers; nothing else</source>
        <translation>namn i deltagarregistret (%1), möjliga namn som skribenten bekräftat (%2), e-postadresser, telefonnummer, person- och samordningsnummer; inget annat</translation>
    </message>
    <message>
        <source>None found to mask</source>
        <translation>Inga hittades som behövde maskeras</translation>
    </message>
    <message>
        <source>Masked: %1</source>
        <translation>Maskerade: %1</translation>
    </message>
    <message>
        <source>%1 (synthesis)</source>
        <translation>%1 (sammanfattning)</translation>
    </message>
    <message>
        <source>Masked in</source>
        <translation>Maskerade i</translation>
    </message>
    <message>
        <source>Consultation version</source>
        <translation>Remissversion</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Dialogue number</source>
        <translation>Dialognummer</translation>
    </message>
    <message>
        <source>Dialogue title</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Dialogue date</source>
        <translation>Dialogens datum</translation>
    </message>
    <message>
        <source>Noted at</source>
        <translation>Antecknad</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Intressentgrupp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Theme codes</source>
        <translation>Temakoder</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation>Nyckelcitat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation>Antecknad av</translation>
    </message>
    <message>
        <source>Note id</source>
        <translation>Antecknings-id</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Type of dialogue</source>
        <translation>Typ av dialog</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>Maskerat</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Summary of the input from the dialogues</source>
        <translation>Sammanställning av inspelen från dialogerna</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Teman: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Om rapporten</translation>
    </message>
    <message>
        <source>This report summarises what participants said in %1 dialogues. It holds %2 notes of input, sorted under the themes of %3.</source>
        <translation>Rapporten sammanfattar vad deltagarna sa vid %1 dialoger. Den innehåller %2 anteckningar med inspel, sorterade under temana i %3.</translation>
    </message>
    <message>
        <source>It includes all notes except those excluded from publication, also notes not yet approved.</source>
        <translation>Den tar med alla anteckningar utom de som uteslutits från publicering, även sådana som ännu inte godkänts.</translation>
    </message>
    <message>
        <source>It includes only the notes approved for publication.</source>
        <translation>Den tar bara med anteckningar som godkänts för publicering.</translation>
    </message>
    <message>
        <source>Notes not included: %1.</source>
        <translation>Anteckningar som inte är med: %1.</translation>
    </message>
    <message>
        <source>Every note has a reference such as D2-017: the 17th note taken at dialogue 2. The chapters quote notes by their reference, and the register at the end tells where each came from.</source>
        <translation>Varje anteckning har en referens som D2-017: den 17:e anteckningen från dialog 2. Kapitlen anger anteckningarna med sina referenser, och förteckningen sist visar var varje inspel kommer ifrån.</translation>
    </message>
    <message>
        <source>This report summarises what participants said in %1 dialogue.</source>
        <translation>Rapporten sammanfattar vad deltagarna sa vid %1 dialog.</translation>
    </message>
    <message>
        <source>This report summarises what participants said in %1 dialogues.</source>
        <translation>Rapporten sammanfattar vad deltagarna sa vid %1 dialoger.</translation>
    </message>
    <message>
        <source>It holds %1 note of input, sorted under the themes of %2.</source>
        <translation>Den innehåller %1 anteckning med inspel, sorterad under temana i %2.</translation>
    </message>
    <message>
        <source>It holds %1 notes of input, sorted under the themes of %2.</source>
        <translation>Den innehåller %1 anteckningar med inspel, sorterade under temana i %2.</translation>
    </message>
    <message>
        <source>This version includes personal data: names, e-mail addresses, phone numbers and personal identity numbers were not masked. Do not publish it.</source>
        <translation>Den här versionen innehåller personuppgifter: namn, e-postadresser, telefonnummer och personnummer har inte maskats. Publicera den inte.</translation>
    </message>
    <message>
        <source>None were found.</source>
        <translation>Inga hittades.</translation>
    </message>
    <message>
        <source>The notes and syntheses in this report were searched for the personal data below; what was found is replaced by a mark such as [name].</source>
        <translation>Anteckningarna och sammanfattningarna i rapporten har genomsökts efter personuppgifterna nedan; det som hittades är ersatt med en markering som [namn].</translation>
    </message>
    <message>
        <source>names of the people in the project&apos;s participant register (%1), also in the genitive</source>
        <translation>namn på personerna i projektets deltagarregister (%1), även i genitiv</translation>
    </message>
    <message>
        <source>names the app found as possible names of persons and the writer confirmed (%1)</source>
        <translation>namn som appen hittade som möjliga personnamn och som skribenten bekräftat (%1)</translation>
    </message>
    <message>
        <source>e-mail addresses, phone numbers, personal identity numbers and coordination numbers</source>
        <translation>e-postadresser, telefonnummer, personnummer och samordningsnummer</translation>
    </message>
    <message>
        <source>Nothing else was searched for: a name the app does not know as a possible name is not masked.</source>
        <translation>Inget annat har sökts efter: ett namn som appen inte känner igen som möjligt namn maskeras inte.</translation>
    </message>
    <message>
        <source>Possible names the writer judged not to be names of persons, or fit to print, are printed as written (%1).</source>
        <translation>Möjliga namn som skribenten bedömt inte vara personnamn, eller som får tryckas, står som de skrevs (%1).</translation>
    </message>
    <message>
        <source>Possible names nobody had confirmed were masked as well (%1).</source>
        <translation>Möjliga namn som ingen hade bekräftat har också maskerats (%1).</translation>
    </message>
    <message>
        <source>Possible names nobody had confirmed are printed as written, as the writer chose (%1).</source>
        <translation>Möjliga namn som ingen hade bekräftat står som de skrevs, enligt skribentens val (%1).</translation>
    </message>
    <message>
        <source>About the dialogues</source>
        <translation>Om dialogerna</translation>
    </message>
    <message>
        <source>%1 and online</source>
        <translation>%1 och digitalt</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Notes in this report</source>
        <translation>Anteckningar i rapporten</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Participating organisations</source>
        <translation>Deltagande organisationer</translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation>Frågor som ställdes</translation>
    </message>
    <message>
        <source>Not dated</source>
        <translation>Inget datum</translation>
    </message>
    <message>
        <source>What we heard</source>
        <translation>Vad vi hörde</translation>
    </message>
    <message>
        <source>Notes: %1 · dialogues: %2 · stakeholder groups: %3</source>
        <translation>Anteckningar: %1 · dialoger: %2 · intressentgrupper: %3</translation>
    </message>
    <message>
        <source>Group not stated</source>
        <translation>Grupp ej angiven</translation>
    </message>
    <message>
        <source>Notes per stakeholder group</source>
        <translation>Anteckningar per intressentgrupp</translation>
    </message>
    <message>
        <source>Key quotes</source>
        <translation>Nyckelcitat</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Inspel</translation>
    </message>
    <message>
        <source>No published input under this theme.</source>
        <translation>Inga publicerade inspel under det här temat.</translation>
    </message>
    <message>
        <source>Input outside the themes</source>
        <translation>Inspel utanför temana</translation>
    </message>
    <message>
        <source>Notes that no theme of %1 covers: %2.</source>
        <translation>Anteckningar som inget tema i %1 täcker: %2.</translation>
    </message>
    <message>
        <source>votes: %1</source>
        <translation>röster: %1</translation>
    </message>
    <message>
        <source>Register of input</source>
        <translation>Förteckning över inspel</translation>
    </message>
    <message>
        <source>Every note in this report by its reference: the dialogue it was heard at, the question, the stakeholder group, its kind and its themes.</source>
        <translation>Varje anteckning i rapporten med sin referens: dialogen där den framfördes, frågan, intressentgruppen, typen och temana.</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Bord: %1</translation>
    </message>
    <message>
        <source>Votes: %1</source>
        <translation>Röster: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Fråga: %1</translation>
    </message>
    <message>
        <source>Key quotes: %1</source>
        <translation>Nyckelcitat: %1</translation>
    </message>
    <message>
        <source>Synthesis: %1</source>
        <translation>Syntes: %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Digitalt</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-postadress</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <source>personal identity number</source>
        <translation>personnummer</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>[e-mail]</source>
        <translation>[e-post]</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[telefon]</translation>
    </message>
    <message>
        <source>[personal identity number]</source>
        <translation>[personnummer]</translation>
    </message>
    <message>
        <source>[name]</source>
        <translation>[namn]</translation>
    </message>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augusti</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <source>Themes × groups</source>
        <translation>Teman × grupper</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om exporten</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Inget tema</translation>
    </message>
    <message>
        <source>Total (each note once)</source>
        <translation>Totalt (varje anteckning en gång)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>A note with several themes is counted under each of them, and a sub-theme&apos;s notes are not added to its main theme; the total row counts each note once.</source>
        <translation>En anteckning med flera teman räknas under vart och ett av dem, och ett undertemas anteckningar läggs inte till huvudtemat; totalraden räknar varje anteckning en gång.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>Type of note</source>
        <translation>Typ av anteckning</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <source>Printed on the cover and in the page header</source>
        <translation>Skrivs ut på försättsbladet och i sidhuvudet</translation>
    </message>
    <message>
        <source>Semicolon (;) – Excel in Swedish</source>
        <translation>Semikolon (;) – Excel på svenska</translation>
    </message>
    <message>
        <source>Comma (,) – Excel in English, other programs</source>
        <translation>Kommatecken (,) – Excel på engelska, andra program</translation>
    </message>
    <message>
        <source>Also as PDF/A-2b for the a&amp;rchive</source>
        <translation>Även som PDF/A-2b för a&amp;rkivet</translation>
    </message>
    <message>
        <source>The report is always tagged for screen readers (PDF/UA). PDF/A adds what long-term archives ask for: a colour profile and archive metadata.</source>
        <translation>Rapporten är alltid taggad för skärmläsare (PDF/UA). PDF/A lägger till det som arkiv för långtidslagring kräver: en färgprofil och arkivmetadata.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>Sp&amp;råk i dokumentet:</translation>
    </message>
    <message>
        <source>&amp;Version label:</source>
        <translation>&amp;Versionsmärkning:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>Avgrä&amp;nsare:</translation>
    </message>
    <message>
        <source>All &amp;themes</source>
        <translation>Alla &amp;teman</translation>
    </message>
    <message>
        <source>Themes in the export</source>
        <translation>Teman i exporten</translation>
    </message>
    <message>
        <source>All &amp;dialogues</source>
        <translation>Alla &amp;dialoger</translation>
    </message>
    <message>
        <source>Dialogues in the export</source>
        <translation>Dialoger i exporten</translation>
    </message>
    <message>
        <source>Include notes not yet &amp;approved (all but the excluded ones)</source>
        <translation>Ta med anteckningar som inte är &amp;godkända än (alla utom de uteslutna)</translation>
    </message>
    <message>
        <source>Include &amp;personal data (names, e-mail, phone numbers, personal identity numbers)</source>
        <translation>Ta med &amp;personuppgifter (namn, e-post, telefonnummer, personnummer)</translation>
    </message>
    <message>
        <source>Personal data will be printed as written, not masked. Do not publish this file or send it out for consultation.</source>
        <translation>Personuppgifterna skrivs ut som de är, utan maskering. Publicera inte filen och skicka inte ut den på remiss.</translation>
    </message>
    <message>
        <source>stop, and list them</source>
        <translation>stoppa och lista dem</translation>
    </message>
    <message>
        <source>mask them too</source>
        <translation>maskera dem också</translation>
    </message>
    <message>
        <source>print them as written</source>
        <translation>skriv ut dem som de står</translation>
    </message>
    <message>
        <source>&amp;Unconfirmed possible names:</source>
        <translation>Möjliga namn som &amp;ingen bekräftat eller avfärdat:</translation>
    </message>
    <message>
        <source>A finished report to read, print and send out for consultation.</source>
        <translation>En färdig rapport att läsa, skriva ut och skicka ut på remiss.</translation>
    </message>
    <message>
        <source>The same report as an editable Word document, for finishing touches.</source>
        <translation>Samma rapport som ett redigerbart Word-dokument, för den sista finputsningen.</translation>
    </message>
    <message>
        <source>Every note in a spreadsheet with filters, to sort and count in Excel.</source>
        <translation>Varje anteckning i ett kalkylblad med filter, för att sortera och räkna i Excel.</translation>
    </message>
    <message>
        <source>A plain table of the notes, for statistics programs and other systems.</source>
        <translation>En enkel tabell över anteckningarna, för statistikprogram och andra system.</translation>
    </message>
    <message>
        <source>The notes, themes and tagging as a project for qualitative analysis software.</source>
        <translation>Anteckningar, teman och taggning som ett projekt för program för kvalitativ analys.</translation>
    </message>
    <message>
        <source>Only the themes (the codebook), for qualitative analysis software.</source>
        <translation>Bara temana (kodboken), för program för kvalitativ analys.</translation>
    </message>
    <message>
        <source>Include personal data in this export?

Names, e-mail addresses, phone numbers and personal identity numbers will be printed as written. Such a file must not be published or sent out for consultation.</source>
        <translation>Ta med personuppgifter i den här exporten?

Namn, e-postadresser, telefonnummer och personnummer skrivs ut som de är. En sådan fil får inte publiceras eller skickas ut på remiss.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>Exportera ”%1”</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Avbryt exporten</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Choose at least one theme and one dialogue</source>
        <translation>Välj minst ett tema och en dialog</translation>
    </message>
    <message numerus="yes">
        <source>%n possible name(s) not yet confirmed or dismissed: use Possible names…, or choose to mask or print them</source>
        <translation>
            <numerusform>%n möjligt namn är inte bekräftat eller avfärdat: använd Möjliga namn…, eller välj att maskera eller skriva ut det</numerusform>
            <numerusform>%n möjliga namn är inte bekräftade eller avfärdade: använd Möjliga namn…, eller välj att maskera eller skriva ut dem</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Sparad: %1</translation>
    </message>
    <message>
        <source>Personal data is included as written, not masked.</source>
        <translation>Personuppgifterna finns med som de är, utan maskering.</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of personal data masked.</source>
        <translation>
            <numerusform>%n personuppgift maskerad.</numerusform>
            <numerusform>%n personuppgifter maskerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>No personal data was found to mask.</source>
        <translation>Inga personuppgifter hittades att maskera.</translation>
    </message>
    <message>
        <source>The export is saved as:
%1</source>
        <translation>Exporten är sparad som:
%1</translation>
    </message>
    <message numerus="yes">
        <source>It holds %Ln note(s).</source>
        <translation>
            <numerusform>Den innehåller %Ln anteckning.</numerusform>
            <numerusform>Den innehåller %Ln anteckningar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Inget sparades.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible name(s) not yet confirmed or dismissed: %1. Nothing was written.</source>
        <translation>
            <numerusform>%n möjligt namn är inte bekräftat eller avfärdat: %1. Inget skrevs.</numerusform>
            <numerusform>%n möjliga namn är inte bekräftade eller avfärdade: %1. Inget skrevs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written. Export again to choose another name.</source>
        <translation>Ingenting sparades. Exportera igen och välj ett annat namn.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Mappen finns inte.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and export again.</source>
        <translation>Disken är full. Frigör utrymme och exportera igen.</translation>
    </message>
    <message>
        <source>The file cannot be written there: you may not have permission, or the file is open in another program.</source>
        <translation>Filen kan inte skrivas där: du kanske saknar behörighet, eller så är filen öppen i ett annat program.</translation>
    </message>
    <message>
        <source>The export could not be saved as “%1”.

%2

Nothing was written, and your choices are kept: choose another folder or close the other program, and export again.</source>
        <translation>Exporten kunde inte sparas som ”%1”.

%2

Ingenting skrevs och dina val finns kvar: välj en annan mapp eller stäng det andra programmet och exportera igen.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Exportera som</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Öppna filen</translation>
    </message>
    <message>
        <source>Show the &amp;folder</source>
        <translation>Visa &amp;mappen</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>What the export will hold</source>
        <translation>Det här kommer med i exporten</translation>
    </message>
    <message>
        <source>Possible &amp;names…</source>
        <translation>Möjliga na&amp;mn…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Uppdaterar…</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Med i exporten</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Utelämnas</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Dialogues with notes</source>
        <translation>Dialoger med anteckningar</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Notes without a theme</source>
        <translation>Anteckningar utan tema</translation>
    </message>
    <message>
        <source>in a chapter of their own</source>
        <translation>i ett eget kapitel</translation>
    </message>
    <message>
        <source>No notes match these choices.</source>
        <translation>Inga anteckningar motsvarar de här valen.</translation>
    </message>
    <message>
        <source>All notes but the excluded ones are included.</source>
        <translation>Alla anteckningar utom de uteslutna tas med.</translation>
    </message>
    <message>
        <source>Only notes approved for publication are included.</source>
        <translation>Bara anteckningar som är godkända för publicering tas med.</translation>
    </message>
    <message>
        <source>No notes are left out by their status.</source>
        <translation>Inga anteckningar utelämnas på grund av sin status.</translation>
    </message>
    <message>
        <source>Deleted notes are never exported.</source>
        <translation>Raderade anteckningar exporteras aldrig.</translation>
    </message>
    <message>
        <source>Included as written, not masked</source>
        <translation>Tas med som de är, utan maskering</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-postadresser</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Personal identity numbers</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>%1 (synthesis)</source>
        <translation>%1 (sammanfattning)</translation>
    </message>
    <message>
        <source>None found to mask</source>
        <translation>Inga hittades att maskera</translation>
    </message>
    <message>
        <source>will be masked</source>
        <translation>maskeras</translation>
    </message>
    <message>
        <source>will be printed as written</source>
        <translation>skrivs ut som de står</translation>
    </message>
    <message>
        <source>confirm or dismiss them before exporting</source>
        <translation>bekräfta eller avfärda dem före exporten</translation>
    </message>
    <message>
        <source>Possible names not yet confirmed or dismissed</source>
        <translation>Möjliga namn som inte bekräftats eller avfärdats</translation>
    </message>
    <message>
        <source>Masked: names in the participant register, possible names you confirmed, e-mail addresses, phone numbers, personal identity and coordination numbers. Nothing else is searched for: read the text through before it is published.</source>
        <translation>Maskeras: namn i deltagarregistret, möjliga namn som du bekräftat, e-postadresser, telefonnummer, person- och samordningsnummer. Inget annat söks efter: läs igenom texten innan den publiceras.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>och %1 till</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>This format is saved with a name ending in %2, and “%1” does not. Choose a name ending in %2, such as “%3”.</source>
        <translation>Det här formatet sparas med ett namn som slutar på %2, och det gör inte ”%1”. Välj ett namn som slutar på %2, till exempel ”%3”.</translation>
    </message>
    <message>
        <source>“%1” is the project you are exporting, or one of its working files. An export never replaces a project; choose another name.</source>
        <translation>”%1” är projektet som du exporterar, eller en av dess arbetsfiler. En export ersätter aldrig ett projekt; välj ett annat namn.</translation>
    </message>
    <message>
        <source>“%1” is a dialog_app project. An export never replaces a project; choose another name.</source>
        <translation>”%1” är ett dialog_app-projekt. En export ersätter aldrig ett projekt; välj ett annat namn.</translation>
    </message>
    <message>
        <source>“%1” is a database, or one of its working files. An export never replaces a database; choose another name.</source>
        <translation>”%1” är en databas, eller en av dess arbetsfiler. En export ersätter aldrig en databas; välj ett annat namn.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Open it and type a name for the export.</source>
        <translation>”%1” är en mapp. Öppna den och skriv ett namn på exporten.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file (it may be a device). Choose another name.</source>
        <translation>”%1” är ingen vanlig fil (det kan vara en enhet). Välj ett annat namn.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Save filter</source>
        <translation>Spara filter</translation>
    </message>
    <message>
        <source>Name of the saved filter:</source>
        <translation>Namn på det sparade filtret:</translation>
    </message>
    <message>
        <source>Search notes (Ctrl+F) — words, or the start of a word</source>
        <translation>Sök anteckningar (Ctrl+F) – ord, eller början av ett ord</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Sök anteckningar</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Intressentgrupp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>★ Key quotes</source>
        <translation>★ Nyckelcitat</translation>
    </message>
    <message>
        <source>Unconfirmed names</source>
        <translation>Obekräftade namn</translation>
    </message>
    <message>
        <source>Only notes with a possible person’s name not yet confirmed or dismissed (N: mask, Shift+N: not a name)</source>
        <translation>Bara anteckningar med ett möjligt personnamn som ännu inte bekräftats eller avfärdats (N: maskera, Skift+N: inget namn)</translation>
    </message>
    <message>
        <source>Show all notes again, not only these</source>
        <translation>Visa alla anteckningar igen, inte bara dessa</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Sparade filter</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(inget tema)</translation>
    </message>
    <message numerus="yes">
        <source>Only %n chosen note(s) ✕</source>
        <translation>
            <numerusform>Bara %n vald anteckning ✕</numerusform>
            <numerusform>Bara %n valda anteckningar ✕</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln or more note(s)…</source>
        <translation>
            <numerusform>%Ln eller fler anteckningar…</numerusform>
            <numerusform>%Ln eller fler anteckningar…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln anteckning</numerusform>
            <numerusform>%Ln anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 note(s)</source>
        <translation>
            <numerusform>%Ln av %1 anteckningar</numerusform>
            <numerusform>%Ln av %1 anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Save current filter…</source>
        <translation>Spara aktuellt filter…</translation>
    </message>
    <message>
        <source>Delete saved filter</source>
        <translation>Ta bort sparat filter</translation>
    </message>
</context>
<context>
    <name>FrameworkActions</name>
    <message>
        <source>New framework</source>
        <translation>Nytt ramverk</translation>
    </message>
    <message>
        <source>Name of the new framework:</source>
        <translation>Det nya ramverkets namn:</translation>
    </message>
    <message>
        <source>Created “%1”. Add its themes with “Add theme”.</source>
        <translation>”%1” har skapats. Lägg till dess teman med ”Nytt tema”.</translation>
    </message>
    <message>
        <source>Added “%1” with its themes.</source>
        <translation>”%1” har lagts till med sina teman.</translation>
    </message>
    <message>
        <source>Rename framework</source>
        <translation>Byt namn på ramverket</translation>
    </message>
    <message>
        <source>New name of the framework:</source>
        <translation>Ramverkets nya namn:</translation>
    </message>
    <message>
        <source>Capture and review now use “%1”.</source>
        <translation>Anteckning och granskning använder nu ”%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the framework “%1” with its %n theme(s)?</source>
        <translation>
            <numerusform>Ta bort ramverket ”%1” med dess %n tema?</numerusform>
            <numerusform>Ta bort ramverket ”%1” med dess %n teman?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) lose their themes from it.</source>
        <translation>
            <numerusform>%n anteckning förlorar sina teman från det.</numerusform>
            <numerusform>%n anteckningar förlorar sina teman från det.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Du kan ångra det med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Ctrl+Z undoes this.</source>
        <translation>”%1” har tagits bort. Ångra med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>FrameworkBar</name>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Ramverk:</translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation>N&amp;ytt</translation>
    </message>
    <message>
        <source>A new empty framework, or a copy of a shipped one</source>
        <translation>Ett nytt tomt ramverk, eller en kopia av ett som följer med programmet</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Byt namn…</translation>
    </message>
    <message>
        <source>Give the framework another name</source>
        <translation>Ge ramverket ett annat namn</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Delete the framework…</source>
        <translation>Ta bort ramverket…</translation>
    </message>
    <message>
        <source>&amp;Use in capture and review</source>
        <translation>&amp;Använd vid anteckning och granskning</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (används)</translation>
    </message>
    <message>
        <source>Capture, review and the projector use this framework&apos;s themes</source>
        <translation>Anteckning, granskning och projektorn använder det här ramverkets teman</translation>
    </message>
    <message>
        <source>Use this framework&apos;s themes in capture, review and on the projector instead</source>
        <translation>Använd det här ramverkets teman vid anteckning, granskning och på projektorn i stället</translation>
    </message>
    <message>
        <source>Delete the framework and its themes</source>
        <translation>Ta bort ramverket och dess teman</translation>
    </message>
    <message>
        <source>A project keeps at least one framework: add another before deleting this one</source>
        <translation>Ett projekt har alltid minst ett ramverk: lägg till ett annat innan du tar bort det här</translation>
    </message>
    <message>
        <source>Empty framework…</source>
        <translation>Tomt ramverk…</translation>
    </message>
    <message>
        <source>Copy of a shipped framework</source>
        <translation>Kopia av ett medföljande ramverk</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n theme(s))</source>
        <translation>
            <numerusform>%1 (%n tema)</numerusform>
            <numerusform>%1 (%n teman)</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in this project</source>
        <translation>Finns redan i projektet</translation>
    </message>
    <message>
        <source>To use another framework, pick it above and tick its box.</source>
        <translation>Välj ett annat ramverk ovan och kryssa i dess ruta för att använda det i stället.</translation>
    </message>
</context>
<context>
    <name>FrameworkEditor</name>
    <message>
        <source>Themes and frameworks</source>
        <translation>Teman och ramverk</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Drag a theme to move it, or use Alt+arrow keys. Delete removes it.</source>
        <translation>Dra ett tema för att flytta det, eller använd Alt+piltangenterna. Delete tar bort det.</translation>
    </message>
    <message>
        <source>Add &amp;theme</source>
        <translation>Nytt &amp;tema</translation>
    </message>
    <message>
        <source>A new theme at the top level (Ctrl+N)</source>
        <translation>Ett nytt tema på översta nivån (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add su&amp;b-theme</source>
        <translation>Nytt &amp;undertema</translation>
    </message>
    <message>
        <source>A new theme under the selected one (Ctrl+Shift+N)</source>
        <translation>Ett nytt tema under det markerade (Ctrl+Skift+N)</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>Slå i&amp;hop med…</translation>
    </message>
    <message>
        <source>Move the selected theme&apos;s notes to another theme, then remove it</source>
        <translation>Flytta det markerade temats anteckningar till ett annat tema och ta sedan bort det</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Ta b&amp;ort…</translation>
    </message>
    <message>
        <source>Delete the selected theme (Delete)</source>
        <translation>Ta bort det markerade temat (Delete)</translation>
    </message>
    <message>
        <source>Delete the theme…</source>
        <translation>Ta bort temat…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Ångra den senaste ändringen (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Redo what was undone (Ctrl+Shift+Z)</source>
        <translation>Gör om det som ångrades (Ctrl+Skift+Z)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>GroupChoices</name>
    <message>
        <source>Stakeholder groups the project does not have yet:</source>
        <translation>Intressentgrupper som projektet inte har ännu:</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>Skapa ny</translation>
    </message>
    <message>
        <source>Same as “%1”</source>
        <translation>Samma som ”%1”</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <source>Stakeholder groups</source>
        <translation>Intressentgrupper</translation>
    </message>
    <message>
        <source>The groups notes and attendance are counted by, in the order reports list them.</source>
        <translation>Grupperna som anteckningar och närvaro räknas efter, i den ordning rapporterna listar dem.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Byt namn…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Slå ihop med…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n note(s)</source>
        <translation>
            <numerusform>%1 — %n anteckning</numerusform>
            <numerusform>%1 — %n anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>New stakeholder group</source>
        <translation>Ny intressentgrupp</translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation>Den nya gruppens namn:</translation>
    </message>
    <message>
        <source>Rename stakeholder group</source>
        <translation>Byt namn på intressentgrupp</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <source>Merge stakeholder groups</source>
        <translation>Slå ihop intressentgrupper</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Slå ihop ”%1” med:</translation>
    </message>
    <message numerus="yes">
        <source>Merge “%1” into “%2”? %n note(s) move to “%2”, with the group&apos;s headcounts, people and organisations, and “%1” is removed. Ctrl+Z undoes this.</source>
        <translation>
            <numerusform>Slå ihop ”%1” med ”%2”? %n anteckning flyttas till ”%2”, liksom gruppens deltagarantal, personer och organisationer, och ”%1” tas bort. Du kan ångra det med Ctrl+Z.</numerusform>
            <numerusform>Slå ihop ”%1” med ”%2”? %n anteckningar flyttas till ”%2”, liksom gruppens deltagarantal, personer och organisationer, och ”%1” tas bort. Du kan ångra det med Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the stakeholder group “%1”? %n note(s) will keep no group, and its headcounts are removed. Ctrl+Z undoes this.</source>
        <translation>
            <numerusform>Ta bort intressentgruppen ”%1”? %n anteckning blir utan grupp, och gruppens deltagarantal tas bort. Du kan ångra det med Ctrl+Z.</numerusform>
            <numerusform>Ta bort intressentgruppen ”%1”? %n anteckningar blir utan grupp, och gruppens deltagarantal tas bort. Du kan ångra det med Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportChrome</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Where to</source>
        <translation>Vart</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Bakåt</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n note(s)…</source>
        <translation>
            <numerusform>Importerar %n anteckning…</numerusform>
            <numerusform>Importerar %n anteckningar…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Avbrutet; inget importerades.</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Importera en fil</translation>
    </message>
    <message>
        <source>Files to import (%1)</source>
        <translation>Filer att importera (%1)</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>lodstreck</translation>
    </message>
    <message>
        <source>Table (CSV/TSV)</source>
        <translation>Tabell (CSV/TSV)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-arbetsbok</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-dokument</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument-text</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Vanlig text</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Markdown-text</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>REFI-QDA-projekt</translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation>REFI-QDA-kodbok</translation>
    </message>
    <message>
        <source>not recognised (choose the columns)</source>
        <translation>okänd (välj kolumnerna)</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Kodning: %1</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Avgränsare: %1</translation>
    </message>
    <message>
        <source>Sheet: %1</source>
        <translation>Blad: %1</translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>Layout: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) after the header</source>
        <translation>
            <numerusform>%n rad efter rubrikraden</numerusform>
            <numerusform>%n rader efter rubrikraden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coded passage(s)</source>
        <translation>
            <numerusform>%n kodat avsnitt</numerusform>
            <numerusform>%n kodade avsnitt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n stycke</numerusform>
            <numerusform>%n stycken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Statement</source>
        <translation>Synpunkt</translation>
    </message>
    <message>
        <source>Idea / proposal</source>
        <translation>Idé / förslag</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Farhåga</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Inmatad</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Granskad</translation>
    </message>
    <message>
        <source>Approved for publication</source>
        <translation>Godkänd för publicering</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Utesluten</translation>
    </message>
    <message>
        <source>Dialogue meeting</source>
        <translation>Dialogmöte</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Network meeting</source>
        <translation>Nätverksmöte</translation>
    </message>
    <message>
        <source>Webcast / training session</source>
        <translation>Webbsändning / utbildningstillfälle</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Remissmöte / hearing</translation>
    </message>
    <message>
        <source>Survey import</source>
        <translation>Enkätimport</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Avslutad</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dialogues</source>
        <translation>Dialoger</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Anteckna</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granska</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Skriva</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Överblick</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln note(s)</source>
        <translation>
            <numerusform>%1 · %Ln anteckning</numerusform>
            <numerusform>%1 · %Ln anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Ö&amp;ppna projekt…</translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation>Öppna &amp;demoprojekt</translation>
    </message>
    <message>
        <source>A made-up regional strategy project with dialogues and notes, to look around in</source>
        <translation>Ett påhittat projekt för en regional strategi, med dialoger och anteckningar att titta runt i</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Bring in notes from a spreadsheet, a survey, Word minutes or another analysis tool</source>
        <translation>Hämta in anteckningar från ett kalkylark, en enkät, minnesanteckningar i Word eller ett annat analysverktyg</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Write the consultation document: PDF, Word, Excel, CSV or REFI-QDA</source>
        <translation>Skriv remissunderlaget: PDF, Word, Excel, CSV eller REFI-QDA</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Spara en &amp;kopia…</translation>
    </message>
    <message>
        <source>Write the whole project as one file, to mail it or put it on a USB stick</source>
        <translation>Skriv hela projektet som en enda fil, för att mejla den eller lägga den på ett USB-minne</translation>
    </message>
    <message>
        <source>Prepare &amp;table projects…</source>
        <translation>Förbered &amp;bordsprojekt…</translation>
    </message>
    <message>
        <source>One copy of the project per table or laptop, to capture offline and merge back afterwards</source>
        <translation>En kopia av projektet per bord eller dator, att anteckna i utan nät och slå ihop efteråt</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Slå i&amp;hop…</translation>
    </message>
    <message>
        <source>Bring table projects or other copies of this project into it</source>
        <translation>Hämta in bordsprojekt eller andra kopior av det här projektet</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>&amp;Participant register…</source>
        <translation>Deltagar&amp;register…</translation>
    </message>
    <message>
        <source>Put one of the project&apos;s automatic backups in its place</source>
        <translation>Sätt en av projektets automatiska säkerhetskopior i dess ställe</translation>
    </message>
    <message>
        <source>Retention d&amp;ate…</source>
        <translation>&amp;Gallringsdatum…</translation>
    </message>
    <message>
        <source>The day after which the project&apos;s personal data is to be deleted or anonymised</source>
        <translation>Dagen efter vilken projektets personuppgifter ska raderas eller anonymiseras</translation>
    </message>
    <message>
        <source>Project &amp;settings…</source>
        <translation>P&amp;rojektinställningar…</translation>
    </message>
    <message>
        <source>The project&apos;s title, organiser, time zone and language</source>
        <translation>Projektets titel, arrangör, tidszon och språk</translation>
    </message>
    <message>
        <source>Stakeholder &amp;groups…</source>
        <translation>&amp;Intressentgrupper…</translation>
    </message>
    <message>
        <source>Add, rename, reorder, merge and delete the project&apos;s stakeholder groups</source>
        <translation>Lägg till, byt namn på, ordna om, slå ihop och ta bort projektets intressentgrupper</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Possible &amp;names…</source>
        <translation>Möjliga &amp;namn…</translation>
    </message>
    <message>
        <source>Names the app found in the notes: confirm them to mask them in every export, or dismiss them</source>
        <translation>Namn som appen hittat i anteckningarna: bekräfta dem så maskeras de i varje export, eller avfärda dem</translation>
    </message>
    <message>
        <source>The named persons of each dialogue: add, edit, remove; their names are masked in every export</source>
        <translation>Varje dialogs namngivna personer: lägg till, ändra, ta bort; deras namn maskeras i varje export</translation>
    </message>
    <message>
        <source>A person&apos;s &amp;data…</source>
        <translation>En persons &amp;uppgifter…</translation>
    </message>
    <message>
        <source>What the project holds about one person: an extract for them, or erasing them</source>
        <translation>Vad projektet har om en person: ett registerutdrag till hen, eller radering</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Themes and frameworks…</source>
        <translation>&amp;Teman och ramverk…</translation>
    </message>
    <message>
        <source>Create, rename, move, merge and delete themes; choose the framework to tag with</source>
        <translation>Skapa, byt namn på, flytta, slå ihop och ta bort teman; välj ramverket att tagga med</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Visa &amp;loggmappen</translation>
    </message>
    <message>
        <source>About &amp;personal data</source>
        <translation>Om &amp;personuppgifter</translation>
    </message>
    <message>
        <source>&amp;About dialog_app</source>
        <translation>&amp;Om dialog_app</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Skapar %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öppnar %1…</translation>
    </message>
    <message>
        <source>Building the demo project…</source>
        <translation>Bygger demoprojektet…</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (skrivskyddat)</translation>
    </message>
    <message>
        <source>Looking for a sound backup of %1…</source>
        <translation>Letar efter en hel säkerhetskopia av %1…</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Återställer %1…</translation>
    </message>
    <message>
        <source>Restored “%1” from its backup.</source>
        <translation>”%1” är återställt från säkerhetskopian.</translation>
    </message>
    <message>
        <source>Saving a copy as %1…</source>
        <translation>Sparar en kopia som %1…</translation>
    </message>
    <message>
        <source>Saved a copy: %1</source>
        <translation>Kopian är sparad: %1</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: %1</source>
        <translation>Den automatiska säkerhetskopian kunde inte göras: %1</translation>
    </message>
    <message>
        <source>No project is open.

Create one with File → New project (Ctrl+N), or open one with File → Open project (Ctrl+O).</source>
        <translation>Inget projekt är öppet.

Skapa ett med Arkiv → Nytt projekt (Ctrl+N), eller öppna ett med Arkiv → Öppna projekt (Ctrl+O).</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Inga senaste projekt</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ångra %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gör om %1</translation>
    </message>
    <message>
        <source>About dialog_app</source>
        <translation>Om dialog_app</translation>
    </message>
    <message>
        <source>&lt;h3&gt;dialog_app %1&lt;/h3&gt;&lt;p&gt;Capture, tag and summarise what was heard in stakeholder dialogues.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;dialog_app %1&lt;/h3&gt;&lt;p&gt;Dokumentera, tagga och sammanställ det som kom fram i dialoger med intressenter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>User&apos;s &amp;guide</source>
        <translation>&amp;Användarguide</translation>
    </message>
    <message>
        <source>&amp;Bin…</source>
        <translation>&amp;Papperskorg…</translation>
    </message>
    <message>
        <source>The deleted notes: restore them, or empty them from the project for good</source>
        <translation>De borttagna anteckningarna: återställ dem, eller töm bort dem ur projektet för gott</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>On the Review tab (it is brought to the front)</source>
        <translation>På fliken Granska (som då visas)</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Kolumner…</translation>
    </message>
    <message>
        <source>Show, hide and order the columns of the notes table (on the Review tab, which is brought to the front)</source>
        <translation>Visa, dölj och ordna anteckningstabellens kolumner (på fliken Granska, som då visas)</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>&amp;Sortera efter</translation>
    </message>
    <message>
        <source>&amp;Wider side pane</source>
        <translation>&amp;Bredare sidopanel</translation>
    </message>
    <message>
        <source>&amp;Narrower side pane</source>
        <translation>S&amp;malare sidopanel</translation>
    </message>
    <message>
        <source>The pane that has the keyboard, else the one on the right, on the tab in front</source>
        <translation>Panelen som har tangentbordet, annars den till höger, på fliken som visas</translation>
    </message>
    <message>
        <source>&amp;Ascending</source>
        <translation>&amp;Stigande</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Fallande</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Choose what each column holds. Columns marked Ignore are left out.</source>
        <translation>Välj vad varje kolumn innehåller. Kolumner med valet ”Ta inte med” hoppas över.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Filens kolumner</translation>
    </message>
    <message>
        <source>Choose what each column holds in the combo box after the table</source>
        <translation>Välj i listrutan efter tabellen vad varje kolumn innehåller</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Första värdet</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Innehåller</translation>
    </message>
    <message>
        <source>Keep names and e-mail in the participant register</source>
        <translation>Spara namn och e-post i deltagarregistret</translation>
    </message>
    <message>
        <source>Personal data never becomes a note; without this it is not stored at all</source>
        <translation>Personuppgifter blir aldrig anteckningar; utan detta sparas de inte alls</translation>
    </message>
    <message>
        <source>These are the columns as you chose them last time for files like this.</source>
        <translation>Kolumnerna är valda som du valde dem förra gången för filer som den här.</translation>
    </message>
    <message>
        <source>Use the detected columns</source>
        <translation>Använd de kolumner som hittades</translation>
    </message>
    <message>
        <source>What the column “%1” holds</source>
        <translation>Vad kolumnen ”%1” innehåller</translation>
    </message>
    <message>
        <source>Personal data: never a note</source>
        <translation>Personuppgifter: blir aldrig en anteckning</translation>
    </message>
    <message>
        <source>Choose at least one column of note text.</source>
        <translation>Välj minst en kolumn med anteckningstext.</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>No project is open.</source>
        <translation>Inget projekt är öppet.</translation>
    </message>
    <message>
        <source>Stakeholder groups</source>
        <translation>Intressentgrupper</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>Dialoger</translation>
    </message>
    <message>
        <source>Compare the themes &amp;with:</source>
        <translation>Jämför temana &amp;med:</translation>
    </message>
    <message>
        <source>The stronger the colour, the more notes. A note with two themes counts under both. Click a cell to list its notes.</source>
        <translation>Ju starkare färg, desto fler anteckningar. En anteckning med två teman räknas under båda. Klicka på en cell för att lista dess anteckningar.</translation>
    </message>
    <message>
        <source>Notes per theme</source>
        <translation>Anteckningar per tema</translation>
    </message>
    <message>
        <source>No theme framework</source>
        <translation>Inget temaramverk</translation>
    </message>
    <message>
        <source>This project has no theme framework yet.

Add one under Themes: the matrix then shows how many notes each theme got, and from whom.</source>
        <translation>Projektet har inget temaramverk än.

Lägg till ett under Teman: då visar matrisen hur många anteckningar varje tema fick, och från vilka.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln note(s)</source>
        <translation>
            <numerusform>%1 · %Ln anteckning</numerusform>
            <numerusform>%1 · %Ln anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>No notes yet.

When notes are captured in a dialogue and tagged with themes, this matrix counts them per theme and stakeholder group.</source>
        <translation>Inga anteckningar än.

När anteckningar från en dialog har förts in och taggats med teman räknar matrisen dem per tema och intressentgrupp.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge projects</source>
        <translation>Slå ihop projekt</translation>
    </message>
    <message>
        <source>Bring in what other copies of this project hold: the table projects of a meeting, or a colleague&apos;s copy. Notes, tags, themes and syntheses are matched by id, so nothing is doubled; the other files are only read. A backup is taken first, and Edit ▸ Undo takes the whole merge back.</source>
        <translation>Hämta in det som andra kopior av projektet innehåller: ett mötes bordsprojekt eller en kollegas kopia. Anteckningar, taggar, teman och sammanfattningar känns igen på sitt id, så inget dubbleras; de andra filerna läses bara. En säkerhetskopia tas först, och Redigera ▸ Ångra tar tillbaka hela sammanslagningen.</translation>
    </message>
    <message>
        <source>Files to merge</source>
        <translation>Filer som ska slås ihop</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Lägg till filer…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>These themes have the name of a theme in this project but were made apart. Choose for each: keep both, or make them one (its tags and synthesis then go to the theme here).</source>
        <translation>De här temana har samma namn som ett tema i projektet men skapades var för sig. Välj för vart och ett: behåll båda, eller gör dem till ett (dess taggar och sammanfattning går då till temat här).</translation>
    </message>
    <message>
        <source>Themes to choose for</source>
        <translation>Teman att välja för</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Ramverk</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Val</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Slå ihop</translation>
    </message>
    <message>
        <source>A project cannot be merged into itself; it was left out.</source>
        <translation>Ett projekt kan inte slås ihop med sig självt; det togs inte med.</translation>
    </message>
    <message>
        <source>Reading the files to merge…</source>
        <translation>Läser filerna som ska slås ihop…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Slår ihop…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Ihopslaget</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n file(s): </source>
        <translation>
            <numerusform>Slog ihop %n fil: </numerusform>
            <numerusform>Slog ihop %n filer: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s)</source>
        <translation>
            <numerusform>%n ny anteckning</numerusform>
            <numerusform>%n nya anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>(Edit ▸ Undo takes it back)</source>
        <translation>(Redigera ▸ Ångra tar tillbaka den)</translation>
    </message>
    <message>
        <source>Choose for these themes too; nothing was merged yet.</source>
        <translation>Välj för de här temana också; inget har slagits ihop ännu.</translation>
    </message>
    <message>
        <source>Choice for the theme “%1”</source>
        <translation>Val för temat ”%1”</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Behåll båda</translation>
    </message>
    <message>
        <source>Make one</source>
        <translation>Gör till ett</translation>
    </message>
    <message>
        <source>Add the project files to merge into this one.</source>
        <translation>Lägg till projektfilerna som ska slås ihop med det här.</translation>
    </message>
    <message numerus="yes">
        <source>Choose for %n theme(s) before merging.</source>
        <translation>
            <numerusform>Välj för %n tema innan du slår ihop.</numerusform>
            <numerusform>Välj för %n teman innan du slår ihop.</numerusform>
        </translation>
    </message>
    <message>
        <source>Projects to merge</source>
        <translation>Projekt att slå ihop</translation>
    </message>
    <message>
        <source>dialog_app projects (*.dialog)</source>
        <translation>dialog_app-projekt (*.dialog)</translation>
    </message>
</context>
<context>
    <name>MergeReportView</name>
    <message>
        <source>Settled by the merge (double-click a note to see it in the review):</source>
        <translation>Avgjort vid sammanslagningen (dubbelklicka på en anteckning för att se den i granskningen):</translation>
    </message>
    <message>
        <source>Two versions (the later is kept, the other is in the note&apos;s history): %1</source>
        <translation>Två versioner (den senare behålls, den andra finns i anteckningens historik): %1</translation>
    </message>
    <message>
        <source>Theme “%1” kept: added again after it was removed elsewhere: %2</source>
        <translation>Temat ”%1” behålls: lades till igen efter att det tagits bort på annat håll: %2</translation>
    </message>
    <message>
        <source>Theme “%1” removed: taken off later elsewhere: %2</source>
        <translation>Temat ”%1” borttaget: togs bort senare på annat håll: %2</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n note(s) the merge added or changed in the &amp;review</source>
        <translation>
            <numerusform>Visa den %n anteckning som sammanslagningen lade till eller ändrade i &amp;granskningen</numerusform>
            <numerusform>Visa de %n anteckningar som sammanslagningen lade till eller ändrade i &amp;granskningen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing new; this project already holds all of it.</source>
        <translation>%1: inget nytt; projektet innehåller redan allt.</translation>
    </message>
    <message>
        <source>%1 brought in:</source>
        <translation>%1 tillförde:</translation>
    </message>
    <message>
        <source>%1 would bring in:</source>
        <translation>%1 skulle tillföra:</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nya</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>uppdaterade</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>borttagna</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) edited on both sides: the later text is kept, the other is in the note&apos;s history</source>
        <translation>
            <numerusform>%n anteckning ändrad på båda håll: den senare texten behålls, den andra finns i anteckningens historik</numerusform>
            <numerusform>%n anteckningar ändrade på båda håll: den senare texten behålls, den andra finns i anteckningens historik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added on one side and removed on the other, settled by time</source>
        <translation>
            <numerusform>%n tagg tillagd på ena hållet och borttagen på det andra, avgjord efter tid</numerusform>
            <numerusform>%n taggar tillagda på ena hållet och borttagna på det andra, avgjorda efter tid</numerusform>
        </translation>
    </message>
    <message>
        <source>theme “%1”: made one with the theme here</source>
        <translation>temat ”%1”: gjordes till ett med temat här</translation>
    </message>
    <message>
        <source>theme “%1”: both kept</source>
        <translation>temat ”%1”: båda behölls</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n anteckning</numerusform>
            <numerusform>%n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entry(ies)</source>
        <translation>
            <numerusform>%n historikrad</numerusform>
            <numerusform>%n historikrader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tagg</numerusform>
            <numerusform>%n taggar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s)</source>
        <translation>
            <numerusform>%n dialog</numerusform>
            <numerusform>%n dialoger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n fråga</numerusform>
            <numerusform>%n frågor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder group(s)</source>
        <translation>
            <numerusform>%n aktörsgrupp</numerusform>
            <numerusform>%n aktörsgrupper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance count(s)</source>
        <translation>
            <numerusform>%n deltagarantal</numerusform>
            <numerusform>%n deltagarantal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) present</source>
        <translation>
            <numerusform>%n närvarande organisation</numerusform>
            <numerusform>%n närvarande organisationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n framework(s)</source>
        <translation>
            <numerusform>%n ramverk</numerusform>
            <numerusform>%n ramverk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n teman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n synthesis(es)</source>
        <translation>
            <numerusform>%n sammanfattning</numerusform>
            <numerusform>%n sammanfattningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key quote(s)</source>
        <translation>
            <numerusform>%n nyckelcitat</numerusform>
            <numerusform>%n nyckelcitat</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to see this note in the review</source>
        <translation>Dubbelklicka för att se anteckningen i granskningen</translation>
    </message>
</context>
<context>
    <name>NameBox</name>
    <message>
        <source>Possible names in the note</source>
        <translation>Möjliga namn i anteckningen</translation>
    </message>
    <message>
        <source>Mask (N)</source>
        <translation>Maskera (N)</translation>
    </message>
    <message>
        <source>A person’s name: masked in every export</source>
        <translation>En persons namn: maskeras i varje export</translation>
    </message>
    <message>
        <source>Not a name (Shift+N)</source>
        <translation>Inget namn (Skift+N)</translation>
    </message>
    <message>
        <source>No person’s name, or fit to print: kept as written</source>
        <translation>Inget personnamn, eller får tryckas: behålls som skrivet</translation>
    </message>
    <message>
        <source>Possible names in this note</source>
        <translation>Möjliga namn i den här anteckningen</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>inte avgjort</translation>
    </message>
    <message>
        <source>masked in exports</source>
        <translation>maskeras i exporter</translation>
    </message>
    <message>
        <source>not a name, printed as written</source>
        <translation>inget namn, skrivs ut som det står</translation>
    </message>
</context>
<context>
    <name>NewDialogueDialog</name>
    <message>
        <source>New dialogue</source>
        <translation>Ny dialog</translation>
    </message>
    <message>
        <source>e.g. Dialogue meeting with civil society</source>
        <translation>t.ex. Dialogmöte med civilsamhället</translation>
    </message>
    <message>
        <source>e.g. Town hall, Härnösand</source>
        <translation>t.ex. Rådhuset, Härnösand</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Digitalt</translation>
    </message>
    <message>
        <source>One question per line. Add planned minutes after a bar:
What stands in the way? | 20</source>
        <translation>En fråga per rad. Skriv planerade minuter efter ett streck:
Vad står i vägen? | 20</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Börjar:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Frågor:</translation>
    </message>
</context>
<context>
    <name>NoteCardDelegate</name>
    <message>
        <source>saving…</source>
        <translation>sparar…</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>INTE SPARAD</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n prick</numerusform>
            <numerusform>%n prickar</numerusform>
        </translation>
    </message>
    <message>
        <source>key quote</source>
        <translation>nyckelcitat</translation>
    </message>
    <message>
        <source>hidden from projector</source>
        <translation>dold för projektorn</translation>
    </message>
</context>
<context>
    <name>NotePreview</name>
    <message>
        <source>Preview: the first notes</source>
        <translation>Förhandsvisning: de första anteckningarna</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>No notes: choose at least one column of note text.</source>
        <translation>Inga anteckningar: välj minst en kolumn med anteckningstext.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first rows cannot be read as they are mapped; the first: %1</source>
        <translation>
            <numerusform>%n av de första raderna kan inte läsas med dessa kolumnval: %1</numerusform>
            <numerusform>%n av de första raderna kan inte läsas med dessa kolumnval; den första: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteTableModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Intressentgrupp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>Edit participant</source>
        <translation>Ändra deltagare</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Lägg till deltagare</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>e.g. chair, project manager</source>
        <translation>t.ex. ordförande, projektledare</translation>
    </message>
    <message>
        <source>name@example.se</source>
        <translation>namn@exempel.se</translation>
    </message>
    <message>
        <source>e.g. 070-123 45 67</source>
        <translation>t.ex. 070-123 45 67</translation>
    </message>
    <message>
        <source>The person has &amp;agreed to be registered</source>
        <translation>Personen har gett sitt &amp;samtycke till registreringen</translation>
    </message>
    <message>
        <source>Contact about the consultation</source>
        <translation>Kontakt om remissen</translation>
    </message>
    <message>
        <source>Invitation to later dialogues</source>
        <translation>Inbjudan till kommande dialoger</translation>
    </message>
    <message>
        <source>Speaker or organiser of the dialogue</source>
        <translation>Talare eller arrangör av dialogen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Dialogue:</source>
        <translation>&amp;Dialog:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>Sy&amp;fte:</translation>
    </message>
    <message>
        <source>Only the name is needed. Keep no more than the dialogue needs, and say why it is kept: a person may ask to see or erase it. Registered names are masked in every export.</source>
        <translation>Bara namnet behövs. Spara inte mer än dialogen behöver, och ange varför det sparas: en person kan begära att få se eller radera det. Registrerade namn maskeras i varje export.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Det här ser inte ut som en e-postadress.</translation>
    </message>
</context>
<context>
    <name>ParticipantRegisterDialog</name>
    <message>
        <source>Participant register</source>
        <translation>Deltagarregister</translation>
    </message>
    <message>
        <source>The persons named here are masked in every export, also where a note names them with an ending (“Annas”). Register only what the work needs; a person may ask to see what the project holds about them, or to be erased.</source>
        <translation>Personerna här maskeras i varje export, också där en anteckning nämner dem med ändelse (”Annas”). Registrera bara det arbetet behöver; en person kan begära att få se vad projektet har om hen, eller att bli raderad.</translation>
    </message>
    <message>
        <source>&amp;Dialogue:</source>
        <translation>&amp;Dialog:</translation>
    </message>
    <message>
        <source>Registered participants</source>
        <translation>Registrerade deltagare</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>E&amp;xtract or erase…</source>
        <translation>&amp;Utdrag eller radering…</translation>
    </message>
    <message>
        <source>What the project holds about the selected person: save it for them, or erase them from the project</source>
        <translation>Vad projektet har om den markerade personen: spara det åt hen, eller radera hen ur projektet</translation>
    </message>
    <message>
        <source>All dialogues</source>
        <translation>Alla dialoger</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>The project has no dialogues yet. Persons are registered for a dialogue: create one first.</source>
        <translation>Projektet har inga dialoger än. Personer registreras för en dialog: skapa en först.</translation>
    </message>
    <message>
        <source>Nobody is registered here yet. Add a person with Add… (names in notes are still looked for: Edit ▸ Possible names…).</source>
        <translation>Ingen är registrerad här än. Lägg till en person med Lägg till… (namn i anteckningar söks ändå: Redigera ▸ Möjliga namn…).</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered.</source>
        <translation>
            <numerusform>%n person registrerad.</numerusform>
            <numerusform>%n personer registrerade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n person(s) off the register: %1?

Their names in notes stay as written; use Erase to remove a person everywhere. Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Ta bort %n person ur registret: %1?

Namnet står kvar i anteckningarna; använd Radera för att ta bort en person överallt. Redigera ▸ Ångra tar tillbaka det.</numerusform>
            <numerusform>Ta bort %n personer ur registret: %1?

Namnen står kvar i anteckningarna; använd Radera för att ta bort en person överallt. Redigera ▸ Ångra tar tillbaka dem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDataDialog</name>
    <message>
        <source>A person&apos;s data</source>
        <translation>En persons uppgifter</translation>
    </message>
    <message>
        <source>A person may ask what the project holds about them (an extract), or to be erased. The search finds the full name with its endings (“Anna Svenssons”), and the e-mail and phone of the person&apos;s register entries, in notes (also in the bin), their history, syntheses, dialogues, settings and unsent drafts. A first name alone is not searched for: ask for it on its own.</source>
        <translation>En person kan fråga vad projektet har om hen (ett registerutdrag), eller begära att bli raderad. Sökningen hittar hela namnet med ändelser (”Anna Svenssons”) och e-post och telefon från personens registerposter, i anteckningar (också i papperskorgen), deras historik, sammanfattningar, dialoger, inställningar och osända utkast. Ett förnamn ensamt söks inte: sök på det för sig.</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>Sö&amp;k</translation>
    </message>
    <message>
        <source>Where the person is named</source>
        <translation>Där personen nämns</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Save e&amp;xtract…</source>
        <translation>Spara &amp;utdrag…</translation>
    </message>
    <message>
        <source>Everything found, as a PDF for the person and as JSON beside it</source>
        <translation>Allt som hittades, som PDF till personen och som JSON bredvid</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Radera…</translation>
    </message>
    <message>
        <source>Erase these &amp;backups…</source>
        <translation>Radera de här &amp;säkerhetskopiorna…</translation>
    </message>
    <message>
        <source>Looking through the project…</source>
        <translation>Söker igenom projektet…</translation>
    </message>
    <message>
        <source>in the bin</source>
        <translation>i papperskorgen</translation>
    </message>
    <message>
        <source>Nothing found for %1. Searched for: %2.</source>
        <translation>Inget hittades för %1. Sökte efter: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n register entry(ies)</source>
        <translation>
            <numerusform>%n registerpost</numerusform>
            <numerusform>%n registerposter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>named in %n text(s)</source>
        <translation>
            <numerusform>nämns i %n text</numerusform>
            <numerusform>nämns i %n texter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3. Searched for: %4.</source>
        <translation>%1: %2, %3. Sökte efter: %4.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Syntheses</source>
        <translation>Sammanfattningar</translation>
    </message>
    <message>
        <source>Earlier versions of notes</source>
        <translation>Tidigare versioner av anteckningar</translation>
    </message>
    <message>
        <source>Dialogues and questions</source>
        <translation>Dialoger och frågor</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Unsent drafts</source>
        <translation>Osända utkast</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of the project, made earlier, still hold this person. They are kept beside the project to recover from mistakes; erase them too when the person asked to be erased.</source>
        <translation>
            <numerusform>%n säkerhetskopia av projektet, gjord tidigare, innehåller fortfarande personen. Säkerhetskopior sparas bredvid projektet för att rätta misstag; radera dem också när personen har begärt radering.</numerusform>
            <numerusform>%n säkerhetskopior av projektet, gjorda tidigare, innehåller fortfarande personen. De sparas bredvid projektet för att rätta misstag; radera dem också när personen har begärt radering.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the register extract</source>
        <translation>Spara registerutdraget</translation>
    </message>
    <message>
        <source>Register extract %1.pdf</source>
        <translation>Registerutdrag %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The extract is saved:
%1
%2

It shows the person&apos;s data unmasked: give it only to them.</source>
        <translation>Utdraget är sparat:
%1
%2

Det visar personens uppgifter omaskerade: lämna det bara till hen.</translation>
    </message>
    <message>
        <source>%1 exists already; nothing was written. Choose another name.</source>
        <translation>%1 finns redan; inget skrevs. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>Erase %1 from this project?

Their register entries are removed, and every place that names them (name, e-mail, phone) is replaced by “[borttagen person]”, also in the notes&apos; history and the search index; the file is then rewritten so that no trace is left in it.

Edit ▸ Undo brings everything back until the project is closed. After that the erasure is final.</source>
        <translation>Radera %1 ur projektet?

Personens registerposter tas bort, och varje ställe som nämner hen (namn, e-post, telefon) ersätts med ”[borttagen person]”, också i anteckningarnas historik och sökindexet; filen skrivs sedan om så att inga spår finns kvar i den.

Redigera ▸ Ångra tar tillbaka allt tills projektet stängs. Därefter är raderingen slutgiltig.</translation>
    </message>
    <message>
        <source>Erasing %1…</source>
        <translation>Raderar %1…</translation>
    </message>
    <message>
        <source> The file still holds: %1.</source>
        <translation> Filen innehåller fortfarande: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 erased: %n place(s) replaced.</source>
        <translation>
            <numerusform>%1 raderad: %n ställe ersatt.</numerusform>
            <numerusform>%1 raderad: %n ställen ersatta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n backup(s) of the project? This cannot be undone.</source>
        <translation>
            <numerusform>Radera %n säkerhetskopia av projektet? Det går inte att ångra.</numerusform>
            <numerusform>Radera %n säkerhetskopior av projektet? Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) erased.</source>
        <translation>
            <numerusform>%n säkerhetskopia raderad.</numerusform>
            <numerusform>%n säkerhetskopior raderade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PossibleNamesDialog</name>
    <message>
        <source>Possible names</source>
        <translation>Möjliga namn</translation>
    </message>
    <message>
        <source>The app found these words that look like names of persons, and nobody has registered them as participants. Confirm a name (M) and it is masked in every export; dismiss it (K) when it is no person&apos;s name or may be printed. Names the app does not recognise are not listed: read the text before it is published.</source>
        <translation>Appen hittade de här orden som ser ut som personnamn, och ingen har registrerat dem som deltagare. Bekräfta ett namn (M) så maskeras det i varje export; avfärda det (K) när det inte är ett personnamn eller får tryckas. Namn som appen inte känner igen listas inte: läs texten innan den publiceras.</translation>
    </message>
    <message>
        <source>Possible names of persons</source>
        <translation>Möjliga personnamn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Gånger</translation>
    </message>
    <message>
        <source>Where, for example</source>
        <translation>Var, till exempel</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Val</translation>
    </message>
    <message>
        <source>&amp;Mask (M)</source>
        <translation>&amp;Maskera (M)</translation>
    </message>
    <message>
        <source>&amp;Keep as written (K)</source>
        <translation>&amp;Behåll som det står (K)</translation>
    </message>
    <message>
        <source>Show names already decided</source>
        <translation>Visa namn som redan avgjorts</translation>
    </message>
    <message>
        <source>Looking through the notes…</source>
        <translation>Går igenom anteckningarna…</translation>
    </message>
    <message numerus="yes">
        <source>%n possible name(s) to confirm or dismiss.</source>
        <translation>
            <numerusform>%n möjligt namn att bekräfta eller avfärda.</numerusform>
            <numerusform>%n möjliga namn att bekräfta eller avfärda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every possible name found has been decided.</source>
        <translation>Alla möjliga namn som hittats är avgjorda.</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>Maskeras</translation>
    </message>
    <message>
        <source>Kept as written</source>
        <translation>Behålls som det står</translation>
    </message>
</context>
<context>
    <name>PrepareTablesDialog</name>
    <message>
        <source>Prepare table projects</source>
        <translation>Förbered bordsprojekt</translation>
    </message>
    <message>
        <source>Each table (or laptop) gets its own copy of this project, with its dialogues, questions, groups and themes, and captures offline. Merge the copies back afterwards: they share every id, so nothing is doubled.</source>
        <translation>Varje bord (eller dator) får en egen kopia av projektet, med dess dialoger, frågor, grupper och teman, och antecknar utan nät. Slå ihop kopiorna efteråt: de delar alla id:n, så inget blir dubbelt.</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Bord %1</translation>
    </message>
    <message>
        <source>%1 stands for the table&apos;s number</source>
        <translation>%1 står för bordets nummer</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>&amp;Bord:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etikett:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;Förbered</translation>
    </message>
    <message>
        <source>Files to be written:</source>
        <translation>Filer som skrivs:</translation>
    </message>
    <message>
        <source>The label needs %1 where the table&apos;s number goes.</source>
        <translation>Etiketten behöver %1 där bordets nummer ska stå.</translation>
    </message>
    <message>
        <source>Choose the folder for the files.</source>
        <translation>Välj mappen för filerna.</translation>
    </message>
    <message>
        <source>“%1” already exists. A table project never replaces a file: choose another folder or label.</source>
        <translation>”%1” finns redan. Ett bordsprojekt ersätter aldrig en fil: välj en annan mapp eller etikett.</translation>
    </message>
    <message>
        <source>Folder for the table projects</source>
        <translation>Mapp för bordsprojekten</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n file(s)…</source>
        <translation>
            <numerusform>Skriver %n fil…</numerusform>
            <numerusform>Skriver %n filer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prepared %n table project(s) in %1</source>
        <translation>
            <numerusform>Förberedde %n bordsprojekt i %1</numerusform>
            <numerusform>Förberedde %n bordsprojekt i %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>About personal data</source>
        <translation>Om personuppgifter</translation>
    </message>
    <message>
        <source>This project is the file %1; its automatic backups are in %2.</source>
        <translation>Det här projektet är filen %1; dess automatiska säkerhetskopior finns i %2.</translation>
    </message>
    <message>
        <source>A project is one file ending in .dialog, with its automatic backups in a folder beside it.</source>
        <translation>Ett projekt är en fil som slutar på .dialog, med sina automatiska säkerhetskopior i en mapp bredvid.</translation>
    </message>
    <message>
        <source>What is stored, and where</source>
        <translation>Vad som sparas, och var</translation>
    </message>
    <message>
        <source>Everything about a dialogue is in the project file: the notes as typed (which may name people), who typed each note (the computer&apos;s user name), the participant register (Edit ▸ Participant register…: name, and only when you fill them in organisation, group, role, e-mail, phone, consent and the purpose they are kept for), the choices made on possible names, and each note&apos;s history.</source>
        <translation>Allt om en dialog finns i projektfilen: anteckningarna som de skrevs (de kan nämna personer), vem som skrev varje anteckning (datorns användarnamn), deltagarregistret (Redigera ▸ Deltagarregister…: namn, och bara när du fyller i dem organisation, grupp, roll, e-post, telefon, samtycke och syftet de sparas för), valen som gjorts för möjliga namn, och varje antecknings historik.</translation>
    </message>
    <message>
        <source>Text typed in the capture box and not yet saved is kept as a draft in the app&apos;s own folder, so a crash cannot take it. The log file holds no notes and no names. Nothing is sent anywhere: the app works offline.</source>
        <translation>Text som skrivits i anteckningsrutan men inte sparats än hålls som ett utkast i appens egen mapp, så att en krasch inte kan ta den. Loggfilen innehåller inga anteckningar och inga namn. Inget skickas någonstans: appen fungerar utan nätverk.</translation>
    </message>
    <message>
        <source>Names nobody registered are looked for with lists of first names and surnames common in Sweden and the words around them (“enligt”, “sa”, titles). Edit ▸ Possible names… lists what was found, and the review marks them in the notes: N masks a name in every export, Shift+N keeps it as written. The app can miss a name it does not know, and can take a product or a place for one: that is why you decide.</source>
        <translation>Namn som ingen registrerat söks med listor över för- och efternamn som är vanliga i Sverige och orden runt dem (”enligt”, ”sa”, titlar). Redigera ▸ Möjliga namn… listar det som hittats, och granskningen markerar dem i anteckningarna: N maskerar ett namn i varje export, Skift+N behåller det som det står. Appen kan missa ett namn den inte känner till och kan ta en produkt eller en plats för ett: därför avgör du.</translation>
    </message>
    <message>
        <source>A person&apos;s rights: extract and erasure</source>
        <translation>En persons rättigheter: registerutdrag och radering</translation>
    </message>
    <message>
        <source>Edit ▸ A person&apos;s data… (or Extract or erase… in the register) finds everything the project holds about one person: their register entries, and every note (also in the bin), earlier version of a note, synthesis, dialogue, setting and unsent draft that names them by full name (with its endings), e-mail or phone. A first name alone is not searched for: ask for it on its own.</source>
        <translation>Redigera ▸ En persons uppgifter… (eller Utdrag eller radering… i registret) hittar allt projektet har om en person: personens registerposter, och varje anteckning (också i papperskorgen), tidigare version av en anteckning, sammanfattning, dialog, inställning och osänt utkast som nämner hen med fullständigt namn (med ändelser), e-post eller telefon. Ett förnamn ensamt söks inte: sök på det för sig.</translation>
    </message>
    <message>
        <source>Save extract… writes it as a PDF for the person and as JSON beside it.</source>
        <translation>Spara utdrag… skriver det som PDF till personen och som JSON bredvid.</translation>
    </message>
    <message>
        <source>Erase… removes their register entries and replaces every mention with “[borttagen person]”, also in the history and the search index, then rewrites the file so that no trace is left in it. Edit ▸ Undo brings it back until the project is closed; after that it is final. Backups made before that still hold the person are listed, and can be erased too.</source>
        <translation>Radera… tar bort personens registerposter och ersätter varje omnämnande med ”[borttagen person]”, också i historiken och sökindexet, och skriver sedan om filen så att inga spår finns kvar i den. Redigera ▸ Ångra tar tillbaka det tills projektet stängs; därefter är det slutgiltigt. Säkerhetskopior från tiden före som fortfarande innehåller personen listas och kan också raderas.</translation>
    </message>
    <message>
        <source>Retention (gallring)</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>File ▸ Retention date… sets the last day the project&apos;s personal data may be kept. When it has passed, opening the project says so and offers to anonymise it (erase every registered person and every confirmed name) or to export it for the archive first.</source>
        <translation>Arkiv ▸ Gallringsdatum… anger den sista dagen projektets personuppgifter får sparas. När den har passerat säger appen det när projektet öppnas och erbjuder att anonymisera det (radera varje registrerad person och varje bekräftat namn) eller att först exportera det för arkivet.</translation>
    </message>
    <message>
        <source>What the app cannot reach</source>
        <translation>Det appen inte når</translation>
    </message>
    <message>
        <source>Copies of the project elsewhere (table projects, a mailed copy, a USB stick), documents exported earlier, and other systems hold what they held: erase or delete them there. A merge brings back notes from a copy that was not erased.</source>
        <translation>Kopior av projektet på andra ställen (bordsprojekt, en mejlad kopia, ett USB-minne), dokument som exporterats tidigare och andra system behåller det de hade: radera dem där. En sammanslagning tar tillbaka anteckningar från en kopia som inte raderats.</translation>
    </message>
    <message>
        <source>How names are found</source>
        <translation>Hur namn hittas</translation>
    </message>
    <message>
        <source>Names in the participant register are found in the notes, also in the genitive (“Annas”, “Anna Svenssons”).</source>
        <translation>Namn i deltagarregistret hittas i anteckningarna, även i genitiv (”Annas”, ”Anna Svenssons”).</translation>
    </message>
    <message>
        <source>E-mail addresses, phone numbers, personal identity numbers and coordination numbers are found by their form.</source>
        <translation>E-postadresser, telefonnummer, personnummer och samordningsnummer hittas på sin form.</translation>
    </message>
    <message>
        <source>What goes out</source>
        <translation>Vad som går ut</translation>
    </message>
    <message>
        <source>An export masks all of the above unless you explicitly include personal data, and stops at possible names nobody decided on. The document lists what was searched for and says that nothing else was.</source>
        <translation>En export maskerar allt ovan om du inte uttryckligen tar med personuppgifter, och stannar vid möjliga namn som ingen tagit ställning till. Dokumentet listar vad som söktes efter och säger att inget annat gjordes det.</translation>
    </message>
</context>
<context>
    <name>ProjectBanner</name>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Open the project for editing, now that the other window may have closed it</source>
        <translation>Öppna projektet för redigering, nu när det andra fönstret kanske har stängt det</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Visa mappen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Read-only: this project was opened for reading only.</source>
        <translation>Skrivskyddat: projektet öppnades bara för läsning.</translation>
    </message>
</context>
<context>
    <name>ProjectDialogs</name>
    <message>
        <source>Put the backup from %1 (%2 notes) in place of “%3”?

The project as it is now is backed up first; the window reopens it when the restore is done.</source>
        <translation>Sätta säkerhetskopian från %1 (%2 anteckningar) i stället för ”%3”?

Projektet som det är nu säkerhetskopieras först; fönstret öppnar det igen när återställningen är klar.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. Nothing has been written to it.</source>
        <translation>”%1” är skadat och kan inte öppnas. Ingenting har skrivits i det.</translation>
    </message>
    <message>
        <source>The newest sound backup is from %1 and holds %2 notes. Restore it? The damaged file is kept, as it is, in the backup folder.</source>
        <translation>Den senaste hela säkerhetskopian är från %1 och har %2 anteckningar. Vill du återställa den? Den skadade filen sparas som den är i mappen för säkerhetskopior.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Återställ säkerhetskopian</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>Dialogue projects (*%1)</source>
        <translation>Dialogprojekt (*%1)</translation>
    </message>
    <message>
        <source>Save a copy of the project</source>
        <translation>Spara en kopia av projektet</translation>
    </message>
    <message>
        <source>“%1” already exists. A copy never replaces a file; choose another name.</source>
        <translation>”%1” finns redan. En kopia ersätter aldrig en fil; välj ett annat namn.</translation>
    </message>
</context>
<context>
    <name>ProjectFactsDialog</name>
    <message>
        <source>Project settings</source>
        <translation>Projektinställningar</translation>
    </message>
    <message>
        <source>e.g. Region Västernorrland</source>
        <translation>t.ex. Region Västernorrland</translation>
    </message>
    <message>
        <source>Printed on the report&apos;s cover</source>
        <translation>Skrivs ut på rapportens framsida</translation>
    </message>
    <message>
        <source>Where the meetings are held: exported times are printed in this zone</source>
        <translation>Där mötena hålls: exporterade tider skrivs ut i den här tidszonen</translation>
    </message>
    <message>
        <source>The language exports are written in unless another is chosen</source>
        <translation>Språket som exporter skrivs på om inget annat väljs</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Arrangör:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tids&amp;zon:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>The organiser is printed on the report&apos;s cover. Times in exports and in the dialogue form are in the time zone of the meetings, whatever the computer&apos;s.</source>
        <translation>Arrangören skrivs ut på rapportens framsida. Tider i exporter och i dialogformuläret anges i mötenas tidszon, oavsett datorns.</translation>
    </message>
    <message>
        <source>A project needs a title.</source>
        <translation>Ett projekt behöver en titel.</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>Dialogue projects (*%1)</source>
        <translation>Dialogprojekt (*%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Öppna projekt</translation>
    </message>
</context>
<context>
    <name>ProjectNotice</name>
    <message>
        <source>Read-only: this file or its folder cannot be written here (a locked USB stick, a CD or a network folder you may only read). You can read and export; to edit, save a copy somewhere you may write (File → Save a copy…) and open that.</source>
        <translation>Skrivskyddat: filen eller dess mapp går inte att skriva till här (ett låst USB-minne, en cd eller en nätverksmapp som du bara får läsa). Du kan läsa och exportera; vill du redigera, spara en kopia där du får skriva (Arkiv → Spara en kopia…) och öppna den.</translation>
    </message>
    <message>
        <source>What you see was read from a prepared copy; the file itself was not changed.</source>
        <translation>Det du ser lästes från en förberedd kopia; själva filen ändrades inte.</translation>
    </message>
    <message>
        <source>dialog_app stopped in the middle of saving last time. That unfinished change was undone; every note that was shown as saved is in the project.</source>
        <translation>dialog_app stängdes mitt i en sparning förra gången. Den ofullständiga ändringen togs tillbaka; varje anteckning som visades som sparad finns i projektet.</translation>
    </message>
    <message>
        <source>Changes that an earlier version of dialog_app left beside the file have been written into it.</source>
        <translation>Ändringar som en tidigare version av dialog_app lämnade bredvid filen har skrivits in i den.</translation>
    </message>
    <message>
        <source>A file beside the project belonged to another database or to an earlier copy of this one, and would have damaged the project. It was not applied; it is kept at %1.</source>
        <translation>En fil bredvid projektet hörde till en annan databas eller till en tidigare kopia av det här projektet och skulle ha skadat det. Den användes inte; den sparas i %1.</translation>
    </message>
    <message>
        <source>The project was still marked as open in dialog_app on the computer %1 (since %2), but that dialog_app stopped without closing it. The mark was out of date; this window now edits the project.</source>
        <translation>Projektet var fortfarande markerat som öppet i dialog_app på datorn %1 (sedan %2), men programmet avslutades utan att stänga det. Markeringen var inaktuell, och nu redigerar det här fönstret projektet.</translation>
    </message>
    <message>
        <source>The backup made when a project is opened could not be written (is the disk full?). Everything else works; free some space so that the next backups can be made.</source>
        <translation>Säkerhetskopian som görs när ett projekt öppnas kunde inte skrivas (är disken full?). Allt annat fungerar; frigör utrymme så att nästa säkerhetskopior kan göras.</translation>
    </message>
    <message>
        <source>The project was saved by an older version of dialog_app and has been upgraded. The file as it was is kept as a backup (File → Restore from backup…).</source>
        <translation>Projektet sparades av en äldre version av dialog_app och har uppgraderats. Filen som den var finns kvar som säkerhetskopia (Arkiv → Återställ från säkerhetskopia…).</translation>
    </message>
    <message>
        <source>Read-only: this project is open for editing in another dialog_app window. You can read and export here; to edit, close it there and choose Try again.</source>
        <translation>Skrivskyddat: projektet är öppet för redigering i ett annat dialog_app-fönster. Här kan du läsa och exportera; vill du redigera, stäng det där och välj Försök igen.</translation>
    </message>
    <message>
        <source>Read-only: this project is open for editing in another dialog_app window on this computer (since %1). You can read and export here; to edit, close it there and choose Try again.</source>
        <translation>Skrivskyddat: projektet är öppet för redigering i ett annat dialog_app-fönster på den här datorn (sedan %1). Här kan du läsa och exportera; vill du redigera, stäng det där och välj Försök igen.</translation>
    </message>
    <message>
        <source>Read-only: %1 has this project open for editing on %2 (since %3). You can read and export here; to edit, close it there and choose Try again.</source>
        <translation>Skrivskyddat: %1 har projektet öppet för redigering på %2 (sedan %3). Här kan du läsa och exportera; vill du redigera, stäng det där och välj Försök igen.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>någon</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>den här datorn</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>[e-mail]</source>
        <translation>[e-post]</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[telefon]</translation>
    </message>
    <message>
        <source>[ID number]</source>
        <translation>[personnummer]</translation>
    </message>
    <message>
        <source>[name]</source>
        <translation>[namn]</translation>
    </message>
    <message>
        <source>The next question will appear here</source>
        <translation>Nästa fråga visas här</translation>
    </message>
    <message>
        <source>Notes on this question will appear here as they are captured.</source>
        <translation>Anteckningar om frågan visas här när de skrivs in.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n till</numerusform>
            <numerusform>+%n till</numerusform>
        </translation>
    </message>
    <message>
        <source>Other input</source>
        <translation>Övriga inspel</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QuoteList</name>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Take away</source>
        <translation>&amp;Ta bort</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <source>Key quotes</source>
        <translation>Nyckelcitat</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Upp</translation>
    </message>
    <message>
        <source>Move the quote up (Alt+Up)</source>
        <translation>Flytta upp citatet (Alt+Upp)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Move the quote down (Alt+Down)</source>
        <translation>Flytta ned citatet (Alt+Ned)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the quote from this theme&apos;s key quotes (Delete)</source>
        <translation>Ta bort citatet från temats nyckelcitat (Delete)</translation>
    </message>
    <message>
        <source>In the bin</source>
        <translation>I papperskorgen</translation>
    </message>
    <message>
        <source>No longer tagged with this theme</source>
        <translation>Inte längre taggad med temat</translation>
    </message>
    <message numerus="yes">
        <source>Key quotes (%n)</source>
        <translation>
            <numerusform>Nyckelcitat (%n)</numerusform>
            <numerusform>Nyckelcitat (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>dialog_app backs the project up when it is opened, and every ten minutes while it changes. Choose the backup to put in place of “%1”. The project as it is now is backed up first, so a restore can be undone the same way.</source>
        <translation>dialog_app säkerhetskopierar projektet när det öppnas, och var tionde minut medan det ändras. Välj den säkerhetskopia som ska ersätta ”%1”. Projektet som det är nu säkerhetskopieras först, så en återställning kan ångras på samma sätt.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Läser säkerhetskopiorna…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s), newest first.</source>
        <translation>
            <numerusform>%n säkerhetskopia, den senaste först.</numerusform>
            <numerusform>%n säkerhetskopior, den senaste först.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups of this project yet. The first is made the next time it is opened.</source>
        <translation>Det finns inga säkerhetskopior av projektet ännu. Den första görs nästa gång det öppnas.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention date</source>
        <translation>Gallringsdatum</translation>
    </message>
    <message>
        <source>The last day the personal data in this project may be kept (gallring). From the day after, opening the project says so and offers to anonymise it, or to export it for the archive first.</source>
        <translation>Den sista dagen som personuppgifterna i projektet får sparas (gallring). Från dagen därpå sägs det när projektet öppnas, med ett erbjudande om att anonymisera det, eller att först exportera det för arkivet.</translation>
    </message>
    <message>
        <source>&amp;Delete or anonymise the personal data after:</source>
        <translation>&amp;Radera eller anonymisera personuppgifterna efter:</translation>
    </message>
</context>
<context>
    <name>RetentionDuePrompt</name>
    <message>
        <source>Retention date passed</source>
        <translation>Gallringsdatumet har passerat</translation>
    </message>
    <message>
        <source>The retention date of this project, %1, has passed.</source>
        <translation>Projektets gallringsdatum, %1, har passerat.</translation>
    </message>
    <message>
        <source>The personal data in it was to be deleted or anonymised after that day. Anonymising erases every registered participant and every name confirmed for masking, in every note, synthesis and earlier version. Export the project for the archive first if it is to be kept.</source>
        <translation>Personuppgifterna i projektet skulle raderas eller anonymiseras efter den dagen. Att anonymisera raderar alla registrerade deltagare och alla namn som bekräftats för maskering, i varje anteckning, sammanfattning och tidigare version. Exportera projektet för arkivet först om det ska bevaras.</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymisera…</translation>
    </message>
    <message>
        <source>&amp;Export for the archive first…</source>
        <translation>&amp;Exportera för arkivet först…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Senare</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Theme %1</source>
        <translation>Tema %1</translation>
    </message>
    <message>
        <source>Tag with a theme…</source>
        <translation>Tagga med ett tema…</translation>
    </message>
    <message>
        <source>Remove a theme…</source>
        <translation>Ta bort ett tema…</translation>
    </message>
    <message>
        <source>Accept the suggested theme</source>
        <translation>Godkänn det föreslagna temat</translation>
    </message>
    <message>
        <source>Reject the suggested theme</source>
        <translation>Avvisa det föreslagna temat</translation>
    </message>
    <message>
        <source>&amp;Accept a suggestion…</source>
        <translation>&amp;Godkänn ett förslag…</translation>
    </message>
    <message>
        <source>Re&amp;ject a suggestion…</source>
        <translation>A&amp;vvisa ett förslag…</translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation>Nyckelcitat</translation>
    </message>
    <message>
        <source>Merge the two selected notes</source>
        <translation>Slå ihop de två valda anteckningarna</translation>
    </message>
    <message>
        <source>Find possible duplicates…</source>
        <translation>Hitta möjliga dubbletter…</translation>
    </message>
    <message>
        <source>Move to the bin</source>
        <translation>Flytta till papperskorgen</translation>
    </message>
    <message>
        <source>Mask the possible names (a person’s name)</source>
        <translation>Maskera de möjliga namnen (en persons namn)</translation>
    </message>
    <message>
        <source>Not a name: keep as written</source>
        <translation>Inget namn: behåll som skrivet</translation>
    </message>
    <message>
        <source>The active framework has no theme number %1.</source>
        <translation>Det aktiva ramverket har inget tema nummer %1.</translation>
    </message>
    <message>
        <source>Tag the selected notes with</source>
        <translation>Tagga de valda anteckningarna med</translation>
    </message>
    <message>
        <source>Remove from the selected notes</source>
        <translation>Ta bort från de valda anteckningarna</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n note(s) with “%1”.</source>
        <translation>
            <numerusform>Taggade %n anteckning med ”%1”.</numerusform>
            <numerusform>Taggade %n anteckningar med ”%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” from %n note(s).</source>
        <translation>
            <numerusform>Tog bort ”%1” från %n anteckning.</numerusform>
            <numerusform>Tog bort ”%1” från %n anteckningar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected notes have no suggested theme.</source>
        <translation>De valda anteckningarna har inget föreslaget tema.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted “%1” for %n note(s).</source>
        <translation>
            <numerusform>Godkände ”%1” för %n anteckning.</numerusform>
            <numerusform>Godkände ”%1” för %n anteckningar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected “%1” for %n note(s).</source>
        <translation>
            <numerusform>Avvisade ”%1” för %n anteckning.</numerusform>
            <numerusform>Avvisade ”%1” för %n anteckningar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept for the selected notes</source>
        <translation>Godkänn för de valda anteckningarna</translation>
    </message>
    <message>
        <source>Reject for the selected notes</source>
        <translation>Avvisa för de valda anteckningarna</translation>
    </message>
    <message numerus="yes">
        <source>Set %n note(s) to “%1”.</source>
        <translation>
            <numerusform>Satte %n anteckning till ”%1”.</numerusform>
            <numerusform>Satte %n anteckningar till ”%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed the key-quote mark of %n note(s).</source>
        <translation>
            <numerusform>Ändrade nyckelcitatmarkeringen på %n anteckning.</numerusform>
            <numerusform>Ändrade nyckelcitatmarkeringen på %n anteckningar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select exactly two notes to merge.</source>
        <translation>Välj exakt två anteckningar att slå ihop.</translation>
    </message>
    <message numerus="yes">
        <source>Merged the two notes; the kept note has %n vote(s).</source>
        <translation>
            <numerusform>Slog ihop de två anteckningarna; den kvarvarande har %n röst.</numerusform>
            <numerusform>Slog ihop de två anteckningarna; den kvarvarande har %n röster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n note(s) to the bin. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Flyttade %n anteckning till papperskorgen. Ctrl+Z tar tillbaka den.</numerusform>
            <numerusform>Flyttade %n anteckningar till papperskorgen. Ctrl+Z tar tillbaka dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation>Letar efter möjliga dubbletter…</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n note(s) into the first of their group.</source>
        <translation>
            <numerusform>Slog ihop %n anteckning med den första i gruppen.</numerusform>
            <numerusform>Slog ihop %n anteckningar med den första i gruppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected notes hold no possible names.</source>
        <translation>De markerade anteckningarna innehåller inga möjliga namn.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) will be masked in every export.</source>
        <translation>
            <numerusform>%n namn maskeras i varje export.</numerusform>
            <numerusform>%n namn maskeras i varje export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) marked as not a name; printed as written.</source>
        <translation>
            <numerusform>%n namn markerat som inget namn; skrivs ut som det står.</numerusform>
            <numerusform>%n namn markerade som inga namn; skrivs ut som de står.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag with</source>
        <translation>Tagga med</translation>
    </message>
    <message>
        <source>Remove theme</source>
        <translation>Ta bort tema</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Godkänn förslag</translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>Avvisa förslag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Select one or more notes first.</source>
        <translation>Välj en eller flera anteckningar först.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Edit themes and frameworks…</source>
        <translation>Redigera teman och ramverk…</translation>
    </message>
    <message>
        <source>Saved the filter “%1”.</source>
        <translation>Sparade filtret ”%1”.</translation>
    </message>
    <message>
        <source>Deleted the saved filter “%1”.</source>
        <translation>Tog bort det sparade filtret ”%1”.</translation>
    </message>
</context>
<context>
    <name>ReviewTable</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolumner</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Intressentgrupp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <source>Key quote</source>
        <translation>Nyckelcitat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dubblett</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupp %1</translation>
    </message>
    <message>
        <source>Possible name: %1 — N: mask, Shift+N: not a name</source>
        <translation>Möjligt namn: %1 — N: maskera, Skift+N: inget namn</translation>
    </message>
    <message>
        <source>%1 will be masked in exports — Shift+N: not a name</source>
        <translation>%1 maskeras i exporter — Skift+N: inget namn</translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <source>Save the note (it is on disk before it shows as saved)</source>
        <translation>Spara anteckningen (den finns på disk innan den visas som sparad)</translation>
    </message>
    <message>
        <source>New line in the note</source>
        <translation>Ny rad i anteckningen</translation>
    </message>
    <message>
        <source>Next question / back to the previous one</source>
        <translation>Nästa fråga / tillbaka till föregående</translation>
    </message>
    <message>
        <source>Stakeholder group of the next notes (Alt+0: none)</source>
        <translation>Intressentgrupp för nästa anteckningar (Alt+0: ingen)</translation>
    </message>
    <message>
        <source>Kind: statement, idea, concern, question</source>
        <translation>Typ: synpunkt, idé, farhåga, fråga</translation>
    </message>
    <message>
        <source>Table or breakout group (Enter or Esc: back to typing)</source>
        <translation>Bord eller grupp (Enter eller Esc: tillbaka till skrivandet)</translation>
    </message>
    <message>
        <source>Theme on the note being typed, or on the last note</source>
        <translation>Tema på anteckningen som skrivs, eller på den senaste</translation>
    </message>
    <message>
        <source>Mark as key quote</source>
        <translation>Markera som nyckelcitat</translation>
    </message>
    <message>
        <source>One dot vote more / less</source>
        <translation>En prick mer / mindre</translation>
    </message>
    <message>
        <source>Hide from the projector / show again</source>
        <translation>Dölj för projektorn / visa igen</translation>
    </message>
    <message>
        <source>To the list of notes (Esc: back to typing)</source>
        <translation>Till listan med anteckningar (Esc: tillbaka till skrivandet)</translation>
    </message>
    <message>
        <source>In the list: choose a note, edit it, delete it</source>
        <translation>I listan: välj en anteckning, redigera den, ta bort den</translation>
    </message>
    <message>
        <source>In the list: dot votes of the chosen note</source>
        <translation>I listan: prickar på den valda anteckningen</translation>
    </message>
    <message>
        <source>Undo / redo (in an empty box: the last action)</source>
        <translation>Ångra / gör om (i en tom ruta: senaste åtgärden)</translation>
    </message>
    <message>
        <source>Show or close the projector view</source>
        <translation>Visa eller stäng projektorvyn</translation>
    </message>
    <message>
        <source>On this screen</source>
        <translation>På den här skärmen</translation>
    </message>
    <message>
        <source>This screen has no keys of its own.</source>
        <translation>Den här skärmen har inga egna kortkommandon.</translation>
    </message>
    <message>
        <source>On every screen (the menus)</source>
        <translation>På alla skärmar (menyerna)</translation>
    </message>
    <message>
        <source>F1 or Esc closes this list.</source>
        <translation>F1 eller Esc stänger listan.</translation>
    </message>
    <message>
        <source>Show or close this help</source>
        <translation>Visa eller stäng den här hjälpen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>In the organisations present: remove the chosen one</source>
        <translation>I organisationerna som deltar: ta bort den valda</translation>
    </message>
    <message>
        <source>Mask the chosen names in every export</source>
        <translation>Maskera de valda namnen i varje export</translation>
    </message>
    <message>
        <source>Keep the chosen names as written</source>
        <translation>Behåll de valda namnen som de står</translation>
    </message>
    <message>
        <source>Take the choice back: the names wait again</source>
        <translation>Ångra valet: namnen väntar på beslut igen</translation>
    </message>
    <message>
        <source>Back / forward in the guide</source>
        <translation>Bakåt / framåt i guiden</translation>
    </message>
    <message>
        <source>In the page: to the next link / follow it</source>
        <translation>På sidan: till nästa länk / följ den</translation>
    </message>
    <message>
        <source>In the tree: delete the chosen theme</source>
        <translation>I trädet: ta bort det valda temat</translation>
    </message>
    <message>
        <source>In the tree: edit the chosen theme&apos;s name</source>
        <translation>I trädet: ändra namnet på det valda temat</translation>
    </message>
    <message>
        <source>In the tree: move the theme up, down, in under the one above, or out</source>
        <translation>I trädet: flytta temat upp, ner, in under temat ovanför eller ut</translation>
    </message>
    <message>
        <source>A new theme at the top level</source>
        <translation>Ett nytt tema på översta nivån</translation>
    </message>
    <message>
        <source>A new theme under the chosen one</source>
        <translation>Ett nytt tema under det valda</translation>
    </message>
    <message>
        <source>Save the theme&apos;s name, code and keywords</source>
        <translation>Spara temats namn, kod och nyckelord</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>Ångra / gör om</translation>
    </message>
    <message>
        <source>In the table: show the cell&apos;s notes in the review</source>
        <translation>I tabellen: visa rutans anteckningar under Granska</translation>
    </message>
    <message>
        <source>Edit the chosen person</source>
        <translation>Redigera den valda personen</translation>
    </message>
    <message>
        <source>Remove the chosen person from the register</source>
        <translation>Ta bort den valda personen ur registret</translation>
    </message>
    <message>
        <source>Status of the selected notes: reviewed</source>
        <translation>De valda anteckningarnas status: granskad</translation>
    </message>
    <message>
        <source>Status of the selected notes: approved</source>
        <translation>De valda anteckningarnas status: godkänd för publicering</translation>
    </message>
    <message>
        <source>Status of the selected notes: excluded</source>
        <translation>De valda anteckningarnas status: utesluten</translation>
    </message>
    <message>
        <source>Status of the selected notes: back to captured</source>
        <translation>De valda anteckningarnas status: tillbaka till inmatad</translation>
    </message>
    <message>
        <source>Theme 1–9 of the list on the selected notes, or off again</source>
        <translation>Tema 1–9 i listan på de valda anteckningarna, eller av igen</translation>
    </message>
    <message>
        <source>To the search box</source>
        <translation>Till sökrutan</translation>
    </message>
    <message>
        <source>Show or close the keys of this screen</source>
        <translation>Visa eller stäng skärmens kortkommandon</translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation>Ångra det senaste</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Gör om det som ångrades</translation>
    </message>
    <message>
        <source>The context menu of the list or field in use</source>
        <translation>Snabbmenyn för listan eller fältet du står i</translation>
    </message>
    <message>
        <source>In the key quotes: move the chosen quote up / down</source>
        <translation>I nyckelcitaten: flytta det valda citatet upp / ner</translation>
    </message>
    <message>
        <source>In the key quotes: take the chosen quote away</source>
        <translation>I nyckelcitaten: ta bort det valda citatet</translation>
    </message>
    <message>
        <source>In the theme&apos;s notes: add the chosen note to the key quotes</source>
        <translation>I temats anteckningar: lägg till den valda anteckningen som nyckelcitat</translation>
    </message>
    <message>
        <source>In the columns: move the chosen column up / down</source>
        <translation>I kolumnerna: flytta den valda kolumnen upp / ned</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Lines such as “Civil society:” name a stakeholder group</source>
        <translation>Rader som ”Civilsamhälle:” anger en intressentgrupp</translation>
    </message>
    <message>
        <source>The notes after such a line, or after a bold lead-in, belong to that group until the next one</source>
        <translation>Anteckningarna efter en sådan rad, eller efter en fet inledning, hör till den gruppen fram till nästa</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodning:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Avgränsare:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Blad:</translation>
    </message>
    <message>
        <source>Looking at the file…</source>
        <translation>Tittar på filen…</translation>
    </message>
</context>
<context>
    <name>StampBar</name>
    <message>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>no table</source>
        <translation>inget bord</translation>
    </message>
    <message>
        <source>Table (Alt+T):</source>
        <translation>Bord (Alt+T):</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupp:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
</context>
<context>
    <name>SuggestionChip</name>
    <message>
        <source>Suggested themes, not yet applied: a dashed label matched the note&apos;s words; a dotted label with ≈ is like notes you tagged. A accepts, R rejects.</source>
        <translation>Föreslagna teman, ännu inte tillagda: en streckad etikett matchade anteckningens ord; en prickad etikett med ≈ liknar anteckningar du har taggat. A godkänner, R avvisar.</translation>
    </message>
    <message>
        <source>suggested: like notes you tagged</source>
        <translation>föreslaget: liknar anteckningar du har taggat</translation>
    </message>
    <message>
        <source>suggested: %1</source>
        <translation>föreslaget: %1</translation>
    </message>
</context>
<context>
    <name>SuggestionWhy</name>
    <message numerus="yes">
        <source>like %n note(s) you tagged</source>
        <translation>
            <numerusform>som %n anteckning du har taggat</numerusform>
            <numerusform>som %n anteckningar du har taggat</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, e.g. %2</source>
        <translation>%1, t.ex. %2</translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation>matchade: %1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Edit ▸ Undo takes the whole import back in one step. A backup of the project as it was is kept as well.</source>
        <translation>Redigera ▸ Ångra tar tillbaka hela importen i ett steg. En säkerhetskopia av projektet som det var sparas också.</translation>
    </message>
    <message>
        <source>Show these notes in the &amp;review</source>
        <translation>Visa anteckningarna under &amp;Granska</translation>
    </message>
    <message>
        <source>Imported into “%1”</source>
        <translation>Importerat till ”%1”</translation>
    </message>
    <message>
        <source>The themes are imported</source>
        <translation>Temana är importerade</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Already there, skipped</source>
        <translation>Fanns redan, hoppades över</translation>
    </message>
    <message>
        <source>New questions</source>
        <translation>Nya frågor</translation>
    </message>
    <message>
        <source>New stakeholder groups</source>
        <translation>Nya intressentgrupper</translation>
    </message>
    <message>
        <source>New themes</source>
        <translation>Nya teman</translation>
    </message>
    <message>
        <source>Theme syntheses</source>
        <translation>Temasammanfattningar</translation>
    </message>
    <message>
        <source>Notes tagged with themes</source>
        <translation>Anteckningar taggade med teman</translation>
    </message>
    <message>
        <source>Participants registered</source>
        <translation>Registrerade deltagare</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <source>Into a &amp;new dialogue</source>
        <translation>Till en &amp;ny dialog</translation>
    </message>
    <message>
        <source>Into a dialogue &amp;already in the project</source>
        <translation>Till en dialog som &amp;redan finns i projektet</translation>
    </message>
    <message>
        <source>Title of the new dialogue</source>
        <translation>Den nya dialogens titel</translation>
    </message>
    <message>
        <source>Dialogue to import into</source>
        <translation>Dialog att importera till</translation>
    </message>
    <message>
        <source>&amp;Skip what is already there</source>
        <translation>&amp;Hoppa över det som redan finns</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n note(s).</source>
        <translation>
            <numerusform>Filen innehåller %n anteckning.</numerusform>
            <numerusform>Filen innehåller %n anteckningar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n fråga</numerusform>
            <numerusform>%n frågor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder group(s)</source>
        <translation>
            <numerusform>%n intressentgrupp</numerusform>
            <numerusform>%n intressentgrupper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n teman</numerusform>
        </translation>
    </message>
    <message>
        <source>They come with %1.</source>
        <translation>Med dem följer %1.</translation>
    </message>
    <message>
        <source>This file was imported on %1.</source>
        <translation>Den här filen importerades %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of its %n note(s) are already in this dialogue.</source>
        <translation>
            <numerusform>%1 av dess %n anteckning finns redan i den här dialogen.</numerusform>
            <numerusform>%1 av dess %n anteckningar finns redan i den här dialogen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemeActions</name>
    <message>
        <source>New sub-theme</source>
        <translation>Nytt undertema</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>”%1” har sparats.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1”; %n note(s) lost it. Ctrl+Z undoes this.</source>
        <translation>
            <numerusform>”%1” har tagits bort; %n anteckning förlorade det. Ångra med Ctrl+Z.</numerusform>
            <numerusform>”%1” har tagits bort; %n anteckningar förlorade det. Ångra med Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”. Ctrl+Z undoes this.</source>
        <translation>”%1” har tagits bort. Ångra med Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n sub-theme(s)?</source>
        <translation>
            <numerusform>Ta bort ”%1” och dess %n undertema?</numerusform>
            <numerusform>Ta bort ”%1” och dess %n underteman?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Ta bort ”%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) lose this theme.</source>
        <translation>
            <numerusform>%n anteckning förlorar det här temat.</numerusform>
            <numerusform>%n anteckningar förlorar det här temat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its written synthesis and chosen quotes go with it.</source>
        <translation>Temats skrivna sammanfattning och valda citat försvinner också.</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Du kan ångra det med Ctrl+Z.</translation>
    </message>
    <message>
        <source>There is no other theme to merge “%1” into.</source>
        <translation>Det finns inget annat tema att slå ihop ”%1” med.</translation>
    </message>
    <message>
        <source>Merge themes</source>
        <translation>Slå ihop teman</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Slå ihop ”%1” med:</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”?</source>
        <translation>Slå ihop ”%1” med ”%2”?</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) gain “%1”.</source>
        <translation>
            <numerusform>%n anteckning får ”%1”.</numerusform>
            <numerusform>%n anteckningar får ”%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its sub-themes, keywords and synthesis move there, and “%1” is removed.</source>
        <translation>Dess underteman, nyckelord och sammanfattning flyttas dit, och ”%1” tas bort.</translation>
    </message>
    <message numerus="yes">
        <source>Merged into “%1”; %n note(s) gained it.</source>
        <translation>
            <numerusform>Sammanslaget med ”%1”; %n anteckning fick temat.</numerusform>
            <numerusform>Sammanslaget med ”%1”; %n anteckningar fick temat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemeForm</name>
    <message>
        <source>A theme needs a name</source>
        <translation>Ett tema behöver ett namn</translation>
    </message>
    <message>
        <source>e.g. 2.1</source>
        <translation>t.ex. 2.1</translation>
    </message>
    <message>
        <source>Choose the colour the theme has in lists, charts and on the projector</source>
        <translation>Välj temats färg i listor, diagram och på projektorn</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Färg:</translation>
    </message>
    <message>
        <source>What belongs under this theme, in a sentence or two</source>
        <translation>Vad som hör till temat, i en eller två meningar</translation>
    </message>
    <message>
        <source>e.g.
broadband
mobile coverage</source>
        <translation>t.ex.
bredband
mobiltäckning</translation>
    </message>
    <message>
        <source>One keyword or phrase per line (commas also separate them). A note that contains one gets this theme suggested.</source>
        <translation>Ett nyckelord eller en fras per rad (kommatecken skiljer också). En anteckning som innehåller något av dem får temat föreslaget.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Spara ändringar</translation>
    </message>
    <message>
        <source>Save the theme&apos;s changes (Ctrl+S). Undo them with Ctrl+Z.</source>
        <translation>Spara ändringarna av temat (Ctrl+S). Ångra dem med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Återst&amp;äll</translation>
    </message>
    <message>
        <source>Put back what is saved for this theme</source>
        <translation>Ta tillbaka det som är sparat för temat</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Ko&amp;d:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Beskri&amp;vning:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>Nyc&amp;kelord:</translation>
    </message>
    <message>
        <source>Theme “%1”</source>
        <translation>Temat ”%1”</translation>
    </message>
    <message>
        <source>Select a theme to edit it</source>
        <translation>Markera ett tema för att redigera det</translation>
    </message>
    <message>
        <source>Colour of the theme</source>
        <translation>Temats färg</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Färg %1</translation>
    </message>
</context>
<context>
    <name>ThemeList</name>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln anteckning</numerusform>
            <numerusform>%Ln anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Synthesis begun</source>
        <translation>Syntesen är påbörjad</translation>
    </message>
</context>
<context>
    <name>ThemeNotesPanel</name>
    <message>
        <source>Notes on this theme</source>
        <translation>Anteckningar om temat</translation>
    </message>
    <message>
        <source>Search these notes</source>
        <translation>Sök i de här anteckningarna</translation>
    </message>
    <message>
        <source>Search these notes…</source>
        <translation>Sök bland anteckningarna…</translation>
    </message>
    <message>
        <source>Add to key quotes</source>
        <translation>Lägg till som nyckelcitat</translation>
    </message>
    <message>
        <source>Add the selected note to the key quotes (Enter or double-click)</source>
        <translation>Lägg till den markerade anteckningen som nyckelcitat (Enter eller dubbelklick)</translation>
    </message>
    <message>
        <source>★ Key quote</source>
        <translation>★ Nyckelcitat</translation>
    </message>
    <message>
        <source>✓ In the quotes</source>
        <translation>✓ Bland citaten</translation>
    </message>
    <message numerus="yes">
        <source>Notes on this theme (%Ln)</source>
        <translation>
            <numerusform>Anteckningar om temat (%Ln)</numerusform>
            <numerusform>Anteckningar om temat (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemePanel</name>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>The number key that tags with the theme</source>
        <translation>Sifferknappen som taggar med temat</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Alla anteckningar</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(inget tema)</translation>
    </message>
    <message>
        <source>Key %1 tags the selected notes with this theme; drop notes here to tag them</source>
        <translation>Tangent %1 taggar de valda anteckningarna med temat; släpp anteckningar här för att tagga dem</translation>
    </message>
</context>
<context>
    <name>ThemePicker</name>
    <message>
        <source>Find a theme</source>
        <translation>Hitta ett tema</translation>
    </message>
    <message>
        <source>Type part of a theme&apos;s name or code</source>
        <translation>Skriv en del av temats namn eller kod</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Enter picks the highlighted theme; Esc cancels.</source>
        <translation>Enter väljer det markerade temat; Esc avbryter.</translation>
    </message>
</context>
<context>
    <name>ThemeTreeModel</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) tagged with this theme</source>
        <translation>
            <numerusform>%n anteckning har det här temat</numerusform>
            <numerusform>%n anteckningar har det här temat</numerusform>
        </translation>
    </message>
    <message>
        <source>Keywords: %1</source>
        <translation>Nyckelord: %1</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message numerus="yes">
        <source>capture of %n note(s)</source>
        <translation>
            <numerusform>inmatning av %n anteckning</numerusform>
            <numerusform>inmatning av %n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>edit of %n note(s)</source>
        <translation>
            <numerusform>ändring av %n anteckning</numerusform>
            <numerusform>ändring av %n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deletion of %n note(s)</source>
        <translation>
            <numerusform>borttagning av %n anteckning</numerusform>
            <numerusform>borttagning av %n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restoring of %n note(s)</source>
        <translation>
            <numerusform>återställning av %n anteckning</numerusform>
            <numerusform>återställning av %n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tagging of %n note(s)</source>
        <translation>
            <numerusform>taggning av %n anteckning</numerusform>
            <numerusform>taggning av %n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>untagging of %n note(s)</source>
        <translation>
            <numerusform>borttagen tagg på %n anteckning</numerusform>
            <numerusform>borttagen tagg på %n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>status change of %n note(s)</source>
        <translation>
            <numerusform>statusändring av %n anteckning</numerusform>
            <numerusform>statusändring av %n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>key-quote mark on %n note(s)</source>
        <translation>
            <numerusform>nyckelcitatmarkering på %n anteckning</numerusform>
            <numerusform>nyckelcitatmarkering på %n anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>merging of two notes</source>
        <translation>sammanslagning av två anteckningar</translation>
    </message>
    <message numerus="yes">
        <source>merging of %n duplicate note(s)</source>
        <translation>
            <numerusform>sammanslagning av %n dubblett</numerusform>
            <numerusform>sammanslagning av %n dubbletter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rejected suggestion on %n note(s)</source>
        <translation>
            <numerusform>avvisat förslag på %n anteckning</numerusform>
            <numerusform>avvisat förslag på %n anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>accepted suggestions on %n note(s)</source>
        <translation>
            <numerusform>godkända förslag på %n anteckning</numerusform>
            <numerusform>godkända förslag på %n anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>theme edit</source>
        <translation>ändring av tema</translation>
    </message>
    <message>
        <source>theme move</source>
        <translation>flytt av tema</translation>
    </message>
    <message>
        <source>theme deletion</source>
        <translation>borttagning av tema</translation>
    </message>
    <message>
        <source>theme merge</source>
        <translation>sammanslagning av teman</translation>
    </message>
    <message>
        <source>new theme</source>
        <translation>nytt tema</translation>
    </message>
    <message>
        <source>framework rename</source>
        <translation>namnbyte på ramverk</translation>
    </message>
    <message>
        <source>framework edit</source>
        <translation>ändring av ramverk</translation>
    </message>
    <message>
        <source>framework deletion</source>
        <translation>borttagning av ramverk</translation>
    </message>
    <message>
        <source>new framework</source>
        <translation>nytt ramverk</translation>
    </message>
    <message>
        <source>added framework</source>
        <translation>tillagt ramverk</translation>
    </message>
    <message>
        <source>choice of active framework</source>
        <translation>val av aktivt ramverk</translation>
    </message>
    <message>
        <source>adding a key quote</source>
        <translation>tillägg av nyckelcitat</translation>
    </message>
    <message>
        <source>removing a key quote</source>
        <translation>borttagning av nyckelcitat</translation>
    </message>
    <message>
        <source>reordering the key quotes</source>
        <translation>ny ordning på nyckelcitaten</translation>
    </message>
    <message>
        <source>new dialogue</source>
        <translation>ny dialog</translation>
    </message>
    <message numerus="yes">
        <source>import of %n note(s)</source>
        <translation>
            <numerusform>import av %n anteckning</numerusform>
            <numerusform>import av %n anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>merging of projects</source>
        <translation>sammanslagning av projekt</translation>
    </message>
    <message numerus="yes">
        <source>choice for %n possible name(s)</source>
        <translation>
            <numerusform>val för %n möjligt namn</numerusform>
            <numerusform>val för %n möjliga namn</numerusform>
        </translation>
    </message>
    <message>
        <source>adding a participant</source>
        <translation>tillägg av en deltagare</translation>
    </message>
    <message>
        <source>editing a participant</source>
        <translation>ändring av en deltagare</translation>
    </message>
    <message numerus="yes">
        <source>removing %n participant(s)</source>
        <translation>
            <numerusform>borttagning av %n deltagare</numerusform>
            <numerusform>borttagning av %n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>erasure of %n person(s)</source>
        <translation>
            <numerusform>radering av %n person</numerusform>
            <numerusform>radering av %n personer</numerusform>
        </translation>
    </message>
    <message>
        <source>choice of retention date</source>
        <translation>val av gallringsdatum</translation>
    </message>
    <message>
        <source>dialogue edit</source>
        <translation>ändring av dialog</translation>
    </message>
    <message>
        <source>dialogue deletion</source>
        <translation>borttagning av dialog</translation>
    </message>
    <message>
        <source>project settings</source>
        <translation>ändring av projektinställningar</translation>
    </message>
    <message>
        <source>new stakeholder group</source>
        <translation>ny intressentgrupp</translation>
    </message>
    <message>
        <source>stakeholder group rename</source>
        <translation>namnbyte på intressentgrupp</translation>
    </message>
    <message>
        <source>stakeholder group move</source>
        <translation>flytt av intressentgrupp</translation>
    </message>
    <message>
        <source>stakeholder group merge</source>
        <translation>sammanslagning av intressentgrupper</translation>
    </message>
    <message>
        <source>stakeholder group deletion</source>
        <translation>borttagning av intressentgrupp</translation>
    </message>
    <message numerus="yes">
        <source>emptying %n note(s) from the bin</source>
        <translation>
            <numerusform>tömning av %n anteckning ur papperskorgen</numerusform>
            <numerusform>tömning av %n anteckningar ur papperskorgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>User&apos;s guide</source>
        <translation>Användarguide</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bakåt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>WritingPage</name>
    <message>
        <source>No project is open.</source>
        <translation>Inget projekt är öppet.</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>What we heard</source>
        <translation>Vad vi hörde</translation>
    </message>
    <message>
        <source>Summarise what was heard on this theme. It is saved as you type.</source>
        <translation>Sammanfatta vad som kom fram om temat. Texten sparas medan du skriver.</translation>
    </message>
    <message>
        <source>What we &amp;heard</source>
        <translation>Vad vi &amp;hörde</translation>
    </message>
    <message>
        <source>Key quotes</source>
        <translation>Nyckelcitat</translation>
    </message>
    <message>
        <source>This project has no theme framework yet.

Add one under Themes: then write here, theme by theme, what was heard.</source>
        <translation>Projektet har inget temaramverk än.

Lägg till ett under Teman: skriv sedan här, tema för tema, vad ni hörde.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Not saved: will try again</source>
        <translation>Inte sparat: försöker igen</translation>
    </message>
</context>
</TS>
