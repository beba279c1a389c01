<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="194"/>
        <source>Cannot open the plan</source>
        <translation>Impossible d&apos;ouvrir le plan</translation>
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
        <location filename="../ui/as_of_dialog.py" line="18"/>
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
    <name>CalendarActions</name>
    <message>
        <location filename="../ui/calendar_actions.py" line="62"/>
        <source>Export &amp;calendar…</source>
        <translation>Exporter l&apos;&amp;agenda…</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="62"/>
        <source>Write the plan as an iCalendar (.ics) file</source>
        <translation>Écrire le plan dans un fichier iCalendar (.ics)</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="63"/>
        <source>Serve calendar &amp;feed</source>
        <translation>Diffuser le &amp;flux d&apos;agenda</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="63"/>
        <source>Let calendar apps on this computer subscribe to the plan</source>
        <translation>Permettre aux applications d&apos;agenda de cet ordinateur de s&apos;abonner au plan</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="65"/>
        <source>Copy &amp;webcal address</source>
        <translation>Copier l&apos;adresse &amp;webcal</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="65"/>
        <source>Copy the feed&apos;s address to paste into a calendar app</source>
        <translation>Copier l&apos;adresse du flux pour la coller dans une application d&apos;agenda</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="67"/>
        <source>Keep a calendar file &amp;published…</source>
        <translation>Tenir un fichier d&apos;agenda &amp;publié…</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="67"/>
        <source>Rewrite a .ics file in a synced folder after every change</source>
        <translation>Réécrire un fichier .ics dans un dossier synchronisé après chaque modification</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="69"/>
        <source>Publish to team calendar (Cal&amp;DAV)…</source>
        <translation>Publier dans l&apos;agenda de l&apos;équipe (Cal&amp;DAV)…</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="69"/>
        <source>Create, update and delete the plan&apos;s events on a CalDAV calendar</source>
        <translation>Créer, mettre à jour et supprimer les événements du plan dans un agenda CalDAV</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="107"/>
        <location filename="../ui/calendar_actions.py" line="122"/>
        <source>Export calendar</source>
        <translation>Exporter l&apos;agenda</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="107"/>
        <source>The folder {path} does not exist.</source>
        <translation>Le dossier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="124"/>
        <source>Exported {count} commitments to {files}.</source>
        <translation>{count} engagements exportés vers {files}.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="143"/>
        <source>Calendar feed</source>
        <translation>Flux d&apos;agenda</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="149"/>
        <source>Serving the calendar at {webcal_url}</source>
        <translation>Agenda diffusé à l&apos;adresse {webcal_url}</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="164"/>
        <source>Copied {url}: paste it into the calendar app&apos;s “subscribe” box.</source>
        <translation>{url} copié : collez-le dans le champ « s&apos;abonner » de l&apos;application d&apos;agenda.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="178"/>
        <source>Keep a calendar file published</source>
        <translation>Tenir un fichier d&apos;agenda publié</translation>
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
        <translation>Publier le fichier d&apos;agenda</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="197"/>
        <source>Keeping {path} current</source>
        <translation>{path} est tenu à jour</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="253"/>
        <location filename="../ui/calendar_actions.py" line="260"/>
        <source>Publish to team calendar</source>
        <translation>Publier dans l&apos;agenda de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="260"/>
        <source>The password was not kept: this system has no keyring. You will be asked again next time.</source>
        <translation>Le mot de passe n&apos;a pas été conservé : ce système n&apos;a pas de trousseau. Il vous sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../ui/calendar_actions.py" line="261"/>
        <source>Published to {url}: {text}.</source>
        <translation>Publié dans {url} : {text}.</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../ui/commitment_dialog.py" line="44"/>
        <source>Deadline: due within a window</source>
        <translation>Échéance : à réaliser dans une fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="45"/>
        <source>Span: runs from a start to the due date</source>
        <translation>Période : court d&apos;un début jusqu&apos;à l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="60"/>
        <source>Edit commitment</source>
        <translation>Modifier l&apos;engagement</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="60"/>
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="63"/>
        <source>&amp;Commitment</source>
        <translation>&amp;Engagement</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="64"/>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="66"/>
        <source>&amp;Dependencies</source>
        <translation>&amp;Dépendances</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="68"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="75"/>
        <source>Save anyway: the plan will show the link as broken</source>
        <translation>Enregistrer quand même : le plan montrera le lien comme rompu</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="84"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="84"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="116"/>
        <source>when a span begins, e.g. 2021</source>
        <translation>début d&apos;une période, p. ex. 2021</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="123"/>
        <source>when you now expect it, if not when it is due</source>
        <translation>quand vous l&apos;attendez désormais, si ce n&apos;est à l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="124"/>
        <source>the day it was actually delivered</source>
        <translation>le jour où il a effectivement été réalisé</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="131"/>
        <source>why the dates change: free text, or the reference of the document that re-announced them</source>
        <translation>pourquoi les dates changent : texte libre, ou référence du document qui les a annoncées à nouveau</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="135"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="136"/>
        <source>&amp;Initiative:</source>
        <translation>&amp;Initiative :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="137"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="138"/>
        <source>D&amp;ue:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="139"/>
        <source>S&amp;tart:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="140"/>
        <source>St&amp;atus:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="141"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="142"/>
        <source>&amp;Forecast:</source>
        <translation>&amp;Prévision :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="143"/>
        <source>Deli&amp;vered on:</source>
        <translation>Réa&amp;lisé le :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="144"/>
        <source>Re&amp;minders:</source>
        <translation>Ra&amp;ppels :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="145"/>
        <source>Reason for the &amp;change:</source>
        <translation>Motif de la &amp;modification :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="155"/>
        <source>e.g. COM(2020) 607</source>
        <translation>p. ex. COM(2020) 607</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="158"/>
        <source>the sentence of the document the commitment comes from</source>
        <translation>la phrase du document dont provient l&apos;engagement</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="160"/>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="161"/>
        <source>Document:</source>
        <translation>Document :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="162"/>
        <source>Section:</source>
        <translation>Section :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="163"/>
        <source>Quote:</source>
        <translation>Citation :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="164"/>
        <source>Link:</source>
        <translation>Lien :</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="199"/>
        <source>Give the commitment a title.</source>
        <translation>Donnez un titre à l&apos;engagement.</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="206"/>
        <source>The start ({start}) is after the end of the due window ({window}).</source>
        <translation>Le début ({start}) est postérieur à la fin de la fenêtre d&apos;échéance ({window}).</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="268"/>
        <source>&lt;b&gt;This change breaks a dependency.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cette modification rompt une dépendance.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/commitment_dialog.py" line="285"/>
        <source>Kept in the history with the reason: {changes}</source>
        <translation>Conservé dans l&apos;historique avec le motif : {changes}</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <location filename="../ui/compare_actions.py" line="34"/>
        <source>Co&amp;mpare with…</source>
        <translation>Co&amp;mparer avec…</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="34"/>
        <source>Show how the plan stood on a past day, as the first-announced dates are shown</source>
        <translation>Montrer le plan tel qu&apos;il était à une date passée, comme le sont les dates annoncées en premier</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="35"/>
        <source>Stop comparing</source>
        <translation>Arrêter la comparaison</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="36"/>
        <source>&amp;Baselines</source>
        <translation>&amp;Références</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="47"/>
        <location filename="../ui/compare_actions.py" line="64"/>
        <location filename="../ui/compare_actions.py" line="84"/>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="48"/>
        <source>Draw the due dates as they were planned on:</source>
        <translation>Tracer les échéances telles qu&apos;elles étaient prévues le :</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="49"/>
        <source>Save as a named baseline:</source>
        <translation>Enregistrer comme référence nommée :</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="51"/>
        <source>e.g. Council meeting 12 March 2021</source>
        <translation>p. ex. Conseil du 12 mars 2021</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="101"/>
        <source>Compared with the plan of {day}: hollow bars show the due dates as they stood then.</source>
        <translation>Comparé au plan du {day} : les barres creuses montrent les échéances telles qu&apos;elles étaient alors.</translation>
    </message>
    <message>
        <location filename="../ui/compare_actions.py" line="113"/>
        <source>No named baselines yet (Compare with… names one)</source>
        <translation>Aucune référence nommée pour l&apos;instant (Comparer avec… en nomme une)</translation>
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
        <translation>Réalisé le</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="29"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="30"/>
        <source>Remind when the window opens</source>
        <translation>Rappeler à l&apos;ouverture de la fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="31"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="31"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="32"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="32"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="33"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="33"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="34"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="34"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="35"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="35"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="36"/>
        <source>Url</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="36"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="44"/>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="51"/>
        <source>Stored now (theirs)</source>
        <translation>Enregistré à présent (la leur)</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="51"/>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="63"/>
        <source>Reload shows their version and drops your change. Keep mine saves your change on top of theirs; what they changed elsewhere stays.</source>
        <translation>Recharger affiche leur version et abandonne votre modification. Garder la mienne enregistre votre modification par-dessus la leur ; ce qu&apos;ils ont modifié ailleurs reste.</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="67"/>
        <source>&amp;Reload (take theirs)</source>
        <translation>&amp;Recharger (prendre la leur)</translation>
    </message>
    <message>
        <location filename="../ui/conflict_dialog.py" line="68"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../ui/database_page.py" line="41"/>
        <source>empty: the plan file on this computer</source>
        <translation>vide : le fichier du plan sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="42"/>
        <source>A file path, or a shared database such as postgresql+psycopg://officer@db.unit.example/plan</source>
        <translation>Un chemin de fichier, ou une base de données partagée telle que postgresql+psycopg://agent@db.unite.example/plan</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="43"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="52"/>
        <source>Open the plan at:</source>
        <translation>Ouvrir le plan à l&apos;adresse :</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="54"/>
        <source>Open now:</source>
        <translation>Ouvert maintenant :</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="56"/>
        <source>One plan for the whole unit: give every officer the same PostgreSQL address. A password typed in it is moved to your PostgreSQL password file (~/.pgpass), which only you can read, and the address is saved without it. The new address is used the next time Planner starts (it offers to restart at once); to move a plan there first, run: planner copy --from OLD --to NEW.</source>
        <translation>Un seul plan pour toute l&apos;unité : donnez à chaque agent la même adresse PostgreSQL. Un mot de passe saisi dans l&apos;adresse est déplacé dans votre fichier de mots de passe PostgreSQL (~/.pgpass), que vous seul pouvez lire, et l&apos;adresse est enregistrée sans lui. La nouvelle adresse sert au prochain démarrage de Planner (qui propose de redémarrer aussitôt) ; pour y déplacer d&apos;abord un plan, lancez : planner copy --from ANCIEN --to NOUVEAU.</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="92"/>
        <source>The database address {address!r} is not a database URL (try a file path or postgresql+psycopg://user@host/plan).</source>
        <translation>L&apos;adresse de base de données {address!r} n&apos;est pas une URL de base de données (essayez un chemin de fichier ou postgresql+psycopg://utilisateur@hôte/plan).</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="104"/>
        <source>The password could not be written to {password_file} ({strerror}); the database address was not changed.</source>
        <translation>Le mot de passe n&apos;a pas pu être écrit dans {password_file} ({strerror}) ; l&apos;adresse de la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="107"/>
        <source>Its password is kept in {file}, not in Planner&apos;s settings.</source>
        <translation>Son mot de passe est conservé dans {file}, et non dans les réglages de Planner.</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="111"/>
        <source>the plan file on this computer</source>
        <translation>le fichier du plan sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="112"/>
        <source>Planner will open {plan} the next time it starts.</source>
        <translation>Planner ouvrira {plan} à son prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="117"/>
        <source>{said}

Restart Planner now?</source>
        <translation>{said}

Redémarrer Planner maintenant ?</translation>
    </message>
    <message>
        <location filename="../ui/database_page.py" line="121"/>
        <source>Planner could not be started again; it opens the new plan when you next start it.</source>
        <translation>Planner n&apos;a pas pu redémarrer ; il ouvrira le nouveau plan à son prochain lancement.</translation>
    </message>
    <message>
        <location filename="../ui/database_preferences.py" line="25"/>
        <source>Database</source>
        <translation>Base de données</translation>
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
        <location filename="../ui/details_pane.py" line="26"/>
        <source>Details of the selected commitment</source>
        <translation>Détails de l&apos;engagement sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="40"/>
        <source>Select a commitment to see its details and the sentence it came from.</source>
        <translation>Sélectionnez un engagement pour voir ses détails et la phrase dont il provient.</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="49"/>
        <source>{standing} as of {day} (recorded: {status})</source>
        <translation>{standing} au {day} (enregistré : {status})</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="52"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="53"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="54"/>
        <source>First announced</source>
        <translation>Annoncé en premier</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="57"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="59"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="62"/>
        <source>Delivered</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="64"/>
        <source>Slippage</source>
        <translation>Glissement</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="65"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="65"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="65"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../ui/details_pane.py" line="73"/>
        <source>No source sentence recorded</source>
        <translation>Aucune phrase source enregistrée</translation>
    </message>
</context>
<context>
    <name>DueSoonDock</name>
    <message>
        <location filename="../ui/due_soon_dock.py" line="46"/>
        <source>Snooze until</source>
        <translation>Reporter jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="54"/>
        <source>Remind me again on the morning of:</source>
        <translation>Me le rappeler le matin du :</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="68"/>
        <location filename="../ui/due_soon_dock.py" line="156"/>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="70"/>
        <source>Reminders that have come due, with Open, Snooze, Dismiss and Mark delivered</source>
        <translation>Rappels arrivés à échéance, avec Ouvrir, Reporter, Écarter et Marquer comme réalisé</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="78"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="78"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="78"/>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="79"/>
        <source>Reminders due soon</source>
        <translation>Rappels à échéance proche</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="92"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="93"/>
        <location filename="../ui/due_soon_dock.py" line="110"/>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="96"/>
        <source>Until a date…</source>
        <translation>Jusqu&apos;à une date…</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="97"/>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="98"/>
        <source>Mark delivered</source>
        <translation>Marquer comme réalisé</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="144"/>
        <source>{title}
Due: {shown}</source>
        <translation>{title}
Échéance : {shown}</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="154"/>
        <source>1 reminder awaiting an answer</source>
        <translation>1 rappel en attente de réponse</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="154"/>
        <source>{count} reminders awaiting an answer</source>
        <translation>{count} rappels en attente de réponse</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="155"/>
        <source>due in the next {horizon} days</source>
        <translation>à échéance dans les {horizon} prochains jours</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="155"/>
        <source>Nothing due in the next {horizon} days.</source>
        <translation>Rien à échéance dans les {horizon} prochains jours.</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="156"/>
        <source>Due soon ({waiting})</source>
        <translation>Échéance proche ({waiting})</translation>
    </message>
    <message>
        <location filename="../ui/due_soon_dock.py" line="166"/>
        <source>snoozed till {when}</source>
        <translation>reporté jusqu&apos;à {when}</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../ui/edit_actions.py" line="36"/>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="37"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="51"/>
        <source>&amp;New commitment…</source>
        <translation>&amp;Nouvel engagement…</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="51"/>
        <source>Add a commitment to the current initiative</source>
        <translation>Ajouter un engagement à l&apos;initiative courante</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="52"/>
        <source>&amp;Edit commitment…</source>
        <translation>&amp;Modifier l&apos;engagement…</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="52"/>
        <source>Change the dates, text and links of the current commitment</source>
        <translation>Modifier les dates, le texte et les liens de l&apos;engagement courant</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="62"/>
        <source>&amp;Key dates…</source>
        <translation>Dates &amp;clés…</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="62"/>
        <source>The dated events drawn as lines across the timeline</source>
        <translation>Les événements datés, tracés comme des lignes sur la frise</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="64"/>
        <location filename="../ui/edit_actions.py" line="67"/>
        <source>Undo history</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="69"/>
        <source>Every change made in this window; choose a step to go back to it</source>
        <translation>Chaque modification faite dans cette fenêtre ; choisissez une étape pour y revenir</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="73"/>
        <source>&amp;Undo history</source>
        <translation>&amp;Historique des annulations</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="177"/>
        <source>The commitment {title!r} was deleted elsewhere; your changes were not saved.</source>
        <translation>L&apos;engagement {title!r} a été supprimé ailleurs ; vos modifications n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <location filename="../ui/edit_actions.py" line="179"/>
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
    <name>FileTransfer</name>
    <message>
        <location filename="../ui/file_transfer.py" line="27"/>
        <source>Plan files (*.csv *.xlsx *.toml *.ics);;CSV (*.csv);;Excel workbook (*.xlsx);;Plan TOML (*.toml);;iCalendar (*.ics)</source>
        <translation>Fichiers de plan (*.csv *.xlsx *.toml *.ics);;CSV (*.csv);;Classeur Excel (*.xlsx);;Plan TOML (*.toml);;iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="28"/>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="67"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="68"/>
        <source>Add or update commitments from a CSV, Excel, TOML or iCalendar file</source>
        <translation>Ajouter ou mettre à jour des engagements depuis un fichier CSV, Excel, TOML ou iCalendar</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="69"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="70"/>
        <source>Write the commitments shown to a CSV or Excel file</source>
        <translation>Écrire les engagements affichés dans un fichier CSV ou Excel</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="75"/>
        <source>Import into the plan</source>
        <translation>Importer dans le plan</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="85"/>
        <location filename="../ui/file_transfer.py" line="101"/>
        <location filename="../ui/file_transfer.py" line="108"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="85"/>
        <source>The file {path} cannot be read: {value}.</source>
        <translation>Le fichier {path} ne peut pas être lu : {value}.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="88"/>
        <source>Import 1 commitment from {file}?</source>
        <translation>Importer 1 engagement depuis {file} ?</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="88"/>
        <source>Import {count} commitments from {file}?</source>
        <translation>Importer {count} engagements depuis {file} ?</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="89"/>
        <source>Commitments already in the plan are updated, new ones added. An import cannot be undone with Edit → Undo.</source>
        <translation>Les engagements déjà présents dans le plan sont mis à jour, les nouveaux sont ajoutés. Une importation ne peut pas être annulée par Édition → Annuler.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="93"/>
        <source>… and {count} more.</source>
        <translation>… et {count} de plus.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="104"/>
        <source>Imported {name}: {text}.</source>
        <translation>{name} importé : {text}.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="115"/>
        <source>Export the commitments shown</source>
        <translation>Exporter les engagements affichés</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="134"/>
        <location filename="../ui/file_transfer.py" line="140"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="134"/>
        <source>The file {name} has an unknown type; export writes .csv and .xlsx files.</source>
        <translation>Le fichier {name} est d&apos;un type inconnu ; l&apos;exportation écrit des fichiers .csv et .xlsx.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="142"/>
        <source>Wrote {count} commitments to {path}.</source>
        <translation>{count} engagements écrits dans {path}.</translation>
    </message>
    <message>
        <location filename="../ui/file_transfer.py" line="142"/>
        <source>Wrote {count} commitments (those the filter shows) to {path}.</source>
        <translation>{count} engagements (ceux qu&apos;affiche le filtre) écrits dans {path}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/filter_bar.py" line="39"/>
        <source>Filter: words in title, description, quote… (Ctrl+F)</source>
        <translation>Filtrer : titre, description, citation… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="41"/>
        <source>Filter words</source>
        <translation>Mots du filtre</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="43"/>
        <source>All strategies</source>
        <translation>Toutes stratégies</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="43"/>
        <source>Only commitments of this strategy</source>
        <translation>Seulement les engagements de cette stratégie</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="44"/>
        <source>All responsible</source>
        <translation>Tous responsables</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="44"/>
        <source>Only commitments this actor is responsible for</source>
        <translation>Seulement les engagements dont cet acteur est responsable</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="48"/>
        <source>any time</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="49"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="50"/>
        <source>Only open commitments whose due window ends within this many days of the status day</source>
        <translation>Seulement les engagements ouverts dont la fenêtre d&apos;échéance se termine dans ce nombre de jours après la date de l&apos;état</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="52"/>
        <source>any dates</source>
        <translation>toutes dates</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="55"/>
        <source>Only commitments whose window overlaps this one: &apos;2021&apos;, &apos;Q1 2021&apos;, &apos;2021-2022&apos;, &apos;2021-01-01..2021-06-30&apos;</source>
        <translation>Seulement les engagements dont la fenêtre chevauche celle-ci : « 2021 », « T1 2021 », « 2021-2022 », « 2021-01-01..2021-06-30 »</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="56"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="57"/>
        <source>Show every commitment again</source>
        <translation>Afficher de nouveau tous les engagements</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="60"/>
        <source>Commitments shown</source>
        <translation>Engagements affichés</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="63"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="63"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="63"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="64"/>
        <source>Due within</source>
        <translation>Échéance sous</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="64"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="71"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="147"/>
        <source>{total} commitment</source>
        <translation>{total} engagement</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="147"/>
        <source>{total} commitments</source>
        <translation>{total} engagements</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="150"/>
        <source>None of {total} matches the filter</source>
        <translation>Aucun des {total} ne correspond au filtre</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="153"/>
        <source>{shown} of {total} shown</source>
        <translation>{shown} sur {total} affichés</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.py" line="183"/>
        <source>Only commitments whose window overlaps this one: &apos;2021&apos;, &apos;Q1 2021&apos;, &apos;2021-2022&apos;</source>
        <translation>Seulement les engagements dont la fenêtre chevauche celle-ci : « 2021 », « T1 2021 », « 2021-2022 »</translation>
    </message>
</context>
<context>
    <name>GroupActions</name>
    <message>
        <location filename="../ui/group_actions.py" line="30"/>
        <source>New &amp;strategy…</source>
        <translation>Nouvelle &amp;stratégie…</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="30"/>
        <source>Add a strategy document to the plan</source>
        <translation>Ajouter un document de stratégie au plan</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="31"/>
        <source>New &amp;initiative…</source>
        <translation>Nouvelle &amp;initiative…</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="31"/>
        <source>Add an initiative under a strategy</source>
        <translation>Ajouter une initiative sous une stratégie</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="32"/>
        <source>Edit strategy or i&amp;nitiative…</source>
        <translation>Modifier la stratégie ou l&apos;i&amp;nitiative…</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="33"/>
        <source>Change the title, reference or dates of the strategy or initiative of the current row</source>
        <translation>Modifier le titre, la référence ou les dates de la stratégie ou de l&apos;initiative de la ligne courante</translation>
    </message>
    <message>
        <location filename="../ui/group_actions.py" line="78"/>
        <source>Added the initiative {label!r}; it shows in the list once it holds a commitment (Edit → New commitment…).</source>
        <translation>Initiative {label!r} ajoutée ; elle apparaît dans la liste dès qu&apos;elle contient un engagement (Édition → Nouvel engagement…).</translation>
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
        <translation>Nouvelle initiative</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="134"/>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="137"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="142"/>
        <source>&amp;Strategy:</source>
        <translation>&amp;Stratégie :</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="143"/>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="143"/>
        <source>e.g. 3 (may stay empty)</source>
        <translation>p. ex. 3 (peut rester vide)</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="144"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="144"/>
        <source>e.g. Strengthen law enforcement efforts</source>
        <translation>p. ex. Renforcer l&apos;action des services répressifs</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="152"/>
        <source>The plan has no strategy yet; add one first (Edit → New strategy…).</source>
        <translation>Le plan n&apos;a pas encore de stratégie ; ajoutez-en d&apos;abord une (Édition → Nouvelle stratégie…).</translation>
    </message>
</context>
<context>
    <name>KeyDateForm</name>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="41"/>
        <source>Edit key date</source>
        <translation>Modifier la date clé</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="41"/>
        <source>New key date</source>
        <translation>Nouvelle date clé</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="45"/>
        <source>what happens, as drawn on the line</source>
        <translation>ce qui se passe, tel qu&apos;inscrit sur la ligne</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="47"/>
        <source>e.g. Directive (EU) 2018/1972</source>
        <translation>p. ex. directive (UE) 2018/1972</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="51"/>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="52"/>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="53"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="54"/>
        <source>&amp;Quote:</source>
        <translation>&amp;Citation :</translation>
    </message>
</context>
<context>
    <name>KeyDatesDialog</name>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="89"/>
        <location filename="../ui/key_dates_dialog.py" line="169"/>
        <source>Key dates</source>
        <translation>Dates clés</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="93"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="93"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="93"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="97"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="98"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/key_dates_dialog.py" line="99"/>
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
        <location filename="../ui/main_window.py" line="61"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="63"/>
        <source>The selected commitment: the sentence it came from, its dates and history</source>
        <translation>L&apos;engagement sélectionné : la phrase dont il provient, ses dates et son historique</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="122"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="122"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="122"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="122"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="125"/>
        <source>&amp;Reload plan</source>
        <translation>&amp;Recharger le plan</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="125"/>
        <source>Read the plan again from the database</source>
        <translation>Relire le plan dans la base de données</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="127"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="129"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="131"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="136"/>
        <source>Mark &amp;delivered…</source>
        <translation>Marquer comme &amp;réalisé…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="136"/>
        <source>Record on which day, and by which document, the selected commitments were delivered</source>
        <translation>Enregistrer à quelle date, et par quel document, les engagements sélectionnés ont été réalisés</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="137"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="139"/>
        <source>&amp;Expand all</source>
        <translation>&amp;Tout déplier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="140"/>
        <source>&amp;Collapse all</source>
        <translation>Tout &amp;replier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="142"/>
        <source>Status &amp;as of…</source>
        <translation>État à la &amp;date du…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="142"/>
        <source>Show status as it stood (or will stand) on another day</source>
        <translation>Afficher l&apos;état tel qu&apos;il était (ou sera) à une autre date</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="143"/>
        <source>Status as of &amp;today</source>
        <translation>État à la date d&apos;&amp;aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="147"/>
        <source>&amp;About Planner</source>
        <translation>À &amp;propos de Planner</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="158"/>
        <source>“{title}” is a strategy: Delete removes commitments. Select its commitments to delete them; it can be renamed with Edit → Edit strategy or initiative….</source>
        <translation>« {title} » est une stratégie : Supprimer retire des engagements. Sélectionnez ses engagements pour les supprimer ; elle peut être renommée par Édition → Modifier la stratégie ou l&apos;initiative….</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="160"/>
        <source>“{title}” is an initiative: Delete removes commitments. Select its commitments to delete them; it can be renamed with Edit → Edit strategy or initiative….</source>
        <translation>« {title} » est une initiative : Supprimer retire des engagements. Sélectionnez ses engagements pour les supprimer ; elle peut être renommée par Édition → Modifier la stratégie ou l&apos;initiative….</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="161"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="234"/>
        <source>Delete commitments</source>
        <translation>Supprimer des engagements</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="234"/>
        <source>Delete this commitment? You can undo this.

{names}</source>
        <translation>Supprimer cet engagement ? Vous pourrez l&apos;annuler.

{names}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="234"/>
        <source>Delete {count} commitments? You can undo this.

{names}</source>
        <translation>Supprimer {count} engagements ? Vous pourrez l&apos;annuler.

{names}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="251"/>
        <source>Status as of today, {day}</source>
        <translation>État à ce jour, {day}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="251"/>
        <source>Status as of {day} (not today)</source>
        <translation>État au {day} (pas aujourd&apos;hui)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="256"/>
        <source>About Planner</source>
        <translation>À propos de Planner</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="256"/>
        <source>&lt;b&gt;Planner&lt;/b&gt;&lt;p&gt;Timeline and deadline planner for the dated commitments of strategy documents.&lt;/p&gt;&lt;p&gt;Plan: {url}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Planner&lt;/b&gt;&lt;p&gt;Frise chronologique et suivi des échéances pour les engagements datés des documents de stratégie.&lt;/p&gt;&lt;p&gt;Plan : {url}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingReport</name>
    <message>
        <location filename="../ui/meeting_report.py" line="35"/>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Page web (*.html);;Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>MeetingReportAction</name>
    <message>
        <location filename="../ui/meeting_report.py" line="78"/>
        <source>&amp;Meeting report…</source>
        <translation>&amp;Rapport de réunion…</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="79"/>
        <source>What was delivered, slipped or became overdue since a day, and what is due next</source>
        <translation>Ce qui a été réalisé, a glissé ou est passé en retard depuis une date, et ce qui arrive à échéance</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="86"/>
        <location filename="../ui/meeting_report.py" line="106"/>
        <source>Meeting report</source>
        <translation>Rapport de réunion</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="108"/>
        <source>Wrote the meeting report to {path}.</source>
        <translation>Rapport de réunion écrit dans {path}.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../ui/meeting_report.py" line="45"/>
        <source>Meeting report</source>
        <translation>Rapport de réunion</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="47"/>
        <source>the day of the last meeting</source>
        <translation>le jour de la dernière réunion</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="49"/>
        <source>the last day the report covers</source>
        <translation>le dernier jour couvert par le rapport</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="54"/>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="55"/>
        <source>What happened after:</source>
        <translation>Ce qui s&apos;est passé après le :</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="56"/>
        <source>Up to and including:</source>
        <translation>Jusqu&apos;au (inclus) :</translation>
    </message>
    <message>
        <location filename="../ui/meeting_report.py" line="57"/>
        <source>And what is due in the next:</source>
        <translation>Et ce qui arrive à échéance dans les :</translation>
    </message>
</context>
<context>
    <name>PhraseEdit</name>
    <message>
        <location filename="../ui/phrase_edit.py" line="48"/>
        <source>e.g. 22 December 2020</source>
        <translation>p. ex. 22 décembre 2020</translation>
    </message>
    <message>
        <location filename="../ui/phrase_edit.py" line="48"/>
        <source>e.g. Q3 2021, by the end of 2020, early 2021</source>
        <translation>p. ex. T3 2021, d&apos;ici fin 2020, début 2021</translation>
    </message>
    <message>
        <location filename="../ui/phrase_edit.py" line="52"/>
        <source>Pick a day from a calendar</source>
        <translation>Choisir un jour dans un calendrier</translation>
    </message>
    <message>
        <location filename="../ui/phrase_edit.py" line="141"/>
        <source>A date is needed here.</source>
        <translation>Une date est nécessaire ici.</translation>
    </message>
    <message>
        <location filename="../ui/phrase_edit.py" line="150"/>
        <source>{text!r} is a window ({window}); give the exact day.</source>
        <translation>{text!r} est une fenêtre ({window}) ; indiquez le jour exact.</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <location filename="../ui/plan_files.py" line="30"/>
        <source>Plan files (*.sqlite *.db);;All files (*)</source>
        <translation>Fichiers de plan (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="55"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="55"/>
        <source>Start a plan file of your own, with its first strategy</source>
        <translation>Créer votre propre fichier de plan, avec sa première stratégie</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="56"/>
        <source>&amp;Open plan…</source>
        <translation>&amp;Ouvrir un plan…</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="56"/>
        <source>Open another plan file in this window</source>
        <translation>Ouvrir un autre fichier de plan dans cette fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="57"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un plan &amp;récent</translation>
    </message>
    <message>
        <location filename="../app.py" line="87"/>
        <location filename="../ui/plan_files.py" line="77"/>
        <source>Open plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="93"/>
        <source>No other plan opened yet</source>
        <translation>Aucun autre plan ouvert pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="100"/>
        <location filename="../ui/plan_files.py" line="109"/>
        <location filename="../ui/plan_files.py" line="126"/>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="109"/>
        <source>The file {path} exists already; open it with File → Open plan….</source>
        <translation>Le fichier {path} existe déjà ; ouvrez-le par Fichier → Ouvrir un plan….</translation>
    </message>
    <message>
        <location filename="../ui/plan_files.py" line="113"/>
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
        <location filename="../ui/due_soon_dock.py" line="161"/>
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
        <translation>Stratégies, initiatives et engagements avec leurs échéances, leur état et leurs fenêtres ; la frise à côté trace les mêmes lignes</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences_dialog.py" line="30"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.py" line="83"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.py" line="83"/>
        <source>Reminder rules and other settings</source>
        <translation>Règles de rappel et autres réglages</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../ui/print_actions.py" line="30"/>
        <source>PDF document (*.pdf);;PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Document PDF (*.pdf);;Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="43"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="43"/>
        <source>Print a timeline snapshot of the filtered plan</source>
        <translation>Imprimer un instantané de la frise du plan filtré</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="44"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="44"/>
        <source>See the printed pages before paper</source>
        <translation>Voir les pages imprimées avant le papier</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="45"/>
        <source>Export &amp;snapshot…</source>
        <translation>Exporter un i&amp;nstantané…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="45"/>
        <source>Write a timeline snapshot as PDF, PNG or SVG</source>
        <translation>Écrire un instantané de la frise en PDF, PNG ou SVG</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="67"/>
        <source>the {count} commitments of the current filter</source>
        <translation>les {count} engagements du filtre courant</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="67"/>
        <source>all {count} commitments</source>
        <translation>les {count} engagements</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="73"/>
        <location filename="../ui/print_actions.py" line="116"/>
        <source>Cannot print</source>
        <translation>Impossible d&apos;imprimer</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="87"/>
        <source>Timeline snapshot</source>
        <translation>Instantané de la frise</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="91"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="99"/>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="106"/>
        <source>Print preview — timeline snapshot</source>
        <translation>Aperçu avant impression — instantané de la frise</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="118"/>
        <source>Sent 1 page to {printer}.</source>
        <translation>1 page envoyée à {printer}.</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="118"/>
        <source>Sent {pages} pages to {printer}.</source>
        <translation>{pages} pages envoyées à {printer}.</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="118"/>
        <source>the preview</source>
        <translation>l&apos;aperçu</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="122"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="125"/>
        <source>Export timeline snapshot</source>
        <translation>Exporter l&apos;instantané de la frise</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="138"/>
        <source>Cannot export the snapshot</source>
        <translation>Impossible d&apos;exporter l&apos;instantané</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="141"/>
        <source>Wrote 1 page to {file}.</source>
        <translation>1 page écrite dans {file}.</translation>
    </message>
    <message>
        <location filename="../ui/print_actions.py" line="141"/>
        <source>Wrote {pages} pages to {file}.</source>
        <translation>{pages} pages écrites dans {file}.</translation>
    </message>
</context>
<context>
    <name>ReminderEdit</name>
    <message>
        <location filename="../ui/reminder_edit.py" line="32"/>
        <source>Plan default ({days} days before)</source>
        <translation>Valeur du plan ({days} jours avant)</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="32"/>
        <source>Custom lead times</source>
        <translation>Délais personnalisés</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="32"/>
        <source>No reminders</source>
        <translation>Aucun rappel</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="34"/>
        <source>days before the due end, e.g. 30, 7, 1</source>
        <translation>jours avant la fin de l&apos;échéance, p. ex. 30, 7, 1</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="35"/>
        <source>Also remind when the due window opens</source>
        <translation>Rappeler aussi à l&apos;ouverture de la fenêtre d&apos;échéance</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="36"/>
        <source>For a coarse date such as &apos;Q4 2020&apos;: a reminder on 1 October as well</source>
        <translation>Pour une date approximative comme « T4 2020 » : un rappel le 1er octobre également</translation>
    </message>
    <message>
        <location filename="../ui/reminder_edit.py" line="83"/>
        <source>Give at least one lead time in days, or choose &apos;No reminders&apos;.</source>
        <translation>Indiquez au moins un délai en jours, ou choisissez « Aucun rappel ».</translation>
    </message>
</context>
<context>
    <name>ReminderPreferences</name>
    <message>
        <location filename="../ui/reminder_preferences.py" line="55"/>
        <source>e.g. 30, 7, 1 — or none</source>
        <translation>p. ex. 30, 7, 1 — ou aucun</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="56"/>
        <source>Days before the end of the due window, for every commitment that does not set its own</source>
        <translation>Jours avant la fin de la fenêtre d&apos;échéance, pour chaque engagement qui ne fixe pas les siens</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="59"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="61"/>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Rester actif dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="64"/>
        <source>Start Planner when I log in (in the tray)</source>
        <translation>Lancer Planner à l&apos;ouverture de session (dans la zone de notification)</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="68"/>
        <source>Remind before each due date:</source>
        <translation>Rappeler avant chaque échéance :</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="69"/>
        <source>Days before the end of the due window; each commitment may set its own in its edit dialog. The calendar export&apos;s alarms use the same days.</source>
        <translation>Jours avant la fin de la fenêtre d&apos;échéance ; chaque engagement peut fixer les siens dans sa fenêtre de modification. Les alarmes de l&apos;export d&apos;agenda utilisent les mêmes jours.</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="71"/>
        <source>Due soon list shows the next:</source>
        <translation>La liste « Échéance proche » montre les :</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="77"/>
        <source>This desktop has no system tray.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification.</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="79"/>
        <source>Login entry: {file}</source>
        <translation>Entrée de démarrage : {file}</translation>
    </message>
    <message>
        <location filename="../ui/reminder_preferences.py" line="103"/>
        <source>Start at login</source>
        <translation>Lancer à l&apos;ouverture de session</translation>
    </message>
</context>
<context>
    <name>ReminderSetup</name>
    <message>
        <location filename="../ui/reminder_setup.py" line="154"/>
        <source>&amp;Due soon</source>
        <translation>Échéance &amp;proche</translation>
    </message>
    <message>
        <location filename="../ui/reminder_setup.py" line="159"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
</context>
<context>
    <name>RevisionHistory</name>
    <message>
        <location filename="../ui/revision_history.py" line="12"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="12"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="13"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="13"/>
        <source>Delivered on</source>
        <translation>Réalisé le</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="14"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="42"/>
        <source>A new commitment has no history yet: changes of its dates will be listed here.</source>
        <translation>Un nouvel engagement n&apos;a pas encore d&apos;historique : les modifications de ses dates seront listées ici.</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="45"/>
        <source>First announced: &lt;b&gt;{due}&lt;/b&gt; ({window}).</source>
        <translation>Annoncé en premier : &lt;b&gt;{due}&lt;/b&gt; ({window}).</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="47"/>
        <source>Slippage: {slippage}.</source>
        <translation>Glissement : {slippage}.</translation>
    </message>
    <message>
        <location filename="../ui/revision_history.py" line="49"/>
        <source>No date has been changed since.</source>
        <translation>Aucune date n&apos;a été modifiée depuis.</translation>
    </message>
</context>
<context>
    <name>SharedPlan</name>
    <message>
        <location filename="../ui/shared_plan.py" line="30"/>
        <source>Database unreachable — read-only, retrying</source>
        <translation>Base de données injoignable — lecture seule, nouvel essai en cours</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="31"/>
        <source>Reading the rest of the plan…</source>
        <translation>Lecture du reste du plan…</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="50"/>
        <source>Undo or redo</source>
        <translation>Annuler ou rétablir</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="67"/>
        <source>Open the plan</source>
        <translation>Ouvrir le plan</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="67"/>
        <source>The plan is shown read-only; Planner keeps trying.</source>
        <translation>Le plan est affiché en lecture seule ; Planner continue d&apos;essayer.</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="99"/>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="111"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../ui/shared_plan.py" line="125"/>
        <source>The database answers again; editing is back on.</source>
        <translation>La base de données répond de nouveau ; la modification est rétablie.</translation>
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
        <location filename="../ui/status_picker.py" line="11"/>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <location filename="../ui/status_picker.py" line="20"/>
        <source>Recorded statuses or how commitments stand as of the status day; tick several to see any of them</source>
        <translation>États enregistrés ou situation des engagements à la date de l&apos;état ; cochez-en plusieurs pour voir l&apos;un ou l&apos;autre</translation>
    </message>
</context>
<context>
    <name>StrategyDialog</name>
    <message>
        <location filename="../ui/group_dialogs.py" line="101"/>
        <source>New strategy</source>
        <translation>Nouvelle stratégie</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="101"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="103"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="103"/>
        <source>e.g. EU Security Union Strategy</source>
        <translation>p. ex. Stratégie de l&apos;UE pour l&apos;union de la sécurité</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="104"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="104"/>
        <source>e.g. COM(2020) 605</source>
        <translation>p. ex. COM(2020) 605</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="105"/>
        <source>the day it was adopted, e.g. 24 July 2020</source>
        <translation>le jour de son adoption, p. ex. 24 juillet 2020</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="107"/>
        <source>&amp;Adopted on:</source>
        <translation>&amp;Adopté le :</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="108"/>
        <source>the years it covers, e.g. 2020-2025</source>
        <translation>les années couvertes, p. ex. 2020-2025</translation>
    </message>
    <message>
        <location filename="../ui/group_dialogs.py" line="110"/>
        <source>&amp;Covers:</source>
        <translation>&amp;Couvre :</translation>
    </message>
</context>
<context>
    <name>TimelineActions</name>
    <message>
        <location filename="../ui/timeline/actions.py" line="24"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="24"/>
        <source>Show less time, in more detail</source>
        <translation>Montrer une période plus courte, plus en détail</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="28"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="28"/>
        <source>Show more time, in less detail</source>
        <translation>Montrer une période plus longue, moins en détail</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="29"/>
        <source>&amp;Fit all</source>
        <translation>&amp;Tout afficher</translation>
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
        <translation>&amp;Trimestre</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="31"/>
        <source>One quarter across the timeline</source>
        <translation>Un trimestre sur toute la largeur de la frise</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="32"/>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
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
        <source>Key date &amp;labels</source>
        <translation>&amp;Libellés des dates clés</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="43"/>
        <source>Name the key dates in a band of their own under the dates of the timeline</source>
        <translation>Nommer les dates clés dans une bande à part, sous les dates de la frise</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="48"/>
        <source>Move &amp;earlier</source>
        <translation>Avancer (plus &amp;tôt)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="48"/>
        <source>Reschedule the current commitment one step of its precision earlier</source>
        <translation>Avancer l&apos;engagement courant d&apos;un pas de sa précision</translation>
    </message>
    <message>
        <location filename="../ui/timeline/actions.py" line="49"/>
        <source>Move &amp;later</source>
        <translation>Reporter (plus &amp;tard)</translation>
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
        <translation>Finir plus t&amp;ard</translation>
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
        <location filename="../ui/timeline/editing.py" line="99"/>
        <source>Change the end of {title!r} to {due}</source>
        <translation>Fixer la fin de {title!r} à {due}</translation>
    </message>
    <message>
        <location filename="../ui/timeline/editing.py" line="99"/>
        <source>Reschedule {title!r} to {due}</source>
        <translation>Replanifier {title!r} à {due}</translation>
    </message>
    <message>
        <location filename="../ui/timeline/editing.py" line="230"/>
        <source>Today, {day}</source>
        <translation>Aujourd&apos;hui, {day}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../ui/timeline/widget.py" line="55"/>
        <source>No commitment selected. The plan list beside the timeline has the same rows.</source>
        <translation>Aucun engagement sélectionné. La liste du plan, à côté de la frise, a les mêmes lignes.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/widget.py" line="87"/>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
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
        <location filename="../ui/words.py" line="16"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="16"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="17"/>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="17"/>
        <source>part of a year</source>
        <translation>partie d&apos;année</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="18"/>
        <source>half-year</source>
        <translation>semestre</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="18"/>
        <source>year-end</source>
        <translation>fin d&apos;année</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="19"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="19"/>
        <source>several years</source>
        <translation>plusieurs années</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="21"/>
        <source>delivered</source>
        <translation>réalisé</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="21"/>
        <source>forecast</source>
        <translation>prévision</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="22"/>
        <source>rescheduled</source>
        <translation>replanifié</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="37"/>
        <source>on schedule</source>
        <translation>dans les délais</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="39"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="39"/>
        <source>{count} days</source>
        <translation>{count} jours</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="47"/>
        <source>by {document}</source>
        <translation>par {document}</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="61"/>
        <source>on time</source>
        <translation>à temps</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="64"/>
        <source>late by 1 day</source>
        <translation>en retard d&apos;un jour</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="64"/>
        <source>late by {count} days</source>
        <translation>en retard de {count} jours</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="66"/>
        <source>late against the first announcement ({first}), on time against the revision ({now})</source>
        <translation>en retard par rapport à la première annonce ({first}), à temps par rapport à la révision ({now})</translation>
    </message>
    <message>
        <location filename="../ui/words.py" line="67"/>
        <source>late against the first announcement ({first}) and against the revision ({now})</source>
        <translation>en retard par rapport à la première annonce ({first}) et à la révision ({now})</translation>
    </message>
</context>
</TS>
