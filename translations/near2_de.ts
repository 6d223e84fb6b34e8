<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>About</name>
    <message>
        <location filename="../widgets/about_text.cpp" line="+21"/>
        <source>Nested-embedding analysis for product search</source>
        <translation>Analyse verschachtelter Embeddings für die Produktsuche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LGPL-3.0-only; Qt Charts: GPL-3.0-only</source>
        <translation>LGPL-3.0-only; Qt Charts: GPL-3.0-only</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;NEAR² Workbench %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Build: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NEAR² Workbench %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Build: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Libraries used, with their licences:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Verwendete Bibliotheken und ihre Lizenzen:&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;The licence texts are installed in /usr/share/doc/near2-workbench/copyright and in each library&apos;s /usr/share/doc folder.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Lizenztexte sind in /usr/share/doc/near2-workbench/copyright und im /usr/share/doc-Ordner jeder Bibliothek installiert.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../widgets/charts/chart_interaction.cpp" line="+43"/>
        <source>%1
x = %L2, y = %L3</source>
        <translation>%1
x = %L2, y = %L3</translation>
    </message>
</context>
<context>
    <name>InputFields</name>
    <message>
        <location filename="../widgets/error_text.cpp" line="+11"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dims</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop queries without positives</source>
        <translation>Anfragen ohne Positive weglassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HNSW efConstruction</source>
        <translation>HNSW efConstruction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HNSW efSearch</source>
        <translation>HNSW efSearch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File → New project…</source>
        <translation>Datei → Neues Projekt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gains</source>
        <translation>Gains</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HNSW M</source>
        <translation>HNSW M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model to fine-tune</source>
        <translation>Zu verfeinerndes Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judged products only</source>
        <translation>Nur bewertete Produkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>Verlustfunktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matryoshka dims</source>
        <translation>Matryoshka-Dimensionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matryoshka weights</source>
        <translation>Matryoshka-Gewichte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IVF lists</source>
        <translation>IVF-Listen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IVF probes</source>
        <translation>IVF-Sonden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PQ bits</source>
        <translation>PQ-Bits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PQ sub-vectors</source>
        <translation>PQ-Teilvektoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compute precision</source>
        <translation>Rechengenauigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relevant from gain</source>
        <translation>Relevant ab Gain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rescore factor</source>
        <translation>Neubewertungsfaktor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strict</source>
        <translation>Streng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warm-up share</source>
        <translation>Aufwärmanteil</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../widgets/jobs/job_runner.cpp" line="+29"/>
        <source>Internal error: %1</source>
        <translation>Interner Fehler: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal error of an unknown kind</source>
        <translation>Interner Fehler unbekannter Art</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../widgets/report/pdf_export.cpp" line="+32"/>
        <source>NEAR² evaluation report</source>
        <translation>NEAR²-Auswertungsbericht</translation>
    </message>
</context>
<context>
    <name>ProductText</name>
    <message>
        <location filename="../widgets/product_text.cpp" line="+14"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>QuerySlices</name>
    <message>
        <location filename="../widgets/slice_names.cpp" line="+14"/>
        <source>All queries</source>
        <translation>Alle Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>At most N words</source>
        <translation>Höchstens N Wörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least N words</source>
        <translation>Mindestens N Wörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digits and letters in one token</source>
        <translation>Ziffern und Buchstaben in einem Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matches a regular expression</source>
        <translation>Passt auf einen regulären Ausdruck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Implicit (no word of a relevant title)</source>
        <translation>Implizit (kein Wort eines relevanten Titels)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown rule kind “%1”</source>
        <translation>Unbekannte Regelart „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a number of words (a whole number, 0 or more)</source>
        <translation>„%1“ ist keine Wortanzahl (eine ganze Zahl, 0 oder mehr)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid regular expression: %1 at offset %2</source>
        <translation>Ungültiger regulärer Ausdruck: %1 an Position %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The regular expression has %1 characters; at most %2 are allowed</source>
        <translation>Der reguläre Ausdruck hat %1 Zeichen; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The regular expression ran past its time limit at query “%1”; the slice is left empty</source>
        <translation>Der reguläre Ausdruck hat bei Anfrage „%1“ sein Zeitlimit überschritten; die Gruppe bleibt leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The regular expression ran out of backtracking memory at query “%1”; the slice is left empty</source>
        <translation>Dem regulären Ausdruck ging bei Anfrage „%1“ der Backtracking-Speicher aus; die Gruppe bleibt leer</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n queries longer than %1 characters were not searched</source>
        <translation>
            <numerusform>%n Anfrage mit mehr als %1 Zeichen wurde nicht durchsucht</numerusform>
            <numerusform>%n Anfragen mit mehr als %1 Zeichen wurden nicht durchsucht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+25"/>
        <source>Nested-embedding analysis for product search</source>
        <translation>Analyse verschachtelter Embeddings für die Produktsuche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A .near2 project to open.</source>
        <translation>Ein zu öffnendes .near2-Projekt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close after N milliseconds (smoke tests).</source>
        <translation>Nach N Millisekunden schließen (Smoke-Tests).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo shop.</source>
        <translation>Den Demo-Shop öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a PNG of each view into DIR, then quit.</source>
        <translation>Von jeder Ansicht ein PNG in DIR speichern, dann beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the workbench&apos;s dark or light palette (Fusion style).</source>
        <translation>Die dunkle oder helle Farbpalette der Workbench verwenden (Fusion-Stil).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--palette: expected dark or light, got %1</source>
        <translation>--palette: dark oder light erwartet, erhalten: %1</translation>
    </message>
</context>
<context>
    <name>near2::app::ExportActions</name>
    <message>
        <location filename="../app/export_actions.cpp" line="+29"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Bericht (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tables (CSV folder)…</source>
        <translation>&amp;Tabellen (CSV-Ordner)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export tables into</source>
        <translation>Tabellen exportieren nach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current query &amp;ranking (CSV)…</source>
        <translation>&amp;Ranking der aktuellen Anfrage (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export ranking</source>
        <translation>Ranking exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open a project with an evaluated run first.</source>
        <translation>Öffnen Sie zuerst ein Projekt mit einem ausgewerteten Lauf.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Select a query first.</source>
        <translation>Wählen Sie zuerst eine Anfrage aus.</translation>
    </message>
</context>
<context>
    <name>near2::app::JobStatusBar</name>
    <message>
        <location filename="../app/job_status_bar.cpp" line="+26"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%1: %L2% (about %Ln second(s) left)</source>
        <translation>
            <numerusform>%1: %L2 % (noch etwa %Ln Sekunde)</numerusform>
            <numerusform>%1: %L2 % (noch etwa %Ln Sekunden)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %L2%</source>
        <translation>%1: %L2 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>near2::app::MainWindow</name>
    <message>
        <location filename="../app/main_window.cpp" line="+74"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ranking inspector</source>
        <translation>Ranking-Inspektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad-hoc query</source>
        <translation>Ad-hoc-Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slices</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run comparison</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade-offs</source>
        <translation>Kompromisse</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEAR² projects (*.near2)</source>
        <translation>NEAR²-Projekte (*.near2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;demo shop</source>
        <translation>&amp;Demo-Shop öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent projects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Runs</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller dimension</source>
        <translation>Kleinere Dimension</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger dimension</source>
        <translation>Größere Dimension</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Regressions</source>
        <translation>&amp;Regressionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find query</source>
        <translation>Anfrage &amp;suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About NEAR² Workbench</source>
        <translation>Über NEAR² Workbench</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filters cleared to show the selected query</source>
        <translation>Filter zurückgesetzt, um die gewählte Anfrage zu zeigen</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The project&apos;s dataset is no longer at %1.</source>
        <translation>Der Datensatz des Projekts liegt nicht mehr unter %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dataset missing</source>
        <translation>Datensatz fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locate it now?</source>
        <translation>Jetzt suchen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Locate the dataset</source>
        <translation>Datensatz suchen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“%1”: top %2 at %3 dims (first) and at %4 dims (reference, second)</source>
        <translation>„%1“: Top %2 bei %3 Dimensionen (erste) und bei %4 Dimensionen (Referenz, zweite)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+37"/>
        <source>NEAR² Workbench</source>
        <translation>NEAR² Workbench</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1 — NEAR² Workbench</source>
        <translation>%1 — NEAR² Workbench</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Drop a .near2 project file to open it.</source>
        <translation>Legen Sie eine .near2-Projektdatei hier ab, um sie zu öffnen.</translation>
    </message>
</context>
<context>
    <name>near2::app::PreferencesDialog</name>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="+16"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time the workbench starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der Workbench.</translation>
    </message>
</context>
<context>
    <name>near2::app::RunsActions</name>
    <message>
        <location filename="../app/runs_actions.cpp" line="+30"/>
        <source>Run “%1” added: choose it as A or B in the comparison bar, or show it from Runs → Manage runs.</source>
        <translation>Lauf „%1“ hinzugefügt: Wählen Sie ihn in der Vergleichsleiste als A oder B, oder zeigen Sie ihn über Läufe → Läufe verwalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Another process added %n run(s) to this project (%1); the views stay on their run.</source>
        <translation>
            <numerusform>Ein anderer Prozess hat diesem Projekt %n Lauf hinzugefügt (%1); die Ansichten bleiben bei ihrem Lauf.</numerusform>
            <numerusform>Ein anderer Prozess hat diesem Projekt %n Läufe hinzugefügt (%1); die Ansichten bleiben bei ihrem Lauf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Manage runs…</source>
        <translation>Läufe &amp;verwalten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add run…</source>
        <translation>Lauf &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Delete run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this run and its results from the project? This cannot be undone.</source>
        <translation>Diesen Lauf und seine Ergebnisse aus dem Projekt löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>near2::app::UserGuideDialog</name>
    <message>
        <location filename="../app/user_guide_dialog.cpp" line="+38"/>
        <source>NEAR² Workbench user guide</source>
        <translation>NEAR² Workbench – Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>near2::charts</name>
    <message>
        <location filename="../widgets/charts/chart_builders.cpp" line="+87"/>
        <source>%1 against memory per vector (large points: dim %2)</source>
        <translation>%1 gegen Speicher pro Vektor (große Punkte: Dimension %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 against dimension (large points: dim %2)</source>
        <translation>%1 gegen Dimension (große Punkte: Dimension %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bytes per vector (float32, log scale)</source>
        <translation>Bytes pro Vektor (float32, log. Skala)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dimension (log scale)</source>
        <translation>Dimension (log. Skala)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 at dim %2</source>
        <translation>%1 bei Dim. %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cosine scores in the top-k at dim %1</source>
        <translation>Kosinus-Scores in den Top-k bei Dim. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cosine score</source>
        <translation>Kosinus-Score</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unjudged</source>
        <translation>unbewertet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Best relevant minus best non-relevant score, per query</source>
        <translation>Bester relevanter minus bester nicht relevanter Score, je Anfrage</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>Queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Margin (negative: a non-relevant product outscores every relevant one)</source>
        <translation>Abstand (negativ: ein nicht relevantes Produkt schlägt jedes relevante)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rank of each relevant product: dim %1 against dim %2</source>
        <translation>Rang jedes relevanten Produkts: Dim. %1 gegen Dim. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank at dim %1 (%2 = beyond the top-k)</source>
        <translation>Rang bei Dim. %1 (%2 = außerhalb der Top-k)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank at dim %1</source>
        <translation>Rang bei Dim. %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 per query slice</source>
        <translation>%1 je Anfragegruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>dim %1</source>
        <translation>Dim. %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chart_export.cpp" line="+62"/>
        <source>Choose a file ending in .png or .svg.</source>
        <translation>Wählen Sie eine Datei mit der Endung .png oder .svg.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>near2::charts::ChartsPage</name>
    <message>
        <location filename="../widgets/charts/charts_page.cpp" line="+43"/>
        <source>Against memory per vector</source>
        <translation>Gegen Speicher pro Vektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against dimension</source>
        <translation>Gegen Dimension</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queries:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Metric vs memory</source>
        <translation>Metrik und Speicher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score distributions</source>
        <translation>Score-Verteilungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Margins</source>
        <translation>Abstände</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank shift</source>
        <translation>Rangverschiebung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slices</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+224"/>
        <location line="+5"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>SVG-Bild (*.svg);;PNG-Bild (*.png)</translation>
    </message>
</context>
<context>
    <name>near2::jobs::ExportJobs</name>
    <message>
        <location filename="../widgets/jobs/export_jobs.cpp" line="+54"/>
        <source>Assembling the report</source>
        <translation>Bericht wird zusammengestellt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the report</source>
        <translation>Bericht wird geschrieben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing the tables</source>
        <translation>Tabellen werden geschrieben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing the ranking</source>
        <translation>Ranking wird geschrieben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
</context>
<context>
    <name>near2::jobs::FilePreviews</name>
    <message>
        <location filename="../widgets/jobs/file_previews.cpp" line="+15"/>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
</context>
<context>
    <name>near2::jobs::ProjectSession</name>
    <message>
        <location filename="../widgets/jobs/project_session.cpp" line="+58"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Building the project</source>
        <translation>Projekt wird erstellt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening the demo shop</source>
        <translation>Demo-Shop wird geöffnet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Locating the dataset</source>
        <translation>Datensatz wird gesucht</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading the catalog for ad-hoc queries</source>
        <translation>Katalog für Ad-hoc-Anfragen wird geladen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The last changes to %1 are still being saved.</source>
        <translation>Die letzten Änderungen an %1 werden noch gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The catalog is still loading; try again in a moment.</source>
        <translation>Der Katalog wird noch geladen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ranking “%1”</source>
        <translation>Ranking für „%1“</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Other dims are evaluated over the dataset, which is not loaded.</source>
        <translation>Weitere Dimensionen werden über den Datensatz ausgewertet, der nicht geladen ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dim %1 can only be evaluated for the newest run, whose model the project holds: show that run to evaluate it.</source>
        <translation>Dimension %1 kann nur für den neuesten Lauf ausgewertet werden, dessen Modell das Projekt hält: Zeigen Sie diesen Lauf, um sie auszuwerten.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Evaluating every query at %n dims</source>
        <translation>
            <numerusform>Alle Anfragen werden bei %n Dimension ausgewertet</numerusform>
            <numerusform>Alle Anfragen werden bei %n Dimensionen ausgewertet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::jobs::RunJobs</name>
    <message>
        <location filename="../widgets/jobs/run_jobs.cpp" line="+20"/>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Reading the project&apos;s runs</source>
        <translation>Die Läufe des Projekts werden gelesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the project&apos;s runs</source>
        <translation>Die Läufe des Projekts werden geladen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comparing %1 with %2</source>
        <translation>%1 wird mit %2 verglichen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Showing run %1</source>
        <translation>Lauf %1 wird angezeigt</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Adding run “%1”</source>
        <translation>Lauf „%1“ wird hinzugefügt</translation>
    </message>
</context>
<context>
    <name>near2::jobs::TradeoffJobs</name>
    <message>
        <location filename="../widgets/jobs/tradeoff_jobs.cpp" line="+66"/>
        <source>Computing the trade-off grid</source>
        <translation>Das Kompromiss-Raster wird berechnet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ranking the query with one trade-off cell</source>
        <translation>Die Anfrage wird mit einer Kompromiss-Zelle gerankt</translation>
    </message>
</context>
<context>
    <name>near2::report</name>
    <message>
        <location filename="../widgets/report/pdf_sections.cpp" line="+62"/>
        <source>unjudged</source>
        <translation>unbewertet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>NEAR² evaluation report</source>
        <translation>NEAR²-Auswertungsbericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format: %1; split: %2</source>
        <translation>Format: %1; Split: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Content hash: %1</source>
        <translation>Inhalts-Hash: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queries: %1; products in the report: %2</source>
        <translation>Anfragen: %1; Produkte im Bericht: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind: %1; full dimension: %2</source>
        <translation>Art: %1; volle Dimension: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 (id %2, stored %3): dims %4</source>
        <translation>Lauf %1 (ID %2, gespeichert %3): Dimensionen %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gains: %1; relevant from gain %2; k = %3</source>
        <translation>Gains: %1; relevant ab Gain %2; k = %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current dim %1 against reference dim %2; slices and regressions on %3</source>
        <translation>Aktuelle Dim. %1 gegen Referenz-Dim. %2; Gruppen und Regressionen nach %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Summary per dim</source>
        <translation>Übersicht je Dimension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean over every query of the split; bytes per vector as float32.</source>
        <translation>Mittelwert über alle Anfragen des Splits; Bytes pro Vektor als float32.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+66"/>
        <source>dim</source>
        <translation>Dim.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 against memory</source>
        <translation>%1 gegen Speicher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 per query slice</source>
        <translation>%1 je Anfragegruppe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>slice</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>dim %1</source>
        <translation>Dim. %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slice “%1”: %2</source>
        <translation>Gruppe „%1“: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Runs compared on %1: A = %2, B = %3</source>
        <translation>Vergleich der Läufe nach %1: A = %2, B = %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Over %n shared queries; p-values of the paired randomisation test (2000 sign flips, seed 42) and the paired t-test.</source>
        <translation>
            <numerusform>Über %n gemeinsame Anfrage; p-Werte des gepaarten Randomisierungstests (2000 Vorzeichenwechsel, Seed 42) und des gepaarten t-Tests.</numerusform>
            <numerusform>Über %n gemeinsame Anfragen; p-Werte des gepaarten Randomisierungstests (2000 Vorzeichenwechsel, Seed 42) und des gepaarten t-Tests.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p (randomisation)</source>
        <translation>p (Randomisierung)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p (t-test)</source>
        <translation>p (t-Test)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The %n queries that lose most from dim %1 to dim %2</source>
        <translation>
            <numerusform>Die %n Anfrage, die von Dim. %1 zu Dim. %2 am meisten verliert</numerusform>
            <numerusform>Die %n Anfragen, die von Dim. %1 zu Dim. %2 am meisten verlieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No query loses on %1.</source>
        <translation>Keine Anfrage verliert bei %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Query %1: “%2” — %3 %4 at dim %5, %6 at dim %7</source>
        <translation>Anfrage %1: „%2“ — %3 %4 bei Dim. %5, %6 bei Dim. %7</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annotation: %1 — %2</source>
        <translation>Anmerkung: %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Top %1 at dim %2</source>
        <translation>Top %1 bei Dim. %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gains and metric definitions</source>
        <translation>Gains und Metrikdefinitionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gains by label: %1. A product counts as relevant from gain %2.</source>
        <translation>Gains je Label: %1. Ein Produkt gilt ab Gain %2 als relevant.</translation>
    </message>
    <message>
        <location filename="../widgets/report/pdf_tradeoff_section.cpp" line="+37"/>
        <source>Memory, quality and latency trade-offs</source>
        <translation>Kompromisse zwischen Speicher, Qualität und Latenz</translation>
    </message>
</context>
<context>
    <name>near2::tradeoffs</name>
    <message>
        <location filename="../widgets/tradeoffs/pareto_chart.cpp" line="+28"/>
        <source>bytes per vector (log)</source>
        <translation>Bytes pro Vektor (log)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p50 latency, ms (log)</source>
        <translation>p50-Latenz, ms (log)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 against %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <location filename="../widgets/tradeoffs/tradeoff_text.cpp" line="+22"/>
        <source>Dim</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes/vector</source>
        <translation>Bytes/Vektor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Index size</source>
        <translation>Indexgröße</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build (s)</source>
        <translation>Aufbau (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queries/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>dim %1 · %2 · %3</source>
        <translation>Dimension %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1
%2 bytes per vector, p50 %3 ms
%4 %5</source>
        <translation>%1
%2 Bytes pro Vektor, p50 %3 ms
%4 %5</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 within %2% of fp32 flat at %3 dims (%4): </source>
        <translation>%1 innerhalb von %2 % von fp32 flat bei %3 Dimensionen (%4): </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no cell qualifies</source>
        <translation>keine Zelle erfüllt das</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1× smaller with %2 (%3)</source>
        <translation>%1× kleiner mit %2 (%3)</translation>
    </message>
</context>
<context>
    <name>near2::tradeoffs::GridForm</name>
    <message>
        <location filename="../widgets/tradeoffs/grid_form.cpp" line="+20"/>
        <source>Compute grid</source>
        <translation>Raster berechnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dims:</source>
        <translation>Dimensionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>powers of two up to the full dim</source>
        <translation>Zweierpotenzen bis zur vollen Dimension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nested dims to measure, e.g. 32,64,128; empty: the default</source>
        <translation>Zu messende verschachtelte Dimensionen, z. B. 32,64,128; leer: die Voreinstellung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Precision:</source>
        <translation>Genauigkeit:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Index:</source>
        <translation>Index:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose at least one precision and one index type.</source>
        <translation>Wählen Sie mindestens eine Genauigkeit und einen Indextyp.</translation>
    </message>
</context>
<context>
    <name>near2::tradeoffs::TradeoffTableModel</name>
    <message>
        <location filename="../widgets/tradeoffs/tradeoff_table_model.cpp" line="+55"/>
        <source>On the Pareto front (quality vs bytes per vector)</source>
        <translation>Auf der Pareto-Front (Qualität gegen Bytes pro Vektor)</translation>
    </message>
</context>
<context>
    <name>near2::tradeoffs::TradeoffsPage</name>
    <message>
        <location filename="../widgets/tradeoffs/tradeoffs_page.cpp" line="+46"/>
        <source>Bytes per vector</source>
        <translation>Bytes pro Vektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency (p50)</source>
        <translation>Latenz (p50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x axis:</source>
        <translation>x-Achse:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+47"/>
        <source>Select a cell to see the current query&apos;s ranking from that configuration.</source>
        <translation>Wählen Sie eine Zelle, um das Ranking der aktuellen Anfrage mit dieser Konfiguration zu sehen.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No trade-off grid yet: choose dims, precisions and indexes, then Compute grid.</source>
        <translation>Noch kein Kompromiss-Raster: Wählen Sie Dimensionen, Genauigkeiten und Indizes, dann „Raster berechnen“.</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Query %1: top %n from %2 (shift against fp32 flat at %3 dims)</source>
        <translation>
            <numerusform>Anfrage %1: Top %n aus %2 (Verschiebung gegen fp32 flat bei %3 Dimensionen)</numerusform>
            <numerusform>Anfrage %1: Top %n aus %2 (Verschiebung gegen fp32 flat bei %3 Dimensionen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::widgets::AddRunDialog</name>
    <message>
        <location filename="../widgets/wizard/add_run_dialog.cpp" line="+16"/>
        <source>A model folder (NEAR² bundle or Hugging Face model)</source>
        <translation>Ein Modellordner (NEAR²-Bundle oder Hugging-Face-Modell)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precomputed embeddings</source>
        <translation>Vorberechnete Embeddings</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Embeddings (*.npy *.fvecs);;All files (*)</source>
        <translation>Embeddings (*.npy *.fvecs);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add run</source>
        <translation>Lauf &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add run</source>
        <translation>Lauf hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. mrl-256 or baseline</source>
        <translation>z. B. mrl-256 oder baseline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run name</source>
        <translation>Name des Laufs</translation>
    </message>
</context>
<context>
    <name>near2::widgets::AdhocQueryPanel</name>
    <message>
        <location filename="../widgets/adhoc_query_panel.cpp" line="+18"/>
        <source>Type any query and press Enter…</source>
        <translation>Beliebige Anfrage eingeben und Eingabetaste drücken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
</context>
<context>
    <name>near2::widgets::AnnotationPanel</name>
    <message>
        <location filename="../widgets/annotation_panel.cpp" line="+21"/>
        <source>Pick a tag or type a new one</source>
        <translation>Schlagwort wählen oder ein neues eingeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tag not saved yet: press Enter</source>
        <translation>Schlagwort noch nicht gespeichert: Eingabetaste drücken</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No query selected</source>
        <translation>Keine Anfrage ausgewählt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>near2::widgets::CsvMappingWidget</name>
    <message>
        <location filename="../widgets/wizard/csv_mapping_widget.cpp" line="+38"/>
        <source>Query id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Query *</source>
        <translation>Anfrage *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product id *</source>
        <translation>Produkt-ID *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label *</source>
        <translation>Label *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>near2::widgets::DatasetPage</name>
    <message>
        <location filename="../widgets/wizard/dataset_page.cpp" line="+22"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>CSV/TSV files (*.csv *.tsv);;All files (*)</source>
        <translation>CSV-/TSV-Dateien (*.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog, the queries and their relevance judgements.</source>
        <translation>Der Katalog, die Anfragen und ihre Relevanzbewertungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BEIR folder (corpus.jsonl, queries.jsonl, qrels/)</source>
        <translation>BEIR-Ordner (corpus.jsonl, queries.jsonl, qrels/)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon ESCI files (examples + products)</source>
        <translation>Amazon-ESCI-Dateien (Beispiele + Produkte)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV/TSV with a column mapping</source>
        <translation>CSV/TSV mit Spaltenzuordnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Text encoding of CSV/TSV files (ESCI and mapped CSV)</source>
        <translation>Textkodierung der CSV-/TSV-Dateien (ESCI und zugeordnete CSV)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>near2::widgets::DimensionBar</name>
    <message>
        <location filename="../widgets/dimension_bar.cpp" line="+20"/>
        <source>Embedding dimension (snaps to the nested dims and those evaluated)</source>
        <translation>Embedding-Dimension (rastet bei den verschachtelten und den bereits ausgewerteten Dimensionen ein)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type any dimension: one not evaluated yet is computed in the background</source>
        <translation>Beliebige Dimension eingeben: eine noch nicht ausgewertete wird im Hintergrund berechnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> dims</source>
        <translation> Dim.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln dims</source>
        <translation>
            <numerusform>%Ln Dimension</numerusform>
            <numerusform>%Ln Dimensionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::widgets::FailureExplorerPanel</name>
    <message>
        <location filename="../widgets/explore/failure_explorer_panel.cpp" line="+32"/>
        <source>Rank by dim</source>
        <translation>Rang nach Dimension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score by segment</source>
        <translation>Score nach Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: ?</source>
        <translation>%1: ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score gap by dim: %1</source>
        <translation>Score-Abstand nach Dimension: %1</translation>
    </message>
</context>
<context>
    <name>near2::widgets::ModelPage</name>
    <message>
        <location filename="../widgets/wizard/model_page.cpp" line="+12"/>
        <source>A model bundle folder</source>
        <translation>Ein Modell-Bundle-Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precomputed embeddings</source>
        <translation>Vorberechnete Embeddings</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Embeddings (*.npy *.fvecs);;All files (*)</source>
        <translation>Embeddings (*.npy *.fvecs);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model that embeds the catalog and the queries, or its embeddings.</source>
        <translation>Das Modell, das Katalog und Anfragen einbettet, oder seine Embeddings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queries</source>
        <translation>Anfragen</translation>
    </message>
</context>
<context>
    <name>near2::widgets::NewProjectWizard</name>
    <message>
        <location filename="../widgets/wizard/new_project_wizard.cpp" line="+13"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>near2::widgets::PathField</name>
    <message>
        <location filename="../widgets/wizard/path_field.cpp" line="+13"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project file to create</source>
        <translation>Zu erstellende Projektdatei</translation>
    </message>
</context>
<context>
    <name>near2::widgets::QueryMapView</name>
    <message>
        <location filename="../widgets/explore/query_map_view.cpp" line="+33"/>
        <source>the query</source>
        <translation>die Anfrage</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not in the stored ranking</source>
        <translation>nicht im gespeicherten Ranking</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Label: %1</source>
        <translation>Label: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unjudged</source>
        <translation>unbewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Rank at %1 dims: %2</source>
        <translation>Rang bei %1 Dimensionen: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unjudged</source>
        <translation>Unbewertet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Other queries</source>
        <translation>Andere Anfragen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PC 1 (%1 % of the variance)</source>
        <translation>HK 1 (%1 % der Varianz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PC 2 (%1 % of the variance)</source>
        <translation>HK 2 (%1 % der Varianz)</translation>
    </message>
</context>
<context>
    <name>near2::widgets::QueryTableModel</name>
    <message>
        <location filename="../widgets/query_table_model.cpp" line="+62"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+7"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 at the current dim (%2)</source>
        <translation>%1 bei der aktuellen Dimension (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>d%1</source>
        <translation>d%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at the reference dim (%2)</source>
        <translation>%1 bei der Referenzdimension (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>d%1 ref.</source>
        <translation>d%1 Ref.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judged</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relevant</source>
        <translation>Relevant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drops below %L1 at</source>
        <translation>Fällt unter %L1 bei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>near2::widgets::QueryTablePanel</name>
    <message>
        <location filename="../widgets/query_table_panel.cpp" line="+28"/>
        <source>Regressions</source>
        <translation>Regressionen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filter queries…</source>
        <translation>Anfragen filtern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only queries that lose at the current dim, worst first</source>
        <translation>Nur Anfragen, die bei der aktuellen Dimension verlieren, die schlechteste zuerst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The &quot;drops below&quot; column&apos;s threshold</source>
        <translation>Schwelle der Spalte „Fällt unter“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Slice</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drops below</source>
        <translation>Fällt unter</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
</context>
<context>
    <name>near2::widgets::RankByDimModel</name>
    <message>
        <location filename="../widgets/explore/rank_by_dim_model.cpp" line="+34"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the run&apos;s stored ranking</source>
        <translation>Aus dem gespeicherten Ranking des Laufs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computed exactly from the embeddings</source>
        <translation>Exakt aus den Embeddings berechnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the stored ranking (load the embeddings for the exact rank)</source>
        <translation>Unterhalb des gespeicherten Rankings (für den genauen Rang die Embeddings laden)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Score gap at %1 dims: %2 (last relevant − first non-relevant)</source>
        <translation>Score-Abstand bei %1 Dimensionen: %2 (letztes relevantes − erstes nicht relevantes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score gap at %1 dims: unknown</source>
        <translation>Score-Abstand bei %1 Dimensionen: unbekannt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Relevant product</source>
        <translation>Relevantes Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In top k from</source>
        <translation>In den Top k ab</translation>
    </message>
</context>
<context>
    <name>near2::widgets::RankingInspector</name>
    <message>
        <location filename="../widgets/ranking_inspector.cpp" line="+72"/>
        <source>Select a query to inspect its ranking.</source>
        <translation>Wählen Sie eine Anfrage, um ihr Ranking zu untersuchen.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>“%1” (%2, %L3 relevant of %Ln judged)</source>
        <translation>
            <numerusform>„%1“ (%2, %L3 relevant von %Ln bewerteten Produkt)</numerusform>
            <numerusform>„%1“ (%2, %L3 relevant von %Ln bewerteten Produkten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top %1 at %2 dims</source>
        <translation>Top %1 bei %2 Dimensionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top %1 at %2 dims (reference)</source>
        <translation>Top %1 bei %2 Dimensionen (Referenz)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 [%2] at rank %3</source>
        <translation>%1 [%2] auf Rang %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 [%2] below rank %3</source>
        <translation>%1 [%2] unterhalb von Rang %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score gap, last relevant − first irrelevant: %L1</source>
        <translation>Score-Abstand, letztes relevantes − erstes irrelevantes: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score gap: n/a (no relevant and irrelevant result both in the top %1)</source>
        <translation>Score-Abstand: n. v. (nicht zugleich ein relevantes und ein irrelevantes Ergebnis in den Top %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No relevant product is missing from the top %1.
%2</source>
        <translation>Kein relevantes Produkt fehlt in den Top %1.
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relevant but missing from the top %1: %2
%3</source>
        <translation>Relevant, aber nicht in den Top %1: %2
%3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Click a product in a ranking to see its details.</source>
        <translation>Ein Produkt in einer Rangliste anklicken, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No details stored for this product.</source>
        <translation>Zu diesem Produkt sind keine Details gespeichert.</translation>
    </message>
</context>
<context>
    <name>near2::widgets::RankingModel</name>
    <message>
        <location filename="../widgets/ranking_model.cpp" line="+44"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↑%1</source>
        <translation>↑%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↓%1</source>
        <translation>↓%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift</source>
        <translation>Verschiebung</translation>
    </message>
</context>
<context>
    <name>near2::widgets::RunComparisonBar</name>
    <message>
        <location filename="../widgets/run_comparison_bar.cpp" line="+19"/>
        <source>Run A: the run compared with the shown one</source>
        <translation>Lauf A: der mit dem angezeigten verglichene Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run B: the run every view shows, compared against A over the queries both evaluated</source>
        <translation>Lauf B: der Lauf, den jede Ansicht zeigt, verglichen mit A über die Anfragen, die beide ausgewertet haben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare A</source>
        <translation>Vergleiche A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with B</source>
        <translation>mit B</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose two different runs.</source>
        <translation>Wählen Sie zwei verschiedene Läufe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computing the paired tests…</source>
        <translation>Die gepaarten Tests werden berechnet…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The runs share no %1 at dim %2.</source>
        <translation>Die Läufe haben bei Dimension %2 keine gemeinsamen Werte für %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 at dim %2 over %n shared queries: A %3, B %4, p = %5 (randomisation), %6 (t-test)</source>
        <translation>
            <numerusform>%1 bei Dimension %2 über %n gemeinsame Anfrage: A %3, B %4, p = %5 (Randomisierung), %6 (t-Test)</numerusform>
            <numerusform>%1 bei Dimension %2 über %n gemeinsame Anfragen: A %3, B %4, p = %5 (Randomisierung), %6 (t-Test)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::widgets::RunComparisonModel</name>
    <message>
        <location filename="../widgets/run_comparison_model.cpp" line="+16"/>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Dim</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p (randomisation)</source>
        <translation>p (Randomisierung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p (t-test)</source>
        <translation>p (t-Test)</translation>
    </message>
</context>
<context>
    <name>near2::widgets::RunComparisonPanel</name>
    <message>
        <location filename="../widgets/run_comparison_panel.cpp" line="+35"/>
        <source>The project holds fewer than two complete runs. Store another with near2 eval --project (another model, embedding file or gain map) to compare.</source>
        <translation>Das Projekt enthält weniger als zwei vollständige Läufe. Speichern Sie einen weiteren mit near2 eval --project (anderes Modell, andere Embedding-Datei oder andere Gewichtung), um zu vergleichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose runs A and B above the query table.</source>
        <translation>Wählen Sie die Läufe A und B über der Anfragetabelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A = %1, B = %2</source>
        <translation>A = %1, B = %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1, %n shared queries. Paired two-sided tests over the per-query values (as ranx): Fisher&apos;s randomisation test and Student&apos;s t-test; bold: p &lt; 0.05.</source>
        <translation>
            <numerusform>%1, %n gemeinsame Anfrage. Gepaarte zweiseitige Tests über die Werte pro Anfrage (wie ranx): Fishers Randomisierungstest und Students t-Test; fett: p &lt; 0,05.</numerusform>
            <numerusform>%1, %n gemeinsame Anfragen. Gepaarte zweiseitige Tests über die Werte pro Anfrage (wie ranx): Fishers Randomisierungstest und Students t-Test; fett: p &lt; 0,05.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: computing the paired tests…</source>
        <translation>%1: die gepaarten Tests werden berechnet…</translation>
    </message>
</context>
<context>
    <name>near2::widgets::RunsDialog</name>
    <message>
        <location filename="../widgets/runs_dialog.cpp" line="+29"/>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add run…</source>
        <translation>Lauf &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this run in every view (B of the comparison)</source>
        <translation>Diesen Lauf in jeder Ansicht zeigen (B des Vergleichs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate another model or embedding files on the project&apos;s dataset, in the background</source>
        <translation>Ein weiteres Modell oder Embedding-Dateien im Hintergrund auf dem Datensatz des Projekts auswerten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click a name to rename the run.</source>
        <translation>Doppelklicken Sie auf einen Namen, um den Lauf umzubenennen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shown</source>
        <translation>angezeigt</translation>
    </message>
</context>
<context>
    <name>near2::widgets::SegmentChartView</name>
    <message>
        <location filename="../widgets/explore/segment_chart_view.cpp" line="+74"/>
        <source>Segment of the embedding</source>
        <translation>Segment des Embeddings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contribution to the cosine at %1 dims</source>
        <translation>Beitrag zum Kosinus bei %1 Dimensionen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At %1 dims, %2 gains most in segment %3</source>
        <translation>Bei %1 Dimensionen gewinnt %2 am meisten im Segment %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At %1 dims, no segment favours %2</source>
        <translation>Bei %1 Dimensionen begünstigt kein Segment %2</translation>
    </message>
</context>
<context>
    <name>near2::widgets::SettingsPage</name>
    <message>
        <location filename="../widgets/wizard/settings_page.cpp" line="+18"/>
        <source>NEAR² projects (*.near2)</source>
        <translation>NEAR²-Projekte (*.near2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to evaluate, and the project file that keeps it.</source>
        <translation>Was ausgewertet wird, und die Projektdatei, die es speichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8,16,32,… and the full dimension</source>
        <translation>8,16,32,… und die volle Dimension</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gain of each label, e.g. E=1,S=0.1,C=0.01,I=0 (numeric labels are their own gain)</source>
        <translation>Gain jedes Labels, z. B. E=1,S=0.1,C=0.01,I=0 (numerische Labels sind ihr eigener Gain)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A product is relevant when its gain is at least this</source>
        <translation>Ein Produkt ist relevant, wenn sein Gain mindestens diesen Wert hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutoff k</source>
        <translation>Cutoff k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gains</source>
        <translation>Gains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relevant from gain</source>
        <translation>Relevant ab Gain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project file</source>
        <translation>Projektdatei</translation>
    </message>
</context>
<context>
    <name>near2::widgets::SliceRulesPanel</name>
    <message>
        <location filename="../widgets/slice_rules_panel.cpp" line="+34"/>
        <source>N words or a regular expression</source>
        <translation>N Wörter oder ein regulärer Ausdruck</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add slice</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%1 — %2 %3 (%Ln queries)</source>
        <translation>
            <numerusform>%1 — %2 %3 (%Ln Anfrage)</numerusform>
            <numerusform>%1 — %2 %3 (%Ln Anfragen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>near2::widgets::SummaryModel</name>
    <message>
        <location filename="../widgets/summary_model.cpp" line="+90"/>
        <source>Slice</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 @%2d</source>
        <translation>%1 @%2d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 @%2d (ref)</source>
        <translation>%1 @%2d (Ref.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Δ %1</source>
        <translation>Δ %1</translation>
    </message>
</context>
<context>
    <name>near2::widgets::ViewNavigator</name>
    <message>
        <location filename="../widgets/view_navigator.cpp" line="+15"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
