<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../ui/language_page.py" line="15"/>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <location filename="../ui/language_page.py" line="19"/>
        <source>Menus, lists and dates use this language from the next start of Planner.</source>
        <translation>Les menus, les listes et les dates prennent cette langue au prochain démarrage de Planner.</translation>
    </message>
    <message>
        <location filename="../ui/language_page.py" line="22"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="52"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="89"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="89"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="89"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="89"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="92"/>
        <source>&amp;Reload plan</source>
        <translation>&amp;Recharger le plan</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="92"/>
        <source>Read the plan again from the database</source>
        <translation>Relire le plan dans la base de données</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="94"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="96"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="98"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="103"/>
        <source>Mark &amp;delivered…</source>
        <translation>Marquer comme &amp;réalisé…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="103"/>
        <source>Record on which day, and by which document, the selected commitments were delivered</source>
        <translation>Enregistrer à quelle date, et par quel document, les engagements sélectionnés ont été réalisés</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="104"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="106"/>
        <source>&amp;Expand all</source>
        <translation>&amp;Tout déplier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="107"/>
        <source>&amp;Collapse all</source>
        <translation>Tout &amp;replier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="109"/>
        <source>Status &amp;as of…</source>
        <translation>État à la &amp;date du…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="109"/>
        <source>Show status as it stood (or will stand) on another day</source>
        <translation>Afficher l&apos;état tel qu&apos;il était (ou sera) à une autre date</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="110"/>
        <source>Status as of &amp;today</source>
        <translation>État à la date d&apos;&amp;aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="114"/>
        <source>&amp;About Planner</source>
        <translation>À &amp;propos de Planner</translation>
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
        <translation>Échéance (telle qu&apos;écrite)</translation>
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
    <name>window</name>
    <message>
        <location filename="../ui/language_page.py" line="30"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
</TS>
