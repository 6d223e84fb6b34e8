#include "widgets/dimension_bar.h"

#include "widgets/analysis_state.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>

namespace near2::widgets {

DimensionBar::DimensionBar(AnalysisState* state, QWidget* parent)
    : QWidget(parent), m_state(state), m_slider(new QSlider(Qt::Horizontal, this)),
      m_dimEdit(new QSpinBox(this)), m_reference(new QComboBox(this)), m_metric(new QComboBox(this))
{
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setPageStep(1);
    m_slider->setToolTip(tr("Embedding dimension (snaps to the nested dims and those evaluated)"));
    m_dimEdit->setToolTip(tr("Type any dimension: one not evaluated yet is computed in the background"));
    m_dimEdit->setButtonSymbols(QAbstractSpinBox::NoButtons); // the slider steps; typing asks
    m_dimEdit->setKeyboardTracking(false);
    m_dimEdit->setSuffix(tr(" dims"));
    m_dimEdit->setAlignment(Qt::AlignRight);
    for (auto* box : {m_reference, m_metric})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(new QLabel(tr("Dimension"), this));
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_dimEdit);
    layout->addWidget(new QLabel(tr("Reference"), this));
    layout->addWidget(m_reference);
    layout->addWidget(new QLabel(tr("Metric"), this));
    layout->addWidget(m_metric);
    connect(m_slider, &QSlider::valueChanged, state, &AnalysisState::setDimIndex);
    connect(m_dimEdit, &QSpinBox::editingFinished, this, [this] { m_state->requestDim(m_dimEdit->value()); });
    connect(m_reference, &QComboBox::currentIndexChanged, state, &AnalysisState::setReferenceDimIndex);
    connect(m_metric, &QComboBox::currentIndexChanged, state, &AnalysisState::setMetricColumn);
    connect(state, &AnalysisState::snapshotChanged, this, &DimensionBar::reload);
    connect(state, &AnalysisState::dimsChanged, this, &DimensionBar::follow);
    reload();
}

void DimensionBar::reload()
{
    const QSignalBlocker blockReference(m_reference);
    const QSignalBlocker blockMetric(m_metric);
    m_reference->clear();
    m_metric->clear();
    for (const int dim : m_state->dims())
        m_reference->addItem(tr("%Ln dims", nullptr, dim));
    if (const auto* run = m_state->run())
        for (const auto& column : run->result.columns)
            m_metric->addItem(QString::fromStdString(column));
    m_slider->setRange(0, std::max(0, static_cast<int>(m_state->dims().size()) - 1));
    m_dimEdit->setRange(1, std::max(1, m_state->dims().empty() ? 1 : m_state->dims().back()));
    setEnabled(!m_state->dims().empty());
    follow();
}

void DimensionBar::follow()
{
    const QSignalBlocker blockSlider(m_slider);
    const QSignalBlocker blockReference(m_reference);
    m_slider->setValue(m_state->dimIndex());
    m_reference->setCurrentIndex(m_state->referenceDimIndex());
    m_metric->setCurrentIndex(m_state->metricColumn());
    const QSignalBlocker blockDim(m_dimEdit);
    if (const auto& dims = m_state->dims(); !dims.empty())
        m_dimEdit->setValue(m_state->currentDim());
}

} // namespace near2::widgets
