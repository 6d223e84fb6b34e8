<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QuerySlices</name>
    <message numerus="yes">
        <location filename="../widgets/slice_names.cpp" line="+78"/>
        <source>%n queries longer than %1 characters were not searched</source>
        <translation>
            <numerusform>%n query longer than %1 characters was not searched</numerusform>
            <numerusform>%n queries longer than %1 characters were not searched</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::app::ExplorerAssembly</name>
    <message numerus="yes">
        <location filename="../app/explorer_assembly.cpp" line="+133"/>
        <source>Metrics with %n analyst judgement(s)</source>
        <translation>
            <numerusform>Metrics with %n analyst judgement</numerusform>
            <numerusform>Metrics with %n analyst judgements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n judged differently by the dataset (its label kept)</source>
        <translation>
            <numerusform>; %n judged differently by the dataset (its label kept)</numerusform>
            <numerusform>; %n judged differently by the dataset (their labels kept)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::app::JobStatusBar</name>
    <message numerus="yes">
        <location filename="../app/job_status_bar.cpp" line="+80"/>
        <source>%1: %L2% (about %Ln second(s) left)</source>
        <translation>
            <numerusform>%1: %L2% (about %Ln second left)</numerusform>
            <numerusform>%1: %L2% (about %Ln seconds left)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::app::RunsActions</name>
    <message numerus="yes">
        <location filename="../app/runs_actions.cpp" line="+38"/>
        <source>Another process added %n run(s) to this project (%1); the views stay on their run.</source>
        <translation>
            <numerusform>Another process added %n run to this project (%1); the views stay on their run.</numerusform>
            <numerusform>Another process added %n runs to this project (%1); the views stay on their run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::charts</name>
    <message numerus="yes">
        <location filename="../widgets/charts/chart_tips.cpp" line="+45"/>
        <source>%1 at dim %2
%3, cosine %4 to %5
%n product(s), %6 of the label&apos;s</source>
        <translation>
            <numerusform>%1 at dim %2
%3, cosine %4 to %5
%n product, %6 of the label&apos;s</numerusform>
            <numerusform>%1 at dim %2
%3, cosine %4 to %5
%n products, %6 of the label&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n query(ies) with a margin from %1 to %2</source>
        <translation>
            <numerusform>%n query with a margin from %1 to %2</numerusform>
            <numerusform>%n queries with a margin from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1: %n query(ies)
%2 at dim %3: %4
%2 at dim %5: %6</source>
        <translation>
            <numerusform>%1: %n query
%2 at dim %3: %4
%2 at dim %5: %6</numerusform>
            <numerusform>%1: %n queries
%2 at dim %3: %4
%2 at dim %5: %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::jobs::ExploreJobs</name>
    <message numerus="yes">
        <location filename="../widgets/jobs/explore_jobs.cpp" line="+55"/>
        <source>Explaining the ranking at %n dims</source>
        <translation>
            <numerusform>Explaining the ranking at %n dim</numerusform>
            <numerusform>Explaining the ranking at %n dims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::jobs::ProjectSession</name>
    <message numerus="yes">
        <location filename="../widgets/jobs/project_session.cpp" line="+206"/>
        <source>Evaluating every query at %n dims</source>
        <translation>
            <numerusform>Evaluating every query at %n dim</numerusform>
            <numerusform>Evaluating every query at %n dims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::report</name>
    <message numerus="yes">
        <location filename="../widgets/report/pdf_sections.cpp" line="+109"/>
        <source>… and %n more file(s)</source>
        <translation>
            <numerusform>… and %n more file</numerusform>
            <numerusform>… and %n more files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source>Over %n shared queries; p-values of the paired randomisation test (10,000 sign flips, seed 42) and the paired t-test, as in the workbench.</source>
        <translation>
            <numerusform>Over %n shared query; p-values of the paired randomisation test (10,000 sign flips, seed 42) and the paired t-test, as in the workbench.</numerusform>
            <numerusform>Over %n shared queries; p-values of the paired randomisation test (10,000 sign flips, seed 42) and the paired t-test, as in the workbench.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The %n queries that lose most from dim %1 to dim %2</source>
        <translation>
            <numerusform>The %n query that loses most from dim %1 to dim %2</numerusform>
            <numerusform>The %n queries that lose most from dim %1 to dim %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/report/pdf_summary_section.cpp" line="+88"/>
        <source>Over %n shared queries; paired randomisation test (10,000 sign flips, seed 42) and paired t-test, as in the workbench. B − A &gt; 0: B is better.</source>
        <translation>
            <numerusform>Over %n shared query; paired randomisation test (10,000 sign flips, seed 42) and paired t-test, as in the workbench. B − A &gt; 0: B is better.</numerusform>
            <numerusform>Over %n shared queries; paired randomisation test (10,000 sign flips, seed 42) and paired t-test, as in the workbench. B − A &gt; 0: B is better.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1 (%n queries): %2 → %3 (%4)</source>
        <translation>
            <numerusform>%1 (%n query): %2 → %3 (%4)</numerusform>
            <numerusform>%1 (%n queries): %2 → %3 (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1: %n queries</source>
        <translation>
            <numerusform>%1: %n query</numerusform>
            <numerusform>%1: %n queries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::tradeoffs::TradeoffsPage</name>
    <message numerus="yes">
        <location filename="../widgets/tradeoffs/tradeoffs_page.cpp" line="+149"/>
        <source>FAISS warned while training %n cell(s) (marked in the table; their numbers are less reliable): %1</source>
        <translation>
            <numerusform>FAISS warned while training %n cell (marked in the table; its numbers are less reliable): %1</numerusform>
            <numerusform>FAISS warned while training %n cells (marked in the table; their numbers are less reliable): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Query %1: top %n from %2 (shift against fp32 flat at %3 dims)</source>
        <translation>
            <numerusform>Query %1: top %n from %2 (shift against fp32 flat at %3 dims)</numerusform>
            <numerusform>Query %1: top %n from %2 (shift against fp32 flat at %3 dims)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::widgets::BulkTagBar</name>
    <message numerus="yes">
        <location filename="../widgets/bulk_tag_bar.cpp" line="+118"/>
        <source>Tag %n selected</source>
        <translation>
            <numerusform>Tag %n selected</numerusform>
            <numerusform>Tag %n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::widgets::DimensionBar</name>
    <message numerus="yes">
        <location filename="../widgets/dimension_bar.cpp" line="+53"/>
        <source>%Ln dims</source>
        <translation>
            <numerusform>%Ln dim</numerusform>
            <numerusform>%Ln dims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::widgets::RankingInspector</name>
    <message numerus="yes">
        <location filename="../widgets/ranking_inspector.cpp" line="+107"/>
        <source>“%1” (%2, %L3 relevant of %Ln judged)</source>
        <translation>
            <numerusform>“%1” (%2, %L3 relevant of %Ln judged)</numerusform>
            <numerusform>“%1” (%2, %L3 relevant of %Ln judged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::widgets::RankingModel</name>
    <message numerus="yes">
        <location filename="../widgets/ranking_model.cpp" line="+42"/>
        <source>%1 (+%n similar)</source>
        <translation>
            <numerusform>%1 (+%n similar)</numerusform>
            <numerusform>%1 (+%n similar)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::widgets::RunComparisonBar</name>
    <message numerus="yes">
        <location filename="../widgets/run_comparison_bar.cpp" line="+107"/>
        <source>%1 at dim %2 over %n shared queries: A %3, B %4, B − A %5, randomisation p %6, t-test p %7</source>
        <translation>
            <numerusform>%1 at dim %2 over %n shared query: A %3, B %4, B − A %5, randomisation p %6, t-test p %7</numerusform>
            <numerusform>%1 at dim %2 over %n shared queries: A %3, B %4, B − A %5, randomisation p %6, t-test p %7</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::widgets::RunComparisonPanel</name>
    <message numerus="yes">
        <location filename="../widgets/run_comparison_panel.cpp" line="+48"/>
        <source>%1, %n shared queries. Paired two-sided tests over the per-query values (as ranx): Fisher&apos;s randomisation test and Student&apos;s t-test; bold: p &lt; 0.05.</source>
        <translation>
            <numerusform>%1, %n shared query. Paired two-sided tests over the per-query values (as ranx): Fisher&apos;s randomisation test and Student&apos;s t-test; bold: p &lt; 0.05.</numerusform>
            <numerusform>%1, %n shared queries. Paired two-sided tests over the per-query values (as ranx): Fisher&apos;s randomisation test and Student&apos;s t-test; bold: p &lt; 0.05.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::widgets::SliceRulesPanel</name>
    <message numerus="yes">
        <location filename="../widgets/slice_rules_panel.cpp" line="+109"/>
        <source>%1 — %2 %3 (%Ln queries)</source>
        <translation>
            <numerusform>%1 — %2 %3 (%Ln query)</numerusform>
            <numerusform>%1 — %2 %3 (%Ln queries)</numerusform>
        </translation>
    </message>
</context>
</TS>
