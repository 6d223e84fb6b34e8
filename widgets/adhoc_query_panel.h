#pragma once
// The ad-hoc query: the analyst types any query; the app encodes and ranks it at the current and reference
// dims (in the background) and hands the two rankings back here.
#include <QWidget>

class QLabel;
class QLineEdit;

namespace near2::widgets {

class RankingModel;
struct RankingRow;

class AdhocQueryPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit AdhocQueryPanel(QWidget* parent = nullptr);
    void showRankings(const QString& heading, std::vector<RankingRow> current,
                      std::vector<RankingRow> reference);
    QLineEdit* queryEdit() const { return m_query; }
    RankingModel* currentModel() const { return m_current; }
    RankingModel* referenceModel() const { return m_reference; }

Q_SIGNALS:
    void rankRequested(const QString& text);

private:
    QLineEdit* m_query;
    QLabel* m_heading;
    RankingModel* m_current;
    RankingModel* m_reference;
};

} // namespace near2::widgets
