<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="194"/>
        <source>Cannot open the plan</source>
        <translation>Der Plan kann nicht geöffnet werden</translation>
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
        <location filename="../ui/as_of_dialog.py" line="18"/>
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
    <name>CalendarActions</name>
    <message>
        <location filename="../ui/calendar_actions.py" line="62"/>
        <source>Export &amp;calendar…</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="62"/>
        <source>Write the plan as an iCalendar (.ics) file</source>
        <translation>Den Plan als iCalendar-Datei (.ics) schreiben</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="63"/>
        <source>Serve calendar &amp;feed</source>
        <translation>Kalender-&amp;Feed bereitstellen</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="63"/>
        <source>Let calendar apps on this computer subscribe to the plan</source>
        <translation>Kalender-Apps auf diesem Computer den Plan abonnieren lassen</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="65"/>
        <source>Copy &amp;webcal address</source>
        <translation>&amp;Webcal-Adresse kopieren</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="65"/>
        <source>Copy the feed&apos;s address to paste into a calendar app</source>
        <translation>Die Adresse des Feeds kopieren, um sie in eine Kalender-App einzufügen</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="67"/>
        <source>Keep a calendar file &amp;published…</source>
        <translation>Eine Kalenderdatei &amp;veröffentlicht halten…</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="67"/>
        <source>Rewrite a .ics file in a synced folder after every change</source>
        <translation>Nach jeder Änderung eine .ics-Datei in einem synchronisierten Ordner neu schreiben</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="69"/>
        <source>Publish to team calendar (Cal&amp;DAV)…</source>
        <translation>Im Teamkalender veröffentlichen (Cal&amp;DAV)…</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="69"/>
        <source>Create, update and delete the plan&apos;s events on a CalDAV calendar</source>
        <translation>Die Termine des Plans in einem CalDAV-Kalender anlegen, ändern und löschen</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="107"/>
        <location filename="../ui/calendar_actions.py" line="122"/>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="107"/>
        <source>The folder {path} does not exist.</source>
        <translation>Der Ordner {path} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="124"/>
        <source>Exported {count} commitments to {files}.</source>
        <translation>{count} Verpflichtungen nach {files} exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="143"/>
        <source>Calendar feed</source>
        <translation>Kalender-Feed</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="149"/>
        <source>Serving the calendar at {webcal_url}</source>
        <translation>Der Kalender wird unter {webcal_url} bereitgestellt</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="164"/>
        <source>Copied {url}: paste it into the calendar app&apos;s “subscribe” box.</source>
        <translation>{url} kopiert: in das Feld „Abonnieren“ der Kalender-App einfügen.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="178"/>
        <source>Keep a calendar file published</source>
        <translation>Eine Kalenderdatei veröffentlicht halten</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="178"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="190"/>
        <location filename="../ui/calendar_actions.py" line="218"/>
        <source>Publish calendar file</source>
        <translation>Kalenderdatei veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="197"/>
        <source>Keeping {path} current</source>
        <translation>{path} wird aktuell gehalten</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="253"/>
        <location filename="../ui/calendar_actions.py" line="260"/>
        <source>Publish to team calendar</source>
        <translation>Im Teamkalender veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="260"/>
        <source>The password was not kept: this system has no keyring. You will be asked again next time.</source>
        <translation>Das Passwort wurde nicht gespeichert: Dieses System hat keinen Schlüsselbund. Sie werden beim nächsten Mal erneut gefragt.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="261"/>
        <source>Published to {url}: {text}.</source>
        <translation>In {url} veröffentlicht: {text}.</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../ui/commitment_dialog.py" line="44"/>
        <source>Deadline: due within a window</source>
        <translation>Frist: fällig innerhalb eines Zeitfensters</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="45"/>
        <source>Span: runs from a start to the due date</source>
        <translation>Zeitraum: läuft von einem Beginn bis zur Fälligkeit</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="60"/>
        <source>Edit commitment</source>
        <translation>Verpflichtung bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="60"/>
        <source>New commitment</source>
        <translation>Neue Verpflichtung</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="63"/>
        <source>&amp;Commitment</source>
        <translation>&amp;Verpflichtung</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="64"/>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="66"/>
        <source>&amp;Dependencies</source>
        <translation>&amp;Abhängigkeiten</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="68"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="75"/>
        <source>Save anyway: the plan will show the link as broken</source>
        <translation>Trotzdem speichern: Der Plan zeigt die Verknüpfung als verletzt</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="84"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="84"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="116"/>
        <source>when a span begins, e.g. 2021</source>
        <translation>Beginn eines Zeitraums, z. B. 2021</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="123"/>
        <source>when you now expect it, if not when it is due</source>
        <translation>wann Sie es jetzt erwarten, falls nicht zur Fälligkeit</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="124"/>
        <source>the day it was actually delivered</source>
        <translation>der Tag, an dem sie tatsächlich erfüllt wurde</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="131"/>
        <source>why the dates change: free text, or the reference of the document that re-announced them</source>
        <translation>warum sich die Daten ändern: freier Text oder das Aktenzeichen des Dokuments, das sie neu angekündigt hat</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="135"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="136"/>
        <source>&amp;Initiative:</source>
        <translation>&amp;Initiative:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="137"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="138"/>
        <source>D&amp;ue:</source>
        <translation>F&amp;ällig:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="139"/>
        <source>S&amp;tart:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="140"/>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="141"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="142"/>
        <source>&amp;Forecast:</source>
        <translation>&amp;Prognose:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="143"/>
        <source>Deli&amp;vered on:</source>
        <translation>Er&amp;füllt am:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="144"/>
        <source>Re&amp;minders:</source>
        <translation>Er&amp;innerungen:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="145"/>
        <source>Reason for the &amp;change:</source>
        <translation>Grund der Ä&amp;nderung:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="155"/>
        <source>e.g. COM(2020) 607</source>
        <translation>z. B. COM(2020) 607</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="158"/>
        <source>the sentence of the document the commitment comes from</source>
        <translation>der Satz des Dokuments, aus dem die Verpflichtung stammt</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="160"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="161"/>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="162"/>
        <source>Section:</source>
        <translation>Abschnitt:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="163"/>
        <source>Quote:</source>
        <translation>Zitat:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="164"/>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="199"/>
        <source>Give the commitment a title.</source>
        <translation>Geben Sie der Verpflichtung einen Titel.</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="206"/>
        <source>The start ({start}) is after the end of the due window ({window}).</source>
        <translation>Der Beginn ({start}) liegt nach dem Ende des Fälligkeitsfensters ({window}).</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="268"/>
        <source>&lt;b&gt;This change breaks a dependency.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diese Änderung verletzt eine Abhängigkeit.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="285"/>
        <source>Kept in the history with the reason: {changes}</source>
        <translation>Mit dem Grund im Verlauf festgehalten: {changes}</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <location filename="../ui/compare_actions.py" line="34"/>
        <source>Co&amp;mpare with…</source>
        <translation>Ver&amp;gleichen mit…</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="34"/>
        <source>Show how the plan stood on a past day, as the first-announced dates are shown</source>
        <translation>Zeigen, wie der Plan an einem vergangenen Tag stand, so wie die zuerst angekündigten Daten gezeigt werden</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="35"/>
        <source>Stop comparing</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="36"/>
        <source>&amp;Baselines</source>
        <translation>&amp;Basispläne</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="47"/>
        <location filename="../ui/compare_actions.py" line="64"/>
        <location filename="../ui/compare_actions.py" line="84"/>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="48"/>
        <source>Draw the due dates as they were planned on:</source>
        <translation>Die Fälligkeiten so zeichnen, wie sie geplant waren am:</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="49"/>
        <source>Save as a named baseline:</source>
        <translation>Als benannten Basisplan speichern:</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="51"/>
        <source>e.g. Council meeting 12 March 2021</source>
        <translation>z. B. Ratstagung 12. März 2021</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="101"/>
        <source>Compared with the plan of {day}: hollow bars show the due dates as they stood then.</source>
        <translation>Verglichen mit dem Plan vom {day}: Hohle Balken zeigen die Fälligkeiten, wie sie damals standen.</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="113"/>
        <source>No named baselines yet (Compare with… names one)</source>
        <translation>Noch keine benannten Basispläne (Vergleichen mit… legt einen an)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/conflict_dialog.py" line="28"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="28"/>
        <source>Delivered on</source>
        <translation>Erfüllt am</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="29"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="30"/>
        <source>Remind when the window opens</source>
        <translation>Bei Öffnung des Zeitfensters erinnern</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="31"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="31"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="32"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="32"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="33"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="34"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="34"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="35"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="35"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="36"/>
        <source>Url</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="36"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="44"/>
        <source>Changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="51"/>
        <source>Stored now (theirs)</source>
        <translation>Jetzt gespeichert (deren Fassung)</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="51"/>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="63"/>
        <source>Reload shows their version and drops your change. Keep mine saves your change on top of theirs; what they changed elsewhere stays.</source>
        <translation>Neu laden zeigt deren Fassung und verwirft Ihre Änderung. Meine behalten speichert Ihre Änderung über deren; was dort anderswo geändert wurde, bleibt.</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="67"/>
        <source>&amp;Reload (take theirs)</source>
        <translation>Neu &amp;laden (deren übernehmen)</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="68"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../ui/database_page.py" line="41"/>
        <source>empty: the plan file on this computer</source>
        <translation>leer: die Plandatei auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="42"/>
        <source>A file path, or a shared database such as postgresql+psycopg://officer@db.unit.example/plan</source>
        <translation>Ein Dateipfad oder eine gemeinsame Datenbank wie postgresql+psycopg://referent@db.referat.example/plan</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="43"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="52"/>
        <source>Open the plan at:</source>
        <translation>Den Plan öffnen unter:</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="54"/>
        <source>Open now:</source>
        <translation>Jetzt geöffnet:</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="56"/>
        <source>One plan for the whole unit: give every officer the same PostgreSQL address. A password typed in it is moved to your PostgreSQL password file (~/.pgpass), which only you can read, and the address is saved without it. The new address is used the next time Planner starts (it offers to restart at once); to move a plan there first, run: planner copy --from OLD --to NEW.</source>
        <translation>Ein Plan für das ganze Referat: Geben Sie allen dieselbe PostgreSQL-Adresse. Ein darin eingegebenes Passwort wird in Ihre PostgreSQL-Passwortdatei (~/.pgpass) verschoben, die nur Sie lesen können, und die Adresse ohne es gespeichert. Die neue Adresse gilt ab dem nächsten Start von Planner (es bietet einen sofortigen Neustart an); um einen Plan zuerst dorthin zu verschieben: planner copy --from ALT --to NEU.</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="92"/>
        <source>The database address {address!r} is not a database URL (try a file path or postgresql+psycopg://user@host/plan).</source>
        <translation>Die Datenbankadresse {address!r} ist keine Datenbank-URL (versuchen Sie einen Dateipfad oder postgresql+psycopg://benutzer@host/plan).</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="104"/>
        <source>The password could not be written to {password_file} ({strerror}); the database address was not changed.</source>
        <translation>Das Passwort konnte nicht in {password_file} geschrieben werden ({strerror}); die Datenbankadresse wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="107"/>
        <source>Its password is kept in {file}, not in Planner&apos;s settings.</source>
        <translation>Das Passwort liegt in {file}, nicht in den Einstellungen von Planner.</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="111"/>
        <source>the plan file on this computer</source>
        <translation>die Plandatei auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="112"/>
        <source>Planner will open {plan} the next time it starts.</source>
        <translation>Planner öffnet {plan} beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="117"/>
        <source>{said}

Restart Planner now?</source>
        <translation>{said}

Planner jetzt neu starten?</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="121"/>
        <source>Planner could not be started again; it opens the new plan when you next start it.</source>
        <translation>Planner konnte nicht neu gestartet werden; es öffnet den neuen Plan beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../ui/database_preferences.py" line="25"/>
        <source>Database</source>
        <translation>Datenbank</translation>
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
        <location filename="../ui/details_pane.py" line="26"/>
        <source>Details of the selected commitment</source>
        <translation>Details der ausgewählten Verpflichtung</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="40"/>
        <source>Select a commitment to see its details and the sentence it came from.</source>
        <translation>Wählen Sie eine Verpflichtung, um ihre Details und den Satz zu sehen, aus dem sie stammt.</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="49"/>
        <source>{standing} as of {day} (recorded: {status})</source>
        <translation>{standing}, Stand {day} (erfasst: {status})</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="52"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="53"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="54"/>
        <source>First announced</source>
        <translation>Zuerst angekündigt</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="57"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="59"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="62"/>
        <source>Delivered</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="64"/>
        <source>Slippage</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="65"/>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="65"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="65"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="73"/>
        <source>No source sentence recorded</source>
        <translation>Kein Quellsatz erfasst</translation>
    </message>
</context>
<context>
    <name>DueSoonDock</name>
    <message>
        <location filename="../ui/due_soon_dock.py" line="46"/>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="54"/>
        <source>Remind me again on the morning of:</source>
        <translation>Erneut erinnern am Morgen des:</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="68"/>
        <location filename="../ui/due_soon_dock.py" line="156"/>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="70"/>
        <source>Reminders that have come due, with Open, Snooze, Dismiss and Mark delivered</source>
        <translation>Fällige Erinnerungen, mit Öffnen, Zurückstellen, Verwerfen und Als erfüllt markieren</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="78"/>
        <source>Commitment</source>
        <translation>Verpflichtung</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="78"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="78"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="79"/>
        <source>Reminders due soon</source>
        <translation>Bald fällige Erinnerungen</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="92"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="93"/>
        <location filename="../ui/due_soon_dock.py" line="110"/>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="96"/>
        <source>Until a date…</source>
        <translation>Bis zu einem Datum…</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="97"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="98"/>
        <source>Mark delivered</source>
        <translation>Als erfüllt markieren</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="144"/>
        <source>{title}
Due: {shown}</source>
        <translation>{title}
Fällig: {shown}</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="154"/>
        <source>1 reminder awaiting an answer</source>
        <translation>1 Erinnerung wartet auf Antwort</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="154"/>
        <source>{count} reminders awaiting an answer</source>
        <translation>{count} Erinnerungen warten auf Antwort</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="155"/>
        <source>due in the next {horizon} days</source>
        <translation>fällig in den nächsten {horizon} Tagen</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="155"/>
        <source>Nothing due in the next {horizon} days.</source>
        <translation>Nichts fällig in den nächsten {horizon} Tagen.</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="156"/>
        <source>Due soon ({waiting})</source>
        <translation>Bald fällig ({waiting})</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="166"/>
        <source>snoozed till {when}</source>
        <translation>zurückgestellt bis {when}</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../ui/edit_actions.py" line="36"/>
        <source>Changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="37"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="51"/>
        <source>&amp;New commitment…</source>
        <translation>&amp;Neue Verpflichtung…</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="51"/>
        <source>Add a commitment to the current initiative</source>
        <translation>Der aktuellen Initiative eine Verpflichtung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="52"/>
        <source>&amp;Edit commitment…</source>
        <translation>Verpflichtung &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="52"/>
        <source>Change the dates, text and links of the current commitment</source>
        <translation>Daten, Text und Verknüpfungen der aktuellen Verpflichtung ändern</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="62"/>
        <source>&amp;Key dates…</source>
        <translation>&amp;Stichtage…</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="62"/>
        <source>The dated events drawn as lines across the timeline</source>
        <translation>Die datierten Ereignisse, als Linien über die Zeitleiste gezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="64"/>
        <location filename="../ui/edit_actions.py" line="67"/>
        <source>Undo history</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="69"/>
        <source>Every change made in this window; choose a step to go back to it</source>
        <translation>Jede Änderung in diesem Fenster; wählen Sie einen Schritt, um dorthin zurückzukehren</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="73"/>
        <source>&amp;Undo history</source>
        <translation>Rückgängig-&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="177"/>
        <source>The commitment {title!r} was deleted elsewhere; your changes were not saved.</source>
        <translation>Die Verpflichtung {title!r} wurde anderswo gelöscht; Ihre Änderungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="179"/>
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
    <name>FileTransfer</name>
    <message>
        <location filename="../ui/file_transfer.py" line="27"/>
        <source>Plan files (*.csv *.xlsx *.toml *.ics);;CSV (*.csv);;Excel workbook (*.xlsx);;Plan TOML (*.toml);;iCalendar (*.ics)</source>
        <translation>Plandateien (*.csv *.xlsx *.toml *.ics);;CSV (*.csv);;Excel-Arbeitsmappe (*.xlsx);;Plan-TOML (*.toml);;iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="28"/>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="67"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="68"/>
        <source>Add or update commitments from a CSV, Excel, TOML or iCalendar file</source>
        <translation>Verpflichtungen aus einer CSV-, Excel-, TOML- oder iCalendar-Datei hinzufügen oder aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="69"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="70"/>
        <source>Write the commitments shown to a CSV or Excel file</source>
        <translation>Die angezeigten Verpflichtungen in eine CSV- oder Excel-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="75"/>
        <source>Import into the plan</source>
        <translation>In den Plan importieren</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="85"/>
        <location filename="../ui/file_transfer.py" line="101"/>
        <location filename="../ui/file_transfer.py" line="108"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="85"/>
        <source>The file {path} cannot be read: {value}.</source>
        <translation>Die Datei {path} kann nicht gelesen werden: {value}.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="88"/>
        <source>Import 1 commitment from {file}?</source>
        <translation>1 Verpflichtung aus {file} importieren?</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="88"/>
        <source>Import {count} commitments from {file}?</source>
        <translation>{count} Verpflichtungen aus {file} importieren?</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="89"/>
        <source>Commitments already in the plan are updated, new ones added. An import cannot be undone with Edit → Undo.</source>
        <translation>Verpflichtungen, die schon im Plan stehen, werden aktualisiert, neue hinzugefügt. Ein Import lässt sich nicht mit Bearbeiten → Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="93"/>
        <source>… and {count} more.</source>
        <translation>… und {count} weitere.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="104"/>
        <source>Imported {name}: {text}.</source>
        <translation>{name} importiert: {text}.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="115"/>
        <source>Export the commitments shown</source>
        <translation>Die angezeigten Verpflichtungen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="134"/>
        <location filename="../ui/file_transfer.py" line="140"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="134"/>
        <source>The file {name} has an unknown type; export writes .csv and .xlsx files.</source>
        <translation>Die Datei {name} hat einen unbekannten Typ; der Export schreibt .csv- und .xlsx-Dateien.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="142"/>
        <source>Wrote {count} commitments to {path}.</source>
        <translation>{count} Verpflichtungen in {path} geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="142"/>
        <source>Wrote {count} commitments (those the filter shows) to {path}.</source>
        <translation>{count} Verpflichtungen (die der Filter zeigt) in {path} geschrieben.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/filter_bar.py" line="39"/>
        <source>Filter: words in title, description, quote… (Ctrl+F)</source>
        <translation>Filter: Titel, Beschreibung, Zitat… (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="41"/>
        <source>Filter words</source>
        <translation>Filterwörter</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="43"/>
        <source>All strategies</source>
        <translation>Alle Strategien</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="43"/>
        <source>Only commitments of this strategy</source>
        <translation>Nur Verpflichtungen dieser Strategie</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="44"/>
        <source>All responsible</source>
        <translation>Alle Zuständigen</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="44"/>
        <source>Only commitments this actor is responsible for</source>
        <translation>Nur Verpflichtungen, für die dieser Akteur zuständig ist</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="48"/>
        <source>any time</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="49"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="50"/>
        <source>Only open commitments whose due window ends within this many days of the status day</source>
        <translation>Nur offene Verpflichtungen, deren Fälligkeitsfenster innerhalb so vieler Tage nach dem Stichtag des Stands endet</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="52"/>
        <source>any dates</source>
        <translation>beliebige Daten</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="55"/>
        <source>Only commitments whose window overlaps this one: &apos;2021&apos;, &apos;Q1 2021&apos;, &apos;2021-2022&apos;, &apos;2021-01-01..2021-06-30&apos;</source>
        <translation>Nur Verpflichtungen, deren Zeitfenster dieses überschneidet: „2021“, „Q1 2021“, „2021-2022“, „2021-01-01..2021-06-30“</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="56"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="57"/>
        <source>Show every commitment again</source>
        <translation>Wieder alle Verpflichtungen zeigen</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="60"/>
        <source>Commitments shown</source>
        <translation>Angezeigte Verpflichtungen</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="63"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="63"/>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="64"/>
        <source>Due within</source>
        <translation>Fällig binnen</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="64"/>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="71"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="147"/>
        <source>{total} commitment</source>
        <translation>{total} Verpflichtung</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="147"/>
        <source>{total} commitments</source>
        <translation>{total} Verpflichtungen</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="150"/>
        <source>None of {total} matches the filter</source>
        <translation>Keine der {total} entspricht dem Filter</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="153"/>
        <source>{shown} of {total} shown</source>
        <translation>{shown} von {total} angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="183"/>
        <source>Only commitments whose window overlaps this one: &apos;2021&apos;, &apos;Q1 2021&apos;, &apos;2021-2022&apos;</source>
        <translation>Nur Verpflichtungen, deren Zeitfenster dieses überschneidet: „2021“, „Q1 2021“, „2021-2022“</translation>
    </message>
</context>
<context>
    <name>GroupActions</name>
    <message>
        <location filename="../ui/group_actions.py" line="30"/>
        <source>New &amp;strategy…</source>
        <translation>Neue &amp;Strategie…</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="30"/>
        <source>Add a strategy document to the plan</source>
        <translation>Dem Plan ein Strategiedokument hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="31"/>
        <source>New &amp;initiative…</source>
        <translation>Neue &amp;Initiative…</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="31"/>
        <source>Add an initiative under a strategy</source>
        <translation>Einer Strategie eine Initiative hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="32"/>
        <source>Edit strategy or i&amp;nitiative…</source>
        <translation>Strategie oder I&amp;nitiative bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="33"/>
        <source>Change the title, reference or dates of the strategy or initiative of the current row</source>
        <translation>Titel, Aktenzeichen oder Daten der Strategie oder Initiative der aktuellen Zeile ändern</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="78"/>
        <source>Added the initiative {label!r}; it shows in the list once it holds a commitment (Edit → New commitment…).</source>
        <translation>Initiative {label!r} hinzugefügt; sie erscheint in der Liste, sobald sie eine Verpflichtung enthält (Bearbeiten → Neue Verpflichtung…).</translation>
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
        <location filename="../ui/group_dialogs.py" line="134"/>
        <source>New initiative</source>
        <translation>Neue Initiative</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="134"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="137"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="142"/>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategie:</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="143"/>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="143"/>
        <source>e.g. 3 (may stay empty)</source>
        <translation>z. B. 3 (darf leer bleiben)</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="144"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="144"/>
        <source>e.g. Strengthen law enforcement efforts</source>
        <translation>z. B. Die Strafverfolgung stärken</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="152"/>
        <source>The plan has no strategy yet; add one first (Edit → New strategy…).</source>
        <translation>Der Plan hat noch keine Strategie; fügen Sie zuerst eine hinzu (Bearbeiten → Neue Strategie…).</translation>
    </message>
</context>
<context>
    <name>KeyDateForm</name>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="41"/>
        <source>Edit key date</source>
        <translation>Stichtag bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="41"/>
        <source>New key date</source>
        <translation>Neuer Stichtag</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="45"/>
        <source>what happens, as drawn on the line</source>
        <translation>was geschieht, wie an der Linie beschriftet</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="47"/>
        <source>e.g. Directive (EU) 2018/1972</source>
        <translation>z. B. Richtlinie (EU) 2018/1972</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="51"/>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="52"/>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="53"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="54"/>
        <source>&amp;Quote:</source>
        <translation>&amp;Zitat:</translation>
    </message>
</context>
<context>
    <name>KeyDatesDialog</name>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="89"/>
        <location filename="../ui/key_dates_dialog.py" line="169"/>
        <source>Key dates</source>
        <translation>Stichtage</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="93"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="93"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="93"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="97"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="98"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="99"/>
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
        <location filename="../ui/main_window.py" line="61"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="63"/>
        <source>The selected commitment: the sentence it came from, its dates and history</source>
        <translation>Die ausgewählte Verpflichtung: der Satz, aus dem sie stammt, ihre Daten und ihr Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="122"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="122"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="122"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="122"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="125"/>
        <source>&amp;Reload plan</source>
        <translation>Plan neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="125"/>
        <source>Read the plan again from the database</source>
        <translation>Den Plan erneut aus der Datenbank lesen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="127"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="129"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="131"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="136"/>
        <source>Mark &amp;delivered…</source>
        <translation>Als &amp;erfüllt markieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="136"/>
        <source>Record on which day, and by which document, the selected commitments were delivered</source>
        <translation>Festhalten, an welchem Tag und durch welches Dokument die ausgewählten Verpflichtungen erfüllt wurden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="137"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="139"/>
        <source>&amp;Expand all</source>
        <translation>Alle &amp;aufklappen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="140"/>
        <source>&amp;Collapse all</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="142"/>
        <source>Status &amp;as of…</source>
        <translation>Stand &amp;am…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="142"/>
        <source>Show status as it stood (or will stand) on another day</source>
        <translation>Den Stand an einem anderen Tag zeigen (vergangen oder künftig)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="143"/>
        <source>Status as of &amp;today</source>
        <translation>Stand &amp;heute</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="147"/>
        <source>&amp;About Planner</source>
        <translation>Ü&amp;ber Planner</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="158"/>
        <source>“{title}” is a strategy: Delete removes commitments. Select its commitments to delete them; it can be renamed with Edit → Edit strategy or initiative….</source>
        <translation>„{title}“ ist eine Strategie: Löschen entfernt Verpflichtungen. Wählen Sie ihre Verpflichtungen aus, um sie zu löschen; umbenennen lässt sie sich mit Bearbeiten → Strategie oder Initiative bearbeiten….</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="160"/>
        <source>“{title}” is an initiative: Delete removes commitments. Select its commitments to delete them; it can be renamed with Edit → Edit strategy or initiative….</source>
        <translation>„{title}“ ist eine Initiative: Löschen entfernt Verpflichtungen. Wählen Sie ihre Verpflichtungen aus, um sie zu löschen; umbenennen lässt sie sich mit Bearbeiten → Strategie oder Initiative bearbeiten….</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="161"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="234"/>
        <source>Delete commitments</source>
        <translation>Verpflichtungen löschen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="234"/>
        <source>Delete this commitment? You can undo this.

{names}</source>
        <translation>Diese Verpflichtung löschen? Sie können das rückgängig machen.

{names}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="234"/>
        <source>Delete {count} commitments? You can undo this.

{names}</source>
        <translation>{count} Verpflichtungen löschen? Sie können das rückgängig machen.

{names}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="251"/>
        <source>Status as of today, {day}</source>
        <translation>Stand heute, {day}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="251"/>
        <source>Status as of {day} (not today)</source>
        <translation>Stand am {day} (nicht heute)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="256"/>
        <source>About Planner</source>
        <translation>Über Planner</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="256"/>
        <source>&lt;b&gt;Planner&lt;/b&gt;&lt;p&gt;Timeline and deadline planner for the dated commitments of strategy documents.&lt;/p&gt;&lt;p&gt;Plan: {url}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Planner&lt;/b&gt;&lt;p&gt;Zeitleiste und Fristenplaner für die datierten Verpflichtungen aus Strategiedokumenten.&lt;/p&gt;&lt;p&gt;Plan: {url}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingReport</name>
    <message>
        <location filename="../ui/meeting_report.py" line="35"/>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Webseite (*.html);;Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>MeetingReportAction</name>
    <message>
        <location filename="../ui/meeting_report.py" line="78"/>
        <source>&amp;Meeting report…</source>
        <translation>&amp;Sitzungsbericht…</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="79"/>
        <source>What was delivered, slipped or became overdue since a day, and what is due next</source>
        <translation>Was seit einem Tag erfüllt wurde, sich verschoben hat oder überfällig wurde, und was als Nächstes fällig ist</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="86"/>
        <location filename="../ui/meeting_report.py" line="106"/>
        <source>Meeting report</source>
        <translation>Sitzungsbericht</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="108"/>
        <source>Wrote the meeting report to {path}.</source>
        <translation>Sitzungsbericht in {path} geschrieben.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../ui/meeting_report.py" line="45"/>
        <source>Meeting report</source>
        <translation>Sitzungsbericht</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="47"/>
        <source>the day of the last meeting</source>
        <translation>der Tag der letzten Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="49"/>
        <source>the last day the report covers</source>
        <translation>der letzte Tag, den der Bericht abdeckt</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="54"/>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="55"/>
        <source>What happened after:</source>
        <translation>Was geschah nach dem:</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="56"/>
        <source>Up to and including:</source>
        <translation>Bis einschließlich:</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="57"/>
        <source>And what is due in the next:</source>
        <translation>Und was fällig ist in den nächsten:</translation>
    </message>
</context>
<context>
    <name>PhraseEdit</name>
    <message>
        <location filename="../ui/phrase_edit.py" line="48"/>
        <source>e.g. 22 December 2020</source>
        <translation>z. B. 22. Dezember 2020</translation>
    </message>
    <message>
        <location filename="../ui/phrase_edit.py" line="48"/>
        <source>e.g. Q3 2021, by the end of 2020, early 2021</source>
        <translation>z. B. Q3 2021, bis Ende 2020, Anfang 2021</translation>
    </message>
    <message>
        <location filename="../ui/phrase_edit.py" line="52"/>
        <source>Pick a day from a calendar</source>
        <translation>Einen Tag im Kalender wählen</translation>
    </message>
    <message>
        <location filename="../ui/phrase_edit.py" line="141"/>
        <source>A date is needed here.</source>
        <translation>Hier wird ein Datum benötigt.</translation>
    </message>
    <message>
        <location filename="../ui/phrase_edit.py" line="150"/>
        <source>{text!r} is a window ({window}); give the exact day.</source>
        <translation>{text!r} ist ein Zeitfenster ({window}); geben Sie den genauen Tag an.</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <location filename="../ui/plan_files.py" line="30"/>
        <source>Plan files (*.sqlite *.db);;All files (*)</source>
        <translation>Plandateien (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="55"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Neuer Plan…</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="55"/>
        <source>Start a plan file of your own, with its first strategy</source>
        <translation>Eine eigene Plandatei anlegen, mit ihrer ersten Strategie</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="56"/>
        <source>&amp;Open plan…</source>
        <translation>Plan ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="56"/>
        <source>Open another plan file in this window</source>
        <translation>Eine andere Plandatei in diesem Fenster öffnen</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="57"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app.py" line="87"/>
        <location filename="../ui/plan_files.py" line="77"/>
        <source>Open plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="93"/>
        <source>No other plan opened yet</source>
        <translation>Noch kein anderer Plan geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="100"/>
        <location filename="../ui/plan_files.py" line="109"/>
        <location filename="../ui/plan_files.py" line="126"/>
        <source>New plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="109"/>
        <source>The file {path} exists already; open it with File → Open plan….</source>
        <translation>Die Datei {path} existiert bereits; öffnen Sie sie mit Datei → Plan öffnen….</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="113"/>
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
        <location filename="../ui/due_soon_dock.py" line="161"/>
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
    <name>PlanTree</name>
    <message>
        <location filename="../ui/plan_view.py" line="72"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../ui/plan_view.py" line="73"/>
        <source>Strategies, initiatives and commitments with their due dates, status and windows; the timeline beside it draws the same rows</source>
        <translation>Strategien, Initiativen und Verpflichtungen mit Fälligkeiten, Status und Zeitfenstern; die Zeitleiste daneben zeichnet dieselben Zeilen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences_dialog.py" line="30"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.py" line="83"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.py" line="83"/>
        <source>Reminder rules and other settings</source>
        <translation>Erinnerungsregeln und andere Einstellungen</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../ui/print_actions.py" line="30"/>
        <source>PDF document (*.pdf);;PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF-Dokument (*.pdf);;PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="43"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="43"/>
        <source>Print a timeline snapshot of the filtered plan</source>
        <translation>Eine Momentaufnahme der Zeitleiste des gefilterten Plans drucken</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="44"/>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="44"/>
        <source>See the printed pages before paper</source>
        <translation>Die gedruckten Seiten vor dem Papier sehen</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="45"/>
        <source>Export &amp;snapshot…</source>
        <translation>&amp;Momentaufnahme exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="45"/>
        <source>Write a timeline snapshot as PDF, PNG or SVG</source>
        <translation>Eine Momentaufnahme der Zeitleiste als PDF, PNG oder SVG schreiben</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="67"/>
        <source>the {count} commitments of the current filter</source>
        <translation>die {count} Verpflichtungen des aktuellen Filters</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="67"/>
        <source>all {count} commitments</source>
        <translation>alle {count} Verpflichtungen</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="73"/>
        <location filename="../ui/print_actions.py" line="116"/>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="87"/>
        <source>Timeline snapshot</source>
        <translation>Momentaufnahme der Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="91"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="99"/>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="106"/>
        <source>Print preview — timeline snapshot</source>
        <translation>Druckvorschau — Momentaufnahme der Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="118"/>
        <source>Sent 1 page to {printer}.</source>
        <translation>1 Seite an {printer} gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="118"/>
        <source>Sent {pages} pages to {printer}.</source>
        <translation>{pages} Seiten an {printer} gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="118"/>
        <source>the preview</source>
        <translation>die Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="122"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="125"/>
        <source>Export timeline snapshot</source>
        <translation>Momentaufnahme der Zeitleiste exportieren</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="138"/>
        <source>Cannot export the snapshot</source>
        <translation>Momentaufnahme kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="141"/>
        <source>Wrote 1 page to {file}.</source>
        <translation>1 Seite in {file} geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="141"/>
        <source>Wrote {pages} pages to {file}.</source>
        <translation>{pages} Seiten in {file} geschrieben.</translation>
    </message>
</context>
<context>
    <name>ReminderEdit</name>
    <message>
        <location filename="../ui/reminder_edit.py" line="32"/>
        <source>Plan default ({days} days before)</source>
        <translation>Planvorgabe ({days} Tage vorher)</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="32"/>
        <source>Custom lead times</source>
        <translation>Eigene Vorlaufzeiten</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="32"/>
        <source>No reminders</source>
        <translation>Keine Erinnerungen</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="34"/>
        <source>days before the due end, e.g. 30, 7, 1</source>
        <translation>Tage vor Ende der Fälligkeit, z. B. 30, 7, 1</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="35"/>
        <source>Also remind when the due window opens</source>
        <translation>Auch bei Öffnung des Fälligkeitsfensters erinnern</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="36"/>
        <source>For a coarse date such as &apos;Q4 2020&apos;: a reminder on 1 October as well</source>
        <translation>Bei einem groben Datum wie „Q4 2020“: auch eine Erinnerung am 1. Oktober</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="83"/>
        <source>Give at least one lead time in days, or choose &apos;No reminders&apos;.</source>
        <translation>Geben Sie mindestens eine Vorlaufzeit in Tagen an oder wählen Sie „Keine Erinnerungen“.</translation>
    </message>
</context>
<context>
    <name>ReminderPreferences</name>
    <message>
        <location filename="../ui/reminder_preferences.py" line="55"/>
        <source>e.g. 30, 7, 1 — or none</source>
        <translation>z. B. 30, 7, 1 — oder keine</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="56"/>
        <source>Days before the end of the due window, for every commitment that does not set its own</source>
        <translation>Tage vor dem Ende des Fälligkeitsfensters, für jede Verpflichtung ohne eigene Angabe</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="59"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="61"/>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Im Infobereich weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="64"/>
        <source>Start Planner when I log in (in the tray)</source>
        <translation>Planner bei der Anmeldung starten (im Infobereich)</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="68"/>
        <source>Remind before each due date:</source>
        <translation>Vor jeder Fälligkeit erinnern:</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="69"/>
        <source>Days before the end of the due window; each commitment may set its own in its edit dialog. The calendar export&apos;s alarms use the same days.</source>
        <translation>Tage vor dem Ende des Fälligkeitsfensters; jede Verpflichtung kann in ihrem Bearbeitungsdialog eigene festlegen. Die Alarme des Kalenderexports nutzen dieselben Tage.</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="71"/>
        <source>Due soon list shows the next:</source>
        <translation>Liste „Bald fällig“ zeigt die nächsten:</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="77"/>
        <source>This desktop has no system tray.</source>
        <translation>Dieser Desktop hat keinen Infobereich.</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="79"/>
        <source>Login entry: {file}</source>
        <translation>Autostart-Eintrag: {file}</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="103"/>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
</context>
<context>
    <name>ReminderSetup</name>
    <message>
        <location filename="../ui/reminder_setup.py" line="154"/>
        <source>&amp;Due soon</source>
        <translation>&amp;Bald fällig</translation>
    </message>
    <message>
        <location filename="../ui/reminder_setup.py" line="159"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
</context>
<context>
    <name>RevisionHistory</name>
    <message>
        <location filename="../ui/revision_history.py" line="12"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="12"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="13"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="13"/>
        <source>Delivered on</source>
        <translation>Erfüllt am</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="14"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="42"/>
        <source>A new commitment has no history yet: changes of its dates will be listed here.</source>
        <translation>Eine neue Verpflichtung hat noch keinen Verlauf: Änderungen ihrer Daten werden hier aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="45"/>
        <source>First announced: &lt;b&gt;{due}&lt;/b&gt; ({window}).</source>
        <translation>Zuerst angekündigt: &lt;b&gt;{due}&lt;/b&gt; ({window}).</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="47"/>
        <source>Slippage: {slippage}.</source>
        <translation>Verzug: {slippage}.</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="49"/>
        <source>No date has been changed since.</source>
        <translation>Seitdem wurde kein Datum geändert.</translation>
    </message>
</context>
<context>
    <name>SharedPlan</name>
    <message>
        <location filename="../ui/shared_plan.py" line="30"/>
        <source>Database unreachable — read-only, retrying</source>
        <translation>Datenbank nicht erreichbar — nur lesen, neuer Versuch läuft</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="31"/>
        <source>Reading the rest of the plan…</source>
        <translation>Der Rest des Plans wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="50"/>
        <source>Undo or redo</source>
        <translation>Rückgängig oder wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="67"/>
        <source>Open the plan</source>
        <translation>Den Plan öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="67"/>
        <source>The plan is shown read-only; Planner keeps trying.</source>
        <translation>Der Plan wird schreibgeschützt gezeigt; Planner versucht es weiter.</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="99"/>
        <source>Changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="111"/>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="125"/>
        <source>The database answers again; editing is back on.</source>
        <translation>Die Datenbank antwortet wieder; Bearbeiten ist wieder möglich.</translation>
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
        <location filename="../ui/status_picker.py" line="11"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../ui/status_picker.py" line="20"/>
        <source>Recorded statuses or how commitments stand as of the status day; tick several to see any of them</source>
        <translation>Erfasster Status oder Stand der Verpflichtungen am Stichtag; mehrere ankreuzen, um jeden davon zu sehen</translation>
    </message>
</context>
<context>
    <name>StrategyDialog</name>
    <message>
        <location filename="../ui/group_dialogs.py" line="101"/>
        <source>New strategy</source>
        <translation>Neue Strategie</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="101"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="103"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="103"/>
        <source>e.g. EU Security Union Strategy</source>
        <translation>z. B. EU-Strategie für eine Sicherheitsunion</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="104"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Aktenzeichen:</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="104"/>
        <source>e.g. COM(2020) 605</source>
        <translation>z. B. COM(2020) 605</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="105"/>
        <source>the day it was adopted, e.g. 24 July 2020</source>
        <translation>der Tag der Annahme, z. B. 24. Juli 2020</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="107"/>
        <source>&amp;Adopted on:</source>
        <translation>&amp;Angenommen am:</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="108"/>
        <source>the years it covers, e.g. 2020-2025</source>
        <translation>die abgedeckten Jahre, z. B. 2020-2025</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="110"/>
        <source>&amp;Covers:</source>
        <translation>&amp;Umfasst:</translation>
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
        <translation>&amp;Alles zeigen</translation>
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
        <source>Key date &amp;labels</source>
        <translation>Beschriftung der &amp;Stichtage</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="43"/>
        <source>Name the key dates in a band of their own under the dates of the timeline</source>
        <translation>Die Stichtage in einem eigenen Band unter den Daten der Zeitleiste benennen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="48"/>
        <source>Move &amp;earlier</source>
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
        <translation>&amp;Später legen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="49"/>
        <source>Reschedule the current commitment one step of its precision later</source>
        <translation>Die aktuelle Verpflichtung um einen Schritt ihrer Genauigkeit verschieben</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="50"/>
        <source>End e&amp;arlier</source>
        <translation>Ende f&amp;rüher</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="50"/>
        <source>Bring the end of the current span one step of its precision earlier, as dragging its end does</source>
        <translation>Das Ende des aktuellen Zeitraums um einen Schritt seiner Genauigkeit vorziehen, wie beim Ziehen des Endes</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="51"/>
        <source>End la&amp;ter</source>
        <translation>Ende sp&amp;äter</translation>
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
        <location filename="../ui/timeline/editing.py" line="99"/>
        <source>Change the end of {title!r} to {due}</source>
        <translation>Das Ende von {title!r} auf {due} setzen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/editing.py" line="99"/>
        <source>Reschedule {title!r} to {due}</source>
        <translation>{title!r} auf {due} verschieben</translation>
    </message>
    <message>
        <location filename="../ui/timeline/editing.py" line="230"/>
        <source>Today, {day}</source>
        <translation>Heute, {day}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../ui/timeline/widget.py" line="55"/>
        <source>No commitment selected. The plan list beside the timeline has the same rows.</source>
        <translation>Keine Verpflichtung ausgewählt. Die Planliste neben der Zeitleiste hat dieselben Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/widget.py" line="87"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
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
        <location filename="../ui/words.py" line="16"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="16"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="17"/>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="17"/>
        <source>part of a year</source>
        <translation>Teil eines Jahres</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="18"/>
        <source>half-year</source>
        <translation>Halbjahr</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="18"/>
        <source>year-end</source>
        <translation>Jahresende</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="19"/>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="19"/>
        <source>several years</source>
        <translation>mehrere Jahre</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="21"/>
        <source>delivered</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="21"/>
        <source>forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="22"/>
        <source>rescheduled</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="37"/>
        <source>on schedule</source>
        <translation>im Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="39"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="39"/>
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="47"/>
        <source>by {document}</source>
        <translation>durch {document}</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="61"/>
        <source>on time</source>
        <translation>rechtzeitig</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="64"/>
        <source>late by 1 day</source>
        <translation>1 Tag verspätet</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="64"/>
        <source>late by {count} days</source>
        <translation>{count} Tage verspätet</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="66"/>
        <source>late against the first announcement ({first}), on time against the revision ({now})</source>
        <translation>verspätet gegenüber der ersten Ankündigung ({first}), rechtzeitig gegenüber der Änderung ({now})</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="67"/>
        <source>late against the first announcement ({first}) and against the revision ({now})</source>
        <translation>verspätet gegenüber der ersten Ankündigung ({first}) und gegenüber der Änderung ({now})</translation>
    </message>
</context>
</TS>
