<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../ui/language_page.py" line="15"/>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../ui/language_page.py" line="19"/>
        <source>Menus, lists and dates use this language from the next start of Planner.</source>
        <translation>Menüs, Listen und Daten verwenden diese Sprache ab dem nächsten Start von Planner.</translation>
    </message>
    <message>
        <location filename="../ui/language_page.py" line="22"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="52"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="89"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="89"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="89"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="89"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="92"/>
        <source>&amp;Reload plan</source>
        <translation>Plan neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="92"/>
        <source>Read the plan again from the database</source>
        <translation>Den Plan erneut aus der Datenbank lesen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="94"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="96"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="98"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="103"/>
        <source>Mark &amp;delivered…</source>
        <translation>Als &amp;erledigt markieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="103"/>
        <source>Record on which day, and by which document, the selected commitments were delivered</source>
        <translation>Festhalten, an welchem Tag und durch welches Dokument die ausgewählten Zusagen erfüllt wurden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="104"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="106"/>
        <source>&amp;Expand all</source>
        <translation>Alle &amp;aufklappen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="107"/>
        <source>&amp;Collapse all</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="109"/>
        <source>Status &amp;as of…</source>
        <translation>Stand &amp;am…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="109"/>
        <source>Show status as it stood (or will stand) on another day</source>
        <translation>Den Stand an einem anderen Tag zeigen (vergangen oder künftig)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="110"/>
        <source>Status as of &amp;today</source>
        <translation>Stand &amp;heute</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="114"/>
        <source>&amp;About Planner</source>
        <translation>Ü&amp;ber Planner</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../qtmodels/plan_model.py" line="35"/>
        <source>Commitment</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="35"/>
        <source>Due (as written)</source>
        <translation>Fällig (wie geschrieben)</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="36"/>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="37"/>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="40"/>
        <source>delivered on time</source>
        <translation>rechtzeitig erfüllt</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="40"/>
        <source>delivered late</source>
        <translation>verspätet erfüllt</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="41"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="41"/>
        <source>due soon</source>
        <translation>bald fällig</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="42"/>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="42"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="43"/>
        <source>dropped</source>
        <translation>aufgegeben</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../ui/language_page.py" line="30"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
</TS>
