<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AttendancePanel</name>
        <message numerus="yes">
            <source>In all: %n person(s)</source>
            <translation>
                <numerusform>In all: %n person</numerusform>
                <numerusform>In all: %n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaptureScreen</name>
        <message numerus="yes">
            <source>Notes of this dialogue, newest first: %n</source>
            <translation>
                <numerusform>Notes of this dialogue, newest first: %n</numerusform>
                <numerusform>Notes of this dialogue, newest first: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DialogueListModel</name>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%1 · %n note(s)</source>
            <translation>
                <numerusform>%1 · %n note</numerusform>
                <numerusform>%1 · %n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>edit of %n note(s)</source>
            <translation>
                <numerusform>edit of %n note</numerusform>
                <numerusform>edit of %n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>deletion of %n note(s)</source>
            <translation>
                <numerusform>deletion of %n note</numerusform>
                <numerusform>deletion of %n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>restoring of %n note(s)</source>
            <translation>
                <numerusform>restoring of %n note</numerusform>
                <numerusform>restoring of %n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>tagging of %n note(s)</source>
            <translation>
                <numerusform>tagging of %n note</numerusform>
                <numerusform>tagging of %n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>untagging of %n note(s)</source>
            <translation>
                <numerusform>untagging of %n note</numerusform>
                <numerusform>untagging of %n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>capture of %n note(s)</source>
            <translation>
                <numerusform>capture of %n note</numerusform>
                <numerusform>capture of %n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>status change of %n note(s)</source>
            <translation>
                <numerusform>status change of %n note</numerusform>
                <numerusform>status change of %n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>rejected suggestion on %n note(s)</source>
            <translation>
                <numerusform>rejected suggestion on %n note</numerusform>
                <numerusform>rejected suggestion on %n notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteCardDelegate</name>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n vote</numerusform>
                <numerusform>%n votes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message numerus="yes">
            <source>%1 — %n note(s)</source>
            <translation>
                <numerusform>%1 — %n note</numerusform>
                <numerusform>%1 — %n notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n more</numerusform>
                <numerusform>+%n more</numerusform>
            </translation>
        </message>
    </context>
</TS>