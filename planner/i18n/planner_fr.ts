<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="271"/>
        <source>Cannot open the plan</source>
        <translation>Impossible d&apos;ouvrir le plan</translation>
    </message>
    <message>
        <location filename="../app.py" line="46"/>
        <source>Open the planner window.</source>
        <translation>Ouvrir la fenêtre du planificateur.</translation>
    </message>
    <message>
        <location filename="../app.py" line="47"/>
        <source>database: a file path or SQLAlchemy URL such as postgresql+psycopg://user@host/plan (default: $PLANNER_DB, else the one chosen in Preferences, else the local plan)</source>
        <translation>base de données : un chemin de fichier ou une URL SQLAlchemy telle que postgresql+psycopg://user@host/plan (par défaut : $PLANNER_DB, sinon celle choisie dans les Préférences, sinon le plan local)</translation>
    </message>
    <message>
        <location filename="../app.py" line="48"/>
        <source>show status as of this day</source>
        <translation>afficher l&apos;état à ce jour</translation>
    </message>
    <message>
        <location filename="../app.py" line="49"/>
        <source>open the window, save a picture of it once painted, and exit</source>
        <translation>ouvrir la fenêtre, en enregistrer une image une fois dessinée, et quitter</translation>
    </message>
    <message>
        <location filename="../app.py" line="50"/>
        <source>the interface&apos;s language (default: Preferences, else the system&apos;s)</source>
        <translation>la langue de l&apos;interface (par défaut : celle des Préférences, sinon celle du système)</translation>
    </message>
    <message>
        <location filename="../app.py" line="52"/>
        <source>start with the window hidden in the tray (the login entry uses it)</source>
        <translation>démarrer avec la fenêtre cachée dans la zone de notification (l&apos;entrée de connexion l&apos;utilise)</translation>
    </message>
    <message>
        <location filename="../app.py" line="264"/>
        <source>there is no screen to open the window on (DISPLAY is not set); run it on a desktop, or with QT_QPA_PLATFORM=offscreen.</source>
        <translation>il n&apos;y a pas d&apos;écran où ouvrir la fenêtre (DISPLAY n&apos;est pas défini) ; lancez-le sur un bureau, ou avec QT_QPA_PLATFORM=offscreen.</translation>
    </message>
</context>
<context>
    <name>ArgumentParser</name>
    <message>
        <location filename="../cli/argparse_words.py" line="21"/>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="22"/>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="23"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="24"/>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="25"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="26"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="27"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="28"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide : %(value)r</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="29"/>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="30"/>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="31"/>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="32"/>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="33"/>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré : %r</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="34"/>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="35"/>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="36"/>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="37"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut désigner %(matches)s</translation>
    </message>
    <message>
        <location filename="../cli/argparse_words.py" line="38"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>commande inconnue %(parser_name)r (choix : %(choices)s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/argparse_words.py" line="46"/>
        <source>expected %s argument(s)</source>
        <translation>
            <numerusform>%s argument attendu</numerusform>
            <numerusform>%s arguments attendus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AsOfDialog</name>
    <message>
        <location filename="../ui/as_of_dialog.py" line="15"/>
        <source>Status as of</source>
        <translation>État au</translation>
    </message>
    <message>
        <location filename="../ui/as_of_dialog.py" line="17"/>
        <source>Show the status of every commitment as it stands on:</source>
        <translation>Afficher l&apos;état de chaque engagement tel qu&apos;il se présente le :</translation>
    </message>
    <message>
        <location filename="../ui/as_of_dialog.py" line="19"/>
        <source>e.g. 15 December 2020 or 2020-12-15</source>
        <translation>p. ex. 15 décembre 2020 ou 2020-12-15</translation>
    </message>
</context>
<context>
    <name>CalDavDialog</name>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="86"/>
        <source>Publish to a CalDAV calendar</source>
        <translation>Publier dans un agenda CalDAV</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="92"/>
        <source>kept in the system keyring</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="93"/>
        <source>Keep the password in the system keyring</source>
        <translation>Conserver le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="96"/>
        <source>Calendar address:</source>
        <translation>Adresse de l&apos;agenda :</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="97"/>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="98"/>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="101"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="105"/>
        <source>Create, update and delete the plan&apos;s events on a shared calendar.
Other people&apos;s events there are left alone.</source>
        <translation>Créer, mettre à jour et supprimer les événements du plan dans un agenda partagé.
Les événements des autres personnes n&apos;y sont pas touchés.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>line {number} is not an iCalendar content line: {line}</source>
        <translation>la ligne {number} n'est pas une ligne de contenu iCalendar : {line}</translation>
    </message>
    <message>
        <source>Line {number} of {name} is not an iCalendar content line and was left out: {line}.</source>
        <translation>La ligne {number} de {name} n'est pas une ligne de contenu iCalendar et a été laissée de côté : {line}.</translation>
    </message>
    <message>
        <source>{begun}, begun on line {at}, is not ended before line {number} begins {component}</source>
        <translation>{begun}, commencé à la ligne {at}, n'est pas terminé avant que la ligne {number} ne commence {component}</translation>
    </message>
    <message>
        <source>line {number} ends {component}, which was never begun</source>
        <translation>la ligne {number} termine {component}, qui n'a jamais été commencé</translation>
    </message>
    <message>
        <source>Line {number} of {name} ends {component}, which was never begun, and was left out.</source>
        <translation>La ligne {number} de {name} termine {component}, qui n'a jamais été commencé, et a été laissée de côté.</translation>
    </message>
    <message>
        <source>{begun}, begun on line {at}, is not ended before line {number} ends {component}</source>
        <translation>{begun}, commencé à la ligne {at}, n'est pas terminé avant que la ligne {number} ne termine {component}</translation>
    </message>
    <message>
        <source>{begun}, begun on line {at}, never ends (the file is cut short)</source>
        <translation>{begun}, commencé à la ligne {at}, ne se termine jamais (le fichier est tronqué)</translation>
    </message>
    <message>
        <source>The file {name} ends without END:VCALENDAR; what it holds was read.</source>
        <translation>Le fichier {name} se termine sans END:VCALENDAR ; ce qu'il contient a été lu.</translation>
    </message>
    <message>
        <source>In {name}, line {line} outside of any calendar was left out.</source>
        <translation>Dans {name}, la ligne {line}, hors de tout calendrier, a été laissée de côté.</translation>
    </message>
    <message>
        <source>In {name}, {count} lines from line {line} on outside of any calendar were left out.</source>
        <translation>Dans {name}, {count} lignes à partir de la ligne {line}, hors de tout calendrier, ont été laissées de côté.</translation>
    </message>
    <message>
        <source>it was taken as due on {day}, without a start</source>
        <translation>il a été pris comme dû le {day}, sans début</translation>
    </message>
    <message>
        <source>it was taken as one day, its start {day}</source>
        <translation>il a été pris comme un seul jour, son début le {day}</translation>
    </message>
    <message>
        <source>{problem}; {taken}</source>
        <translation>{problem} ; {taken}</translation>
    </message>
    <message>
        <source>1 item without a date or occurrence in the horizon was left out.</source>
        <translation>1 élément sans date ni occurrence dans l'horizon a été laissé de côté.</translation>
    </message>
    <message>
        <source>{count} items without a date or occurrence in the horizon were left out.</source>
        <translation>{count} éléments sans date ni occurrence dans l'horizon ont été laissés de côté.</translation>
    </message>
    <message>
        <source>1 item of {name} could not be read and was skipped:</source>
        <translation>1 élément de {name} n'a pas pu être lu et a été ignoré :</translation>
    </message>
    <message>
        <source>{count} items of {name} could not be read and were skipped:</source>
        <translation>{count} éléments de {name} n'ont pas pu être lus et ont été ignorés :</translation>
    </message>
    <message>
        <source>  Line {line}: {why}.</source>
        <translation>  Ligne {line} : {why}.</translation>
    </message>
    <message>
        <source>The event {label} on line {line} {problem}.</source>
        <translation>L'événement {label} à la ligne {line} : {problem}.</translation>
    </message>
    <message>
        <source>The to-do {label} on line {line} {problem}.</source>
        <translation>La tâche {label} à la ligne {line} : {problem}.</translation>
    </message>
    <message>
        <source>The series {label} was left out: {why}.</source>
        <translation>La série {label} a été laissée de côté : {why}.</translation>
    </message>
    <message>
        <source>The series {label} repeats: imported its 1 occurrence between {first} and {last} as a commitment.</source>
        <translation>La série {label} se répète : sa seule occurrence entre le {first} et le {last} a été importée comme engagement.</translation>
    </message>
    <message>
        <source>The series {label} repeats: imported its {count} occurrences between {first} and {last} as separate commitments (only the first {most}).</source>
        <translation>La série {label} se répète : ses {count} occurrences entre le {first} et le {last} ont été importées comme engagements distincts (seulement les {most} premières).</translation>
    </message>
    <message>
        <source>The series {label} repeats: imported its {count} occurrences between {first} and {last} as separate commitments.</source>
        <translation>La série {label} se répète : ses {count} occurrences entre le {first} et le {last} ont été importées comme engagements distincts.</translation>
    </message>
    <message>
        <source>The UID {key} appears more than once in {name}; the later one was imported.</source>
        <translation>L'UID {key} apparaît plusieurs fois dans {name} ; le plus récent a été importé.</translation>
    </message>
    <message>
        <source>The UID {key} appears more than once in {name}; the earlier one was imported.</source>
        <translation>L'UID {key} apparaît plusieurs fois dans {name} ; le plus ancien a été importé.</translation>
    </message>
    <message>
        <location filename="../calendar/feed.py" line="275"/>
        <source>The port {port} on {host} is already in use by another program; choose another port (--port).</source>
        <translation>Le port {port} de {host} est déjà utilisé par un autre programme ; choisissez un autre port (--port).</translation>
    </message>
    <message>
        <location filename="../calendar/feed.py" line="277"/>
        <source>The port {port} on {host} needs administrator rights; choose a port above 1023 (--port).</source>
        <translation>Le port {port} de {host} demande des droits d&apos;administrateur ; choisissez un port au-dessus de 1023 (--port).</translation>
    </message>
    <message>
        <location filename="../calendar/feed.py" line="279"/>
        <source>The address {host} is not an address of this computer; use 127.0.0.1 (--host).</source>
        <translation>L&apos;adresse {host} n&apos;est pas une adresse de cet ordinateur ; utilisez 127.0.0.1 (--host).</translation>
    </message>
    <message>
        <location filename="../calendar/feed.py" line="280"/>
        <source>The feed cannot listen on {host}:{port}: {why}.</source>
        <translation>Le flux ne peut pas écouter sur {host}:{port} : {why}.</translation>
    </message>
    <message>
        <location filename="../calendar/identity.py" line="24"/>
        <source>The commitment {title!r} has no stored key; save it before exporting.</source>
        <translation>L&apos;engagement {title!r} n&apos;a pas de clé enregistrée ; enregistrez-le avant l&apos;export.</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="45"/>
        <source>The file {path} cannot be read: {why}.</source>
        <translation>Le fichier {path} ne peut pas être lu : {why}.</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="54"/>
        <source>In {name}, {subject} {tail}.</source>
        <translation>Dans {name}, {subject} {tail}.</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="60"/>
        <source>the event {label}</source>
        <translation>l&apos;événement {label}</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="61"/>
        <source>the to-do {label}</source>
        <translation>la tâche {label}</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="103"/>
        <source>Nothing in {name} can be imported; the item on line {line}: {why}.</source>
        <translation>Rien dans {name} ne peut être importé ; l&apos;élément de la ligne {line} : {why}.</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="105"/>
        <source>The file {name} has no events or to-dos in it.</source>
        <translation>Le fichier {name} ne contient ni événement ni tâche.</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="120"/>
        <location filename="../calendar/importing.py" line="134"/>
        <source>The file {name} is not readable iCalendar: {why}.</source>
        <translation>Le fichier {name} n&apos;est pas de l&apos;iCalendar lisible : {why}.</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="129"/>
        <source>the calendar reader cannot read it ({why})</source>
        <translation>le lecteur de calendrier ne peut pas le lire ({why})</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="146"/>
        <source>{subject} {tail}</source>
        <translation>{subject} {tail}</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="202"/>
        <source>cannot be read ({error}: {why})</source>
        <translation>ne peut pas être lu ({error} : {why})</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="258"/>
        <source>has a {name} that is not valid: {why}</source>
        <translation>a un {name} qui n&apos;est pas valide : {why}</translation>
    </message>
    <message>
        <location filename="../calendar/importing.py" line="259"/>
        <source>has a line that is not valid: {why}</source>
        <translation>a une ligne qui n&apos;est pas valide : {why}</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="52"/>
        <source>has a date that is not a date ({value})</source>
        <translation>a une date qui n&apos;en est pas une ({value})</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="64"/>
        <source>has a {name} that is not a date ({value})</source>
        <translation>a un {name} qui n&apos;est pas une date ({value})</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="69"/>
        <source>an event</source>
        <translation>un événement</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="69"/>
        <source>a to-do</source>
        <translation>une tâche</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="70"/>
        <source>has {count} {name} lines; {kind} has one</source>
        <translation>a {count} lignes {name} ; {kind} n&apos;en a qu&apos;une</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="93"/>
        <source>is due ({last}) before it starts ({first})</source>
        <translation>a son échéance ({last}) avant son début ({first})</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="102"/>
        <source>mixes a date and a date-time for its start and end</source>
        <translation>mélange une date et une date-heure pour son début et sa fin</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="104"/>
        <location filename="../calendar/items.py" line="112"/>
        <source>ends ({end}) before it starts ({start})</source>
        <translation>finit ({end}) avant son début ({start})</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="199"/>
        <source>has an {name} that {why}</source>
        <translation>a un {name} : {why}</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="201"/>
        <source>has no {name}</source>
        <translation>n&apos;a pas de {name}</translation>
    </message>
    <message>
        <location filename="../calendar/items.py" line="213"/>
        <source>has an X-PLANNER property that is not readable ({why})</source>
        <translation>a une propriété X-PLANNER illisible ({why})</translation>
    </message>
    <message>
        <location filename="../calendar/recurrence.py" line="80"/>
        <source>it repeats more often than once a day</source>
        <translation>il se répète plus d&apos;une fois par jour</translation>
    </message>
    <message>
        <location filename="../calendar/recurrence.py" line="89"/>
        <source>its repeat rule cannot be followed ({why})</source>
        <translation>sa règle de répétition ne peut pas être suivie ({why})</translation>
    </message>
    <message>
        <location filename="../calendar/recurrence.py" line="114"/>
        <source>its {name} {value!r} is not a whole number</source>
        <translation>son {name} {value!r} n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../calendar/recurrence.py" line="116"/>
        <source>its {name} is {number}; it must be 1 or more</source>
        <translation>son {name} vaut {number} ; il doit valoir 1 ou plus</translation>
    </message>
    <message>
        <location filename="../calendar/roundtrip.py" line="96"/>
        <source>its window or precision is not readable ({why})</source>
        <translation>sa fenêtre ou sa précision est illisible ({why})</translation>
    </message>
    <message>
        <location filename="../calendar/roundtrip.py" line="105"/>
        <source>the reminder lead times {value!r} are not whole numbers of days</source>
        <translation>les délais de rappel {value!r} ne sont pas des nombres entiers de jours</translation>
    </message>
    <message>
        <location filename="../calendar/syntax.py" line="26"/>
        <source>The file {name} is not an iCalendar file (it holds binary data).</source>
        <translation>Le fichier {name} n&apos;est pas un fichier iCalendar (il contient des données binaires).</translation>
    </message>
    <message>
        <location filename="../calendar/syntax.py" line="31"/>
        <source>The file {name} is not UTF-8 text (line {line} has bytes of another encoding); save it as UTF-8.</source>
        <translation>Le fichier {name} n&apos;est pas du texte UTF-8 (la ligne {line} contient des octets d&apos;un autre encodage) ; enregistrez-le en UTF-8.</translation>
    </message>
    <message>
        <location filename="../calendar/syntax.py" line="49"/>
        <location filename="../calendar/syntax.py" line="89"/>
        <source>The file {name} is not an iCalendar file (it does not begin with BEGIN:VCALENDAR).</source>
        <translation>Le fichier {name} n&apos;est pas un fichier iCalendar (il ne commence pas par BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <location filename="../calendar/syntax.py" line="53"/>
        <source>In {name}, line {number} is not an iCalendar content line: {text!r}.</source>
        <translation>Dans {name}, la ligne {number} n&apos;est pas une ligne de contenu iCalendar : {text!r}.</translation>
    </message>
    <message>
        <location filename="../calendar/syntax.py" line="58"/>
        <source>In {name}, line {number} begins {component} outside of a calendar.</source>
        <translation>Dans {name}, la ligne {number} commence {component} hors d&apos;un calendrier.</translation>
    </message>
    <message>
        <location filename="../calendar/syntax.py" line="62"/>
        <source>In {name}, line {number} ends {component}, which was never begun.</source>
        <translation>Dans {name}, la ligne {number} termine {component}, qui n&apos;a jamais été commencé.</translation>
    </message>
    <message>
        <location filename="../calendar/syntax.py" line="65"/>
        <source>In {name}, line {number} ends {component}, but {begun} was begun on line {at}.</source>
        <translation>Dans {name}, la ligne {number} termine {component}, mais c&apos;est {begun} qui a été commencé à la ligne {at}.</translation>
    </message>
    <message>
        <location filename="../calendar/syntax.py" line="67"/>
        <source>In {name}, line {number} stands outside of any calendar: {text!r}.</source>
        <translation>Dans {name}, la ligne {number} est hors de tout calendrier : {text!r}.</translation>
    </message>
    <message>
        <location filename="../calendar/syntax.py" line="70"/>
        <source>The file {name} is cut short: {begun}, begun on line {at}, never ends.</source>
        <translation>Le fichier {name} est tronqué : {begun}, commencé à la ligne {at}, ne se termine jamais.</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="34"/>
        <source>The CalDAV address {url!r} must start with http:// or https://.</source>
        <translation>L&apos;adresse CalDAV {url!r} doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="52"/>
        <location filename="../calendar/team_calendar.py" line="59"/>
        <source>read the calendar</source>
        <translation>lire le calendrier</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="55"/>
        <source>The address {url} is not a CalDAV calendar{elsewhere}.</source>
        <translation>L&apos;adresse {url} n&apos;est pas un calendrier CalDAV{elsewhere}.</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="73"/>
        <location filename="../calendar/team_calendar.py" line="81"/>
        <source>change {what}</source>
        <translation>modifier {what}</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="93"/>
        <source>The CalDAV server at {url} refused {what}: another event in the calendar already has its UID.</source>
        <translation>Le serveur CalDAV de {url} a refusé {what} : un autre événement du calendrier a déjà son UID.</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="96"/>
        <source>The CalDAV server at {url} does not let this user {doing}.</source>
        <translation>Le serveur CalDAV de {url} ne permet pas à cet utilisateur de {doing}.</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="97"/>
        <source>The CalDAV server at {url} refused the user name or password.</source>
        <translation>Le serveur CalDAV de {url} a refusé le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="100"/>
        <source>There is no calendar at {url} (the server answered 404 Not Found){elsewhere}.</source>
        <translation>Il n&apos;y a pas de calendrier à {url} (le serveur a répondu 404 Not Found){elsewhere}.</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="103"/>
        <source>The CalDAV server at {url} asks for a kind of sign-in other than a user name and password.</source>
        <translation>Le serveur CalDAV de {url} demande un autre type de connexion qu&apos;un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="105"/>
        <source>The CalDAV server at {url} cannot be reached: {why}.</source>
        <translation>Le serveur CalDAV de {url} est injoignable : {why}.</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="107"/>
        <source>The server at {url} answered with XML that is not readable.</source>
        <translation>Le serveur de {url} a répondu avec du XML illisible.</translation>
    </message>
    <message>
        <location filename="../calendar/team_calendar.py" line="120"/>
        <source>; this user&apos;s calendars are at {urls}</source>
        <translation> ; les calendriers de cet utilisateur sont à {urls}</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <location filename="../ui/calendar_actions.py" line="63"/>
        <source>Export &amp;calendar…</source>
        <translation>Exporter l&apos;a&amp;genda…</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="63"/>
        <source>Write the plan as an iCalendar (.ics) file</source>
        <translation>Écrire le plan dans un fichier iCalendar (.ics)</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="64"/>
        <source>Serve calendar &amp;feed</source>
        <translation>Diffuser le &amp;flux d&apos;agenda</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="64"/>
        <source>Let calendar apps on this computer subscribe to the plan</source>
        <translation>Permettre aux applications d&apos;agenda de cet ordinateur de s&apos;abonner au plan</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="66"/>
        <source>Copy &amp;webcal address</source>
        <translation>Copier l&apos;adresse &amp;webcal</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="66"/>
        <source>Copy the feed&apos;s address to paste into a calendar app</source>
        <translation>Copier l&apos;adresse du flux pour la coller dans une application d&apos;agenda</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="68"/>
        <source>Keep a calendar file p&amp;ublished…</source>
        <translation>Tenir un fichier d&apos;agenda pu&amp;blié…</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="68"/>
        <source>Rewrite a .ics file in a synced folder after every change</source>
        <translation>Réécrire un fichier .ics dans un dossier synchronisé après chaque modification</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="70"/>
        <source>Publish to team calendar (Cal&amp;DAV)…</source>
        <translation>Publier dans l&apos;agenda de l&apos;équipe (Cal&amp;DAV)…</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="70"/>
        <source>Create, update and delete the plan&apos;s events on a CalDAV calendar</source>
        <translation>Créer, mettre à jour et supprimer les événements du plan dans un agenda CalDAV</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="108"/>
        <location filename="../ui/calendar_actions.py" line="123"/>
        <source>Export calendar</source>
        <translation>Exporter l&apos;agenda</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="108"/>
        <source>The folder {path} does not exist.</source>
        <translation>Le dossier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="125"/>
        <source>Exported {count} commitments to {files}.</source>
        <translation>{count} engagements exportés vers {files}.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="145"/>
        <source>Calendar feed</source>
        <translation>Flux d&apos;agenda</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="151"/>
        <source>Serving the calendar at {webcal_url}</source>
        <translation>Agenda diffusé à l&apos;adresse {webcal_url}</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="166"/>
        <source>Copied {url}: paste it into the calendar app&apos;s “subscribe” box.</source>
        <translation>{url} copié : collez-le dans le champ « s&apos;abonner » de l&apos;application d&apos;agenda.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="180"/>
        <source>Keep a calendar file published</source>
        <translation>Tenir un fichier d&apos;agenda publié</translation>
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
        <translation>Publier le fichier d&apos;agenda</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="199"/>
        <source>Keeping {path} current</source>
        <translation>{path} est tenu à jour</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="256"/>
        <location filename="../ui/calendar_actions.py" line="263"/>
        <source>Publish to team calendar</source>
        <translation>Publier dans l&apos;agenda de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="263"/>
        <source>The password was not kept: this system has no keyring. You will be asked again next time.</source>
        <translation>Le mot de passe n&apos;a pas été conservé : ce système n&apos;a pas de trousseau. Il vous sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="264"/>
        <source>Published to {url}: {text}.</source>
        <translation>Publié dans {url} : {text}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../cli/listing.py" line="69"/>
        <source>{standing} (recorded: {status})</source>
        <translation>{standing} (enregistré : {status})</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="48"/>
        <location filename="../cli/__init__.py" line="52"/>
        <source>the language of the messages (default: the system&apos;s, from LANG)</source>
        <translation>la langue des messages (par défaut : celle du système, d&apos;après LANG)</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="49"/>
        <location filename="../cli/__init__.py" line="51"/>
        <source>database: a file path or SQLAlchemy URL (default: $PLANNER_DB, else the local plan)</source>
        <translation>base de données : chemin de fichier ou URL SQLAlchemy (par défaut : $PLANNER_DB, sinon le plan local)</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="50"/>
        <source>Timeline and deadline planner for dated commitments.</source>
        <translation>Frise chronologique et suivi des échéances des engagements datés.</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="88"/>
        <source>the argument {argument!r} is not valid UTF-8 text; check the terminal&apos;s or the script&apos;s encoding.</source>
        <translation>l&apos;argument {argument!r} n&apos;est pas du texte UTF-8 valide ; vérifiez l&apos;encodage du terminal ou du script.</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="104"/>
        <source>interrupted; nothing more was changed.</source>
        <translation>interrompu ; rien de plus n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="18"/>
        <source>name a past day to compare against, list the named days, or --delete one</source>
        <translation>nommer un jour passé avec lequel comparer, lister les jours nommés, ou en supprimer un (--delete)</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="19"/>
        <source>the baseline&apos;s name, e.g. &apos;Council meeting 12 March 2021&apos;</source>
        <translation>le nom de la référence, p. ex. « Conseil du 12 mars 2021 »</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="20"/>
        <source>the day it names (YYYY-MM-DD)</source>
        <translation>le jour qu&apos;elle nomme (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="21"/>
        <source>forget the named baseline (the plan&apos;s own history stays)</source>
        <translation>oublier la référence nommée (l&apos;historique du plan reste)</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="26"/>
        <source>the plan as it was planned on a past day (YYYY-MM-DD) or a named baseline; status is then as of that day</source>
        <translation>le plan tel qu&apos;il était prévu à une date passée (AAAA-MM-JJ) ou une référence nommée ; l&apos;état est alors celui de ce jour</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="38"/>
        <source>{text!r} is neither a day (YYYY-MM-DD) nor a named baseline (named: {known}).</source>
        <translation>{text!r} n&apos;est ni un jour (AAAA-MM-JJ) ni une référence nommée (nommées : {known}).</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="50"/>
        <source>--delete takes the baseline&apos;s name alone: planner baseline --delete NAME.</source>
        <translation>--delete prend le seul nom de la référence : planner baseline --delete NOM.</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="57"/>
        <source>Give the day the baseline {name!r} names, e.g. planner baseline {name!r} 2021-03-12.</source>
        <translation>Indiquez le jour que nomme la référence {name!r}, p. ex. planner baseline {name!r} 2021-03-12.</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="62"/>
        <source>No named baselines yet (planner baseline NAME DAY names one).</source>
        <translation>Aucune référence nommée pour l&apos;instant (planner baseline NOM JOUR en nomme une).</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="71"/>
        <source>There is no baseline named {name!r} (named: {known}).</source>
        <translation>Aucune référence ne s&apos;appelle {name!r} (nommées : {known}).</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="36"/>
        <source>serve the plan as a calendar feed clients can subscribe to</source>
        <translation>diffuser le plan comme flux d&apos;agenda auquel les clients peuvent s&apos;abonner</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="37"/>
        <source>address to listen on (default: 127.0.0.1, this computer only)</source>
        <translation>adresse d&apos;écoute (par défaut : 127.0.0.1, cet ordinateur seulement)</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="38"/>
        <source>port (default: {DEFAULT_PORT}; 0 picks a free one)</source>
        <translation>port (par défaut : {DEFAULT_PORT} ; 0 en choisit un libre)</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="41"/>
        <source>publish the plan&apos;s calendar to a CalDAV server or a synced file</source>
        <translation>publier l&apos;agenda du plan sur un serveur CalDAV ou dans un fichier synchronisé</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="43"/>
        <source>create, update and delete events on a CalDAV calendar</source>
        <translation>créer, mettre à jour et supprimer des événements dans un agenda CalDAV</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="44"/>
        <source>the calendar collection&apos;s address (default: the one remembered in the plan)</source>
        <translation>l&apos;adresse de la collection d&apos;agendas (par défaut : celle retenue dans le plan)</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="45"/>
        <source>user name (default: the one remembered in the plan)</source>
        <translation>nom d&apos;utilisateur (par défaut : celui retenu dans le plan)</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="46"/>
        <source>remember the address and user in the plan (never the password)</source>
        <translation>retenir l&apos;adresse et l&apos;utilisateur dans le plan (jamais le mot de passe)</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="47"/>
        <source>keep the password in the system keyring</source>
        <translation>conserver le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="51"/>
        <source>write the calendar to a file a sync folder shares, atomically</source>
        <translation>écrire l&apos;agenda, de façon atomique, dans un fichier que partage un dossier synchronisé</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="52"/>
        <source>the .ics file (default: the one remembered in the plan)</source>
        <translation>le fichier .ics (par défaut : celui retenu dans le plan)</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="53"/>
        <source>keep rewriting it whenever the plan changes, until Ctrl-C</source>
        <translation>le réécrire à chaque modification du plan, jusqu&apos;à Ctrl-C</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="54"/>
        <source>how often --watch looks for changes</source>
        <translation>fréquence à laquelle --watch cherche des modifications</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="55"/>
        <source>remember the file in the plan: the window keeps it current</source>
        <translation>retenir le fichier dans le plan : la fenêtre le tient à jour</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="60"/>
        <source>iCalendar events (and optionally to-dos)</source>
        <translation>événements iCalendar (et, au choix, tâches)</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="61"/>
        <source>the .ics file, or a folder with --per-strategy</source>
        <translation>le fichier .ics, ou un dossier avec --per-strategy</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="62"/>
        <source>also write the commitments as to-dos, to FILE-tasks.ics</source>
        <translation>écrire aussi les engagements comme tâches, dans FICHIER-tasks.ics</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="63"/>
        <source>one file per strategy, named by its key, in the folder -o</source>
        <translation>un fichier par stratégie, nommé d&apos;après sa clé, dans le dossier -o</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="64"/>
        <source>the calendar&apos;s name as clients list it</source>
        <translation>le nom de l&apos;agenda tel que les clients l&apos;affichent</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="72"/>
        <source>the day --status and --due-within are judged on (default: today)</source>
        <translation>le jour auquel --status et --due-within sont évalués (par défaut : aujourd&apos;hui)</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="87"/>
        <source>The folder {out} does not exist; --per-strategy writes one file per strategy into a folder.</source>
        <translation>Le dossier {out} n&apos;existe pas ; --per-strategy écrit un fichier par stratégie dans un dossier.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="114"/>
        <source>The port {port} is not a port number (0 to 65535).</source>
        <translation>Le port {port} n&apos;est pas un numéro de port (0 à 65535).</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="121"/>
        <source>Warning: {host} lets other computers on the network read the whole plan.</source>
        <translation>Attention : {host} permet aux autres ordinateurs du réseau de lire tout le plan.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="122"/>
        <source>Serving the plan at {url}</source>
        <translation>Le plan est diffusé à l&apos;adresse {url}</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="123"/>
        <source>Subscribe in a calendar app with {url}</source>
        <translation>Abonnez-vous dans une application d&apos;agenda avec {url}</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="126"/>
        <source>Press Ctrl-C to stop.</source>
        <translation>Ctrl-C pour arrêter.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="130"/>
        <location filename="../cli/calendar_commands.py" line="203"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="151"/>
        <source>No CalDAV address given and none remembered; name the calendar&apos;s address, e.g. https://host/dav/user/team/.</source>
        <translation>Aucune adresse CalDAV donnée ni retenue ; indiquez l&apos;adresse de l&apos;agenda, p. ex. https://hote/dav/utilisateur/equipe/.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="170"/>
        <source>The password was not saved: this system has no keyring.</source>
        <translation>Le mot de passe n&apos;a pas été enregistré : ce système n&apos;a pas de trousseau.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="171"/>
        <source>Published to {url}: {text}.</source>
        <translation>Publié dans {url} : {text}.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="177"/>
        <source>A CalDAV password is needed, and there is no terminal to ask for it; save it in the system keyring (--save-password, once, in a terminal).</source>
        <translation>Un mot de passe CalDAV est nécessaire et aucun terminal ne permet de le demander ; enregistrez-le dans le trousseau du système (--save-password, une fois, dans un terminal).</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="181"/>
        <source>No CalDAV password was given.</source>
        <translation>Aucun mot de passe CalDAV n&apos;a été donné.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="188"/>
        <source>No file given and none remembered; name the .ics file to publish to.</source>
        <translation>Aucun fichier donné ni retenu ; indiquez le fichier .ics où publier.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="190"/>
        <source>--every needs a number of seconds above 0, not {every}.</source>
        <translation>--every demande un nombre de secondes supérieur à 0, et non {every}.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="197"/>
        <source>Keeping {path} current; press Ctrl-C to stop.</source>
        <translation>{path} est tenu à jour ; Ctrl-C pour arrêter.</translation>
    </message>
    <message>
        <location filename="../cli/copy.py" line="16"/>
        <source>copy a whole plan to another database (SQLite file or PostgreSQL URL)</source>
        <translation>copier un plan entier dans une autre base de données (fichier SQLite ou URL PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../cli/copy.py" line="17"/>
        <source>Copy every row of a plan — ids, history, links, key dates, settings — into a database that holds no plan yet.</source>
        <translation>Copier toutes les lignes d&apos;un plan — identifiants, historique, liens, dates clés, réglages — dans une base de données qui ne contient encore aucun plan.</translation>
    </message>
    <message>
        <location filename="../cli/copy.py" line="19"/>
        <source>the plan to copy: a file path or SQLAlchemy URL</source>
        <translation>le plan à copier : chemin de fichier ou URL SQLAlchemy</translation>
    </message>
    <message>
        <location filename="../cli/copy.py" line="20"/>
        <source>where to copy it: a file path or SQLAlchemy URL</source>
        <translation>où le copier : chemin de fichier ou URL SQLAlchemy</translation>
    </message>
    <message>
        <location filename="../cli/copy.py" line="21"/>
        <source>drop the plan the target already holds (in the same transaction)</source>
        <translation>supprimer le plan que la cible contient déjà (dans la même transaction)</translation>
    </message>
    <message>
        <location filename="../cli/desktop_entry.py" line="17"/>
        <source>add Planner to the desktop&apos;s application menu (for this user)</source>
        <translation>ajouter Planner au menu des applications du bureau (pour cet utilisateur)</translation>
    </message>
    <message>
        <location filename="../cli/desktop_entry.py" line="24"/>
        <source>Cannot find the planner-app launcher beside this planner command; reinstall Planner with pip or pipx.</source>
        <translation>Le lanceur planner-app est introuvable à côté de cette commande planner ; réinstallez Planner avec pip ou pipx.</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="20"/>
        <source>add a commitment</source>
        <translation>ajouter un engagement</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="22"/>
        <source>e.g. &apos;Q4 2020&apos;, &apos;by the end of 2021&apos;, &apos;2021-2025&apos;</source>
        <translation>p. ex. « T4 2020 », « d&apos;ici fin 2021 », « 2021-2025 »</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="23"/>
        <source>initiative key or words of its title (default: Unfiled)</source>
        <translation>clé de l&apos;initiative ou mots de son titre (par défaut : Unfiled)</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="27"/>
        <source>change a commitment</source>
        <translation>modifier un engagement</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="30"/>
        <source>a new due date; the change is kept in the history</source>
        <translation>une nouvelle échéance ; la modification est conservée dans l&apos;historique</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="31"/>
        <source>move it to another initiative</source>
        <translation>le déplacer vers une autre initiative</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="33"/>
        <source>when you now expect it (&apos;none&apos; to clear)</source>
        <translation>quand vous l&apos;attendez désormais (« none » pour effacer)</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="34"/>
        <source>mark delivered on DAY: &apos;15 December 2020&apos; or 2020-12-15, as in the window</source>
        <translation>marquer comme réalisé le JOUR : « 15 December 2020 » ou 2020-12-15, comme dans la fenêtre</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="35"/>
        <source>the document that delivered it, e.g. &apos;COM(2022) 209&apos;</source>
        <translation>le document qui l&apos;a réalisé, p. ex. « COM(2022) 209 »</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="36"/>
        <source>why the dates changed (kept with the revision)</source>
        <translation>pourquoi les dates ont changé (conservé avec la révision)</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="42"/>
        <source>start of a span</source>
        <translation>début d&apos;une période</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="46"/>
        <source>document reference, e.g. &apos;COM(2020) 607&apos;</source>
        <translation>référence du document, p. ex. « COM(2020) 607 »</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="48"/>
        <source>the sentence of the document it comes from</source>
        <translation>la phrase du document dont il provient</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="55"/>
        <source>{text!r} is a window ({window_text}); give the exact day it was delivered.</source>
        <translation>{text!r} est une fenêtre ({window_text}) ; indiquez le jour exact de la réalisation.</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="73"/>
        <source>The initiative {text!r} matches several initiatives of the plan; use a key: {keys}.</source>
        <translation>L&apos;initiative {text!r} correspond à plusieurs initiatives du plan ; utilisez une clé : {keys}.</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="74"/>
        <source>The initiative {text!r} matches no initiative of the plan; `planner initiatives` lists the keys.</source>
        <translation>L&apos;initiative {text!r} ne correspond à aucune initiative du plan ; `planner initiatives` liste les clés.</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="104"/>
        <source>Added commitment {id}: {title} (due {due}, {window}).</source>
        <translation>Engagement {id} ajouté : {title} (échéance {due}, {window}).</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="139"/>
        <source>Nothing to change in commitment {id}: give at least one option such as --due, --title or --delivered (see `planner edit --help`).</source>
        <translation>Rien à modifier dans l&apos;engagement {id} : donnez au moins une option telle que --due, --title ou --delivered (voir `planner edit --help`).</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="25"/>
        <source>propose the commitments a document (PDF, HTML, DOCX, text) states</source>
        <translation>proposer les engagements qu&apos;énonce un document (PDF, HTML, DOCX, texte)</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="27"/>
        <source>print the proposals as one JSON array (nothing is stored)</source>
        <translation>afficher les propositions en un seul tableau JSON (rien n&apos;est enregistré)</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="28"/>
        <source>the document&apos;s date, when it does not state it (YYYY-MM-DD)</source>
        <translation>la date du document, s&apos;il ne l&apos;indique pas (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="29"/>
        <source>the document&apos;s reference, e.g. &apos;COM(2020) 607&apos;</source>
        <translation>la référence du document, p. ex. « COM(2020) 607 »</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="30"/>
        <source>add every dated proposal to the plan (one transaction)</source>
        <translation>ajouter chaque proposition datée au plan (une seule transaction)</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="31"/>
        <source>the strategy the accepted commitments are filed under</source>
        <translation>la stratégie sous laquelle les engagements acceptés sont classés</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="38"/>
        <source>--accept-all needs --into STRATEGY_KEY: the strategy the commitments are filed under.</source>
        <translation>--accept-all demande --into CLÉ_STRATÉGIE : la stratégie sous laquelle les engagements sont classés.</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="40"/>
        <source>--into is for --accept-all; without it nothing is stored.</source>
        <translation>--into va avec --accept-all ; sans lui, rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="42"/>
        <source>The file {file} does not exist.</source>
        <translation>Le fichier {file} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="15"/>
        <source>only this status; one of: {statuses} (repeatable)</source>
        <translation>seulement cet état ; l&apos;un de : {statuses} (répétable)</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="16"/>
        <source>only this strategy (key, reference or words of its title; repeatable)</source>
        <translation>seulement cette stratégie (clé, référence ou mots de son titre ; répétable)</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="17"/>
        <source>only commitments of this actor (repeatable)</source>
        <translation>seulement les engagements de cet acteur (répétable)</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="18"/>
        <source>only open commitments due in the next DAYS days</source>
        <translation>seulement les engagements ouverts à échéance dans les JOURS prochains jours</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="19"/>
        <source>only commitments whose window reaches DATE or later</source>
        <translation>seulement les engagements dont la fenêtre atteint DATE ou au-delà</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="20"/>
        <source>only commitments whose window starts by DATE</source>
        <translation>seulement les engagements dont la fenêtre commence au plus tard à DATE</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="21"/>
        <source>only commitments whose title, description or quote has these words</source>
        <translation>seulement les engagements dont le titre, la description ou la citation contient ces mots</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="28"/>
        <source>The status {status!r} is not known; use one of: {statuses}.</source>
        <translation>L&apos;état {status!r} est inconnu ; utilisez l&apos;un de : {statuses}.</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="30"/>
        <source>--due-within needs a number of days of 0 or more, not {due_within}.</source>
        <translation>--due-within demande un nombre de jours égal ou supérieur à 0, et non {due_within}.</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="51"/>
        <source>The strategy {text!r} matches several strategies of the plan; use a key: {known}.</source>
        <translation>La stratégie {text!r} correspond à plusieurs stratégies du plan ; utilisez une clé : {known}.</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="51"/>
        <source>The strategy {text!r} matches no strategy of the plan; use a key: {known}.</source>
        <translation>La stratégie {text!r} ne correspond à aucune stratégie du plan ; utilisez une clé : {known}.</translation>
    </message>
    <message>
        <location filename="../cli/groups.py" line="14"/>
        <source>list the initiatives and their keys (for --initiative)</source>
        <translation>lister les initiatives et leurs clés (pour --initiative)</translation>
    </message>
    <message>
        <location filename="../cli/groups.py" line="15"/>
        <location filename="../cli/listing.py" line="23"/>
        <location filename="../cli/remind.py" line="38"/>
        <source>print one JSON array</source>
        <translation>afficher un seul tableau JSON</translation>
    </message>
    <message>
        <location filename="../cli/groups.py" line="29"/>
        <source>The plan has no initiatives yet.</source>
        <translation>Le plan n&apos;a pas encore d&apos;initiatives.</translation>
    </message>
    <message>
        <location filename="../cli/listing.py" line="22"/>
        <source>list commitments (table or --json)</source>
        <translation>lister les engagements (tableau ou --json)</translation>
    </message>
    <message>
        <location filename="../cli/listing.py" line="24"/>
        <source>compute status as of this day (default: today)</source>
        <translation>calculer l&apos;état à cette date (par défaut : aujourd&apos;hui)</translation>
    </message>
    <message>
        <location filename="../cli/listing.py" line="116"/>
        <source>No commitments match.</source>
        <translation>Aucun engagement ne correspond.</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="28"/>
        <source>print a timeline snapshot to a PDF, PNG or SVG file (A3 landscape, whole plan)</source>
        <translation>imprimer un instantané de la frise dans un fichier PDF, PNG ou SVG (A3 paysage, tout le plan)</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="29"/>
        <source>A timeline snapshot to hand round: title, as-of date, the tree&apos;s label columns, bars, legend and page numbers.</source>
        <translation>Un instantané de la frise à distribuer : titre, date de l&apos;état, colonnes de libellés de l&apos;arborescence, barres, légende et numéros de page.</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="30"/>
        <source>FILE.pdf, FILE.png or FILE.svg (pictures of several pages: FILE-1.png, FILE-2.png...)</source>
        <translation>FICHIER.pdf, FICHIER.png ou FICHIER.svg (images de plusieurs pages : FICHIER-1.png, FICHIER-2.png…)</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="32"/>
        <source>first month printed (default: the first date of the rows printed)</source>
        <translation>premier mois imprimé (par défaut : la première date des lignes imprimées)</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="33"/>
        <source>last month printed (default: the last date of the rows printed)</source>
        <translation>dernier mois imprimé (par défaut : la dernière date des lignes imprimées)</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="34"/>
        <source>paper size: {PAGE_NAMES} (default: A3)</source>
        <translation>format du papier : {PAGE_NAMES} (par défaut : A3)</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="35"/>
        <source>portrait pages (default: landscape)</source>
        <translation>pages en portrait (par défaut : paysage)</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="37"/>
        <source>fit the range across N pages (default: 1); rows run on to more pages when they must</source>
        <translation>ajuster la période sur N pages en largeur (par défaut : 1) ; les lignes continuent sur d&apos;autres pages si nécessaire</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="38"/>
        <source>tile instead: draw a month MM millimetres wide, on as many pages as it takes</source>
        <translation>en mosaïque : tracer un mois de MM millimètres de large, sur autant de pages qu&apos;il faut</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="39"/>
        <source>status as of this day (default: today)</source>
        <translation>état à cette date (par défaut : aujourd&apos;hui)</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="40"/>
        <source>black and white: status told by pattern and symbol</source>
        <translation>noir et blanc : état indiqué par motif et symbole</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="41"/>
        <source>a footer with the source documents of the rows</source>
        <translation>un pied de page avec les documents sources des lignes</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="42"/>
        <source>title at the top (default: the strategy, or the strategies, printed)</source>
        <translation>titre en haut (par défaut : la stratégie, ou les stratégies, imprimées)</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="43"/>
        <source>resolution of a PNG (default: 150)</source>
        <translation>résolution d&apos;un PNG (par défaut : 150)</translation>
    </message>
    <message>
        <location filename="../cli/remind.py" line="30"/>
        <source>print the reminders due and mark them shown (for cron or a systemd timer)</source>
        <translation>afficher les rappels dus et les marquer comme montrés (pour cron ou un minuteur systemd)</translation>
    </message>
    <message>
        <location filename="../cli/remind.py" line="31"/>
        <source>Print the reminders that are due and not yet dealt with, and mark them shown.
Exit status: 0 when nothing is due, 1 when reminders were printed, 2 on an error.</source>
        <translation>Afficher les rappels arrivés à échéance et pas encore traités, et les marquer comme montrés.
Code de sortie : 0 si rien n&apos;est dû, 1 si des rappels ont été affichés, 2 en cas d&apos;erreur.</translation>
    </message>
    <message>
        <location filename="../cli/remind.py" line="33"/>
        <source>crontab, every hour:  0 * * * *  planner remind --notify
systemd: a service running it should say SuccessExitStatus=1 (reminders were due).</source>
        <translation>crontab, toutes les heures :  0 * * * *  planner remind --notify
systemd : un service qui le lance doit indiquer SuccessExitStatus=1 (des rappels étaient dus).</translation>
    </message>
    <message>
        <location filename="../cli/remind.py" line="37"/>
        <source>take this day as today (default: today)</source>
        <translation>prendre ce jour pour aujourd&apos;hui (par défaut : aujourd&apos;hui)</translation>
    </message>
    <message>
        <location filename="../cli/remind.py" line="39"/>
        <source>only look: do not mark them shown</source>
        <translation>seulement regarder : ne pas les marquer comme montrés</translation>
    </message>
    <message>
        <location filename="../cli/remind.py" line="40"/>
        <source>also send a desktop notification</source>
        <translation>envoyer aussi une notification au bureau</translation>
    </message>
    <message>
        <location filename="../cli/remind.py" line="75"/>
        <source>No reminders due as of {day}.</source>
        <translation>Aucun rappel dû au {day}.</translation>
    </message>
    <message>
        <location filename="../cli/report.py" line="24"/>
        <source>a meeting report: delivered, slipped, overdue, due next, added or dropped</source>
        <translation>un rapport de réunion : réalisé, glissé, en retard, prochaines échéances, ajouté ou abandonné</translation>
    </message>
    <message>
        <location filename="../cli/report.py" line="25"/>
        <source>What happened after --since up to --until, and what is due in the weeks after, as PDF, HTML or Markdown.</source>
        <translation>Ce qui s&apos;est passé après --since jusqu&apos;à --until, et ce qui arrive à échéance dans les semaines suivantes, en PDF, HTML ou Markdown.</translation>
    </message>
    <message>
        <location filename="../cli/report.py" line="26"/>
        <source>the day of the last meeting (YYYY-MM-DD) or a named baseline</source>
        <translation>le jour de la dernière réunion (AAAA-MM-JJ) ou une référence nommée</translation>
    </message>
    <message>
        <location filename="../cli/report.py" line="27"/>
        <source>the last day the report covers (default: today)</source>
        <translation>le dernier jour couvert par le rapport (par défaut : aujourd&apos;hui)</translation>
    </message>
    <message>
        <location filename="../cli/report.py" line="28"/>
        <source>what is due in this many weeks after --until (default: 8)</source>
        <translation>ce qui arrive à échéance dans ce nombre de semaines après --until (par défaut : 8)</translation>
    </message>
    <message>
        <location filename="../cli/report.py" line="29"/>
        <source>FILE.pdf, FILE.html or FILE.md</source>
        <translation>FICHIER.pdf, FICHIER.html ou FICHIER.md</translation>
    </message>
    <message>
        <location filename="../cli/report.py" line="38"/>
        <source>The file {output} has an unknown type; a report is written as {suffixes}.</source>
        <translation>Le fichier {output} est d&apos;un type inconnu ; un rapport s&apos;écrit en {suffixes}.</translation>
    </message>
    <message>
        <location filename="../cli/report.py" line="40"/>
        <source>--ahead must be from 0 to 520 weeks, not {ahead}.</source>
        <translation>--ahead doit aller de 0 à 520 semaines, et non {ahead}.</translation>
    </message>
    <message>
        <location filename="../cli/report.py" line="44"/>
        <source>The report would end on {until}, before it starts on {since}; give an --until after --since.</source>
        <translation>Le rapport finirait le {until}, avant de commencer le {since} ; donnez un --until postérieur à --since.</translation>
    </message>
    <message>
        <location filename="../cli/transfer.py" line="42"/>
        <source>import commitments from a file (one transaction)</source>
        <translation>importer des engagements depuis un fichier (une seule transaction)</translation>
    </message>
    <message>
        <location filename="../cli/transfer.py" line="45"/>
        <source>refuse the whole .ics file for one event it cannot read (default: skip it and say so); CSV, TOML and xlsx files are always checked whole</source>
        <translation>refuser tout le fichier .ics pour un seul événement illisible (par défaut : l&apos;ignorer et le signaler) ; les fichiers CSV, TOML et xlsx sont toujours vérifiés en entier</translation>
    </message>
    <message>
        <location filename="../cli/transfer.py" line="48"/>
        <source>re-import the seed plan (adds what is missing, keeps your edits)</source>
        <translation>réimporter le plan de départ (ajoute ce qui manque, garde vos modifications)</translation>
    </message>
    <message>
        <location filename="../cli/transfer.py" line="51"/>
        <source>write the plan to a file</source>
        <translation>écrire le plan dans un fichier</translation>
    </message>
    <message>
        <location filename="../cli/transfer.py" line="53"/>
        <source>one row per commitment</source>
        <translation>une ligne par engagement</translation>
    </message>
    <message>
        <location filename="../cli/transfer.py" line="57"/>
        <source>an Excel workbook: commitments and key dates</source>
        <translation>un classeur Excel : engagements et dates clés</translation>
    </message>
    <message>
        <location filename="../cli/transfer.py" line="68"/>
        <source>The file {path} has an unknown type; import reads {suffixes} files.</source>
        <translation>Le fichier {path} est d&apos;un type inconnu ; l&apos;importation lit les fichiers {suffixes}.</translation>
    </message>
    <message>
        <location filename="../cli/transfer.py" line="70"/>
        <source>The file {path} does not exist.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../cli/transfer.py" line="76"/>
        <source>Imported {name}: {text}.</source>
        <translation>{name} importé : {text}.</translation>
    </message>
    <message>
        <location filename="../cli/__init__.py" line="53"/>
        <source>show the program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="54"/>
        <source>Baseline {name!r}: {day}.</source>
        <translation>Référence {name!r} : {day}.</translation>
    </message>
    <message>
        <location filename="../cli/baselines.py" line="73"/>
        <source>Deleted the baseline {name!r} ({day}).</source>
        <translation>Référence {name!r} supprimée ({day}).</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="100"/>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="195"/>
        <source>Wrote {path}.</source>
        <translation>{path} écrit.</translation>
    </message>
    <message>
        <location filename="../cli/calendar_commands.py" line="195"/>
        <source>Already current: {path}.</source>
        <translation>Déjà à jour : {path}.</translation>
    </message>
    <message>
        <location filename="../cli/desktop_entry.py" line="26"/>
        <source>Added Planner to the application menu: {entry} ({icons}).</source>
        <translation>Planner ajouté au menu des applications : {entry} ({icons}).</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="142"/>
        <source>Nothing to change in commitment {id}: {title} (due {due}, status {status}).</source>
        <translation>Rien à modifier dans l&apos;engagement {id} : {title} (échéance {due}, état {status}).</translation>
    </message>
    <message>
        <location filename="../cli/editing.py" line="145"/>
        <source>Saved commitment {id}: {title} (due {due}, status {status}).</source>
        <translation>Engagement {id} enregistré : {title} (échéance {due}, état {status}).</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="74"/>
        <source>not dated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="75"/>
        <source>actor unknown</source>
        <translation>responsable inconnu</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="75"/>
        <source>no section</source>
        <translation>sans section</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="87"/>
        <source>{read}; {added}.</source>
        <translation>{read} ; {added}.</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="89"/>
        <source>Not added, no date could be read ({phrase}): {quote}</source>
        <translation>Non ajouté, aucune date n&apos;a pu être lue ({phrase}) : {quote}</translation>
    </message>
    <message>
        <location filename="../cli/extract.py" line="89"/>
        <source>no date phrase</source>
        <translation>pas de date écrite</translation>
    </message>
    <message>
        <location filename="../cli/filtering.py" line="14"/>
        <source>filters</source>
        <translation>filtres</translation>
    </message>
    <message>
        <location filename="../cli/groups.py" line="31"/>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <location filename="../cli/groups.py" line="31"/>
        <source>commitments</source>
        <translation>engagements</translation>
    </message>
    <message>
        <location filename="../cli/groups.py" line="31"/>
        <source>initiative</source>
        <translation>initiative</translation>
    </message>
    <message>
        <location filename="../cli/listing.py" line="120"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../cli/listing.py" line="120"/>
        <source>due</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location filename="../cli/listing.py" line="120"/>
        <source>window</source>
        <translation>fenêtre</translation>
    </message>
    <message>
        <location filename="../cli/listing.py" line="120"/>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <location filename="../cli/listing.py" line="120"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="83"/>
        <source>landscape</source>
        <translation>paysage</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="83"/>
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message>
        <location filename="../cli/print_command.py" line="85"/>
        <source>Wrote {files}: {pages}, {page} {side}, {rows}, {range}, status as of {day}.</source>
        <translation>{files} écrit : {pages}, {page} {side}, {rows}, {range}, état au {day}.</translation>
    </message>
    <message>
        <location filename="../cli/remind.py" line="91"/>
        <source>no desktop notification service is available; the reminders were only printed.</source>
        <translation>aucun service de notification du bureau n&apos;est disponible ; les rappels ont seulement été affichés.</translation>
    </message>
    <message>
        <location filename="../cli/report.py" line="57"/>
        <source>Wrote {file}: {commitments} from {since} to {until}.</source>
        <translation>{file} écrit : {commitments} du {since} au {until}.</translation>
    </message>
    <message>
        <location filename="../cli/transfer.py" line="84"/>
        <source>Seed plan: {text}.</source>
        <translation>Plan de départ : {text}.</translation>
    </message>
    <message>
        <location filename="../cli/context.py" line="60"/>
        <source>{text!r} is not a date; write it as YYYY-MM-DD</source>
        <translation>{text!r} n&apos;est pas une date ; écrivez-la AAAA-MM-JJ</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="11"/>
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln engagement</numerusform>
            <numerusform>%Ln engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="14"/>
        <source>Wrote %Ln commitment(s) to {file}.</source>
        <translation>
            <numerusform>%Ln engagement écrit dans {file}.</numerusform>
            <numerusform>%Ln engagements écrits dans {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="17"/>
        <source>Wrote %Ln commitment(s) and {key_dates} to {file}.</source>
        <translation>
            <numerusform>%Ln engagement et {key_dates} écrits dans {file}.</numerusform>
            <numerusform>%Ln engagements et {key_dates} écrits dans {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="20"/>
        <source>%Ln key date(s)</source>
        <translation>
            <numerusform>%Ln date clé</numerusform>
            <numerusform>%Ln dates clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="23"/>
        <source>%Ln commitment(s), status as of {day}.</source>
        <translation>
            <numerusform>%Ln engagement, état au {day}.</numerusform>
            <numerusform>%Ln engagements, état au {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="27"/>
        <source>%Ln reminder(s) due (not marked shown: --peek).</source>
        <translation>
            <numerusform>%Ln rappel dû (non marqué comme vu : --peek).</numerusform>
            <numerusform>%Ln rappels dus (non marqués comme vus : --peek).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="28"/>
        <source>%Ln reminder(s) due, now marked shown.</source>
        <translation>
            <numerusform>%Ln rappel dû, désormais marqué comme vu.</numerusform>
            <numerusform>%Ln rappels dus, désormais marqués comme vus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="31"/>
        <source>{document}: %Ln proposed commitment(s).</source>
        <translation>
            <numerusform>{document} : %Ln engagement proposé.</numerusform>
            <numerusform>{document} : %Ln engagements proposés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="34"/>
        <source>Read {document}: %Ln proposal(s)</source>
        <translation>
            <numerusform>{document} lu : %Ln proposition</numerusform>
            <numerusform>{document} lu : %Ln propositions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="37"/>
        <source>%Ln added to {strategy}</source>
        <translation>
            <numerusform>%Ln ajouté à {strategy}</numerusform>
            <numerusform>%Ln ajoutés à {strategy}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="40"/>
        <source>%Ln already in the plan</source>
        <translation>
            <numerusform>%Ln déjà dans le plan</numerusform>
            <numerusform>%Ln déjà dans le plan</numerusform>
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
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="49"/>
        <source>%Ln file(s) in {folder}</source>
        <translation>
            <numerusform>%Ln fichier dans {folder}</numerusform>
            <numerusform>%Ln fichiers dans {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="52"/>
        <source>and %Ln icon(s)</source>
        <translation>
            <numerusform>et %Ln icône</numerusform>
            <numerusform>et %Ln icônes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/copy.py" line="28"/>
        <source>Copied the plan from {source} to {target}: {commitments}, {rows} in {tables}.</source>
        <translation>Plan copié de {source} vers {target} : {commitments}, {rows} dans {tables}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/counts.py" line="49"/>
        <source>%Ln table(s)</source>
        <translation>
            <numerusform>%Ln table</numerusform>
            <numerusform>%Ln tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../ui/commitment_dialog.py" line="45"/>
        <source>Deadline: due within a window</source>
        <translation>Échéance : à réaliser dans une fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="46"/>
        <source>Span: runs from a start to the due date</source>
        <translation>Période : court d&apos;un début jusqu&apos;à l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="63"/>
        <source>Edit commitment</source>
        <translation>Modifier l&apos;engagement</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="63"/>
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="66"/>
        <source>&amp;Commitment</source>
        <translation>&amp;Engagement</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="67"/>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="69"/>
        <source>&amp;Dependencies</source>
        <translation>&amp;Dépendances</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="71"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="78"/>
        <source>Save anyway: the plan will show the link as broken</source>
        <translation>Enregistrer quand même : le plan montrera le lien comme rompu</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="87"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="87"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="119"/>
        <source>when a span begins, e.g. 2021</source>
        <translation>début d&apos;une période, p. ex. 2021</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="126"/>
        <source>when you now expect it, if not when it is due</source>
        <translation>quand vous l&apos;attendez désormais, si ce n&apos;est à l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="127"/>
        <source>the day it was actually delivered</source>
        <translation>le jour où il a effectivement été réalisé</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="134"/>
        <source>why the dates change, or the document that re-announced them</source>
        <translation>pourquoi les dates changent, ou le document qui les a annoncées à nouveau</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="139"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="140"/>
        <source>&amp;Initiative:</source>
        <translation>&amp;Initiative :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="141"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="142"/>
        <source>D&amp;ue:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="143"/>
        <source>S&amp;tart:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="144"/>
        <source>St&amp;atus:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="145"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="146"/>
        <source>&amp;Forecast:</source>
        <translation>&amp;Prévision :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="147"/>
        <source>Deli&amp;vered on:</source>
        <translation>Réa&amp;lisé le :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="148"/>
        <source>Re&amp;minders:</source>
        <translation>Ra&amp;ppels :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="149"/>
        <source>Reason for the &amp;change:</source>
        <translation>Motif de la &amp;modification :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="159"/>
        <source>e.g. COM(2020) 607</source>
        <translation>p. ex. COM(2020) 607</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="162"/>
        <source>the sentence of the document the commitment comes from</source>
        <translation>la phrase du document dont provient l&apos;engagement</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="164"/>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="165"/>
        <source>Document:</source>
        <translation>Document :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="166"/>
        <source>Section:</source>
        <translation>Section :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="167"/>
        <source>Quote:</source>
        <translation>Citation :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="168"/>
        <source>Link:</source>
        <translation>Lien :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="203"/>
        <source>Give the commitment a title.</source>
        <translation>Donnez un titre à l&apos;engagement.</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="210"/>
        <source>The start ({start}) is after the end of the due window ({window}).</source>
        <translation>Le début ({start}) est postérieur à la fin de la fenêtre d&apos;échéance ({window}).</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="272"/>
        <source>&lt;b&gt;This change breaks a dependency.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cette modification rompt une dépendance.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="289"/>
        <source>Kept in the history with the reason: {changes}</source>
        <translation>Conservé dans l&apos;historique avec le motif : {changes}</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="135"/>
        <source>Why the dates change: free text, or the reference of the document that re-announced them; kept with the revision</source>
        <translation>Pourquoi les dates changent : texte libre, ou la référence du document qui les a annoncées à nouveau ; conservé avec la révision</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <location filename="../ui/compare_actions.py" line="35"/>
        <source>Com&amp;pare with…</source>
        <translation>Co&amp;mparer avec…</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="35"/>
        <source>Show how the plan stood on a past day, as the first-announced dates are shown</source>
        <translation>Montrer le plan tel qu&apos;il était à une date passée, comme le sont les dates annoncées en premier</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="36"/>
        <source>Stop comparing</source>
        <translation>Arrêter la comparaison</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="37"/>
        <source>&amp;Baselines</source>
        <translation>Ré&amp;férences</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="48"/>
        <location filename="../ui/compare_actions.py" line="65"/>
        <location filename="../ui/compare_actions.py" line="85"/>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="49"/>
        <source>Draw the due dates as they were planned on:</source>
        <translation>Tracer les échéances telles qu&apos;elles étaient prévues le :</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="50"/>
        <source>Save as a named baseline:</source>
        <translation>Enregistrer comme référence nommée :</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="52"/>
        <source>e.g. Council meeting 12 March 2021</source>
        <translation>p. ex. Conseil du 12 mars 2021</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="101"/>
        <source>Compared with the plan of {day}: hollow bars show the due dates as they stood then.</source>
        <translation>Comparé au plan du {day} : les barres creuses montrent les échéances telles qu&apos;elles étaient alors.</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="106"/>
        <source>Compared with the plan of {day}</source>
        <translation>Comparé au plan du {day}</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="122"/>
        <source>No named baselines yet (Compare with… names one)</source>
        <translation>Aucune référence nommée pour l&apos;instant (Comparer avec… en nomme une)</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="125"/>
        <source>&amp;Delete a baseline</source>
        <translation>&amp;Supprimer une référence</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="133"/>
        <location filename="../ui/compare_actions.py" line="140"/>
        <source>Delete a baseline</source>
        <translation>Supprimer une référence</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="134"/>
        <source>Delete the baseline “{name}” ({day})? The plan itself does not change.</source>
        <translation>Supprimer la référence « {name} » ({day}) ? Le plan lui-même ne change pas.</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="147"/>
        <source>Deleted the baseline “{name}”.</source>
        <translation>Référence « {name} » supprimée.</translation>
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
        <translation>Réalisé le</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="28"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="29"/>
        <source>Remind when the window opens</source>
        <translation>Rappeler à l&apos;ouverture de la fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="30"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="30"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="31"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="31"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="32"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="32"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="33"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="33"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="34"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="34"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="35"/>
        <source>Url</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="35"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="43"/>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="50"/>
        <source>Stored now (theirs)</source>
        <translation>Enregistré à présent (la leur)</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="50"/>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="62"/>
        <source>Reload shows their version and drops your change. Keep mine saves your change on top of theirs; what they changed elsewhere stays.</source>
        <translation>Recharger affiche leur version et abandonne votre modification. Garder la mienne enregistre votre modification par-dessus la leur ; ce qu&apos;ils ont modifié ailleurs reste.</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="66"/>
        <source>&amp;Reload (take theirs)</source>
        <translation>&amp;Recharger (prendre la leur)</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="67"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../ui/database_page.py" line="42"/>
        <source>empty: the plan file on this computer</source>
        <translation>vide : le fichier du plan local</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="45"/>
        <source>A file path, or a shared database such as postgresql+psycopg://officer@db.unit.example/plan</source>
        <translation>Un chemin de fichier, ou une base de données partagée telle que postgresql+psycopg://agent@db.unite.example/plan</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="46"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="55"/>
        <source>Open the plan at:</source>
        <translation>Ouvrir le plan à l&apos;adresse :</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="57"/>
        <source>Open now:</source>
        <translation>Ouvert maintenant :</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="59"/>
        <source>One plan for the whole unit: give every officer the same PostgreSQL address. A password typed in it is moved to your PostgreSQL password file (~/.pgpass), which only you can read, and the address is saved without it. The new address is used the next time Planner starts (it offers to restart at once); to move a plan there first, run: planner copy --from OLD --to NEW.</source>
        <translation>Un seul plan pour toute l&apos;unité : donnez à chaque agent la même adresse PostgreSQL. Un mot de passe saisi dans l&apos;adresse est déplacé dans votre fichier de mots de passe PostgreSQL (~/.pgpass), que vous seul pouvez lire, et l&apos;adresse est enregistrée sans lui. La nouvelle adresse sert au prochain démarrage de Planner (qui propose de redémarrer aussitôt) ; pour y déplacer d&apos;abord un plan, lancez : planner copy --from ANCIEN --to NOUVEAU.</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="95"/>
        <source>The database address {address!r} is not a database URL (try a file path or postgresql+psycopg://user@host/plan).</source>
        <translation>L&apos;adresse de base de données {address!r} n&apos;est pas une URL de base de données (essayez un chemin de fichier ou postgresql+psycopg://utilisateur@hôte/plan).</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="107"/>
        <source>The password could not be written to {password_file} ({strerror}); the database address was not changed.</source>
        <translation>Le mot de passe n&apos;a pas pu être écrit dans {password_file} ({strerror}) ; l&apos;adresse de la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="110"/>
        <source>Its password is kept in {file}, not in Planner&apos;s settings.</source>
        <translation>Son mot de passe est conservé dans {file}, et non dans les réglages de Planner.</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="114"/>
        <source>the plan file on this computer</source>
        <translation>le fichier du plan sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="115"/>
        <source>Planner will open {plan} the next time it starts.</source>
        <translation>Planner ouvrira {plan} à son prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="120"/>
        <source>{said}

Restart Planner now?</source>
        <translation>{said}

Redémarrer Planner maintenant ?</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="124"/>
        <source>Planner could not be started again; it opens the new plan when you next start it.</source>
        <translation>Planner n&apos;a pas pu redémarrer ; il ouvrira le nouveau plan à son prochain lancement.</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="33"/>
        <location filename="../ui/database_preferences.py" line="23"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
</context>
<context>
    <name>DayFlag</name>
    <message>
        <location filename="../timeline/overlays.py" line="147"/>
        <source>as of {day}</source>
        <translation>état au {day}</translation>
    </message>
    <message>
        <location filename="../timeline/overlays.py" line="147"/>
        <source>today {day}</source>
        <translation>aujourd&apos;hui {day}</translation>
    </message>
    <message>
        <location filename="../timeline/flag_lane.py" line="100"/>
        <source>as of</source>
        <translation>état au</translation>
    </message>
    <message>
        <location filename="../timeline/flag_lane.py" line="100"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../ui/delivery_dialog.py" line="30"/>
        <source>Mark delivered</source>
        <translation>Marquer comme réalisé</translation>
    </message>
    <message>
        <location filename="../ui/delivery_dialog.py" line="33"/>
        <source>When was {what} delivered, and by which document?</source>
        <translation>Quand {what} a-t-il été réalisé, et par quel document ?</translation>
    </message>
    <message>
        <location filename="../ui/delivery_dialog.py" line="38"/>
        <source>e.g. COM(2022) 209 (optional)</source>
        <translation>p. ex. COM(2022) 209 (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/delivery_dialog.py" line="40"/>
        <source>&amp;Delivered on:</source>
        <translation>&amp;Réalisé le :</translation>
    </message>
    <message>
        <location filename="../ui/delivery_dialog.py" line="41"/>
        <source>&amp;By the document:</source>
        <translation>&amp;Par le document :</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery_dialog.py" line="32"/>
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln engagement</numerusform>
            <numerusform>%Ln engagements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DependencyEditor</name>
    <message>
        <location filename="../ui/dependency_editor.py" line="39"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/dependency_editor.py" line="40"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/dependency_editor.py" line="45"/>
        <source>This commitment cannot finish before the commitments it comes after (finish-to-start).</source>
        <translation>Cet engagement ne peut pas se terminer avant les engagements qu&apos;il suit (fin-début).</translation>
    </message>
    <message>
        <location filename="../ui/dependency_editor.py" line="48"/>
        <source>Comes after:</source>
        <translation>Vient après :</translation>
    </message>
    <message>
        <location filename="../ui/dependency_editor.py" line="53"/>
        <source>Comes before (change these links from the later commitment):</source>
        <translation>Vient avant (modifiez ces liens depuis l&apos;engagement ultérieur) :</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../ui/details_pane.py" line="25"/>
        <source>Details of the selected commitment</source>
        <translation>Détails de l&apos;engagement sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="39"/>
        <source>Select a commitment to see its details and the sentence it came from.</source>
        <translation>Sélectionnez un engagement pour voir ses détails et la phrase dont il provient.</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="48"/>
        <source>{standing} as of {day} (recorded: {status})</source>
        <translation>{standing} au {day} (enregistré : {status})</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="51"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="52"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="53"/>
        <source>First announced</source>
        <translation>Annoncé en premier</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="56"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="58"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="61"/>
        <source>Delivered</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="63"/>
        <source>Slippage</source>
        <translation>Glissement</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="64"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="64"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="64"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="72"/>
        <source>No source sentence recorded</source>
        <translation>Aucune phrase source enregistrée</translation>
    </message>
</context>
<context>
    <name>DueSoonDock</name>
    <message>
        <location filename="../ui/due_soon_dock.py" line="47"/>
        <source>Snooze until</source>
        <translation>Reporter jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="55"/>
        <source>Remind me again on the morning of:</source>
        <translation>Me le rappeler le matin du :</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="69"/>
        <location filename="../ui/due_soon_dock.py" line="159"/>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="71"/>
        <source>Reminders that have come due, with Open, Snooze, Dismiss and Mark delivered</source>
        <translation>Rappels arrivés à échéance, avec Ouvrir, Reporter, Écarter et Marquer comme réalisé</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="79"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="79"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="79"/>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="80"/>
        <source>Reminders due soon</source>
        <translation>Rappels à échéance proche</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="93"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="94"/>
        <location filename="../ui/due_soon_dock.py" line="111"/>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="97"/>
        <source>Until a date…</source>
        <translation>Jusqu&apos;à une date…</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="98"/>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="99"/>
        <source>Mark delivered</source>
        <translation>Marquer comme réalisé</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="147"/>
        <source>{title}
Due: {shown}</source>
        <translation>{title}
Échéance : {shown}</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="159"/>
        <source>Due soon ({waiting})</source>
        <translation>Échéance proche ({waiting})</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="170"/>
        <source>snoozed till {when}</source>
        <translation>reporté jusqu&apos;à {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/due_soon_dock.py" line="157"/>
        <source>%Ln reminder(s) awaiting an answer</source>
        <translation>
            <numerusform>%Ln rappel en attente de réponse</numerusform>
            <numerusform>%Ln rappels en attente de réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/due_soon_dock.py" line="158"/>
        <source>due in the next %Ln day(s)</source>
        <translation>
            <numerusform>à échéance d&apos;ici %Ln jour</numerusform>
            <numerusform>à échéance dans les %Ln prochains jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/due_soon_dock.py" line="158"/>
        <source>Nothing due in the next %Ln day(s).</source>
        <translation>
            <numerusform>Rien à échéance d&apos;ici %Ln jour.</numerusform>
            <numerusform>Rien à échéance dans les %Ln prochains jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../ui/edit_actions.py" line="37"/>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="38"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="52"/>
        <source>&amp;New commitment…</source>
        <translation>&amp;Nouvel engagement…</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="52"/>
        <source>Add a commitment to the current initiative</source>
        <translation>Ajouter un engagement à l&apos;initiative courante</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="53"/>
        <source>&amp;Edit commitment…</source>
        <translation>&amp;Modifier l&apos;engagement…</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="53"/>
        <source>Change the dates, text and links of the current commitment</source>
        <translation>Modifier les dates, le texte et les liens de l&apos;engagement courant</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="63"/>
        <source>&amp;Key dates…</source>
        <translation>Dates &amp;clés…</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="63"/>
        <source>The dated events drawn as lines across the timeline</source>
        <translation>Les événements datés, tracés comme des lignes sur la frise</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="65"/>
        <location filename="../ui/edit_actions.py" line="68"/>
        <source>Undo history</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="70"/>
        <source>Every change made in this window; choose a step to go back to it</source>
        <translation>Chaque modification faite dans cette fenêtre ; choisissez une étape pour y revenir</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="74"/>
        <source>&amp;Undo history</source>
        <translation>Historique des a&amp;nnulations</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="156"/>
        <location filename="../ui/edit_actions.py" line="162"/>
        <source>Edit {title!r}</source>
        <translation>Modifier {title!r}</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="156"/>
        <source>Add {title!r}</source>
        <translation>Ajouter {title!r}</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="179"/>
        <source>The commitment {title!r} was deleted elsewhere; your changes were not saved.</source>
        <translation>L&apos;engagement {title!r} a été supprimé ailleurs ; vos modifications n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="181"/>
        <source>Reloaded: it is now due {due}, status {status}. Your entries are kept; save again to apply them.</source>
        <translation>Rechargé : échéance désormais {due}, état {status}. Vos saisies sont conservées ; enregistrez à nouveau pour les appliquer.</translation>
    </message>
</context>
<context>
    <name>ExportCalendarDialog</name>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="34"/>
        <location filename="../ui/calendar_dialogs.py" line="68"/>
        <source>Export calendar</source>
        <translation>Exporter l&apos;agenda</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="36"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="41"/>
        <source>Only the commitments the filter shows</source>
        <translation>Seulement les engagements affichés par le filtre</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="44"/>
        <source>Also as tasks, for task-list apps (…-tasks.ics)</source>
        <translation>Aussi sous forme de tâches, pour les applications de listes de tâches (…-tasks.ics)</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="45"/>
        <source>One file per strategy (the path is a folder)</source>
        <translation>Un fichier par stratégie (le chemin est un dossier)</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="51"/>
        <source>Write the plan as an iCalendar file any calendar app can import:</source>
        <translation>Écrire le plan dans un fichier iCalendar que toute application d&apos;agenda peut importer :</translation>
    </message>
    <message>
        <location filename="../ui/calendar_dialogs.py" line="66"/>
        <source>Folder for the calendar files</source>
        <translation>Dossier des fichiers d&apos;agenda</translation>
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
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="87"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="87"/>
        <source>actor</source>
        <translation>acteur</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="88"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="88"/>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="88"/>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="89"/>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="89"/>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="89"/>
        <source>initiative key</source>
        <translation>clé de l&apos;initiative</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="90"/>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="90"/>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="90"/>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="91"/>
        <source>forecast</source>
        <translation>prévision</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="91"/>
        <source>delivery date</source>
        <translation>date de réalisation</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="92"/>
        <source>delivering document</source>
        <translation>document de réalisation</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="92"/>
        <source>reminder lead time</source>
        <translation>délai de rappel</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="93"/>
        <source>list of reminder lead times</source>
        <translation>liste des délais de rappel</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="93"/>
        <source>strategy key</source>
        <translation>clé de la stratégie</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="94"/>
        <source>strategy title</source>
        <translation>titre de la stratégie</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="94"/>
        <source>strategy reference</source>
        <translation>référence de la stratégie</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="95"/>
        <source>adoption date</source>
        <translation>date d&apos;adoption</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="95"/>
        <source>strategy period</source>
        <translation>période de la stratégie</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="96"/>
        <source>initiative number</source>
        <translation>numéro de l&apos;initiative</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="96"/>
        <source>initiative title</source>
        <translation>titre de l&apos;initiative</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="97"/>
        <source>document reference</source>
        <translation>référence du document</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="97"/>
        <source>document title</source>
        <translation>titre du document</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="98"/>
        <source>publication date</source>
        <translation>date de publication</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="98"/>
        <source>document file</source>
        <translation>fichier du document</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="99"/>
        <source>document link</source>
        <translation>lien du document</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="99"/>
        <source>key date</source>
        <translation>date clé</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="100"/>
        <source>key date label</source>
        <translation>libellé de la date clé</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="100"/>
        <source>key date source</source>
        <translation>source de la date clé</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="101"/>
        <source>key date quote</source>
        <translation>citation de la date clé</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="101"/>
        <source>setting name</source>
        <translation>nom du paramètre</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="102"/>
        <source>setting</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="102"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="102"/>
        <source>baseline name</source>
        <translation>nom de la référence</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="103"/>
        <source>baseline day</source>
        <translation>jour de la référence</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="136"/>
        <source>{field} as written</source>
        <translation>{field} (texte)</translation>
    </message>
</context>
<context>
    <name>FileTransfer</name>
    <message>
        <location filename="../ui/file_transfer.py" line="28"/>
        <source>Plan files (*.csv *.xlsx *.toml *.ics);;CSV (*.csv);;Excel workbook (*.xlsx);;Plan TOML (*.toml);;iCalendar (*.ics)</source>
        <translation>Fichiers de plan (*.csv *.xlsx *.toml *.ics);;CSV (*.csv);;Classeur Excel (*.xlsx);;Plan TOML (*.toml);;iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="29"/>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="68"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="69"/>
        <source>Add or update commitments from a CSV, Excel, TOML or iCalendar file</source>
        <translation>Ajouter ou mettre à jour des engagements depuis un fichier CSV, Excel, TOML ou iCalendar</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="70"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="71"/>
        <source>Write the commitments shown to a CSV or Excel file</source>
        <translation>Écrire les engagements affichés dans un fichier CSV ou Excel</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="76"/>
        <source>Import into the plan</source>
        <translation>Importer dans le plan</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="86"/>
        <location filename="../ui/file_transfer.py" line="102"/>
        <location filename="../ui/file_transfer.py" line="109"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="86"/>
        <source>The file {path} cannot be read: {value}.</source>
        <translation>Le fichier {path} ne peut pas être lu : {value}.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="90"/>
        <source>Commitments already in the plan are updated, new ones added. An import cannot be undone with Edit → Undo.</source>
        <translation>Les engagements déjà présents dans le plan sont mis à jour, les nouveaux sont ajoutés. Une importation ne peut pas être annulée par Édition → Annuler.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="94"/>
        <source>… and {count} more.</source>
        <translation>… et {count} de plus.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="105"/>
        <source>Imported {name}: {text}.</source>
        <translation>{name} importé : {text}.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="116"/>
        <source>Export the commitments shown</source>
        <translation>Exporter les engagements affichés</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="135"/>
        <location filename="../ui/file_transfer.py" line="142"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="135"/>
        <source>The file {name} has an unknown type; export writes .csv and .xlsx files.</source>
        <translation>Le fichier {name} est d&apos;un type inconnu ; l&apos;exportation écrit des fichiers .csv et .xlsx.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="144"/>
        <source>Wrote {count} commitments to {path}.</source>
        <translation>{count} engagements écrits dans {path}.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="144"/>
        <source>Wrote {count} commitments (those the filter shows) to {path}.</source>
        <translation>{count} engagements (ceux qu&apos;affiche le filtre) écrits dans {path}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/file_transfer.py" line="89"/>
        <source>Import %Ln commitment(s) from {file}?</source>
        <translation>
            <numerusform>Importer %Ln engagement depuis {file} ?</numerusform>
            <numerusform>Importer %Ln engagements depuis {file} ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../domain/sentences.py" line="102"/>
        <source>No such file or directory</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location filename="../domain/sentences.py" line="102"/>
        <source>Permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <location filename="../domain/sentences.py" line="103"/>
        <source>Is a directory</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <location filename="../domain/sentences.py" line="103"/>
        <source>Not a directory</source>
        <translation>une partie du chemin n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location filename="../domain/sentences.py" line="104"/>
        <source>No space left on device</source>
        <translation>plus de place sur le disque</translation>
    </message>
    <message>
        <location filename="../domain/sentences.py" line="104"/>
        <source>Read-only file system</source>
        <translation>système de fichiers en lecture seule</translation>
    </message>
    <message>
        <location filename="../domain/sentences.py" line="105"/>
        <source>File name too long</source>
        <translation>nom de fichier trop long</translation>
    </message>
    <message>
        <location filename="../domain/sentences.py" line="105"/>
        <source>Too many levels of symbolic links</source>
        <translation>trop de niveaux de liens symboliques</translation>
    </message>
    <message>
        <location filename="../domain/sentences.py" line="106"/>
        <source>Operation not permitted</source>
        <translation>opération non permise</translation>
    </message>
    <message>
        <location filename="../domain/sentences.py" line="106"/>
        <source>Disk quota exceeded</source>
        <translation>quota de disque dépassé</translation>
    </message>
    <message>
        <location filename="../files.py" line="20"/>
        <location filename="../printing/devices.py" line="123"/>
        <source>The folder {folder} for {name} does not exist.</source>
        <translation>Le dossier {folder} de {name} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../files.py" line="22"/>
        <source>The output {path} is a folder, not a file.</source>
        <translation>La sortie {path} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../files.py" line="26"/>
        <location filename="../files.py" line="38"/>
        <source>The file {path} cannot be written: {why}.</source>
        <translation>Le fichier {path} ne peut pas être écrit : {why}.</translation>
    </message>
    <message>
        <location filename="../reminders/autostart.py" line="85"/>
        <source>The login entry {target} could not be written: {why}.</source>
        <translation>L&apos;entrée de démarrage {target} n&apos;a pas pu être écrite : {why}.</translation>
    </message>
    <message>
        <location filename="../reminders/autostart.py" line="94"/>
        <source>The login entry {target} could not be removed: {why}.</source>
        <translation>L&apos;entrée de démarrage {target} n&apos;a pas pu être supprimée : {why}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/filter_bar.py" line="44"/>
        <source>Filter: title, description, quote…</source>
        <translation>Filtrer : titre, description, citation…</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="47"/>
        <source>Filter words</source>
        <translation>Mots du filtre</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="49"/>
        <source>All strategies</source>
        <translation>Toutes stratégies</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="49"/>
        <source>Only commitments of this strategy</source>
        <translation>Seulement les engagements de cette stratégie</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="50"/>
        <source>All responsible</source>
        <translation>Tous responsables</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="50"/>
        <source>Only commitments this actor is responsible for</source>
        <translation>Seulement les engagements dont cet acteur est responsable</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="54"/>
        <source>any time</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="55"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="56"/>
        <source>Only open commitments whose due window ends within this many days of the status day</source>
        <translation>Seulement les engagements ouverts dont la fenêtre d&apos;échéance se termine dans ce nombre de jours après la date de l&apos;état</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="58"/>
        <source>any dates</source>
        <translation>toutes dates</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="61"/>
        <source>Only commitments whose window overlaps this one: &apos;2021&apos;, &apos;Q1 2021&apos;, &apos;2021-2022&apos;, &apos;2021-01-01..2021-06-30&apos;</source>
        <translation>Seulement les engagements dont la fenêtre chevauche celle-ci : « 2021 », « T1 2021 », « 2021-2022 », « 2021-01-01..2021-06-30 »</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="62"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="63"/>
        <source>Show every commitment again</source>
        <translation>Afficher de nouveau tous les engagements</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="66"/>
        <source>Commitments shown</source>
        <translation>Engagements affichés</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="69"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="69"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="69"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="70"/>
        <source>Due within</source>
        <translation>Échéance sous</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="70"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="77"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="195"/>
        <source>None of {total} matches the filter</source>
        <translation>Aucun des {total} ne correspond au filtre</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="198"/>
        <source>{shown} of {total} shown</source>
        <translation>{shown} sur {total} affichés</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="227"/>
        <source>Only commitments whose window overlaps this one: &apos;2021&apos;, &apos;Q1 2021&apos;, &apos;2021-2022&apos;</source>
        <translation>Seulement les engagements dont la fenêtre chevauche celle-ci : « 2021 », « T1 2021 », « 2021-2022 »</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/filter_bar.py" line="192"/>
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln engagement</numerusform>
            <numerusform>%Ln engagements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="39"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="45"/>
        <source>Show only the commitments whose title, description or quote has these words (Ctrl+F)</source>
        <translation>N&apos;afficher que les engagements dont le titre, la description ou la citation contient ces mots (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>FlagLane</name>
    <message numerus="yes">
        <location filename="../timeline/flag_lane.py" line="37"/>
        <source>%Ln key date(s)</source>
        <translation>
            <numerusform>%Ln date clé</numerusform>
            <numerusform>%Ln dates clés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <location filename="../domain/gate.py" line="78"/>
        <source>{where}: {refusal}</source>
        <translation>{where} : {refusal}</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="116"/>
        <source>{start}…&apos; ({count} characters)</source>
        <translation>{start}…&apos; ({count} caractères)</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="124"/>
        <source>the {field} {value} is outside the dates the planner supports ({earliest} to {latest}).</source>
        <translation>la valeur {value} du champ « {field} » est hors des dates prises en charge ({earliest} à {latest}).</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="133"/>
        <source>the {field} {value} ends before it starts.</source>
        <translation>la valeur {value} du champ « {field} » finit avant de commencer.</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="135"/>
        <source>the {field} {value} falls outside the dates the planner supports ({earliest} to {latest}).</source>
        <translation>la valeur {value} du champ « {field} » sort des dates prises en charge ({earliest} à {latest}).</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="147"/>
        <source>the {field} {value} is not text.</source>
        <translation>la valeur {value} du champ « {field} » n&apos;est pas du texte.</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="149"/>
        <source>the {field} {value} is empty; it must say something.</source>
        <translation>la valeur {value} du champ « {field} » est vide ; le champ doit dire quelque chose.</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="151"/>
        <source>the {field} {value} is longer than the {limit} characters it may have.</source>
        <translation>la valeur {value} du champ « {field} » dépasse les {limit} caractères permis.</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="154"/>
        <source>the {field} {value} holds a control character ({character}), which a plan cannot keep.</source>
        <translation>la valeur {value} du champ « {field} » contient un caractère de contrôle ({character}), qu&apos;un plan ne peut pas garder.</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="161"/>
        <source>the {field} {value} is not a number of days from 0 to {most}.</source>
        <translation>la valeur {value} du champ « {field} » n&apos;est pas un nombre de jours de 0 à {most}.</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="192"/>
        <source>the {field} {value} comes after the due date ({due}); a span must end after it starts.</source>
        <translation>la valeur {value} du champ « {field} » vient après l&apos;échéance ({due}) ; une période doit finir après avoir commencé.</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="195"/>
        <source>the {field} {value} is longer than the plan can keep.</source>
        <translation>la valeur {value} du champ « {field} » est plus longue que ce qu&apos;un plan peut garder.</translation>
    </message>
    <message>
        <location filename="../domain/gate.py" line="276"/>
        <source>the {field} {value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>la valeur {value} du champ « {field} » n&apos;est pas une date ; écrivez-la AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../domain/plan.py" line="114"/>
        <source>The commitment {title!r} is not in the plan yet.</source>
        <translation>L&apos;engagement {title!r} n&apos;est pas encore dans le plan.</translation>
    </message>
    <message>
        <location filename="../domain/plan.py" line="135"/>
        <source>The key date {label!r} is not in the plan yet.</source>
        <translation>La date clé {label!r} n&apos;est pas encore dans le plan.</translation>
    </message>
    <message>
        <location filename="../domain/reminders.py" line="63"/>
        <source>The reminder lead time {part!r} is before the due date&apos;s end; give days before it, 0 or more.</source>
        <translation>Le délai de rappel {part!r} tombe après la fin de l&apos;échéance ; donnez un nombre de jours avant elle, 0 ou plus.</translation>
    </message>
    <message>
        <location filename="../domain/reminders.py" line="65"/>
        <source>The reminder lead time {part!r} is not a whole number of days.</source>
        <translation>Le délai de rappel {part!r} n&apos;est pas un nombre entier de jours.</translation>
    </message>
</context>
<context>
    <name>GroupActions</name>
    <message>
        <location filename="../ui/group_actions.py" line="31"/>
        <source>New &amp;strategy…</source>
        <translation>Nouvelle stratégi&amp;e…</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="31"/>
        <source>Add a strategy document to the plan</source>
        <translation>Ajouter un document de stratégie au plan</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="32"/>
        <source>New &amp;initiative…</source>
        <translation>Nouvelle &amp;initiative…</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="32"/>
        <source>Add an initiative under a strategy</source>
        <translation>Ajouter une initiative sous une stratégie</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="33"/>
        <source>Edit strate&amp;gy or initiative…</source>
        <translation>Modifier la stratégie &amp;ou l&apos;initiative…</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="34"/>
        <source>Change the title, reference or dates of the strategy or initiative of the current row</source>
        <translation>Modifier le titre, la référence ou les dates de la stratégie ou de l&apos;initiative de la ligne courante</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="79"/>
        <source>Added the initiative {label!r}; it shows in the list once it holds a commitment (Edit → New commitment…).</source>
        <translation>Initiative {label!r} ajoutée ; elle apparaît dans la liste dès qu&apos;elle contient un engagement (Édition → Nouvel engagement…).</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../exchange/batch.py" line="20"/>
        <source>the document {name!r}</source>
        <translation>le document {name!r}</translation>
    </message>
    <message>
        <location filename="../exchange/batch.py" line="21"/>
        <source>the strategy {name!r}</source>
        <translation>la stratégie {name!r}</translation>
    </message>
    <message>
        <location filename="../exchange/batch.py" line="22"/>
        <source>the initiative {name!r}</source>
        <translation>l&apos;initiative {name!r}</translation>
    </message>
    <message>
        <location filename="../exchange/batch.py" line="23"/>
        <source>the commitment {name!r}</source>
        <translation>l&apos;engagement {name!r}</translation>
    </message>
    <message>
        <location filename="../exchange/batch.py" line="24"/>
        <source>the key date {name!r}</source>
        <translation>la date clé {name!r}</translation>
    </message>
    <message>
        <location filename="../exchange/batch.py" line="34"/>
        <source>In {name}</source>
        <translation>Dans {name}</translation>
    </message>
    <message>
        <location filename="../exchange/batch.py" line="116"/>
        <source>{where}, the key {key!r} names two commitments ({first!r} and {second!r}); a key names one.</source>
        <translation>{where}, la clé {key!r} désigne deux engagements ({first!r} et {second!r}) ; une clé n&apos;en désigne qu&apos;un.</translation>
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
        <translation>Le fichier {path} ne peut pas être lu : {why}.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="78"/>
        <source>The file {path} is not UTF-8 text (save it as &apos;CSV UTF-8&apos;).</source>
        <translation>Le fichier {path} n&apos;est pas du texte UTF-8 (enregistrez-le en « CSV UTF-8 »).</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="93"/>
        <source>In {name}, the header names the column {column!r} twice (columns {first} and {second}); name each column once.</source>
        <translation>Dans {name}, l&apos;en-tête nomme la colonne {column!r} deux fois (colonnes {first} et {second}) ; nommez chaque colonne une seule fois.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="98"/>
        <source>The file {name} has no {first!r} or {second!r} column; the first line must name the columns.</source>
        <translation>Le fichier {name} n&apos;a pas de colonne {first!r} ni {second!r} ; la première ligne doit nommer les colonnes.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="100"/>
        <source>The file {name} has no {column!r} column; the first line must name the columns.</source>
        <translation>Le fichier {name} n&apos;a pas de colonne {column!r} ; la première ligne doit nommer les colonnes.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="108"/>
        <source>In {name}, line {line} has more fields than the header.</source>
        <translation>Dans {name}, la ligne {line} a plus de champs que l&apos;en-tête.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="116"/>
        <source>The file {name} has no commitments in it.</source>
        <translation>Le fichier {name} ne contient aucun engagement.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="123"/>
        <source>In {name}, the quote opened in the row on line {line} is never closed; close it, or double it (&quot;&quot;) inside a quoted field.</source>
        <translation>Dans {name}, le guillemet ouvert dans l&apos;enregistrement de la ligne {line} n&apos;est jamais fermé ; fermez-le, ou doublez-le (&quot;&quot;) dans un champ entre guillemets.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="125"/>
        <source>In {name}, the row on line {line} is not readable CSV: {why}.</source>
        <translation>Dans {name}, l&apos;enregistrement de la ligne {line} n&apos;est pas du CSV lisible : {why}.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="131"/>
        <source>{where}: the title is empty.</source>
        <translation>{where} : le titre est vide.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="138"/>
        <source>{where}: {problem}</source>
        <translation>{where} : {problem}</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="140"/>
        <source>{where}: the due date is empty.</source>
        <translation>{where} : l&apos;échéance est vide.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="146"/>
        <source>{where}: {problem}.</source>
        <translation>{where} : {problem}.</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="170"/>
        <source>its window columns are not valid ({problem})</source>
        <translation>ses colonnes de fenêtre ne sont pas valides ({problem})</translation>
    </message>
    <message>
        <location filename="../exchange/csv_format.py" line="180"/>
        <source>In {name}, line {line}</source>
        <translation>Dans {name}, ligne {line}</translation>
    </message>
    <message>
        <location filename="../exchange/followthrough.py" line="69"/>
        <source>In {name}, the follow-through names the commitment {key!r}, which no seed file holds.</source>
        <translation>Dans {name}, le suivi nomme l&apos;engagement {key!r}, qu&apos;aucun fichier de départ ne contient.</translation>
    </message>
    <message>
        <location filename="../exchange/followthrough.py" line="76"/>
        <source>In {name}, the revision of {key!r} on {day}: {problem}</source>
        <translation>Dans {name}, la révision de {key!r} du {day} : {problem}</translation>
    </message>
    <message>
        <location filename="../exchange/followthrough.py" line="93"/>
        <source>In {name}, a follow-through entry lacks its {field!r}: {entry}.</source>
        <translation>Dans {name}, une entrée du suivi n&apos;a pas son {field!r} : {entry}.</translation>
    </message>
    <message>
        <location filename="../exchange/followthrough.py" line="104"/>
        <source>In {name}, the follow-through&apos;s {field} {value!r} is not a calendar date (write it as 2022-05-11).</source>
        <translation>Dans {name}, le champ {field} {value!r} du suivi n&apos;est pas une date du calendrier (écrivez-la 2022-05-11).</translation>
    </message>
    <message>
        <location filename="../exchange/seed_format.py" line="60"/>
        <source>The file {path} is not UTF-8 text.</source>
        <translation>Le fichier {path} n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <location filename="../exchange/seed_format.py" line="62"/>
        <source>The file {path} is not valid TOML: {why}.</source>
        <translation>Le fichier {path} n&apos;est pas du TOML valide : {why}.</translation>
    </message>
    <message>
        <location filename="../exchange/seed_format.py" line="64"/>
        <source>The file {path} nests arrays or tables too deeply to be a plan.</source>
        <translation>Le fichier {path} imbrique trop profondément tableaux ou tables pour être un plan.</translation>
    </message>
    <message>
        <location filename="../exchange/seed_format.py" line="86"/>
        <source>In {name}, the key date {label!r} has no date (write date = 2020-12-21).</source>
        <translation>Dans {name}, la date clé {label!r} n&apos;a pas de date (écrivez date = 2020-12-21).</translation>
    </message>
    <message>
        <location filename="../exchange/seed_format.py" line="101"/>
        <source>In {name}, commitment {key!r}: {problem}.</source>
        <translation>Dans {name}, engagement {key!r} : {problem}.</translation>
    </message>
    <message>
        <location filename="../exchange/seed_format.py" line="121"/>
        <source>In {name}, {key!r} has no due date.</source>
        <translation>Dans {name}, {key!r} n&apos;a pas d&apos;échéance.</translation>
    </message>
    <message>
        <location filename="../exchange/seed_format.py" line="125"/>
        <source>In {name}, {key!r}: {problem}</source>
        <translation>Dans {name}, {key!r} : {problem}</translation>
    </message>
    <message>
        <location filename="../exchange/seed_format.py" line="131"/>
        <source>In {name}, an entry lacks its {field!r}: {entry}.</source>
        <translation>Dans {name}, une entrée n&apos;a pas son {field!r} : {entry}.</translation>
    </message>
    <message>
        <location filename="../exchange/seed_format.py" line="143"/>
        <source>The date {value!r} is not a calendar date (write it as 2020-07-24).</source>
        <translation>La date {value!r} n&apos;est pas une date du calendrier (écrivez-la 2020-07-24).</translation>
    </message>
    <message>
        <location filename="../exchange/toml_shape.py" line="17"/>
        <source>a list of {kinds}</source>
        <translation>une liste de {kinds}</translation>
    </message>
    <message>
        <location filename="../exchange/toml_shape.py" line="18"/>
        <source>In {name}, {field!r} must be tables written [[{table}]], not {shown}.</source>
        <translation>Dans {name}, {field!r} doit être des tables écrites [[{table}]], pas {shown}.</translation>
    </message>
    <message>
        <location filename="../exchange/toml_shape.py" line="23"/>
        <source>true or false</source>
        <translation>vrai ou faux</translation>
    </message>
    <message>
        <location filename="../exchange/toml_shape.py" line="23"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../exchange/toml_shape.py" line="23"/>
        <location filename="../exchange/toml_shape.py" line="24"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../exchange/toml_shape.py" line="24"/>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <location filename="../exchange/toml_shape.py" line="24"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../exchange/toml_shape.py" line="25"/>
        <source>a table</source>
        <translation>une table</translation>
    </message>
    <message>
        <location filename="../exchange/toml_shape.py" line="40"/>
        <source>{one} and {other}</source>
        <translation>{one} et {other}</translation>
    </message>
    <message>
        <location filename="../exchange/xlsx_format.py" line="90"/>
        <source>The file {name} is not an Excel workbook (.xlsx).</source>
        <translation>Le fichier {name} n&apos;est pas un classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../exchange/xlsx_format.py" line="102"/>
        <source>In {name}, sheet {sheet!r}</source>
        <translation>Dans {name}, feuille {sheet!r}</translation>
    </message>
    <message>
        <location filename="../exchange/xlsx_format.py" line="103"/>
        <source>{where}, row {row}</source>
        <translation>{where}, ligne {row}</translation>
    </message>
    <message>
        <location filename="../exchange/xlsx_format.py" line="117"/>
        <source>{where} has no commitments under its header.</source>
        <translation>{where} : aucun engagement sous l&apos;en-tête.</translation>
    </message>
    <message>
        <location filename="../exchange/xlsx_format.py" line="130"/>
        <source>{where}, row {row}: the key date has no name.</source>
        <translation>{where}, ligne {row} : la date clé n&apos;a pas de nom.</translation>
    </message>
    <message>
        <location filename="../exchange/xlsx_format.py" line="132"/>
        <source>{where}, row {row}: the key date {label!r} has no day.</source>
        <translation>{where}, ligne {row} : la date clé {label!r} n&apos;a pas de jour.</translation>
    </message>
    <message>
        <location filename="../exchange/xlsx_format.py" line="164"/>
        <source>{where}, the header in row {row} names the column {column!r} twice (cells {first} and {second}); name each column once.</source>
        <translation>{where}, l&apos;en-tête de la ligne {row} nomme la colonne {column!r} deux fois (cellules {first} et {second}) ; nommez chaque colonne une seule fois.</translation>
    </message>
    <message>
        <location filename="../exchange/xlsx_format.py" line="170"/>
        <source>{where} has no header row naming the columns {first!r} and {second!r} in its first {count} rows.</source>
        <translation>{where} : aucune ligne d&apos;en-tête ne nomme les colonnes {first!r} et {second!r} dans les {count} premières lignes.</translation>
    </message>
    <message>
        <location filename="../exchange/xlsx_format.py" line="207"/>
        <source>{where}, cell {cell}: {text!r} is not a day; type it as a date or as 2020-12-31.</source>
        <translation>{where}, cellule {cell} : {text!r} n&apos;est pas un jour ; saisissez-le comme date ou sous la forme 2020-12-31.</translation>
    </message>
    <message>
        <location filename="../store/importing.py" line="75"/>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="54"/>
        <source>The file {name} has an unknown type; import reads .csv, .ics, .toml and .xlsx files.</source>
        <translation>Le fichier {name} est d&apos;un type inconnu ; l&apos;import lit les fichiers .csv, .ics, .toml et .xlsx.</translation>
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
        <translation>Nouvelle initiative</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="135"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="138"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="143"/>
        <source>&amp;Strategy:</source>
        <translation>&amp;Stratégie :</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="144"/>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="144"/>
        <source>e.g. 3 (may stay empty)</source>
        <translation>p. ex. 3 (peut rester vide)</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="145"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="145"/>
        <source>e.g. Strengthen law enforcement efforts</source>
        <translation>p. ex. Renforcer l&apos;action des services répressifs</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="153"/>
        <source>The plan has no strategy yet; add one first (Edit → New strategy…).</source>
        <translation>Le plan n&apos;a pas encore de stratégie ; ajoutez-en d&apos;abord une (Édition → Nouvelle stratégie…).</translation>
    </message>
</context>
<context>
    <name>KeyDateForm</name>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="42"/>
        <source>Edit key date</source>
        <translation>Modifier la date clé</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="42"/>
        <source>New key date</source>
        <translation>Nouvelle date clé</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="46"/>
        <source>what happens, as drawn on the line</source>
        <translation>ce qui se passe, tel qu&apos;inscrit sur la ligne</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="48"/>
        <source>e.g. Directive (EU) 2018/1972</source>
        <translation>p. ex. directive (UE) 2018/1972</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="52"/>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="53"/>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="54"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="55"/>
        <source>&amp;Quote:</source>
        <translation>&amp;Citation :</translation>
    </message>
</context>
<context>
    <name>KeyDatesDialog</name>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="90"/>
        <location filename="../ui/key_dates_dialog.py" line="170"/>
        <source>Key dates</source>
        <translation>Dates clés</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="94"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="94"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="94"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="98"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="99"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="100"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../ui/language_page.py" line="20"/>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <location filename="../ui/language_page.py" line="24"/>
        <source>Menus, lists and dates use this language from the next start of Planner.</source>
        <translation>Les menus, les listes et les dates prennent cette langue au prochain démarrage de Planner.</translation>
    </message>
    <message>
        <location filename="../ui/language_page.py" line="27"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../ui/language_page.py" line="35"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../timeline/legend.py" line="22"/>
        <source>span</source>
        <translation>période</translation>
    </message>
    <message>
        <location filename="../timeline/legend.py" line="23"/>
        <source>deadline</source>
        <translation>échéance</translation>
    </message>
    <message>
        <location filename="../timeline/legend.py" line="24"/>
        <source>coarse deadline (window)</source>
        <translation>échéance approximative (fenêtre)</translation>
    </message>
    <message>
        <location filename="../timeline/legend.py" line="25"/>
        <source>first announced, and slip</source>
        <translation>première annonce, et glissement</translation>
    </message>
    <message>
        <location filename="../timeline/legend.py" line="26"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../timeline/legend.py" line="27"/>
        <source>as of</source>
        <translation>état au</translation>
    </message>
    <message>
        <location filename="../timeline/legend.py" line="28"/>
        <source>key date</source>
        <translation>date clé</translation>
    </message>
    <message>
        <location filename="../timeline/legend.py" line="29"/>
        <source>depends on</source>
        <translation>dépend de</translation>
    </message>
    <message>
        <location filename="../timeline/legend.py" line="30"/>
        <source>dependency broken</source>
        <translation>dépendance rompue</translation>
    </message>
    <message>
        <location filename="../timeline/legend.py" line="38"/>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location filename="../timeline/legend.py" line="38"/>
        <source>Marks:</source>
        <translation>Repères :</translation>
    </message>
</context>
<context>
    <name>LegendStrip</name>
    <message>
        <location filename="../ui/timeline/legend.py" line="22"/>
        <source>What the colours and marks of the timeline mean</source>
        <translation>Ce que signifient les couleurs et les repères de la frise chronologique</translation>
    </message>
    <message>
        <location filename="../ui/timeline/legend.py" line="23"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="68"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="70"/>
        <source>The selected commitment: the sentence it came from, its dates and history</source>
        <translation>L&apos;engagement sélectionné : la phrase dont il provient, ses dates et son historique</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="129"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="129"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="129"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="129"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="132"/>
        <source>Re&amp;load plan</source>
        <translation>&amp;Recharger le plan</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="132"/>
        <source>Read the plan again from the database</source>
        <translation>Relire le plan dans la base de données</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="134"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="136"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="138"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="143"/>
        <source>Mark deli&amp;vered…</source>
        <translation>Marquer comme réa&amp;lisé…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="143"/>
        <source>Record on which day, and by which document, the selected commitments were delivered</source>
        <translation>Enregistrer à quelle date, et par quel document, les engagements sélectionnés ont été réalisés</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="144"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="146"/>
        <source>&amp;Expand all</source>
        <translation>&amp;Tout déplier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="147"/>
        <source>&amp;Collapse all</source>
        <translation>Tout &amp;replier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="149"/>
        <source>Status &amp;as of…</source>
        <translation>État à la &amp;date du…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="149"/>
        <source>Show status as it stood (or will stand) on another day</source>
        <translation>Afficher l&apos;état tel qu&apos;il était (ou sera) à une autre date</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="150"/>
        <source>Status as of &amp;today</source>
        <translation>État à la date d&apos;a&amp;ujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="154"/>
        <source>&amp;About Planner</source>
        <translation>À &amp;propos de Planner</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="165"/>
        <source>“{title}” is a strategy: Delete removes commitments. Select its commitments to delete them; it can be renamed with Edit → Edit strategy or initiative….</source>
        <translation>« {title} » est une stratégie : Supprimer retire des engagements. Sélectionnez ses engagements pour les supprimer ; elle peut être renommée par Édition → Modifier la stratégie ou l&apos;initiative….</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="167"/>
        <source>“{title}” is an initiative: Delete removes commitments. Select its commitments to delete them; it can be renamed with Edit → Edit strategy or initiative….</source>
        <translation>« {title} » est une initiative : Supprimer retire des engagements. Sélectionnez ses engagements pour les supprimer ; elle peut être renommée par Édition → Modifier la stratégie ou l&apos;initiative….</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="168"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="227"/>
        <location filename="../ui/reminder_setup.py" line="125"/>
        <source>Mark {title!r} delivered</source>
        <translation>Marquer {title!r} comme réalisé</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="231"/>
        <location filename="../ui/reminder_setup.py" line="125"/>
        <source>Mark delivered</source>
        <translation>Marquer comme réalisé</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="242"/>
        <source>Delete commitments</source>
        <translation>Supprimer des engagements</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="242"/>
        <source>Delete this commitment? You can undo this.

{names}</source>
        <translation>Supprimer cet engagement ? Vous pourrez l&apos;annuler.

{names}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="259"/>
        <source>Status as of today, {day}</source>
        <translation>État à ce jour, {day}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="259"/>
        <source>Status as of {day} (not today)</source>
        <translation>État au {day} (pas aujourd&apos;hui)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="264"/>
        <source>About Planner</source>
        <translation>À propos de Planner</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="264"/>
        <source>&lt;b&gt;Planner&lt;/b&gt;&lt;p&gt;Timeline and deadline planner for the dated commitments of strategy documents.&lt;/p&gt;&lt;p&gt;Plan: {url}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Planner&lt;/b&gt;&lt;p&gt;Frise chronologique et suivi des échéances pour les engagements datés des documents de stratégie.&lt;/p&gt;&lt;p&gt;Plan : {url}&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="242"/>
        <source>Delete %Ln commitment(s)? You can undo this.

{names}</source>
        <translation>
            <numerusform>Supprimer %Ln engagement ? Vous pourrez l&apos;annuler.

{names}</numerusform>
            <numerusform>Supprimer %Ln engagements ? Vous pourrez l&apos;annuler.

{names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="245"/>
        <source>Delete %Ln commitment(s)</source>
        <translation>
            <numerusform>Supprimer %Ln engagement</numerusform>
            <numerusform>Supprimer %Ln engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="227"/>
        <source>Mark %Ln delivered</source>
        <translation>
            <numerusform>Marquer %Ln engagement comme réalisé</numerusform>
            <numerusform>Marquer %Ln engagements comme réalisés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingReport</name>
    <message>
        <location filename="../ui/meeting_report.py" line="37"/>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Page web (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="36"/>
        <source>What happened from {since} to {until}</source>
        <translation>Ce qui s&apos;est passé du {since} au {until}</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="42"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="42"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="43"/>
        <source>Was due</source>
        <translation>Échéance antérieure</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="43"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="44"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="46"/>
        <source>Delivered</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="46"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="46"/>
        <source>Timeliness</source>
        <translation>Respect des délais</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="48"/>
        <source>on time</source>
        <translation>à temps</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="50"/>
        <source>Nothing was delivered in the period.</source>
        <translation>Rien n&apos;a été réalisé pendant la période.</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="51"/>
        <source>Slipped</source>
        <translation>Glissés</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="51"/>
        <source>Now due</source>
        <translation>Échéance actuelle</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="51"/>
        <source>Moved</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="51"/>
        <source>Reason and authority</source>
        <translation>Motif et source</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="52"/>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="53"/>
        <source>No due date moved in the period.</source>
        <translation>Aucune échéance n&apos;a bougé pendant la période.</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="54"/>
        <source>Became overdue</source>
        <translation>Passés en retard</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="54"/>
        <source>Overdue from</source>
        <translation>En retard depuis</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="56"/>
        <source>Nothing became overdue in the period.</source>
        <translation>Rien n&apos;est passé en retard pendant la période.</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="57"/>
        <source>Due in the next {weeks} weeks (to {day})</source>
        <translation>À échéance dans les {weeks} prochaines semaines (jusqu&apos;au {day})</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="59"/>
        <source>Nothing falls due in these weeks.</source>
        <translation>Rien n&apos;arrive à échéance pendant ces semaines.</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="60"/>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="61"/>
        <source>No commitment was added.</source>
        <translation>Aucun engagement n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="62"/>
        <source>Dropped</source>
        <translation>Abandonnés</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="63"/>
        <source>No commitment was dropped.</source>
        <translation>Aucun engagement n&apos;a été abandonné.</translation>
    </message>
    <message>
        <location filename="../report/writing.py" line="103"/>
        <source>{day} (delivered {delivered})</source>
        <translation>{day} (livré le {delivered})</translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="132"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="135"/>
        <source>%Ln day(s) late (promised {due})</source>
        <translation>
            <numerusform>en retard de %Ln jour (promis {due})</numerusform>
            <numerusform>en retard de %Ln jours (promis {due})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingReportAction</name>
    <message>
        <location filename="../ui/meeting_report.py" line="80"/>
        <source>&amp;Meeting report…</source>
        <translation>Rapport de ré&amp;union…</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="81"/>
        <source>What was delivered, slipped or became overdue since a day, and what is due next</source>
        <translation>Ce qui a été réalisé, a glissé ou est passé en retard depuis une date, et ce qui arrive à échéance</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="88"/>
        <location filename="../ui/meeting_report.py" line="108"/>
        <source>Meeting report</source>
        <translation>Rapport de réunion</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="110"/>
        <source>Wrote the meeting report to {path}.</source>
        <translation>Rapport de réunion écrit dans {path}.</translation>
    </message>
</context>
<context>
    <name>MoveReasonDialog</name>
    <message>
        <location filename="../ui/timeline/move_reason.py" line="23"/>
        <source>Why did it move?</source>
        <translation>Pourquoi la date a-t-elle changé ?</translation>
    </message>
    <message>
        <location filename="../ui/timeline/move_reason.py" line="25"/>
        <source>{what}. Say why, and on whose word, if you know (both may stay empty).</source>
        <translation>{what}. Indiquez pourquoi, et sur la parole de qui, si vous le savez (les deux peuvent rester vides).</translation>
    </message>
    <message>
        <location filename="../ui/timeline/move_reason.py" line="28"/>
        <source>e.g. the Commission work programme moved it</source>
        <translation>p. ex. le programme de travail de la Commission l&apos;a déplacé</translation>
    </message>
    <message>
        <location filename="../ui/timeline/move_reason.py" line="55"/>
        <source>on the word of {authority}</source>
        <translation>selon {authority}</translation>
    </message>
    <message>
        <location filename="../ui/timeline/move_reason.py" line="30"/>
        <source>e.g. COM(2021) 645</source>
        <translation>p. ex. COM(2021) 645</translation>
    </message>
    <message>
        <location filename="../ui/timeline/move_reason.py" line="32"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../ui/timeline/move_reason.py" line="33"/>
        <source>&amp;Authority:</source>
        <translation>&amp;Autorité :</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../ui/meeting_report.py" line="47"/>
        <source>Meeting report</source>
        <translation>Rapport de réunion</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="49"/>
        <source>the day of the last meeting</source>
        <translation>le jour de la dernière réunion</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="51"/>
        <source>the last day the report covers</source>
        <translation>le dernier jour couvert par le rapport</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="56"/>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="57"/>
        <source>What happened after:</source>
        <translation>Ce qui s&apos;est passé après le :</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="58"/>
        <source>Up to and including:</source>
        <translation>Jusqu&apos;au (inclus) :</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="59"/>
        <source>And what is due in the next:</source>
        <translation>Et ce qui arrive à échéance dans les :</translation>
    </message>
</context>
<context>
    <name>PhraseEdit</name>
    <message>
        <location filename="../ui/phrase_edit.py" line="53"/>
        <source>e.g. 22 December 2020</source>
        <translation>p. ex. 22 décembre 2020</translation>
    </message>
    <message>
        <location filename="../ui/phrase_edit.py" line="53"/>
        <source>e.g. Q3 2021, by the end of 2020, early 2021</source>
        <translation>p. ex. T3 2021, d&apos;ici fin 2020, début 2021</translation>
    </message>
    <message>
        <location filename="../ui/phrase_edit.py" line="57"/>
        <source>Pick a day from a calendar</source>
        <translation>Choisir un jour dans un calendrier</translation>
    </message>
    <message>
        <location filename="../ui/phrase_edit.py" line="154"/>
        <source>A date is needed here.</source>
        <translation>Une date est nécessaire ici.</translation>
    </message>
    <message>
        <location filename="../ui/phrase_edit.py" line="163"/>
        <source>{text!r} is a window ({window}); give the exact day.</source>
        <translation>{text!r} est une fenêtre ({window}) ; indiquez le jour exact.</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <location filename="../domain/period.py" line="78"/>
        <source>a period cannot end ({end}) before it starts ({start})</source>
        <translation>une période ne peut pas finir ({end}) avant de commencer ({start})</translation>
    </message>
    <message>
        <location filename="../domain/phrase_grammar.py" line="83"/>
        <source>a year has two halves, not {count}</source>
        <translation>une année a deux semestres, pas {count}</translation>
    </message>
    <message>
        <location filename="../domain/phrase_grammar.py" line="84"/>
        <source>a year has four quarters, not {count}</source>
        <translation>une année a quatre trimestres, pas {count}</translation>
    </message>
    <message>
        <location filename="../domain/phrase_grammar.py" line="112"/>
        <source>the window ends on {last}, before it starts on {first}</source>
        <translation>la fenêtre finit le {last}, avant de commencer le {first}</translation>
    </message>
    <message>
        <location filename="../domain/phrase_grammar.py" line="119"/>
        <source>the span ends in {last}, before it starts in {first}</source>
        <translation>la période finit en {last}, avant de commencer en {first}</translation>
    </message>
    <message>
        <location filename="../domain/phrase_grammar.py" line="126"/>
        <source>the quarters run backwards or repeat (Q{first} to Q{last})</source>
        <translation>les trimestres vont à rebours ou se répètent (T{first} à T{last})</translation>
    </message>
    <message>
        <location filename="../domain/phrases.py" line="34"/>
        <source>use a form such as &apos;Q4 2020&apos;, &apos;by the end of 2020&apos;, &apos;early 2021&apos;, &apos;December 2020&apos;, &apos;22 August 2020&apos;, &apos;2021-2025&apos; or &apos;2020-12-31&apos;</source>
        <translation>utilisez une forme telle que « T4 2020 », « d&apos;ici fin 2020 », « début 2021 », « décembre 2020 », « 22 août 2020 », « 2021-2025 » ou « 2020-12-31 »</translation>
    </message>
    <message>
        <location filename="../domain/phrases.py" line="44"/>
        <source>Cannot read the date {phrase!r}: {why}.</source>
        <translation>Impossible de lire la date {phrase!r} : {why}.</translation>
    </message>
    <message>
        <location filename="../domain/phrases.py" line="58"/>
        <source>it repeats {how_often}, so it has no single window</source>
        <translation>elle se répète {how_often}, elle n&apos;a donc pas de fenêtre unique</translation>
    </message>
    <message>
        <location filename="../domain/phrases.py" line="73"/>
        <source>the date is empty</source>
        <translation>la date est vide</translation>
    </message>
    <message>
        <location filename="../domain/phrases.py" line="83"/>
        <source>{body!r} needs the adoption date of its document</source>
        <translation>{body!r} a besoin de la date d&apos;adoption de son document</translation>
    </message>
    <message>
        <location filename="../domain/phrases.py" line="110"/>
        <source>it falls outside the dates the planner supports ({earliest} to {latest})</source>
        <translation>elle sort des dates prises en charge ({earliest} à {latest})</translation>
    </message>
    <message>
        <location filename="../domain/phrases.py" line="113"/>
        <source>a date in figures is written year-month-day with dashes, such as &apos;2021-02-03&apos;</source>
        <translation>une date en chiffres s&apos;écrit année-mois-jour avec des tirets, par exemple « 2021-02-03 »</translation>
    </message>
    <message>
        <location filename="../domain/phrases.py" line="116"/>
        <source>it holds {count} dates ({dates}); give one</source>
        <translation>elle contient {count} dates ({dates}) ; donnez-en une</translation>
    </message>
    <message>
        <location filename="../domain/phrases.py" line="120"/>
        <source>{forms} ({leftover!r} is left over beside the date {date!r})</source>
        <translation>{forms} ({leftover!r} reste à côté de la date {date!r})</translation>
    </message>
    <message>
        <location filename="../domain/recurrence.py" line="35"/>
        <source>every year</source>
        <translation>chaque année</translation>
    </message>
    <message>
        <location filename="../domain/recurrence.py" line="36"/>
        <source>every {count} years</source>
        <translation>tous les {count} ans</translation>
    </message>
    <message>
        <location filename="../domain/recurrence.py" line="38"/>
        <source>every month</source>
        <translation>chaque mois</translation>
    </message>
    <message>
        <location filename="../domain/recurrence.py" line="39"/>
        <source>every {count} months</source>
        <translation>tous les {count} mois</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>ACTOR</source>
        <translation>ACTEUR</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>QUOTE</source>
        <translation>CITATION</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>RAISON</translation>
    </message>
    <message>
        <source>SECTION</source>
        <translation>SECTION</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>JOUR</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>JOURS</translation>
    </message>
    <message>
        <source>DAY|NAME</source>
        <translation>JOUR|NOM</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>FILE.png</source>
        <translation>FICHIER.png</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
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
        <translation>NOM</translation>
    </message>
    <message>
        <source>PHRASE</source>
        <translation>EXPRESSION</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>RÉF</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>RÉFÉRENCE</translation>
    </message>
    <message>
        <source>S</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>STRATEGY_KEY</source>
        <translation>CLÉ_STRATÉGIE</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>CIBLE</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>WEEKS</source>
        <translation>SEMAINES</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <location filename="../ui/plan_files.py" line="33"/>
        <source>Plan files (*.sqlite *.db);;All files (*)</source>
        <translation>Fichiers de plan (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="58"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="58"/>
        <source>Start a plan file of your own, with its first strategy</source>
        <translation>Créer votre propre fichier de plan, avec sa première stratégie</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="59"/>
        <source>&amp;Open plan…</source>
        <translation>&amp;Ouvrir un plan…</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="59"/>
        <source>Open another plan file in this window</source>
        <translation>Ouvrir un autre fichier de plan dans cette fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="60"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un plan réc&amp;ent</translation>
    </message>
    <message>
        <location filename="../app.py" line="166"/>
        <location filename="../ui/plan_files.py" line="80"/>
        <source>Open plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="96"/>
        <source>No other plan opened yet</source>
        <translation>Aucun autre plan ouvert pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="103"/>
        <location filename="../ui/plan_files.py" line="112"/>
        <location filename="../ui/plan_files.py" line="129"/>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="112"/>
        <source>The file {path} exists already; open it with File → Open plan….</source>
        <translation>Le fichier {path} existe déjà ; ouvrez-le par Fichier → Ouvrir un plan….</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="116"/>
        <source>New plan: its first strategy</source>
        <translation>Nouveau plan : sa première stratégie</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../qtmodels/plan_model.py" line="35"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="35"/>
        <location filename="../ui/plan_view.py" line="59"/>
        <source>Due (as written)</source>
        <translation>Échéance (texte)</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="36"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="36"/>
        <location filename="../ui/plan_view.py" line="62"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="37"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="40"/>
        <source>delivered on time</source>
        <translation>réalisé à temps</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="40"/>
        <source>delivered late</source>
        <translation>réalisé en retard</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="41"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="41"/>
        <source>due soon</source>
        <translation>échéance proche</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="42"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="42"/>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="43"/>
        <source>dropped</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="260"/>
        <source>Due: {due} ({window})</source>
        <translation>Échéance : {due} ({window})</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="261"/>
        <source>Status: {status}</source>
        <translation>État : {status}</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="263"/>
        <source>Delivered: {delivery}</source>
        <translation>Réalisé : {delivery}</translation>
    </message>
    <message>
        <location filename="../qtmodels/plan_model.py" line="265"/>
        <source>Slippage: {slippage}, first announced {due}</source>
        <translation>Glissement : {slippage}, annoncé d&apos;abord {due}</translation>
    </message>
    <message>
        <location filename="words.py" line="27"/>
        <source>delivered</source>
        <translation>réalisé</translation>
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
        <translation>Stratégies, initiatives et engagements avec leurs échéances, leur état et leurs fenêtres ; la frise à côté trace les mêmes lignes</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences_dialog.py" line="31"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.py" line="84"/>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.py" line="84"/>
        <source>Reminder rules and other settings</source>
        <translation>Règles de rappel et autres réglages</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../ui/print_actions.py" line="32"/>
        <source>PDF document (*.pdf);;PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Document PDF (*.pdf);;Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="45"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="45"/>
        <source>Print a timeline snapshot of the filtered plan</source>
        <translation>Imprimer un instantané de la frise du plan filtré</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="46"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="46"/>
        <source>See the printed pages before paper</source>
        <translation>Voir les pages imprimées avant le papier</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="47"/>
        <source>Export &amp;snapshot…</source>
        <translation>Exporter un ins&amp;tantané…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="47"/>
        <source>Write a timeline snapshot as PDF, PNG or SVG</source>
        <translation>Écrire un instantané de la frise en PDF, PNG ou SVG</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="73"/>
        <source>the {count} commitments of the current filter</source>
        <translation>les {count} engagements du filtre courant</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="73"/>
        <source>all {count} commitments</source>
        <translation>les {count} engagements</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="79"/>
        <location filename="../ui/print_actions.py" line="122"/>
        <source>Cannot print</source>
        <translation>Impossible d&apos;imprimer</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="93"/>
        <source>Timeline snapshot</source>
        <translation>Instantané de la frise</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="97"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="105"/>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="112"/>
        <source>Print preview — timeline snapshot</source>
        <translation>Aperçu avant impression — instantané de la frise</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="124"/>
        <source>the preview</source>
        <translation>l&apos;aperçu</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="128"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="131"/>
        <source>Export timeline snapshot</source>
        <translation>Exporter l&apos;instantané de la frise</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="144"/>
        <source>Cannot export the snapshot</source>
        <translation>Impossible d&apos;exporter l&apos;instantané</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/print_actions.py" line="147"/>
        <source>Wrote %Ln page(s) to {file}.</source>
        <translation>
            <numerusform>%Ln page écrite dans {file}.</numerusform>
            <numerusform>%Ln pages écrites dans {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/print_actions.py" line="124"/>
        <source>Sent %Ln page(s) to {printer}.</source>
        <translation>
            <numerusform>%Ln page envoyée à {printer}.</numerusform>
            <numerusform>%Ln pages envoyées à {printer}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../cli/print_command.py" line="68"/>
        <location filename="../printing/devices.py" line="121"/>
        <source>The file {path} has an unknown type; a snapshot is written as {suffixes}.</source>
        <translation>Le fichier {path} est d&apos;un type inconnu ; un instantané s&apos;écrit en {suffixes}.</translation>
    </message>
    <message>
        <location filename="../printing/content.py" line="92"/>
        <source>No commitment matches the filter; there is nothing to print.</source>
        <translation>Aucun engagement ne correspond au filtre ; il n&apos;y a rien à imprimer.</translation>
    </message>
    <message>
        <location filename="../printing/content.py" line="103"/>
        <source>No commitment of the filter is dated between {first} and {last}; there is nothing to print.</source>
        <translation>Aucun engagement du filtre n&apos;est daté entre le {first} et le {last} ; il n&apos;y a rien à imprimer.</translation>
    </message>
    <message>
        <location filename="../printing/content.py" line="165"/>
        <source>The range is empty: it starts on {start}, after the last date printed, {last}; give an end as well.</source>
        <translation>La plage est vide : elle commence le {start}, après la dernière date imprimée, le {last} ; donnez aussi une fin.</translation>
    </message>
    <message>
        <location filename="../printing/content.py" line="169"/>
        <source>The range is empty: it ends on {end}, before the first date printed, {first}; give a start as well.</source>
        <translation>La plage est vide : elle finit le {end}, avant la première date imprimée, le {first} ; donnez aussi un début.</translation>
    </message>
    <message>
        <location filename="../printing/devices.py" line="146"/>
        <location filename="../printing/devices.py" line="166"/>
        <source>The printer could not be started; nothing was printed.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être démarrée ; rien n&apos;a été imprimé.</translation>
    </message>
    <message>
        <location filename="../printing/options.py" line="44"/>
        <source>The number of pages wide must be from 1 to {most}, not {given}.</source>
        <translation>Le nombre de pages en largeur doit aller de 1 à {most}, pas {given}.</translation>
    </message>
    <message>
        <location filename="../printing/options.py" line="46"/>
        <source>A month must be drawn from 1 to 500 mm wide, not {given:g} mm.</source>
        <translation>Un mois doit être dessiné sur 1 à 500 mm de large, pas {given:g} mm.</translation>
    </message>
    <message>
        <location filename="../printing/options.py" line="48"/>
        <source>The range is empty: it starts on {start}, after its end on {end}.</source>
        <translation>La plage est vide : elle commence le {start}, après sa fin le {end}.</translation>
    </message>
    <message>
        <location filename="../printing/options.py" line="50"/>
        <source>The resolution must be from {least} to {most} dpi, not {given}.</source>
        <translation>La résolution doit aller de {least} à {most} ppp, pas {given}.</translation>
    </message>
    <message>
        <location filename="../printing/options.py" line="68"/>
        <source>{text!r} is not a month; write it as YYYY-MM (or a day as YYYY-MM-DD).</source>
        <translation>{text!r} n&apos;est pas un mois ; écrivez-le AAAA-MM (ou un jour AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../printing/paper.py" line="29"/>
        <source>The page size {text!r} is not known; use one of: {sizes}.</source>
        <translation>Le format de page {text!r} est inconnu ; utilisez l&apos;un de : {sizes}.</translation>
    </message>
    <message>
        <location filename="../printing/report_pdf.py" line="47"/>
        <source>The PDF could not be started; nothing was written.</source>
        <translation>Le PDF n&apos;a pas pu être commencé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../report/files.py" line="31"/>
        <source>The file {path} has an unknown type; a report is written as {suffixes}.</source>
        <translation>Le fichier {path} est d&apos;un type inconnu ; un rapport s&apos;écrit en {suffixes}.</translation>
    </message>
    <message>
        <location filename="../report/meeting.py" line="75"/>
        <source>The period ends on {until}, before it starts on {since}.</source>
        <translation>La période finit le {until}, avant de commencer le {since}.</translation>
    </message>
</context>
<context>
    <name>ProposalForm</name>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="29"/>
        <source>Selected proposal</source>
        <translation>Proposition sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="31"/>
        <source>the date as the document writes it, e.g. by Q2 2021</source>
        <translation>la date telle que le document l’écrit, p. ex. by Q2 2021</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="33"/>
        <source>who commits, e.g. the Commission</source>
        <translation>qui s’engage, p. ex. la Commission</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="45"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="46"/>
        <source>Date as &amp;written:</source>
        <translation>Date telle qu’&amp;écrite :</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="47"/>
        <source>W&amp;ho:</source>
        <translation>&amp;Qui :</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="48"/>
        <source>&amp;Filed under:</source>
        <translation>&amp;Classé sous :</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="49"/>
        <source>Where:</source>
        <translation>Où :</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="50"/>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="63"/>
        <source>As its section: %s</source>
        <translation>Comme sa section : %s</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="77"/>
        <source>cannot be read: “%s”; type a date</source>
        <translation>illisible : « %s » ; saisissez une date</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="77"/>
        <source>type a date</source>
        <translation>saisissez une date</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_form.py" line="83"/>
        <source>Already in the plan as “%s”.</source>
        <translation>Déjà dans le plan sous « %s ».</translation>
    </message>
</context>
<context>
    <name>ProposalList</name>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="17"/>
        <source>= in the plan</source>
        <translation>= dans le plan</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="19"/>
        <source>✓ accepted</source>
        <translation>✓ acceptée</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="21"/>
        <source>✗ rejected</source>
        <translation>✗ rejetée</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="23"/>
        <source>? date it</source>
        <translation>? à dater</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="24"/>
        <source>• to review</source>
        <translation>• à examiner</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="37"/>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="37"/>
        <source>Proposed commitment</source>
        <translation>Engagement proposé</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="37"/>
        <source>Date as written</source>
        <translation>Date telle qu’écrite</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="38"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="38"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="43"/>
        <source>Proposed commitments</source>
        <translation>Engagements proposés</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="44"/>
        <source>Space accepts the selected proposal, Delete rejects it</source>
        <translation>Espace accepte la proposition sélectionnée, Suppr la rejette</translation>
    </message>
    <message>
        <location filename="../ui/reading/proposal_list.py" line="73"/>
        <source>not dated</source>
        <translation>non datée</translation>
    </message>
</context>
<context>
    <name>ReadDocumentAction</name>
    <message numerus="yes">
        <source>Add from {source}: %Ln commitment(s)</source>
        <translation>
            <numerusform>Ajouter de {source} : %Ln engagement</numerusform>
            <numerusform>Ajouter de {source} : %Ln engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added from {source}: %Ln commitment(s); Edit → Undo takes them out again.</source>
        <translation>
            <numerusform>Ajouté de {source} : %Ln engagement ; Édition → Annuler le retire.</numerusform>
            <numerusform>Ajoutés de {source} : %Ln engagements ; Édition → Annuler les retire.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reading/read_action.py" line="40"/>
        <source>R&amp;ead a document…</source>
        <translation>&amp;Lire un document…</translation>
    </message>
    <message>
        <location filename="../ui/reading/read_action.py" line="41"/>
        <source>Propose the dated commitments of a policy document (PDF, web page, Word, text) for review</source>
        <translation>Proposer pour examen les engagements datés d’un document (PDF, page web, Word, texte)</translation>
    </message>
    <message>
        <location filename="../ui/reading/read_action.py" line="45"/>
        <source>Policy documents (*.pdf *.html *.htm *.docx *.txt *.md)</source>
        <translation>Documents (*.pdf *.html *.htm *.docx *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../ui/reading/read_action.py" line="45"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/reading/read_action.py" line="46"/>
        <source>Saved web page (*.html *.htm)</source>
        <translation>Page web enregistrée (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../ui/reading/read_action.py" line="46"/>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../ui/reading/read_action.py" line="46"/>
        <source>Text (*.txt *.md)</source>
        <translation>Texte (*.txt *.md)</translation>
    </message>
    <message>
        <location filename="../ui/reading/read_action.py" line="49"/>
        <location filename="../ui/reading/read_action.py" line="60"/>
        <location filename="../ui/reading/read_action.py" line="74"/>
        <source>Read a document</source>
        <translation>Lire un document</translation>
    </message>
    <message>
        <location filename="../ui/reading/read_action.py" line="59"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Le fichier %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <location filename="../ui/reading/read_action.py" line="81"/>
        <source>Every accepted proposal is in the plan already; nothing was added.</source>
        <translation>Chaque proposition acceptée est déjà dans le plan ; rien n’a été ajouté.</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../reading/formats.py" line="30"/>
        <source>The file {path} is not a document the planner reads; give a PDF, HTML, DOCX or text file.</source>
        <translation>Le fichier {path} n&apos;est pas un document que le planificateur sait lire ; donnez un fichier PDF, HTML, DOCX ou texte.</translation>
    </message>
    <message>
        <location filename="../reading/formats.py" line="34"/>
        <source>The file {path} cannot be read: {why}.</source>
        <translation>Le fichier {path} ne peut pas être lu : {why}.</translation>
    </message>
    <message>
        <location filename="../reading/formats.py" line="40"/>
        <source>The file {path} is not a readable {kind} document ({error}: {why}).</source>
        <translation>Le fichier {path} n&apos;est pas un document {kind} lisible ({error} : {why}).</translation>
    </message>
    <message>
        <location filename="../reading/review.py" line="122"/>
        <source>A date is needed: type the phrase the document uses, e.g. &apos;by Q2 2021&apos;.</source>
        <translation>Une date est nécessaire : saisissez la formule du document, p. ex. « d&apos;ici le T2 2021 ».</translation>
    </message>
    <message>
        <location filename="../reading/review.py" line="129"/>
        <source>The date {phrase!r} repeats ({how_often}); give one window, e.g. &apos;by the end of 2021&apos;.</source>
        <translation>La date {phrase!r} se répète ({how_often}) ; donnez une seule fenêtre, p. ex. « d&apos;ici fin 2021 ».</translation>
    </message>
</context>
<context>
    <name>ReminderEdit</name>
    <message>
        <location filename="../ui/reminder_edit.py" line="33"/>
        <source>Plan default ({days} days before)</source>
        <translation>Valeur du plan ({days} jours avant)</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="33"/>
        <source>Custom lead times</source>
        <translation>Délais personnalisés</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="33"/>
        <source>No reminders</source>
        <translation>Aucun rappel</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="35"/>
        <source>days before the due end, e.g. 30, 7, 1</source>
        <translation>jours avant l&apos;échéance, p. ex. 30, 7, 1</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="36"/>
        <source>Also remind when the due window opens</source>
        <translation>Rappeler aussi à l&apos;ouverture de la fenêtre d&apos;échéance</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="37"/>
        <source>For a coarse date such as &apos;Q4 2020&apos;: a reminder on 1 October as well</source>
        <translation>Pour une date approximative comme « T4 2020 » : un rappel le 1er octobre également</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="84"/>
        <source>Give at least one lead time in days, or choose &apos;No reminders&apos;.</source>
        <translation>Indiquez au moins un délai en jours, ou choisissez « Aucun rappel ».</translation>
    </message>
</context>
<context>
    <name>ReminderPreferences</name>
    <message>
        <location filename="../ui/reminder_preferences.py" line="56"/>
        <source>e.g. 30, 7, 1 — or none</source>
        <translation>p. ex. 30, 7, 1 — ou aucun</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="57"/>
        <source>Days before the end of the due window, for every commitment that does not set its own</source>
        <translation>Jours avant la fin de la fenêtre d&apos;échéance, pour chaque engagement qui ne fixe pas les siens</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="60"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="62"/>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Rester actif dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="65"/>
        <source>Start Planner when I log in (in the tray)</source>
        <translation>Lancer Planner à l&apos;ouverture de session (dans la zone de notification)</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="69"/>
        <source>Remind before each due date:</source>
        <translation>Rappeler avant chaque échéance :</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="70"/>
        <source>Days before the end of the due window; each commitment may set its own in its edit dialog. The calendar export&apos;s alarms use the same days.</source>
        <translation>Jours avant la fin de la fenêtre d&apos;échéance ; chaque engagement peut fixer les siens dans sa fenêtre de modification. Les alarmes de l&apos;export d&apos;agenda utilisent les mêmes jours.</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="72"/>
        <source>Due soon list shows the next:</source>
        <translation>La liste « Échéance proche » montre les :</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="78"/>
        <source>This desktop has no system tray.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification.</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="80"/>
        <source>Login entry: {file}</source>
        <translation>Entrée de démarrage : {file}</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="104"/>
        <source>Start at login</source>
        <translation>Lancer à l&apos;ouverture de session</translation>
    </message>
</context>
<context>
    <name>ReminderSetup</name>
    <message>
        <location filename="../ui/reminder_setup.py" line="158"/>
        <source>&amp;Due soon</source>
        <translation>Échéance &amp;proche</translation>
    </message>
    <message>
        <location filename="../ui/reminder_setup.py" line="163"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="61"/>
        <source>Read a document — %s</source>
        <translation>Lire un document — %s</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="65"/>
        <source>File under strategy</source>
        <translation>Classer sous la stratégie</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="69"/>
        <source>New strategy: %s</source>
        <translation>Nouvelle stratégie : %s</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="71"/>
        <source>File under &amp;strategy:</source>
        <translation>Classer sous la &amp;stratégie :</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="75"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="76"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="77"/>
        <source>Accept all &amp;dated</source>
        <translation>Accepter toutes les &amp;datées</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="90"/>
        <source>Pr&amp;oposals</source>
        <translation>Pr&amp;opositions</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="91"/>
        <source>Sectio&amp;ns</source>
        <translation>Sectio&amp;ns</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="96"/>
        <source>Document text</source>
        <translation>Texte du document</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="97"/>
        <source>The selected proposal&apos;s sentence is highlighted</source>
        <translation>La phrase de la proposition sélectionnée est surlignée</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="106"/>
        <source>Add to the &amp;plan</source>
        <translation>Ajouter au &amp;plan</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="193"/>
        <source>%1 proposed: %2 accepted, %3 rejected, %4 already in the plan, %5 to date by hand</source>
        <translation>%1 proposées : %2 acceptées, %3 rejetées, %4 déjà dans le plan, %5 à dater à la main</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="212"/>
        <source>This sentence is in the plan already; it is not added twice.</source>
        <translation>Cette phrase est déjà dans le plan ; elle n’est pas ajoutée deux fois.</translation>
    </message>
    <message>
        <location filename="../ui/reading/review_dialog.py" line="215"/>
        <source>Its date cannot be read: type the date as written first, then accept it.</source>
        <translation>Sa date est illisible : saisissez d’abord la date telle qu’écrite, puis acceptez.</translation>
    </message>
</context>
<context>
    <name>RevisionHistory</name>
    <message>
        <location filename="../ui/revision_history.py" line="11"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="11"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="12"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="12"/>
        <source>Delivered on</source>
        <translation>Réalisé le</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="13"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="41"/>
        <source>A new commitment has no history yet: changes of its dates will be listed here.</source>
        <translation>Un nouvel engagement n&apos;a pas encore d&apos;historique : les modifications de ses dates seront listées ici.</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="44"/>
        <source>First announced: &lt;b&gt;{due}&lt;/b&gt; ({window}).</source>
        <translation>Annoncé en premier : &lt;b&gt;{due}&lt;/b&gt; ({window}).</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="46"/>
        <source>Slippage: {slippage}.</source>
        <translation>Glissement : {slippage}.</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="48"/>
        <source>No date has been changed since.</source>
        <translation>Aucune date n&apos;a été modifiée depuis.</translation>
    </message>
</context>
<context>
    <name>SectionMap</name>
    <message>
        <location filename="../ui/reading/section_map.py" line="19"/>
        <source>Sections and initiatives</source>
        <translation>Sections et initiatives</translation>
    </message>
    <message>
        <location filename="../ui/reading/section_map.py" line="20"/>
        <source>Each of the document&apos;s sections is filed under an initiative of the plan, or under a new one made from its heading.</source>
        <translation>Chaque section du document est classée sous une initiative du plan, ou sous une nouvelle faite de son titre.</translation>
    </message>
    <message>
        <location filename="../ui/reading/section_map.py" line="27"/>
        <source>The document&apos;s sections</source>
        <translation>Les sections du document</translation>
    </message>
    <message>
        <location filename="../ui/reading/section_map.py" line="45"/>
        <source>New initiative: %s</source>
        <translation>Nouvelle initiative : %s</translation>
    </message>
    <message>
        <location filename="../ui/reading/section_map.py" line="50"/>
        <source>Outside any numbered section</source>
        <translation>Hors de toute section numérotée</translation>
    </message>
    <message>
        <location filename="../ui/reading/section_map.py" line="54"/>
        <source>Section %s</source>
        <translation>Section %s</translation>
    </message>
    <message>
        <location filename="../ui/reading/section_map.py" line="54"/>
        <source>outside any numbered section</source>
        <translation>hors de toute section numérotée</translation>
    </message>
</context>
<context>
    <name>SharedPlan</name>
    <message>
        <location filename="../ui/shared_plan.py" line="39"/>
        <source>Database unreachable — read-only, retrying</source>
        <translation>Base de données injoignable — lecture seule, nouvel essai en cours</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="40"/>
        <source>Opening the plan…</source>
        <translation>Ouverture du plan…</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="59"/>
        <source>Undo or redo</source>
        <translation>Annuler ou rétablir</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="80"/>
        <source>Open the plan</source>
        <translation>Ouvrir le plan</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="80"/>
        <source>The plan is shown read-only; Planner keeps trying.</source>
        <translation>Le plan est affiché en lecture seule ; Planner continue d&apos;essayer.</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="110"/>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="122"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="136"/>
        <source>The database answers again; editing is back on.</source>
        <translation>La base de données répond de nouveau ; la modification est rétablie.</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="87"/>
        <source>The plan is open; editing is on.</source>
        <translation>Le plan est ouvert ; la modification est possible.</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <location filename="../printing/composer.py" line="94"/>
        <source>Status as of {day}</source>
        <translation>État au {day}</translation>
    </message>
    <message>
        <location filename="../printing/composer.py" line="103"/>
        <source>printed {day}</source>
        <translation>imprimé le {day}</translation>
    </message>
    <message>
        <location filename="../printing/composer.py" line="104"/>
        <source>Filter: {filter}</source>
        <translation>Filtre : {filter}</translation>
    </message>
    <message>
        <location filename="../printing/composer.py" line="104"/>
        <source>All commitments</source>
        <translation>Tous les engagements</translation>
    </message>
    <message>
        <location filename="../printing/composer.py" line="107"/>
        <source>{count} dated outside this range left out</source>
        <translation>{count} datés hors de cette période laissés de côté</translation>
    </message>
    <message>
        <location filename="../printing/composer.py" line="223"/>
        <source>continues on page {page} ▸</source>
        <translation>suite page {page} ▸</translation>
    </message>
    <message>
        <location filename="../printing/composer.py" line="229"/>
        <source>◂ continued from page {page}</source>
        <translation>◂ suite de la page {page}</translation>
    </message>
    <message>
        <location filename="../printing/composer.py" line="248"/>
        <source>page {page} of {pages}</source>
        <translation>page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../printing/composer.py" line="250"/>
        <source>{count} rows</source>
        <translation>{count} lignes</translation>
    </message>
    <message>
        <location filename="../printing/composer.py" line="255"/>
        <source>rows {first}–{last} of {count}</source>
        <translation>lignes {first}–{last} sur {count}</translation>
    </message>
    <message>
        <location filename="../printing/composer.py" line="257"/>
        <source>column {column} of {columns}, band {band} of {bands}</source>
        <translation>colonne {column} sur {columns}, bande {band} sur {bands}</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="19"/>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="22"/>
        <source>Commitments of {names} and {last}</source>
        <translation>Engagements de {names} et {last}</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="23"/>
        <source>Commitments of {count} strategies</source>
        <translation>Engagements de {count} stratégies</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="31"/>
        <source>strategy {names}</source>
        <translation>stratégie {names}</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="33"/>
        <source>responsible {names}</source>
        <translation>responsable {names}</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="35"/>
        <source>status {names}</source>
        <translation>état {names}</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="37"/>
        <source>open and due within {count} days</source>
        <translation>ouverts et à échéance sous {count} jours</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="39"/>
        <source>the start</source>
        <translation>le début</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="40"/>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="41"/>
        <source>dated {since} to {until}</source>
        <translation>datés du {since} au {until}</translation>
    </message>
    <message>
        <location filename="../printing/titles.py" line="43"/>
        <source>words “{words}”</source>
        <translation>mots « {words} »</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="37"/>
        <source>Timeline snapshot</source>
        <translation>Instantané de la frise</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="41"/>
        <source>the strategy, or the strategies, printed</source>
        <translation>la stratégie, ou les stratégies, imprimées</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="42"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="50"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="56"/>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="56"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="63"/>
        <source>&amp;Fit across</source>
        <translation>&amp;Ajuster en largeur</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="67"/>
        <source> page(s) wide</source>
        <translation> page(s) de large</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="68"/>
        <source>T&amp;ile, a month</source>
        <translation>&amp;Mosaïque, un mois</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="72"/>
        <source> mm wide</source>
        <translation> mm de large</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="83"/>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="85"/>
        <source>&amp;Greyscale: status told by pattern and symbol</source>
        <translation>&amp;Niveaux de gris : état indiqué par motif et symbole</translation>
    </message>
    <message>
        <location filename="../ui/snapshot_dialog.py" line="87"/>
        <source>Footer with the &amp;source documents</source>
        <translation>Pied de page avec les documents &amp;sources</translation>
    </message>
</context>
<context>
    <name>StatusPicker</name>
    <message>
        <location filename="../ui/status_picker.py" line="14"/>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <location filename="../ui/status_picker.py" line="23"/>
        <source>Recorded statuses or how commitments stand as of the status day; tick several to see any of them</source>
        <translation>États enregistrés ou situation des engagements à la date de l&apos;état ; cochez-en plusieurs pour voir l&apos;un ou l&apos;autre</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../app.py" line="121"/>
        <source>The plan {plan} cannot be opened: {why}.</source>
        <translation>Le plan {plan} ne peut pas être ouvert : {why}.</translation>
    </message>
    <message>
        <location filename="../document/plan_document.py" line="84"/>
        <source>The plan {url} is still being opened; nothing was changed. Try again in a moment.</source>
        <translation>Le plan {url} est encore en cours d&apos;ouverture ; rien n&apos;a été modifié. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../locations.py" line="41"/>
        <source>The database given with --db is empty; give a file path or a database URL.</source>
        <translation>La base de données donnée avec --db est vide ; donnez un chemin de fichier ou une URL de base de données.</translation>
    </message>
    <message>
        <location filename="../locations.py" line="49"/>
        <source>The data folder {folder} cannot be created: {why}.</source>
        <translation>Le dossier de données {folder} ne peut pas être créé : {why}.</translation>
    </message>
    <message>
        <location filename="../store/addresses.py" line="27"/>
        <location filename="../store/engine.py" line="74"/>
        <source>The database path {path} cannot be used: {why}.</source>
        <translation>Le chemin de base de données {path} ne peut pas être utilisé : {why}.</translation>
    </message>
    <message>
        <location filename="../store/batch_undo.py" line="106"/>
        <source>The strategy {strategy_key!r} is no longer in the plan; the accepted commitments were not put back.</source>
        <translation>La stratégie {strategy_key!r} n&apos;est plus dans le plan ; les engagements acceptés n&apos;ont pas été remis.</translation>
    </message>
    <message>
        <location filename="../store/copying.py" line="61"/>
        <source>--from and --to both name {database}; copy to another database.</source>
        <translation>--from et --to désignent tous deux {database} ; copiez vers une autre base de données.</translation>
    </message>
    <message>
        <location filename="../store/copying.py" line="64"/>
        <source>The plan to copy, {path}, does not exist; check the path given with --from.</source>
        <translation>Le plan à copier, {path}, n&apos;existe pas ; vérifiez le chemin donné avec --from.</translation>
    </message>
    <message>
        <location filename="../store/copying.py" line="94"/>
        <source>The target database {database} has no table {table!r}; it was made by a different version of the planner.</source>
        <translation>La base de données cible {database} n&apos;a pas de table {table!r} ; elle a été créée par une autre version du planificateur.</translation>
    </message>
    <message>
        <location filename="../store/copying.py" line="100"/>
        <source>The target database {database} already holds a plan ({count} rows); add --replace to overwrite it.</source>
        <translation>La base de données cible {database} contient déjà un plan ({count} lignes) ; ajoutez --replace pour l&apos;écraser.</translation>
    </message>
    <message>
        <location filename="../store/copying.py" line="112"/>
        <source>The plan at {database} holds a value that cannot be read ({why}); correct it there, nothing was copied.</source>
        <translation>Le plan de {database} contient une valeur illisible ({why}) ; corrigez-la là-bas, rien n&apos;a été copié.</translation>
    </message>
    <message>
        <location filename="../store/copying.py" line="114"/>
        <source>The plan could not be copied to {database}, which is unchanged: {why}.</source>
        <translation>Le plan n&apos;a pas pu être copié vers {database}, qui reste inchangée : {why}.</translation>
    </message>
    <message>
        <location filename="../store/copying.py" line="158"/>
        <source>{refusal}; correct it in the source plan, nothing was copied.</source>
        <translation>{refusal} ; corrigez-la dans le plan source, rien n&apos;a été copié.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="52"/>
        <source>The database address {url!r} is not a database URL (try a file path or sqlite:///path).</source>
        <translation>L&apos;adresse {url!r} n&apos;est pas une URL de base de données (essayez un chemin de fichier ou sqlite:///chemin).</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="60"/>
        <source>The database URL {database} names a kind of database the planner does not know ({driver!r}); use sqlite:/// or postgresql+psycopg://.</source>
        <translation>L&apos;URL {database} désigne un type de base de données que le planificateur ne connaît pas ({driver!r}) ; utilisez sqlite:/// ou postgresql+psycopg://.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="62"/>
        <source>The database {database} needs the Python driver {driver!r}, which is not installed.</source>
        <translation>La base de données {database} a besoin du pilote Python {driver!r}, qui n&apos;est pas installé.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="64"/>
        <source>The database {database} cannot be reached: {why}.</source>
        <translation>La base de données {database} est injoignable : {why}.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="77"/>
        <source>The folder {folder} does not exist; create it first, or check the path given for the database.</source>
        <translation>Le dossier {folder} n&apos;existe pas ; créez-le d&apos;abord, ou vérifiez le chemin donné pour la base de données.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="79"/>
        <location filename="../store/probing.py" line="35"/>
        <source>The database path {path} is a folder, not a file.</source>
        <translation>Le chemin de base de données {path} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="81"/>
        <source>The database file {path} cannot be read (permission denied).</source>
        <translation>Le fichier de base de données {path} ne peut pas être lu (permission refusée).</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="126"/>
        <source>The database file {path} is not a planner database (it is another kind of file).</source>
        <translation>Le fichier {path} n&apos;est pas une base de données du planificateur (c&apos;est un autre type de fichier).</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="127"/>
        <source>The database file {path} is damaged (SQLite says: {why}), so nothing was read or changed; restore it from a backup.</source>
        <translation>Le fichier de base de données {path} est endommagé (SQLite dit : {why}), donc rien n&apos;a été lu ni modifié ; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="136"/>
        <source>The database file {path} is locked by another program; close it and try again.</source>
        <translation>Le fichier de base de données {path} est verrouillé par un autre programme ; fermez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="138"/>
        <source>The database file {path} cannot be opened (check the folder exists and is writable).</source>
        <translation>Le fichier de base de données {path} ne peut pas être ouvert (vérifiez que le dossier existe et est accessible en écriture).</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="139"/>
        <source>The database file {path} cannot be used: {why}.</source>
        <translation>Le fichier de base de données {path} ne peut pas être utilisé : {why}.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="195"/>
        <source>The plan {database} was made by a newer version of Planner (its schema is {schema!r}); update Planner to open it.</source>
        <translation>Le plan {database} a été créé par une version plus récente de Planner (son schéma est {schema!r}) ; mettez Planner à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="208"/>
        <source>The database {database} could not be upgraded: {why}.</source>
        <translation>La base de données {database} n&apos;a pas pu être mise à niveau : {why}.</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="213"/>
        <source>Firefox&apos;s browsing history</source>
        <translation>l&apos;historique de navigation de Firefox</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="213"/>
        <source>Firefox&apos;s cookies</source>
        <translation>les cookies de Firefox</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="214"/>
        <source>a Chrome or Chromium history</source>
        <translation>un historique de Chrome ou Chromium</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="214"/>
        <source>an Anki collection</source>
        <translation>une collection Anki</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="215"/>
        <source>a Calibre library</source>
        <translation>une bibliothèque Calibre</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="215"/>
        <source>a Zotero library</source>
        <translation>une bibliothèque Zotero</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="230"/>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <location filename="../store/engine.py" line="232"/>
        <source>The database {database} holds the tables of {owner} ({tables}), not a Planner plan; it was left as it was. Give another file or an empty database.</source>
        <translation>La base de données {database} contient les tables de {owner} ({tables}), pas un plan Planner ; elle est restée telle quelle. Donnez un autre fichier ou une base de données vide.</translation>
    </message>
    <message>
        <location filename="../store/errors.py" line="18"/>
        <source>The commitment {title!r} was changed elsewhere since you opened it; reload it and make your change again.</source>
        <translation>L&apos;engagement {title!r} a été modifié ailleurs depuis que vous l&apos;avez ouvert ; rechargez-le et refaites votre modification.</translation>
    </message>
    <message>
        <location filename="../store/group_writes.py" line="40"/>
        <source>There is no strategy {strategy_key!r} in the plan.</source>
        <translation>Il n&apos;y a pas de stratégie {strategy_key!r} dans le plan.</translation>
    </message>
    <message>
        <location filename="../store/group_writes.py" line="55"/>
        <source>The strategy {title!r} holds initiatives now; it was not removed.</source>
        <translation>La stratégie {title!r} contient maintenant des initiatives ; elle n&apos;a pas été supprimée.</translation>
    </message>
    <message>
        <location filename="../store/group_writes.py" line="66"/>
        <source>The initiative {title!r} holds commitments now; it was not removed.</source>
        <translation>L&apos;initiative {title!r} contient maintenant des engagements ; elle n&apos;a pas été supprimée.</translation>
    </message>
    <message>
        <location filename="../store/plan_store.py" line="117"/>
        <source>There is no commitment with id {commitment_id}.</source>
        <translation>Il n&apos;y a pas d&apos;engagement d&apos;identifiant {commitment_id}.</translation>
    </message>
    <message>
        <location filename="../store/plan_store.py" line="187"/>
        <source>A commitment must be stored before it can be changed.</source>
        <translation>Un engagement doit être enregistré avant de pouvoir être modifié.</translation>
    </message>
    <message>
        <location filename="../store/plan_store.py" line="192"/>
        <source>The commitment {title!r} is no longer in the plan (deleted elsewhere).</source>
        <translation>L&apos;engagement {title!r} n&apos;est plus dans le plan (supprimé ailleurs).</translation>
    </message>
    <message>
        <location filename="../store/plan_store.py" line="222"/>
        <source>The commitment {title!r} is no longer in the plan.</source>
        <translation>L&apos;engagement {title!r} n&apos;est plus dans le plan.</translation>
    </message>
    <message>
        <location filename="../store/plan_store.py" line="352"/>
        <source>There is no initiative {key!r} in the plan.</source>
        <translation>Il n&apos;y a pas d&apos;initiative {key!r} dans le plan.</translation>
    </message>
    <message>
        <location filename="../store/plan_store.py" line="392"/>
        <source>The change could not be saved to {url}: {why}.</source>
        <translation>La modification n&apos;a pas pu être enregistrée dans {url} : {why}.</translation>
    </message>
    <message>
        <location filename="../store/plan_store.py" line="400"/>
        <source>The plan at {url} holds a value that cannot be read ({why}); nothing was changed.</source>
        <translation>Le plan de {url} contient une valeur illisible ({why}) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../store/plan_store.py" line="422"/>
        <source>The database {url} is locked by another program; nothing was changed. Try again in a moment.</source>
        <translation>La base de données {url} est verrouillée par un autre programme ; rien n&apos;a été modifié. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../store/plan_store.py" line="424"/>
        <source>The database {url} is read-only; nothing was changed.</source>
        <translation>La base de données {url} est en lecture seule ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../store/plan_store.py" line="425"/>
        <source>The database {url} cannot be reached; nothing was changed.</source>
        <translation>La base de données {url} est injoignable ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../store/probing.py" line="27"/>
        <source>The database address {text!r} is not a database URL (try a file path or postgresql+psycopg://user@host/plan).</source>
        <translation>L&apos;adresse {text!r} n&apos;est pas une URL de base de données (essayez un chemin de fichier ou postgresql+psycopg://utilisateur@hôte/plan).</translation>
    </message>
    <message>
        <location filename="../store/probing.py" line="32"/>
        <source>The folder {folder} does not exist, so no plan can be created there.</source>
        <translation>Le dossier {folder} n&apos;existe pas, aucun plan ne peut donc y être créé.</translation>
    </message>
    <message>
        <location filename="../store/probing.py" line="42"/>
        <source>The database {database} cannot be read: {why}.</source>
        <translation>La base de données {database} ne peut pas être lue : {why}.</translation>
    </message>
    <message>
        <location filename="../store/reminder_store.py" line="185"/>
        <source>The reminders could not be saved to {url}: {why}.</source>
        <translation>Les rappels n&apos;ont pas pu être enregistrés dans {url} : {why}.</translation>
    </message>
</context>
<context>
    <name>StrategyDialog</name>
    <message>
        <location filename="../ui/group_dialogs.py" line="102"/>
        <source>New strategy</source>
        <translation>Nouvelle stratégie</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="102"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="104"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="104"/>
        <source>e.g. EU Security Union Strategy</source>
        <translation>p. ex. Stratégie de l&apos;UE pour l&apos;union de la sécurité</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="105"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="105"/>
        <source>e.g. COM(2020) 605</source>
        <translation>p. ex. COM(2020) 605</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="106"/>
        <source>the day it was adopted, e.g. 24 July 2020</source>
        <translation>le jour de son adoption, p. ex. 24 juillet 2020</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="108"/>
        <source>&amp;Adopted on:</source>
        <translation>&amp;Adopté le :</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="109"/>
        <source>the years it covers, e.g. 2020-2025</source>
        <translation>les années couvertes, p. ex. 2020-2025</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="111"/>
        <source>&amp;Covers:</source>
        <translation>&amp;Couvre :</translation>
    </message>
</context>
<context>
    <name>TimeScale</name>
    <message>
        <location filename="../timeline/scale.py" line="190"/>
        <source>Q{quarter}</source>
        <translation>T{quarter}</translation>
    </message>
    <message>
        <location filename="../timeline/scale.py" line="201"/>
        <source>Week {week}, {day}</source>
        <translation>Semaine {week}, {day}</translation>
    </message>
    <message>
        <location filename="../timeline/scale.py" line="202"/>
        <location filename="../timeline/scale.py" line="203"/>
        <source>W{week}</source>
        <translation>S{week}</translation>
    </message>
</context>
<context>
    <name>TimelineActions</name>
    <message>
        <location filename="../ui/timeline/actions.py" line="24"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="24"/>
        <source>Show less time, in more detail</source>
        <translation>Montrer une période plus courte, plus en détail</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="28"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom arr&amp;ière</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="28"/>
        <source>Show more time, in less detail</source>
        <translation>Montrer une période plus longue, moins en détail</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="29"/>
        <source>&amp;Fit all</source>
        <translation>Tout affic&amp;her</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="29"/>
        <source>Show the whole plan, first to last date</source>
        <translation>Montrer tout le plan, de la première à la dernière date</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="30"/>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="30"/>
        <source>One year across the timeline</source>
        <translation>Une année sur toute la largeur de la frise</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="31"/>
        <source>&amp;Quarter</source>
        <translation>Trim&amp;estre</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="31"/>
        <source>One quarter across the timeline</source>
        <translation>Un trimestre sur toute la largeur de la frise</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="32"/>
        <source>&amp;Month</source>
        <translation>M&amp;ois</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="32"/>
        <source>One month across the timeline</source>
        <translation>Un mois sur toute la largeur de la frise</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="33"/>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="33"/>
        <source>One week across the timeline</source>
        <translation>Une semaine sur toute la largeur de la frise</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="39"/>
        <source>Show &amp;legend</source>
        <translation>Afficher la &amp;légende</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="39"/>
        <source>What the colours and marks of the timeline mean</source>
        <translation>Ce que signifient les couleurs et les repères de la frise chronologique</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="43"/>
        <source>&amp;Key date labels</source>
        <translation>Li&amp;bellés des dates clés</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="43"/>
        <source>Name the key dates on flags under the dates of the timeline; off, they are lines only</source>
        <translation>Nommer les dates clés sur des fanions sous les dates de la frise ; sinon, elles ne sont que des lignes</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="48"/>
        <source>&amp;Move earlier</source>
        <translation>A&amp;vancer (plus tôt)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="48"/>
        <source>Reschedule the current commitment one step of its precision earlier</source>
        <translation>Avancer l&apos;engagement courant d&apos;un pas de sa précision</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="49"/>
        <source>Move &amp;later</source>
        <translation>Re&amp;porter (plus tard)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="49"/>
        <source>Reschedule the current commitment one step of its precision later</source>
        <translation>Reporter l&apos;engagement courant d&apos;un pas de sa précision</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="50"/>
        <source>End e&amp;arlier</source>
        <translation>Finir plus tô&amp;t</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="50"/>
        <source>Bring the end of the current span one step of its precision earlier, as dragging its end does</source>
        <translation>Avancer la fin de la période courante d&apos;un pas de sa précision, comme en faisant glisser sa fin</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="51"/>
        <source>End la&amp;ter</source>
        <translation>Finir plus tar&amp;d</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="51"/>
        <source>Take the end of the current span one step of its precision later, as dragging its end does</source>
        <translation>Reporter la fin de la période courante d&apos;un pas de sa précision, comme en faisant glisser sa fin</translation>
    </message>
</context>
<context>
    <name>TimelineEditing</name>
    <message>
        <location filename="../ui/timeline/editing.py" line="48"/>
        <source>moved on the timeline</source>
        <translation>déplacé sur la frise</translation>
    </message>
    <message>
        <location filename="../ui/timeline/editing.py" line="115"/>
        <source>Change the end of {title!r} to {due}</source>
        <translation>Fixer la fin de {title!r} à {due}</translation>
    </message>
    <message>
        <location filename="../ui/timeline/editing.py" line="115"/>
        <location filename="../ui/timeline/editing.py" line="205"/>
        <source>Reschedule {title!r} to {due}</source>
        <translation>Replanifier {title!r} à {due}</translation>
    </message>
    <message>
        <location filename="../ui/timeline/editing.py" line="214"/>
        <source>Reschedule</source>
        <translation>Replanifier</translation>
    </message>
    <message>
        <location filename="../ui/timeline/editing.py" line="260"/>
        <source>Today, {day}</source>
        <translation>Aujourd&apos;hui, {day}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../ui/timeline/widget.py" line="52"/>
        <source>No commitment selected. The plan list beside the timeline has the same rows.</source>
        <translation>Aucun engagement sélectionné. La liste du plan, à côté de la frise, a les mêmes lignes.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/widget.py" line="85"/>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <location filename="../ui/timeline/widget.py" line="261"/>
        <source>Key dates in view: {dates}</source>
        <translation>Dates clés visibles : {dates}</translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <location filename="../document/commitment_commands.py" line="53"/>
        <source>Add {title!r}</source>
        <translation>Ajouter {title!r}</translation>
    </message>
    <message>
        <location filename="../document/commitment_commands.py" line="76"/>
        <source>Delete {title!r}</source>
        <translation>Supprimer {title!r}</translation>
    </message>
    <message>
        <location filename="../document/group_commands.py" line="24"/>
        <source>Add strategy {title!r}</source>
        <translation>Ajouter la stratégie {title!r}</translation>
    </message>
    <message>
        <location filename="../document/group_commands.py" line="24"/>
        <source>Change strategy {title!r}</source>
        <translation>Modifier la stratégie {title!r}</translation>
    </message>
    <message>
        <location filename="../document/group_commands.py" line="26"/>
        <source>Add initiative {title!r}</source>
        <translation>Ajouter l&apos;initiative {title!r}</translation>
    </message>
    <message>
        <location filename="../document/group_commands.py" line="26"/>
        <source>Change initiative {title!r}</source>
        <translation>Modifier l&apos;initiative {title!r}</translation>
    </message>
    <message>
        <location filename="../document/link_commands.py" line="25"/>
        <source>Link {first!r} before {then!r}</source>
        <translation>Placer {first!r} avant {then!r}</translation>
    </message>
    <message>
        <location filename="../document/link_commands.py" line="40"/>
        <source>Unlink {first!r} from {then!r}</source>
        <translation>Délier {first!r} de {then!r}</translation>
    </message>
    <message>
        <location filename="../document/link_commands.py" line="64"/>
        <source>Key date {label!r}</source>
        <translation>Date clé {label!r}</translation>
    </message>
    <message>
        <location filename="../document/link_commands.py" line="64"/>
        <source>Change key date {label!r}</source>
        <translation>Modifier la date clé {label!r}</translation>
    </message>
    <message>
        <location filename="../document/link_commands.py" line="82"/>
        <source>Delete key date {label!r}</source>
        <translation>Supprimer la date clé {label!r}</translation>
    </message>
</context>
<context>
    <name>WindowReminders</name>
    <message>
        <location filename="../ui/reminder_setup.py" line="57"/>
        <source>Reminders: {text}</source>
        <translation>Rappels : {text}</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="words.py" line="21"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="words.py" line="21"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="words.py" line="22"/>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location filename="words.py" line="22"/>
        <source>part of a year</source>
        <translation>partie d&apos;année</translation>
    </message>
    <message>
        <location filename="words.py" line="23"/>
        <source>half-year</source>
        <translation>semestre</translation>
    </message>
    <message>
        <location filename="words.py" line="23"/>
        <source>year-end</source>
        <translation>fin d&apos;année</translation>
    </message>
    <message>
        <location filename="words.py" line="24"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location filename="words.py" line="24"/>
        <source>several years</source>
        <translation>plusieurs années</translation>
    </message>
    <message>
        <location filename="words.py" line="28"/>
        <source>delivered</source>
        <translation>réalisé</translation>
    </message>
    <message>
        <location filename="words.py" line="28"/>
        <source>forecast</source>
        <translation>prévision</translation>
    </message>
    <message>
        <location filename="words.py" line="29"/>
        <source>rescheduled</source>
        <translation>replanifié</translation>
    </message>
    <message>
        <location filename="words.py" line="44"/>
        <source>on schedule</source>
        <translation>dans les délais</translation>
    </message>
    <message>
        <location filename="words.py" line="53"/>
        <source>by {document}</source>
        <translation>par {document}</translation>
    </message>
    <message>
        <location filename="words.py" line="65"/>
        <source>on time</source>
        <translation>à temps</translation>
    </message>
    <message>
        <location filename="words.py" line="69"/>
        <source>late against the first announcement ({first}), on time against the revision ({now})</source>
        <translation>en retard par rapport à la première annonce ({first}), à temps par rapport à la révision ({now})</translation>
    </message>
    <message>
        <location filename="words.py" line="70"/>
        <source>late against the first announcement ({first}) and against the revision ({now})</source>
        <translation>en retard par rapport à la première annonce ({first}) et à la révision ({now})</translation>
    </message>
    <message>
        <location filename="words.py" line="78"/>
        <location filename="words.py" line="94"/>
        <source>due today</source>
        <translation>échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="words.py" line="80"/>
        <source>due tomorrow</source>
        <translation>échéance demain</translation>
    </message>
    <message>
        <location filename="words.py" line="93"/>
        <source>window opens</source>
        <translation>la fenêtre s&apos;ouvre</translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="107"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="110"/>
        <source>late by %Ln day(s)</source>
        <translation>
            <numerusform>en retard de %Ln jour</numerusform>
            <numerusform>en retard de %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="113"/>
        <source>due in %Ln day(s)</source>
        <translation>
            <numerusform>échéance dans %Ln jour</numerusform>
            <numerusform>échéance dans %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="116"/>
        <source>overdue by %Ln day(s)</source>
        <translation>
            <numerusform>en retard de %Ln jour</numerusform>
            <numerusform>en retard de %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="119"/>
        <source>%Ln day(s) before</source>
        <translation>
            <numerusform>%Ln jour avant</numerusform>
            <numerusform>%Ln jours avant</numerusform>
        </translation>
    </message>
    <message>
        <location filename="words.py" line="99"/>
        <source>Reminder: {title}</source>
        <translation>Rappel : {title}</translation>
    </message>
    <message>
        <location filename="words.py" line="100"/>
        <source>its window opens</source>
        <translation>sa fenêtre s&apos;ouvre</translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="122"/>
        <source>%Ln reminder(s) while you were away</source>
        <translation>
            <numerusform>%Ln rappel pendant votre absence</numerusform>
            <numerusform>%Ln rappels pendant votre absence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="122"/>
        <source>%Ln reminder(s)</source>
        <translation>
            <numerusform>%Ln rappel</numerusform>
            <numerusform>%Ln rappels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="125"/>
        <source>and %Ln more in the Due soon list</source>
        <translation>
            <numerusform>et %Ln autre dans la liste « Échéance proche »</numerusform>
            <numerusform>et %Ln autres dans la liste « Échéance proche »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="134"/>
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln ajouté</numerusform>
            <numerusform>%Ln ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="137"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln mis à jour</numerusform>
            <numerusform>%Ln mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="140"/>
        <source>%Ln kept as you edited them</source>
        <translation>
            <numerusform>%Ln gardé tel que vous l&apos;avez modifié</numerusform>
            <numerusform>%Ln gardés tels que vous les avez modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="149"/>
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln créé</numerusform>
            <numerusform>%Ln créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="152"/>
        <source>%Ln deleted</source>
        <translation>
            <numerusform>%Ln supprimé</numerusform>
            <numerusform>%Ln supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="words.py" line="155"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln inchangé</numerusform>
            <numerusform>%Ln inchangés</numerusform>
        </translation>
    </message>
</context>
</TS>
