<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
            <source>%1 — %n note(s)</source>
            <translation>
                <numerusform>%1 — %n note</numerusform>
                <numerusform>%1 — %n notes</numerusform>
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
    </context>
</TS>