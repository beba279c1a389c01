<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="271"/>
        <source>Cannot open the plan</source>
        <translation>Der Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app.py" line="46"/>
        <source>Open the planner window.</source>
        <translation>Das Fenster des Planers öffnen.</translation>
    </message>
    <message>
        <location filename="../app.py" line="47"/>
        <source>database: a file path or SQLAlchemy URL such as postgresql+psycopg://user@host/plan (default: $PLANNER_DB, else the one chosen in Preferences, else the local plan)</source>
        <translation>Datenbank: ein Dateipfad oder eine SQLAlchemy-URL wie postgresql+psycopg://user@host/plan (Standard: $PLANNER_DB, sonst die in den Einstellungen gewählte, sonst der lokale Plan)</translation>
    </message>
    <message>
        <location filename="../app.py" line="48"/>
        <source>show status as of this day</source>
        <translation>den Stand an diesem Tag zeigen</translation>
    </message>
    <message>
        <location filename="../app.py" line="49"/>
        <source>open the window, save a picture of it once painted, and exit</source>
        <translation>das Fenster öffnen, ein Bild davon speichern, sobald es gezeichnet ist, und beenden</translation>
    </message>
    <message>
        <location filename="../app.py" line="50"/>
        <source>the interface&apos;s language (default: Preferences, else the system&apos;s)</source>
        <translation>die Sprache der Oberfläche (Standard: die der Einstellungen, sonst die des Systems)</translation>
    </message>
    <message>
        <location filename="../app.py" line="52"/>
        <source>start with the window hidden in the tray (the login entry uses it)</source>
        <translation>mit im Infobereich verborgenem Fenster starten (der Anmeldeeintrag nutzt das)</translation>
    </message>
    <message>
        <location filename="../app.py" line="264"/>
        <source>there is no screen to open the window on (DISPLAY is not set); run it on a desktop, or with QT_QPA_PLATFORM=offscreen.</source>
        <translation>es gibt keinen Bildschirm, auf dem das Fenster geöffnet werden kann (DISPLAY ist nicht gesetzt); starten Sie es auf einem Desktop oder mit QT_QPA_PLATFORM=offscreen.</translation>
    </message>
</context>
<context>
    <name>ArgumentParser</name>
    <message>
        <location filename="../cli/argparse_words.py" line="21"/>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="22"/>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="23"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="24"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="25"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="26"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="27"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="28"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="29"/>
        <source>the following arguments are required: %s</source>
        <translation>die folgenden Argumente sind erforderlich: %s</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="30"/>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist erforderlich</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="31"/>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="32"/>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit dem Argument %s erlaubt</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="33"/>
        <source>ignored explicit argument %r</source>
        <translation>explizites Argument %r ignoriert</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="34"/>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="35"/>
        <source>expected at most one argument</source>
        <translation>höchstens ein Argument erwartet</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="36"/>
        <source>expected at least one argument</source>
        <translation>mindestens ein Argument erwartet</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="37"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s kann %(matches)s bedeuten</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="38"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unbekannter Befehl %(parser_name)r (möglich: %(choices)s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/argparse_words.py" line="46"/>
        <source>expected %s argument(s)</source>
        <translation>
            <numerusform>%s Argument erwartet</numerusform>
            <numerusform>%s Argumente erwartet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AsOfDialog</name>
    <message>
        <location filename="../ui/as_of_dialog.py" line="15"/>
        <source>Status as of</source>
        <translation>Stand am</translation>
    </message>
    <message>
        <location filename="../ui/as_of_dialog.py" line="17"/>
        <source>Show the status of every commitment as it stands on:</source>
        <translation>Den Stand jeder Verpflichtung zeigen, wie er sich darstellt am:</translation>
    </message>
    <message>
        <location filename="../ui/as_of_dialog.py" line="19"/>
        <source>e.g. 15 December 2020 or 2020-12-15</source>
        <translation>z. B. 15. Dezember 2020 oder 2020-12-15</translation>
    </message>
</context>
<context>
    <name>CalDavDialog</name>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="86"/>
        <source>Publish to a CalDAV calendar</source>
        <translation>In einem CalDAV-Kalender veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="92"/>
        <source>kept in the system keyring</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="93"/>
        <source>Keep the password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="96"/>
        <source>Calendar address:</source>
        <translation>Kalenderadresse:</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="97"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="98"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="101"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="105"/>
        <source>Create, update and delete the plan&apos;s events on a shared calendar.
Other people&apos;s events there are left alone.</source>
        <translation>Die Termine des Plans in einem gemeinsamen Kalender anlegen, ändern und löschen.
Termine anderer Personen bleiben unberührt.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>line {number} is not an iCalendar content line: {line}</source>
        <translation>Zeile {number} ist keine iCalendar-Inhaltszeile: {line}</translation>
    </message>
    <message>
        <source>Line {number} of {name} is not an iCalendar content line and was left out: {line}.</source>
        <translation>Zeile {number} von {name} ist keine iCalendar-Inhaltszeile und wurde ausgelassen: {line}.</translation>
    </message>
    <message>
        <source>{begun}, begun on line {at}, is not ended before line {number} begins {component}</source>
        <translation>{begun}, begonnen in Zeile {at}, ist nicht beendet, bevor Zeile {number} {component} beginnt</translation>
    </message>
    <message>
        <source>line {number} ends {component}, which was never begun</source>
        <translation>Zeile {number} beendet {component}, das nie begonnen wurde</translation>
    </message>
    <message>
        <source>Line {number} of {name} ends {component}, which was never begun, and was left out.</source>
        <translation>Zeile {number} von {name} beendet {component}, das nie begonnen wurde, und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>{begun}, begun on line {at}, is not ended before line {number} ends {component}</source>
        <translation>{begun}, begonnen in Zeile {at}, ist nicht beendet, bevor Zeile {number} {component} beendet</translation>
    </message>
    <message>
        <source>{begun}, begun on line {at}, never ends (the file is cut short)</source>
        <translation>{begun}, begonnen in Zeile {at}, endet nie (die Datei ist abgeschnitten)</translation>
    </message>
    <message>
        <source>The file {name} ends without END:VCALENDAR; what it holds was read.</source>
        <translation>Die Datei {name} endet ohne END:VCALENDAR; ihr Inhalt wurde gelesen.</translation>
    </message>
    <message>
        <source>In {name}, line {line} outside of any calendar was left out.</source>
        <translation>In {name} wurde Zeile {line} außerhalb jedes Kalenders ausgelassen.</translation>
    </message>
    <message>
        <source>In {name}, {count} lines from line {line} on outside of any calendar were left out.</source>
        <translation>In {name} wurden {count} Zeilen ab Zeile {line} außerhalb jedes Kalenders ausgelassen.</translation>
    </message>
    <message>
        <source>it was taken as due on {day}, without a start</source>
        <translation>er wurde als am {day} fällig übernommen, ohne Beginn</translation>
    </message>
    <message>
        <source>it was taken as one day, its start {day}</source>
        <translation>er wurde als ein einziger Tag übernommen, sein Beginn am {day}</translation>
    </message>
    <message>
        <source>{problem}; {taken}</source>
        <translation>{problem}; {taken}</translation>
    </message>
    <message>
        <source>1 item without a date or occurrence in the horizon was left out.</source>
        <translation>1 Eintrag ohne Datum oder Vorkommen im Zeitraum wurde ausgelassen.</translation>
    </message>
    <message>
        <source>{count} items without a date or occurrence in the horizon were left out.</source>
        <translation>{count} Einträge ohne Datum oder Vorkommen im Zeitraum wurden ausgelassen.</translation>
    </message>
    <message>
        <source>1 item of {name} could not be read and was skipped:</source>
        <translation>1 Eintrag von {name} war nicht lesbar und wurde übersprungen:</translation>
    </message>
    <message>
        <source>{count} items of {name} could not be read and were skipped:</source>
        <translation>{count} Einträge von {name} waren nicht lesbar und wurden übersprungen:</translation>
    </message>
    <message>
        <source>  Line {line}: {why}.</source>
        <translation>  Zeile {line}: {why}.</translation>
    </message>
    <message>
        <source>The event {label} on line {line} {problem}.</source>
        <translation>Der Termin {label} in Zeile {line}: {problem}.</translation>
    </message>
    <message>
        <source>The to-do {label} on line {line} {problem}.</source>
        <translation>Die Aufgabe {label} in Zeile {line}: {problem}.</translation>
    </message>
    <message>
        <source>The series {label} was left out: {why}.</source>
        <translation>Die Serie {label} wurde ausgelassen: {why}.</translation>
    </message>
    <message>
        <source>The series {label} repeats: imported its 1 occurrence between {first} and {last} as a commitment.</source>
        <translation>Die Serie {label} wiederholt sich: ihr einziges Vorkommen zwischen {first} und {last} wurde als Verpflichtung importiert.</translation>
    </message>
    <message>
        <source>The series {label} repeats: imported its {count} occurrences between {first} and {last} as separate commitments (only the first {most}).</source>
        <translation>Die Serie {label} wiederholt sich: ihre {count} Vorkommen zwischen {first} und {last} wurden als einzelne Verpflichtungen importiert (nur die ersten {most}).</translation>
    </message>
    <message>
        <source>The series {label} repeats: imported its {count} occurrences between {first} and {last} as separate commitments.</source>
        <translation>Die Serie {label} wiederholt sich: ihre {count} Vorkommen zwischen {first} und {last} wurden als einzelne Verpflichtungen importiert.</translation>
    </message>
    <message>
        <source>The UID {key} appears more than once in {name}; the later one was imported.</source>
        <translation>Die UID {key} kommt in {name} mehrmals vor; die spätere wurde importiert.</translation>
    </message>
    <message>
        <source>The UID {key} appears more than once in {name}; the earlier one was imported.</source>
        <translation>Die UID {key} kommt in {name} mehrmals vor; die frühere wurde importiert.</translation>
    </message>
    <message>
        <location filename="../calendar/feed.py" line="275"/>
        <source>The port {port} on {host} is already in use by another program; choose another port (--port).</source>
        <translation>Der Port {port} auf {host} wird bereits von einem anderen Programm verwendet; wählen Sie einen anderen Port (--port).</translation>
    </message>
    <message>
        <location filename="../calendar/feed.py" line="277"/>
        <source>The port {port} on {host} needs administrator rights; choose a port above 1023 (--port).</source>
        <translation>Der Port {port} auf {host} erfordert Administratorrechte; wählen Sie einen Port über 1023 (--port).</translation>
    </message>
    <message>
        <location filename="../calendar/feed.py" line="279"/>
        <source>The address {host} is not an address of this computer; use 127.0.0.1 (--host).</source>
        <translation>Die Adresse {host} ist keine Adresse dieses Computers; verwenden Sie 127.0.0.1 (--host).</translation>
    </message>
    <message>
        <location filename="../calendar/feed.py" line="280"/>
        <source>The feed cannot listen on {host}:{port}: {why}.</source>
        <translation>Der Feed kann nicht auf {host}:{port} lauschen: {why}.</translation>
    </message>
    <message>
        <location filename="../calendar/identity.py" line="24"/>
        <source>The commitment {title!r} has no stored key; save it before exporting.</source>
        <translation>Die Verpflichtung {title!r} hat keinen gespeicherten Schlüssel; speichern Sie sie vor dem Export.</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="45"/>
        <source>The file {path} cannot be read: {why}.</source>
        <translation>Die Datei {path} kann nicht gelesen werden: {why}.</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="54"/>
        <source>In {name}, {subject} {tail}.</source>
        <translation>In {name}: {subject} {tail}.</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="60"/>
        <source>the event {label}</source>
        <translation>das Ereignis {label}</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="61"/>
        <source>the to-do {label}</source>
        <translation>die Aufgabe {label}</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="103"/>
        <source>Nothing in {name} can be imported; the item on line {line}: {why}.</source>
        <translation>Nichts in {name} kann importiert werden; der Eintrag in Zeile {line}: {why}.</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="105"/>
        <source>The file {name} has no events or to-dos in it.</source>
        <translation>Die Datei {name} enthält keine Ereignisse oder Aufgaben.</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="120"/>
        <location filename="../calendar/importing.py" line="134"/>
        <source>The file {name} is not readable iCalendar: {why}.</source>
        <translation>Die Datei {name} ist kein lesbares iCalendar: {why}.</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="129"/>
        <source>the calendar reader cannot read it ({why})</source>
        <translation>der Kalenderleser kann es nicht lesen ({why})</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="146"/>
        <source>{subject} {tail}</source>
        <translation>{subject} {tail}</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="202"/>
        <source>cannot be read ({error}: {why})</source>
        <translation>kann nicht gelesen werden ({error}: {why})</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="258"/>
        <source>has a {name} that is not valid: {why}</source>
        <translation>hat ein {name}, das nicht gültig ist: {why}</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="259"/>
        <source>has a line that is not valid: {why}</source>
        <translation>hat eine Zeile, die nicht gültig ist: {why}</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="52"/>
        <source>has a date that is not a date ({value})</source>
        <translation>hat ein Datum, das keines ist ({value})</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="64"/>
        <source>has a {name} that is not a date ({value})</source>
        <translation>hat ein {name}, das kein Datum ist ({value})</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="69"/>
        <source>an event</source>
        <translation>ein Ereignis</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="69"/>
        <source>a to-do</source>
        <translation>eine Aufgabe</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="70"/>
        <source>has {count} {name} lines; {kind} has one</source>
        <translation>hat {count} {name}-Zeilen; {kind} hat nur eine</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="93"/>
        <source>is due ({last}) before it starts ({first})</source>
        <translation>ist am {last} fällig, vor dem Beginn am {first}</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="102"/>
        <source>mixes a date and a date-time for its start and end</source>
        <translation>mischt ein Datum und eine Datumszeit für Beginn und Ende</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="104"/>
        <location filename="../calendar/items.py" line="112"/>
        <source>ends ({end}) before it starts ({start})</source>
        <translation>endet ({end}) vor dem Beginn ({start})</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="199"/>
        <source>has an {name} that {why}</source>
        <translation>hat ein {name}: {why}</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="201"/>
        <source>has no {name}</source>
        <translation>hat kein {name}</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="213"/>
        <source>has an X-PLANNER property that is not readable ({why})</source>
        <translation>hat eine unlesbare X-PLANNER-Eigenschaft ({why})</translation>
    </message>
    <message>
        <location filename="../calendar/recurrence.py" line="80"/>
        <source>it repeats more often than once a day</source>
        <translation>es wiederholt sich öfter als einmal am Tag</translation>
    </message>
    <message>
        <location filename="../calendar/recurrence.py" line="89"/>
        <source>its repeat rule cannot be followed ({why})</source>
        <translation>seine Wiederholungsregel kann nicht befolgt werden ({why})</translation>
    </message>
    <message>
        <location filename="../calendar/recurrence.py" line="114"/>
        <source>its {name} {value!r} is not a whole number</source>
        <translation>sein {name} {value!r} ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../calendar/recurrence.py" line="116"/>
        <source>its {name} is {number}; it must be 1 or more</source>
        <translation>sein {name} ist {number}; es muss 1 oder mehr sein</translation>
    </message>
    <message>
        <location filename="../calendar/roundtrip.py" line="96"/>
        <source>its window or precision is not readable ({why})</source>
        <translation>sein Zeitfenster oder seine Genauigkeit ist unlesbar ({why})</translation>
    </message>
    <message>
        <location filename="../calendar/roundtrip.py" line="105"/>
        <source>the reminder lead times {value!r} are not whole numbers of days</source>
        <translation>die Erinnerungsvorläufe {value!r} sind keine ganzen Zahlen von Tagen</translation>
    </message>
    <message>
        <location filename="../calendar/syntax.py" line="26"/>
        <source>The file {name} is not an iCalendar file (it holds binary data).</source>
        <translation>Die Datei {name} ist keine iCalendar-Datei (sie enthält Binärdaten).</translation>
    </message>
    <message>
        <location filename="../calendar/syntax.py" line="31"/>
        <source>The file {name} is not UTF-8 text (line {line} has bytes of another encoding); save it as UTF-8.</source>
        <translation>Die Datei {name} ist kein UTF-8-Text (Zeile {line} enthält Bytes einer anderen Kodierung); speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <location filename="../calendar/syntax.py" line="49"/>
        <location filename="../calendar/syntax.py" line="89"/>
        <source>The file {name} is not an iCalendar file (it does not begin with BEGIN:VCALENDAR).</source>
        <translation>Die Datei {name} ist keine iCalendar-Datei (sie beginnt nicht mit BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <location filename="../calendar/syntax.py" line="53"/>
        <source>In {name}, line {number} is not an iCalendar content line: {text!r}.</source>
        <translation>In {name} ist Zeile {number} keine iCalendar-Inhaltszeile: {text!r}.</translation>
    </message>
    <message>
        <location filename="../calendar/syntax.py" line="58"/>
        <source>In {name}, line {number} begins {component} outside of a calendar.</source>
        <translation>In {name} beginnt Zeile {number} {component} außerhalb eines Kalenders.</translation>
    </message>
    <message>
        <location filename="../calendar/syntax.py" line="62"/>
        <source>In {name}, line {number} ends {component}, which was never begun.</source>
        <translation>In {name} beendet Zeile {number} {component}, das nie begonnen wurde.</translation>
    </message>
    <message>
        <location filename="../calendar/syntax.py" line="65"/>
        <source>In {name}, line {number} ends {component}, but {begun} was begun on line {at}.</source>
        <translation>In {name} beendet Zeile {number} {component}, aber in Zeile {at} wurde {begun} begonnen.</translation>
    </message>
    <message>
        <location filename="../calendar/syntax.py" line="67"/>
        <source>In {name}, line {number} stands outside of any calendar: {text!r}.</source>
        <translation>In {name} steht Zeile {number} außerhalb jedes Kalenders: {text!r}.</translation>
    </message>
    <message>
        <location filename="../calendar/syntax.py" line="70"/>
        <source>The file {name} is cut short: {begun}, begun on line {at}, never ends.</source>
        <translation>Die Datei {name} ist abgeschnitten: {begun}, begonnen in Zeile {at}, endet nie.</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="34"/>
        <source>The CalDAV address {url!r} must start with http:// or https://.</source>
        <translation>Die CalDAV-Adresse {url!r} muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="52"/>
        <location filename="../calendar/team_calendar.py" line="59"/>
        <source>read the calendar</source>
        <translation>den Kalender lesen</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="55"/>
        <source>The address {url} is not a CalDAV calendar{elsewhere}.</source>
        <translation>Die Adresse {url} ist kein CalDAV-Kalender{elsewhere}.</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="73"/>
        <location filename="../calendar/team_calendar.py" line="81"/>
        <source>change {what}</source>
        <translation>{what} ändern</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="93"/>
        <source>The CalDAV server at {url} refused {what}: another event in the calendar already has its UID.</source>
        <translation>Der CalDAV-Server unter {url} hat {what} abgelehnt: Ein anderes Ereignis im Kalender hat bereits seine UID.</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="96"/>
        <source>The CalDAV server at {url} does not let this user {doing}.</source>
        <translation>Der CalDAV-Server unter {url} verweigert diesem Benutzer: {doing}.</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="97"/>
        <source>The CalDAV server at {url} refused the user name or password.</source>
        <translation>Der CalDAV-Server unter {url} hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="100"/>
        <source>There is no calendar at {url} (the server answered 404 Not Found){elsewhere}.</source>
        <translation>Unter {url} gibt es keinen Kalender (der Server antwortete 404 Not Found){elsewhere}.</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="103"/>
        <source>The CalDAV server at {url} asks for a kind of sign-in other than a user name and password.</source>
        <translation>Der CalDAV-Server unter {url} verlangt eine andere Anmeldung als Benutzername und Passwort.</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="105"/>
        <source>The CalDAV server at {url} cannot be reached: {why}.</source>
        <translation>Der CalDAV-Server unter {url} ist nicht erreichbar: {why}.</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="107"/>
        <source>The server at {url} answered with XML that is not readable.</source>
        <translation>Der Server unter {url} antwortete mit unlesbarem XML.</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="120"/>
        <source>; this user&apos;s calendars are at {urls}</source>
        <translation>; die Kalender dieses Benutzers liegen unter {urls}</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <location filename="../ui/calendar_actions.py" line="63"/>
        <source>Export &amp;calendar…</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="63"/>
        <source>Write the plan as an iCalendar (.ics) file</source>
        <translation>Den Plan als iCalendar-Datei (.ics) schreiben</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="64"/>
        <source>Serve calendar &amp;feed</source>
        <translation>Kalender-Feed be&amp;reitstellen</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="64"/>
        <source>Let calendar apps on this computer subscribe to the plan</source>
        <translation>Kalender-Apps auf diesem Computer den Plan abonnieren lassen</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="66"/>
        <source>Copy &amp;webcal address</source>
        <translation>&amp;Webcal-Adresse kopieren</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="66"/>
        <source>Copy the feed&apos;s address to paste into a calendar app</source>
        <translation>Die Adresse des Feeds kopieren, um sie in eine Kalender-App einzufügen</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="68"/>
        <source>Keep a calendar file p&amp;ublished…</source>
        <translation>Eine Kalenderdatei &amp;veröffentlicht halten…</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="68"/>
        <source>Rewrite a .ics file in a synced folder after every change</source>
        <translation>Nach jeder Änderung eine .ics-Datei in einem synchronisierten Ordner neu schreiben</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="70"/>
        <source>Publish to team calendar (Cal&amp;DAV)…</source>
        <translation>Im Teamkalender veröffentlichen (Cal&amp;DAV)…</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="70"/>
        <source>Create, update and delete the plan&apos;s events on a CalDAV calendar</source>
        <translation>Die Termine des Plans in einem CalDAV-Kalender anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="108"/>
        <location filename="../ui/calendar_actions.py" line="123"/>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="108"/>
        <source>The folder {path} does not exist.</source>
        <translation>Der Ordner {path} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="125"/>
        <source>Exported {count} commitments to {files}.</source>
        <translation>{count} Verpflichtungen nach {files} exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="145"/>
        <source>Calendar feed</source>
        <translation>Kalender-Feed</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="151"/>
        <source>Serving the calendar at {webcal_url}</source>
        <translation>Der Kalender wird unter {webcal_url} bereitgestellt</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="166"/>
        <source>Copied {url}: paste it into the calendar app&apos;s “subscribe” box.</source>
        <translation>{url} kopiert: in das Feld „Abonnieren“ der Kalender-App einfügen.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="180"/>
        <source>Keep a calendar file published</source>
        <translation>Eine Kalenderdatei veröffentlicht halten</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="180"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="192"/>
        <location filename="../ui/calendar_actions.py" line="221"/>
        <source>Publish calendar file</source>
        <translation>Kalenderdatei veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="199"/>
        <source>Keeping {path} current</source>
        <translation>{path} wird aktuell gehalten</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="256"/>
        <location filename="../ui/calendar_actions.py" line="263"/>
        <source>Publish to team calendar</source>
        <translation>Im Teamkalender veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="263"/>
        <source>The password was not kept: this system has no keyring. You will be asked again next time.</source>
        <translation>Das Passwort wurde nicht gespeichert: Dieses System hat keinen Schlüsselbund. Sie werden beim nächsten Mal erneut gefragt.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="264"/>
        <source>Published to {url}: {text}.</source>
        <translation>In {url} veröffentlicht: {text}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../cli/listing.py" line="69"/>
        <source>{standing} (recorded: {status})</source>
        <translation>{standing} (erfasst: {status})</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="48"/>
        <location filename="../cli/__init__.py" line="52"/>
        <source>the language of the messages (default: the system&apos;s, from LANG)</source>
        <translation>die Sprache der Meldungen (Standard: die des Systems, aus LANG)</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="49"/>
        <location filename="../cli/__init__.py" line="51"/>
        <source>database: a file path or SQLAlchemy URL (default: $PLANNER_DB, else the local plan)</source>
        <translation>Datenbank: ein Dateipfad oder eine SQLAlchemy-URL (Standard: $PLANNER_DB, sonst der lokale Plan)</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="50"/>
        <source>Timeline and deadline planner for dated commitments.</source>
        <translation>Zeitleiste und Fristenplaner für datierte Verpflichtungen.</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="88"/>
        <source>the argument {argument!r} is not valid UTF-8 text; check the terminal&apos;s or the script&apos;s encoding.</source>
        <translation>das Argument {argument!r} ist kein gültiger UTF-8-Text; prüfen Sie die Kodierung des Terminals oder des Skripts.</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="104"/>
        <source>interrupted; nothing more was changed.</source>
        <translation>unterbrochen; sonst wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="18"/>
        <source>name a past day to compare against, list the named days, or --delete one</source>
        <translation>einen vergangenen Tag zum Vergleich benennen, die benannten Tage auflisten oder einen löschen (--delete)</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="19"/>
        <source>the baseline&apos;s name, e.g. &apos;Council meeting 12 March 2021&apos;</source>
        <translation>der Name des Basisplans, z. B. „Ratstagung 12. März 2021“</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="20"/>
        <source>the day it names (YYYY-MM-DD)</source>
        <translation>der Tag, den er benennt (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="21"/>
        <source>forget the named baseline (the plan&apos;s own history stays)</source>
        <translation>den benannten Basisplan vergessen (die Geschichte des Plans bleibt)</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="26"/>
        <source>the plan as it was planned on a past day (YYYY-MM-DD) or a named baseline; status is then as of that day</source>
        <translation>der Plan, wie er an einem vergangenen Tag (JJJJ-MM-TT) oder einem benannten Basisplan geplant war; der Status gilt dann zu diesem Tag</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="38"/>
        <source>{text!r} is neither a day (YYYY-MM-DD) nor a named baseline (named: {known}).</source>
        <translation>{text!r} ist weder ein Tag (JJJJ-MM-TT) noch ein benannter Basisplan (benannt: {known}).</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="50"/>
        <source>--delete takes the baseline&apos;s name alone: planner baseline --delete NAME.</source>
        <translation>--delete nimmt nur den Namen des Basisplans: planner baseline --delete NAME.</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="57"/>
        <source>Give the day the baseline {name!r} names, e.g. planner baseline {name!r} 2021-03-12.</source>
        <translation>Geben Sie den Tag an, den der Basisplan {name!r} benennt, z. B. planner baseline {name!r} 2021-03-12.</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="62"/>
        <source>No named baselines yet (planner baseline NAME DAY names one).</source>
        <translation>Noch keine benannten Basispläne (planner baseline NAME TAG legt einen an).</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="71"/>
        <source>There is no baseline named {name!r} (named: {known}).</source>
        <translation>Es gibt keinen Basisplan namens {name!r} (benannt: {known}).</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="36"/>
        <source>serve the plan as a calendar feed clients can subscribe to</source>
        <translation>den Plan als Kalender-Feed bereitstellen, den Programme abonnieren können</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="37"/>
        <source>address to listen on (default: 127.0.0.1, this computer only)</source>
        <translation>Adresse, auf der gelauscht wird (Standard: 127.0.0.1, nur dieser Computer)</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="38"/>
        <source>port (default: {DEFAULT_PORT}; 0 picks a free one)</source>
        <translation>Port (Standard: {DEFAULT_PORT}; 0 wählt einen freien)</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="41"/>
        <source>publish the plan&apos;s calendar to a CalDAV server or a synced file</source>
        <translation>den Kalender des Plans auf einem CalDAV-Server oder in einer synchronisierten Datei veröffentlichen</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="43"/>
        <source>create, update and delete events on a CalDAV calendar</source>
        <translation>Termine in einem CalDAV-Kalender anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="44"/>
        <source>the calendar collection&apos;s address (default: the one remembered in the plan)</source>
        <translation>die Adresse der Kalendersammlung (Standard: die im Plan gespeicherte)</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="45"/>
        <source>user name (default: the one remembered in the plan)</source>
        <translation>Benutzername (Standard: der im Plan gespeicherte)</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="46"/>
        <source>remember the address and user in the plan (never the password)</source>
        <translation>Adresse und Benutzer im Plan speichern (nie das Passwort)</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="47"/>
        <source>keep the password in the system keyring</source>
        <translation>das Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="51"/>
        <source>write the calendar to a file a sync folder shares, atomically</source>
        <translation>den Kalender atomar in eine Datei schreiben, die ein Sync-Ordner teilt</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="52"/>
        <source>the .ics file (default: the one remembered in the plan)</source>
        <translation>die .ics-Datei (Standard: die im Plan gespeicherte)</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="53"/>
        <source>keep rewriting it whenever the plan changes, until Ctrl-C</source>
        <translation>sie bei jeder Änderung des Plans neu schreiben, bis Strg-C</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="54"/>
        <source>how often --watch looks for changes</source>
        <translation>wie oft --watch nach Änderungen sieht</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="55"/>
        <source>remember the file in the plan: the window keeps it current</source>
        <translation>die Datei im Plan speichern: das Fenster hält sie aktuell</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="60"/>
        <source>iCalendar events (and optionally to-dos)</source>
        <translation>iCalendar-Termine (und wahlweise Aufgaben)</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="61"/>
        <source>the .ics file, or a folder with --per-strategy</source>
        <translation>die .ics-Datei oder ein Ordner mit --per-strategy</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="62"/>
        <source>also write the commitments as to-dos, to FILE-tasks.ics</source>
        <translation>die Verpflichtungen auch als Aufgaben schreiben, nach DATEI-tasks.ics</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="63"/>
        <source>one file per strategy, named by its key, in the folder -o</source>
        <translation>eine Datei je Strategie, nach ihrem Schlüssel benannt, im Ordner -o</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="64"/>
        <source>the calendar&apos;s name as clients list it</source>
        <translation>der Name des Kalenders, wie Programme ihn anzeigen</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="72"/>
        <source>the day --status and --due-within are judged on (default: today)</source>
        <translation>der Tag, an dem --status und --due-within beurteilt werden (Standard: heute)</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="87"/>
        <source>The folder {out} does not exist; --per-strategy writes one file per strategy into a folder.</source>
        <translation>Der Ordner {out} existiert nicht; --per-strategy schreibt je Strategie eine Datei in einen Ordner.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="114"/>
        <source>The port {port} is not a port number (0 to 65535).</source>
        <translation>Der Port {port} ist keine Portnummer (0 bis 65535).</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="121"/>
        <source>Warning: {host} lets other computers on the network read the whole plan.</source>
        <translation>Warnung: {host} lässt andere Computer im Netz den ganzen Plan lesen.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="122"/>
        <source>Serving the plan at {url}</source>
        <translation>Der Plan wird unter {url} bereitgestellt</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="123"/>
        <source>Subscribe in a calendar app with {url}</source>
        <translation>In einer Kalender-App abonnieren mit {url}</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="126"/>
        <source>Press Ctrl-C to stop.</source>
        <translation>Strg-C beendet.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="130"/>
        <location filename="../cli/calendar_commands.py" line="203"/>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="151"/>
        <source>No CalDAV address given and none remembered; name the calendar&apos;s address, e.g. https://host/dav/user/team/.</source>
        <translation>Keine CalDAV-Adresse angegeben und keine gespeichert; nennen Sie die Adresse des Kalenders, z. B. https://host/dav/benutzer/team/.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="170"/>
        <source>The password was not saved: this system has no keyring.</source>
        <translation>Das Passwort wurde nicht gespeichert: Dieses System hat keinen Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="171"/>
        <source>Published to {url}: {text}.</source>
        <translation>In {url} veröffentlicht: {text}.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="177"/>
        <source>A CalDAV password is needed, and there is no terminal to ask for it; save it in the system keyring (--save-password, once, in a terminal).</source>
        <translation>Ein CalDAV-Passwort wird benötigt, und es gibt kein Terminal, um danach zu fragen; speichern Sie es im Schlüsselbund des Systems (--save-password, einmal, in einem Terminal).</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="181"/>
        <source>No CalDAV password was given.</source>
        <translation>Es wurde kein CalDAV-Passwort angegeben.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="188"/>
        <source>No file given and none remembered; name the .ics file to publish to.</source>
        <translation>Keine Datei angegeben und keine gespeichert; nennen Sie die .ics-Datei, in die veröffentlicht wird.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="190"/>
        <source>--every needs a number of seconds above 0, not {every}.</source>
        <translation>--every braucht eine Anzahl Sekunden über 0, nicht {every}.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="197"/>
        <source>Keeping {path} current; press Ctrl-C to stop.</source>
        <translation>{path} wird aktuell gehalten; Strg-C beendet.</translation>
    </message>
    <message>
        <location filename="../cli/copy.py" line="16"/>
        <source>copy a whole plan to another database (SQLite file or PostgreSQL URL)</source>
        <translation>einen ganzen Plan in eine andere Datenbank kopieren (SQLite-Datei oder PostgreSQL-URL)</translation>
    </message>
    <message>
        <location filename="../cli/copy.py" line="17"/>
        <source>Copy every row of a plan — ids, history, links, key dates, settings — into a database that holds no plan yet.</source>
        <translation>Jede Zeile eines Plans — Kennungen, Verlauf, Verknüpfungen, Stichtage, Einstellungen — in eine Datenbank kopieren, die noch keinen Plan enthält.</translation>
    </message>
    <message>
        <location filename="../cli/copy.py" line="19"/>
        <source>the plan to copy: a file path or SQLAlchemy URL</source>
        <translation>der zu kopierende Plan: ein Dateipfad oder eine SQLAlchemy-URL</translation>
    </message>
    <message>
        <location filename="../cli/copy.py" line="20"/>
        <source>where to copy it: a file path or SQLAlchemy URL</source>
        <translation>wohin kopiert wird: ein Dateipfad oder eine SQLAlchemy-URL</translation>
    </message>
    <message>
        <location filename="../cli/copy.py" line="21"/>
        <source>drop the plan the target already holds (in the same transaction)</source>
        <translation>den Plan verwerfen, den das Ziel schon enthält (in derselben Transaktion)</translation>
    </message>
    <message>
        <location filename="../cli/desktop_entry.py" line="17"/>
        <source>add Planner to the desktop&apos;s application menu (for this user)</source>
        <translation>Planner ins Anwendungsmenü des Desktops aufnehmen (für diesen Benutzer)</translation>
    </message>
    <message>
        <location filename="../cli/desktop_entry.py" line="24"/>
        <source>Cannot find the planner-app launcher beside this planner command; reinstall Planner with pip or pipx.</source>
        <translation>Der Starter planner-app liegt nicht neben diesem planner-Befehl; installieren Sie Planner mit pip oder pipx neu.</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="20"/>
        <source>add a commitment</source>
        <translation>eine Verpflichtung hinzufügen</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="22"/>
        <source>e.g. &apos;Q4 2020&apos;, &apos;by the end of 2021&apos;, &apos;2021-2025&apos;</source>
        <translation>z. B. „Q4 2020“, „bis Ende 2021“, „2021-2025“</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="23"/>
        <source>initiative key or words of its title (default: Unfiled)</source>
        <translation>Schlüssel der Initiative oder Wörter ihres Titels (Standard: Unfiled)</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="27"/>
        <source>change a commitment</source>
        <translation>eine Verpflichtung ändern</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="30"/>
        <source>a new due date; the change is kept in the history</source>
        <translation>eine neue Fälligkeit; die Änderung bleibt im Verlauf</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="31"/>
        <source>move it to another initiative</source>
        <translation>sie in eine andere Initiative verschieben</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="33"/>
        <source>when you now expect it (&apos;none&apos; to clear)</source>
        <translation>wann Sie es jetzt erwarten („none“ zum Löschen)</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="34"/>
        <source>mark delivered on DAY: &apos;15 December 2020&apos; or 2020-12-15, as in the window</source>
        <translation>als erfüllt markieren am TAG: „15 December 2020“ oder 2020-12-15, wie im Fenster</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="35"/>
        <source>the document that delivered it, e.g. &apos;COM(2022) 209&apos;</source>
        <translation>das Dokument, das sie erfüllt hat, z. B. „COM(2022) 209“</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="36"/>
        <source>why the dates changed (kept with the revision)</source>
        <translation>warum sich die Daten geändert haben (bleibt bei der Änderung)</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="42"/>
        <source>start of a span</source>
        <translation>Beginn eines Zeitraums</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="46"/>
        <source>document reference, e.g. &apos;COM(2020) 607&apos;</source>
        <translation>Aktenzeichen des Dokuments, z. B. „COM(2020) 607“</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="48"/>
        <source>the sentence of the document it comes from</source>
        <translation>der Satz des Dokuments, aus dem sie stammt</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="55"/>
        <source>{text!r} is a window ({window_text}); give the exact day it was delivered.</source>
        <translation>{text!r} ist ein Zeitfenster ({window_text}); geben Sie den genauen Tag der Erfüllung an.</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="73"/>
        <source>The initiative {text!r} matches several initiatives of the plan; use a key: {keys}.</source>
        <translation>Die Initiative {text!r} passt zu mehreren Initiativen des Plans; verwenden Sie einen Schlüssel: {keys}.</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="74"/>
        <source>The initiative {text!r} matches no initiative of the plan; `planner initiatives` lists the keys.</source>
        <translation>Die Initiative {text!r} passt zu keiner Initiative des Plans; `planner initiatives` listet die Schlüssel.</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="104"/>
        <source>Added commitment {id}: {title} (due {due}, {window}).</source>
        <translation>Verpflichtung {id} hinzugefügt: {title} (fällig {due}, {window}).</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="139"/>
        <source>Nothing to change in commitment {id}: give at least one option such as --due, --title or --delivered (see `planner edit --help`).</source>
        <translation>Nichts zu ändern an Verpflichtung {id}: Geben Sie mindestens eine Option wie --due, --title oder --delivered an (siehe `planner edit --help`).</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="25"/>
        <source>propose the commitments a document (PDF, HTML, DOCX, text) states</source>
        <translation>die Verpflichtungen vorschlagen, die ein Dokument (PDF, HTML, DOCX, Text) nennt</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="27"/>
        <source>print the proposals as one JSON array (nothing is stored)</source>
        <translation>die Vorschläge als ein JSON-Array ausgeben (nichts wird gespeichert)</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="28"/>
        <source>the document&apos;s date, when it does not state it (YYYY-MM-DD)</source>
        <translation>das Datum des Dokuments, falls es keines nennt (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="29"/>
        <source>the document&apos;s reference, e.g. &apos;COM(2020) 607&apos;</source>
        <translation>das Aktenzeichen des Dokuments, z. B. „COM(2020) 607“</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="30"/>
        <source>add every dated proposal to the plan (one transaction)</source>
        <translation>jeden datierten Vorschlag in den Plan aufnehmen (eine Transaktion)</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="31"/>
        <source>the strategy the accepted commitments are filed under</source>
        <translation>die Strategie, unter der die angenommenen Verpflichtungen abgelegt werden</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="38"/>
        <source>--accept-all needs --into STRATEGY_KEY: the strategy the commitments are filed under.</source>
        <translation>--accept-all braucht --into STRATEGIE_SCHLÜSSEL: die Strategie, unter der die Verpflichtungen abgelegt werden.</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="40"/>
        <source>--into is for --accept-all; without it nothing is stored.</source>
        <translation>--into gehört zu --accept-all; ohne es wird nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="42"/>
        <source>The file {file} does not exist.</source>
        <translation>Die Datei {file} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="15"/>
        <source>only this status; one of: {statuses} (repeatable)</source>
        <translation>nur dieser Status; einer von: {statuses} (wiederholbar)</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="16"/>
        <source>only this strategy (key, reference or words of its title; repeatable)</source>
        <translation>nur diese Strategie (Schlüssel, Aktenzeichen oder Wörter ihres Titels; wiederholbar)</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="17"/>
        <source>only commitments of this actor (repeatable)</source>
        <translation>nur Verpflichtungen dieses Akteurs (wiederholbar)</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="18"/>
        <source>only open commitments due in the next DAYS days</source>
        <translation>nur offene Verpflichtungen, die in den nächsten TAGE Tagen fällig sind</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="19"/>
        <source>only commitments whose window reaches DATE or later</source>
        <translation>nur Verpflichtungen, deren Zeitfenster DATUM oder später erreicht</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="20"/>
        <source>only commitments whose window starts by DATE</source>
        <translation>nur Verpflichtungen, deren Zeitfenster bis DATUM beginnt</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="21"/>
        <source>only commitments whose title, description or quote has these words</source>
        <translation>nur Verpflichtungen, deren Titel, Beschreibung oder Zitat diese Wörter enthält</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="28"/>
        <source>The status {status!r} is not known; use one of: {statuses}.</source>
        <translation>Der Status {status!r} ist unbekannt; verwenden Sie einen von: {statuses}.</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="30"/>
        <source>--due-within needs a number of days of 0 or more, not {due_within}.</source>
        <translation>--due-within braucht eine Anzahl Tage von 0 oder mehr, nicht {due_within}.</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="51"/>
        <source>The strategy {text!r} matches several strategies of the plan; use a key: {known}.</source>
        <translation>Die Strategie {text!r} passt zu mehreren Strategien des Plans; verwenden Sie einen Schlüssel: {known}.</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="51"/>
        <source>The strategy {text!r} matches no strategy of the plan; use a key: {known}.</source>
        <translation>Die Strategie {text!r} passt zu keiner Strategie des Plans; verwenden Sie einen Schlüssel: {known}.</translation>
    </message>
    <message>
        <location filename="../cli/groups.py" line="14"/>
        <source>list the initiatives and their keys (for --initiative)</source>
        <translation>die Initiativen und ihre Schlüssel auflisten (für --initiative)</translation>
    </message>
    <message>
        <location filename="../cli/groups.py" line="15"/>
        <location filename="../cli/listing.py" line="23"/>
        <location filename="../cli/remind.py" line="38"/>
        <source>print one JSON array</source>
        <translation>ein einziges JSON-Array ausgeben</translation>
    </message>
    <message>
        <location filename="../cli/groups.py" line="29"/>
        <source>The plan has no initiatives yet.</source>
        <translation>Der Plan hat noch keine Initiativen.</translation>
    </message>
    <message>
        <location filename="../cli/listing.py" line="22"/>
        <source>list commitments (table or --json)</source>
        <translation>Verpflichtungen auflisten (Tabelle oder --json)</translation>
    </message>
    <message>
        <location filename="../cli/listing.py" line="24"/>
        <source>compute status as of this day (default: today)</source>
        <translation>den Status zu diesem Tag berechnen (Standard: heute)</translation>
    </message>
    <message>
        <location filename="../cli/listing.py" line="116"/>
        <source>No commitments match.</source>
        <translation>Keine Verpflichtung passt.</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="28"/>
        <source>print a timeline snapshot to a PDF, PNG or SVG file (A3 landscape, whole plan)</source>
        <translation>eine Momentaufnahme der Zeitleiste in eine PDF-, PNG- oder SVG-Datei drucken (A3 quer, ganzer Plan)</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="29"/>
        <source>A timeline snapshot to hand round: title, as-of date, the tree&apos;s label columns, bars, legend and page numbers.</source>
        <translation>Eine Momentaufnahme der Zeitleiste zum Verteilen: Titel, Stichtag, die Beschriftungsspalten des Baums, Balken, Legende und Seitenzahlen.</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="30"/>
        <source>FILE.pdf, FILE.png or FILE.svg (pictures of several pages: FILE-1.png, FILE-2.png...)</source>
        <translation>DATEI.pdf, DATEI.png oder DATEI.svg (Bilder mehrerer Seiten: DATEI-1.png, DATEI-2.png…)</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="32"/>
        <source>first month printed (default: the first date of the rows printed)</source>
        <translation>erster gedruckter Monat (Standard: das erste Datum der gedruckten Zeilen)</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="33"/>
        <source>last month printed (default: the last date of the rows printed)</source>
        <translation>letzter gedruckter Monat (Standard: das letzte Datum der gedruckten Zeilen)</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="34"/>
        <source>paper size: {PAGE_NAMES} (default: A3)</source>
        <translation>Papierformat: {PAGE_NAMES} (Standard: A3)</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="35"/>
        <source>portrait pages (default: landscape)</source>
        <translation>Seiten im Hochformat (Standard: Querformat)</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="37"/>
        <source>fit the range across N pages (default: 1); rows run on to more pages when they must</source>
        <translation>den Zeitraum auf N Seiten Breite einpassen (Standard: 1); Zeilen laufen bei Bedarf auf weitere Seiten</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="38"/>
        <source>tile instead: draw a month MM millimetres wide, on as many pages as it takes</source>
        <translation>stattdessen kacheln: einen Monat MM Millimeter breit zeichnen, auf so vielen Seiten wie nötig</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="39"/>
        <source>status as of this day (default: today)</source>
        <translation>Stand an diesem Tag (Standard: heute)</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="40"/>
        <source>black and white: status told by pattern and symbol</source>
        <translation>schwarz-weiß: Status durch Muster und Symbol</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="41"/>
        <source>a footer with the source documents of the rows</source>
        <translation>eine Fußzeile mit den Quelldokumenten der Zeilen</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="42"/>
        <source>title at the top (default: the strategy, or the strategies, printed)</source>
        <translation>Titel oben (Standard: die gedruckte Strategie oder die gedruckten Strategien)</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="43"/>
        <source>resolution of a PNG (default: 150)</source>
        <translation>Auflösung eines PNG (Standard: 150)</translation>
    </message>
    <message>
        <location filename="../cli/remind.py" line="30"/>
        <source>print the reminders due and mark them shown (for cron or a systemd timer)</source>
        <translation>die fälligen Erinnerungen ausgeben und als gezeigt markieren (für cron oder einen systemd-Timer)</translation>
    </message>
    <message>
        <location filename="../cli/remind.py" line="31"/>
        <source>Print the reminders that are due and not yet dealt with, and mark them shown.
Exit status: 0 when nothing is due, 1 when reminders were printed, 2 on an error.</source>
        <translation>Die fälligen, noch nicht erledigten Erinnerungen ausgeben und als gezeigt markieren.
Exit-Status: 0, wenn nichts fällig ist, 1, wenn Erinnerungen ausgegeben wurden, 2 bei einem Fehler.</translation>
    </message>
    <message>
        <location filename="../cli/remind.py" line="33"/>
        <source>crontab, every hour:  0 * * * *  planner remind --notify
systemd: a service running it should say SuccessExitStatus=1 (reminders were due).</source>
        <translation>crontab, stündlich:  0 * * * *  planner remind --notify
systemd: ein Dienst, der es startet, sollte SuccessExitStatus=1 angeben (Erinnerungen waren fällig).</translation>
    </message>
    <message>
        <location filename="../cli/remind.py" line="37"/>
        <source>take this day as today (default: today)</source>
        <translation>diesen Tag als heute nehmen (Standard: heute)</translation>
    </message>
    <message>
        <location filename="../cli/remind.py" line="39"/>
        <source>only look: do not mark them shown</source>
        <translation>nur ansehen: nicht als gezeigt markieren</translation>
    </message>
    <message>
        <location filename="../cli/remind.py" line="40"/>
        <source>also send a desktop notification</source>
        <translation>auch eine Desktop-Benachrichtigung senden</translation>
    </message>
    <message>
        <location filename="../cli/remind.py" line="75"/>
        <source>No reminders due as of {day}.</source>
        <translation>Keine Erinnerungen fällig am {day}.</translation>
    </message>
    <message>
        <location filename="../cli/report.py" line="24"/>
        <source>a meeting report: delivered, slipped, overdue, due next, added or dropped</source>
        <translation>ein Sitzungsbericht: erfüllt, verschoben, überfällig, als Nächstes fällig, hinzugefügt oder aufgegeben</translation>
    </message>
    <message>
        <location filename="../cli/report.py" line="25"/>
        <source>What happened after --since up to --until, and what is due in the weeks after, as PDF, HTML or Markdown.</source>
        <translation>Was nach --since bis --until geschah und was in den Wochen danach fällig ist, als PDF, HTML oder Markdown.</translation>
    </message>
    <message>
        <location filename="../cli/report.py" line="26"/>
        <source>the day of the last meeting (YYYY-MM-DD) or a named baseline</source>
        <translation>der Tag der letzten Sitzung (JJJJ-MM-TT) oder ein benannter Basisplan</translation>
    </message>
    <message>
        <location filename="../cli/report.py" line="27"/>
        <source>the last day the report covers (default: today)</source>
        <translation>der letzte Tag, den der Bericht abdeckt (Standard: heute)</translation>
    </message>
    <message>
        <location filename="../cli/report.py" line="28"/>
        <source>what is due in this many weeks after --until (default: 8)</source>
        <translation>was in so vielen Wochen nach --until fällig ist (Standard: 8)</translation>
    </message>
    <message>
        <location filename="../cli/report.py" line="29"/>
        <source>FILE.pdf, FILE.html or FILE.md</source>
        <translation>DATEI.pdf, DATEI.html oder DATEI.md</translation>
    </message>
    <message>
        <location filename="../cli/report.py" line="38"/>
        <source>The file {output} has an unknown type; a report is written as {suffixes}.</source>
        <translation>Die Datei {output} hat einen unbekannten Typ; ein Bericht wird als {suffixes} geschrieben.</translation>
    </message>
    <message>
        <location filename="../cli/report.py" line="40"/>
        <source>--ahead must be from 0 to 520 weeks, not {ahead}.</source>
        <translation>--ahead muss zwischen 0 und 520 Wochen liegen, nicht {ahead}.</translation>
    </message>
    <message>
        <location filename="../cli/report.py" line="44"/>
        <source>The report would end on {until}, before it starts on {since}; give an --until after --since.</source>
        <translation>Der Bericht würde am {until} enden, bevor er am {since} beginnt; geben Sie ein --until nach --since an.</translation>
    </message>
    <message>
        <location filename="../cli/transfer.py" line="42"/>
        <source>import commitments from a file (one transaction)</source>
        <translation>Verpflichtungen aus einer Datei importieren (eine Transaktion)</translation>
    </message>
    <message>
        <location filename="../cli/transfer.py" line="45"/>
        <source>refuse the whole .ics file for one event it cannot read (default: skip it and say so); CSV, TOML and xlsx files are always checked whole</source>
        <translation>die ganze .ics-Datei wegen eines unlesbaren Termins ablehnen (Standard: ihn überspringen und melden); CSV-, TOML- und xlsx-Dateien werden immer als Ganzes geprüft</translation>
    </message>
    <message>
        <location filename="../cli/transfer.py" line="48"/>
        <source>re-import the seed plan (adds what is missing, keeps your edits)</source>
        <translation>den Ausgangsplan neu importieren (ergänzt, was fehlt, behält Ihre Änderungen)</translation>
    </message>
    <message>
        <location filename="../cli/transfer.py" line="51"/>
        <source>write the plan to a file</source>
        <translation>den Plan in eine Datei schreiben</translation>
    </message>
    <message>
        <location filename="../cli/transfer.py" line="53"/>
        <source>one row per commitment</source>
        <translation>eine Zeile je Verpflichtung</translation>
    </message>
    <message>
        <location filename="../cli/transfer.py" line="57"/>
        <source>an Excel workbook: commitments and key dates</source>
        <translation>eine Excel-Arbeitsmappe: Verpflichtungen und Stichtage</translation>
    </message>
    <message>
        <location filename="../cli/transfer.py" line="68"/>
        <source>The file {path} has an unknown type; import reads {suffixes} files.</source>
        <translation>Die Datei {path} hat einen unbekannten Typ; der Import liest {suffixes}-Dateien.</translation>
    </message>
    <message>
        <location filename="../cli/transfer.py" line="70"/>
        <source>The file {path} does not exist.</source>
        <translation>Die Datei {path} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../cli/transfer.py" line="76"/>
        <source>Imported {name}: {text}.</source>
        <translation>{name} importiert: {text}.</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="53"/>
        <source>show the program&apos;s version number and exit</source>
        <translation>die Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="54"/>
        <source>Baseline {name!r}: {day}.</source>
        <translation>Basisplan {name!r}: {day}.</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="73"/>
        <source>Deleted the baseline {name!r} ({day}).</source>
        <translation>Basisplan {name!r} gelöscht ({day}).</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="100"/>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="195"/>
        <source>Wrote {path}.</source>
        <translation>{path} geschrieben.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="195"/>
        <source>Already current: {path}.</source>
        <translation>Bereits aktuell: {path}.</translation>
    </message>
    <message>
        <location filename="../cli/desktop_entry.py" line="26"/>
        <source>Added Planner to the application menu: {entry} ({icons}).</source>
        <translation>Planner zum Anwendungsmenü hinzugefügt: {entry} ({icons}).</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="142"/>
        <source>Nothing to change in commitment {id}: {title} (due {due}, status {status}).</source>
        <translation>Nichts zu ändern an Verpflichtung {id}: {title} (fällig {due}, Status {status}).</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="145"/>
        <source>Saved commitment {id}: {title} (due {due}, status {status}).</source>
        <translation>Verpflichtung {id} gespeichert: {title} (fällig {due}, Status {status}).</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="74"/>
        <source>not dated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="75"/>
        <source>actor unknown</source>
        <translation>Zuständigkeit unbekannt</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="75"/>
        <source>no section</source>
        <translation>ohne Abschnitt</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="87"/>
        <source>{read}; {added}.</source>
        <translation>{read}; {added}.</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="89"/>
        <source>Not added, no date could be read ({phrase}): {quote}</source>
        <translation>Nicht hinzugefügt, kein Datum lesbar ({phrase}): {quote}</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="89"/>
        <source>no date phrase</source>
        <translation>keine Datumsangabe</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="14"/>
        <source>filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../cli/groups.py" line="31"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../cli/groups.py" line="31"/>
        <source>commitments</source>
        <translation>Verpflichtungen</translation>
    </message>
    <message>
        <location filename="../cli/groups.py" line="31"/>
        <source>initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../cli/listing.py" line="120"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../cli/listing.py" line="120"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location filename="../cli/listing.py" line="120"/>
        <source>window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location filename="../cli/listing.py" line="120"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../cli/listing.py" line="120"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="83"/>
        <source>landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="83"/>
        <source>portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="85"/>
        <source>Wrote {files}: {pages}, {page} {side}, {rows}, {range}, status as of {day}.</source>
        <translation>{files} geschrieben: {pages}, {page} {side}, {rows}, {range}, Stand am {day}.</translation>
    </message>
    <message>
        <location filename="../cli/remind.py" line="91"/>
        <source>no desktop notification service is available; the reminders were only printed.</source>
        <translation>kein Benachrichtigungsdienst des Desktops verfügbar; die Erinnerungen wurden nur ausgegeben.</translation>
    </message>
    <message>
        <location filename="../cli/report.py" line="57"/>
        <source>Wrote {file}: {commitments} from {since} to {until}.</source>
        <translation>{file} geschrieben: {commitments} vom {since} bis {until}.</translation>
    </message>
    <message>
        <location filename="../cli/transfer.py" line="84"/>
        <source>Seed plan: {text}.</source>
        <translation>Ausgangsplan: {text}.</translation>
    </message>
    <message>
        <location filename="../cli/context.py" line="60"/>
        <source>{text!r} is not a date; write it as YYYY-MM-DD</source>
        <translation>{text!r} ist kein Datum; schreiben Sie es als JJJJ-MM-TT</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="11"/>
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln Verpflichtung</numerusform>
            <numerusform>%Ln Verpflichtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="14"/>
        <source>Wrote %Ln commitment(s) to {file}.</source>
        <translation>
            <numerusform>%Ln Verpflichtung in {file} geschrieben.</numerusform>
            <numerusform>%Ln Verpflichtungen in {file} geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="17"/>
        <source>Wrote %Ln commitment(s) and {key_dates} to {file}.</source>
        <translation>
            <numerusform>%Ln Verpflichtung und {key_dates} in {file} geschrieben.</numerusform>
            <numerusform>%Ln Verpflichtungen und {key_dates} in {file} geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="20"/>
        <source>%Ln key date(s)</source>
        <translation>
            <numerusform>%Ln Stichtag</numerusform>
            <numerusform>%Ln Stichtage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="23"/>
        <source>%Ln commitment(s), status as of {day}.</source>
        <translation>
            <numerusform>%Ln Verpflichtung, Stand am {day}.</numerusform>
            <numerusform>%Ln Verpflichtungen, Stand am {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="27"/>
        <source>%Ln reminder(s) due (not marked shown: --peek).</source>
        <translation>
            <numerusform>%Ln Erinnerung fällig (nicht als gezeigt markiert: --peek).</numerusform>
            <numerusform>%Ln Erinnerungen fällig (nicht als gezeigt markiert: --peek).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="28"/>
        <source>%Ln reminder(s) due, now marked shown.</source>
        <translation>
            <numerusform>%Ln Erinnerung fällig, jetzt als gezeigt markiert.</numerusform>
            <numerusform>%Ln Erinnerungen fällig, jetzt als gezeigt markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="31"/>
        <source>{document}: %Ln proposed commitment(s).</source>
        <translation>
            <numerusform>{document}: %Ln vorgeschlagene Verpflichtung.</numerusform>
            <numerusform>{document}: %Ln vorgeschlagene Verpflichtungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="34"/>
        <source>Read {document}: %Ln proposal(s)</source>
        <translation>
            <numerusform>{document} gelesen: %Ln Vorschlag</numerusform>
            <numerusform>{document} gelesen: %Ln Vorschläge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="37"/>
        <source>%Ln added to {strategy}</source>
        <translation>
            <numerusform>%Ln zu {strategy} hinzugefügt</numerusform>
            <numerusform>%Ln zu {strategy} hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="40"/>
        <source>%Ln already in the plan</source>
        <translation>
            <numerusform>%Ln bereits im Plan</numerusform>
            <numerusform>%Ln bereits im Plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="43"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln Seite</numerusform>
            <numerusform>%Ln Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="46"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="49"/>
        <source>%Ln file(s) in {folder}</source>
        <translation>
            <numerusform>%Ln Datei in {folder}</numerusform>
            <numerusform>%Ln Dateien in {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="52"/>
        <source>and %Ln icon(s)</source>
        <translation>
            <numerusform>und %Ln Symbol</numerusform>
            <numerusform>und %Ln Symbole</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/copy.py" line="28"/>
        <source>Copied the plan from {source} to {target}: {commitments}, {rows} in {tables}.</source>
        <translation>Plan von {source} nach {target} kopiert: {commitments}, {rows} in {tables}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="49"/>
        <source>%Ln table(s)</source>
        <translation>
            <numerusform>%Ln Tabelle</numerusform>
            <numerusform>%Ln Tabellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../ui/commitment_dialog.py" line="45"/>
        <source>Deadline: due within a window</source>
        <translation>Frist: fällig innerhalb eines Zeitfensters</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="46"/>
        <source>Span: runs from a start to the due date</source>
        <translation>Zeitraum: läuft von einem Beginn bis zur Fälligkeit</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="63"/>
        <source>Edit commitment</source>
        <translation>Verpflichtung bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="63"/>
        <source>New commitment</source>
        <translation>Neue Verpflichtung</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="66"/>
        <source>&amp;Commitment</source>
        <translation>&amp;Verpflichtung</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="67"/>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="69"/>
        <source>&amp;Dependencies</source>
        <translation>&amp;Abhängigkeiten</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="71"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="78"/>
        <source>Save anyway: the plan will show the link as broken</source>
        <translation>Trotzdem speichern: Der Plan zeigt die Verknüpfung als verletzt</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="87"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="87"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="119"/>
        <source>when a span begins, e.g. 2021</source>
        <translation>Beginn eines Zeitraums, z. B. 2021</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="126"/>
        <source>when you now expect it, if not when it is due</source>
        <translation>wann Sie es jetzt erwarten, falls nicht zur Fälligkeit</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="127"/>
        <source>the day it was actually delivered</source>
        <translation>der Tag, an dem sie tatsächlich erfüllt wurde</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="134"/>
        <source>why the dates change, or the document that re-announced them</source>
        <translation>warum sich die Daten ändern oder das Dokument, das sie neu ankündigte</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="139"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="140"/>
        <source>&amp;Initiative:</source>
        <translation>&amp;Initiative:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="141"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="142"/>
        <source>D&amp;ue:</source>
        <translation>F&amp;ällig:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="143"/>
        <source>S&amp;tart:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="144"/>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="145"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="146"/>
        <source>&amp;Forecast:</source>
        <translation>&amp;Prognose:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="147"/>
        <source>Deli&amp;vered on:</source>
        <translation>Er&amp;füllt am:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="148"/>
        <source>Re&amp;minders:</source>
        <translation>Er&amp;innerungen:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="149"/>
        <source>Reason for the &amp;change:</source>
        <translation>Grund der Ä&amp;nderung:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="159"/>
        <source>e.g. COM(2020) 607</source>
        <translation>z. B. COM(2020) 607</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="162"/>
        <source>the sentence of the document the commitment comes from</source>
        <translation>der Satz des Dokuments, aus dem die Verpflichtung stammt</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="164"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="165"/>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="166"/>
        <source>Section:</source>
        <translation>Abschnitt:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="167"/>
        <source>Quote:</source>
        <translation>Zitat:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="168"/>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="203"/>
        <source>Give the commitment a title.</source>
        <translation>Geben Sie der Verpflichtung einen Titel.</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="210"/>
        <source>The start ({start}) is after the end of the due window ({window}).</source>
        <translation>Der Beginn ({start}) liegt nach dem Ende des Fälligkeitsfensters ({window}).</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="272"/>
        <source>&lt;b&gt;This change breaks a dependency.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diese Änderung verletzt eine Abhängigkeit.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="289"/>
        <source>Kept in the history with the reason: {changes}</source>
        <translation>Mit dem Grund im Verlauf festgehalten: {changes}</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="135"/>
        <source>Why the dates change: free text, or the reference of the document that re-announced them; kept with the revision</source>
        <translation>Warum sich die Daten ändern: freier Text oder das Aktenzeichen des Dokuments, das sie neu angekündigt hat; wird mit der Revision gespeichert</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <location filename="../ui/compare_actions.py" line="35"/>
        <source>Com&amp;pare with…</source>
        <translation>Verglei&amp;chen mit…</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="35"/>
        <source>Show how the plan stood on a past day, as the first-announced dates are shown</source>
        <translation>Zeigen, wie der Plan an einem vergangenen Tag stand, so wie die zuerst angekündigten Daten gezeigt werden</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="36"/>
        <source>Stop comparing</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="37"/>
        <source>&amp;Baselines</source>
        <translation>&amp;Basispläne</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="48"/>
        <location filename="../ui/compare_actions.py" line="65"/>
        <location filename="../ui/compare_actions.py" line="85"/>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="49"/>
        <source>Draw the due dates as they were planned on:</source>
        <translation>Die Fälligkeiten so zeichnen, wie sie geplant waren am:</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="50"/>
        <source>Save as a named baseline:</source>
        <translation>Als benannten Basisplan speichern:</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="52"/>
        <source>e.g. Council meeting 12 March 2021</source>
        <translation>z. B. Ratstagung 12. März 2021</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="101"/>
        <source>Compared with the plan of {day}: hollow bars show the due dates as they stood then.</source>
        <translation>Verglichen mit dem Plan vom {day}: Hohle Balken zeigen die Fälligkeiten, wie sie damals standen.</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="106"/>
        <source>Compared with the plan of {day}</source>
        <translation>Verglichen mit dem Plan vom {day}</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="122"/>
        <source>No named baselines yet (Compare with… names one)</source>
        <translation>Noch keine benannten Basispläne (Vergleichen mit… legt einen an)</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="125"/>
        <source>&amp;Delete a baseline</source>
        <translation>Basisplan &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="133"/>
        <location filename="../ui/compare_actions.py" line="140"/>
        <source>Delete a baseline</source>
        <translation>Basisplan löschen</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="134"/>
        <source>Delete the baseline “{name}” ({day})? The plan itself does not change.</source>
        <translation>Den Basisplan „{name}“ ({day}) löschen? Der Plan selbst ändert sich nicht.</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="147"/>
        <source>Deleted the baseline “{name}”.</source>
        <translation>Basisplan „{name}“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/conflict_dialog.py" line="27"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="27"/>
        <source>Delivered on</source>
        <translation>Erfüllt am</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="28"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="29"/>
        <source>Remind when the window opens</source>
        <translation>Bei Öffnung des Zeitfensters erinnern</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="30"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="30"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="31"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="31"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="32"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="33"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="33"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="34"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="34"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="35"/>
        <source>Url</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="35"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="43"/>
        <source>Changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="50"/>
        <source>Stored now (theirs)</source>
        <translation>Jetzt gespeichert (deren Fassung)</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="50"/>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="62"/>
        <source>Reload shows their version and drops your change. Keep mine saves your change on top of theirs; what they changed elsewhere stays.</source>
        <translation>Neu laden zeigt deren Fassung und verwirft Ihre Änderung. Meine behalten speichert Ihre Änderung über deren; was dort anderswo geändert wurde, bleibt.</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="66"/>
        <source>&amp;Reload (take theirs)</source>
        <translation>Neu &amp;laden (deren übernehmen)</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="67"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../ui/database_page.py" line="42"/>
        <source>empty: the plan file on this computer</source>
        <translation>leer: die lokale Plandatei</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="45"/>
        <source>A file path, or a shared database such as postgresql+psycopg://officer@db.unit.example/plan</source>
        <translation>Ein Dateipfad oder eine gemeinsame Datenbank wie postgresql+psycopg://referent@db.referat.example/plan</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="46"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="55"/>
        <source>Open the plan at:</source>
        <translation>Den Plan öffnen unter:</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="57"/>
        <source>Open now:</source>
        <translation>Jetzt geöffnet:</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="59"/>
        <source>One plan for the whole unit: give every officer the same PostgreSQL address. A password typed in it is moved to your PostgreSQL password file (~/.pgpass), which only you can read, and the address is saved without it. The new address is used the next time Planner starts (it offers to restart at once); to move a plan there first, run: planner copy --from OLD --to NEW.</source>
        <translation>Ein Plan für das ganze Referat: Geben Sie allen dieselbe PostgreSQL-Adresse. Ein darin eingegebenes Passwort wird in Ihre PostgreSQL-Passwortdatei (~/.pgpass) verschoben, die nur Sie lesen können, und die Adresse ohne es gespeichert. Die neue Adresse gilt ab dem nächsten Start von Planner (es bietet einen sofortigen Neustart an); um einen Plan zuerst dorthin zu verschieben: planner copy --from ALT --to NEU.</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="95"/>
        <source>The database address {address!r} is not a database URL (try a file path or postgresql+psycopg://user@host/plan).</source>
        <translation>Die Datenbankadresse {address!r} ist keine Datenbank-URL (versuchen Sie einen Dateipfad oder postgresql+psycopg://benutzer@host/plan).</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="107"/>
        <source>The password could not be written to {password_file} ({strerror}); the database address was not changed.</source>
        <translation>Das Passwort konnte nicht in {password_file} geschrieben werden ({strerror}); die Datenbankadresse wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="110"/>
        <source>Its password is kept in {file}, not in Planner&apos;s settings.</source>
        <translation>Das Passwort liegt in {file}, nicht in den Einstellungen von Planner.</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="114"/>
        <source>the plan file on this computer</source>
        <translation>die Plandatei auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="115"/>
        <source>Planner will open {plan} the next time it starts.</source>
        <translation>Planner öffnet {plan} beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="120"/>
        <source>{said}

Restart Planner now?</source>
        <translation>{said}

Planner jetzt neu starten?</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="124"/>
        <source>Planner could not be started again; it opens the new plan when you next start it.</source>
        <translation>Planner konnte nicht neu gestartet werden; es öffnet den neuen Plan beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="33"/>
        <location filename="../ui/database_preferences.py" line="23"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
</context>
<context>
    <name>DayFlag</name>
    <message>
        <location filename="../timeline/overlays.py" line="147"/>
        <source>as of {day}</source>
        <translation>Stand {day}</translation>
    </message>
    <message>
        <location filename="../timeline/overlays.py" line="147"/>
        <source>today {day}</source>
        <translation>heute {day}</translation>
    </message>
    <message>
        <location filename="../timeline/flag_lane.py" line="100"/>
        <source>as of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../timeline/flag_lane.py" line="100"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../ui/delivery_dialog.py" line="30"/>
        <source>Mark delivered</source>
        <translation>Als erfüllt markieren</translation>
    </message>
    <message>
        <location filename="../ui/delivery_dialog.py" line="33"/>
        <source>When was {what} delivered, and by which document?</source>
        <translation>Wann wurde {what} erfüllt, und durch welches Dokument?</translation>
    </message>
    <message>
        <location filename="../ui/delivery_dialog.py" line="38"/>
        <source>e.g. COM(2022) 209 (optional)</source>
        <translation>z. B. COM(2022) 209 (optional)</translation>
    </message>
    <message>
        <location filename="../ui/delivery_dialog.py" line="40"/>
        <source>&amp;Delivered on:</source>
        <translation>&amp;Erfüllt am:</translation>
    </message>
    <message>
        <location filename="../ui/delivery_dialog.py" line="41"/>
        <source>&amp;By the document:</source>
        <translation>&amp;Durch das Dokument:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery_dialog.py" line="32"/>
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln Verpflichtung</numerusform>
            <numerusform>%Ln Verpflichtungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DependencyEditor</name>
    <message>
        <location filename="../ui/dependency_editor.py" line="39"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dependency_editor.py" line="40"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/dependency_editor.py" line="45"/>
        <source>This commitment cannot finish before the commitments it comes after (finish-to-start).</source>
        <translation>Diese Verpflichtung kann nicht vor den Verpflichtungen enden, nach denen sie kommt (Ende-Anfang).</translation>
    </message>
    <message>
        <location filename="../ui/dependency_editor.py" line="48"/>
        <source>Comes after:</source>
        <translation>Kommt nach:</translation>
    </message>
    <message>
        <location filename="../ui/dependency_editor.py" line="53"/>
        <source>Comes before (change these links from the later commitment):</source>
        <translation>Kommt vor (diese Verknüpfungen bei der späteren Verpflichtung ändern):</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../ui/details_pane.py" line="25"/>
        <source>Details of the selected commitment</source>
        <translation>Details der ausgewählten Verpflichtung</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="39"/>
        <source>Select a commitment to see its details and the sentence it came from.</source>
        <translation>Wählen Sie eine Verpflichtung, um ihre Details und den Satz zu sehen, aus dem sie stammt.</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="48"/>
        <source>{standing} as of {day} (recorded: {status})</source>
        <translation>{standing}, Stand {day} (erfasst: {status})</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="51"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="53"/>
        <source>First announced</source>
        <translation>Zuerst angekündigt</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="56"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="58"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="61"/>
        <source>Delivered</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="63"/>
        <source>Slippage</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="64"/>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="64"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="64"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="72"/>
        <source>No source sentence recorded</source>
        <translation>Kein Quellsatz erfasst</translation>
    </message>
</context>
<context>
    <name>DueSoonDock</name>
    <message>
        <location filename="../ui/due_soon_dock.py" line="47"/>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="55"/>
        <source>Remind me again on the morning of:</source>
        <translation>Erneut erinnern am Morgen des:</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="69"/>
        <location filename="../ui/due_soon_dock.py" line="159"/>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="71"/>
        <source>Reminders that have come due, with Open, Snooze, Dismiss and Mark delivered</source>
        <translation>Fällige Erinnerungen, mit Öffnen, Zurückstellen, Verwerfen und Als erfüllt markieren</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="79"/>
        <source>Commitment</source>
        <translation>Verpflichtung</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="79"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="79"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="80"/>
        <source>Reminders due soon</source>
        <translation>Bald fällige Erinnerungen</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="93"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="94"/>
        <location filename="../ui/due_soon_dock.py" line="111"/>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="97"/>
        <source>Until a date…</source>
        <translation>Bis zu einem Datum…</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="98"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="99"/>
        <source>Mark delivered</source>
        <translation>Als erfüllt markieren</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="147"/>
        <source>{title}
Due: {shown}</source>
        <translation>{title}
Fällig: {shown}</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="159"/>
        <source>Due soon ({waiting})</source>
        <translation>Bald fällig ({waiting})</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="170"/>
        <source>snoozed till {when}</source>
        <translation>zurückgestellt bis {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/due_soon_dock.py" line="157"/>
        <source>%Ln reminder(s) awaiting an answer</source>
        <translation>
            <numerusform>%Ln Erinnerung wartet auf Antwort</numerusform>
            <numerusform>%Ln Erinnerungen warten auf Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/due_soon_dock.py" line="158"/>
        <source>due in the next %Ln day(s)</source>
        <translation>
            <numerusform>fällig innerhalb von %Ln Tag</numerusform>
            <numerusform>fällig in den nächsten %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/due_soon_dock.py" line="158"/>
        <source>Nothing due in the next %Ln day(s).</source>
        <translation>
            <numerusform>Nichts fällig innerhalb von %Ln Tag.</numerusform>
            <numerusform>Nichts fällig in den nächsten %Ln Tagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../ui/edit_actions.py" line="37"/>
        <source>Changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="38"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="52"/>
        <source>&amp;New commitment…</source>
        <translation>&amp;Neue Verpflichtung…</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="52"/>
        <source>Add a commitment to the current initiative</source>
        <translation>Der aktuellen Initiative eine Verpflichtung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="53"/>
        <source>&amp;Edit commitment…</source>
        <translation>Verpflichtung &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="53"/>
        <source>Change the dates, text and links of the current commitment</source>
        <translation>Daten, Text und Verknüpfungen der aktuellen Verpflichtung ändern</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="63"/>
        <source>&amp;Key dates…</source>
        <translation>&amp;Stichtage…</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="63"/>
        <source>The dated events drawn as lines across the timeline</source>
        <translation>Die datierten Ereignisse, als Linien über die Zeitleiste gezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="65"/>
        <location filename="../ui/edit_actions.py" line="68"/>
        <source>Undo history</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="70"/>
        <source>Every change made in this window; choose a step to go back to it</source>
        <translation>Jede Änderung in diesem Fenster; wählen Sie einen Schritt, um dorthin zurückzukehren</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="74"/>
        <source>&amp;Undo history</source>
        <translation>Rückgängig-&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="156"/>
        <location filename="../ui/edit_actions.py" line="162"/>
        <source>Edit {title!r}</source>
        <translation>{title!r} bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="156"/>
        <source>Add {title!r}</source>
        <translation>{title!r} hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="179"/>
        <source>The commitment {title!r} was deleted elsewhere; your changes were not saved.</source>
        <translation>Die Verpflichtung {title!r} wurde anderswo gelöscht; Ihre Änderungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="181"/>
        <source>Reloaded: it is now due {due}, status {status}. Your entries are kept; save again to apply them.</source>
        <translation>Neu geladen: jetzt fällig {due}, Status {status}. Ihre Eingaben bleiben erhalten; speichern Sie erneut, um sie zu übernehmen.</translation>
    </message>
</context>
<context>
    <name>ExportCalendarDialog</name>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="34"/>
        <location filename="../ui/calendar_dialogs.py" line="68"/>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="36"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="41"/>
        <source>Only the commitments the filter shows</source>
        <translation>Nur die Verpflichtungen, die der Filter zeigt</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="44"/>
        <source>Also as tasks, for task-list apps (…-tasks.ics)</source>
        <translation>Auch als Aufgaben, für Aufgabenlisten-Apps (…-tasks.ics)</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="45"/>
        <source>One file per strategy (the path is a folder)</source>
        <translation>Eine Datei je Strategie (der Pfad ist ein Ordner)</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="51"/>
        <source>Write the plan as an iCalendar file any calendar app can import:</source>
        <translation>Den Plan als iCalendar-Datei schreiben, die jede Kalender-App importieren kann:</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="66"/>
        <source>Folder for the calendar files</source>
        <translation>Ordner für die Kalenderdateien</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="68"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../domain/gate.py" line="87"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="87"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="87"/>
        <source>actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="88"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="88"/>
        <source>section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="88"/>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="89"/>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="89"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="89"/>
        <source>initiative key</source>
        <translation>Initiativschlüssel</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="90"/>
        <source>due date</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="90"/>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="90"/>
        <source>baseline</source>
        <translation>Basisplan</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="91"/>
        <source>forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="91"/>
        <source>delivery date</source>
        <translation>Erfüllungsdatum</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="92"/>
        <source>delivering document</source>
        <translation>erfüllendes Dokument</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="92"/>
        <source>reminder lead time</source>
        <translation>Erinnerungsvorlauf</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="93"/>
        <source>list of reminder lead times</source>
        <translation>Liste der Erinnerungsvorläufe</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="93"/>
        <source>strategy key</source>
        <translation>Strategieschlüssel</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="94"/>
        <source>strategy title</source>
        <translation>Strategietitel</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="94"/>
        <source>strategy reference</source>
        <translation>Aktenzeichen der Strategie</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="95"/>
        <source>adoption date</source>
        <translation>Annahmedatum</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="95"/>
        <source>strategy period</source>
        <translation>Strategiezeitraum</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="96"/>
        <source>initiative number</source>
        <translation>Initiativnummer</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="96"/>
        <source>initiative title</source>
        <translation>Initiativtitel</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="97"/>
        <source>document reference</source>
        <translation>Aktenzeichen des Dokuments</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="97"/>
        <source>document title</source>
        <translation>Dokumenttitel</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="98"/>
        <source>publication date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="98"/>
        <source>document file</source>
        <translation>Dokumentdatei</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="99"/>
        <source>document link</source>
        <translation>Dokumentlink</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="99"/>
        <source>key date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="100"/>
        <source>key date label</source>
        <translation>Bezeichnung des Stichtags</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="100"/>
        <source>key date source</source>
        <translation>Quelle des Stichtags</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="101"/>
        <source>key date quote</source>
        <translation>Zitat des Stichtags</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="101"/>
        <source>setting name</source>
        <translation>Name der Einstellung</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="102"/>
        <source>setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="102"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="102"/>
        <source>baseline name</source>
        <translation>Name des Basisplans</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="103"/>
        <source>baseline day</source>
        <translation>Tag des Basisplans</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="136"/>
        <source>{field} as written</source>
        <translation>{field} (Wortlaut)</translation>
    </message>
</context>
<context>
    <name>FileTransfer</name>
    <message>
        <location filename="../ui/file_transfer.py" line="28"/>
        <source>Plan files (*.csv *.xlsx *.toml *.ics);;CSV (*.csv);;Excel workbook (*.xlsx);;Plan TOML (*.toml);;iCalendar (*.ics)</source>
        <translation>Plandateien (*.csv *.xlsx *.toml *.ics);;CSV (*.csv);;Excel-Arbeitsmappe (*.xlsx);;Plan-TOML (*.toml);;iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="29"/>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="68"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="69"/>
        <source>Add or update commitments from a CSV, Excel, TOML or iCalendar file</source>
        <translation>Verpflichtungen aus einer CSV-, Excel-, TOML- oder iCalendar-Datei hinzufügen oder aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="70"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="71"/>
        <source>Write the commitments shown to a CSV or Excel file</source>
        <translation>Die angezeigten Verpflichtungen in eine CSV- oder Excel-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="76"/>
        <source>Import into the plan</source>
        <translation>In den Plan importieren</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="86"/>
        <location filename="../ui/file_transfer.py" line="102"/>
        <location filename="../ui/file_transfer.py" line="109"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="86"/>
        <source>The file {path} cannot be read: {value}.</source>
        <translation>Die Datei {path} kann nicht gelesen werden: {value}.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="90"/>
        <source>Commitments already in the plan are updated, new ones added. An import cannot be undone with Edit → Undo.</source>
        <translation>Verpflichtungen, die schon im Plan stehen, werden aktualisiert, neue hinzugefügt. Ein Import lässt sich nicht mit Bearbeiten → Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="94"/>
        <source>… and {count} more.</source>
        <translation>… und {count} weitere.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="105"/>
        <source>Imported {name}: {text}.</source>
        <translation>{name} importiert: {text}.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="116"/>
        <source>Export the commitments shown</source>
        <translation>Die angezeigten Verpflichtungen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="135"/>
        <location filename="../ui/file_transfer.py" line="142"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="135"/>
        <source>The file {name} has an unknown type; export writes .csv and .xlsx files.</source>
        <translation>Die Datei {name} hat einen unbekannten Typ; der Export schreibt .csv- und .xlsx-Dateien.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="144"/>
        <source>Wrote {count} commitments to {path}.</source>
        <translation>{count} Verpflichtungen in {path} geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="144"/>
        <source>Wrote {count} commitments (those the filter shows) to {path}.</source>
        <translation>{count} Verpflichtungen (die der Filter zeigt) in {path} geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/file_transfer.py" line="89"/>
        <source>Import %Ln commitment(s) from {file}?</source>
        <translation>
            <numerusform>%Ln Verpflichtung aus {file} importieren?</numerusform>
            <numerusform>%Ln Verpflichtungen aus {file} importieren?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../domain/sentences.py" line="102"/>
        <source>No such file or directory</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <location filename="../domain/sentences.py" line="102"/>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../domain/sentences.py" line="103"/>
        <source>Is a directory</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <location filename="../domain/sentences.py" line="103"/>
        <source>Not a directory</source>
        <translation>ein Teil des Pfades ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../domain/sentences.py" line="104"/>
        <source>No space left on device</source>
        <translation>kein Platz mehr auf dem Datenträger</translation>
    </message>
    <message>
        <location filename="../domain/sentences.py" line="104"/>
        <source>Read-only file system</source>
        <translation>schreibgeschütztes Dateisystem</translation>
    </message>
    <message>
        <location filename="../domain/sentences.py" line="105"/>
        <source>File name too long</source>
        <translation>Dateiname zu lang</translation>
    </message>
    <message>
        <location filename="../domain/sentences.py" line="105"/>
        <source>Too many levels of symbolic links</source>
        <translation>zu viele Ebenen symbolischer Verknüpfungen</translation>
    </message>
    <message>
        <location filename="../domain/sentences.py" line="106"/>
        <source>Operation not permitted</source>
        <translation>Vorgang nicht zulässig</translation>
    </message>
    <message>
        <location filename="../domain/sentences.py" line="106"/>
        <source>Disk quota exceeded</source>
        <translation>Festplattenkontingent überschritten</translation>
    </message>
    <message>
        <location filename="../files.py" line="20"/>
        <location filename="../printing/devices.py" line="123"/>
        <source>The folder {folder} for {name} does not exist.</source>
        <translation>Der Ordner {folder} für {name} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../files.py" line="22"/>
        <source>The output {path} is a folder, not a file.</source>
        <translation>Die Ausgabe {path} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../files.py" line="26"/>
        <location filename="../files.py" line="38"/>
        <source>The file {path} cannot be written: {why}.</source>
        <translation>Die Datei {path} kann nicht geschrieben werden: {why}.</translation>
    </message>
    <message>
        <location filename="../reminders/autostart.py" line="85"/>
        <source>The login entry {target} could not be written: {why}.</source>
        <translation>Der Anmeldeeintrag {target} konnte nicht geschrieben werden: {why}.</translation>
    </message>
    <message>
        <location filename="../reminders/autostart.py" line="94"/>
        <source>The login entry {target} could not be removed: {why}.</source>
        <translation>Der Anmeldeeintrag {target} konnte nicht entfernt werden: {why}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/filter_bar.py" line="44"/>
        <source>Filter: title, description, quote…</source>
        <translation>Filter: Titel, Beschreibung, Zitat…</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="47"/>
        <source>Filter words</source>
        <translation>Filterwörter</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="49"/>
        <source>All strategies</source>
        <translation>Alle Strategien</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="49"/>
        <source>Only commitments of this strategy</source>
        <translation>Nur Verpflichtungen dieser Strategie</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="50"/>
        <source>All responsible</source>
        <translation>Alle Zuständigen</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="50"/>
        <source>Only commitments this actor is responsible for</source>
        <translation>Nur Verpflichtungen, für die dieser Akteur zuständig ist</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="54"/>
        <source>any time</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="55"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="56"/>
        <source>Only open commitments whose due window ends within this many days of the status day</source>
        <translation>Nur offene Verpflichtungen, deren Fälligkeitsfenster innerhalb so vieler Tage nach dem Stichtag des Stands endet</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="58"/>
        <source>any dates</source>
        <translation>beliebige Daten</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="61"/>
        <source>Only commitments whose window overlaps this one: &apos;2021&apos;, &apos;Q1 2021&apos;, &apos;2021-2022&apos;, &apos;2021-01-01..2021-06-30&apos;</source>
        <translation>Nur Verpflichtungen, deren Zeitfenster dieses überschneidet: „2021“, „Q1 2021“, „2021-2022“, „2021-01-01..2021-06-30“</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="62"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="63"/>
        <source>Show every commitment again</source>
        <translation>Wieder alle Verpflichtungen zeigen</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="66"/>
        <source>Commitments shown</source>
        <translation>Angezeigte Verpflichtungen</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="69"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="69"/>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="70"/>
        <source>Due within</source>
        <translation>Fällig binnen</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="70"/>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="77"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="195"/>
        <source>None of {total} matches the filter</source>
        <translation>Keine der {total} entspricht dem Filter</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="198"/>
        <source>{shown} of {total} shown</source>
        <translation>{shown} von {total} angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="227"/>
        <source>Only commitments whose window overlaps this one: &apos;2021&apos;, &apos;Q1 2021&apos;, &apos;2021-2022&apos;</source>
        <translation>Nur Verpflichtungen, deren Zeitfenster dieses überschneidet: „2021“, „Q1 2021“, „2021-2022“</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter_bar.py" line="192"/>
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln Verpflichtung</numerusform>
            <numerusform>%Ln Verpflichtungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="39"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="45"/>
        <source>Show only the commitments whose title, description or quote has these words (Ctrl+F)</source>
        <translation>Nur Verpflichtungen zeigen, deren Titel, Beschreibung oder Zitat diese Wörter enthält (Strg+F)</translation>
    </message>
</context>
<context>
    <name>FlagLane</name>
    <message numerus="yes">
        <location filename="../timeline/flag_lane.py" line="37"/>
        <source>%Ln key date(s)</source>
        <translation>
            <numerusform>%Ln Stichtag</numerusform>
            <numerusform>%Ln Stichtage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <location filename="../domain/gate.py" line="78"/>
        <source>{where}: {refusal}</source>
        <translation>{where}: {refusal}</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="116"/>
        <source>{start}…&apos; ({count} characters)</source>
        <translation>{start}…&apos; ({count} Zeichen)</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="124"/>
        <source>the {field} {value} is outside the dates the planner supports ({earliest} to {latest}).</source>
        <translation>der Wert {value} im Feld „{field}“ liegt außerhalb der unterstützten Daten ({earliest} bis {latest}).</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="133"/>
        <source>the {field} {value} ends before it starts.</source>
        <translation>der Wert {value} im Feld „{field}“ endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="135"/>
        <source>the {field} {value} falls outside the dates the planner supports ({earliest} to {latest}).</source>
        <translation>der Wert {value} im Feld „{field}“ reicht über die unterstützten Daten hinaus ({earliest} bis {latest}).</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="147"/>
        <source>the {field} {value} is not text.</source>
        <translation>der Wert {value} im Feld „{field}“ ist kein Text.</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="149"/>
        <source>the {field} {value} is empty; it must say something.</source>
        <translation>der Wert {value} im Feld „{field}“ ist leer; das Feld muss etwas sagen.</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="151"/>
        <source>the {field} {value} is longer than the {limit} characters it may have.</source>
        <translation>der Wert {value} im Feld „{field}“ ist länger als die erlaubten {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="154"/>
        <source>the {field} {value} holds a control character ({character}), which a plan cannot keep.</source>
        <translation>der Wert {value} im Feld „{field}“ enthält ein Steuerzeichen ({character}), das ein Plan nicht speichern kann.</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="161"/>
        <source>the {field} {value} is not a number of days from 0 to {most}.</source>
        <translation>der Wert {value} im Feld „{field}“ ist keine Anzahl von Tagen von 0 bis {most}.</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="192"/>
        <source>the {field} {value} comes after the due date ({due}); a span must end after it starts.</source>
        <translation>der Wert {value} im Feld „{field}“ liegt nach der Fälligkeit ({due}); ein Zeitraum muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="195"/>
        <source>the {field} {value} is longer than the plan can keep.</source>
        <translation>der Wert {value} im Feld „{field}“ ist länger, als ein Plan speichern kann.</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="276"/>
        <source>the {field} {value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>der Wert {value} im Feld „{field}“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location filename="../domain/plan.py" line="114"/>
        <source>The commitment {title!r} is not in the plan yet.</source>
        <translation>Die Verpflichtung {title!r} ist noch nicht im Plan.</translation>
    </message>
    <message>
        <location filename="../domain/plan.py" line="135"/>
        <source>The key date {label!r} is not in the plan yet.</source>
        <translation>Der Stichtag {label!r} ist noch nicht im Plan.</translation>
    </message>
    <message>
        <location filename="../domain/reminders.py" line="63"/>
        <source>The reminder lead time {part!r} is before the due date&apos;s end; give days before it, 0 or more.</source>
        <translation>Der Erinnerungsvorlauf {part!r} liegt nach dem Ende der Fälligkeit; geben Sie Tage davor an, 0 oder mehr.</translation>
    </message>
    <message>
        <location filename="../domain/reminders.py" line="65"/>
        <source>The reminder lead time {part!r} is not a whole number of days.</source>
        <translation>Der Erinnerungsvorlauf {part!r} ist keine ganze Zahl von Tagen.</translation>
    </message>
</context>
<context>
    <name>GroupActions</name>
    <message>
        <location filename="../ui/group_actions.py" line="31"/>
        <source>New &amp;strategy…</source>
        <translation>Neue Str&amp;ategie…</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="31"/>
        <source>Add a strategy document to the plan</source>
        <translation>Dem Plan ein Strategiedokument hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="32"/>
        <source>New &amp;initiative…</source>
        <translation>Neue &amp;Initiative…</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="32"/>
        <source>Add an initiative under a strategy</source>
        <translation>Einer Strategie eine Initiative hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="33"/>
        <source>Edit strate&amp;gy or initiative…</source>
        <translation>Strategie o&amp;der Initiative bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="34"/>
        <source>Change the title, reference or dates of the strategy or initiative of the current row</source>
        <translation>Titel, Aktenzeichen oder Daten der Strategie oder Initiative der aktuellen Zeile ändern</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="79"/>
        <source>Added the initiative {label!r}; it shows in the list once it holds a commitment (Edit → New commitment…).</source>
        <translation>Initiative {label!r} hinzugefügt; sie erscheint in der Liste, sobald sie eine Verpflichtung enthält (Bearbeiten → Neue Verpflichtung…).</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../exchange/batch.py" line="20"/>
        <source>the document {name!r}</source>
        <translation>das Dokument {name!r}</translation>
    </message>
    <message>
        <location filename="../exchange/batch.py" line="21"/>
        <source>the strategy {name!r}</source>
        <translation>die Strategie {name!r}</translation>
    </message>
    <message>
        <location filename="../exchange/batch.py" line="22"/>
        <source>the initiative {name!r}</source>
        <translation>die Initiative {name!r}</translation>
    </message>
    <message>
        <location filename="../exchange/batch.py" line="23"/>
        <source>the commitment {name!r}</source>
        <translation>die Verpflichtung {name!r}</translation>
    </message>
    <message>
        <location filename="../exchange/batch.py" line="24"/>
        <source>the key date {name!r}</source>
        <translation>der Stichtag {name!r}</translation>
    </message>
    <message>
        <location filename="../exchange/batch.py" line="34"/>
        <source>In {name}</source>
        <translation>In {name}</translation>
    </message>
    <message>
        <location filename="../exchange/batch.py" line="116"/>
        <source>{where}, the key {key!r} names two commitments ({first!r} and {second!r}); a key names one.</source>
        <translation>{where}, der Schlüssel {key!r} bezeichnet zwei Verpflichtungen ({first!r} und {second!r}); ein Schlüssel bezeichnet nur eine.</translation>
    </message>
    <message>
        <location filename="../exchange/batch.py" line="122"/>
        <source>{where}, {item}</source>
        <translation>{where}, {item}</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="76"/>
        <location filename="../exchange/seed_format.py" line="58"/>
        <location filename="../exchange/xlsx_format.py" line="88"/>
        <source>The file {path} cannot be read: {why}.</source>
        <translation>Die Datei {path} kann nicht gelesen werden: {why}.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="78"/>
        <source>The file {path} is not UTF-8 text (save it as &apos;CSV UTF-8&apos;).</source>
        <translation>Die Datei {path} ist kein UTF-8-Text (speichern Sie sie als „CSV UTF-8“).</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="93"/>
        <source>In {name}, the header names the column {column!r} twice (columns {first} and {second}); name each column once.</source>
        <translation>In {name} nennt die Kopfzeile die Spalte {column!r} zweimal (Spalten {first} und {second}); nennen Sie jede Spalte nur einmal.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="98"/>
        <source>The file {name} has no {first!r} or {second!r} column; the first line must name the columns.</source>
        <translation>Die Datei {name} hat keine Spalte {first!r} oder {second!r}; die erste Zeile muss die Spalten benennen.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="100"/>
        <source>The file {name} has no {column!r} column; the first line must name the columns.</source>
        <translation>Die Datei {name} hat keine Spalte {column!r}; die erste Zeile muss die Spalten benennen.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="108"/>
        <source>In {name}, line {line} has more fields than the header.</source>
        <translation>In {name} hat Zeile {line} mehr Felder als die Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="116"/>
        <source>The file {name} has no commitments in it.</source>
        <translation>Die Datei {name} enthält keine Verpflichtungen.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="123"/>
        <source>In {name}, the quote opened in the row on line {line} is never closed; close it, or double it (&quot;&quot;) inside a quoted field.</source>
        <translation>In {name} wird das Anführungszeichen, das in der Zeile {line} geöffnet wird, nie geschlossen; schließen Sie es oder verdoppeln Sie es (&quot;&quot;) in einem Feld in Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="125"/>
        <source>In {name}, the row on line {line} is not readable CSV: {why}.</source>
        <translation>In {name} ist die Zeile {line} kein lesbares CSV: {why}.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="131"/>
        <source>{where}: the title is empty.</source>
        <translation>{where}: der Titel ist leer.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="138"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="140"/>
        <source>{where}: the due date is empty.</source>
        <translation>{where}: die Fälligkeit ist leer.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="146"/>
        <source>{where}: {problem}.</source>
        <translation>{where}: {problem}.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="170"/>
        <source>its window columns are not valid ({problem})</source>
        <translation>seine Zeitfenster-Spalten sind ungültig ({problem})</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="180"/>
        <source>In {name}, line {line}</source>
        <translation>In {name}, Zeile {line}</translation>
    </message>
    <message>
        <location filename="../exchange/followthrough.py" line="69"/>
        <source>In {name}, the follow-through names the commitment {key!r}, which no seed file holds.</source>
        <translation>In {name} nennt die Nachverfolgung die Verpflichtung {key!r}, die keine Ausgangsdatei enthält.</translation>
    </message>
    <message>
        <location filename="../exchange/followthrough.py" line="76"/>
        <source>In {name}, the revision of {key!r} on {day}: {problem}</source>
        <translation>In {name}, die Revision von {key!r} am {day}: {problem}</translation>
    </message>
    <message>
        <location filename="../exchange/followthrough.py" line="93"/>
        <source>In {name}, a follow-through entry lacks its {field!r}: {entry}.</source>
        <translation>In {name} fehlt einem Eintrag der Nachverfolgung sein {field!r}: {entry}.</translation>
    </message>
    <message>
        <location filename="../exchange/followthrough.py" line="104"/>
        <source>In {name}, the follow-through&apos;s {field} {value!r} is not a calendar date (write it as 2022-05-11).</source>
        <translation>In {name} ist das Feld {field} {value!r} der Nachverfolgung kein Kalenderdatum (schreiben Sie es als 2022-05-11).</translation>
    </message>
    <message>
        <location filename="../exchange/seed_format.py" line="60"/>
        <source>The file {path} is not UTF-8 text.</source>
        <translation>Die Datei {path} ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <location filename="../exchange/seed_format.py" line="62"/>
        <source>The file {path} is not valid TOML: {why}.</source>
        <translation>Die Datei {path} ist kein gültiges TOML: {why}.</translation>
    </message>
    <message>
        <location filename="../exchange/seed_format.py" line="64"/>
        <source>The file {path} nests arrays or tables too deeply to be a plan.</source>
        <translation>Die Datei {path} verschachtelt Arrays oder Tabellen zu tief, um ein Plan zu sein.</translation>
    </message>
    <message>
        <location filename="../exchange/seed_format.py" line="86"/>
        <source>In {name}, the key date {label!r} has no date (write date = 2020-12-21).</source>
        <translation>In {name} hat der Stichtag {label!r} kein Datum (schreiben Sie date = 2020-12-21).</translation>
    </message>
    <message>
        <location filename="../exchange/seed_format.py" line="101"/>
        <source>In {name}, commitment {key!r}: {problem}.</source>
        <translation>In {name}, Verpflichtung {key!r}: {problem}.</translation>
    </message>
    <message>
        <location filename="../exchange/seed_format.py" line="121"/>
        <source>In {name}, {key!r} has no due date.</source>
        <translation>In {name} hat {key!r} keine Fälligkeit.</translation>
    </message>
    <message>
        <location filename="../exchange/seed_format.py" line="125"/>
        <source>In {name}, {key!r}: {problem}</source>
        <translation>In {name}, {key!r}: {problem}</translation>
    </message>
    <message>
        <location filename="../exchange/seed_format.py" line="131"/>
        <source>In {name}, an entry lacks its {field!r}: {entry}.</source>
        <translation>In {name} fehlt einem Eintrag sein {field!r}: {entry}.</translation>
    </message>
    <message>
        <location filename="../exchange/seed_format.py" line="143"/>
        <source>The date {value!r} is not a calendar date (write it as 2020-07-24).</source>
        <translation>Das Datum {value!r} ist kein Kalenderdatum (schreiben Sie es als 2020-07-24).</translation>
    </message>
    <message>
        <location filename="../exchange/toml_shape.py" line="17"/>
        <source>a list of {kinds}</source>
        <translation>eine Liste aus {kinds}</translation>
    </message>
    <message>
        <location filename="../exchange/toml_shape.py" line="18"/>
        <source>In {name}, {field!r} must be tables written [[{table}]], not {shown}.</source>
        <translation>In {name} muss {field!r} aus Tabellen bestehen, geschrieben [[{table}]], nicht {shown}.</translation>
    </message>
    <message>
        <location filename="../exchange/toml_shape.py" line="23"/>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <location filename="../exchange/toml_shape.py" line="23"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../exchange/toml_shape.py" line="23"/>
        <location filename="../exchange/toml_shape.py" line="24"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../exchange/toml_shape.py" line="24"/>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <location filename="../exchange/toml_shape.py" line="24"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../exchange/toml_shape.py" line="25"/>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <location filename="../exchange/toml_shape.py" line="40"/>
        <source>{one} and {other}</source>
        <translation>{one} und {other}</translation>
    </message>
    <message>
        <location filename="../exchange/xlsx_format.py" line="90"/>
        <source>The file {name} is not an Excel workbook (.xlsx).</source>
        <translation>Die Datei {name} ist keine Excel-Arbeitsmappe (.xlsx).</translation>
    </message>
    <message>
        <location filename="../exchange/xlsx_format.py" line="102"/>
        <source>In {name}, sheet {sheet!r}</source>
        <translation>In {name}, Blatt {sheet!r}</translation>
    </message>
    <message>
        <location filename="../exchange/xlsx_format.py" line="103"/>
        <source>{where}, row {row}</source>
        <translation>{where}, Zeile {row}</translation>
    </message>
    <message>
        <location filename="../exchange/xlsx_format.py" line="117"/>
        <source>{where} has no commitments under its header.</source>
        <translation>{where}: keine Verpflichtungen unter der Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../exchange/xlsx_format.py" line="130"/>
        <source>{where}, row {row}: the key date has no name.</source>
        <translation>{where}, Zeile {row}: der Stichtag hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../exchange/xlsx_format.py" line="132"/>
        <source>{where}, row {row}: the key date {label!r} has no day.</source>
        <translation>{where}, Zeile {row}: der Stichtag {label!r} hat keinen Tag.</translation>
    </message>
    <message>
        <location filename="../exchange/xlsx_format.py" line="164"/>
        <source>{where}, the header in row {row} names the column {column!r} twice (cells {first} and {second}); name each column once.</source>
        <translation>{where}, die Kopfzeile in Zeile {row} nennt die Spalte {column!r} zweimal (Zellen {first} und {second}); nennen Sie jede Spalte nur einmal.</translation>
    </message>
    <message>
        <location filename="../exchange/xlsx_format.py" line="170"/>
        <source>{where} has no header row naming the columns {first!r} and {second!r} in its first {count} rows.</source>
        <translation>{where}: keine Kopfzeile nennt die Spalten {first!r} und {second!r} in den ersten {count} Zeilen.</translation>
    </message>
    <message>
        <location filename="../exchange/xlsx_format.py" line="207"/>
        <source>{where}, cell {cell}: {text!r} is not a day; type it as a date or as 2020-12-31.</source>
        <translation>{where}, Zelle {cell}: {text!r} ist kein Tag; geben Sie es als Datum oder als 2020-12-31 ein.</translation>
    </message>
    <message>
        <location filename="../store/importing.py" line="75"/>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="54"/>
        <source>The file {name} has an unknown type; import reads .csv, .ics, .toml and .xlsx files.</source>
        <translation>Die Datei {name} hat einen unbekannten Typ; der Import liest .csv-, .ics-, .toml- und .xlsx-Dateien.</translation>
    </message>
</context>
<context>
    <name>InitiativeCombo</name>
    <message>
        <location filename="../ui/initiative_combo.py" line="42"/>
        <source>{title}
{label}</source>
        <translation>{title}
{label}</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <location filename="../ui/group_dialogs.py" line="135"/>
        <source>New initiative</source>
        <translation>Neue Initiative</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="135"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="138"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="143"/>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategie:</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="144"/>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="144"/>
        <source>e.g. 3 (may stay empty)</source>
        <translation>z. B. 3 (darf leer bleiben)</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="145"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="145"/>
        <source>e.g. Strengthen law enforcement efforts</source>
        <translation>z. B. Die Strafverfolgung stärken</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="153"/>
        <source>The plan has no strategy yet; add one first (Edit → New strategy…).</source>
        <translation>Der Plan hat noch keine Strategie; fügen Sie zuerst eine hinzu (Bearbeiten → Neue Strategie…).</translation>
    </message>
</context>
<context>
    <name>KeyDateForm</name>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="42"/>
        <source>Edit key date</source>
        <translation>Stichtag bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="42"/>
        <source>New key date</source>
        <translation>Neuer Stichtag</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="46"/>
        <source>what happens, as drawn on the line</source>
        <translation>was geschieht, wie an der Linie beschriftet</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="48"/>
        <source>e.g. Directive (EU) 2018/1972</source>
        <translation>z. B. Richtlinie (EU) 2018/1972</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="52"/>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="53"/>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="54"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="55"/>
        <source>&amp;Quote:</source>
        <translation>&amp;Zitat:</translation>
    </message>
</context>
<context>
    <name>KeyDatesDialog</name>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="90"/>
        <location filename="../ui/key_dates_dialog.py" line="170"/>
        <source>Key dates</source>
        <translation>Stichtage</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="94"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="94"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="94"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="98"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="99"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="100"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../ui/language_page.py" line="20"/>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../ui/language_page.py" line="24"/>
        <source>Menus, lists and dates use this language from the next start of Planner.</source>
        <translation>Menüs, Listen und Daten verwenden diese Sprache ab dem nächsten Start von Planner.</translation>
    </message>
    <message>
        <location filename="../ui/language_page.py" line="27"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/language_page.py" line="35"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../timeline/legend.py" line="22"/>
        <source>span</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../timeline/legend.py" line="23"/>
        <source>deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../timeline/legend.py" line="24"/>
        <source>coarse deadline (window)</source>
        <translation>grobe Frist (Zeitfenster)</translation>
    </message>
    <message>
        <location filename="../timeline/legend.py" line="25"/>
        <source>first announced, and slip</source>
        <translation>zuerst angekündigt, und Verzug</translation>
    </message>
    <message>
        <location filename="../timeline/legend.py" line="26"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../timeline/legend.py" line="27"/>
        <source>as of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../timeline/legend.py" line="28"/>
        <source>key date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <location filename="../timeline/legend.py" line="29"/>
        <source>depends on</source>
        <translation>hängt ab von</translation>
    </message>
    <message>
        <location filename="../timeline/legend.py" line="30"/>
        <source>dependency broken</source>
        <translation>Abhängigkeit verletzt</translation>
    </message>
    <message>
        <location filename="../timeline/legend.py" line="38"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../timeline/legend.py" line="38"/>
        <source>Marks:</source>
        <translation>Markierungen:</translation>
    </message>
</context>
<context>
    <name>LegendStrip</name>
    <message>
        <location filename="../ui/timeline/legend.py" line="22"/>
        <source>What the colours and marks of the timeline mean</source>
        <translation>Was die Farben und Markierungen der Zeitleiste bedeuten</translation>
    </message>
    <message>
        <location filename="../ui/timeline/legend.py" line="23"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="68"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="70"/>
        <source>The selected commitment: the sentence it came from, its dates and history</source>
        <translation>Die ausgewählte Verpflichtung: der Satz, aus dem sie stammt, ihre Daten und ihr Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="129"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="129"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="129"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="129"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="132"/>
        <source>Re&amp;load plan</source>
        <translation>Plan neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="132"/>
        <source>Read the plan again from the database</source>
        <translation>Den Plan erneut aus der Datenbank lesen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="134"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="136"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="138"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="143"/>
        <source>Mark deli&amp;vered…</source>
        <translation>Als &amp;erfüllt markieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="143"/>
        <source>Record on which day, and by which document, the selected commitments were delivered</source>
        <translation>Festhalten, an welchem Tag und durch welches Dokument die ausgewählten Verpflichtungen erfüllt wurden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="144"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="146"/>
        <source>&amp;Expand all</source>
        <translation>Alle &amp;aufklappen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="147"/>
        <source>&amp;Collapse all</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="149"/>
        <source>Status &amp;as of…</source>
        <translation>&amp;Stand am…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="149"/>
        <source>Show status as it stood (or will stand) on another day</source>
        <translation>Den Stand an einem anderen Tag zeigen (vergangen oder künftig)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="150"/>
        <source>Status as of &amp;today</source>
        <translation>Stand heu&amp;te</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="154"/>
        <source>&amp;About Planner</source>
        <translation>Ü&amp;ber Planner</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="165"/>
        <source>“{title}” is a strategy: Delete removes commitments. Select its commitments to delete them; it can be renamed with Edit → Edit strategy or initiative….</source>
        <translation>„{title}“ ist eine Strategie: Löschen entfernt Verpflichtungen. Wählen Sie ihre Verpflichtungen aus, um sie zu löschen; umbenennen lässt sie sich mit Bearbeiten → Strategie oder Initiative bearbeiten….</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="167"/>
        <source>“{title}” is an initiative: Delete removes commitments. Select its commitments to delete them; it can be renamed with Edit → Edit strategy or initiative….</source>
        <translation>„{title}“ ist eine Initiative: Löschen entfernt Verpflichtungen. Wählen Sie ihre Verpflichtungen aus, um sie zu löschen; umbenennen lässt sie sich mit Bearbeiten → Strategie oder Initiative bearbeiten….</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="168"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="227"/>
        <location filename="../ui/reminder_setup.py" line="125"/>
        <source>Mark {title!r} delivered</source>
        <translation>{title!r} als erfüllt markieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="231"/>
        <location filename="../ui/reminder_setup.py" line="125"/>
        <source>Mark delivered</source>
        <translation>Als erfüllt markieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="242"/>
        <source>Delete commitments</source>
        <translation>Verpflichtungen löschen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="242"/>
        <source>Delete this commitment? You can undo this.

{names}</source>
        <translation>Diese Verpflichtung löschen? Sie können das rückgängig machen.

{names}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="259"/>
        <source>Status as of today, {day}</source>
        <translation>Stand heute, {day}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="259"/>
        <source>Status as of {day} (not today)</source>
        <translation>Stand am {day} (nicht heute)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="264"/>
        <source>About Planner</source>
        <translation>Über Planner</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="264"/>
        <source>&lt;b&gt;Planner&lt;/b&gt;&lt;p&gt;Timeline and deadline planner for the dated commitments of strategy documents.&lt;/p&gt;&lt;p&gt;Plan: {url}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Planner&lt;/b&gt;&lt;p&gt;Zeitleiste und Fristenplaner für die datierten Verpflichtungen aus Strategiedokumenten.&lt;/p&gt;&lt;p&gt;Plan: {url}&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="242"/>
        <source>Delete %Ln commitment(s)? You can undo this.

{names}</source>
        <translation>
            <numerusform>%Ln Verpflichtung löschen? Sie können das rückgängig machen.

{names}</numerusform>
            <numerusform>%Ln Verpflichtungen löschen? Sie können das rückgängig machen.

{names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="245"/>
        <source>Delete %Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln Verpflichtung löschen</numerusform>
            <numerusform>%Ln Verpflichtungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="227"/>
        <source>Mark %Ln delivered</source>
        <translation>
            <numerusform>%Ln Verpflichtung als erfüllt markieren</numerusform>
            <numerusform>%Ln Verpflichtungen als erfüllt markieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingReport</name>
    <message>
        <location filename="../ui/meeting_report.py" line="37"/>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Webseite (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="36"/>
        <source>What happened from {since} to {until}</source>
        <translation>Was vom {since} bis zum {until} geschah</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="42"/>
        <source>Commitment</source>
        <translation>Verpflichtung</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="42"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="43"/>
        <source>Was due</source>
        <translation>War fällig</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="43"/>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="44"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="46"/>
        <source>Delivered</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="46"/>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="46"/>
        <source>Timeliness</source>
        <translation>Termintreue</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="48"/>
        <source>on time</source>
        <translation>rechtzeitig</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="50"/>
        <source>Nothing was delivered in the period.</source>
        <translation>Im Zeitraum wurde nichts erfüllt.</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="51"/>
        <source>Slipped</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="51"/>
        <source>Now due</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="51"/>
        <source>Moved</source>
        <translation>Verschiebung</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="51"/>
        <source>Reason and authority</source>
        <translation>Grund und Grundlage</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="52"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="53"/>
        <source>No due date moved in the period.</source>
        <translation>Im Zeitraum hat sich keine Fälligkeit verschoben.</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="54"/>
        <source>Became overdue</source>
        <translation>Überfällig geworden</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="54"/>
        <source>Overdue from</source>
        <translation>Überfällig seit</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="56"/>
        <source>Nothing became overdue in the period.</source>
        <translation>Im Zeitraum ist nichts überfällig geworden.</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="57"/>
        <source>Due in the next {weeks} weeks (to {day})</source>
        <translation>Fällig in den nächsten {weeks} Wochen (bis {day})</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="59"/>
        <source>Nothing falls due in these weeks.</source>
        <translation>In diesen Wochen ist nichts fällig.</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="60"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="61"/>
        <source>No commitment was added.</source>
        <translation>Es wurde keine Verpflichtung hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="62"/>
        <source>Dropped</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="63"/>
        <source>No commitment was dropped.</source>
        <translation>Es wurde keine Verpflichtung aufgegeben.</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="103"/>
        <source>{day} (delivered {delivered})</source>
        <translation>{day} (geliefert am {delivered})</translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="132"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="135"/>
        <source>%Ln day(s) late (promised {due})</source>
        <translation>
            <numerusform>%Ln Tag verspätet (zugesagt {due})</numerusform>
            <numerusform>%Ln Tage verspätet (zugesagt {due})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingReportAction</name>
    <message>
        <location filename="../ui/meeting_report.py" line="80"/>
        <source>&amp;Meeting report…</source>
        <translation>&amp;Sitzungsbericht…</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="81"/>
        <source>What was delivered, slipped or became overdue since a day, and what is due next</source>
        <translation>Was seit einem Tag erfüllt wurde, sich verschoben hat oder überfällig wurde, und was als Nächstes fällig ist</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="88"/>
        <location filename="../ui/meeting_report.py" line="108"/>
        <source>Meeting report</source>
        <translation>Sitzungsbericht</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="110"/>
        <source>Wrote the meeting report to {path}.</source>
        <translation>Sitzungsbericht in {path} geschrieben.</translation>
    </message>
</context>
<context>
    <name>MoveReasonDialog</name>
    <message>
        <location filename="../ui/timeline/move_reason.py" line="23"/>
        <source>Why did it move?</source>
        <translation>Warum hat sich der Termin geändert?</translation>
    </message>
    <message>
        <location filename="../ui/timeline/move_reason.py" line="25"/>
        <source>{what}. Say why, and on whose word, if you know (both may stay empty).</source>
        <translation>{what}. Geben Sie an, warum und auf wessen Wort, falls bekannt (beides darf leer bleiben).</translation>
    </message>
    <message>
        <location filename="../ui/timeline/move_reason.py" line="28"/>
        <source>e.g. the Commission work programme moved it</source>
        <translation>z. B. das Arbeitsprogramm der Kommission hat es verschoben</translation>
    </message>
    <message>
        <location filename="../ui/timeline/move_reason.py" line="55"/>
        <source>on the word of {authority}</source>
        <translation>laut {authority}</translation>
    </message>
    <message>
        <location filename="../ui/timeline/move_reason.py" line="30"/>
        <source>e.g. COM(2021) 645</source>
        <translation>z. B. COM(2021) 645</translation>
    </message>
    <message>
        <location filename="../ui/timeline/move_reason.py" line="32"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../ui/timeline/move_reason.py" line="33"/>
        <source>&amp;Authority:</source>
        <translation>&amp;Quelle:</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../ui/meeting_report.py" line="47"/>
        <source>Meeting report</source>
        <translation>Sitzungsbericht</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="49"/>
        <source>the day of the last meeting</source>
        <translation>der Tag der letzten Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="51"/>
        <source>the last day the report covers</source>
        <translation>der letzte Tag, den der Bericht abdeckt</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="56"/>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="57"/>
        <source>What happened after:</source>
        <translation>Was geschah nach dem:</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="58"/>
        <source>Up to and including:</source>
        <translation>Bis einschließlich:</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="59"/>
        <source>And what is due in the next:</source>
        <translation>Und was fällig ist in den nächsten:</translation>
    </message>
</context>
<context>
    <name>PhraseEdit</name>
    <message>
        <location filename="../ui/phrase_edit.py" line="53"/>
        <source>e.g. 22 December 2020</source>
        <translation>z. B. 22. Dezember 2020</translation>
    </message>
    <message>
        <location filename="../ui/phrase_edit.py" line="53"/>
        <source>e.g. Q3 2021, by the end of 2020, early 2021</source>
        <translation>z. B. Q3 2021, bis Ende 2020, Anfang 2021</translation>
    </message>
    <message>
        <location filename="../ui/phrase_edit.py" line="57"/>
        <source>Pick a day from a calendar</source>
        <translation>Einen Tag im Kalender wählen</translation>
    </message>
    <message>
        <location filename="../ui/phrase_edit.py" line="154"/>
        <source>A date is needed here.</source>
        <translation>Hier wird ein Datum benötigt.</translation>
    </message>
    <message>
        <location filename="../ui/phrase_edit.py" line="163"/>
        <source>{text!r} is a window ({window}); give the exact day.</source>
        <translation>{text!r} ist ein Zeitfenster ({window}); geben Sie den genauen Tag an.</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <location filename="../domain/period.py" line="78"/>
        <source>a period cannot end ({end}) before it starts ({start})</source>
        <translation>ein Zeitraum kann nicht enden ({end}), bevor er beginnt ({start})</translation>
    </message>
    <message>
        <location filename="../domain/phrase_grammar.py" line="83"/>
        <source>a year has two halves, not {count}</source>
        <translation>ein Jahr hat zwei Halbjahre, nicht {count}</translation>
    </message>
    <message>
        <location filename="../domain/phrase_grammar.py" line="84"/>
        <source>a year has four quarters, not {count}</source>
        <translation>ein Jahr hat vier Quartale, nicht {count}</translation>
    </message>
    <message>
        <location filename="../domain/phrase_grammar.py" line="112"/>
        <source>the window ends on {last}, before it starts on {first}</source>
        <translation>das Zeitfenster endet am {last}, bevor es am {first} beginnt</translation>
    </message>
    <message>
        <location filename="../domain/phrase_grammar.py" line="119"/>
        <source>the span ends in {last}, before it starts in {first}</source>
        <translation>der Zeitraum endet {last}, bevor er {first} beginnt</translation>
    </message>
    <message>
        <location filename="../domain/phrase_grammar.py" line="126"/>
        <source>the quarters run backwards or repeat (Q{first} to Q{last})</source>
        <translation>die Quartale laufen rückwärts oder wiederholen sich (Q{first} bis Q{last})</translation>
    </message>
    <message>
        <location filename="../domain/phrases.py" line="34"/>
        <source>use a form such as &apos;Q4 2020&apos;, &apos;by the end of 2020&apos;, &apos;early 2021&apos;, &apos;December 2020&apos;, &apos;22 August 2020&apos;, &apos;2021-2025&apos; or &apos;2020-12-31&apos;</source>
        <translation>verwenden Sie eine Form wie „Q4 2020“, „bis Ende 2020“, „Anfang 2021“, „Dezember 2020“, „22. August 2020“, „2021-2025“ oder „2020-12-31“</translation>
    </message>
    <message>
        <location filename="../domain/phrases.py" line="44"/>
        <source>Cannot read the date {phrase!r}: {why}.</source>
        <translation>Das Datum {phrase!r} ist nicht lesbar: {why}.</translation>
    </message>
    <message>
        <location filename="../domain/phrases.py" line="58"/>
        <source>it repeats {how_often}, so it has no single window</source>
        <translation>es wiederholt sich {how_often} und hat daher kein einzelnes Zeitfenster</translation>
    </message>
    <message>
        <location filename="../domain/phrases.py" line="73"/>
        <source>the date is empty</source>
        <translation>das Datum ist leer</translation>
    </message>
    <message>
        <location filename="../domain/phrases.py" line="83"/>
        <source>{body!r} needs the adoption date of its document</source>
        <translation>{body!r} braucht das Annahmedatum seines Dokuments</translation>
    </message>
    <message>
        <location filename="../domain/phrases.py" line="110"/>
        <source>it falls outside the dates the planner supports ({earliest} to {latest})</source>
        <translation>es liegt außerhalb der unterstützten Daten ({earliest} bis {latest})</translation>
    </message>
    <message>
        <location filename="../domain/phrases.py" line="113"/>
        <source>a date in figures is written year-month-day with dashes, such as &apos;2021-02-03&apos;</source>
        <translation>ein Datum in Ziffern wird Jahr-Monat-Tag mit Bindestrichen geschrieben, etwa „2021-02-03“</translation>
    </message>
    <message>
        <location filename="../domain/phrases.py" line="116"/>
        <source>it holds {count} dates ({dates}); give one</source>
        <translation>es enthält {count} Daten ({dates}); geben Sie eines an</translation>
    </message>
    <message>
        <location filename="../domain/phrases.py" line="120"/>
        <source>{forms} ({leftover!r} is left over beside the date {date!r})</source>
        <translation>{forms} ({leftover!r} bleibt neben dem Datum {date!r} übrig)</translation>
    </message>
    <message>
        <location filename="../domain/recurrence.py" line="35"/>
        <source>every year</source>
        <translation>jedes Jahr</translation>
    </message>
    <message>
        <location filename="../domain/recurrence.py" line="36"/>
        <source>every {count} years</source>
        <translation>alle {count} Jahre</translation>
    </message>
    <message>
        <location filename="../domain/recurrence.py" line="38"/>
        <source>every month</source>
        <translation>jeden Monat</translation>
    </message>
    <message>
        <location filename="../domain/recurrence.py" line="39"/>
        <source>every {count} months</source>
        <translation>alle {count} Monate</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>ACTOR</source>
        <translation>AKTEUR</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>QUOTE</source>
        <translation>ZITAT</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>SECTION</source>
        <translation>ABSCHNITT</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>DAY|NAME</source>
        <translation>TAG|NAME</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>FILE.png</source>
        <translation>DATEI.png</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PHRASE</source>
        <translation>AUSDRUCK</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>REFERENZ</translation>
    </message>
    <message>
        <source>S</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>STRATEGY_KEY</source>
        <translation>STRATEGIE_SCHLÜSSEL</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>WEEKS</source>
        <translation>WOCHEN</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>JJJJ-MM</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <location filename="../ui/plan_files.py" line="33"/>
        <source>Plan files (*.sqlite *.db);;All files (*)</source>
        <translation>Plandateien (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="58"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Neuer Plan…</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="58"/>
        <source>Start a plan file of your own, with its first strategy</source>
        <translation>Eine eigene Plandatei anlegen, mit ihrer ersten Strategie</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="59"/>
        <source>&amp;Open plan…</source>
        <translation>Plan ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="59"/>
        <source>Open another plan file in this window</source>
        <translation>Eine andere Plandatei in diesem Fenster öffnen</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="60"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app.py" line="166"/>
        <location filename="../ui/plan_files.py" line="80"/>
        <source>Open plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="96"/>
        <source>No other plan opened yet</source>
        <translation>Noch kein anderer Plan geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="103"/>
        <location filename="../ui/plan_files.py" line="112"/>
        <location filename="../ui/plan_files.py" line="129"/>
        <source>New plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="112"/>
        <source>The file {path} exists already; open it with File → Open plan….</source>
        <translation>Die Datei {path} existiert bereits; öffnen Sie sie mit Datei → Plan öffnen….</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="116"/>
        <source>New plan: its first strategy</source>
        <translation>Neuer Plan: seine erste Strategie</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../qtmodels/plan_model.py" line="35"/>
        <source>Commitment</source>
        <translation>Verpflichtung</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="35"/>
        <location filename="../ui/plan_view.py" line="59"/>
        <source>Due (as written)</source>
        <translation>Fällig (Wortlaut)</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="36"/>
        <location filename="../ui/plan_view.py" line="62"/>
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
    <message>
        <location filename="../qtmodels/plan_model.py" line="260"/>
        <source>Due: {due} ({window})</source>
        <translation>Fällig: {due} ({window})</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="261"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="263"/>
        <source>Delivered: {delivery}</source>
        <translation>Erfüllt: {delivery}</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="265"/>
        <source>Slippage: {slippage}, first announced {due}</source>
        <translation>Verzug: {slippage}, zuerst angekündigt {due}</translation>
    </message>
    <message>
        <location filename="words.py" line="27"/>
        <source>delivered</source>
        <translation>erfüllt</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../ui/plan_view.py" line="77"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../ui/plan_view.py" line="78"/>
        <source>Strategies, initiatives and commitments with their due dates, status and windows; the timeline beside it draws the same rows</source>
        <translation>Strategien, Initiativen und Verpflichtungen mit Fälligkeiten, Status und Zeitfenstern; die Zeitleiste daneben zeichnet dieselben Zeilen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences_dialog.py" line="31"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.py" line="84"/>
        <source>&amp;Preferences…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.py" line="84"/>
        <source>Reminder rules and other settings</source>
        <translation>Erinnerungsregeln und andere Einstellungen</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../ui/print_actions.py" line="32"/>
        <source>PDF document (*.pdf);;PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF-Dokument (*.pdf);;PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="45"/>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="45"/>
        <source>Print a timeline snapshot of the filtered plan</source>
        <translation>Eine Momentaufnahme der Zeitleiste des gefilterten Plans drucken</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="46"/>
        <source>Print pre&amp;view…</source>
        <translation>Druckvorsc&amp;hau…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="46"/>
        <source>See the printed pages before paper</source>
        <translation>Die gedruckten Seiten vor dem Papier sehen</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="47"/>
        <source>Export &amp;snapshot…</source>
        <translation>&amp;Momentaufnahme exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="47"/>
        <source>Write a timeline snapshot as PDF, PNG or SVG</source>
        <translation>Eine Momentaufnahme der Zeitleiste als PDF, PNG oder SVG schreiben</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="73"/>
        <source>the {count} commitments of the current filter</source>
        <translation>die {count} Verpflichtungen des aktuellen Filters</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="73"/>
        <source>all {count} commitments</source>
        <translation>alle {count} Verpflichtungen</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="79"/>
        <location filename="../ui/print_actions.py" line="122"/>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="93"/>
        <source>Timeline snapshot</source>
        <translation>Momentaufnahme der Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="97"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="105"/>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="112"/>
        <source>Print preview — timeline snapshot</source>
        <translation>Druckvorschau — Momentaufnahme der Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="124"/>
        <source>the preview</source>
        <translation>die Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="128"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="131"/>
        <source>Export timeline snapshot</source>
        <translation>Momentaufnahme der Zeitleiste exportieren</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="144"/>
        <source>Cannot export the snapshot</source>
        <translation>Momentaufnahme kann nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/print_actions.py" line="147"/>
        <source>Wrote %Ln page(s) to {file}.</source>
        <translation>
            <numerusform>%Ln Seite in {file} geschrieben.</numerusform>
            <numerusform>%Ln Seiten in {file} geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/print_actions.py" line="124"/>
        <source>Sent %Ln page(s) to {printer}.</source>
        <translation>
            <numerusform>%Ln Seite an {printer} gesendet.</numerusform>
            <numerusform>%Ln Seiten an {printer} gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../cli/print_command.py" line="68"/>
        <location filename="../printing/devices.py" line="121"/>
        <source>The file {path} has an unknown type; a snapshot is written as {suffixes}.</source>
        <translation>Die Datei {path} hat einen unbekannten Typ; eine Momentaufnahme wird als {suffixes} geschrieben.</translation>
    </message>
    <message>
        <location filename="../printing/content.py" line="92"/>
        <source>No commitment matches the filter; there is nothing to print.</source>
        <translation>Keine Verpflichtung entspricht dem Filter; es gibt nichts zu drucken.</translation>
    </message>
    <message>
        <location filename="../printing/content.py" line="103"/>
        <source>No commitment of the filter is dated between {first} and {last}; there is nothing to print.</source>
        <translation>Keine Verpflichtung des Filters liegt zwischen dem {first} und dem {last}; es gibt nichts zu drucken.</translation>
    </message>
    <message>
        <location filename="../printing/content.py" line="165"/>
        <source>The range is empty: it starts on {start}, after the last date printed, {last}; give an end as well.</source>
        <translation>Der Bereich ist leer: Er beginnt am {start}, nach dem letzten gedruckten Datum, dem {last}; geben Sie auch ein Ende an.</translation>
    </message>
    <message>
        <location filename="../printing/content.py" line="169"/>
        <source>The range is empty: it ends on {end}, before the first date printed, {first}; give a start as well.</source>
        <translation>Der Bereich ist leer: Er endet am {end}, vor dem ersten gedruckten Datum, dem {first}; geben Sie auch einen Anfang an.</translation>
    </message>
    <message>
        <location filename="../printing/devices.py" line="146"/>
        <location filename="../printing/devices.py" line="166"/>
        <source>The printer could not be started; nothing was printed.</source>
        <translation>Der Drucker konnte nicht gestartet werden; es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <location filename="../printing/options.py" line="44"/>
        <source>The number of pages wide must be from 1 to {most}, not {given}.</source>
        <translation>Die Anzahl der Seiten in der Breite muss zwischen 1 und {most} liegen, nicht {given}.</translation>
    </message>
    <message>
        <location filename="../printing/options.py" line="46"/>
        <source>A month must be drawn from 1 to 500 mm wide, not {given:g} mm.</source>
        <translation>Ein Monat muss 1 bis 500 mm breit gezeichnet werden, nicht {given:g} mm.</translation>
    </message>
    <message>
        <location filename="../printing/options.py" line="48"/>
        <source>The range is empty: it starts on {start}, after its end on {end}.</source>
        <translation>Der Bereich ist leer: Er beginnt am {start}, nach seinem Ende am {end}.</translation>
    </message>
    <message>
        <location filename="../printing/options.py" line="50"/>
        <source>The resolution must be from {least} to {most} dpi, not {given}.</source>
        <translation>Die Auflösung muss zwischen {least} und {most} dpi liegen, nicht {given}.</translation>
    </message>
    <message>
        <location filename="../printing/options.py" line="68"/>
        <source>{text!r} is not a month; write it as YYYY-MM (or a day as YYYY-MM-DD).</source>
        <translation>{text!r} ist kein Monat; schreiben Sie ihn als JJJJ-MM (oder einen Tag als JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location filename="../printing/paper.py" line="29"/>
        <source>The page size {text!r} is not known; use one of: {sizes}.</source>
        <translation>Das Seitenformat {text!r} ist unbekannt; verwenden Sie eines von: {sizes}.</translation>
    </message>
    <message>
        <location filename="../printing/report_pdf.py" line="47"/>
        <source>The PDF could not be started; nothing was written.</source>
        <translation>Das PDF konnte nicht begonnen werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../report/files.py" line="31"/>
        <source>The file {path} has an unknown type; a report is written as {suffixes}.</source>
        <translation>Die Datei {path} hat einen unbekannten Typ; ein Bericht wird als {suffixes} geschrieben.</translation>
    </message>
    <message>
        <location filename="../report/meeting.py" line="75"/>
        <source>The period ends on {until}, before it starts on {since}.</source>
        <translation>Der Zeitraum endet am {until}, bevor er am {since} beginnt.</translation>
    </message>
</context>
<context>
    <name>ProposalForm</name>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="29"/>
        <source>Selected proposal</source>
        <translation>Ausgewählter Vorschlag</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="31"/>
        <source>the date as the document writes it, e.g. by Q2 2021</source>
        <translation>das Datum, wie das Dokument es schreibt, z. B. by Q2 2021</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="33"/>
        <source>who commits, e.g. the Commission</source>
        <translation>wer sich verpflichtet, z. B. die Kommission</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="45"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="46"/>
        <source>Date as &amp;written:</source>
        <translation>Datum wie &amp;geschrieben:</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="47"/>
        <source>W&amp;ho:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="48"/>
        <source>&amp;Filed under:</source>
        <translation>&amp;Abgelegt unter:</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="49"/>
        <source>Where:</source>
        <translation>Wo:</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="50"/>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="63"/>
        <source>As its section: %s</source>
        <translation>Wie sein Abschnitt: %s</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="77"/>
        <source>cannot be read: “%s”; type a date</source>
        <translation>nicht lesbar: „%s“; Datum eingeben</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="77"/>
        <source>type a date</source>
        <translation>Datum eingeben</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="83"/>
        <source>Already in the plan as “%s”.</source>
        <translation>Schon im Plan als „%s“.</translation>
    </message>
</context>
<context>
    <name>ProposalList</name>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="17"/>
        <source>= in the plan</source>
        <translation>= im Plan</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="19"/>
        <source>✓ accepted</source>
        <translation>✓ angenommen</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="21"/>
        <source>✗ rejected</source>
        <translation>✗ abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="23"/>
        <source>? date it</source>
        <translation>? datieren</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="24"/>
        <source>• to review</source>
        <translation>• zu prüfen</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="37"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="37"/>
        <source>Proposed commitment</source>
        <translation>Vorgeschlagene Verpflichtung</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="37"/>
        <source>Date as written</source>
        <translation>Datum wie geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="38"/>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="38"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="43"/>
        <source>Proposed commitments</source>
        <translation>Vorgeschlagene Verpflichtungen</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="44"/>
        <source>Space accepts the selected proposal, Delete rejects it</source>
        <translation>Leertaste nimmt den ausgewählten Vorschlag an, Entf lehnt ihn ab</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="73"/>
        <source>not dated</source>
        <translation>ohne Datum</translation>
    </message>
</context>
<context>
    <name>ReadDocumentAction</name>
    <message numerus="yes">
        <source>Add from {source}: %Ln commitment(s)</source>
        <translation>
            <numerusform>Aus {source} hinzufügen: %Ln Verpflichtung</numerusform>
            <numerusform>Aus {source} hinzufügen: %Ln Verpflichtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added from {source}: %Ln commitment(s); Edit → Undo takes them out again.</source>
        <translation>
            <numerusform>Aus {source} hinzugefügt: %Ln Verpflichtung; Bearbeiten → Rückgängig nimmt sie wieder heraus.</numerusform>
            <numerusform>Aus {source} hinzugefügt: %Ln Verpflichtungen; Bearbeiten → Rückgängig nimmt sie wieder heraus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reading/read_action.py" line="40"/>
        <source>R&amp;ead a document…</source>
        <translation>Dokument l&amp;esen…</translation>
    </message>
    <message>
        <location filename="../ui/reading/read_action.py" line="41"/>
        <source>Propose the dated commitments of a policy document (PDF, web page, Word, text) for review</source>
        <translation>Die datierten Verpflichtungen eines Dokuments (PDF, Webseite, Word, Text) zur Prüfung vorschlagen</translation>
    </message>
    <message>
        <location filename="../ui/reading/read_action.py" line="45"/>
        <source>Policy documents (*.pdf *.html *.htm *.docx *.txt *.md)</source>
        <translation>Dokumente (*.pdf *.html *.htm *.docx *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../ui/reading/read_action.py" line="45"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/reading/read_action.py" line="46"/>
        <source>Saved web page (*.html *.htm)</source>
        <translation>Gespeicherte Webseite (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../ui/reading/read_action.py" line="46"/>
        <source>Word document (*.docx)</source>
        <translation>Word-Dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../ui/reading/read_action.py" line="46"/>
        <source>Text (*.txt *.md)</source>
        <translation>Text (*.txt *.md)</translation>
    </message>
    <message>
        <location filename="../ui/reading/read_action.py" line="49"/>
        <location filename="../ui/reading/read_action.py" line="60"/>
        <location filename="../ui/reading/read_action.py" line="74"/>
        <source>Read a document</source>
        <translation>Dokument lesen</translation>
    </message>
    <message>
        <location filename="../ui/reading/read_action.py" line="59"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../ui/reading/read_action.py" line="81"/>
        <source>Every accepted proposal is in the plan already; nothing was added.</source>
        <translation>Jeder angenommene Vorschlag ist schon im Plan; nichts wurde hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../reading/formats.py" line="30"/>
        <source>The file {path} is not a document the planner reads; give a PDF, HTML, DOCX or text file.</source>
        <translation>Die Datei {path} ist kein Dokument, das der Planer liest; geben Sie eine PDF-, HTML-, DOCX- oder Textdatei an.</translation>
    </message>
    <message>
        <location filename="../reading/formats.py" line="34"/>
        <source>The file {path} cannot be read: {why}.</source>
        <translation>Die Datei {path} kann nicht gelesen werden: {why}.</translation>
    </message>
    <message>
        <location filename="../reading/formats.py" line="40"/>
        <source>The file {path} is not a readable {kind} document ({error}: {why}).</source>
        <translation>Die Datei {path} ist kein lesbares {kind}-Dokument ({error}: {why}).</translation>
    </message>
    <message>
        <location filename="../reading/review.py" line="122"/>
        <source>A date is needed: type the phrase the document uses, e.g. &apos;by Q2 2021&apos;.</source>
        <translation>Ein Datum wird gebraucht: Geben Sie die Wendung des Dokuments ein, z. B. „bis Q2 2021“.</translation>
    </message>
    <message>
        <location filename="../reading/review.py" line="129"/>
        <source>The date {phrase!r} repeats ({how_often}); give one window, e.g. &apos;by the end of 2021&apos;.</source>
        <translation>Das Datum {phrase!r} wiederholt sich ({how_often}); geben Sie ein einzelnes Zeitfenster an, z. B. „bis Ende 2021“.</translation>
    </message>
</context>
<context>
    <name>ReminderEdit</name>
    <message>
        <location filename="../ui/reminder_edit.py" line="33"/>
        <source>Plan default ({days} days before)</source>
        <translation>Planvorgabe ({days} Tage vorher)</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="33"/>
        <source>Custom lead times</source>
        <translation>Eigene Vorlaufzeiten</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="33"/>
        <source>No reminders</source>
        <translation>Keine Erinnerungen</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="35"/>
        <source>days before the due end, e.g. 30, 7, 1</source>
        <translation>Tage vor Ende der Fälligkeit, z. B. 30, 7, 1</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="36"/>
        <source>Also remind when the due window opens</source>
        <translation>Auch bei Öffnung des Fälligkeitsfensters erinnern</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="37"/>
        <source>For a coarse date such as &apos;Q4 2020&apos;: a reminder on 1 October as well</source>
        <translation>Bei einem groben Datum wie „Q4 2020“: auch eine Erinnerung am 1. Oktober</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="84"/>
        <source>Give at least one lead time in days, or choose &apos;No reminders&apos;.</source>
        <translation>Geben Sie mindestens eine Vorlaufzeit in Tagen an oder wählen Sie „Keine Erinnerungen“.</translation>
    </message>
</context>
<context>
    <name>ReminderPreferences</name>
    <message>
        <location filename="../ui/reminder_preferences.py" line="56"/>
        <source>e.g. 30, 7, 1 — or none</source>
        <translation>z. B. 30, 7, 1 — oder keine</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="57"/>
        <source>Days before the end of the due window, for every commitment that does not set its own</source>
        <translation>Tage vor dem Ende des Fälligkeitsfensters, für jede Verpflichtung ohne eigene Angabe</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="60"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="62"/>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Im Infobereich weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="65"/>
        <source>Start Planner when I log in (in the tray)</source>
        <translation>Planner bei der Anmeldung starten (im Infobereich)</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="69"/>
        <source>Remind before each due date:</source>
        <translation>Vor jeder Fälligkeit erinnern:</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="70"/>
        <source>Days before the end of the due window; each commitment may set its own in its edit dialog. The calendar export&apos;s alarms use the same days.</source>
        <translation>Tage vor dem Ende des Fälligkeitsfensters; jede Verpflichtung kann in ihrem Bearbeitungsdialog eigene festlegen. Die Alarme des Kalenderexports nutzen dieselben Tage.</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="72"/>
        <source>Due soon list shows the next:</source>
        <translation>Liste „Bald fällig“ zeigt die nächsten:</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="78"/>
        <source>This desktop has no system tray.</source>
        <translation>Dieser Desktop hat keinen Infobereich.</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="80"/>
        <source>Login entry: {file}</source>
        <translation>Autostart-Eintrag: {file}</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="104"/>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
</context>
<context>
    <name>ReminderSetup</name>
    <message>
        <location filename="../ui/reminder_setup.py" line="158"/>
        <source>&amp;Due soon</source>
        <translation>Bal&amp;d fällig</translation>
    </message>
    <message>
        <location filename="../ui/reminder_setup.py" line="163"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="61"/>
        <source>Read a document — %s</source>
        <translation>Dokument lesen — %s</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="65"/>
        <source>File under strategy</source>
        <translation>Unter Strategie ablegen</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="69"/>
        <source>New strategy: %s</source>
        <translation>Neue Strategie: %s</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="71"/>
        <source>File under &amp;strategy:</source>
        <translation>Unter &amp;Strategie ablegen:</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="75"/>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="76"/>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="77"/>
        <source>Accept all &amp;dated</source>
        <translation>Alle &amp;datierten annehmen</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="90"/>
        <source>Pr&amp;oposals</source>
        <translation>&amp;Vorschläge</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="91"/>
        <source>Sectio&amp;ns</source>
        <translation>Absch&amp;nitte</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="96"/>
        <source>Document text</source>
        <translation>Text des Dokuments</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="97"/>
        <source>The selected proposal&apos;s sentence is highlighted</source>
        <translation>Der Satz des ausgewählten Vorschlags ist hervorgehoben</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="106"/>
        <source>Add to the &amp;plan</source>
        <translation>Zum &amp;Plan hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="193"/>
        <source>%1 proposed: %2 accepted, %3 rejected, %4 already in the plan, %5 to date by hand</source>
        <translation>%1 vorgeschlagen: %2 angenommen, %3 abgelehnt, %4 schon im Plan, %5 von Hand zu datieren</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="212"/>
        <source>This sentence is in the plan already; it is not added twice.</source>
        <translation>Dieser Satz ist schon im Plan; er wird nicht zweimal hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="215"/>
        <source>Its date cannot be read: type the date as written first, then accept it.</source>
        <translation>Das Datum ist nicht lesbar: erst das Datum wie geschrieben eingeben, dann annehmen.</translation>
    </message>
</context>
<context>
    <name>RevisionHistory</name>
    <message>
        <location filename="../ui/revision_history.py" line="11"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="11"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="12"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="12"/>
        <source>Delivered on</source>
        <translation>Erfüllt am</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="13"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="41"/>
        <source>A new commitment has no history yet: changes of its dates will be listed here.</source>
        <translation>Eine neue Verpflichtung hat noch keinen Verlauf: Änderungen ihrer Daten werden hier aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="44"/>
        <source>First announced: &lt;b&gt;{due}&lt;/b&gt; ({window}).</source>
        <translation>Zuerst angekündigt: &lt;b&gt;{due}&lt;/b&gt; ({window}).</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="46"/>
        <source>Slippage: {slippage}.</source>
        <translation>Verzug: {slippage}.</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="48"/>
        <source>No date has been changed since.</source>
        <translation>Seitdem wurde kein Datum geändert.</translation>
    </message>
</context>
<context>
    <name>SectionMap</name>
    <message>
        <location filename="../ui/reading/section_map.py" line="19"/>
        <source>Sections and initiatives</source>
        <translation>Abschnitte und Initiativen</translation>
    </message>
    <message>
        <location filename="../ui/reading/section_map.py" line="20"/>
        <source>Each of the document&apos;s sections is filed under an initiative of the plan, or under a new one made from its heading.</source>
        <translation>Jeder Abschnitt des Dokuments wird unter einer Initiative des Plans abgelegt oder unter einer neuen aus seiner Überschrift.</translation>
    </message>
    <message>
        <location filename="../ui/reading/section_map.py" line="27"/>
        <source>The document&apos;s sections</source>
        <translation>Die Abschnitte des Dokuments</translation>
    </message>
    <message>
        <location filename="../ui/reading/section_map.py" line="45"/>
        <source>New initiative: %s</source>
        <translation>Neue Initiative: %s</translation>
    </message>
    <message>
        <location filename="../ui/reading/section_map.py" line="50"/>
        <source>Outside any numbered section</source>
        <translation>Außerhalb nummerierter Abschnitte</translation>
    </message>
    <message>
        <location filename="../ui/reading/section_map.py" line="54"/>
        <source>Section %s</source>
        <translation>Abschnitt %s</translation>
    </message>
    <message>
        <location filename="../ui/reading/section_map.py" line="54"/>
        <source>outside any numbered section</source>
        <translation>außerhalb nummerierter Abschnitte</translation>
    </message>
</context>
<context>
    <name>SharedPlan</name>
    <message>
        <location filename="../ui/shared_plan.py" line="39"/>
        <source>Database unreachable — read-only, retrying</source>
        <translation>Datenbank nicht erreichbar — nur lesen, neuer Versuch läuft</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="40"/>
        <source>Opening the plan…</source>
        <translation>Der Plan wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="59"/>
        <source>Undo or redo</source>
        <translation>Rückgängig oder wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="80"/>
        <source>Open the plan</source>
        <translation>Den Plan öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="80"/>
        <source>The plan is shown read-only; Planner keeps trying.</source>
        <translation>Der Plan wird schreibgeschützt gezeigt; Planner versucht es weiter.</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="110"/>
        <source>Changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="122"/>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="136"/>
        <source>The database answers again; editing is back on.</source>
        <translation>Die Datenbank antwortet wieder; Bearbeiten ist wieder möglich.</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="87"/>
        <source>The plan is open; editing is on.</source>
        <translation>Der Plan ist geöffnet; Bearbeiten ist möglich.</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <location filename="../printing/composer.py" line="94"/>
        <source>Status as of {day}</source>
        <translation>Stand am {day}</translation>
    </message>
    <message>
        <location filename="../printing/composer.py" line="103"/>
        <source>printed {day}</source>
        <translation>gedruckt am {day}</translation>
    </message>
    <message>
        <location filename="../printing/composer.py" line="104"/>
        <source>Filter: {filter}</source>
        <translation>Filter: {filter}</translation>
    </message>
    <message>
        <location filename="../printing/composer.py" line="104"/>
        <source>All commitments</source>
        <translation>Alle Verpflichtungen</translation>
    </message>
    <message>
        <location filename="../printing/composer.py" line="107"/>
        <source>{count} dated outside this range left out</source>
        <translation>{count} außerhalb dieses Zeitraums datierte ausgelassen</translation>
    </message>
    <message>
        <location filename="../printing/composer.py" line="223"/>
        <source>continues on page {page} ▸</source>
        <translation>weiter auf Seite {page} ▸</translation>
    </message>
    <message>
        <location filename="../printing/composer.py" line="229"/>
        <source>◂ continued from page {page}</source>
        <translation>◂ Fortsetzung von Seite {page}</translation>
    </message>
    <message>
        <location filename="../printing/composer.py" line="248"/>
        <source>page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location filename="../printing/composer.py" line="250"/>
        <source>{count} rows</source>
        <translation>{count} Zeilen</translation>
    </message>
    <message>
        <location filename="../printing/composer.py" line="255"/>
        <source>rows {first}–{last} of {count}</source>
        <translation>Zeilen {first}–{last} von {count}</translation>
    </message>
    <message>
        <location filename="../printing/composer.py" line="257"/>
        <source>column {column} of {columns}, band {band} of {bands}</source>
        <translation>Spalte {column} von {columns}, Band {band} von {bands}</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="19"/>
        <source>Commitments</source>
        <translation>Verpflichtungen</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="22"/>
        <source>Commitments of {names} and {last}</source>
        <translation>Verpflichtungen aus {names} und {last}</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="23"/>
        <source>Commitments of {count} strategies</source>
        <translation>Verpflichtungen aus {count} Strategien</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="31"/>
        <source>strategy {names}</source>
        <translation>Strategie {names}</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="33"/>
        <source>responsible {names}</source>
        <translation>zuständig {names}</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="35"/>
        <source>status {names}</source>
        <translation>Status {names}</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="37"/>
        <source>open and due within {count} days</source>
        <translation>offen und fällig binnen {count} Tagen</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="39"/>
        <source>the start</source>
        <translation>der Anfang</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="40"/>
        <source>the end</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="41"/>
        <source>dated {since} to {until}</source>
        <translation>datiert von {since} bis {until}</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="43"/>
        <source>words “{words}”</source>
        <translation>Wörter „{words}“</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="37"/>
        <source>Timeline snapshot</source>
        <translation>Momentaufnahme der Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="41"/>
        <source>the strategy, or the strategies, printed</source>
        <translation>die gedruckte Strategie oder die gedruckten Strategien</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="42"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="50"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="56"/>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="56"/>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="63"/>
        <source>&amp;Fit across</source>
        <translation>In der Breite ein&amp;passen</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="67"/>
        <source> page(s) wide</source>
        <translation> Seite(n) breit</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="68"/>
        <source>T&amp;ile, a month</source>
        <translation>&amp;Kacheln, ein Monat</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="72"/>
        <source> mm wide</source>
        <translation> mm breit</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="83"/>
        <source>Scale</source>
        <translation>Maßstab</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="85"/>
        <source>&amp;Greyscale: status told by pattern and symbol</source>
        <translation>&amp;Graustufen: Status durch Muster und Symbol</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="87"/>
        <source>Footer with the &amp;source documents</source>
        <translation>Fußzeile mit den &amp;Quelldokumenten</translation>
    </message>
</context>
<context>
    <name>StatusPicker</name>
    <message>
        <location filename="../ui/status_picker.py" line="14"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../ui/status_picker.py" line="23"/>
        <source>Recorded statuses or how commitments stand as of the status day; tick several to see any of them</source>
        <translation>Erfasster Status oder Stand der Verpflichtungen am Stichtag; mehrere ankreuzen, um jeden davon zu sehen</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../app.py" line="121"/>
        <source>The plan {plan} cannot be opened: {why}.</source>
        <translation>Der Plan {plan} kann nicht geöffnet werden: {why}.</translation>
    </message>
    <message>
        <location filename="../document/plan_document.py" line="84"/>
        <source>The plan {url} is still being opened; nothing was changed. Try again in a moment.</source>
        <translation>Der Plan {url} wird noch geöffnet; es wurde nichts geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../locations.py" line="41"/>
        <source>The database given with --db is empty; give a file path or a database URL.</source>
        <translation>Die mit --db angegebene Datenbank ist leer; geben Sie einen Dateipfad oder eine Datenbank-URL an.</translation>
    </message>
    <message>
        <location filename="../locations.py" line="49"/>
        <source>The data folder {folder} cannot be created: {why}.</source>
        <translation>Der Datenordner {folder} kann nicht angelegt werden: {why}.</translation>
    </message>
    <message>
        <location filename="../store/addresses.py" line="27"/>
        <location filename="../store/engine.py" line="74"/>
        <source>The database path {path} cannot be used: {why}.</source>
        <translation>Der Datenbankpfad {path} kann nicht verwendet werden: {why}.</translation>
    </message>
    <message>
        <location filename="../store/batch_undo.py" line="106"/>
        <source>The strategy {strategy_key!r} is no longer in the plan; the accepted commitments were not put back.</source>
        <translation>Die Strategie {strategy_key!r} ist nicht mehr im Plan; die angenommenen Verpflichtungen wurden nicht wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../store/copying.py" line="61"/>
        <source>--from and --to both name {database}; copy to another database.</source>
        <translation>--from und --to nennen beide {database}; kopieren Sie in eine andere Datenbank.</translation>
    </message>
    <message>
        <location filename="../store/copying.py" line="64"/>
        <source>The plan to copy, {path}, does not exist; check the path given with --from.</source>
        <translation>Der zu kopierende Plan {path} existiert nicht; prüfen Sie den mit --from angegebenen Pfad.</translation>
    </message>
    <message>
        <location filename="../store/copying.py" line="94"/>
        <source>The target database {database} has no table {table!r}; it was made by a different version of the planner.</source>
        <translation>Die Zieldatenbank {database} hat keine Tabelle {table!r}; sie wurde von einer anderen Version des Planers angelegt.</translation>
    </message>
    <message>
        <location filename="../store/copying.py" line="100"/>
        <source>The target database {database} already holds a plan ({count} rows); add --replace to overwrite it.</source>
        <translation>Die Zieldatenbank {database} enthält bereits einen Plan ({count} Zeilen); fügen Sie --replace hinzu, um ihn zu überschreiben.</translation>
    </message>
    <message>
        <location filename="../store/copying.py" line="112"/>
        <source>The plan at {database} holds a value that cannot be read ({why}); correct it there, nothing was copied.</source>
        <translation>Der Plan in {database} enthält einen unlesbaren Wert ({why}); korrigieren Sie ihn dort, es wurde nichts kopiert.</translation>
    </message>
    <message>
        <location filename="../store/copying.py" line="114"/>
        <source>The plan could not be copied to {database}, which is unchanged: {why}.</source>
        <translation>Der Plan konnte nicht nach {database} kopiert werden, die unverändert bleibt: {why}.</translation>
    </message>
    <message>
        <location filename="../store/copying.py" line="158"/>
        <source>{refusal}; correct it in the source plan, nothing was copied.</source>
        <translation>{refusal}; korrigieren Sie ihn im Quellplan, es wurde nichts kopiert.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="52"/>
        <source>The database address {url!r} is not a database URL (try a file path or sqlite:///path).</source>
        <translation>Die Adresse {url!r} ist keine Datenbank-URL (versuchen Sie einen Dateipfad oder sqlite:///pfad).</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="60"/>
        <source>The database URL {database} names a kind of database the planner does not know ({driver!r}); use sqlite:/// or postgresql+psycopg://.</source>
        <translation>Die URL {database} nennt eine Datenbankart, die der Planer nicht kennt ({driver!r}); verwenden Sie sqlite:/// oder postgresql+psycopg://.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="62"/>
        <source>The database {database} needs the Python driver {driver!r}, which is not installed.</source>
        <translation>Die Datenbank {database} braucht den Python-Treiber {driver!r}, der nicht installiert ist.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="64"/>
        <source>The database {database} cannot be reached: {why}.</source>
        <translation>Die Datenbank {database} ist nicht erreichbar: {why}.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="77"/>
        <source>The folder {folder} does not exist; create it first, or check the path given for the database.</source>
        <translation>Der Ordner {folder} existiert nicht; legen Sie ihn zuerst an oder prüfen Sie den Pfad der Datenbank.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="79"/>
        <location filename="../store/probing.py" line="35"/>
        <source>The database path {path} is a folder, not a file.</source>
        <translation>Der Datenbankpfad {path} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="81"/>
        <source>The database file {path} cannot be read (permission denied).</source>
        <translation>Die Datenbankdatei {path} kann nicht gelesen werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="126"/>
        <source>The database file {path} is not a planner database (it is another kind of file).</source>
        <translation>Die Datei {path} ist keine Datenbank des Planers (sie ist eine andere Art von Datei).</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="127"/>
        <source>The database file {path} is damaged (SQLite says: {why}), so nothing was read or changed; restore it from a backup.</source>
        <translation>Die Datenbankdatei {path} ist beschädigt (SQLite meldet: {why}), daher wurde nichts gelesen oder geändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="136"/>
        <source>The database file {path} is locked by another program; close it and try again.</source>
        <translation>Die Datenbankdatei {path} ist von einem anderen Programm gesperrt; schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="138"/>
        <source>The database file {path} cannot be opened (check the folder exists and is writable).</source>
        <translation>Die Datenbankdatei {path} kann nicht geöffnet werden (prüfen Sie, ob der Ordner existiert und beschreibbar ist).</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="139"/>
        <source>The database file {path} cannot be used: {why}.</source>
        <translation>Die Datenbankdatei {path} kann nicht verwendet werden: {why}.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="195"/>
        <source>The plan {database} was made by a newer version of Planner (its schema is {schema!r}); update Planner to open it.</source>
        <translation>Der Plan {database} wurde von einer neueren Version von Planner angelegt (sein Schema ist {schema!r}); aktualisieren Sie Planner, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="208"/>
        <source>The database {database} could not be upgraded: {why}.</source>
        <translation>Die Datenbank {database} konnte nicht aktualisiert werden: {why}.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="213"/>
        <source>Firefox&apos;s browsing history</source>
        <translation>des Browserverlaufs von Firefox</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="213"/>
        <source>Firefox&apos;s cookies</source>
        <translation>der Cookies von Firefox</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="214"/>
        <source>a Chrome or Chromium history</source>
        <translation>eines Verlaufs von Chrome oder Chromium</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="214"/>
        <source>an Anki collection</source>
        <translation>einer Anki-Sammlung</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="215"/>
        <source>a Calibre library</source>
        <translation>einer Calibre-Bibliothek</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="215"/>
        <source>a Zotero library</source>
        <translation>einer Zotero-Bibliothek</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="230"/>
        <source>another program</source>
        <translation>eines anderen Programms</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="232"/>
        <source>The database {database} holds the tables of {owner} ({tables}), not a Planner plan; it was left as it was. Give another file or an empty database.</source>
        <translation>Die Datenbank {database} enthält die Tabellen {owner} ({tables}), keinen Planner-Plan; sie blieb unverändert. Geben Sie eine andere Datei oder eine leere Datenbank an.</translation>
    </message>
    <message>
        <location filename="../store/errors.py" line="18"/>
        <source>The commitment {title!r} was changed elsewhere since you opened it; reload it and make your change again.</source>
        <translation>Die Verpflichtung {title!r} wurde anderswo geändert, seit Sie sie geöffnet haben; laden Sie sie neu und ändern Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../store/group_writes.py" line="40"/>
        <source>There is no strategy {strategy_key!r} in the plan.</source>
        <translation>Es gibt keine Strategie {strategy_key!r} im Plan.</translation>
    </message>
    <message>
        <location filename="../store/group_writes.py" line="55"/>
        <source>The strategy {title!r} holds initiatives now; it was not removed.</source>
        <translation>Die Strategie {title!r} enthält jetzt Initiativen; sie wurde nicht entfernt.</translation>
    </message>
    <message>
        <location filename="../store/group_writes.py" line="66"/>
        <source>The initiative {title!r} holds commitments now; it was not removed.</source>
        <translation>Die Initiative {title!r} enthält jetzt Verpflichtungen; sie wurde nicht entfernt.</translation>
    </message>
    <message>
        <location filename="../store/plan_store.py" line="117"/>
        <source>There is no commitment with id {commitment_id}.</source>
        <translation>Es gibt keine Verpflichtung mit der Kennung {commitment_id}.</translation>
    </message>
    <message>
        <location filename="../store/plan_store.py" line="187"/>
        <source>A commitment must be stored before it can be changed.</source>
        <translation>Eine Verpflichtung muss gespeichert sein, bevor sie geändert werden kann.</translation>
    </message>
    <message>
        <location filename="../store/plan_store.py" line="192"/>
        <source>The commitment {title!r} is no longer in the plan (deleted elsewhere).</source>
        <translation>Die Verpflichtung {title!r} ist nicht mehr im Plan (anderswo gelöscht).</translation>
    </message>
    <message>
        <location filename="../store/plan_store.py" line="222"/>
        <source>The commitment {title!r} is no longer in the plan.</source>
        <translation>Die Verpflichtung {title!r} ist nicht mehr im Plan.</translation>
    </message>
    <message>
        <location filename="../store/plan_store.py" line="352"/>
        <source>There is no initiative {key!r} in the plan.</source>
        <translation>Es gibt keine Initiative {key!r} im Plan.</translation>
    </message>
    <message>
        <location filename="../store/plan_store.py" line="392"/>
        <source>The change could not be saved to {url}: {why}.</source>
        <translation>Die Änderung konnte nicht in {url} gespeichert werden: {why}.</translation>
    </message>
    <message>
        <location filename="../store/plan_store.py" line="400"/>
        <source>The plan at {url} holds a value that cannot be read ({why}); nothing was changed.</source>
        <translation>Der Plan in {url} enthält einen unlesbaren Wert ({why}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../store/plan_store.py" line="422"/>
        <source>The database {url} is locked by another program; nothing was changed. Try again in a moment.</source>
        <translation>Die Datenbank {url} ist von einem anderen Programm gesperrt; es wurde nichts geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../store/plan_store.py" line="424"/>
        <source>The database {url} is read-only; nothing was changed.</source>
        <translation>Die Datenbank {url} ist schreibgeschützt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../store/plan_store.py" line="425"/>
        <source>The database {url} cannot be reached; nothing was changed.</source>
        <translation>Die Datenbank {url} ist nicht erreichbar; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../store/probing.py" line="27"/>
        <source>The database address {text!r} is not a database URL (try a file path or postgresql+psycopg://user@host/plan).</source>
        <translation>Die Adresse {text!r} ist keine Datenbank-URL (versuchen Sie einen Dateipfad oder postgresql+psycopg://benutzer@host/plan).</translation>
    </message>
    <message>
        <location filename="../store/probing.py" line="32"/>
        <source>The folder {folder} does not exist, so no plan can be created there.</source>
        <translation>Der Ordner {folder} existiert nicht, daher kann dort kein Plan angelegt werden.</translation>
    </message>
    <message>
        <location filename="../store/probing.py" line="42"/>
        <source>The database {database} cannot be read: {why}.</source>
        <translation>Die Datenbank {database} kann nicht gelesen werden: {why}.</translation>
    </message>
    <message>
        <location filename="../store/reminder_store.py" line="185"/>
        <source>The reminders could not be saved to {url}: {why}.</source>
        <translation>Die Erinnerungen konnten nicht in {url} gespeichert werden: {why}.</translation>
    </message>
</context>
<context>
    <name>StrategyDialog</name>
    <message>
        <location filename="../ui/group_dialogs.py" line="102"/>
        <source>New strategy</source>
        <translation>Neue Strategie</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="102"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="104"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="104"/>
        <source>e.g. EU Security Union Strategy</source>
        <translation>z. B. EU-Strategie für eine Sicherheitsunion</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="105"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Aktenzeichen:</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="105"/>
        <source>e.g. COM(2020) 605</source>
        <translation>z. B. COM(2020) 605</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="106"/>
        <source>the day it was adopted, e.g. 24 July 2020</source>
        <translation>der Tag der Annahme, z. B. 24. Juli 2020</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="108"/>
        <source>&amp;Adopted on:</source>
        <translation>&amp;Angenommen am:</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="109"/>
        <source>the years it covers, e.g. 2020-2025</source>
        <translation>die abgedeckten Jahre, z. B. 2020-2025</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="111"/>
        <source>&amp;Covers:</source>
        <translation>&amp;Umfasst:</translation>
    </message>
</context>
<context>
    <name>TimeScale</name>
    <message>
        <location filename="../timeline/scale.py" line="190"/>
        <source>Q{quarter}</source>
        <translation>Q{quarter}</translation>
    </message>
    <message>
        <location filename="../timeline/scale.py" line="201"/>
        <source>Week {week}, {day}</source>
        <translation>KW {week}, {day}</translation>
    </message>
    <message>
        <location filename="../timeline/scale.py" line="202"/>
        <location filename="../timeline/scale.py" line="203"/>
        <source>W{week}</source>
        <translation>KW{week}</translation>
    </message>
</context>
<context>
    <name>TimelineActions</name>
    <message>
        <location filename="../ui/timeline/actions.py" line="24"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="24"/>
        <source>Show less time, in more detail</source>
        <translation>Weniger Zeit zeigen, dafür genauer</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="28"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="28"/>
        <source>Show more time, in less detail</source>
        <translation>Mehr Zeit zeigen, dafür gröber</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="29"/>
        <source>&amp;Fit all</source>
        <translation>All&amp;es zeigen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="29"/>
        <source>Show the whole plan, first to last date</source>
        <translation>Den ganzen Plan zeigen, vom ersten bis zum letzten Datum</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="30"/>
        <source>&amp;Year</source>
        <translation>&amp;Jahr</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="30"/>
        <source>One year across the timeline</source>
        <translation>Ein Jahr über die ganze Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="31"/>
        <source>&amp;Quarter</source>
        <translation>&amp;Quartal</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="31"/>
        <source>One quarter across the timeline</source>
        <translation>Ein Quartal über die ganze Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="32"/>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="32"/>
        <source>One month across the timeline</source>
        <translation>Ein Monat über die ganze Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="33"/>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="33"/>
        <source>One week across the timeline</source>
        <translation>Eine Woche über die ganze Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="39"/>
        <source>Show &amp;legend</source>
        <translation>&amp;Legende anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="39"/>
        <source>What the colours and marks of the timeline mean</source>
        <translation>Was die Farben und Markierungen der Zeitleiste bedeuten</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="43"/>
        <source>&amp;Key date labels</source>
        <translation>Besc&amp;hriftung der Stichtage</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="43"/>
        <source>Name the key dates on flags under the dates of the timeline; off, they are lines only</source>
        <translation>Die Stichtage auf Fähnchen unter den Daten der Zeitleiste benennen; aus: nur Linien</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="48"/>
        <source>&amp;Move earlier</source>
        <translation>&amp;Früher legen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="48"/>
        <source>Reschedule the current commitment one step of its precision earlier</source>
        <translation>Die aktuelle Verpflichtung um einen Schritt ihrer Genauigkeit vorverlegen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="49"/>
        <source>Move &amp;later</source>
        <translation>S&amp;päter legen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="49"/>
        <source>Reschedule the current commitment one step of its precision later</source>
        <translation>Die aktuelle Verpflichtung um einen Schritt ihrer Genauigkeit verschieben</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="50"/>
        <source>End e&amp;arlier</source>
        <translation>Ende frü&amp;her</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="50"/>
        <source>Bring the end of the current span one step of its precision earlier, as dragging its end does</source>
        <translation>Das Ende des aktuellen Zeitraums um einen Schritt seiner Genauigkeit vorziehen, wie beim Ziehen des Endes</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="51"/>
        <source>End la&amp;ter</source>
        <translation>Ende spä&amp;ter</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="51"/>
        <source>Take the end of the current span one step of its precision later, as dragging its end does</source>
        <translation>Das Ende des aktuellen Zeitraums um einen Schritt seiner Genauigkeit hinausschieben, wie beim Ziehen des Endes</translation>
    </message>
</context>
<context>
    <name>TimelineEditing</name>
    <message>
        <location filename="../ui/timeline/editing.py" line="48"/>
        <source>moved on the timeline</source>
        <translation>auf der Zeitleiste verschoben</translation>
    </message>
    <message>
        <location filename="../ui/timeline/editing.py" line="115"/>
        <source>Change the end of {title!r} to {due}</source>
        <translation>Das Ende von {title!r} auf {due} setzen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/editing.py" line="115"/>
        <location filename="../ui/timeline/editing.py" line="205"/>
        <source>Reschedule {title!r} to {due}</source>
        <translation>{title!r} auf {due} verschieben</translation>
    </message>
    <message>
        <location filename="../ui/timeline/editing.py" line="214"/>
        <source>Reschedule</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../ui/timeline/editing.py" line="260"/>
        <source>Today, {day}</source>
        <translation>Heute, {day}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../ui/timeline/widget.py" line="52"/>
        <source>No commitment selected. The plan list beside the timeline has the same rows.</source>
        <translation>Keine Verpflichtung ausgewählt. Die Planliste neben der Zeitleiste hat dieselben Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/widget.py" line="85"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/timeline/widget.py" line="261"/>
        <source>Key dates in view: {dates}</source>
        <translation>Sichtbare Stichtage: {dates}</translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <location filename="../document/commitment_commands.py" line="53"/>
        <source>Add {title!r}</source>
        <translation>{title!r} hinzufügen</translation>
    </message>
    <message>
        <location filename="../document/commitment_commands.py" line="76"/>
        <source>Delete {title!r}</source>
        <translation>{title!r} löschen</translation>
    </message>
    <message>
        <location filename="../document/group_commands.py" line="24"/>
        <source>Add strategy {title!r}</source>
        <translation>Strategie {title!r} hinzufügen</translation>
    </message>
    <message>
        <location filename="../document/group_commands.py" line="24"/>
        <source>Change strategy {title!r}</source>
        <translation>Strategie {title!r} ändern</translation>
    </message>
    <message>
        <location filename="../document/group_commands.py" line="26"/>
        <source>Add initiative {title!r}</source>
        <translation>Initiative {title!r} hinzufügen</translation>
    </message>
    <message>
        <location filename="../document/group_commands.py" line="26"/>
        <source>Change initiative {title!r}</source>
        <translation>Initiative {title!r} ändern</translation>
    </message>
    <message>
        <location filename="../document/link_commands.py" line="25"/>
        <source>Link {first!r} before {then!r}</source>
        <translation>{first!r} vor {then!r} verknüpfen</translation>
    </message>
    <message>
        <location filename="../document/link_commands.py" line="40"/>
        <source>Unlink {first!r} from {then!r}</source>
        <translation>Verknüpfung von {first!r} mit {then!r} lösen</translation>
    </message>
    <message>
        <location filename="../document/link_commands.py" line="64"/>
        <source>Key date {label!r}</source>
        <translation>Stichtag {label!r}</translation>
    </message>
    <message>
        <location filename="../document/link_commands.py" line="64"/>
        <source>Change key date {label!r}</source>
        <translation>Stichtag {label!r} ändern</translation>
    </message>
    <message>
        <location filename="../document/link_commands.py" line="82"/>
        <source>Delete key date {label!r}</source>
        <translation>Stichtag {label!r} löschen</translation>
    </message>
</context>
<context>
    <name>WindowReminders</name>
    <message>
        <location filename="../ui/reminder_setup.py" line="57"/>
        <source>Reminders: {text}</source>
        <translation>Erinnerungen: {text}</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="words.py" line="21"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="words.py" line="21"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="words.py" line="22"/>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="words.py" line="22"/>
        <source>part of a year</source>
        <translation>Teil eines Jahres</translation>
    </message>
    <message>
        <location filename="words.py" line="23"/>
        <source>half-year</source>
        <translation>Halbjahr</translation>
    </message>
    <message>
        <location filename="words.py" line="23"/>
        <source>year-end</source>
        <translation>Jahresende</translation>
    </message>
    <message>
        <location filename="words.py" line="24"/>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="words.py" line="24"/>
        <source>several years</source>
        <translation>mehrere Jahre</translation>
    </message>
    <message>
        <location filename="words.py" line="28"/>
        <source>delivered</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location filename="words.py" line="28"/>
        <source>forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="words.py" line="29"/>
        <source>rescheduled</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="words.py" line="44"/>
        <source>on schedule</source>
        <translation>im Zeitplan</translation>
    </message>
    <message>
        <location filename="words.py" line="53"/>
        <source>by {document}</source>
        <translation>durch {document}</translation>
    </message>
    <message>
        <location filename="words.py" line="65"/>
        <source>on time</source>
        <translation>rechtzeitig</translation>
    </message>
    <message>
        <location filename="words.py" line="69"/>
        <source>late against the first announcement ({first}), on time against the revision ({now})</source>
        <translation>verspätet gegenüber der ersten Ankündigung ({first}), rechtzeitig gegenüber der Änderung ({now})</translation>
    </message>
    <message>
        <location filename="words.py" line="70"/>
        <source>late against the first announcement ({first}) and against the revision ({now})</source>
        <translation>verspätet gegenüber der ersten Ankündigung ({first}) und gegenüber der Änderung ({now})</translation>
    </message>
    <message>
        <location filename="words.py" line="78"/>
        <location filename="words.py" line="94"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location filename="words.py" line="80"/>
        <source>due tomorrow</source>
        <translation>morgen fällig</translation>
    </message>
    <message>
        <location filename="words.py" line="93"/>
        <source>window opens</source>
        <translation>Zeitfenster beginnt</translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="107"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="110"/>
        <source>late by %Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag verspätet</numerusform>
            <numerusform>%Ln Tage verspätet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="113"/>
        <source>due in %Ln day(s)</source>
        <translation>
            <numerusform>fällig in %Ln Tag</numerusform>
            <numerusform>fällig in %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="116"/>
        <source>overdue by %Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag überfällig</numerusform>
            <numerusform>%Ln Tage überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="119"/>
        <source>%Ln day(s) before</source>
        <translation>
            <numerusform>%Ln Tag vorher</numerusform>
            <numerusform>%Ln Tage vorher</numerusform>
        </translation>
    </message>
    <message>
        <location filename="words.py" line="99"/>
        <source>Reminder: {title}</source>
        <translation>Erinnerung: {title}</translation>
    </message>
    <message>
        <location filename="words.py" line="100"/>
        <source>its window opens</source>
        <translation>sein Zeitfenster beginnt</translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="122"/>
        <source>%Ln reminder(s) while you were away</source>
        <translation>
            <numerusform>%Ln Erinnerung während Ihrer Abwesenheit</numerusform>
            <numerusform>%Ln Erinnerungen während Ihrer Abwesenheit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="122"/>
        <source>%Ln reminder(s)</source>
        <translation>
            <numerusform>%Ln Erinnerung</numerusform>
            <numerusform>%Ln Erinnerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="125"/>
        <source>and %Ln more in the Due soon list</source>
        <translation>
            <numerusform>und %Ln weitere in der Liste „Bald fällig“</numerusform>
            <numerusform>und %Ln weitere in der Liste „Bald fällig“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="134"/>
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln hinzugefügt</numerusform>
            <numerusform>%Ln hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="137"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln aktualisiert</numerusform>
            <numerusform>%Ln aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="140"/>
        <source>%Ln kept as you edited them</source>
        <translation>
            <numerusform>%Ln so belassen, wie Sie es geändert haben</numerusform>
            <numerusform>%Ln so belassen, wie Sie sie geändert haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="149"/>
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln angelegt</numerusform>
            <numerusform>%Ln angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="152"/>
        <source>%Ln deleted</source>
        <translation>
            <numerusform>%Ln gelöscht</numerusform>
            <numerusform>%Ln gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="155"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unverändert</numerusform>
            <numerusform>%Ln unverändert</numerusform>
        </translation>
    </message>
</context>
</TS>
