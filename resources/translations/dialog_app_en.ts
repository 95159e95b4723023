<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AnonymiseFlow</name>
    <message numerus="yes">
        <source>%n person(s) erased from the project.</source>
        <translation>
            <numerusform>%n person erased from the project.</numerusform>
            <numerusform>%n people erased from the project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) replaced.</source>
        <translation>
            <numerusform>%n place replaced.</numerusform>
            <numerusform>%n places replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of the project, made earlier, still hold personal data. Erase them too? This cannot be undone.</source>
        <translation>
            <numerusform>%n backup of the project, made earlier, still hold personal data. Erase them too? This cannot be undone.</numerusform>
            <numerusform>%n backups of the project, made earlier, still hold personal data. Erase them too? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) erased.</source>
        <translation>
            <numerusform>%n backup erased.</numerusform>
            <numerusform>%n backups erased.</numerusform>
        </translation>
    </message>
</context>
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
    <name>BadRows</name>
    <message numerus="yes">
        <source>%n place(s) in the file could not be read:</source>
        <translation>
            <numerusform>%n place in the file could not be read:</numerusform>
            <numerusform>%n places in the file could not be read:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message numerus="yes">
        <source>&amp;Empty %n chosen…</source>
        <translation>
            <numerusform>&amp;Empty %n chosen…</numerusform>
            <numerusform>&amp;Empty %n chosen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Empty %n chosen note(s)</source>
        <translation>
            <numerusform>Empty %n chosen note</numerusform>
            <numerusform>Empty %n chosen notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n note(s). Ctrl+Z puts them back in the bin.</source>
        <translation>
            <numerusform>Restored %n note. Ctrl+Z puts them back in the bin.</numerusform>
            <numerusform>Restored %n notes. Ctrl+Z puts them back in the bin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Empty %n note(s) from the bin for good?</source>
        <translation>
            <numerusform>Empty %n note from the bin for good?</numerusform>
            <numerusform>Empty %n notes from the bin for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Empty the whole bin? It holds %n note(s), removed for good.</source>
        <translation>
            <numerusform>Empty the whole bin? It holds %n note, removed for good.</numerusform>
            <numerusform>Empty the whole bin? It holds %n notes, removed for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emptied %n note(s). Ctrl+Z brings them back until the project is closed.</source>
        <translation>
            <numerusform>Emptied %n note. Ctrl+Z brings them back until the project is closed.</numerusform>
            <numerusform>Emptied %n notes. Ctrl+Z brings them back until the project is closed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message numerus="yes">
        <source>Notes of this dialogue, newest first: %Ln</source>
        <translation>
            <numerusform>Notes of this dialogue, newest first: %Ln</numerusform>
            <numerusform>Notes of this dialogue, newest first: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountMatrixModel</name>
    <message numerus="yes">
        <source>%n note(s) in the project</source>
        <translation>
            <numerusform>%n note in the project</numerusform>
            <numerusform>%n notes in the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) with no theme of this framework</source>
        <translation>
            <numerusform>%n note with no theme of this framework</numerusform>
            <numerusform>%n notes with no theme of this framework</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) tagged %1</source>
        <translation>
            <numerusform>%n note tagged %1</numerusform>
            <numerusform>%n notes tagged %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) from the dialogue “%2”</source>
        <translation>
            <numerusform>%n note from the dialogue “%2”</numerusform>
            <numerusform>%n notes from the dialogue “%2”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) from the dialogue “%2” with no theme of this framework</source>
        <translation>
            <numerusform>%n note from the dialogue “%2” with no theme of this framework</numerusform>
            <numerusform>%n notes from the dialogue “%2” with no theme of this framework</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) from the dialogue “%2” tagged %1</source>
        <translation>
            <numerusform>%n note from the dialogue “%2” tagged %1</numerusform>
            <numerusform>%n notes from the dialogue “%2” tagged %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) with no stakeholder group</source>
        <translation>
            <numerusform>%n note with no stakeholder group</numerusform>
            <numerusform>%n notes with no stakeholder group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) with no stakeholder group and no theme of this framework</source>
        <translation>
            <numerusform>%n note with no stakeholder group and no theme of this framework</numerusform>
            <numerusform>%n notes with no stakeholder group and no theme of this framework</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) with no stakeholder group tagged %1</source>
        <translation>
            <numerusform>%n note with no stakeholder group tagged %1</numerusform>
            <numerusform>%n notes with no stakeholder group tagged %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) from %2</source>
        <translation>
            <numerusform>%n note from %2</numerusform>
            <numerusform>%n notes from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) from %2 with no theme of this framework</source>
        <translation>
            <numerusform>%n note from %2 with no theme of this framework</numerusform>
            <numerusform>%n notes from %2 with no theme of this framework</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) from %2 tagged %1</source>
        <translation>
            <numerusform>%n note from %2 tagged %1</numerusform>
            <numerusform>%n notes from %2 tagged %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>%Ln note(s) selected.</source>
        <translation>
            <numerusform>%Ln note selected.</numerusform>
            <numerusform>%Ln notes selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogueActions</name>
    <message numerus="yes">
        <source>“%1” holds %n note(s), %2 of them in the bin, so it is not deleted: its notes would be lost with it.</source>
        <translation>
            <numerusform>“%1” holds %n note, %2 of them in the bin, so it is not deleted: its notes would be lost with it.</numerusform>
            <numerusform>“%1” holds %n notes, %2 of them in the bin, so it is not deleted: its notes would be lost with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n note(s), so it is not deleted: its notes would be lost with it.</source>
        <translation>
            <numerusform>“%1” holds %n note, so it is not deleted: its notes would be lost with it.</numerusform>
            <numerusform>“%1” holds %n notes, so it is not deleted: its notes would be lost with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not deleted: %n note(s) of it are still in the bin, and would be lost with it. Empty them from Edit ▸ Bin first; then the dialogue can be deleted.</source>
        <translation>
            <numerusform>“%1” is not deleted: %n note of it are still in the bin, and would be lost with it. Empty them from Edit ▸ Bin first; then the dialogue can be deleted.</numerusform>
            <numerusform>“%1” is not deleted: %n notes of it are still in the bin, and would be lost with it. Empty them from Edit ▸ Bin first; then the dialogue can be deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogueFormDialog</name>
    <message numerus="yes">
        <source>%n note(s) were taken under “%1”. They stay in the dialogue, without a question. Remove the question?</source>
        <translation>
            <numerusform>%n note were taken under “%1”. They stay in the dialogue, without a question. Remove the question?</numerusform>
            <numerusform>%n notes were taken under “%1”. They stay in the dialogue, without a question. Remove the question?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogueListModel</name>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialoguesPage</name>
    <message numerus="yes">
        <source>%1 — %Ln note(s)</source>
        <translation>
            <numerusform>%1 — %Ln note</numerusform>
            <numerusform>%1 — %Ln notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n group(s) of notes look like the same input captured more than once. Merging a group keeps its first note, adds up the votes and keeps where every note came from; Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n group of notes look like the same input captured more than once. Merging a group keeps its first note, adds up the votes and keeps where every note came from; Ctrl+Z undoes it.</numerusform>
            <numerusform>%n groups of notes look like the same input captured more than once. Merging a group keeps its first note, adds up the votes and keeps where every note came from; Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1: the same text, %n note(s)</source>
        <translation>
            <numerusform>Group %1: the same text, %n note</numerusform>
            <numerusform>Group %1: the same text, %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1: %2 alike, %n note(s)</source>
        <translation>
            <numerusform>Group %1: %2 alike, %n note</numerusform>
            <numerusform>Group %1: %2 alike, %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message numerus="yes">
        <source>The new dialogue was not taken back: it holds %n note(s), and undo never removes notes (not even those in the bin).</source>
        <translation>
            <numerusform>The new dialogue was not taken back: it holds %n note, and undo never removes notes (not even those in the bin).</numerusform>
            <numerusform>The new dialogue was not taken back: it holds %n notes, and undo never removes notes (not even those in the bin).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n possible name(s) not yet confirmed or dismissed: use Possible names…, or choose to mask or print them</source>
        <translation>
            <numerusform>%n possible name not yet confirmed or dismissed: use Possible names…, or choose to mask or print them</numerusform>
            <numerusform>%n possible names not yet confirmed or dismissed: use Possible names…, or choose to mask or print them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of personal data masked.</source>
        <translation>
            <numerusform>%n piece of personal data masked.</numerusform>
            <numerusform>%n pieces of personal data masked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It holds %Ln note(s).</source>
        <translation>
            <numerusform>It holds %Ln note.</numerusform>
            <numerusform>It holds %Ln notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible name(s) not yet confirmed or dismissed: %1. Nothing was written.</source>
        <translation>
            <numerusform>%n possible name not yet confirmed or dismissed: %1. Nothing was written.</numerusform>
            <numerusform>%n possible names not yet confirmed or dismissed: %1. Nothing was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>Only %n chosen note(s) ✕</source>
        <translation>
            <numerusform>Only %n chosen note ✕</numerusform>
            <numerusform>Only %n chosen notes ✕</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln or more note(s)…</source>
        <translation>
            <numerusform>%Ln or more note…</numerusform>
            <numerusform>%Ln or more notes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 note(s)</source>
        <translation>
            <numerusform>%Ln of %1 note</numerusform>
            <numerusform>%Ln of %1 notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameworkActions</name>
    <message numerus="yes">
        <source>Delete the framework “%1” with its %n theme(s)?</source>
        <translation>
            <numerusform>Delete the framework “%1” with its %n theme?</numerusform>
            <numerusform>Delete the framework “%1” with its %n themes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) lose their themes from it.</source>
        <translation>
            <numerusform>%n note lose their themes from it.</numerusform>
            <numerusform>%n notes lose their themes from it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameworkBar</name>
    <message numerus="yes">
        <source>%1 (%n theme(s))</source>
        <translation>
            <numerusform>%1 (%n theme)</numerusform>
            <numerusform>%1 (%n themes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message numerus="yes">
        <source>%1 — %n note(s)</source>
        <translation>
            <numerusform>%1 — %n note</numerusform>
            <numerusform>%1 — %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge “%1” into “%2”? %n note(s) move to “%2”, with the group&apos;s headcounts, people and organisations, and “%1” is removed. Ctrl+Z undoes this.</source>
        <translation>
            <numerusform>Merge “%1” into “%2”? %n note move to “%2”, with the group&apos;s headcounts, people and organisations, and “%1” is removed. Ctrl+Z undoes this.</numerusform>
            <numerusform>Merge “%1” into “%2”? %n notes move to “%2”, with the group&apos;s headcounts, people and organisations, and “%1” is removed. Ctrl+Z undoes this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the stakeholder group “%1”? %n note(s) will keep no group, and its headcounts are removed. Ctrl+Z undoes this.</source>
        <translation>
            <numerusform>Delete the stakeholder group “%1”? %n note will keep no group, and its headcounts are removed. Ctrl+Z undoes this.</numerusform>
            <numerusform>Delete the stakeholder group “%1”? %n notes will keep no group, and its headcounts are removed. Ctrl+Z undoes this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Importing %n note(s)…</source>
        <translation>
            <numerusform>Importing %n note…</numerusform>
            <numerusform>Importing %n notes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <source>%n row(s) after the header</source>
        <translation>
            <numerusform>%n row after the header</numerusform>
            <numerusform>%n rows after the header</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coded passage(s)</source>
        <translation>
            <numerusform>%n coded passage</numerusform>
            <numerusform>%n coded passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%1 · %Ln note(s)</source>
        <translation>
            <numerusform>%1 · %Ln note</numerusform>
            <numerusform>%1 · %Ln notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message numerus="yes">
        <source>%1 · %Ln note(s)</source>
        <translation>
            <numerusform>%1 · %Ln note</numerusform>
            <numerusform>%1 · %Ln notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>Merged %n file(s): </source>
        <translation>
            <numerusform>Merged %n file: </numerusform>
            <numerusform>Merged %n files: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s)</source>
        <translation>
            <numerusform>%n new note</numerusform>
            <numerusform>%n new notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose for %n theme(s) before merging.</source>
        <translation>
            <numerusform>Choose for %n theme before merging.</numerusform>
            <numerusform>Choose for %n themes before merging.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeReportView</name>
    <message numerus="yes">
        <source>Show the %n note(s) the merge added or changed in the &amp;review</source>
        <translation>
            <numerusform>Show the %n note the merge added or changed in the &amp;review</numerusform>
            <numerusform>Show the %n notes the merge added or changed in the &amp;review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) edited on both sides: the later text is kept, the other is in the note&apos;s history</source>
        <translation>
            <numerusform>%n note edited on both sides: the later text is kept, the other is in the note&apos;s history</numerusform>
            <numerusform>%n notes edited on both sides: the later text is kept, the other is in the note&apos;s history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added on one side and removed on the other, settled by time</source>
        <translation>
            <numerusform>%n tag added on one side and removed on the other, settled by time</numerusform>
            <numerusform>%n tags added on one side and removed on the other, settled by time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entry(ies)</source>
        <translation>
            <numerusform>%n history entry</numerusform>
            <numerusform>%n history entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dialogue(s)</source>
        <translation>
            <numerusform>%n dialogue</numerusform>
            <numerusform>%n dialogues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder group(s)</source>
        <translation>
            <numerusform>%n stakeholder group</numerusform>
            <numerusform>%n stakeholder groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance count(s)</source>
        <translation>
            <numerusform>%n attendance count</numerusform>
            <numerusform>%n attendance counts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) present</source>
        <translation>
            <numerusform>%n organisation present</numerusform>
            <numerusform>%n organisations present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n framework(s)</source>
        <translation>
            <numerusform>%n framework</numerusform>
            <numerusform>%n frameworks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n synthesis(es)</source>
        <translation>
            <numerusform>%n synthesis</numerusform>
            <numerusform>%n syntheses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key quote(s)</source>
        <translation>
            <numerusform>%n key quote</numerusform>
            <numerusform>%n key quotes</numerusform>
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
    <name>NotePreview</name>
    <message numerus="yes">
        <source>%n of the first rows cannot be read as they are mapped; the first: %1</source>
        <translation>
            <numerusform>%n of the first rows cannot be read as they are mapped; the first: %1</numerusform>
            <numerusform>%n of the first rows cannot be read as they are mapped; the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantRegisterDialog</name>
    <message numerus="yes">
        <source>%n person(s) registered.</source>
        <translation>
            <numerusform>%n person registered.</numerusform>
            <numerusform>%n people registered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n person(s) off the register: %1?

Their names in notes stay as written; use Erase to remove a person everywhere. Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Take %n person off the register: %1?

Their names in notes stay as written; use Erase to remove a person everywhere. Edit ▸ Undo brings them back.</numerusform>
            <numerusform>Take %n people off the register: %1?

Their names in notes stay as written; use Erase to remove a person everywhere. Edit ▸ Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDataDialog</name>
    <message numerus="yes">
        <source>%n register entry(ies)</source>
        <translation>
            <numerusform>%n register entry</numerusform>
            <numerusform>%n register entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>named in %n text(s)</source>
        <translation>
            <numerusform>named in %n text</numerusform>
            <numerusform>named in %n texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of the project, made earlier, still hold this person. They are kept beside the project to recover from mistakes; erase them too when the person asked to be erased.</source>
        <translation>
            <numerusform>%n backup of the project, made earlier, still hold this person. They are kept beside the project to recover from mistakes; erase them too when the person asked to be erased.</numerusform>
            <numerusform>%n backups of the project, made earlier, still hold this person. They are kept beside the project to recover from mistakes; erase them too when the person asked to be erased.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 erased: %n place(s) replaced.</source>
        <translation>
            <numerusform>%1 erased: %n place replaced.</numerusform>
            <numerusform>%1 erased: %n places replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n backup(s) of the project? This cannot be undone.</source>
        <translation>
            <numerusform>Erase %n backup of the project? This cannot be undone.</numerusform>
            <numerusform>Erase %n backups of the project? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) erased.</source>
        <translation>
            <numerusform>%n backup erased.</numerusform>
            <numerusform>%n backups erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PossibleNamesDialog</name>
    <message numerus="yes">
        <source>%n possible name(s) to confirm or dismiss.</source>
        <translation>
            <numerusform>%n possible name to confirm or dismiss.</numerusform>
            <numerusform>%n possible names to confirm or dismiss.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrepareTablesDialog</name>
    <message numerus="yes">
        <source>Writing %n file(s)…</source>
        <translation>
            <numerusform>Writing %n file…</numerusform>
            <numerusform>Writing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prepared %n table project(s) in %1</source>
        <translation>
            <numerusform>Prepared %n table project in %1</numerusform>
            <numerusform>Prepared %n table projects in %1</numerusform>
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
<context>
    <name>QuotePanel</name>
    <message numerus="yes">
        <source>Key quotes (%n)</source>
        <translation>
            <numerusform>Key quotes (%n)</numerusform>
            <numerusform>Key quotes (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>%n backup(s), newest first.</source>
        <translation>
            <numerusform>%n backup, newest first.</numerusform>
            <numerusform>%n backups, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message numerus="yes">
        <source>Tagged %n note(s) with “%1”.</source>
        <translation>
            <numerusform>Tagged %n note with “%1”.</numerusform>
            <numerusform>Tagged %n notes with “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” from %n note(s).</source>
        <translation>
            <numerusform>Removed “%1” from %n note.</numerusform>
            <numerusform>Removed “%1” from %n notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted “%1” for %n note(s).</source>
        <translation>
            <numerusform>Accepted “%1” for %n note.</numerusform>
            <numerusform>Accepted “%1” for %n notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected “%1” for %n note(s).</source>
        <translation>
            <numerusform>Rejected “%1” for %n note.</numerusform>
            <numerusform>Rejected “%1” for %n notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n note(s) to “%1”.</source>
        <translation>
            <numerusform>Set %n note to “%1”.</numerusform>
            <numerusform>Set %n notes to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed the key-quote mark of %n note(s).</source>
        <translation>
            <numerusform>Changed the key-quote mark of %n note.</numerusform>
            <numerusform>Changed the key-quote mark of %n notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged the two notes; the kept note has %n vote(s).</source>
        <translation>
            <numerusform>Merged the two notes; the kept note has %n vote.</numerusform>
            <numerusform>Merged the two notes; the kept note has %n votes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n note(s) to the bin. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Moved %n note to the bin. Ctrl+Z brings them back.</numerusform>
            <numerusform>Moved %n notes to the bin. Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n note(s) into the first of their group.</source>
        <translation>
            <numerusform>Merged %n note into the first of their group.</numerusform>
            <numerusform>Merged %n notes into the first of their group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) will be masked in every export.</source>
        <translation>
            <numerusform>%n name will be masked in every export.</numerusform>
            <numerusform>%n names will be masked in every export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) marked as not a name; printed as written.</source>
        <translation>
            <numerusform>%n name marked as not a name; printed as written.</numerusform>
            <numerusform>%n names marked as not a name; printed as written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionWhy</name>
    <message numerus="yes">
        <source>like %n note(s) you tagged</source>
        <translation>
            <numerusform>like %n note you tagged</numerusform>
            <numerusform>like %n notes you tagged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message numerus="yes">
        <source>The file holds %n note(s).</source>
        <translation>
            <numerusform>The file holds %n note.</numerusform>
            <numerusform>The file holds %n notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder group(s)</source>
        <translation>
            <numerusform>%n stakeholder group</numerusform>
            <numerusform>%n stakeholder groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of its %n note(s) are already in this dialogue.</source>
        <translation>
            <numerusform>%1 of its %n note are already in this dialogue.</numerusform>
            <numerusform>%1 of its %n notes are already in this dialogue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemeActions</name>
    <message numerus="yes">
        <source>Deleted “%1”; %n note(s) lost it. Ctrl+Z undoes this.</source>
        <translation>
            <numerusform>Deleted “%1”; %n note lost it. Ctrl+Z undoes this.</numerusform>
            <numerusform>Deleted “%1”; %n notes lost it. Ctrl+Z undoes this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n sub-theme(s)?</source>
        <translation>
            <numerusform>Delete “%1” and its %n sub-theme?</numerusform>
            <numerusform>Delete “%1” and its %n sub-themes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) lose this theme.</source>
        <translation>
            <numerusform>%n note lose this theme.</numerusform>
            <numerusform>%n notes lose this theme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) gain “%1”.</source>
        <translation>
            <numerusform>%n note gain “%1”.</numerusform>
            <numerusform>%n notes gain “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged into “%1”; %n note(s) gained it.</source>
        <translation>
            <numerusform>Merged into “%1”; %n note gained it.</numerusform>
            <numerusform>Merged into “%1”; %n notes gained it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemeList</name>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemeNotesPanel</name>
    <message numerus="yes">
        <source>Notes on this theme (%Ln)</source>
        <translation>
            <numerusform>Notes on this theme (%Ln)</numerusform>
            <numerusform>Notes on this theme (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemeTreeModel</name>
    <message numerus="yes">
        <source>%n note(s) tagged with this theme</source>
        <translation>
            <numerusform>%n note tagged with this theme</numerusform>
            <numerusform>%n notes tagged with this theme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message numerus="yes">
        <source>capture of %n note(s)</source>
        <translation>
            <numerusform>capture of %n note</numerusform>
            <numerusform>capture of %n notes</numerusform>
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
        <source>status change of %n note(s)</source>
        <translation>
            <numerusform>status change of %n note</numerusform>
            <numerusform>status change of %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>key-quote mark on %n note(s)</source>
        <translation>
            <numerusform>key-quote mark on %n note</numerusform>
            <numerusform>key-quote mark on %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merging of %n duplicate note(s)</source>
        <translation>
            <numerusform>merging of %n duplicate note</numerusform>
            <numerusform>merging of %n duplicate notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rejected suggestion on %n note(s)</source>
        <translation>
            <numerusform>rejected suggestion on %n note</numerusform>
            <numerusform>rejected suggestion on %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>accepted suggestions on %n note(s)</source>
        <translation>
            <numerusform>accepted suggestions on %n note</numerusform>
            <numerusform>accepted suggestions on %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import of %n note(s)</source>
        <translation>
            <numerusform>import of %n note</numerusform>
            <numerusform>import of %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>choice for %n possible name(s)</source>
        <translation>
            <numerusform>choice for %n possible name</numerusform>
            <numerusform>choice for %n possible names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removing %n participant(s)</source>
        <translation>
            <numerusform>removing %n participant</numerusform>
            <numerusform>removing %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>erasure of %n person(s)</source>
        <translation>
            <numerusform>erasure of %n person</numerusform>
            <numerusform>erasure of %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>emptying %n note(s) from the bin</source>
        <translation>
            <numerusform>emptying %n note from the bin</numerusform>
            <numerusform>emptying %n notes from the bin</numerusform>
        </translation>
    </message>
</context>
</TS>
