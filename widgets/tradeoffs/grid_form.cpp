#include "widgets/tradeoffs/grid_form.h"

#include "core/tradeoffs/tradeoff_names.h"
#include "core/util/error.h"
#include "widgets/error_text.h"
#include "widgets/jobs/job_runner.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace near2::tradeoffs {

GridForm::GridForm(QWidget* parent)
    : QWidget(parent), m_dims(new QLineEdit(this)), m_compute(new QPushButton(tr("Compute grid"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this))
{
    const TradeoffOptions defaults;
    // Three rows, so the page's minimum width stays that of a small laptop screen.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    auto* precisions = new QHBoxLayout;
    auto* indexes = new QHBoxLayout;
    layout->addLayout(top);
    layout->addLayout(precisions);
    layout->addLayout(indexes);
    top->addWidget(new QLabel(tr("Dims:"), this));
    m_dims->setPlaceholderText(tr("powers of two up to the full dim"));
    m_dims->setToolTip(tr("Nested dims to measure, e.g. 32,64,128; empty: the default"));
    top->addWidget(m_dims, 1);
    top->addWidget(m_compute);
    top->addWidget(m_cancel);
    top->addWidget(m_progress);
    QHBoxLayout* row = precisions;
    const auto addBox = [&](const char* name, bool checked) {
        auto* box = new QCheckBox(QString::fromUtf8(name), this);
        box->setChecked(checked);
        row->addWidget(box);
        return box;
    };
    precisions->addWidget(new QLabel(tr("Precision:"), this));
    for (const Precision precision :
         {Precision::Fp32, Precision::Fp16, Precision::Int8, Precision::Binary, Precision::BinaryRescore}) {
        const auto& chosen = defaults.precisions;
        m_precisions[precision] = addBox(precisionName(precision),
                                         std::find(chosen.begin(), chosen.end(), precision) != chosen.end());
    }
    precisions->addStretch(1);
    row = indexes;
    indexes->addWidget(new QLabel(tr("Index:"), this));
    for (const IndexKind index : {IndexKind::Flat, IndexKind::Hnsw, IndexKind::IvfPq}) {
        const auto& chosen = defaults.indexes;
        m_indexes[index] =
            addBox(indexName(index), std::find(chosen.begin(), chosen.end(), index) != chosen.end());
    }
    indexes->addStretch(1);
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(160);
    connect(m_compute, &QPushButton::clicked, this, &GridForm::computeRequested);
    connect(m_cancel, &QPushButton::clicked, this, &GridForm::cancelRequested);
}

void GridForm::track(jobs::JobRunner* job)
{
    const auto running = [this](bool on) {
        m_compute->setEnabled(!on);
        m_cancel->setEnabled(on);
        m_progress->setVisible(on);
        m_progress->setValue(0);
    };
    connect(job, &jobs::JobRunner::started, this, [running] { running(true); });
    for (auto signal : {&jobs::JobRunner::finished, &jobs::JobRunner::cancelled})
        connect(job, signal, this, [running] { running(false); });
    connect(job, &jobs::JobRunner::failed, this, [running] { running(false); });
    connect(job, &jobs::JobRunner::progress, this,
            [this](const QString&, int percent, int) { m_progress->setValue(percent); });
}

std::optional<TradeoffOptions> GridForm::options(QString* error) const
{
    TradeoffOptions chosen;
    chosen.precisions.clear();
    chosen.indexes.clear();
    for (const auto& [precision, box] : m_precisions)
        if (box->isChecked())
            chosen.precisions.push_back(precision);
    for (const auto& [index, box] : m_indexes)
        if (box->isChecked())
            chosen.indexes.push_back(index);
    if (chosen.indexes.empty() ||
        (chosen.precisions.empty() && (chosen.indexes.size() > 1 || chosen.indexes[0] != IndexKind::IvfPq))) {
        *error = tr("Choose at least one precision and one index type.");
        return std::nullopt;
    }
    const QString dims = m_dims->text().trimmed();
    try {
        if (!dims.isEmpty())
            chosen.dims = parsePositiveList(dims.toStdString(), InputField::Dims);
    } catch (const InputError& bad) {
        *error = widgets::inputErrorText(bad);
        return std::nullopt;
    }
    return chosen;
}

} // namespace near2::tradeoffs
