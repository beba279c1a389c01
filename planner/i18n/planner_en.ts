<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArgumentParser</name>
    <message numerus="yes">
        <location filename="argparse_words.py" line="46"/>
        <source>expected %s argument(s)</source>
        <translation>
            <numerusform>expected %s argument</numerusform>
            <numerusform>expected %s arguments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="11"/>
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln commitment</numerusform>
            <numerusform>%Ln commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="14"/>
        <source>Wrote %Ln commitment(s) to {file}.</source>
        <translation>
            <numerusform>Wrote %Ln commitment to {file}.</numerusform>
            <numerusform>Wrote %Ln commitments to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="17"/>
        <source>Wrote %Ln commitment(s) and {key_dates} to {file}.</source>
        <translation>
            <numerusform>Wrote %Ln commitment and {key_dates} to {file}.</numerusform>
            <numerusform>Wrote %Ln commitments and {key_dates} to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="20"/>
        <source>%Ln key date(s)</source>
        <translation>
            <numerusform>%Ln key date</numerusform>
            <numerusform>%Ln key dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="23"/>
        <source>%Ln commitment(s), status as of {day}.</source>
        <translation>
            <numerusform>%Ln commitment, status as of {day}.</numerusform>
            <numerusform>%Ln commitments, status as of {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="27"/>
        <source>%Ln reminder(s) due (not marked shown: --peek).</source>
        <translation>
            <numerusform>%Ln reminder due (not marked shown: --peek).</numerusform>
            <numerusform>%Ln reminders due (not marked shown: --peek).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="28"/>
        <source>%Ln reminder(s) due, now marked shown.</source>
        <translation>
            <numerusform>%Ln reminder due, now marked shown.</numerusform>
            <numerusform>%Ln reminders due, now marked shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="31"/>
        <source>{document}: %Ln proposed commitment(s).</source>
        <translation>
            <numerusform>{document}: %Ln proposed commitment.</numerusform>
            <numerusform>{document}: %Ln proposed commitments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="34"/>
        <source>Read {document}: %Ln proposal(s)</source>
        <translation>
            <numerusform>Read {document}: %Ln proposal</numerusform>
            <numerusform>Read {document}: %Ln proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="37"/>
        <source>%Ln added to {strategy}</source>
        <translation>
            <numerusform>%Ln added to {strategy}</numerusform>
            <numerusform>%Ln added to {strategy}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="40"/>
        <source>%Ln already in the plan</source>
        <translation>
            <numerusform>%Ln already in the plan</numerusform>
            <numerusform>%Ln already in the plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="43"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="46"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="49"/>
        <source>%Ln table(s)</source>
        <translation>
            <numerusform>%Ln table</numerusform>
            <numerusform>%Ln tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="52"/>
        <source>%Ln file(s) in {folder}</source>
        <translation>
            <numerusform>%Ln file in {folder}</numerusform>
            <numerusform>%Ln files in {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="55"/>
        <source>and %Ln icon(s)</source>
        <translation>
            <numerusform>and %Ln icon</numerusform>
            <numerusform>and %Ln icons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message numerus="yes">
        <location filename="../ui/delivery_dialog.py" line="32"/>
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln commitment</numerusform>
            <numerusform>%Ln commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueSoonDock</name>
    <message numerus="yes">
        <location filename="../ui/due_soon_dock.py" line="157"/>
        <source>%Ln reminder(s) awaiting an answer</source>
        <translation>
            <numerusform>%Ln reminder awaiting an answer</numerusform>
            <numerusform>%Ln reminders awaiting an answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/due_soon_dock.py" line="158"/>
        <source>due in the next %Ln day(s)</source>
        <translation>
            <numerusform>due in the next %Ln day</numerusform>
            <numerusform>due in the next %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/due_soon_dock.py" line="158"/>
        <source>Nothing due in the next %Ln day(s).</source>
        <translation>
            <numerusform>Nothing due in the next %Ln day.</numerusform>
            <numerusform>Nothing due in the next %Ln days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileTransfer</name>
    <message numerus="yes">
        <location filename="../ui/file_transfer.py" line="90"/>
        <source>Import %Ln commitment(s) from {file}?</source>
        <translation>
            <numerusform>Import %Ln commitment from {file}?</numerusform>
            <numerusform>Import %Ln commitments from {file}?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <location filename="../ui/filter_bar.py" line="192"/>
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln commitment</numerusform>
            <numerusform>%Ln commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagLane</name>
    <message numerus="yes">
        <location filename="../timeline/flag_lane.py" line="37"/>
        <source>%Ln key date(s)</source>
        <translation>
            <numerusform>%Ln key date</numerusform>
            <numerusform>%Ln key dates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="227"/>
        <source>Mark %Ln delivered</source>
        <translation>
            <numerusform>Mark %Ln delivered</numerusform>
            <numerusform>Mark %Ln delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="242"/>
        <source>Delete %Ln commitment(s)? You can undo this.

{names}</source>
        <translation>
            <numerusform>Delete %Ln commitment? You can undo this.

{names}</numerusform>
            <numerusform>Delete %Ln commitments? You can undo this.

{names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="245"/>
        <source>Delete %Ln commitment(s)</source>
        <translation>
            <numerusform>Delete %Ln commitment</numerusform>
            <numerusform>Delete %Ln commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingReport</name>
    <message numerus="yes">
        <location filename="words.py" line="168"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="171"/>
        <source>%Ln day(s) late (promised {due})</source>
        <translation>
            <numerusform>%Ln day late (promised {due})</numerusform>
            <numerusform>%Ln days late (promised {due})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message numerus="yes">
        <location filename="../ui/print_actions.py" line="124"/>
        <source>Sent %Ln page(s) to {printer}.</source>
        <translation>
            <numerusform>Sent %Ln page to {printer}.</numerusform>
            <numerusform>Sent %Ln pages to {printer}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/print_actions.py" line="147"/>
        <source>Wrote %Ln page(s) to {file}.</source>
        <translation>
            <numerusform>Wrote %Ln page to {file}.</numerusform>
            <numerusform>Wrote %Ln pages to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadDocumentAction</name>
    <message numerus="yes">
        <source>Add from {source}: %Ln commitment(s)</source>
        <translation>
            <numerusform>Add from {source}: %Ln commitment</numerusform>
            <numerusform>Add from {source}: %Ln commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added from {source}: %Ln commitment(s); Edit → Undo takes them out again.</source>
        <translation>
            <numerusform>Added from {source}: %Ln commitment; Edit → Undo takes it out again.</numerusform>
            <numerusform>Added from {source}: %Ln commitments; Edit → Undo takes them out again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <location filename="words.py" line="125"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="128"/>
        <source>late by %Ln day(s)</source>
        <translation>
            <numerusform>late by %Ln day</numerusform>
            <numerusform>late by %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="131"/>
        <source>due in %Ln day(s)</source>
        <translation>
            <numerusform>due in %Ln day</numerusform>
            <numerusform>due in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="134"/>
        <source>overdue by %Ln day(s)</source>
        <translation>
            <numerusform>overdue by %Ln day</numerusform>
            <numerusform>overdue by %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="137"/>
        <source>%Ln day(s) before</source>
        <translation>
            <numerusform>%Ln day before</numerusform>
            <numerusform>%Ln days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="140"/>
        <source>%Ln reminder(s) while you were away</source>
        <translation>
            <numerusform>%Ln reminder while you were away</numerusform>
            <numerusform>%Ln reminders while you were away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="140"/>
        <source>%Ln reminder(s)</source>
        <translation>
            <numerusform>%Ln reminder</numerusform>
            <numerusform>%Ln reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="143"/>
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="146"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="149"/>
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln created</numerusform>
            <numerusform>%Ln created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="152"/>
        <source>%Ln deleted</source>
        <translation>
            <numerusform>%Ln deleted</numerusform>
            <numerusform>%Ln deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="155"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="158"/>
        <source>%Ln kept as you edited them</source>
        <translation>
            <numerusform>%Ln kept as you edited them</numerusform>
            <numerusform>%Ln kept as you edited them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="161"/>
        <source>and %Ln more in the Due soon list</source>
        <translation>
            <numerusform>and %Ln more in the Due soon list</numerusform>
            <numerusform>and %Ln more in the Due soon list</numerusform>
        </translation>
    </message>
</context>
</TS>
