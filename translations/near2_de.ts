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
        <location filename="../widgets/report/pdf_export.cpp" line="+28"/>
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
    <name>QObject</name>
    <message>
        <location filename="../app/explorer_assembly.cpp" line="+36"/>
        <source>product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <location filename="../widgets/explore/product_pane.cpp" line="+23"/>
        <source>below the stored list</source>
        <translation>unterhalb der gespeicherten Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>–</source>
        <translation>–</translation>
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
        <location filename="../app/main.cpp" line="+26"/>
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
    <name>near2::app::ExplorerAssembly</name>
    <message>
        <location filename="../app/explorer_assembly.cpp" line="+11"/>
        <source>Metrics with &amp;analyst judgements</source>
        <translation>Metriken mit &amp;Analysten-Urteilen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show every metric with the analyst&apos;s judgements of unjudged products added to the dataset&apos;s</source>
        <translation>Jede Metrik mit den Urteilen des Analysten zu nicht beurteilten Produkten, ergänzt um die des Datensatzes, anzeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Metrics with %n analyst judgement(s)</source>
        <translation>
            <numerusform>Metriken mit %n Analysten-Urteil</numerusform>
            <numerusform>Metriken mit %n Analysten-Urteilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n judged differently by the dataset (its label kept)</source>
        <translation>
            <numerusform>; %n vom Datensatz anders beurteilt (dessen Label beibehalten)</numerusform>
            <numerusform>; %n vom Datensatz anders beurteilt (deren Label beibehalten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Analyst judgements (TREC qrels)…</source>
        <translation>&amp;Analysten-Urteile (TREC qrels)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export analyst judgements</source>
        <translation>Analysten-Urteile exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TREC qrels (*.qrels *.txt *.tsv)</source>
        <translation>TREC qrels (*.qrels *.txt *.tsv)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Open a project with an evaluated run first.</source>
        <translation>Öffnen Sie zuerst ein Projekt mit einem ausgewerteten Lauf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The analyst judgements can be exported once the dataset is loaded.</source>
        <translation>Die Analysten-Urteile können exportiert werden, sobald der Datensatz geladen ist.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Loading the embeddings: the segment chart, the map and ranks below the stored lists follow.</source>
        <translation>Die Embeddings werden geladen: Das Segmentdiagramm, die Karte und die Ränge unterhalb der gespeicherten Listen folgen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metrics include the analyst&apos;s judgements.</source>
        <translation>Die Metriken enthalten die Urteile des Analysten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics with the analyst&apos;s judgements are being computed.</source>
        <translation>Die Metriken mit den Urteilen des Analysten werden berechnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score by segment: no non-relevant product ranks above a relevant one in the top %1 at %2 dims.</source>
        <translation>Score nach Segment: Kein nicht relevantes Produkt rangiert in den Top %1 bei %2 Dimensionen über einem relevanten.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>“%1” in the ad-hoc query “%2”</source>
        <translation>„%1“ in der Ad-hoc-Anfrage „%2“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a query first.</source>
        <translation>Wählen Sie zuerst eine Anfrage aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” for the query “%2” (%3)</source>
        <translation>„%1“ für die Anfrage „%2“ (%3)</translation>
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
        <location line="+24"/>
        <source>Open a project with an evaluated run first.</source>
        <translation>Öffnen Sie zuerst ein Projekt mit einem ausgewerteten Lauf.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Select a query first.</source>
        <translation>Wählen Sie zuerst eine Anfrage aus.</translation>
    </message>
</context>
<context>
    <name>near2::app::JobStatusBar</name>
    <message>
        <location filename="../app/job_status_bar.cpp" line="+42"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
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
        <location filename="../app/main_window.cpp" line="+77"/>
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
        <location line="+35"/>
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
        <location line="+8"/>
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
        <location line="+10"/>
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
        <location line="+19"/>
        <source>Filters cleared to show the selected query</source>
        <translation>Filter zurückgesetzt, um die gewählte Anfrage zu zeigen</translation>
    </message>
    <message>
        <location line="+112"/>
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
        <location line="+37"/>
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
        <location line="+67"/>
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
    <name>near2::app::RunModelTrust</name>
    <message>
        <location filename="../app/run_model_trust.cpp" line="+31"/>
        <source>Run not added: %1</source>
        <translation>Lauf nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Run not added: the bundle&apos;s code is not trusted.</source>
        <translation>Lauf nicht hinzugefügt: Dem Code des Bundles wird nicht vertraut.</translation>
    </message>
</context>
<context>
    <name>near2::app::RunsActions</name>
    <message>
        <location filename="../app/runs_actions.cpp" line="+32"/>
        <source>Run “%1” added: choose it as A or B in the comparison bar, or show it from Runs → Manage runs.</source>
        <translation>Lauf „%1“ hinzugefügt: Wählen Sie ihn in der Vergleichsleiste als A oder B, oder zeigen Sie ihn über Läufe → Läufe verwalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
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
        <location line="+45"/>
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
        <location filename="../widgets/charts/chart_builders.cpp" line="+103"/>
        <source>%1 against memory per vector (large points: dim %2)</source>
        <translation>%1 gegen Speicher pro Vektor (große Punkte: Dimension %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 against dimension (large points: dim %2)</source>
        <translation>%1 gegen Dimension (große Punkte: Dimension %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bytes per vector (float32, log scale)</source>
        <translation>Bytes pro Vektor (float32, log. Skala)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimension (log scale)</source>
        <translation>Dimension (log. Skala)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 at dim %2</source>
        <translation>%1 bei Dim. %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cosine scores in the top-k at dim %1, as each label&apos;s share</source>
        <translation>Kosinus-Scores in den Top-k bei Dimension %1, als Anteil je Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cosine scores in the top-k at dim %1</source>
        <translation>Kosinus-Scores in den Top-k bei Dim. %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cosine score</source>
        <translation>Kosinus-Score</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Products (log scale)</source>
        <translation>Produkte (logarithmische Skala)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of the label&apos;s products</source>
        <translation>Anteil an den Produkten des Labels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Rank at dim %1 (&gt; %2: outside the top %2)</source>
        <translation>Rang bei Dimension %1 (&gt; %2: außerhalb der Top %2)</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>unjudged</source>
        <translation>unbewertet</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Best relevant minus best non-relevant score, per query</source>
        <translation>Bester relevanter minus bester nicht relevanter Score, je Anfrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>Queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Margin (negative: a non-relevant product outscores every relevant one)</source>
        <translation>Abstand (negativ: ein nicht relevantes Produkt schlägt jedes relevante)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rank of each relevant product: dim %1 against dim %2</source>
        <translation>Rang jedes relevanten Produkts: Dim. %1 gegen Dim. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rank at dim %1</source>
        <translation>Rang bei Dim. %1</translation>
    </message>
    <message>
        <location line="+42"/>
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
    <message>
        <location filename="../widgets/charts/chart_tips.cpp" line="+26"/>
        <source>outside the top %1</source>
        <translation>außerhalb der Top %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rank %1</source>
        <translation>Rang %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1
dim %2 · %3 per vector (float32)
%4 = %5</source>
        <translation>%1
Dimension %2 · %3 pro Vektor (float32)
%4 = %5</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 at dim %2
%3, cosine %4 to %5
%n product(s), %6 of the label&apos;s</source>
        <translation>
            <numerusform>%1 bei Dimension %2
%3, Kosinus %4 bis %5
%n Produkt, %6 der Produkte des Labels</numerusform>
            <numerusform>%1 bei Dimension %2
%3, Kosinus %4 bis %5
%n Produkte, %6 der Produkte des Labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n query(ies) with a margin from %1 to %2</source>
        <translation>
            <numerusform>%n Anfrage mit einer Marge von %1 bis %2</numerusform>
            <numerusform>%n Anfragen mit einer Marge von %1 bis %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Query: %1
</source>
        <translation>Anfrage: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product: %1 (%2)
</source>
        <translation>Produkt: %1 (%2)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label: %1
</source>
        <translation>Label: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dim %1: %2 → dim %3: %4</source>
        <translation>Dimension %1: %2 → Dimension %3: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %n query(ies)
%2 at dim %3: %4
%2 at dim %5: %6</source>
        <translation>
            <numerusform>%1: %n Anfrage
%2 bei Dimension %3: %4
%2 bei Dimension %5: %6</numerusform>
            <numerusform>%1: %n Anfragen
%2 bei Dimension %3: %4
%2 bei Dimension %5: %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::charts::ChartsPage</name>
    <message>
        <location filename="../widgets/charts/charts_page.cpp" line="+45"/>
        <source>Against memory per vector</source>
        <translation>Gegen Speicher pro Vektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against dimension</source>
        <translation>Gegen Dimension</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counts</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of each label</source>
        <translation>Anteil je Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts, log scale</source>
        <translation>Anzahl, logarithmische Skala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score distributions: products per bin, each label&apos;s share of its products (so a small label reads beside the unjudged mass), or counts on a log axis</source>
        <translation>Score-Verteilungen: Produkte pro Intervall, der Anteil jedes Labels an seinen Produkten (so ist ein kleines Label neben der Masse der nicht beurteilten lesbar) oder Anzahlen auf einer logarithmischen Achse</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+6"/>
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
        <location line="+231"/>
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
    <name>near2::jobs::ExploreJobs</name>
    <message>
        <location filename="../widgets/jobs/explore_jobs.cpp" line="+26"/>
        <source>Indexing the catalog for the failure explorer</source>
        <translation>Katalog für den Fehler-Explorer indizieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ranking the relevant products at every dim</source>
        <translation>Relevante Produkte in jeder Dimension ranken</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Explaining the ranking at %n dims</source>
        <translation>
            <numerusform>Ranking bei %n Dimension erklären</numerusform>
            <numerusform>Ranking bei %n Dimensionen erklären</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Finding “%1”</source>
        <translation>„%1“ suchen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Metrics with analyst judgements need the dataset, which is not loaded yet.</source>
        <translation>Metriken mit Analysten-Urteilen benötigen den Datensatz, der noch nicht geladen ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scoring the run with the analyst&apos;s judgements</source>
        <translation>Lauf mit den Urteilen des Analysten bewerten</translation>
    </message>
</context>
<context>
    <name>near2::jobs::ExportJobs</name>
    <message>
        <location filename="../widgets/jobs/export_jobs.cpp" line="+46"/>
        <source>Writing the report</source>
        <translation>Bericht wird geschrieben</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../widgets/jobs/file_previews.cpp" line="+31"/>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the dataset</source>
        <translation>Datensatz prüfen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the model %1</source>
        <translation>Modell %1 lesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the embeddings</source>
        <translation>Embeddings prüfen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remembering the trusted model</source>
        <translation>Vertrauenswürdiges Modell merken</translation>
    </message>
</context>
<context>
    <name>near2::jobs::ProjectSession</name>
    <message>
        <location filename="../widgets/jobs/project_session.cpp" line="+65"/>
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
        <location line="+33"/>
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
        <location line="+28"/>
        <source>Other dims are evaluated over the dataset, which is not loaded.</source>
        <translation>Weitere Dimensionen werden über den Datensatz ausgewertet, der nicht geladen ist.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Dim %1 was not evaluated for %2: the project does not record the model of these runs (stored by an older version).</source>
        <translation>Dimension %1 wurde für %2 nicht ausgewertet: Das Projekt verzeichnet das Modell dieser Läufe nicht (mit einer älteren Version gespeichert).</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
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
        <location line="+80"/>
        <source>Reading the project&apos;s runs</source>
        <translation>Die Läufe des Projekts werden gelesen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading the project&apos;s runs</source>
        <translation>Die Läufe des Projekts werden geladen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the runs&apos; models</source>
        <translation>Modelle der Läufe lesen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Comparing %1 with %2</source>
        <translation>%1 wird mit %2 verglichen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Showing run %1</source>
        <translation>Lauf %1 wird angezeigt</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Adding run “%1”</source>
        <translation>Lauf „%1“ wird hinzugefügt</translation>
    </message>
</context>
<context>
    <name>near2::jobs::TradeoffJobs</name>
    <message>
        <location filename="../widgets/jobs/tradeoff_jobs.cpp" line="+69"/>
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
        <location filename="../widgets/report/pdf_sections.cpp" line="+64"/>
        <source>unjudged</source>
        <translation>unbewertet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stored before runs recorded their own model; the project&apos;s model (that of its latest build): %1, %2</source>
        <translation>Gespeichert, bevor Läufe ihr eigenes Modell aufzeichneten; das Modell des Projekts (das seines letzten Builds): %1, %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model: %1 %2, full dimension %3; split %4, k = %5, gains %6, relevant from gain %7; NEAR² %8</source>
        <translation>Modell: %1 %2, volle Dimension %3; Split %4, k = %5, Gains %6, relevant ab Gain %7; NEAR² %8</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: not readable when stored</source>
        <translation>%1: beim Speichern nicht lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 bytes, content hash %3</source>
        <translation>%1: %2 Bytes, Inhalts-Hash %3</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… and %n more file(s)</source>
        <translation>
            <numerusform>… und %n weitere Datei</numerusform>
            <numerusform>… und %n weitere Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+8"/>
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
        <source>Files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="-60"/>
        <source>Run %1 (id %2, stored %3): dims %4</source>
        <translation>Lauf %1 (ID %2, gespeichert %3): Dimensionen %4</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../widgets/report/pdf_summary_section.cpp" line="+76"/>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+59"/>
        <location filename="../widgets/report/pdf_summary_section.cpp" line="+19"/>
        <source>dim</source>
        <translation>Dim.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location line="+18"/>
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
    <message>
        <location line="-62"/>
        <source>Gains applied to the labels present: %1; relevant from gain %2; k = %3</source>
        <translation>Auf die vorhandenen Labels angewandte Gains: %1; relevant ab Gain %2; k = %3</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>Over %n shared queries; p-values of the paired randomisation test (10,000 sign flips, seed 42) and the paired t-test, as in the workbench.</source>
        <translation>
            <numerusform>Über %n gemeinsame Anfrage; p-Werte des gepaarten Randomisierungstests (10.000 Vorzeichenwechsel, Seed 42) und des gepaarten t-Tests, wie in der Workbench.</numerusform>
            <numerusform>Über %n gemeinsame Anfragen; p-Werte des gepaarten Randomisierungstests (10.000 Vorzeichenwechsel, Seed 42) und des gepaarten t-Tests, wie in der Workbench.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../widgets/report/pdf_summary_section.cpp" line="+0"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../widgets/report/pdf_summary_section.cpp" line="+0"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../widgets/report/pdf_summary_section.cpp" line="+0"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../widgets/report/pdf_summary_section.cpp" line="+0"/>
        <source>p (randomisation)</source>
        <translation>p (Randomisierung)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../widgets/report/pdf_summary_section.cpp" line="+0"/>
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
        <location line="+10"/>
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
        <location line="+3"/>
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
        <source>Gains applied to the labels present (label=gain): %1. The gain map: %2. A product counts as relevant from gain %3.</source>
        <translation>Auf die vorhandenen Labels angewandte Gains (Label=Gain): %1. Die Gain-Zuordnung: %2. Ein Produkt gilt ab Gain %3 als relevant.</translation>
    </message>
    <message>
        <location filename="../widgets/report/pdf_tradeoff_section.cpp" line="+28"/>
        <source>Memory, quality and latency trade-offs</source>
        <translation>Kompromisse zwischen Speicher, Qualität und Latenz</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>FAISS warned while training these cells (their numbers are less reliable):</source>
        <translation>FAISS hat beim Trainieren dieser Zellen gewarnt (ihre Zahlen sind weniger verlässlich):</translation>
    </message>
    <message>
        <location filename="../widgets/report/pdf_segment_section.cpp" line="+78"/>
        <source>relevant: </source>
        <translation>relevant: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>non-relevant: </source>
        <translation>nicht relevant: </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The segment charts of these queries are left out: %1</source>
        <translation>Die Segmentdiagramme dieser Anfragen sind ausgelassen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the worst queries lose, by nested segment</source>
        <translation>Wo die schlechtesten Anfragen verlieren, nach verschachteltem Segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each segment&apos;s contribution to the cosine at dim %1, for a relevant product (green) and the non-relevant product that displaced it between dim %2 and dim %1, or else the one that ranks just above it (red). Where red is higher, the wrong product wins.</source>
        <translation>Beitrag jedes Segments zum Kosinus bei Dimension %1, für ein relevantes Produkt (grün) und das nicht relevante Produkt, das es zwischen Dimension %2 und Dimension %1 verdrängt hat, oder sonst das direkt darüber rangierende (rot). Wo Rot höher ist, gewinnt das falsche Produkt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No worst query has a non-relevant product above a relevant one.</source>
        <translation>Bei keiner der schlechtesten Anfragen steht ein nicht relevantes Produkt über einem relevanten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Query %1: “%2”</source>
        <translation>Anfrage %1: „%2“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was displaced by “%2”.</source>
        <translation>„%1“ wurde von „%2“ verdrängt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%2” ranks above “%1”.</source>
        <translation>„%2“ rangiert über „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The non-relevant product gains most in segment %1.</source>
        <translation>Das nicht relevante Produkt gewinnt am meisten in Segment %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No segment favours the non-relevant product.</source>
        <translation>Kein Segment bevorzugt das nicht relevante Produkt.</translation>
    </message>
    <message>
        <location filename="../widgets/report/pdf_summary_section.cpp" line="-62"/>
        <source>only the full dim</source>
        <translation>nur die volle Dimension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dim %1 (%2, %3 of the memory)</source>
        <translation>Dimension %1 (%2, %3 des Speichers)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (dim %2)</source>
        <translation>%1 (Dim. %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Quality at the full dimension</source>
        <translation>Qualität bei voller Dimension</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How far each run&apos;s dimension can shrink on %1</source>
        <translation>Wie weit die Dimension jedes Laufs auf %1 schrumpfen kann</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 at the full dim</source>
        <translation>%1 bei voller Dimension</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>smallest dim within 1%</source>
        <translation>kleinste Dimension innerhalb von 1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smallest dim within 5%</source>
        <translation>kleinste Dimension innerhalb von 5%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (B) against %2 (A) on %3</source>
        <translation>%1 (B) gegen %2 (A) auf %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Over %n shared queries; paired randomisation test (10,000 sign flips, seed 42) and paired t-test, as in the workbench. B − A &gt; 0: B is better.</source>
        <translation>
            <numerusform>Über %n gemeinsame Anfrage; gepaarter Randomisierungstest (10.000 Vorzeichenwechsel, Seed 42) und gepaarter t-Test, wie in der Workbench. B − A &gt; 0: B ist besser.</numerusform>
            <numerusform>Über %n gemeinsame Anfragen; gepaarter Randomisierungstest (10.000 Vorzeichenwechsel, Seed 42) und gepaarter t-Test, wie in der Workbench. B − A &gt; 0: B ist besser.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Slices that lose most at dim %1 (against dim %2)</source>
        <translation>Gruppen, die bei Dimension %1 am meisten verlieren (gegenüber Dimension %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No slice loses on %1.</source>
        <translation>Keine Gruppe verliert auf %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n queries): %2 → %3 (%4)</source>
        <translation>
            <numerusform>%1 (%n Anfrage): %2 → %3 (%4)</numerusform>
            <numerusform>%1 (%n Anfragen): %2 → %3 (%4)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Memory: the smallest configurations that keep the quality</source>
        <translation>Speicher: die kleinsten Konfigurationen, die die Qualität halten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The analyst&apos;s tags</source>
        <translation>Die Tags des Analysten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No query tagged yet.</source>
        <translation>Noch keine Anfrage getaggt.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n queries</source>
        <translation>
            <numerusform>%1: %n Anfrage</numerusform>
            <numerusform>%1: %n Anfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::tradeoffs</name>
    <message>
        <location filename="../widgets/tradeoffs/pareto_chart.cpp" line="+69"/>
        <source>bytes per vector (log)</source>
        <translation>Bytes pro Vektor (log)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p50 latency, ms (log)</source>
        <translation>p50-Latenz, ms (log)</translation>
    </message>
    <message>
        <location line="-5"/>
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
        <location line="+10"/>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 per vector, index %2</source>
        <translation>%1 pro Vektor, Index %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>re-scoring reads %1 per vector</source>
        <translation>Neubewertung liest %1 pro Vektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p50 %1 ms, %2 queries/s</source>
        <translation>p50 %1 ms, %2 Anfragen/s</translation>
    </message>
    <message>
        <location filename="../widgets/tradeoffs/tradeoff_text.cpp" line="+23"/>
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
        <location line="+10"/>
        <source>%1% of the memory</source>
        <translation>%1% des Speichers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1/%1 of the memory</source>
        <translation>1/%1 des Speichers</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 ≥ %2% of fp32 flat at dim %3 (%4): </source>
        <translation>%1 ≥ %2% von fp32 flat bei Dimension %3 (%4): </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing smaller keeps %1%</source>
        <translation>nichts Kleineres hält %1%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 keeps %2% in %3 (%4, %5 bytes per vector)</source>
        <translation>%1 hält %2% in %3 (%4, %5 Bytes pro Vektor)</translation>
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
        <location filename="../widgets/tradeoffs/tradeoff_table_model.cpp" line="+63"/>
        <source>On the Pareto front (quality vs bytes per vector)</source>
        <translation>Auf der Pareto-Front (Qualität gegen Bytes pro Vektor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAISS: %1</source>
        <translation>FAISS: %1</translation>
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
        <location line="+49"/>
        <source>Select a cell to see the current query&apos;s ranking from that configuration.</source>
        <translation>Wählen Sie eine Zelle, um das Ranking der aktuellen Anfrage mit dieser Konfiguration zu sehen.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No trade-off grid yet: choose dims, precisions and indexes, then Compute grid.</source>
        <translation>Noch kein Kompromiss-Raster: Wählen Sie Dimensionen, Genauigkeiten und Indizes, dann „Raster berechnen“.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>FAISS warned while training %n cell(s) (marked in the table; their numbers are less reliable): %1</source>
        <translation>
            <numerusform>FAISS hat beim Trainieren von %n Zelle gewarnt (in der Tabelle markiert; ihre Zahlen sind weniger verlässlich): %1</numerusform>
            <numerusform>FAISS hat beim Trainieren von %n Zellen gewarnt (in der Tabelle markiert; ihre Zahlen sind weniger verlässlich): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
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
        <location line="+3"/>
        <location line="+2"/>
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
        <location filename="../widgets/adhoc_query_panel.cpp" line="+21"/>
        <source>Type any query and press Enter…</source>
        <translation>Beliebige Anfrage eingeben und Eingabetaste drücken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Click a product to see all its fields.</source>
        <translation>Klicken Sie auf ein Produkt, um alle seine Felder zu sehen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No details for this product.</source>
        <translation>Keine Details zu diesem Produkt.</translation>
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
    <name>near2::widgets::BulkTagBar</name>
    <message>
        <location filename="../widgets/bulk_tag_bar.cpp" line="+27"/>
        <source>Tag…</source>
        <translation>Taggen…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%L1 queries</source>
        <translation>%L1 Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 of %L2 queries</source>
        <translation>%L1 von %L2 Anfragen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tag %n selected</source>
        <translation>
            <numerusform>%n ausgewählte taggen</numerusform>
            <numerusform>%n ausgewählte taggen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tag the selected queries “%1” (%2)</source>
        <translation>Die ausgewählten Anfragen mit „%1“ taggen (%2)</translation>
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
        <location filename="../widgets/wizard/dataset_page.cpp" line="+24"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>CSV/TSV files (*.csv *.tsv);;All files (*)</source>
        <translation>CSV-/TSV-Dateien (*.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The qrels split to evaluate: the dataset&apos;s splits are listed once it is read</source>
        <translation>Der auszuwertende qrels-Split: Die Splits des Datensatzes werden aufgelistet, sobald er gelesen ist</translation>
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
        <location line="+6"/>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Map the columns: a query, a product id and a label are needed.</source>
        <translation>Ordnen Sie die Spalten zu: Eine Anfrage, eine Produkt-ID und ein Label werden benötigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the dataset…</source>
        <translation>Datensatz wird geprüft…</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location line="+41"/>
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
        <location filename="../widgets/explore/failure_explorer_panel.cpp" line="+47"/>
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
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <location filename="../widgets/wizard/model_page.cpp" line="+20"/>
        <source>A model folder (Hugging Face, or a near2 bundle)</source>
        <translation>Ein Modellordner (Hugging Face oder ein near2-Bundle)</translation>
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
        <location line="+3"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model that embeds the catalog and the queries, or its embeddings.</source>
        <translation>Das Modell, das Katalog und Anfragen einbettet, oder seine Embeddings.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Trusted: remembered in the trust list.</source>
        <translation>Vertrauenswürdig: in der Vertrauensliste gemerkt.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading the model…</source>
        <translation>Modell wird gelesen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the embeddings…</source>
        <translation>Embeddings werden geprüft…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trusted TorchScript bundle.</source>
        <translation>Vertrauenswürdiges TorchScript-Bundle.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not opened: the bundle&apos;s code is not trusted. Choose another model, or a Hugging Face folder.</source>
        <translation>Nicht geöffnet: Dem Code des Bundles wird nicht vertraut. Wählen Sie ein anderes Modell oder einen Hugging-Face-Ordner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remembering the trust…</source>
        <translation>Vertrauen wird gemerkt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trusted for this session.</source>
        <translation>Für diese Sitzung vertrauenswürdig.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Catalog: %1&lt;br&gt;Queries: %2&lt;br&gt;Dims to evaluate: %3</source>
        <translation>Katalog: %1&lt;br&gt;Anfragen: %2&lt;br&gt;Auszuwertende Dimensionen: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalog&apos;s embeddings have %1 dims but the queries&apos; have %2.</source>
        <translation>Die Embeddings des Katalogs haben %1 Dimensionen, die der Anfragen aber %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalog&apos;s file has %1 rows but the dataset has %2 products (one row per product, in file order).</source>
        <translation>Die Katalogdatei hat %1 Zeilen, der Datensatz aber %2 Produkte (eine Zeile pro Produkt, in Dateireihenfolge).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The queries&apos; file has %1 rows but the dataset has %2 queries (one row per query, in file order).</source>
        <translation>Die Anfragedatei hat %1 Zeilen, der Datensatz aber %2 Anfragen (eine Zeile pro Anfrage, in Dateireihenfolge).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The embeddings match the dataset&apos;s products and queries.</source>
        <translation>Die Embeddings passen zu den Produkten und Anfragen des Datensatzes.</translation>
    </message>
    <message>
        <location line="-169"/>
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
    <name>near2::widgets::ModelTrustDialog</name>
    <message>
        <location filename="../widgets/wizard/model_trust_dialog.cpp" line="+15"/>
        <source>Remember my trust in this file (by its SHA-256)</source>
        <translation>Mein Vertrauen in diese Datei merken (anhand ihres SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust and open</source>
        <translation>Vertrauen und öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t open</source>
        <translation>Nicht öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust this model&apos;s code?</source>
        <translation>Dem Code dieses Modells vertrauen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; is a TorchScript bundle. Its model.pt is a &lt;b&gt;program&lt;/b&gt;: loading it runs code from the file with your rights, and that code can read, change or send your files.&lt;/p&gt;&lt;p&gt;Open it only if you trust where it came from. A Hugging Face model folder (config.json and model.safetensors) is data and needs no trust.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; ist ein TorchScript-Bundle. Seine model.pt ist ein &lt;b&gt;Programm&lt;/b&gt;: Beim Laden wird Code aus der Datei mit Ihren Rechten ausgeführt, und dieser Code kann Ihre Dateien lesen, ändern oder versenden.&lt;/p&gt;&lt;p&gt;Öffnen Sie es nur, wenn Sie seiner Herkunft vertrauen. Ein Hugging-Face-Modellordner (config.json und model.safetensors) besteht aus Daten und benötigt kein Vertrauen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
</context>
<context>
    <name>near2::widgets::NewProjectWizard</name>
    <message>
        <location filename="../widgets/wizard/new_project_wizard.cpp" line="+22"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The project was not built: %1</source>
        <translation>Das Projekt wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: no project file was written. Every field is as you left it.</source>
        <translation>Abgebrochen: Es wurde keine Projektdatei geschrieben. Alle Felder sind so, wie Sie sie verlassen haben.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cancel build</source>
        <translation>Erstellen abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
    <name>near2::widgets::ProductPane</name>
    <message>
        <location filename="../widgets/explore/product_pane.cpp" line="+6"/>
        <source>Whole catalog</source>
        <translation>Gesamter Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Ad-hoc query</source>
        <translation>Ad-hoc-Anfrage</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Find a product by id or title words…</source>
        <translation>Produkt nach ID oder Titelwörtern suchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the whole catalog, not only the products of the current ranking</source>
        <translation>Im gesamten Katalog suchen, nicht nur in den Produkten des aktuellen Rankings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranks in the last ad-hoc query&apos;s rankings instead of the selected query&apos;s</source>
        <translation>Ränge in den Rankings der letzten Ad-hoc-Anfrage statt in denen der ausgewählten Anfrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+76"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Rank (current)</source>
        <translation>Rang (aktuell)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank (reference)</source>
        <translation>Rang (Referenz)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Ad-hoc “%1”</source>
        <translation>Ad-hoc „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Click a product in a ranking, the map or the search results to see all its fields.</source>
        <translation>Klicken Sie auf ein Produkt in einem Ranking, in der Karte oder in den Suchergebnissen, um alle seine Felder zu sehen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>Rank at %1 dims</source>
        <translation>Rang bei %1 Dimensionen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No product matches.</source>
        <translation>Kein Produkt passt.</translation>
    </message>
</context>
<context>
    <name>near2::widgets::QueryMapView</name>
    <message>
        <location filename="../widgets/explore/query_map_view.cpp" line="+39"/>
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
        <location filename="../widgets/query_table_model.cpp" line="+69"/>
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
        <location filename="../widgets/query_table_panel.cpp" line="+30"/>
        <source>Regressions</source>
        <translation>Regressionen</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+61"/>
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
    <name>near2::widgets::RankByDimChart</name>
    <message>
        <location filename="../widgets/explore/rank_by_dim_chart.cpp" line="+116"/>
        <source>Dims</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1
rank %L2 at %3 dims</source>
        <translation>%1
Rang %L2 bei %3 Dimensionen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>top %1</source>
        <translation>Top %1</translation>
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
        <location filename="../widgets/ranking_inspector.cpp" line="+25"/>
        <source>Collapse near-duplicates</source>
        <translation>Beinahe-Duplikate zusammenfassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One row with a count for products whose titles differ only in colour or size, or whose embeddings are nearly identical</source>
        <translation>Eine Zeile mit Anzahl für Produkte, deren Titel sich nur in Farbe oder Größe unterscheiden oder deren Embeddings nahezu identisch sind</translation>
    </message>
    <message>
        <location line="+67"/>
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
        <location line="+23"/>
        <source>Click a product in a ranking to see its details.</source>
        <translation>Ein Produkt in einer Rangliste anklicken, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No details stored for this product.</source>
        <translation>Zu diesem Produkt sind keine Details gespeichert.</translation>
    </message>
</context>
<context>
    <name>near2::widgets::RankingModel</name>
    <message numerus="yes">
        <location filename="../widgets/ranking_model.cpp" line="+42"/>
        <source>%1 (+%n similar)</source>
        <translation>
            <numerusform>%1 (+%n ähnliches)</numerusform>
            <numerusform>%1 (+%n ähnliche)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1*</source>
        <comment>a label set by the analyst</comment>
        <translation>%1*</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+8"/>
        <source>Near-duplicates shown in this row:</source>
        <translation>In dieser Zeile gezeigte Beinahe-Duplikate:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Judged by the analyst in the workbench (not in the dataset)</source>
        <translation>Vom Analysten in der Workbench beurteilt (nicht im Datensatz)</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location filename="../widgets/run_comparison_bar.cpp" line="+21"/>
        <source>Run A: the run compared with the shown one</source>
        <translation>Lauf A: der mit dem angezeigten verglichene Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run B: the run every view shows, compared against A over the queries both evaluated</source>
        <translation>Lauf B: der Lauf, den jede Ansicht zeigt, verglichen mit A über die Anfragen, die beide ausgewertet haben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare A</source>
        <translation>Vergleiche A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with B</source>
        <translation>mit B</translation>
    </message>
    <message>
        <location line="+54"/>
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
        <source>%1 at dim %2 over %n shared queries: A %3, B %4, B − A %5, randomisation p %6, t-test p %7</source>
        <translation>
            <numerusform>%1 bei Dimension %2 über %n gemeinsame Anfrage: A %3, B %4, B − A %5, Randomisierungs-p %6, t-Test-p %7</numerusform>
            <numerusform>%1 bei Dimension %2 über %n gemeinsame Anfragen: A %3, B %4, B − A %5, Randomisierungs-p %6, t-Test-p %7</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::widgets::RunComparisonModel</name>
    <message>
        <location filename="../widgets/run_comparison_model.cpp" line="+14"/>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <location line="+48"/>
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
    <name>near2::widgets::RunComparisonState</name>
    <message>
        <location filename="../widgets/run_comparison_state.cpp" line="+91"/>
        <source>%1 (id %2, stored %3)</source>
        <translation>%1 (ID %2, gespeichert %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored before runs recorded their own model.</source>
        <translation>Gespeichert, bevor Läufe ihr eigenes Modell aufzeichneten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model: %1 %2, full dimension %3</source>
        <translation>Modell: %1 %2, volle Dimension %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Split %1, k = %2, gains %3, relevant from gain %4; NEAR² %5</source>
        <translation>Split %1, k = %2, Gains %3, relevant ab Gain %4; NEAR² %5</translation>
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
        <location line="+2"/>
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
        <location filename="../widgets/explore/segment_chart_view.cpp" line="+77"/>
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
        <location filename="../widgets/wizard/settings_page.cpp" line="+40"/>
        <source>NEAR² projects (*.near2)</source>
        <translation>NEAR²-Projekte (*.near2)</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+3"/>
        <source>Cutoffs k of the metrics, e.g. 10, 100; the first is the one the views show</source>
        <translation>Cutoffs k der Metriken, z. B. 10, 100; der erste ist der, den die Ansichten zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gain of each label, e.g. E=1,S=0.1,C=0.01,I=0 (numeric labels are their own gain)</source>
        <translation>Gain jedes Labels, z. B. E=1,S=0.1,C=0.01,I=0 (numerische Labels sind ihr eigener Gain)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A product is relevant when its gain is at least this</source>
        <translation>Ein Produkt ist relevant, wenn sein Gain mindestens diesen Wert hat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutoffs k</source>
        <translation>Cutoffs k</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Suggested: %1</source>
        <translation>Vorschlag: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Building the project…</source>
        <translation>Projekt wird erstellt…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Building the project: %1</source>
        <translation>Projekt wird erstellt: %1</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Gains</source>
        <translation>Gains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relevant from gain</source>
        <translation>Relevant ab Gain</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../widgets/summary_model.cpp" line="+98"/>
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
<context>
    <name>near2::widgets::wizard_texts</name>
    <message>
        <location filename="../widgets/wizard/wizard_texts.cpp" line="+38"/>
        <source>%1 (%2 judgements)</source>
        <translation>%1 (%2 Urteile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 products, %2 queries; qrels splits: %3</source>
        <translation>%1 Produkte, %2 Anfragen; qrels-Splits: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Labels in %1: %2</source>
        <translation>Labels in %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ESCI labels: the ESCI paper&apos;s gains; only Exact products (gain 1) count as relevant.</source>
        <translation>ESCI-Labels: die Gains aus dem ESCI-Paper; nur Exact-Produkte (Gain 1) gelten als relevant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Binary labels: 1 is relevant, 0 is not.</source>
        <translation>Binäre Labels: 1 ist relevant, 0 nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grades %1–%2: each grade is its own gain; the lowest grade, %1, usually means not relevant, so relevance starts at %3.</source>
        <translation>Stufen %1–%2: Jede Stufe ist ihr eigener Gain; die niedrigste Stufe, %1, bedeutet meist nicht relevant, daher beginnt die Relevanz bei %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scores from %1 to %2 (averaged ratings): each score is its own gain; relevant from the middle of the range, %3.</source>
        <translation>Scores von %1 bis %2 (gemittelte Bewertungen): Jeder Score ist sein eigener Gain; relevant ab der Mitte des Bereichs, %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No suggestion for these labels: give each of %1 a gain.</source>
        <translation>Kein Vorschlag für diese Labels: Geben Sie jedem von %1 einen Gain.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hugging Face model folder (data: opens without asking)</source>
        <translation>Hugging-Face-Modellordner (Daten: öffnet ohne Nachfrage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TorchScript bundle (code: opens only when trusted)</source>
        <translation>TorchScript-Bundle (Code: öffnet nur, wenn vertrauenswürdig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 attention heads, feed-forward %3)</source>
        <translation>%1 (%2 Attention-Heads, Feed-Forward %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hidden size</source>
        <translation>Hidden Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max length</source>
        <translation>Maximale Länge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, L2-normalised</source>
        <translation>, L2-normalisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queries %1, products %2</source>
        <translation>Anfragen %1, Produkte %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 declared by the model; the workbench ranks by cosine</source>
        <translation>%1 laut Modell; die Workbench rankt nach Kosinus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dims to evaluate (no nested dims declared)</source>
        <translation>Auszuwertende Dimensionen (keine verschachtelten Dimensionen deklariert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nested dims (Matryoshka)</source>
        <translation>Verschachtelte Dimensionen (Matryoshka)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 rows × %2 dims, %3</source>
        <translation>%1 Zeilen × %2 Dimensionen, %3</translation>
    </message>
</context>
</TS>
