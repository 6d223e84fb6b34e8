<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>near2::app::JobStatusBar</name>
    <message numerus="yes">
        <location filename="../app/job_status_bar.cpp" line="+53"/>
        <source>%1: %L2% (about %Ln second(s) left)</source>
        <translation>
            <numerusform>%1: %L2% (about %Ln second left)</numerusform>
            <numerusform>%1: %L2% (about %Ln seconds left)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::report</name>
    <message numerus="yes">
        <location filename="../widgets/report/pdf_sections.cpp" line="+155"/>
        <source>Over %n shared queries; p-values of the paired randomisation test (2000 sign flips, seed 42) and the paired t-test.</source>
        <translation>
            <numerusform>Over %n shared query; p-values of the paired randomisation test (2000 sign flips, seed 42) and the paired t-test.</numerusform>
            <numerusform>Over %n shared queries; p-values of the paired randomisation test (2000 sign flips, seed 42) and the paired t-test.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The %n queries that lose most from dim %1 to dim %2</source>
        <translation>
            <numerusform>The %n query that loses most from dim %1 to dim %2</numerusform>
            <numerusform>The %n queries that lose most from dim %1 to dim %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::widgets::DimensionBar</name>
    <message numerus="yes">
        <location filename="../widgets/dimension_bar.cpp" line="+45"/>
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
        <location filename="../widgets/ranking_inspector.cpp" line="+76"/>
        <source>“%1” (%2, %L3 relevant of %Ln judged)</source>
        <translation>
            <numerusform>“%1” (%2, %L3 relevant of %Ln judged)</numerusform>
            <numerusform>“%1” (%2, %L3 relevant of %Ln judged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::widgets::SliceRulesPanel</name>
    <message numerus="yes">
        <location filename="../widgets/slice_rules_panel.cpp" line="+58"/>
        <source>%1 — %2 %3 (%Ln queries)</source>
        <translation>
            <numerusform>%1 — %2 %3 (%Ln query)</numerusform>
            <numerusform>%1 — %2 %3 (%Ln queries)</numerusform>
        </translation>
    </message>
</context>
</TS>
