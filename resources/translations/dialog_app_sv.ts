<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>AgendaPanel</name>
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
        <name>AttendancePanel</name>
        <message>
            <source>Attendance</source>
            <translation>Närvaro</translation>
        </message>
        <message>
            <source>Organisation present, then Enter</source>
            <translation>Organisation som deltar, sedan Enter</translation>
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
        <name>CaptureScreen</name>
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
            <source>This project has no dialogues yet.

Create one with “New dialogue…”: give it a title and its questions, then start it.</source>
            <translation>Projektet har inga dialoger ännu.

Skapa en med ”Ny dialog…”: ge den en titel och dess frågor, och starta den sedan.</translation>
        </message>
        <message>
            <source>The note was not saved, and its text is back in the box. %1</source>
            <translation>Anteckningen sparades inte, och texten finns kvar i rutan. %1</translation>
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
            <source>Notes of this dialogue, newest first: %n</source>
            <translation>
                <numerusform>Dialogens anteckningar, nyaste först: %n</numerusform>
                <numerusform>Dialogens anteckningar, nyaste först: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Open a project to capture notes.</source>
            <translation>Öppna ett projekt för att anteckna.</translation>
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
        <name>DialogueListModel</name>
        <message>
            <source>All dialogues</source>
            <translation>Alla dialoger</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n anteckning</numerusform>
                <numerusform>%n anteckningar</numerusform>
            </translation>
        </message>
        <message>
            <source>online</source>
            <translation>digitalt</translation>
        </message>
    </context>
    <context>
        <name>ErrorText</name>
        <message>
            <source>Something unexpected went wrong: %1</source>
            <translation>Något oväntat gick fel: %1</translation>
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
            <source>“%1” is damaged and cannot be opened. Use a backup copy, or ask for help; the file was not changed.</source>
            <translation>”%1” är skadat och kan inte öppnas. Använd en säkerhetskopia eller be om hjälp; filen har inte ändrats.</translation>
        </message>
        <message>
            <source>“%1” is busy in another program. Close it there and try again.</source>
            <translation>”%1” används av ett annat program. Stäng det där och försök igen.</translation>
        </message>
        <message>
            <source>“%1” could not be read or written. Check that the drive is connected, that there is free space and that you may write there.</source>
            <translation>”%1” kunde inte läsas eller skrivas. Kontrollera att enheten är ansluten, att det finns ledigt utrymme och att du får skriva där.</translation>
        </message>
        <message>
            <source>“%1” cannot be used as a project.</source>
            <translation>”%1” kan inte användas som projekt.</translation>
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
            <source>Overview</source>
            <translation>Överblick</translation>
        </message>
        <message>
            <source>Capture</source>
            <translation>Anteckna</translation>
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
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
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
        <message numerus="yes">
            <source>%1 · %n note(s)</source>
            <translation>
                <numerusform>%1 · %n anteckning</numerusform>
                <numerusform>%1 · %n anteckningar</numerusform>
            </translation>
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
            <source>capture of %n note(s)</source>
            <translation>
                <numerusform>inmatning av %n anteckning</numerusform>
                <numerusform>inmatning av %n anteckningar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>status change of %n note(s)</source>
            <translation>
                <numerusform>statusändring av %n anteckning</numerusform>
                <numerusform>statusändring av %n anteckningar</numerusform>
            </translation>
        </message>
        <message>
            <source>merging of two notes</source>
            <translation>sammanslagning av två anteckningar</translation>
        </message>
        <message numerus="yes">
            <source>rejected suggestion on %n note(s)</source>
            <translation>
                <numerusform>avvisat förslag på %n anteckning</numerusform>
                <numerusform>avvisat förslag på %n anteckningar</numerusform>
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
            <source>last action</source>
            <translation>senaste åtgärden</translation>
        </message>
        <message>
            <source>The new language is used from the next start of dialog_app.</source>
            <translation>Det nya språket används från nästa gång du startar dialog_app.</translation>
        </message>
        <message>
            <source>About dialog_app</source>
            <translation>Om dialog_app</translation>
        </message>
        <message>
            <source>&lt;h3&gt;dialog_app %1&lt;/h3&gt;&lt;p&gt;Capture, tag and summarise what was heard in stakeholder dialogues.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;dialog_app %1&lt;/h3&gt;&lt;p&gt;Dokumentera, tagga och sammanställ det som kom fram i dialoger med intressenter.&lt;/p&gt;</translation>
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
        <name>OverviewPage</name>
        <message>
            <source>Dialogues</source>
            <translation>Dialoger</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>No dialogues yet</source>
            <translation>Inga dialoger ännu</translation>
        </message>
        <message>
            <source>This project has no dialogues yet.

To look around first, open the demo project: File → Open demo project.</source>
            <translation>Projektet har inga dialoger ännu.

Vill du titta runt först, öppna demoprojektet: Arkiv → Öppna demoprojekt.</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n note(s)</source>
            <translation>
                <numerusform>%1 – %n anteckning</numerusform>
                <numerusform>%1 – %n anteckningar</numerusform>
            </translation>
        </message>
        <message>
            <source>No notes here yet. Notes typed during a meeting appear here.</source>
            <translation>Här finns inga anteckningar ännu. Det som skrivs in under ett möte visas här.</translation>
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
            <source>Table or breakout group (Enter: back to typing)</source>
            <translation>Bord eller grupp (Enter: tillbaka till skrivandet)</translation>
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
            <source>Show or close this help</source>
            <translation>Visa eller stäng den här hjälpen</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Kortkommandon</translation>
        </message>
    </context>
    <context>
        <name>StampBar</name>
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
</TS>