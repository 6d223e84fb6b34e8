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
    <name>Charts</name>
    <message>
        <location filename="../widgets/charts/chart_interaction.cpp" line="+43"/>
        <source>%1
x = %L2, y = %L3</source>
        <translation>%1
x = %L2，y = %L3</translation>
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
        <location filename="../widgets/report/pdf_export.cpp" line="+32"/>
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
        <location filename="../app/main.cpp" line="+25"/>
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
        <location line="+21"/>
        <source>Open a project with an evaluated run first.</source>
        <translation>请先打开一个含已评估运行的项目。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Select a query first.</source>
        <translation>请先选择一个查询。</translation>
    </message>
</context>
<context>
    <name>near2::app::JobStatusBar</name>
    <message>
        <location filename="../app/job_status_bar.cpp" line="+26"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
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
        <location filename="../app/main_window.cpp" line="+74"/>
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
        <location line="+32"/>
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
        <location line="+7"/>
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
        <location line="+7"/>
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
        <location line="+14"/>
        <source>Filters cleared to show the selected query</source>
        <translation>已清除筛选以显示所选查询</translation>
    </message>
    <message>
        <location line="+114"/>
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
        <location line="+36"/>
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
        <location line="+65"/>
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
    <name>near2::app::RunsActions</name>
    <message>
        <location filename="../app/runs_actions.cpp" line="+30"/>
        <source>Run “%1” added: choose it as A or B in the comparison bar, or show it from Runs → Manage runs.</source>
        <translation>已添加运行“%1”：可在对比栏中将其选为 A 或 B，或通过“运行 → 管理运行”显示它。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
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
        <location line="+44"/>
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
        <location filename="../widgets/charts/chart_builders.cpp" line="+87"/>
        <source>%1 against memory per vector (large points: dim %2)</source>
        <translation>%1 与每向量内存（大点：维度 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 against dimension (large points: dim %2)</source>
        <translation>%1 与维度（大点：维度 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bytes per vector (float32, log scale)</source>
        <translation>每向量字节数（float32，对数刻度）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dimension (log scale)</source>
        <translation>维度（对数刻度）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 at dim %2</source>
        <translation>维度 %2 下的 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cosine scores in the top-k at dim %1</source>
        <translation>维度 %1 下前 k 名的余弦分数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cosine score</source>
        <translation>余弦分数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unjudged</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Best relevant minus best non-relevant score, per query</source>
        <translation>每个查询的最佳相关分数减最佳不相关分数</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>Queries</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Margin (negative: a non-relevant product outscores every relevant one)</source>
        <translation>差值（负值：某个不相关商品的得分高于所有相关商品）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rank of each relevant product: dim %1 against dim %2</source>
        <translation>每个相关商品的排名：维度 %1 对比维度 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank at dim %1 (%2 = beyond the top-k)</source>
        <translation>维度 %1 下的排名（%2 = 在前 k 名之外）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank at dim %1</source>
        <translation>维度 %1 下的排名</translation>
    </message>
    <message>
        <location line="+32"/>
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
</context>
<context>
    <name>near2::charts::ChartsPage</name>
    <message>
        <location filename="../widgets/charts/charts_page.cpp" line="+43"/>
        <source>Against memory per vector</source>
        <translation>对比每向量内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against dimension</source>
        <translation>对比维度</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+5"/>
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
        <location line="+224"/>
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
    <name>near2::jobs::ExportJobs</name>
    <message>
        <location filename="../widgets/jobs/export_jobs.cpp" line="+54"/>
        <source>Assembling the report</source>
        <translation>正在生成报告</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the report</source>
        <translation>正在写入报告</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location filename="../widgets/jobs/file_previews.cpp" line="+15"/>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
</context>
<context>
    <name>near2::jobs::ProjectSession</name>
    <message>
        <location filename="../widgets/jobs/project_session.cpp" line="+58"/>
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
        <location line="+26"/>
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
        <location line="+27"/>
        <source>Other dims are evaluated over the dataset, which is not loaded.</source>
        <translation>其他维度需要基于数据集评估，但数据集尚未加载。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dim %1 can only be evaluated for the newest run, whose model the project holds: show that run to evaluate it.</source>
        <translation>维度 %1 只能为最新的运行评估（项目保存的是它的模型）：请先显示该运行再评估。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
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
        <location line="+79"/>
        <source>Reading the project&apos;s runs</source>
        <translation>正在读取项目的运行</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the project&apos;s runs</source>
        <translation>正在加载项目的运行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comparing %1 with %2</source>
        <translation>正在比较 %1 与 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Showing run %1</source>
        <translation>正在显示运行 %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Adding run “%1”</source>
        <translation>正在添加运行“%1”</translation>
    </message>
</context>
<context>
    <name>near2::jobs::TradeoffJobs</name>
    <message>
        <location filename="../widgets/jobs/tradeoff_jobs.cpp" line="+66"/>
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
        <location filename="../widgets/report/pdf_sections.cpp" line="+62"/>
        <source>unjudged</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+2"/>
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
        <location line="+8"/>
        <source>Files: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location line="-7"/>
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
        <location line="+2"/>
        <source>Kind: %1; full dimension: %2</source>
        <translation>类型：%1；完整维度：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 (id %2, stored %3): dims %4</source>
        <translation>运行 %1（ID %2，保存于 %3）：维度 %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gains: %1; relevant from gain %2; k = %3</source>
        <translation>增益：%1；增益不低于 %2 即相关；k = %3</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+66"/>
        <source>dim</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location line="+25"/>
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
    <message numerus="yes">
        <location line="+2"/>
        <source>Over %n shared queries; p-values of the paired randomisation test (2000 sign flips, seed 42) and the paired t-test.</source>
        <translation>
            <numerusform>基于 %n 个共同查询；配对随机化检验（2000 次符号翻转，种子 42）与配对 t 检验的 p 值。</numerusform>
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
        <translation>p（随机化）</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+5"/>
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
        <location line="+2"/>
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
        <source>Gains by label: %1. A product counts as relevant from gain %2.</source>
        <translation>各标签的增益：%1。增益不低于 %2 的商品视为相关。</translation>
    </message>
    <message>
        <location filename="../widgets/report/pdf_tradeoff_section.cpp" line="+37"/>
        <source>Memory, quality and latency trade-offs</source>
        <translation>内存、质量与延迟的权衡</translation>
    </message>
</context>
<context>
    <name>near2::tradeoffs</name>
    <message>
        <location filename="../widgets/tradeoffs/pareto_chart.cpp" line="+28"/>
        <source>bytes per vector (log)</source>
        <translation>每向量字节数（对数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p50 latency, ms (log)</source>
        <translation>p50 延迟，毫秒（对数）</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <location line="+30"/>
        <source>Pareto front</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <location filename="../widgets/tradeoffs/tradeoff_text.cpp" line="+22"/>
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
        <location line="+17"/>
        <source>%1 within %2% of fp32 flat at %3 dims (%4): </source>
        <translation>%1 与 %3 维 fp32 flat（%4）相差不超过 %2%：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no cell qualifies</source>
        <translation>没有符合条件的单元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1× smaller with %2 (%3)</source>
        <translation>使用 %2 缩小 %1 倍（%3）</translation>
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
        <location filename="../widgets/tradeoffs/tradeoff_table_model.cpp" line="+55"/>
        <source>On the Pareto front (quality vs bytes per vector)</source>
        <translation>位于帕累托前沿（质量与每向量字节数）</translation>
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
        <location line="+47"/>
        <source>Select a cell to see the current query&apos;s ranking from that configuration.</source>
        <translation>选择一个单元，查看当前查询在该配置下的排序。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No project open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No trade-off grid yet: choose dims, precisions and indexes, then Compute grid.</source>
        <translation>尚无权衡网格：请选择维度、精度和索引，然后点击“计算网格”。</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
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
        <location line="+2"/>
        <location line="+1"/>
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
        <location filename="../widgets/adhoc_query_panel.cpp" line="+18"/>
        <source>Type any query and press Enter…</source>
        <translation>输入任意查询并按回车…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>排名</translation>
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
        <location filename="../widgets/wizard/dataset_page.cpp" line="+22"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>CSV/TSV files (*.csv *.tsv);;All files (*)</source>
        <translation>CSV/TSV 文件 (*.csv *.tsv);;所有文件 (*)</translation>
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
        <location line="+1"/>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location filename="../widgets/explore/failure_explorer_panel.cpp" line="+32"/>
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
        <location line="+18"/>
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
        <location filename="../widgets/wizard/model_page.cpp" line="+12"/>
        <source>A model bundle folder</source>
        <translation>模型包文件夹</translation>
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
        <location line="+2"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model that embeds the catalog and the queries, or its embeddings.</source>
        <translation>用于嵌入商品目录和查询的模型，或其嵌入结果。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle</source>
        <translation>模型包</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>near2::widgets::NewProjectWizard</name>
    <message>
        <location filename="../widgets/wizard/new_project_wizard.cpp" line="+13"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create</source>
        <translation>创建</translation>
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
    <name>near2::widgets::QueryMapView</name>
    <message>
        <location filename="../widgets/explore/query_map_view.cpp" line="+33"/>
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
        <location filename="../widgets/query_table_model.cpp" line="+62"/>
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
        <location filename="../widgets/query_table_panel.cpp" line="+28"/>
        <source>Regressions</source>
        <translation>退化查询</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+57"/>
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
        <location filename="../widgets/ranking_inspector.cpp" line="+72"/>
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
        <location line="+14"/>
        <source>Click a product in a ranking to see its details.</source>
        <translation>点击排名中的商品以查看其详情。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No details stored for this product.</source>
        <translation>未存储该商品的详细信息。</translation>
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
        <location line="+27"/>
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
        <location filename="../widgets/run_comparison_bar.cpp" line="+19"/>
        <source>Run A: the run compared with the shown one</source>
        <translation>运行 A：与所显示运行对比的运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run B: the run every view shows, compared against A over the queries both evaluated</source>
        <translation>运行 B：所有视图显示的运行，在两者都评估过的查询上与 A 对比</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare A</source>
        <translation>比较 A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with B</source>
        <translation>与 B</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <source>%1 at dim %2 over %n shared queries: A %3, B %4, p = %5 (randomisation), %6 (t-test)</source>
        <translation>
            <numerusform>%1 在维度 %2 上基于 %n 个共同查询：A %3，B %4，p = %5（随机化检验），%6（t 检验）</numerusform>
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
        <location line="+1"/>
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
        <location filename="../widgets/explore/segment_chart_view.cpp" line="+74"/>
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
        <location filename="../widgets/wizard/settings_page.cpp" line="+18"/>
        <source>NEAR² projects (*.near2)</source>
        <translation>NEAR² 项目 (*.near2)</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+6"/>
        <source>Gain of each label, e.g. E=1,S=0.1,C=0.01,I=0 (numeric labels are their own gain)</source>
        <translation>各标签的增益，例如 E=1,S=0.1,C=0.01,I=0（数值标签的增益即其数值）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A product is relevant when its gain is at least this</source>
        <translation>商品的增益不低于此值时视为相关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dimensions</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cutoff k</source>
        <translation>截断 k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gains</source>
        <translation>增益</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relevant from gain</source>
        <translation>相关的最低增益</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../widgets/summary_model.cpp" line="+90"/>
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
</TS>
