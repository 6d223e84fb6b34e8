<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../widgets/about_text.cpp" line="+21"/>
        <source>Nested-embedding analysis for product search</source>
        <translation>面向商品搜索的嵌套嵌入分析</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LGPL-3.0-only; Qt Charts: GPL-3.0-only</source>
        <translation>LGPL-3.0-only；Qt Charts：GPL-3.0-only</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;NEAR² Workbench %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Build: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NEAR² Workbench %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;构建：%3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Libraries used, with their licences:&lt;/p&gt;</source>
        <translation>&lt;p&gt;使用的库及其许可证：&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;The licence texts are installed in /usr/share/doc/near2-workbench/copyright and in each library&apos;s /usr/share/doc folder.&lt;/p&gt;</source>
        <translation>&lt;p&gt;许可证全文安装在 /usr/share/doc/near2-workbench/copyright 以及各个库的 /usr/share/doc 文件夹中。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>InputFields</name>
    <message>
        <location filename="../widgets/error_text.cpp" line="+11"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dims</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop queries without positives</source>
        <translation>丢弃没有正例的查询</translation>
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
        <translation>轮数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File → New project…</source>
        <translation>文件 → 新建项目…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gains</source>
        <translation>增益</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HNSW M</source>
        <translation>HNSW M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model to fine-tune</source>
        <translation>待微调的模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judged products only</source>
        <translation>仅已评判的商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matryoshka dims</source>
        <translation>Matryoshka 维度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matryoshka weights</source>
        <translation>Matryoshka 权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IVF lists</source>
        <translation>IVF 列表数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IVF probes</source>
        <translation>IVF 探测数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PQ bits</source>
        <translation>PQ 位数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PQ sub-vectors</source>
        <translation>PQ 子向量数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compute precision</source>
        <translation>计算精度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queries</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relevant from gain</source>
        <translation>相关的最低增益</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rescore factor</source>
        <translation>重打分倍数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strict</source>
        <translation>严格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warm-up share</source>
        <translation>预热比例</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../widgets/jobs/job_runner.cpp" line="+29"/>
        <source>Internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal error of an unknown kind</source>
        <translation>未知类型的内部错误</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../widgets/report/pdf_export.cpp" line="+28"/>
        <source>NEAR² evaluation report</source>
        <translation>NEAR² 评估报告</translation>
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
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/explorer_assembly.cpp" line="+36"/>
        <source>product %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <location filename="../widgets/explore/product_pane.cpp" line="+23"/>
        <source>below the stored list</source>
        <translation>在已存储列表之下</translation>
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
        <translation>全部查询</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>At most N words</source>
        <translation>最多 N 个词</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least N words</source>
        <translation>至少 N 个词</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digits and letters in one token</source>
        <translation>同一词元中含数字和字母</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matches a regular expression</source>
        <translation>匹配正则表达式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Implicit (no word of a relevant title)</source>
        <translation>隐式（不含任何相关商品标题中的词）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown rule kind “%1”</source>
        <translation>未知的规则类型“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a number of words (a whole number, 0 or more)</source>
        <translation>“%1”不是词数（应为 0 或更大的整数）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid regular expression: %1 at offset %2</source>
        <translation>无效的正则表达式：%1，位于偏移 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The regular expression has %1 characters; at most %2 are allowed</source>
        <translation>正则表达式有 %1 个字符；最多允许 %2 个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The regular expression ran past its time limit at query “%1”; the slice is left empty</source>
        <translation>正则表达式在查询“%1”处超出时间限制；该切片保持为空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The regular expression ran out of backtracking memory at query “%1”; the slice is left empty</source>
        <translation>正则表达式在查询“%1”处耗尽回溯内存；该切片保持为空</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n queries longer than %1 characters were not searched</source>
        <translation>
            <numerusform>%n 个超过 %1 个字符的查询未被搜索</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+26"/>
        <source>Nested-embedding analysis for product search</source>
        <translation>面向商品搜索的嵌套嵌入分析</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A .near2 project to open.</source>
        <translation>要打开的 .near2 项目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close after N milliseconds (smoke tests).</source>
        <translation>N 毫秒后关闭（冒烟测试）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the demo shop.</source>
        <translation>打开演示商店。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a PNG of each view into DIR, then quit.</source>
        <translation>将每个视图保存为 PNG 到 DIR，然后退出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the workbench&apos;s dark or light palette (Fusion style).</source>
        <translation>使用工作台的深色或浅色调色板（Fusion 风格）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--palette: expected dark or light, got %1</source>
        <translation>--palette：应为 dark 或 light，实际为 %1</translation>
    </message>
</context>
<context>
    <name>near2::app::ExplorerAssembly</name>
    <message>
        <location filename="../app/explorer_assembly.cpp" line="+11"/>
        <source>Metrics with &amp;analyst judgements</source>
        <translation>包含分析师判断的指标(&amp;A)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show every metric with the analyst&apos;s judgements of unjudged products added to the dataset&apos;s</source>
        <translation>显示每项指标，并将分析师对未判断商品的判断添加到数据集的判断中</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Metrics with %n analyst judgement(s)</source>
        <translation>
            <numerusform>包含 %n 条分析师判断的指标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n judged differently by the dataset (its label kept)</source>
        <translation>
            <numerusform>；%n 条与数据集的判断不同（保留其标签）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Analyst judgements (TREC qrels)…</source>
        <translation>分析师判断 (TREC qrels)(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export analyst judgements</source>
        <translation>导出分析师判断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TREC qrels (*.qrels *.txt *.tsv)</source>
        <translation>TREC qrels (*.qrels *.txt *.tsv)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Open a project with an evaluated run first.</source>
        <translation>请先打开一个包含已评估运行的项目。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The analyst judgements can be exported once the dataset is loaded.</source>
        <translation>数据集加载后即可导出分析师判断。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Loading the embeddings: the segment chart, the map and ranks below the stored lists follow.</source>
        <translation>正在加载嵌入：分段图、映射图以及已存储列表之下的排名随后显示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metrics include the analyst&apos;s judgements.</source>
        <translation>指标已包含分析师的判断。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics with the analyst&apos;s judgements are being computed.</source>
        <translation>正在计算包含分析师判断的指标。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score by segment: no non-relevant product ranks above a relevant one in the top %1 at %2 dims.</source>
        <translation>按分段的得分：在 %2 维时的前 %1 名中，没有不相关商品排在相关商品之上。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>“%1” in the ad-hoc query “%2”</source>
        <translation>临时查询“%2”中的“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a query first.</source>
        <translation>请先选择一个查询。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” for the query “%2” (%3)</source>
        <translation>查询“%2”的“%1”（%3）</translation>
    </message>
</context>
<context>
    <name>near2::app::ExportActions</name>
    <message>
        <location filename="../app/export_actions.cpp" line="+29"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report (PDF)…</source>
        <translation>报告 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tables (CSV folder)…</source>
        <translation>表格 (CSV 文件夹)(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export tables into</source>
        <translation>将表格导出到</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current query &amp;ranking (CSV)…</source>
        <translation>当前查询的排序 (CSV)(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export ranking</source>
        <translation>导出排序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open a project with an evaluated run first.</source>
        <translation>请先打开一个含已评估运行的项目。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Select a query first.</source>
        <translation>请先选择一个查询。</translation>
    </message>
</context>
<context>
    <name>near2::app::JobStatusBar</name>
    <message>
        <location filename="../app/job_status_bar.cpp" line="+42"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%1: %L2% (about %Ln second(s) left)</source>
        <translation>
            <numerusform>%1：%L2%（约剩 %Ln 秒）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %L2%</source>
        <translation>%1：%L2%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>near2::app::MainWindow</name>
    <message>
        <location filename="../app/main_window.cpp" line="+77"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ranking inspector</source>
        <translation>排序检查器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad-hoc query</source>
        <translation>临时查询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotation</source>
        <translation>批注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slices</source>
        <translation>切片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run comparison</source>
        <translation>运行对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade-offs</source>
        <translation>权衡</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEAR² projects (*.near2)</source>
        <translation>NEAR² 项目 (*.near2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;demo shop</source>
        <translation>打开演示商店(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recent projects</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Runs</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller dimension</source>
        <translation>更小的维度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Larger dimension</source>
        <translation>更大的维度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Regressions</source>
        <translation>退化查询(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find query</source>
        <translation>查找查询(&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About NEAR² Workbench</source>
        <translation>关于 NEAR² Workbench</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Filters cleared to show the selected query</source>
        <translation>已清除筛选以显示所选查询</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The project&apos;s dataset is no longer at %1.</source>
        <translation>项目的数据集已不在 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dataset missing</source>
        <translation>数据集缺失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locate it now?</source>
        <translation>现在定位它吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Locate the dataset</source>
        <translation>定位数据集</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>“%1”: top %2 at %3 dims (first) and at %4 dims (reference, second)</source>
        <translation>“%1”：%3 维下的前 %2 名（第一列）与 %4 维下的前 %2 名（参考，第二列）</translation>
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
        <translation>拖放 .near2 项目文件以打开它。</translation>
    </message>
</context>
<context>
    <name>near2::app::PreferencesDialog</name>
    <message>
        <location filename="../app/preferences_dialog.cpp" line="+16"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time the workbench starts.</source>
        <translation>新语言将在下次启动 Workbench 时生效。</translation>
    </message>
</context>
<context>
    <name>near2::app::RunModelTrust</name>
    <message>
        <location filename="../app/run_model_trust.cpp" line="+31"/>
        <source>Run not added: %1</source>
        <translation>未添加运行：%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Run not added: the bundle&apos;s code is not trusted.</source>
        <translation>未添加运行：不信任该模型包的代码。</translation>
    </message>
</context>
<context>
    <name>near2::app::RunsActions</name>
    <message>
        <location filename="../app/runs_actions.cpp" line="+32"/>
        <source>Run “%1” added: choose it as A or B in the comparison bar, or show it from Runs → Manage runs.</source>
        <translation>已添加运行“%1”：可在对比栏中将其选为 A 或 B，或通过“运行 → 管理运行”显示它。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Another process added %n run(s) to this project (%1); the views stay on their run.</source>
        <translation>
            <numerusform>另一个进程向此项目添加了 %n 个运行（%1）；各视图仍显示原来的运行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Manage runs…</source>
        <translation>管理运行(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add run…</source>
        <translation>添加运行(&amp;A)…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Delete run</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this run and its results from the project? This cannot be undone.</source>
        <translation>从项目中删除此运行及其结果？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>near2::app::UserGuideDialog</name>
    <message>
        <location filename="../app/user_guide_dialog.cpp" line="+38"/>
        <source>NEAR² Workbench user guide</source>
        <translation>NEAR² Workbench 用户指南</translation>
    </message>
</context>
<context>
    <name>near2::charts</name>
    <message>
        <location filename="../widgets/charts/chart_builders.cpp" line="+103"/>
        <source>%1 against memory per vector (large points: dim %2)</source>
        <translation>%1 与每向量内存（大点：维度 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 against dimension (large points: dim %2)</source>
        <translation>%1 与维度（大点：维度 %2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bytes per vector (float32, log scale)</source>
        <translation>每向量字节数（float32，对数刻度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimension (log scale)</source>
        <translation>维度（对数刻度）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 at dim %2</source>
        <translation>维度 %2 下的 %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cosine scores in the top-k at dim %1, as each label&apos;s share</source>
        <translation>维度 %1 时前 k 名中的余弦得分，按各标签的占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cosine scores in the top-k at dim %1</source>
        <translation>维度 %1 下前 k 名的余弦分数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cosine score</source>
        <translation>余弦分数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Products (log scale)</source>
        <translation>商品（对数刻度）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of the label&apos;s products</source>
        <translation>占该标签商品的比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Rank at dim %1 (&gt; %2: outside the top %2)</source>
        <translation>维度 %1 时的排名（&gt; %2：在前 %2 名之外）</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>unjudged</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Best relevant minus best non-relevant score, per query</source>
        <translation>每个查询的最佳相关分数减最佳不相关分数</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>Queries</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Margin (negative: a non-relevant product outscores every relevant one)</source>
        <translation>差值（负值：某个不相关商品的得分高于所有相关商品）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rank of each relevant product: dim %1 against dim %2</source>
        <translation>每个相关商品的排名：维度 %1 对比维度 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rank at dim %1</source>
        <translation>维度 %1 下的排名</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 per query slice</source>
        <translation>各查询切片的 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>dim %1</source>
        <translation>维度 %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chart_export.cpp" line="+62"/>
        <source>Choose a file ending in .png or .svg.</source>
        <translation>请选择以 .png 或 .svg 结尾的文件。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/chart_tips.cpp" line="+26"/>
        <source>outside the top %1</source>
        <translation>在前 %1 名之外</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rank %1</source>
        <translation>排名 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1
dim %2 · %3 per vector (float32)
%4 = %5</source>
        <translation>%1
维度 %2 · 每个向量 %3 (float32)
%4 = %5</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 at dim %2
%3, cosine %4 to %5
%n product(s), %6 of the label&apos;s</source>
        <translation>
            <numerusform>维度 %2 时的 %1
%3，余弦 %4 至 %5
%n 个商品，占该标签的 %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n query(ies) with a margin from %1 to %2</source>
        <translation>
            <numerusform>%n 个查询的差值在 %1 至 %2 之间</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Query: %1
</source>
        <translation>查询：%1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product: %1 (%2)
</source>
        <translation>商品：%1（%2）
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label: %1
</source>
        <translation>标签：%1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dim %1: %2 → dim %3: %4</source>
        <translation>维度 %1：%2 → 维度 %3：%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %n query(ies)
%2 at dim %3: %4
%2 at dim %5: %6</source>
        <translation>
            <numerusform>%1：%n 个查询
维度 %3 时的 %2：%4
维度 %5 时的 %2：%6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::charts::ChartsPage</name>
    <message>
        <location filename="../widgets/charts/charts_page.cpp" line="+45"/>
        <source>Against memory per vector</source>
        <translation>对比每向量内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against dimension</source>
        <translation>对比维度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counts</source>
        <translation>计数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of each label</source>
        <translation>各标签占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts, log scale</source>
        <translation>计数，对数刻度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score distributions: products per bin, each label&apos;s share of its products (so a small label reads beside the unjudged mass), or counts on a log axis</source>
        <translation>得分分布：每个区间的商品数、各标签占其商品的比例（使小标签能与大量未判断商品并列查看），或对数轴上的计数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queries:</source>
        <translation>查询：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Metric vs memory</source>
        <translation>指标与内存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score distributions</source>
        <translation>分数分布</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Margins</source>
        <translation>差值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank shift</source>
        <translation>排名变化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slices</source>
        <translation>切片</translation>
    </message>
    <message>
        <location line="+231"/>
        <location line="+5"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>SVG 图像 (*.svg);;PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>near2::jobs::ExploreJobs</name>
    <message>
        <location filename="../widgets/jobs/explore_jobs.cpp" line="+26"/>
        <source>Indexing the catalog for the failure explorer</source>
        <translation>正在为失败浏览器索引目录</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ranking the relevant products at every dim</source>
        <translation>正在对每个维度的相关商品排名</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Explaining the ranking at %n dims</source>
        <translation>
            <numerusform>正在解释 %n 个维度上的排名</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Finding “%1”</source>
        <translation>正在查找“%1”</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Metrics with analyst judgements need the dataset, which is not loaded yet.</source>
        <translation>包含分析师判断的指标需要数据集，但数据集尚未加载。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scoring the run with the analyst&apos;s judgements</source>
        <translation>正在使用分析师的判断为运行评分</translation>
    </message>
</context>
<context>
    <name>near2::jobs::ExportJobs</name>
    <message>
        <location filename="../widgets/jobs/export_jobs.cpp" line="+46"/>
        <source>Writing the report</source>
        <translation>正在写入报告</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Writing the tables</source>
        <translation>正在写入表格</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing the ranking</source>
        <translation>正在写入排序</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
</context>
<context>
    <name>near2::jobs::FilePreviews</name>
    <message>
        <location filename="../widgets/jobs/file_previews.cpp" line="+31"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the dataset</source>
        <translation>正在检查数据集</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the model %1</source>
        <translation>正在读取模型 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the embeddings</source>
        <translation>正在检查嵌入</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remembering the trusted model</source>
        <translation>正在记住受信任的模型</translation>
    </message>
</context>
<context>
    <name>near2::jobs::ProjectSession</name>
    <message>
        <location filename="../widgets/jobs/project_session.cpp" line="+65"/>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Building the project</source>
        <translation>正在构建项目</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening the demo shop</source>
        <translation>正在打开演示商店</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Locating the dataset</source>
        <translation>正在定位数据集</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading the catalog for ad-hoc queries</source>
        <translation>正在为临时查询加载商品目录</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The last changes to %1 are still being saved.</source>
        <translation>对 %1 的最后更改仍在保存中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The catalog is still loading; try again in a moment.</source>
        <translation>商品目录仍在加载，请稍后再试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ranking “%1”</source>
        <translation>正在排序“%1”</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Other dims are evaluated over the dataset, which is not loaded.</source>
        <translation>其他维度需要基于数据集评估，但数据集尚未加载。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Dim %1 was not evaluated for %2: the project does not record the model of these runs (stored by an older version).</source>
        <translation>未对 %2 评估维度 %1：项目未记录这些运行所用的模型（由旧版本保存）。</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>Evaluating every query at %n dims</source>
        <translation>
            <numerusform>正在以 %n 维评估所有查询</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::jobs::RunJobs</name>
    <message>
        <location filename="../widgets/jobs/run_jobs.cpp" line="+20"/>
        <source>run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Reading the project&apos;s runs</source>
        <translation>正在读取项目的运行</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading the project&apos;s runs</source>
        <translation>正在加载项目的运行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the runs&apos; models</source>
        <translation>正在读取各运行的模型</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Comparing %1 with %2</source>
        <translation>正在比较 %1 与 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Showing run %1</source>
        <translation>正在显示运行 %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Adding run “%1”</source>
        <translation>正在添加运行“%1”</translation>
    </message>
</context>
<context>
    <name>near2::jobs::TradeoffJobs</name>
    <message>
        <location filename="../widgets/jobs/tradeoff_jobs.cpp" line="+69"/>
        <source>Computing the trade-off grid</source>
        <translation>正在计算权衡网格</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ranking the query with one trade-off cell</source>
        <translation>正在用一个权衡单元对查询排序</translation>
    </message>
</context>
<context>
    <name>near2::report</name>
    <message>
        <location filename="../widgets/report/pdf_sections.cpp" line="+64"/>
        <source>unjudged</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stored before runs recorded their own model; the project&apos;s model (that of its latest build): %1, %2</source>
        <translation>在运行记录自身模型之前存储；项目的模型（其最近一次构建的模型）：%1，%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model: %1 %2, full dimension %3; split %4, k = %5, gains %6, relevant from gain %7; NEAR² %8</source>
        <translation>模型：%1 %2，完整维度 %3；划分 %4，k = %5，增益 %6，增益 %7 起为相关；NEAR² %8</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: not readable when stored</source>
        <translation>%1：存储时不可读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 bytes, content hash %3</source>
        <translation>%1：%2 字节，内容哈希 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… and %n more file(s)</source>
        <translation>
            <numerusform>… 以及另外 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NEAR² evaluation report</source>
        <translation>NEAR² 评估报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created: %1</source>
        <translation>创建于：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format: %1; split: %2</source>
        <translation>格式：%1；划分：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content hash: %1</source>
        <translation>内容哈希：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queries: %1; products in the report: %2</source>
        <translation>查询：%1；报告中的商品：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Run %1 (id %2, stored %3): dims %4</source>
        <translation>运行 %1（ID %2，保存于 %3）：维度 %4</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current dim %1 against reference dim %2; slices and regressions on %3</source>
        <translation>当前维度 %1 对比参考维度 %2；切片和退化按 %3 计算</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Summary per dim</source>
        <translation>各维度摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean over every query of the split; bytes per vector as float32.</source>
        <translation>该划分中所有查询的平均值；每向量字节数按 float32 计。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/report/pdf_summary_section.cpp" line="+76"/>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+59"/>
        <location filename="../widgets/report/pdf_summary_section.cpp" line="+19"/>
        <source>dim</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 against memory</source>
        <translation>%1 与内存的关系</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 per query slice</source>
        <translation>各查询切片的 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>slice</source>
        <translation>切片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>queries</source>
        <translation>查询数</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>dim %1</source>
        <translation>维度 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slice “%1”: %2</source>
        <translation>切片“%1”：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Runs compared on %1: A = %2, B = %3</source>
        <translation>按 %1 比较运行：A = %2，B = %3</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Gains applied to the labels present: %1; relevant from gain %2; k = %3</source>
        <translation>应用于现有标签的增益：%1；增益 %2 起为相关；k = %3</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>Over %n shared queries; p-values of the paired randomisation test (10,000 sign flips, seed 42) and the paired t-test, as in the workbench.</source>
        <translation>
            <numerusform>基于 %n 个共同查询；配对随机化检验（10,000 次符号翻转，种子 42）和配对 t 检验的 p 值，与工作台中一致。</numerusform>
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
        <translation>p（随机化）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../widgets/report/pdf_summary_section.cpp" line="+0"/>
        <source>p (t-test)</source>
        <translation>p（t 检验）</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The %n queries that lose most from dim %1 to dim %2</source>
        <translation>
            <numerusform>从维度 %1 到维度 %2 损失最大的 %n 个查询</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No query loses on %1.</source>
        <translation>没有查询在 %1 上下降。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Query %1: “%2” — %3 %4 at dim %5, %6 at dim %7</source>
        <translation>查询 %1：“%2” — %3 在维度 %5 为 %4，在维度 %7 为 %6</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annotation: %1 — %2</source>
        <translation>批注：%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Top %1 at dim %2</source>
        <translation>维度 %2 下的前 %1 名</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gains and metric definitions</source>
        <translation>增益与指标定义</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gains applied to the labels present (label=gain): %1. The gain map: %2. A product counts as relevant from gain %3.</source>
        <translation>应用于现有标签的增益（标签=增益）：%1。增益映射：%2。商品从增益 %3 起视为相关。</translation>
    </message>
    <message>
        <location filename="../widgets/report/pdf_tradeoff_section.cpp" line="+28"/>
        <source>Memory, quality and latency trade-offs</source>
        <translation>内存、质量与延迟的权衡</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>FAISS warned while training these cells (their numbers are less reliable):</source>
        <translation>FAISS 在训练这些单元时发出警告（其数值较不可靠）：</translation>
    </message>
    <message>
        <location filename="../widgets/report/pdf_segment_section.cpp" line="+78"/>
        <source>relevant: </source>
        <translation>相关：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>non-relevant: </source>
        <translation>不相关：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The segment charts of these queries are left out: %1</source>
        <translation>以下查询的分段图已省略：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the worst queries lose, by nested segment</source>
        <translation>最差查询在哪里失分（按嵌套分段）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each segment&apos;s contribution to the cosine at dim %1, for a relevant product (green) and the non-relevant product that displaced it between dim %2 and dim %1, or else the one that ranks just above it (red). Where red is higher, the wrong product wins.</source>
        <translation>各分段对维度 %1 时余弦的贡献，分别针对一个相关商品（绿色）和在维度 %2 到维度 %1 之间将其挤下的不相关商品，否则为紧排在其上方的商品（红色）。红色更高处，即错误的商品胜出。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No worst query has a non-relevant product above a relevant one.</source>
        <translation>没有任何最差查询中存在排在相关商品之上的不相关商品。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Query %1: “%2”</source>
        <translation>查询 %1：“%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was displaced by “%2”.</source>
        <translation>“%1”被“%2”挤下。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%2” ranks above “%1”.</source>
        <translation>“%2”排在“%1”之上。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The non-relevant product gains most in segment %1.</source>
        <translation>不相关商品在分段 %1 中获益最多。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No segment favours the non-relevant product.</source>
        <translation>没有分段偏向不相关商品。</translation>
    </message>
    <message>
        <location filename="../widgets/report/pdf_summary_section.cpp" line="-62"/>
        <source>only the full dim</source>
        <translation>仅完整维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dim %1 (%2, %3 of the memory)</source>
        <translation>维度 %1（%2，内存的 %3）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (dim %2)</source>
        <translation>%1（维度 %2）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Quality at the full dimension</source>
        <translation>完整维度下的质量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How far each run&apos;s dimension can shrink on %1</source>
        <translation>各运行的维度在 %1 上可缩减多少</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 at the full dim</source>
        <translation>完整维度下的 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>smallest dim within 1%</source>
        <translation>1% 以内的最小维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smallest dim within 5%</source>
        <translation>5% 以内的最小维度</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (B) against %2 (A) on %3</source>
        <translation>%3 上 %1 (B) 对比 %2 (A)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Over %n shared queries; paired randomisation test (10,000 sign flips, seed 42) and paired t-test, as in the workbench. B − A &gt; 0: B is better.</source>
        <translation>
            <numerusform>基于 %n 个共同查询；配对随机化检验（10,000 次符号翻转，种子 42）和配对 t 检验，与工作台中一致。B − A &gt; 0：B 更好。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Slices that lose most at dim %1 (against dim %2)</source>
        <translation>在维度 %1 时损失最大的分组（相对于维度 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No slice loses on %1.</source>
        <translation>在 %1 上没有分组出现损失。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n queries): %2 → %3 (%4)</source>
        <translation>
            <numerusform>%1（%n 个查询）：%2 → %3（%4）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Memory: the smallest configurations that keep the quality</source>
        <translation>内存：保持质量的最小配置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The analyst&apos;s tags</source>
        <translation>分析师的标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No query tagged yet.</source>
        <translation>尚无已加标签的查询。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n queries</source>
        <translation>
            <numerusform>%1：%n 个查询</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::tradeoffs</name>
    <message>
        <location filename="../widgets/tradeoffs/pareto_chart.cpp" line="+69"/>
        <source>bytes per vector (log)</source>
        <translation>每向量字节数（对数）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p50 latency, ms (log)</source>
        <translation>p50 延迟，毫秒（对数）</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 against %2</source>
        <translation>%1 与 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pareto front</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 per vector, index %2</source>
        <translation>每个向量 %1，索引 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>re-scoring reads %1 per vector</source>
        <translation>重新评分时每个向量读取 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p50 %1 ms, %2 queries/s</source>
        <translation>p50 %1 ms，%2 查询/秒</translation>
    </message>
    <message>
        <location filename="../widgets/tradeoffs/tradeoff_text.cpp" line="+23"/>
        <source>Dim</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes/vector</source>
        <translation>字节/向量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Index size</source>
        <translation>索引大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build (s)</source>
        <translation>构建（秒）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p50 (ms)</source>
        <translation>p50（毫秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p95 (ms)</source>
        <translation>p95（毫秒）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queries/s</source>
        <translation>查询/秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>dim %1 · %2 · %3</source>
        <translation>维度 %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1
%2 bytes per vector, p50 %3 ms
%4 %5</source>
        <translation>%1
每向量 %2 字节，p50 %3 毫秒
%4 %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1% of the memory</source>
        <translation>内存的 %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1/%1 of the memory</source>
        <translation>内存的 1/%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 ≥ %2% of fp32 flat at dim %3 (%4): </source>
        <translation>%1 ≥ 维度 %3 时 fp32 flat 的 %2%（%4）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing smaller keeps %1%</source>
        <translation>没有更小的配置能保持 %1%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 keeps %2% in %3 (%4, %5 bytes per vector)</source>
        <translation>%1 在 %3 中保持 %2%（%4，每个向量 %5 字节）</translation>
    </message>
</context>
<context>
    <name>near2::tradeoffs::GridForm</name>
    <message>
        <location filename="../widgets/tradeoffs/grid_form.cpp" line="+20"/>
        <source>Compute grid</source>
        <translation>计算网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dims:</source>
        <translation>维度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>powers of two up to the full dim</source>
        <translation>直到完整维度的 2 的幂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nested dims to measure, e.g. 32,64,128; empty: the default</source>
        <translation>要测量的嵌套维度，例如 32,64,128；留空：使用默认值</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Precision:</source>
        <translation>精度：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Index:</source>
        <translation>索引：</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose at least one precision and one index type.</source>
        <translation>请至少选择一种精度和一种索引类型。</translation>
    </message>
</context>
<context>
    <name>near2::tradeoffs::TradeoffTableModel</name>
    <message>
        <location filename="../widgets/tradeoffs/tradeoff_table_model.cpp" line="+63"/>
        <source>On the Pareto front (quality vs bytes per vector)</source>
        <translation>位于帕累托前沿（质量与每向量字节数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAISS: %1</source>
        <translation>FAISS：%1</translation>
    </message>
</context>
<context>
    <name>near2::tradeoffs::TradeoffsPage</name>
    <message>
        <location filename="../widgets/tradeoffs/tradeoffs_page.cpp" line="+46"/>
        <source>Bytes per vector</source>
        <translation>每向量字节数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency (p50)</source>
        <translation>延迟（p50）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x axis:</source>
        <translation>x 轴：</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+49"/>
        <source>Select a cell to see the current query&apos;s ranking from that configuration.</source>
        <translation>选择一个单元，查看当前查询在该配置下的排序。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No project open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No trade-off grid yet: choose dims, precisions and indexes, then Compute grid.</source>
        <translation>尚无权衡网格：请选择维度、精度和索引，然后点击“计算网格”。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>FAISS warned while training %n cell(s) (marked in the table; their numbers are less reliable): %1</source>
        <translation>
            <numerusform>FAISS 在训练 %n 个单元时发出警告（已在表中标出；其数值较不可靠）：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Query %1: top %n from %2 (shift against fp32 flat at %3 dims)</source>
        <translation>
            <numerusform>查询 %1：%2 的前 %n 项（相对 %3 维 fp32 flat 的位移）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::widgets::AddRunDialog</name>
    <message>
        <location filename="../widgets/wizard/add_run_dialog.cpp" line="+16"/>
        <source>A model folder (NEAR² bundle or Hugging Face model)</source>
        <translation>模型文件夹（NEAR² 包或 Hugging Face 模型）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precomputed embeddings</source>
        <translation>预先计算的嵌入</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Embeddings (*.npy *.fvecs);;All files (*)</source>
        <translation>嵌入 (*.npy *.fvecs);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add run</source>
        <translation>添加运行(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add run</source>
        <translation>添加运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. mrl-256 or baseline</source>
        <translation>例如 mrl-256 或 baseline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queries</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run name</source>
        <translation>运行名称</translation>
    </message>
</context>
<context>
    <name>near2::widgets::AdhocQueryPanel</name>
    <message>
        <location filename="../widgets/adhoc_query_panel.cpp" line="+21"/>
        <source>Type any query and press Enter…</source>
        <translation>输入任意查询并按回车…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Click a product to see all its fields.</source>
        <translation>点击商品以查看其所有字段。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No details for this product.</source>
        <translation>此商品没有详细信息。</translation>
    </message>
</context>
<context>
    <name>near2::widgets::AnnotationPanel</name>
    <message>
        <location filename="../widgets/annotation_panel.cpp" line="+21"/>
        <source>Pick a tag or type a new one</source>
        <translation>选择一个标记或输入新标记</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tag not saved yet: press Enter</source>
        <translation>标签尚未保存：请按回车键</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Editing…</source>
        <translation>编辑中…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No query selected</source>
        <translation>未选择查询</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>near2::widgets::BulkTagBar</name>
    <message>
        <location filename="../widgets/bulk_tag_bar.cpp" line="+27"/>
        <source>Tag…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%L1 queries</source>
        <translation>%L1 个查询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 of %L2 queries</source>
        <translation>%L1 / %L2 个查询</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tag %n selected</source>
        <translation>
            <numerusform>为 %n 个选中项加标签</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tag the selected queries “%1” (%2)</source>
        <translation>为选中的查询加标签“%1”（%2）</translation>
    </message>
</context>
<context>
    <name>near2::widgets::CsvMappingWidget</name>
    <message>
        <location filename="../widgets/wizard/csv_mapping_widget.cpp" line="+38"/>
        <source>Query id</source>
        <translation>查询 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Query *</source>
        <translation>查询 *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product id *</source>
        <translation>商品 ID *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label *</source>
        <translation>标签 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>near2::widgets::DatasetPage</name>
    <message>
        <location filename="../widgets/wizard/dataset_page.cpp" line="+24"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>CSV/TSV files (*.csv *.tsv);;All files (*)</source>
        <translation>CSV/TSV 文件 (*.csv *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The qrels split to evaluate: the dataset&apos;s splits are listed once it is read</source>
        <translation>要评估的 qrels 划分：读取数据集后将列出其划分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog, the queries and their relevance judgements.</source>
        <translation>商品目录、查询及其相关性标注。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BEIR folder (corpus.jsonl, queries.jsonl, qrels/)</source>
        <translation>BEIR 文件夹（corpus.jsonl、queries.jsonl、qrels/）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon ESCI files (examples + products)</source>
        <translation>Amazon ESCI 文件（examples + products）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV/TSV with a column mapping</source>
        <translation>带列映射的 CSV/TSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Map the columns: a query, a product id and a label are needed.</source>
        <translation>映射列：需要查询、商品 ID 和标签。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the dataset…</source>
        <translation>正在检查数据集…</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Text encoding of CSV/TSV files (ESCI and mapped CSV)</source>
        <translation>CSV/TSV 文件的文本编码（ESCI 和映射的 CSV）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>near2::widgets::DimensionBar</name>
    <message>
        <location filename="../widgets/dimension_bar.cpp" line="+20"/>
        <source>Embedding dimension (snaps to the nested dims and those evaluated)</source>
        <translation>嵌入维度（吸附到嵌套维度及已评估的维度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type any dimension: one not evaluated yet is computed in the background</source>
        <translation>输入任意维度：尚未评估的维度将在后台计算</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> dims</source>
        <translation> 维</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln dims</source>
        <translation>
            <numerusform>%Ln 维</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>near2::widgets::FailureExplorerPanel</name>
    <message>
        <location filename="../widgets/explore/failure_explorer_panel.cpp" line="+47"/>
        <source>Rank by dim</source>
        <translation>按维度的排名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score by segment</source>
        <translation>按分段的得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: ?</source>
        <translation>%1：?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score gap by dim: %1</source>
        <translation>按维度的得分差距：%1</translation>
    </message>
</context>
<context>
    <name>near2::widgets::ModelPage</name>
    <message>
        <location filename="../widgets/wizard/model_page.cpp" line="+20"/>
        <source>A model folder (Hugging Face, or a near2 bundle)</source>
        <translation>模型文件夹（Hugging Face 或 near2 包）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precomputed embeddings</source>
        <translation>预先计算的嵌入</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Embeddings (*.npy *.fvecs);;All files (*)</source>
        <translation>嵌入 (*.npy *.fvecs);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model that embeds the catalog and the queries, or its embeddings.</source>
        <translation>用于嵌入商品目录和查询的模型，或其嵌入结果。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Trusted: remembered in the trust list.</source>
        <translation>受信任：已记入信任列表。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading the model…</source>
        <translation>正在读取模型…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the embeddings…</source>
        <translation>正在检查嵌入…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trusted TorchScript bundle.</source>
        <translation>受信任的 TorchScript 包。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not opened: the bundle&apos;s code is not trusted. Choose another model, or a Hugging Face folder.</source>
        <translation>未打开：该包的代码不受信任。请选择其他模型或 Hugging Face 文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remembering the trust…</source>
        <translation>正在记住信任…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trusted for this session.</source>
        <translation>在本次会话中受信任。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Catalog: %1&lt;br&gt;Queries: %2&lt;br&gt;Dims to evaluate: %3</source>
        <translation>目录：%1&lt;br&gt;查询：%2&lt;br&gt;要评估的维度：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalog&apos;s embeddings have %1 dims but the queries&apos; have %2.</source>
        <translation>目录的嵌入有 %1 维，但查询的嵌入有 %2 维。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalog&apos;s file has %1 rows but the dataset has %2 products (one row per product, in file order).</source>
        <translation>目录文件有 %1 行，但数据集有 %2 个商品（每个商品一行，按文件顺序）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The queries&apos; file has %1 rows but the dataset has %2 queries (one row per query, in file order).</source>
        <translation>查询文件有 %1 行，但数据集有 %2 个查询（每个查询一行，按文件顺序）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The embeddings match the dataset&apos;s products and queries.</source>
        <translation>嵌入与数据集的商品和查询相匹配。</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Catalog</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queries</source>
        <translation>查询</translation>
    </message>
</context>
<context>
    <name>near2::widgets::ModelTrustDialog</name>
    <message>
        <location filename="../widgets/wizard/model_trust_dialog.cpp" line="+15"/>
        <source>Remember my trust in this file (by its SHA-256)</source>
        <translation>记住我对此文件的信任（按其 SHA-256）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust and open</source>
        <translation>信任并打开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t open</source>
        <translation>不打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust this model&apos;s code?</source>
        <translation>信任此模型的代码吗？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; is a TorchScript bundle. Its model.pt is a &lt;b&gt;program&lt;/b&gt;: loading it runs code from the file with your rights, and that code can read, change or send your files.&lt;/p&gt;&lt;p&gt;Open it only if you trust where it came from. A Hugging Face model folder (config.json and model.safetensors) is data and needs no trust.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; 是一个 TorchScript 包。其 model.pt 是一个&lt;b&gt;程序&lt;/b&gt;：加载它会以您的权限运行文件中的代码，而该代码可以读取、更改或发送您的文件。&lt;/p&gt;&lt;p&gt;仅当您信任其来源时才打开它。Hugging Face 模型文件夹（config.json 和 model.safetensors）是数据，无需信任。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
</context>
<context>
    <name>near2::widgets::NewProjectWizard</name>
    <message>
        <location filename="../widgets/wizard/new_project_wizard.cpp" line="+22"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The project was not built: %1</source>
        <translation>项目未构建：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: no project file was written. Every field is as you left it.</source>
        <translation>已取消：未写入项目文件。所有字段均保持您离开时的状态。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cancel build</source>
        <translation>取消构建</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>near2::widgets::PathField</name>
    <message>
        <location filename="../widgets/wizard/path_field.cpp" line="+13"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project file to create</source>
        <translation>要创建的项目文件</translation>
    </message>
</context>
<context>
    <name>near2::widgets::ProductPane</name>
    <message>
        <location filename="../widgets/explore/product_pane.cpp" line="+6"/>
        <source>Whole catalog</source>
        <translation>整个目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Ad-hoc query</source>
        <translation>临时查询</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Find a product by id or title words…</source>
        <translation>按 ID 或标题词查找商品…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the whole catalog, not only the products of the current ranking</source>
        <translation>搜索整个目录，而不仅是当前排名中的商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranks in the last ad-hoc query&apos;s rankings instead of the selected query&apos;s</source>
        <translation>显示最近一次临时查询排名中的名次，而非所选查询的名次</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+76"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Rank (current)</source>
        <translation>排名（当前）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank (reference)</source>
        <translation>排名（参考）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Ad-hoc “%1”</source>
        <translation>临时“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Click a product in a ranking, the map or the search results to see all its fields.</source>
        <translation>点击排名、映射图或搜索结果中的商品以查看其所有字段。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>Rank at %1 dims</source>
        <translation>%1 维时的排名</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No product matches.</source>
        <translation>没有匹配的商品。</translation>
    </message>
</context>
<context>
    <name>near2::widgets::QueryMapView</name>
    <message>
        <location filename="../widgets/explore/query_map_view.cpp" line="+39"/>
        <source>the query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not in the stored ranking</source>
        <translation>不在已存储的排名中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Label: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unjudged</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Rank at %1 dims: %2</source>
        <translation>%1 维时的排名：%2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unjudged</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Other queries</source>
        <translation>其他查询</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PC 1 (%1 % of the variance)</source>
        <translation>主成分 1（方差的 %1 %）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PC 2 (%1 % of the variance)</source>
        <translation>主成分 2（方差的 %1 %）</translation>
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
        <translation>A：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B: %1</source>
        <translation>B：%1</translation>
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
        <translation>%1（当前维度 %2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>d%1</source>
        <translation>d%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at the reference dim (%2)</source>
        <translation>%1（参考维度 %2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>d%1 ref.</source>
        <translation>d%1 参考</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judged</source>
        <translation>已标注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relevant</source>
        <translation>相关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drops below %L1 at</source>
        <translation>低于 %L1 的维度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>标记</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>near2::widgets::QueryTablePanel</name>
    <message>
        <location filename="../widgets/query_table_panel.cpp" line="+30"/>
        <source>Regressions</source>
        <translation>退化查询</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Filter queries…</source>
        <translation>筛选查询…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only queries that lose at the current dim, worst first</source>
        <translation>只显示在当前维度下降的查询，最差的在前</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The &quot;drops below&quot; column&apos;s threshold</source>
        <translation>“低于”列的阈值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Slice</source>
        <translation>切片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>标记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drops below</source>
        <translation>低于</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 (%L2)</source>
        <translation>%1（%L2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
</context>
<context>
    <name>near2::widgets::RankByDimChart</name>
    <message>
        <location filename="../widgets/explore/rank_by_dim_chart.cpp" line="+116"/>
        <source>Dims</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1
rank %L2 at %3 dims</source>
        <translation>%1
%3 维时排名 %L2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>top %1</source>
        <translation>前 %1</translation>
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
        <translation>来自该运行已存储的排名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computed exactly from the embeddings</source>
        <translation>由嵌入精确计算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the stored ranking (load the embeddings for the exact rank)</source>
        <translation>低于已存储的排名（加载嵌入以获得精确排名）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Score gap at %1 dims: %2 (last relevant − first non-relevant)</source>
        <translation>%1 维时的得分差距：%2（最后一个相关 − 第一个不相关）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score gap at %1 dims: unknown</source>
        <translation>%1 维时的得分差距：未知</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Relevant product</source>
        <translation>相关商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In top k from</source>
        <translation>进入前 k 自</translation>
    </message>
</context>
<context>
    <name>near2::widgets::RankingInspector</name>
    <message>
        <location filename="../widgets/ranking_inspector.cpp" line="+25"/>
        <source>Collapse near-duplicates</source>
        <translation>折叠近似重复项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One row with a count for products whose titles differ only in colour or size, or whose embeddings are nearly identical</source>
        <translation>对标题仅在颜色或尺寸上不同、或嵌入几乎相同的商品，合并为一行并显示数量</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Select a query to inspect its ranking.</source>
        <translation>选择一个查询以检查其排序。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>“%1” (%2, %L3 relevant of %Ln judged)</source>
        <translation>
            <numerusform>“%1”（%2，%Ln 个已标注商品中 %L3 个相关）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top %1 at %2 dims</source>
        <translation>%2 维下的前 %1 名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top %1 at %2 dims (reference)</source>
        <translation>%2 维下的前 %1 名（参考）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 [%2] at rank %3</source>
        <translation>%1 [%2] 位于第 %3 名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 [%2] below rank %3</source>
        <translation>%1 [%2] 低于第 %3 名</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score gap, last relevant − first irrelevant: %L1</source>
        <translation>分数差，最后一个相关 − 第一个不相关：%L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score gap: n/a (no relevant and irrelevant result both in the top %1)</source>
        <translation>分数差：不适用（前 %1 名中没有同时出现相关和不相关结果）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No relevant product is missing from the top %1.
%2</source>
        <translation>前 %1 名中没有缺失的相关商品。
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relevant but missing from the top %1: %2
%3</source>
        <translation>相关但不在前 %1 名中：%2
%3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Click a product in a ranking to see its details.</source>
        <translation>点击排名中的商品以查看其详情。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No details stored for this product.</source>
        <translation>未存储该商品的详细信息。</translation>
    </message>
</context>
<context>
    <name>near2::widgets::RankingModel</name>
    <message numerus="yes">
        <location filename="../widgets/ranking_model.cpp" line="+42"/>
        <source>%1 (+%n similar)</source>
        <translation>
            <numerusform>%1（+%n 个相似项）</numerusform>
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
        <translation>新</translation>
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
        <translation>此行中显示的近似重复项：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Judged by the analyst in the workbench (not in the dataset)</source>
        <translation>由分析师在工作台中判断（不在数据集中）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>near2::widgets::RunComparisonBar</name>
    <message>
        <location filename="../widgets/run_comparison_bar.cpp" line="+21"/>
        <source>Run A: the run compared with the shown one</source>
        <translation>运行 A：与所显示运行对比的运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run B: the run every view shows, compared against A over the queries both evaluated</source>
        <translation>运行 B：所有视图显示的运行，在两者都评估过的查询上与 A 对比</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare A</source>
        <translation>比较 A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with B</source>
        <translation>与 B</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose two different runs.</source>
        <translation>请选择两个不同的运行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computing the paired tests…</source>
        <translation>正在计算配对检验…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The runs share no %1 at dim %2.</source>
        <translation>两个运行在维度 %2 上没有共同的 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 at dim %2 over %n shared queries: A %3, B %4, B − A %5, randomisation p %6, t-test p %7</source>
        <translation>
            <numerusform>维度 %2 时基于 %n 个共同查询的 %1：A %3，B %4，B − A %5，随机化检验 p %6，t 检验 p %7</numerusform>
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
        <translation>维度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p (randomisation)</source>
        <translation>p（随机化检验）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p (t-test)</source>
        <translation>p（t 检验）</translation>
    </message>
</context>
<context>
    <name>near2::widgets::RunComparisonPanel</name>
    <message>
        <location filename="../widgets/run_comparison_panel.cpp" line="+35"/>
        <source>The project holds fewer than two complete runs. Store another with near2 eval --project (another model, embedding file or gain map) to compare.</source>
        <translation>该项目的完整运行少于两个。请用 near2 eval --project 存储另一个运行（其他模型、嵌入文件或增益映射）以进行比较。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose runs A and B above the query table.</source>
        <translation>请在查询表上方选择运行 A 和 B。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A = %1, B = %2</source>
        <translation>A = %1，B = %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1, %n shared queries. Paired two-sided tests over the per-query values (as ranx): Fisher&apos;s randomisation test and Student&apos;s t-test; bold: p &lt; 0.05.</source>
        <translation>
            <numerusform>%1，%n 个共同查询。基于每个查询值的配对双侧检验（同 ranx）：Fisher 随机化检验和 Student t 检验；粗体：p &lt; 0.05。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: computing the paired tests…</source>
        <translation>%1：正在计算配对检验…</translation>
    </message>
</context>
<context>
    <name>near2::widgets::RunComparisonState</name>
    <message>
        <location filename="../widgets/run_comparison_state.cpp" line="+91"/>
        <source>%1 (id %2, stored %3)</source>
        <translation>%1（ID %2，存储于 %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stored before runs recorded their own model.</source>
        <translation>在运行记录自身模型之前存储。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model: %1 %2, full dimension %3</source>
        <translation>模型：%1 %2，完整维度 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Split %1, k = %2, gains %3, relevant from gain %4; NEAR² %5</source>
        <translation>划分 %1，k = %2，增益 %3，增益 %4 起为相关；NEAR² %5</translation>
    </message>
</context>
<context>
    <name>near2::widgets::RunsDialog</name>
    <message>
        <location filename="../widgets/runs_dialog.cpp" line="+29"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown</source>
        <translation>显示中</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add run…</source>
        <translation>添加运行(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this run in every view (B of the comparison)</source>
        <translation>在所有视图中显示此运行（对比中的 B）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluate another model or embedding files on the project&apos;s dataset, in the background</source>
        <translation>在后台用项目的数据集评估另一个模型或嵌入文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click a name to rename the run.</source>
        <translation>双击名称可重命名运行。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shown</source>
        <translation>显示中</translation>
    </message>
</context>
<context>
    <name>near2::widgets::SegmentChartView</name>
    <message>
        <location filename="../widgets/explore/segment_chart_view.cpp" line="+77"/>
        <source>Segment of the embedding</source>
        <translation>嵌入的分段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contribution to the cosine at %1 dims</source>
        <translation>%1 维时对余弦的贡献</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At %1 dims, %2 gains most in segment %3</source>
        <translation>在 %1 维时，%2 在分段 %3 中获益最多</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At %1 dims, no segment favours %2</source>
        <translation>在 %1 维时，没有分段对 %2 有利</translation>
    </message>
</context>
<context>
    <name>near2::widgets::SettingsPage</name>
    <message>
        <location filename="../widgets/wizard/settings_page.cpp" line="+40"/>
        <source>NEAR² projects (*.near2)</source>
        <translation>NEAR² 项目 (*.near2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to evaluate, and the project file that keeps it.</source>
        <translation>要评估的内容，以及保存它的项目文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8,16,32,… and the full dimension</source>
        <translation>8,16,32,… 以及完整维度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cutoffs k of the metrics, e.g. 10, 100; the first is the one the views show</source>
        <translation>指标的截断值 k，例如 10, 100；视图显示第一个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gain of each label, e.g. E=1,S=0.1,C=0.01,I=0 (numeric labels are their own gain)</source>
        <translation>各标签的增益，例如 E=1,S=0.1,C=0.01,I=0（数值标签的增益即其数值）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A product is relevant when its gain is at least this</source>
        <translation>商品的增益不低于此值时视为相关</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dimensions</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutoffs k</source>
        <translation>截断值 k</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Suggested: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Building the project…</source>
        <translation>正在构建项目…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Building the project: %1</source>
        <translation>正在构建项目：%1</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Gains</source>
        <translation>增益</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relevant from gain</source>
        <translation>相关的最低增益</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project file</source>
        <translation>项目文件</translation>
    </message>
</context>
<context>
    <name>near2::widgets::SliceRulesPanel</name>
    <message>
        <location filename="../widgets/slice_rules_panel.cpp" line="+34"/>
        <source>N words or a regular expression</source>
        <translation>N 个词或正则表达式</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add slice</source>
        <translation>添加切片</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%1 — %2 %3 (%Ln queries)</source>
        <translation>
            <numerusform>%1 — %2 %3（%Ln 个查询）</numerusform>
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
        <translation>切片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queries</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 @%2d</source>
        <translation>%1 @%2 维</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 @%2d (ref)</source>
        <translation>%1 @%2 维（参考）</translation>
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
        <translation>视图</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>near2::widgets::wizard_texts</name>
    <message>
        <location filename="../widgets/wizard/wizard_texts.cpp" line="+38"/>
        <source>%1 (%2 judgements)</source>
        <translation>%1（%2 条判断）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 products, %2 queries; qrels splits: %3</source>
        <translation>%1 个商品，%2 个查询；qrels 划分：%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Labels in %1: %2</source>
        <translation>%1 中的标签：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ESCI labels: the ESCI paper&apos;s gains; only Exact products (gain 1) count as relevant.</source>
        <translation>ESCI 标签：采用 ESCI 论文的增益；仅 Exact 商品（增益 1）视为相关。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Binary labels: 1 is relevant, 0 is not.</source>
        <translation>二元标签：1 为相关，0 为不相关。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grades %1–%2: each grade is its own gain; the lowest grade, %1, usually means not relevant, so relevance starts at %3.</source>
        <translation>等级 %1–%2：每个等级即其增益；最低等级 %1 通常表示不相关，因此相关性从 %3 开始。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scores from %1 to %2 (averaged ratings): each score is its own gain; relevant from the middle of the range, %3.</source>
        <translation>得分从 %1 到 %2（平均评分）：每个得分即其增益；从范围中点 %3 起为相关。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No suggestion for these labels: give each of %1 a gain.</source>
        <translation>这些标签没有建议：请为 %1 中的每一个指定增益。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hugging Face model folder (data: opens without asking)</source>
        <translation>Hugging Face 模型文件夹（数据：无需询问即可打开）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TorchScript bundle (code: opens only when trusted)</source>
        <translation>TorchScript 包（代码：仅在受信任时打开）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 attention heads, feed-forward %3)</source>
        <translation>%1（%2 个注意力头，前馈 %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hidden size</source>
        <translation>隐藏层大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max length</source>
        <translation>最大长度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, L2-normalised</source>
        <translation>，L2 归一化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompts</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queries %1, products %2</source>
        <translation>查询 %1，商品 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 declared by the model; the workbench ranks by cosine</source>
        <translation>模型声明为 %1；工作台按余弦相似度排序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dims to evaluate (no nested dims declared)</source>
        <translation>要评估的维度（未声明嵌套维度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nested dims (Matryoshka)</source>
        <translation>嵌套维度 (Matryoshka)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 rows × %2 dims, %3</source>
        <translation>%1 行 × %2 维，%3</translation>
    </message>
</context>
</TS>
